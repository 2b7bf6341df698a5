"""Partial quotations and their reported clause, stop 40 (branch s40-clause).

The second review of stop 40 pinned five constructions
(`test_review2_stop40.py`); these are further team sentences for each, with
the cases where the rule must not fire. Every sentence is written by the
team."""

from __future__ import annotations

import pytest

from tests.library.paragraphs import run, said_by

L, R = "\u201c", "\u201d"


def _spans(*paragraphs: str) -> list[str]:
    return [q.span.text for q in run(*paragraphs).quotes]


# -- a short single-marked partial at the end of a reported clause -----------


def test_told_the_crew_the_pier_was_single_marked_is_read() -> None:
    assert said_by(
        "too late", "Tom Hale told the harbour board the repairs had come 'too late'."
    ) == ["Tom Hale"]


def test_single_marked_partial_after_an_apostrophe_is_read() -> None:
    # The apostrophe of "the boys'" pairs with no mark; the marked word does.
    assert said_by("late", "Tom Hale told the BBC the boys' boat had been 'late'.") == ["Tom Hale"]


def test_an_apostrophe_alone_is_no_quotation() -> None:
    assert run("Tom Hale told the BBC the boys' boat had been late.").quotes == ()


def test_a_single_marked_title_ending_the_clause_is_no_quotation() -> None:
    assert run("Ada Lind told the BBC the crew had sailed on the 'Lark'.").quotes == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Lind said nothing while the crew loaded the 'ghost ferry'.",
        "Tom Hale said goodbye before the crew boarded the 'night boat'.",
    ],
)
def test_single_marks_after_a_clause_the_verb_does_not_report_are_no_quotation(
    sentence: str,
) -> None:
    # "while", "before": the clause holding the marks is the writer's, not
    # the one "said" reports; the marks are a name or a scare quote.
    assert run(sentence).quotes == ()


def test_single_marks_after_as_in_a_told_clause_are_read() -> None:
    # Must not fire: "as" brings the marked words in, no clause of its own.
    assert said_by("too little", "Ada Lind told us the crew saw the repairs as 'too little'.") == [
        "Ada Lind"
    ]


def test_single_marks_far_from_told_with_a_clause_verb_are_still_read() -> None:
    # Must not fire: the clause "told" reports reaches the marks.
    assert said_by(
        "ghost ferry", "Ada Lind told us the crew had renamed the boat the 'ghost ferry'."
    ) == ["Ada Lind"]


# -- "so-called" -------------------------------------------------------------


def test_so_called_in_a_reported_clause_after_a_comma_is_no_quotation() -> None:
    # (The battery of stop 39 has "said the so-called “reform” would ...".)
    assert (
        said_by(
            "pier levy",
            f"Tom Hale, who chairs the board, warned that the so-called {L}pier levy{R} "
            "would never pass.",
        )
        == []
    )


def test_so_called_inside_a_quotation_someone_said_is_kept() -> None:
    assert said_by("so-called", f"{L}The so-called reform is a tax,{R} said Ada Lind.") == [
        "Ada Lind"
    ]
    assert said_by(
        "harbour levy",
        f"Ada Lind said: {L}The so-called \u2018harbour levy\u2019 is a tax on every family.{R}",
    ) == ["Ada Lind"]


# -- a clause that runs on into a new subject's clause -----------------------


def test_said_marked_then_a_new_subject_ends_the_clause() -> None:
    assert _spans(f"Tom Hale said the pier was {L}late,{R} and the board was slow to act.") == [
        f"the pier was {L}late,{R}"
    ]


def test_and_points_out_that_goes_on_with_the_speaker() -> None:
    [span] = _spans(
        f"Tom Hale said the pier was {L}late,{R} and points out that the board has not met."
    )
    assert span.endswith("has not met")


def test_and_without_a_comma_keeps_the_clause() -> None:
    [span] = _spans(f"Tom Hale said the pier was {L}late{R} and the boats were old.")
    assert span.endswith("the boats were old")


# -- ", and says" after a first predicate ------------------------------------


def test_she_moved_away_and_says_is_cut_at_says() -> None:
    assert _spans(
        "Ada Lind runs the cafe.",
        f"She moved to the island in 1990, and says the pier was {L}already falling down.{R}",
    ) == [f"the pier was {L}already falling down.{R}"]


def test_comma_and_a_new_name_says_is_that_name_s() -> None:
    assert said_by(
        "underfoot",
        f"Voss grew up above the bait shop, and Hale says she spent her childhood {L}underfoot.{R}",
    ) == ["Hale"]


def test_a_thing_before_and_says_is_no_speaker() -> None:
    assert run(f"The pier closed in May, and says nothing about {L}the future.{R}").quotes == ()


# -- "said one clause and that “…”" ------------------------------------------


def test_told_one_clause_and_that_is_the_speaker_s() -> None:
    assert said_by(
        "had gone elsewhere",
        f"Tom Hale said the board had promised repairs and that {L}the money had gone "
        f"elsewhere.{R}",
    ) == ["Tom Hale"]


def test_and_another_name_said_that_is_that_name_s() -> None:
    assert said_by(
        "every recommendation",
        f"Ada Lind said the report had recommended monitoring, and Tom Hale said that "
        f"{L}every recommendation was followed.{R}",
    ) == ["Tom Hale"]
