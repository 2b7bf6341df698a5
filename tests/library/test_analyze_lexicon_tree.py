"""The sources lexicon's pattern written as a tree of the names' common
beginnings (``sources._alternation``) against the flat alternation of the
names, longest first, that it replaced: the same matches, case-blind and in
lower case, on generated texts of the names, their beginnings and near
misses."""

from __future__ import annotations

import random
import re

from quotemark.library.analyze import sources
from quotemark.library.analyze.sources import SOURCES


def _flat(flags: int) -> re.Pattern[str]:
    names = "|".join(
        re.escape(key).replace(r"\ ", r"\s+") for key in sorted(SOURCES, key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w-])(?:{names})(?![\w-])", flags)


def _pieces() -> list[str]:
    pieces = [" ", "  ", "\n", "-", ".", ",", "x", "The ", "the", "\u017f", "\u0130", "K"]
    for key in SOURCES:
        pieces.append(key)
        pieces.append(key.upper())
        pieces.append(key.title())
        words = key.split()
        pieces.append(" ".join(words[:-1]) if len(words) > 1 else key[:-1])
        pieces.append(key.replace(" ", " \n "))
    return pieces


def test_the_tree_matches_what_the_flat_alternation_matched() -> None:
    chooser = random.Random(36)
    pieces = _pieces()
    flat, flat_lower = _flat(re.IGNORECASE), _flat(0)
    for _ in range(3000):
        text = "".join(chooser.choice(pieces) for _ in range(chooser.randrange(1, 9)))
        assert [m.span() for m in sources._LEXICON.finditer(text)] == [
            m.span() for m in flat.finditer(text)
        ]
        lower = text.lower()
        assert [m.span() for m in sources._LEXICON_LOWER.finditer(lower)] == [
            m.span() for m in flat_lower.finditer(lower)
        ]


def test_the_tree_writes_shared_beginnings_once() -> None:
    tree = sources._alternation([list("the times of"), list("the toll"), list("the times")])
    assert tree == "the t(?:imes(?: of|)|oll)"


def test_an_outlet_named_at_length_is_found_whole() -> None:
    text = "As the Times of Israel and The Times reported, the Wall  Street Journal did too."
    found = [text[a:b] for a, b in sources._lexicon_matches(text)]
    assert found == ["the Times of Israel", "The Times", "the Wall  Street Journal"]
