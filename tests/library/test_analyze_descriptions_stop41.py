"""Stop 41 (branch s41-desc): descriptions as speakers, from PolNeAR's tune misses.

Two constructions the tune half showed, written here with the team's own
sentences (evaluation/README.md, "Descriptions as speakers, stop 41"):

* a description that opens the sentence and closes on a name after its
  preposition ("A spokesman for Mayor Ada Lind of Lund defended “…”"): the
  description speaks, not the name inside it;
* a clause of time after the marks ("… “…” after the harbour master
  suggested ..."): its subject is no inverted attribution of the marks.
"""

from __future__ import annotations

from tests.library.paragraphs import said_by


def test_a_clause_of_time_after_the_marks_names_no_speaker() -> None:
    # The councillor calls for the closure; the harbour master's suggestion
    # is why. Before stop 41 the speaker shown was "after the harbour master".
    assert said_by(
        "pier to be closed",
        "Tom Hale spoke to the board.",
        "A councillor in Lund is calling for “the pier to be closed” after the harbour "
        "master suggested it was unsafe.",
    ) == ["A councillor in Lund"]


def test_the_subject_before_the_marks_speaks_over_the_clause_of_time() -> None:
    assert said_by(
        "pier to be closed",
        "Tom Hale spoke to the board.",
        "Ada Lind is calling for “the pier to be closed” after the harbour master "
        "suggested it was unsafe.",
    ) == ["Ada Lind"]


def test_a_name_after_the_marks_still_takes_over() -> None:
    # Must not fire: the name and its verb come first after the marks; the
    # clause of time follows them.
    assert said_by(
        "pier is closed",
        "Tom Hale spoke to the board.",
        "“The pier is closed,” Ada Lind said after the harbour master suggested it was unsafe.",
    ) == ["Ada Lind"]
    assert said_by(
        "pier is closed",
        "Tom Hale spoke to the board.",
        "“The pier is closed,” said Ada Lind before the vote.",
    ) == ["Ada Lind"]
