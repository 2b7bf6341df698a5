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
