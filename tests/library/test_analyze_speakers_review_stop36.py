"""Review of the stop-36 PolNeAR speaker rules (issue 16, branch s36-revpn):
a bare surname described between commas before a verb of saying
(``speakers._described_then_saying``) and a surname after another first
name (``speakers._another_first_name``), tried where they must not fire.
Every sentence here is written by the team."""

from __future__ import annotations

import pytest

from tests.library.paragraphs import said_by

_AFTER = "“We need more visitors,” he said."

# Two men named in full; Lind spoke last.
_HALE_AND_LIND = "Tom Hale runs the ferry. “The pier is full,” Bill Lind said."


@pytest.mark.parametrize(
    "middle",
    [
        # The surname is a verb's object: Lind fired him, Lind is saying.
        "Lind fired Hale, the owner, saying that the summers are too quiet.",
        # The verb of saying has its own subject after it.
        "Lind replaced Hale, the owner, said the clerk.",
        "The board fired Hale, the owner, reports said.",
        # A contrast: Lind, not Hale, said it.
        "Lind, not Hale, the owner, said that the summers are too quiet.",
    ],
)
def test_a_described_surname_not_opening_its_clause_is_no_subject(middle: str) -> None:
    # Was Tom Hale: the description and the verb of saying after it were
    # read whatever stood before the surname.
    assert said_by("visitors", _HALE_AND_LIND, middle, _AFTER) == ["Bill Lind"]


@pytest.mark.parametrize(
    "middle",
    [
        "Hale, the owner, said that the summers are too quiet.",
        "But Hale, the owner, said that the summers are too quiet.",
        "In March, Hale, the owner, said that the summers are too quiet.",
        "Lind left when Hale, the owner, said that the summers are too quiet.",
    ],
)
def test_a_described_surname_opening_its_clause_still_speaks(middle: str) -> None:
    assert said_by("visitors", _HALE_AND_LIND, middle, _AFTER) == ["Tom Hale"]


_ONE_HALE = "Bill Hale opened the ferry office in 1990. “The pier is full,” Ada Moss said."


@pytest.mark.parametrize(
    "before",
    [
        "Republican",  # a party
        "Conservative",
        "Uncle",  # a word that states a sex, no first name
        "President-elect",  # a hyphenated word with a lower-case part
        "Nevada’s",  # a possessive
    ],
)
def test_a_word_that_is_no_first_name_keeps_the_surname_the_first_persons(before: str) -> None:
    # Was "Republican Hale" and the like (or Ada Moss): the word before the
    # surname was taken for another person's first name.
    middle = f"{before} Hale said that the summers are too quiet."
    assert said_by("visitors", _ONE_HALE, middle, _AFTER) == ["Bill Hale"]


@pytest.mark.parametrize("first", ["Tom", "Jean-Paul"])
def test_another_first_name_still_makes_another_person(first: str) -> None:
    middle = f"{first} Hale said that the summers are too quiet."
    assert said_by("visitors", _ONE_HALE, middle, _AFTER) == [f"{first} Hale"]


_COLON = ": “We need more visitors.”"


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        # The described surname is a preposition's object or a comparison:
        # Lind speaks.
        ("About Hale, the owner of the line, Lind said", "Bill Lind"),
        ("Unlike Hale, the owner, Lind said", "Bill Lind"),
        ("Asked about Hale, the owner, Lind said", "Bill Lind"),
        ("To Hale, the owner, Lind said", "Bill Lind"),
        # A pair: not Hale alone.
        ("Hale, the owner of the line, and Lind said", "Bill Lind"),
        # The description is Hale's, whoever else it names.
        ("Hale, the owner’s lawyer, said", "Tom Hale"),
        ("Hale, a rival of Lind’s, said", "Tom Hale"),
    ],
)
def test_who_speaks_around_a_described_surname(opening: str, speaker: str) -> None:
    assert said_by("visitors", _HALE_AND_LIND, opening + _COLON) == [speaker]
