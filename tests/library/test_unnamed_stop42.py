"""Sources the text keeps unnamed stay unnamed (stop 42, branch s42-anon).

"one of them said", "One of the two pilots said", "the pilot said" and "he
said" after someone brought in by a description only go to that
description, never to the man named last: a researcher who clips the
quotation would cite a named person for words he never said. Every sentence
here is written by the team."""

from __future__ import annotations

from tests.library.paragraphs import said_by

L, R = "\u201c", "\u201d"


def test_one_of_them_is_the_group_brought_in_unnamed() -> None:
    assert said_by(
        "silt",
        "Tom Hale, the ports regulator, said he had not been told.",
        "Two officials who spoke on condition of anonymity said the contract was "
        f"delayed twice. {L}Everyone knew about the silt,{R} one of them said.",
    ) == ["Two officials"]


def test_one_of_the_pilots_is_that_description() -> None:
    assert said_by(
        "shallows",
        "Tom Hale, the ports regulator, said he had not been told.",
        f"One of the two pilots said crews had warned each other. {L}We marked the "
        f"shallows ourselves,{R} he said.",
    ) == ["One of the two pilots"]


def test_one_of_the_two_pilots_as_the_speaker_phrase() -> None:
    assert said_by(
        "furious",
        "Tom Hale, the ports regulator, said he had not been told.",
        f"One of the two pilots, who has since retired, said the board was {L}furious{R}.",
    ) == ["One of the two pilots"]


def test_the_pilot_after_the_pilot_brought_in_unnamed() -> None:
    assert said_by(
        "chart",
        f"{L}We were flying blind,{R} said one pilot, who spoke on condition of anonymity.",
        f"Tom Hale, the ports regulator, said his office had not been told. {L}It is "
        f"serious,{R} Mr. Hale said.",
        "Asked about the grounding, the pilot who spoke earlier said crews had warned "
        f"each other. {L}We had our own chart,{R} the pilot said.",
    ) == ["one pilot"]


def test_he_after_the_boards_spokesman_quoted_unnamed() -> None:
    assert said_by(
        "completed",
        f"A board spokesman said the board {L}has always put safety first{R}.",
        "Tom Hale, the ports regulator, said his office had not been told.",
        "The board's spokesman said Friday that dredging had begun. "
        f"{L}The work will be completed by the end of the year,{R} he said.",
    ) == ["A board spokesman"]


def test_the_pilot_named_in_an_apposition_stays_named() -> None:
    # Must not fire: "a pilot, Tom Hale," gives the noun a name.
    assert said_by(
        "chart",
        "A pilot, Tom Hale, said crews had warned each other by radio.",
        f"{L}We had our own chart,{R} the pilot said.",
    ) == ["Tom Hale"]


def test_the_spokesman_when_only_a_named_spokesman_exists() -> None:
    # Must not fire: the text gave the noun to Ben Ross by name and quoted
    # no spokesman unnamed.
    assert said_by(
        "completed",
        "Ben Ross, the board's spokesman, said in March that the work would start.",
        "The spokesman said Friday that dredging had begun. "
        f"{L}The work will be completed by the end of the year,{R} he said.",
    ) == ["Ben Ross"]


def test_one_of_things_is_no_unnamed_person() -> None:
    # Must not fire: "One of the boats" brings in no one; "he" is Tom Hale.
    assert said_by(
        "rust",
        f"Tom Hale inspected the boats. One of the boats, which has since sunk, was {L}pure "
        f"rust{R}, he said.",
    ) == ["Tom Hale"]


def test_one_pilot_inside_the_office_is_counted_unnamed() -> None:
    # "One NOUN inside ..., saying": one person brought in unnamed, as "one
    # pilot said" is; not the harbour master named before.
    assert said_by(
        "big deal",
        "Ada Lind, the harbour master, said the pier was safe.",
        "One pilot inside the harbour office tried to play down the warnings, saying they "
        f"were {L}not a big deal around here.{R}",
    ) == ["One pilot"]


def test_one_problem_with_the_pier_is_no_person() -> None:
    # Must not fire: "One problem with" counts a thing; "she" is Ada Lind.
    assert said_by(
        "rust",
        "Ada Lind, the harbour master, said the pier was safe.",
        f"One problem with the pier, she said, is {L}the rust.{R}",
    ) == ["Ada Lind"]
