"""Speakers, stop 27 (issue 16): gender told by a who-clause's own pronoun
("Ada Lind, who lost her seat") keeps a later "he said" off that person."""

from __future__ import annotations

from quotemark.library.model import Analysis
from tests.library.paragraphs import run


def names(analysis: Analysis) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in analysis.quotes]


def test_a_who_clause_with_her_tells_that_the_person_is_a_woman() -> None:
    # "he" went to Ada Lind, the person named last, though the text had
    # said she "added to her lead".
    analysis = run(
        "Tomas Berg lost three harbour wards to council rival Ada Lind, who "
        "added to her lead in the north. Berg instead gave his usual speech "
        "on ferry fares.",
        "He promised that \u201cevery crossing will cost less by spring.\u201d",
    )
    assert names(analysis) == ["Tomas Berg"]


def test_a_who_clause_with_his_tells_that_the_person_is_a_man() -> None:
    # "she said" went to Tomas Berg, the subject named last.
    analysis = run(
        "Ada Lind opened the count at the ferry terminal. Harbour master Tomas "
        "Berg, who gave up his weekend for it, carried the ballot boxes in.",
        "\u201cWe will open the east pier in May,\u201d she said.",
    )
    assert names(analysis) == ["Ada Lind"]


def test_a_pronoun_after_another_name_in_the_clause_is_not_evidence() -> None:
    # "who met Tom Hale and his wife": "his" is Hale's, so nothing is said
    # of Ada Lind, and a later "he said" may still be hers to take.
    analysis = run(
        "Tomas Berg spoke first. Later the count went to Ada Lind, who met "
        "Tom Hale and his wife at the pier.",
        "\u201cThe pier stays open,\u201d she said.",
    )
    assert names(analysis) == ["Ada Lind"]


def test_a_plural_who_clause_does_not_make_the_last_name_a_subject() -> None:
    # "rivals Ada Lind and Dean Holm, who are tied": the clause describes
    # both objects; Dean Holm is no subject for the "he said" that follows.
    analysis = run(
        "Tomas Berg congratulated his rivals Ada Lind and Dean Holm, who are "
        "tied for second place, to boos from the hall.",
        "\u201cIt was a fair count,\u201d he said.",
    )
    assert names(analysis) == ["Tomas Berg"]


def test_a_singular_who_clause_still_describes_the_person_in_focus() -> None:
    analysis = run(
        "I'm talking about Dean Holm, who has run the ferry for thirty years.",
        "\u201cIt was a fair count,\u201d he said.",
    )
    assert names(analysis) == ["Dean Holm"]


def test_a_verb_of_saying_inside_a_closed_who_clause_is_not_the_attribution() -> None:
    # "rule" (out) sits in the who-clause ("Liberals who" was the speaker);
    # the clause's own verb is "were",
    # and the words are Lind's, reported after "insisted that".
    analysis = run(
        "On Monday, Ada Lind insisted that Liberals who refused to rule out "
        "a fare rise were \u201cout of touch with the islands.\u201d"
    )
    assert names(analysis) == ["Ada Lind"]


def test_words_reported_inside_a_who_clause_are_still_found() -> None:
    # Guard: "who he said were" holds the speaker's own verb of saying; a
    # first form of the rule above skipped it and lost the quotation.
    analysis = run(
        "Tomas Berg spoke of his two daughters, who he said were \u201cthe best "
        "sailors on the sound.\u201d"
    )
    assert len(analysis.quotes) == 1


def test_a_party_tag_before_a_who_clause_still_makes_a_subject() -> None:
    # "Sen. Ada Lind (D-Vt.), who lost ..., identified": the tag hid the
    # who-clause, so Lind was no subject and the next sentence's words went
    # to the person named before her.
    analysis = run(
        "Tomas Berg spoke on the radio in the morning.",
        "Later, Sen. Ada Lind (D-Vt.), who lost the primary to Berg, "
        "identified ferry fares as the reason. \u201cThe islands are tired of "
        "paying more every year.\u201d",
    )
    assert names(analysis) == ["Ada Lind"]


def test_a_surname_that_is_a_verb_of_saying_before_said() -> None:
    # "“…,” Read said." was read verb first ("read"), and the speaker
    # phrase became "said".
    analysis = run(
        "Harbour chief executive Ian Read met the ferry board on Monday.",
        "\u201cWe have assessed this deal with care,\u201d Read said.",
    )
    speaker = analysis.quotes[0].speaker
    assert speaker is not None
    assert speaker.span is not None
    assert speaker.span.text == "Read"


def test_a_name_before_a_participle_phrase_responds_by_saying() -> None:
    # "Lind, channeling her father, responded by first saying": the clause
    # before "by" opens with a verb; its subject is the name before the
    # participle phrase, not the person named in the sentence before.
    analysis = run(
        "Tomas Berg stood up at a harbour meeting to say he backed the new fares. "
        "Ms. Lind, channeling her father, responded by first saying \u201csome "
        "good things\u201d about the ferry."
    )
    assert names(analysis) == ["Lind"]


def test_a_party_tag_is_no_part_of_the_name() -> None:
    # The name shown was "Ada Lind D-Vt.", and its surname "d-vt." never
    # matched a later bare "Lind".
    analysis = run(
        "\u201cThe pier stays open,\u201d said Sen. Ada Lind (D-Vt.).",
        "Rep. Tomas Berg (R) said \u201cthe fares must come down.\u201d",
    )
    assert names(analysis) == ["Ada Lind", "Tomas Berg"]


def test_it_after_a_verb_of_saying_is_no_speaker() -> None:
    # "said it would tell": "it" (the terminal) tells nothing; the words
    # are the mayor's. The speaker phrase was "said it".
    analysis = run(
        "HALIFAX -- Mayor Ada Lind, opening the new ferry terminal on Saturday, said it "
        "would tell a harbour story, one of \u201cstorms and long winters.\u201d"
    )
    assert names(analysis) == ["Ada Lind"]


def test_to_a_name_comma_gives_whose_view_it_is() -> None:
    # "To ... Ada Lind, the closing felt like a loss": Lind's view; her
    # "she said" went to the subject named before.
    analysis = run(
        "Mayor Tessa Holm closed the east pier last week.",
        "To harbour historian Ada Lind, the closing seemed to mark the end of an era.",
        "\u201cIt was the heart of the town,\u201d she said.",
    )
    assert names(analysis) == ["Ada Lind"]


def test_one_and_a_noun_is_someone_unnamed() -> None:
    # "one user wrote" was read as the pronoun "one" and given to the
    # person named last.
    analysis = run(
        "Last week, harbour spokeswoman Ada Lind said the port was watching the "
        "vote with interest.",
        "\u201cIt is great fun watching the fight,\u201d one user wrote.",
    )
    speaker = analysis.quotes[0].speaker
    assert speaker is not None
    assert speaker.name is None
    assert speaker.role == "one user"


def test_one_alone_is_still_read_as_before() -> None:
    # Guard: "one said" names no noun; the quotation is still found.
    analysis = run(
        "Ada Lind spoke at the pier.",
        "\u201cIt will fall apart,\u201d one of them said.",
    )
    assert len(analysis.quotes) == 1


def test_the_second_of_two_names_in_a_reported_clause_is_talked_about() -> None:
    # "believe Tomas and Dean Berg should": Dean Berg was taken for a subject,
    # and the "she said" after went to him.
    analysis = run(
        "Ada Lind said she does not believe Tomas and Dean Berg should be spared "
        "the council's questions.",
        "\u201cThey chose to run the ferry,\u201d she said.",
    )
    assert names(analysis) == ["Ada Lind"]


def test_a_tag_then_a_description_then_said_makes_a_subject() -> None:
    # "Rep. Tomas Berg (Mich.), a delegate backing Lind, said he ...": the
    # tag hid the description, Berg was no subject and "he" went elsewhere.
    analysis = run(
        "Mayor Ada Lind opened the count. Rep. Tomas Berg (Mich.), a delegate "
        "backing Lind, said he has spoken with many fellow delegates.",
        "\u201cThey will come around,\u201d he said.",
    )
    assert names(analysis) == ["Tomas Berg"]
