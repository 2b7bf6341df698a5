"""The exact cut of stop 37's fourth speed round (branch s37-speed4): the
pattern of a person given a role noun by name ("official Ada Lind", "Ada
Lind, the senior official", "Ada Lind is the official") is compiled and
run only where the window writes the noun in one of its places. The
pre-test must never say no where the pattern finds a match; the readings
stay the same. Every sentence here is written by the team."""

from __future__ import annotations

import random

import pytest

from quotemark.library.analyze.ages import _AGE_REACH, _age_pattern, _of_age
from quotemark.library.analyze.holders import _holder_pattern, _holder_possible
from quotemark.library.analyze.names import clean, strip_titles
from tests.library.paragraphs import said_by

NOUNS = [
    *["mayor", "judge", "official", "minister", "chief", "mp", "mep", "pilot", "a", "is"],
    *["spokesman", "spokesperson"],
]
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
    "spokesman",
    "Spokeswoman",
    "spokesperson",
    "spokes",
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
        ["Ada Lind", "Dr. Ada Lind", "Tom G. Hale", "Élise Østby", "Þóra Lind", "Hale", "Ada G."]
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
        ("On the pier, the official said", False),
        ("An official of the pier said", False),
        ("Tom G., the official", True),
        ("official of Harbour Ada Lind", True),
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


AGE_PIECES = [
    *["Ada Lind, 46,", "Tom Hale, 46.", "Mrs. Eva Holm, 6,", "46-year-old", "the 46-year-old"],
    *["a 46-year-old pilot", "Ada Lind, a 46-year-old pilot,", "146,", "46", "46-year", "6."],
    *["Ada", "Lind", "Tom Hale", "harbour pilot", "blames", "said", "the", "46-Year-Old"],
]


def _old_of_age(text: str, pos: int, age: str) -> str | None:
    # The function as it was before the pre-test: the pattern over the window.
    found = None
    for m in _age_pattern(age).finditer(text, max(0, pos - _AGE_REACH), pos):
        found = m.group(1) or m.group(2)
    if found is None:
        return None
    _titles, name = strip_titles(found.split())
    return " ".join(w for w in (clean(t) for t in name) if w) or None


def test_the_age_pre_test_keeps_every_reading() -> None:
    rng = random.Random(3746)
    skipped = named = 0
    for _ in range(4000):
        text = "".join(
            rng.choice(AGE_PIECES) + rng.choice(SEPARATORS) for _ in range(rng.randint(1, 25))
        )
        pos = rng.randint(0, len(text))
        age = rng.choice(["46", "6", "146"])
        old = _old_of_age(text, pos, age)
        assert _of_age(text, pos, age) == old, (text, pos, age)
        named += old is not None
        skipped += all(text.find(age + tail, 0, pos) < 0 for tail in ("-year-old", ",", "."))
    assert named > 500
    assert skipped > 500


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ada Lind, 46, runs the pier. “It is late,” said the 46-year-old.", "Ada Lind"),
        (
            "The 46-year-old harbour pilot Ada Lind spoke. “It is late,” said the 46-year-old.",
            "Ada Lind",
        ),
    ],
)
def test_a_person_given_an_age_still_gives_it(sentence: str, speaker: str) -> None:
    assert said_by("late", sentence) == [speaker]
