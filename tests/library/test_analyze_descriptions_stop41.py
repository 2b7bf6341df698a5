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


def test_a_description_keeps_the_words_its_name_stands_in() -> None:
    # The mayor's spokesman defended the route, not the mayor; before stop
    # 41 the name after "for" was read as the sentence's subject.
    assert said_by(
        "ferry route",
        "Tom Hale runs the ferry.",
        "A spokesman for Mayor Ada Lind of Lund defended “the new ferry route” at the meeting.",
    ) == ["A spokesman for Mayor Ada Lind"]


def test_no_determiner_no_description_and_no_name_either() -> None:
    # "Lawyers for Ada Lind": nobody the sentence plainly belongs to; the
    # name inside the phrase is not given the words.
    assert "Ada Lind" not in said_by(
        "ferry route",
        "Ben Ross runs the ferry.",
        "Lawyers for Ada Lind of Lund defended “the new ferry route” at the meeting.",
    )


def test_an_office_with_of_still_names_its_holder() -> None:
    # Must not fire: "Secretary of State" is an office before the name, not
    # a description the name is the object of.
    readings = said_by(
        "ferry route",
        "Ben Ross runs the ferry.",
        "Lund's Secretary of State Ada Lind defended “the new ferry route” at the meeting.",
    )
    assert readings
    assert all(r is not None and "Lind" in r for r in readings)


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
