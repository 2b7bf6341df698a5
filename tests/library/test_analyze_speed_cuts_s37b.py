"""The exact cut of stop 37's second speed round (branch s37-speed2): the
office set before a name by commas ("The mayor, Ada Lind,") is looked for
only where the noun is written before a comma. The pre-test must never
say no where the pattern finds a match; the readings stay the same. Every
sentence here is written by the team."""

from __future__ import annotations

import random

import pytest

from quotemark.library.analyze.holders import _named_after_pattern, _noun_before_comma
from tests.library.paragraphs import said_by

NOUNS = [
    "mayor",
    "judge",
    "official",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ceo",
    "mp",
    "mep",
    "chairwoman",
    "harbour-master",
    "a",
]
WRITTEN = [
    "mayor",
    "Mayor",
    "judge",
    "official",
    "Spokesman",
    "spokeswoman",
    "spokesperson",
    "CEO",
    "chief executive",
    "Chief Executive Officer",
    "MP",
    "MEP",
    "chairwoman",
    "harbour-master",
    "a",
]
"""The nouns as a text writes them (the pattern's spellings and near ones)."""
PIECES = [
    *WRITTEN,
    *[
        "the",
        "The",
        "a",
        "An",
        "harbour",
        "senior",
        "Ada",
        "Lind",
        "Tom",
        "Hale",
        "Mr.",
        "G.",
        "chief",
        "Chief",
        "executive",
    ],
    *["Executive", "officer", "Officer", "mp", "of", "said"],
]
SEPARATORS = ["", " ", "  ", "\u00a0", ", ", ",", "\n", ". "]


def _planted(rng: random.Random) -> str:
    # An office set before a name by commas, in the ways the pattern reads.
    article = rng.choice(["the", "The", "a", "an"])
    modifier = rng.choice(["", "harbour ", "senior harbour "])
    return f"{article} {modifier}{rng.choice(WRITTEN)},{rng.choice([' ', '  ', chr(0xA0)])}Ada Lind"


def _random_text(rng: random.Random) -> str:
    return "".join(
        (_planted(rng) if rng.random() < 0.15 else rng.choice(PIECES)) + rng.choice(SEPARATORS)
        for _ in range(rng.randint(1, 30))
    )


def test_the_pre_test_says_no_only_where_the_pattern_finds_nothing() -> None:
    rng = random.Random(37)
    asked = matched = 0
    for _ in range(6000):
        noun = rng.choice(NOUNS)
        text = _random_text(rng)
        lo = rng.randint(0, len(text))
        pos = rng.randint(lo, len(text))
        found = list(_named_after_pattern(noun).finditer(text, lo, pos))
        if not _noun_before_comma(text, lo, pos, noun):
            assert found == [], (text, lo, pos, noun)
            asked += 1
        matched += bool(found)
    # The generated texts reach both sides of the test.
    assert asked > 1000
    assert matched > 100


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The mayor, Ada Lind, spoke. “The pier is late,” the mayor said.", "Ada Lind"),
        ("The spokeswoman, Ada Lind, spoke. “The pier is late,” the spokeswoman said.", "Ada Lind"),
        # Another office set before the name: this one is no one's, as before.
        (
            "The harbour master, Ada Lind, spoke first. “The pier will open soon,” the mayor said.",
            "the mayor",
        ),
    ],
)
def test_an_office_set_before_the_name_still_gives_it(sentence: str, speaker: str) -> None:
    assert said_by("pier", sentence) == [speaker]
