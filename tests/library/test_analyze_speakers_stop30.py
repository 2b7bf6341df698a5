"""Speakers, stop 30 (issue 16): names a reader gives the quoted words at
once where the analysis took another name in the sentence, and a pronoun
whose nearest named subject sat in a reported clause."""

from __future__ import annotations

from quotemark.library.model import Analysis
from tests.library.paragraphs import run, spoken


def names(analysis: Analysis) -> list[str | None]:
    return [name for _text, name in spoken(analysis)]


def test_a_name_after_with_says_the_words_its_participle_reports() -> None:
    # "..., with Sen. Ada Lind calling it a “…”": the absolute phrase has a
    # subject of its own; the councillors who "agree" before it say nothing
    # of the marked words.
    analysis = run(
        "Councillors who agree that the old ferry should be retired were unhappy "
        "with the plan, with Sen. Ada Lind calling it a \u201cpaper boat.\u201d"
    )
    assert names(analysis) == ["Ada Lind"]


def test_a_name_after_with_keeps_a_question_asked_in_the_same_phrase() -> None:
    analysis = run(
        "Harbour staff were quick to respond, with Tomas Berg tweeting that the "
        "timetable was a \u201cmess\u201d and asking, \u201cWho signed this off?\u201d"
    )
    # (One quotation since stop 32: the clause holds the question among its
    # marked words, and it is no longer listed a second time on its own.)
    assert names(analysis) == ["Tomas Berg"]
    marked = [m.text for q in analysis.quotes for m in q.marked]
    assert marked == ["mess", "Who signed this off?"]


def test_with_a_name_and_no_verb_of_saying_changes_nothing() -> None:
    # Guard (passes before the rule): "met with Tomas Berg" is an object.
    analysis = run(
        "Ada Lind met with Tomas Berg on Monday and said the crossing was \u201cnot safe.\u201d"
    )
    assert names(analysis) == ["Ada Lind"]


def test_continue_to_be_is_not_a_verb_of_saying() -> None:
    # "Berg will continue to be “…”": going on being, not speaking; the
    # words are Lind's, who said it.
    analysis = run(
        "After the vote on the new pier, Ada Lind said she is sure Berg will "
        "continue to be \u201ca voice for the harbour.\u201d"
    )
    assert names(analysis) == ["Ada Lind"]


def test_continued_to_insist_still_speaks() -> None:
    # Guard: "continued to insist" is a verb of saying with its subject.
    analysis = run("Tomas Berg continued to insist the pier was \u201cperfectly sound.\u201d")
    assert names(analysis) == ["Tomas Berg"]


def test_words_ending_their_sentence_are_not_the_next_sentences_speakers() -> None:
    # `Lind called Berg a “fraud.” Hale said ...`: the marked words are the
    # naming verb's subject's, not those of the speaker who comes next.
    analysis = run(
        "Ada Lind called Berg a \u201cfraud.\u201d Tom Hale said the harbour board "
        "\u201chas lost its way.\u201d"
    )
    assert names(analysis) == ["Ada Lind", "Tom Hale"]


def test_tweeted_this_points_at_the_words_its_subject_wrote() -> None:
    # "X, who ..., tweeted this: “…”": "this" is what was tweeted, not who.
    analysis = run(
        "Ada Lind, who ran the harbour for a decade, tweeted this: "
        "\u201cThe night ferry was never the problem.\u201d"
    )
    assert names(analysis) == ["Ada Lind"]


def test_an_aside_after_the_quotation_leaves_the_speaker_after_the_verb() -> None:
    # "“…,” like the storms last winter, said Ada Lind, ...": the aside
    # names no one; the verb's subject follows it.
    analysis = run(
        "\u201cThe pier has held up against everything the sea threw at it,\u201d "
        "like the storms last winter, said Ada Lind, the harbour engineer."
    )
    assert names(analysis) == ["Ada Lind"]


def test_a_second_verb_with_a_preposition_after_the_name_is_no_speaker() -> None:
    # "“…,” said Ada Lind, asked about ...": "asked about" describes the
    # speaker; "about the pier's future" says nothing.
    analysis = run(
        "\u201cWe are not going to close it, so forget about it,\u201d said harbour "
        "master Ada Lind, asked about the pier's future, when nobody had proposed it."
    )
    assert names(analysis) == ["Ada Lind"]


def test_points_before_a_comma_is_a_noun() -> None:
    # "uses the same talking points, calling him a “…”": "points" is no verb
    # of saying (its subject would be the clause before it, naming nobody,
    # and the words went to the person last named); the sentence's subject
    # calls Berg a name.
    analysis = run(
        "Ada Lind and Tom Hale met the harbour board on Monday.",
        "Tom Hale wrote a long letter to the board this week.",
        "Lind, the harbour's longest-serving pilot, repeated accusations that "
        "Berg uses the same talking points, calling him a \u201cbrochure\u201d with a "
        "cap on.",
    )
    assert names(analysis) == ["Ada Lind"]


def test_a_name_after_that_and_an_opening_phrase_is_talked_about() -> None:
    # "recalled that before the storm, Tomas Berg wasn't ...": Berg is the
    # reported clause's subject; the "he said" after it is Hale's, who
    # recalled it.
    analysis = run(
        "Tom Hale, a pilot on the night ferry for twenty years, recalled that "
        "before the storm, Tomas Berg wasn't taken seriously by the other skippers.",
        "\u201cI hate to say it, but that's how people saw him,\u201d he said.",
    )
    assert names(analysis) == ["Tom Hale"]


def test_a_person_of_an_organisation_after_as_is_the_speaker() -> None:
    # "as Ada Lind of Harbour Ferries observed, “…”": the organisation is
    # where she works; the words are hers.
    analysis = run(
        "Of course, as Ada Lind of Harbour Ferries observed, the crossing was "
        "never the problem: \u201cThe night ferry paid for itself every summer.\u201d"
    )
    assert names(analysis) == ["Ada Lind"]
