"""Pronoun speakers resolved to the person the text puts in focus (issue 16,
stop 23): who counts as a sentence's subject before a later "he said"."""

from __future__ import annotations

from quotemark.library.model import Analysis
from tests.library.paragraphs import run


def names(analysis: Analysis) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in analysis.quotes]


def test_a_time_phrase_between_a_name_and_its_verb() -> None:
    # "Tom Hale on Tuesday said": once no subject (the word after the name
    # was "on"), so the later "he said" went to the captain named before.
    analysis = run(
        "Ferry captain Ole Berg has run the crossing for a decade.",
        "After the vote, Tom Hale on Tuesday said the harbour would close for repairs.",
        "\u201cWe will lose the spring season,\u201d he said.",
    )
    assert names(analysis) == ["Tom Hale"]


def test_a_time_phrase_like_last_month() -> None:
    analysis = run(
        "Ferry captain Ole Berg has run the crossing for a decade.",
        "Councillor Tom Hale last month warned the board about the budget.",
        "\u201cThe money is simply not there,\u201d he said.",
    )
    assert names(analysis) == ["Tom Hale"]


def test_a_party_tag_of_one_letter_or_a_state() -> None:
    # "(R)" and "(Tex.)" after a name, as "(D-S.C.)" already was.
    analysis = run(
        "Ferry captain Ole Berg has run the crossing for a decade.",
        "State Sen. Tom Hale (R) voted against the ferry budget.",
        "\u201cThe money is simply not there,\u201d he said.",
    )
    assert names(analysis) == ["Tom Hale"]
    analysis = run(
        "Ferry captain Ole Berg has run the crossing for a decade.",
        "Sen. Tom Hale (Tex.) voted against the ferry budget.",
        "\u201cThe money is simply not there,\u201d he said.",
    )
    assert names(analysis) == ["Tom Hale"]


def test_a_surname_after_an_office_is_a_subject() -> None:
    # "Judge Lind adjourned": one capitalised word after the office, never
    # seen in full; it made no subject, so "she said" went to Ada Berg.
    analysis = run(
        "Ada Berg, a ferry pilot, sued the harbour board last year.",
        "On Friday Judge Lind adjourned the hearing until March.",
        "\u201cThe board must show its accounts first,\u201d she said.",
    )
    assert names(analysis) == ["Lind"]


def test_a_surname_after_an_office_takes_the_full_name_seen() -> None:
    analysis = run(
        "Tom Hale, the harbour master, has run the port since 2009.",
        "Ada Berg, a ferry pilot, sued the harbour board last year.",
        "Later, Mayor Hale announced a new timetable for the crossing.",
        "\u201cNobody will wait more than an hour,\u201d he said.",
    )
    assert names(analysis) == ["Tom Hale"]


def test_an_office_after_a_name_is_not_a_titled_surname() -> None:
    # "Citizens for Tax Justice": the office word ends the run; "Tax" is no
    # person to give a later quotation to.
    analysis = run(
        "Ada Berg, a ferry pilot, spoke to the board.",
        "The group Citizens for Tax Justice said the fares were too high.",
        "\u201cThe fares must come down,\u201d she said.",
    )
    assert names(analysis) == ["Ada Berg"]


def test_a_pronoun_with_no_subject_near_takes_the_person_named_in_passing() -> None:
    # Nobody is a sentence's subject: Ada Lind is only an object. "she" was
    # left unresolved; she is the one woman the text names.
    analysis = run(
        "The harbour board thanked ferry pilot Ada Lind for the winter crossings.",
        "\u201cI only did what the timetable asked of me,\u201d she said.",
    )
    assert names(analysis) == ["Ada Lind"]


def test_a_person_named_in_passing_long_before_is_not_taken() -> None:
    # Only the paragraph of the quotation and the one before: further back,
    # "she" stays unresolved rather than guessed.
    analysis = run(
        "The harbour board thanked ferry pilot Ada Lind for the winter crossings.",
        "The crossing takes forty minutes in calm weather.",
        "Ice closed the sound for nine days in February.",
        "\u201cI only did what the timetable asked of me,\u201d she said.",
    )
    assert names(analysis) == [None]


def test_a_region_after_a_home_town_is_not_the_speaker() -> None:
    # "..., a pilot from Lund, Sweden, said": the apposition's last clause
    # ("Sweden") was taken for the subject of "said".
    analysis = run(
        "Ada Berg, a ferry pilot from Lund, Sweden, said the line was"
        " \u201ca lifeline for the islands.\u201d",
    )
    assert names(analysis) == ["Ada Berg"]
    analysis = run(
        "Tom Hale of Visby, Gotland says he hopes the board keeps"
        " \u201cthe winter timetable.\u201d",
    )
    assert names(analysis) == ["Tom Hale"]


def test_a_place_opening_the_sentence_leaves_the_name_after_it() -> None:
    # "At a rally in Visby, Hale promised": Hale is no region of Visby.
    analysis = run(
        "Tom Hale runs the ferry line.",
        "At a rally in Visby, Hale promised a ferry that would be \u201con time every day.\u201d",
    )
    assert names(analysis) == ["Tom Hale"]


def test_a_description_opening_the_story_is_named_in_the_next_sentence() -> None:
    # Nobody is named before the description; the sentence after names her.
    analysis = run(
        "The busiest pilot on the sound finally said \u201cno more.\u201d",
        "Ada Lind has announced that she will retire from the ferry in May.",
    )
    assert names(analysis) == ["Ada Lind"]


def test_a_description_after_its_quotation_is_not_the_next_name() -> None:
    # "the pilot told reporters" follows the quotation: the next sentence's
    # subject (Tom Hale) is somebody else, not who "the pilot" is.
    analysis = run(
        "\u201cThe sound froze in a single night,\u201d the pilot told reporters.",
        "Tom Hale has run the harbour office since 2009.",
    )
    assert names(analysis) == [None]


def test_an_organisation_description_takes_the_name_ending_in_its_noun() -> None:
    # No organisation has spoken yet, so "the commission" had no one to mean.
    analysis = run(
        "The Harbour Safety Commission closed the north pier on Monday.",
        "\u201cThe pier will reopen once the ice is gone,\u201d the commission said.",
    )
    assert names(analysis) == ["Harbour Safety Commission"]
    assert analysis.quotes[0].speaker is not None
    assert analysis.quotes[0].speaker.role == "the commission"


def test_an_organisation_description_with_another_noun_stays_a_description() -> None:
    analysis = run(
        "The Harbour Safety Commission closed the north pier on Monday.",
        "\u201cThe pier will reopen once the ice is gone,\u201d the agency said.",
    )
    assert names(analysis) == [None]
