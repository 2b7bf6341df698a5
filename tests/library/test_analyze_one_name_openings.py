"""A paragraph opened by one name and a verb of saying ("Lund said Tomas
Berg ... / “…,” she said"): the places are found by a pattern led by the
line break, not by trying ``^`` at every character (for speed: see
benchmarks/README.md, "Stop 33: the people finder"); they must be exactly
where the MULTILINE pattern matches, and the person must still be found."""

from __future__ import annotations

import random

from quotemark.library.analyze.speakers import (
    _ONE_NAME_OPENS,
    _one_name_openings,
    find_people,
)
from tests.library.fuzz import pieces_text

PIECES = [
    "Lund",
    "McLenney",
    "MacArthur",
    "Wines",
    "Al",
    "Ada",
    "said",
    "says",
    "believes",
    "thought",
    "told",
    "ask",
    "said'",
    "said\u2019s",
    "saidx",
    "the",
    "pier",
    "closed",
    "Berg",
    "\u201c",
    "\u201d",
    ",",
    ".",
    "-",
    "\u00e9t\u00e9",
]
SPACES = [" ", "  ", "\u00a0", "\n", "\n\n", "\n ", "\n\u00a0", "\u2028", "\t", "", "\r\n"]


def _text(rng: random.Random) -> str:
    return pieces_text(rng, PIECES, SPACES, 14)


def _read(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


def test_openings_are_the_multiline_patterns_matches() -> None:
    rng = random.Random(33)
    for _ in range(6000):
        text = _text(rng)
        assert _read(_one_name_openings(text)) == _read(_ONE_NAME_OPENS.finditer(text)), text


def test_paragraph_opened_by_one_name_still_speaks() -> None:
    text = (
        "The harbour board met on Monday.\n"
        "Lund said the pier would stay shut.\n"
        "\u201cWe cannot open it,\u201d she said."
    )
    people = find_people(text, [(text.index("\u201c"), text.index("\u201d") + 1)])
    assert "Lund" in people.names
