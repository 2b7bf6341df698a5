"""Speaker readings of stop 36 (issue 16, branch s36-pnspk): a bare surname
described between commas before its verb of saying. Every sentence here is
written by the team."""

from __future__ import annotations

import pytest

from tests.library.paragraphs import said_by

_BEFORE = "Tom Hale runs the ferry. “The pier is full,” Ada Lind said."
_AFTER = "“We need more visitors,” he said."


@pytest.mark.parametrize(
    "description",
    [
        "the owner",
        "the owner of the ferry line",
        "the longtime owner of the ferry line and host of a radio show",
        "the harbour board's chair",
        "his brother's partner",
    ],
)
def test_a_described_surname_before_a_verb_of_saying_is_its_subject(description: str) -> None:
    # Was Ada Lind, quoted before: "Hale, the owner, said ..." was no
    # subject (a bare surname counted with an apposition only after a title).
    text = f"Hale, {description}, said that the summers are too quiet."
    assert said_by("visitors", _BEFORE, text, _AFTER) == ["Tom Hale"]


@pytest.mark.parametrize(
    "middle",
    [
        # An aside, not a description: stop 32 measured any bare surname
        # with an aside as a loss.
        "Hale, however, said that the summers are too quiet.",
        # A description, but the verb after it is no verb of saying.
        "Hale, the owner, sailed to the island on Monday.",
        # The surname is a preposition's object: Lind still speaks.
        "Lind met with Hale, the owner, and said that the summers are too quiet.",
    ],
)
def test_no_subject_without_a_description_and_a_verb_of_saying(middle: str) -> None:
    assert said_by("visitors", _BEFORE, middle, _AFTER) == ["Ada Lind"]


def test_the_full_name_with_a_description_still_speaks() -> None:
    text = "Tom Hale, the owner, said that the summers are too quiet."
    assert said_by("visitors", "“The pier is full,” Ada Lind said.", text, _AFTER) == ["Tom Hale"]


_TWO_HALES = "Bill Hale opened the ferry office in 1990. “The pier is full,” Ada Lind said."


@pytest.mark.parametrize(
    "middle",
    [
        "Tom Hale said that the summers are too quiet.",
        "Tom Hale, the owner of the line, said that the summers are too quiet.",
    ],
)
def test_a_surname_inside_another_full_name_is_that_person(middle: str) -> None:
    # Was Bill Hale: the "Hale" of "Tom Hale" was also read as the bare
    # surname of the first Hale named, registered after Tom Hale.
    assert said_by("visitors", _TWO_HALES, middle, _AFTER) == ["Tom Hale"]


def test_a_surname_after_a_sentence_opener_is_still_the_first_named() -> None:
    middle = "But Hale said that the summers are too quiet."
    assert said_by("visitors", _TWO_HALES, middle, _AFTER) == ["Bill Hale"]


def test_a_two_word_surname_still_expands_to_the_full_name() -> None:
    first = "Ada Peña Nieto opened the ferry office in 1990."
    middle = "Peña Nieto said on Monday that the summers are too quiet."
    assert said_by("visitors", first, middle, "“We need more visitors,” she said.") == [
        "Ada Peña Nieto"
    ]
