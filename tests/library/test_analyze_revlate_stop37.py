"""Review of stop 37's later rules (branch s37-revlate): team sentences
read near the constructions s37-devfn, s37-left3 and s37-left4 taught,
where a researcher reads otherwise than the rule gave (evaluation/README.md,
"Review of stop 37's later rules")."""

from __future__ import annotations

from tests.library.paragraphs import run, said_by

NAMED = "Tom Hale and Ada Lind spoke on Monday."


# A named person's noun of saying (s37-devfn's possessor_phrase) -------------


def test_marks_in_the_verb_after_a_that_clause_are_not_the_possessors() -> None:
    # The "that" clause ended at "safe": "nonsense" is said of Hale's claim,
    # not by Hale (was: Tom Hale).
    assert "Tom Hale" not in said_by(
        "nonsense", NAMED, "Hale's claim that the pier is safe is “nonsense.”"
    )


def test_marks_in_the_verb_after_a_call_for_are_not_the_possessors() -> None:
    # (was: Ada Lind)
    assert "Ada Lind" not in said_by("naive", NAMED, "Lind's call for a fresh start was “naive.”")


def test_marks_in_the_verb_after_a_promise_to_are_not_the_possessors() -> None:
    # (was: Tom Hale)
    assert "Tom Hale" not in said_by(
        "empty", NAMED, "Hale's promise to fix the pier has been called “empty.”"
    )


def test_marks_inside_the_that_clause_stay_the_possessors() -> None:
    # The rule must still fire: the clause's own verb, then the marks.
    assert said_by(
        "past saving", NAMED, "Hale's claim that the pier was “past saving” was denied by Lind."
    ) == ["Tom Hale"]


def test_a_relative_clause_inside_the_that_clause_keeps_it_open() -> None:
    assert said_by(
        "past saving",
        NAMED,
        "Hale's claim that the pier, which is old, was “past saving” drew fire.",
    ) == ["Tom Hale"]


def test_a_noun_after_the_possessors_preposition_is_not_their_saying() -> None:
    # Hale denied a claim someone else made (was: Tom Hale).
    assert "Tom Hale" not in said_by(
        "past saving",
        NAMED,
        "Hale's denial of the claim that the pier was “past saving” came late.",
    )


def test_a_word_before_the_noun_of_saying_keeps_the_possessor() -> None:
    sentence = "Hale's long-awaited statement that the pier was “past saving” drew fire."
    assert said_by("past saving", NAMED, sentence) == ["Tom Hale"]


# A place's state ending a sentence (near s37-left3's party tag) --------------


def test_a_places_state_ends_its_sentence_before_a_capital() -> None:
    # Was "of Albany, N.Y. Ada Lind said" in the role, and "N.Y. Ada Lind"
    # the next quotation's speaker.
    analysis = run(
        "The board met.",
        "“The pier is late,” said Tom Hale of Albany, N.Y. Ada Lind said “it will be fixed.”",
    )
    assert [(q.speaker.name, q.speaker.role) for q in analysis.quotes if q.speaker] == [
        ("Tom Hale", "of Albany, N.Y."),
        ("Ada Lind", None),
    ]


def test_a_places_state_inside_its_sentence_keeps_its_point_in_the_role() -> None:
    # Not a sentence's end (a comma follows); the role was "of Ashton, Md".
    analysis = run("The board met.", "Tom Hale of Ashton, Md., said “the pier is late.”")
    assert [(q.speaker.name, q.speaker.role) for q in analysis.quotes if q.speaker] == [
        ("Tom Hale", "of Ashton, Md.")
    ]


# "In an interview with NAME," before a description (near s37-left4) ----------


def test_a_description_after_an_interview_frame_is_not_the_one_interviewed() -> None:
    # The speaker phrase was "In an interview with Ruth Ames, a harbour
    # worker", given Ruth Ames's name.
    assert said_by(
        "pier is late",
        "Ruth Ames spoke on Monday.",
        "In an interview with Ruth Ames, a harbour worker said “the pier is late.”",
    ) == ["a harbour worker"]


def test_her_husband_after_an_interview_frame_is_not_the_wife() -> None:
    # (was: Ruth Ames)
    assert "Ruth Ames" not in said_by(
        "pier is late",
        "Ruth Ames spoke on Monday.",
        "In an interview with Ruth Ames, her husband said “the pier is late.”",
    )


def test_a_name_after_an_interview_frame_still_speaks() -> None:
    assert said_by(
        "pier is late",
        "Ruth Ames spoke on Monday.",
        "In an interview with Ruth Ames, Tom Hale said “the pier is late.”",
    ) == ["Tom Hale"]


def test_a_possessors_clause_does_not_swallow_a_later_quotation() -> None:
    # Hale's "past saving" was taken into Lind's clause, given Ada Lind.
    sentence = (
        "Lind's call for a “fresh start” was the first since Hale's claim that the pier was "
        "“past saving.”"
    )
    assert said_by("past saving", NAMED, sentence) == ["Tom Hale"]
    assert said_by("fresh start", NAMED, sentence) == ["Ada Lind"]


def test_a_possessors_clause_with_no_later_quotation_keeps_its_extent() -> None:
    analysis = run(NAMED, "Lind's call for a “fresh start” was welcomed by Hale.")
    assert [q.span.text for q in analysis.quotes] == ["for a “fresh start” was welcomed by Hale"]
