"""The exact cut of stop 37's fourth speed round (branch s37-speed4): the
pattern of a person given a role noun by name ("official Ada Lind", "Ada
Lind, the senior official", "Ada Lind is the official") is compiled and
run only where the window writes the noun in one of its places. The
pre-test must never say no where the pattern finds a match; the readings
stay the same. Every sentence here is written by the team."""

from __future__ import annotations

import random

import pytest

from quotemark.library.analyze import _holder_pattern, _holder_possible
from tests.library.paragraphs import said_by

NOUNS = ["mayor", "judge", "official", "minister", "chief", "mp", "mep", "pilot", "a", "is"]
WRITTEN = [
    "mayor",
    "Mayor",
    "mayors",
    "mayoral",
    "judge",
    "Judge",
    "official",
    "officials",
    "minister",
    "Minister",
    "chief",
    "Chief",
    "MP",
    "MPs",
    "mp",
    "MEP",
    "pilot",
    "Pilot",
    "autopilot",
    "a",
    "A",
    "is",
]
"""The nouns as a text writes them (the pattern's spellings and near ones)."""
PIECES = [
    *WRITTEN,
    *["the", "The", "a", "An", "an", "harbour", "senior", "of", "at", "with", "is", "was"],
    *["Ada", "Lind", "Tom", "Hale", "Dr.", "Mr", "G.", "Élise", "Østby", "Łukasz", "ada"],
    *["said", "pier's", "pier\u2019s", "co-op", "Health", "_x", "46", "the\u00a0harbour"],
]
SEPARATORS = ["", " ", "  ", "\u00a0", ", ", ",", "\n", ". ", " is ", " was ", "; ", "'s "]


def _planted(rng: random.Random) -> str:
    # A role noun given by name, in the ways the pattern reads and near ones.
    noun = rng.choice(WRITTEN)
    name = rng.choice(
        ["Ada Lind", "Dr. Ada Lind", "Tom G. Hale", "Élise Østby", "Þóra Lind", "Hale"]
    )
    gap = rng.choice([" ", "  ", "\u00a0"])
    article = rng.choice(["the", "The", "a", "an", ""])
    modifier = rng.choice(["", "senior ", "harbour pier ", "co-op ", "pier\u2019s "])
    return rng.choice(
        [
            f"{noun}{gap}{name}",
            f"{noun}{gap}of{gap}Health{gap}{name}",
            f"{name},{gap}{article} {modifier}{noun}",
            f"{name}{gap}{rng.choice(['is', 'was'])}{gap}{article} {modifier}{noun}",
            f"{name},{gap}{modifier}{noun}{rng.choice([',', ' of', ' at', ''])}",
        ]
    )


def _random_text(rng: random.Random) -> str:
    return "".join(
        (_planted(rng) if rng.random() < 0.2 else rng.choice(PIECES)) + rng.choice(SEPARATORS)
        for _ in range(rng.randint(1, 30))
    )


def test_the_pre_test_says_no_only_where_the_pattern_finds_nothing() -> None:
    rng = random.Random(37)
    asked = matched = 0
    for _ in range(8000):
        noun = rng.choice(NOUNS)
        text = _random_text(rng)
        lo = rng.randint(0, len(text))
        pos = rng.randint(lo, len(text))
        found = list(_holder_pattern(noun).finditer(text, lo, pos))
        if not _holder_possible(text, lo, pos, noun):
            assert found == [], (text, lo, pos, noun)
            asked += 1
        matched += bool(found)
    # The generated texts reach both sides of the test.
    assert asked > 1500
    assert matched > 300


@pytest.mark.parametrize(
    ("text", "possible"),
    [
        ("The harbour official said the pier would open.", False),
        ("A senior official, speaking at the pier, said it would open.", False),
        ("official Ada Lind said", True),
        ("Ada Lind, the senior official, said", True),
        ("Ada Lind is the official", True),
        ("Ada Lind, chief executive of the pier", False),  # noun "official"
    ],
)
def test_the_pre_test_reads_the_nouns_places(text: str, possible: bool) -> None:
    assert _holder_possible(text, 0, len(text), "official") is possible


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Harbour official Ada Lind met the crews. “The pier is late,” the official said.",
            "Ada Lind",
        ),
        (
            "Ada Lind, the harbour official, met us. “The pier is late,” the official said.",
            "Ada Lind",
        ),
        # An official no one names: the description stays, as before.
        (
            "An official met Tom Hale on the pier. “The pier is late,” the official said.",
            "the official",
        ),
    ],
)
def test_a_named_official_still_gives_the_description(sentence: str, speaker: str) -> None:
    assert said_by("pier", sentence) == [speaker]
