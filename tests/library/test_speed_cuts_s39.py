"""The exact cuts of stop 39's speed round (branch s39-speed). Each new form
is held to the old one's answers on generated inputs. Every sentence here
is written by the team."""

from __future__ import annotations

import random
import re
import sys

from quotemark.library.analyze import analyze, sources
from quotemark.library.analyze.holders import _named_after_pattern, _noun_before_comma
from quotemark.library.analyze.lexicon import LETTER_OFFICES
from quotemark.library.analyze.sources import again_pattern, written_again
from quotemark.library.model import Block, BlockKind, Metadata


def _by_pattern(text: str, forms: list[str]) -> list[tuple[int, int]]:
    # written_again's reference: the pattern it stands for.
    return [m.span() for m in again_pattern(forms).finditer(text)]


def test_a_curly_apostrophe_is_matched_only_as_itself() -> None:
    # What reading a form with one by hand in the lower-case text relies on:
    # the case-blind pattern matches the mark only as itself, no character
    # lowers to it, and it is neither a word character, a space, a
    # separator nor the degree sign.
    for mark in sources._UNCASED:
        assert mark.lower() == mark
        assert not mark.isalnum()
        assert not mark.isspace()
        assert mark not in ("_", "\u00b0")
        assert mark not in sources._SEPARATORS
        pattern = re.compile(re.escape(mark), re.IGNORECASE)
        for code in range(sys.maxunicode + 1):
            char = chr(code)
            if pattern.fullmatch(char) is not None or char.lower() == mark:
                assert char == mark, hex(code)


_FORMS = [
    ["U.S. Harbour Attorney\u2019s Office", "Harbour"],
    ["Pier Board\u2019s Survey Team", "Survey Team", "AP"],
    ["Tom Hale\u2018s Tide Desk", "Tide Desk"],
    ["Ada Lind\u2019s / Harbour News", "Harbour News"],
    ["Kvit\u00f8y\u2019s Post", "Post"],  # beyond ASCII and the marks: the pattern
    ["Long \u017ftreet\u2019s Board", "Board"],  # a long s: the pattern
]

_PIECES = [
    "u.s.",
    "U.S.",
    "harbour",
    "HARBOUR",
    "Harbour",
    "attorney",
    "Attorney",
    "ATTORNEY",
    "office",
    "Office",
    "pier",
    "board",
    "BOARD",
    "survey",
    "team",
    "Team",
    "ap",
    "AP",
    "tom",
    "Hale",
    "tide",
    "desk",
    "ada",
    "Lind",
    "news",
    "kvit\u00f8y",
    "post",
    "long",
    "street",
    "\u017ftreet",
    "STREET",
    "\u2019s",
    "\u2018s",
    "'s",
    "\u2019",
    "\u2018",
    "s",
    "S",
    "/",
    "|",
    "\u00b0",
    "-",
    "_",
    "x",
    "1",
    ".",
    ",",
    "\u00e9",
    "\u0131",
    "\u0130",
    "\u212a",
]
_SPACES = ["", " ", "  ", "\u00a0", "\n", " \t"]


def test_forms_with_curly_apostrophes_are_found_where_the_pattern_matches() -> None:
    rng = random.Random(39)
    for _ in range(12000):
        forms = sorted(rng.choice(_FORMS), key=len, reverse=True)
        words = [w for form in forms for w in re.split(r"(\s+|\u2019|\u2018)", form) if w.strip()]
        pieces = _PIECES + words + [w.upper() for w in words] + [w.lower() for w in words]
        text = "".join(rng.choice(pieces) + rng.choice(_SPACES) for _ in range(rng.randint(1, 14)))
        assert list(written_again(text, forms)) == _by_pattern(text, forms), (text, forms)


_SWAPS = {
    "s": ["S", "\u017f"],
    "\u017f": ["s", "S"],
    "k": ["K", "\u212a"],
    "i": ["I", "\u0131", "\u0130"],
    "\u2019": ["\u2018", "'"],
    "\u2018": ["\u2019", "'"],
    " ": _SPACES[1:],
}


def _nearly(form: str, rng: random.Random) -> str:
    # The form as written, each character kept, its case swapped or another
    # character a case-blind match may take for it put in its place.
    out = []
    for char in form:
        roll = rng.random()
        if roll < 0.6:
            out.append(char)
        elif roll < 0.8:
            out.append(char.swapcase())
        else:
            out.append(rng.choice(_SWAPS.get(char.lower(), [char.upper()])))
    return "".join(out)


def _part(forms: list[str], rng: random.Random) -> str:
    # One of the forms nearly written, or another piece.
    return _nearly(rng.choice(forms), rng) if rng.random() < 0.5 else rng.choice(_PIECES)


def test_forms_nearly_written_are_found_where_the_pattern_matches() -> None:
    rng = random.Random(3939)
    for _ in range(12000):
        forms = sorted(rng.choice(_FORMS), key=len, reverse=True)
        parts = [_part(forms, rng)]
        for _ in range(rng.randint(0, 4)):
            parts += [rng.choice(_SPACES), _part(forms, rng)]
        text = "".join(parts)
        assert list(written_again(text, forms)) == _by_pattern(text, forms), (text, forms)


def test_an_office_with_a_curly_apostrophe_is_mentioned_again() -> None:
    # Team-written: the harbour attorney's office is credited once, then
    # written again in capitals; a word run into it is not it.
    text = (
        "Photo: Ada Lind/Harbour Attorney\u2019s Office\n"
        "Ferries ran late, the HARBOUR ATTORNEY\u2019S OFFICE said in a note on the pier.\n"
        "Harbour Attorney\u2019s Officex is a typing slip."
    )
    blocks = tuple(Block(kind=BlockKind.PARAGRAPH, text=line) for line in text.split("\n"))
    analysis = analyze(blocks, Metadata(title="Ferries"))
    found = [
        m.span.text
        for m in analysis.mentions
        if analysis.sources[m.source].name == "Harbour Attorney\u2019s Office"
    ]
    assert "HARBOUR ATTORNEY\u2019S OFFICE" in found
    assert not any("Officex" in written for written in found)


_NOUNS = ["mayor", "spokeswoman", "ceo", "mp", "official"]
_WRITTEN = [
    "mayor",
    "Mayor",
    "spokesman",
    "spokesperson",
    "CEO",
    "chief executive",
    "MP",
    "official",
]
_AFTER_COMMA = ["", " ", "  ", "\u00a0", " \u00a0", "\n", "\t"]
_AFTER_GAP = [
    "Ada Lind",
    "Ada",
    "\u00c9lise Lind",
    "\u00d8stby",
    "\u00de",
    "\u00d7",  # the multiplication sign, between the Latin-1 capitals: no capital
    "\u0141ukasz",  # a capital past U+00FF, which _CAPITAL does not read
    "Dr. Ada Lind",
    "Mr Hale",
    "ada lind",
    "the pier",
    "1999",
    "",
]


def _old_noun_before_comma(text: str, lo: int, pos: int, noun: str) -> bool:
    # The pre-test before the cut: the noun's end and its comma anywhere.
    if noun.startswith("spokes"):
        ends: tuple[str, ...] = ("pokesman,", "pokeswoman,", "pokesperson,")
    elif noun == "ceo":
        ends = ("CEO,", "xecutive,", "fficer,")
    elif noun in LETTER_OFFICES:
        ends = (noun.upper() + ",",)
    else:
        ends = (noun[1:] + ",",)
    return any(text.find(end, lo, pos) >= 0 for end in ends)


def test_the_comma_pre_test_says_no_only_where_the_pattern_finds_nothing() -> None:
    rng = random.Random(393)
    refused = matched = 0
    for _ in range(20000):
        noun = rng.choice(_NOUNS)
        text = "".join(
            rng.choice(["the ", "The ", "a ", "an ", "the harbour ", "Tom Hale, the ", ""])
            + rng.choice(_WRITTEN)
            + rng.choice([",", ", ", " "])
            + rng.choice(_AFTER_COMMA)
            + rng.choice(_AFTER_GAP)
            + rng.choice([", ", " said. ", ""])
            for _ in range(rng.randint(1, 4))
        )
        lo = rng.randint(0, len(text) // 3)
        pos = rng.choice([len(text), rng.randint(lo, len(text))])
        found = list(_named_after_pattern(noun).finditer(text, lo, pos))
        new = _noun_before_comma(text, lo, pos, noun)
        if not new:
            assert found == [], (text, lo, pos, noun)
            refused += _old_noun_before_comma(text, lo, pos, noun)
        matched += bool(found)
    # Both sides are reached: matches, and windows only the new test refuses.
    assert matched > 300
    assert refused > 1000


def test_an_office_before_a_comma_and_no_name_names_no_one() -> None:
    # Team-written: "the harbour official, who ..." gives the office to no
    # name; "The mayor, Ada Lind, spoke" still gives it to Ada Lind.
    text = "The harbour official, who had walked the pier, spoke."
    assert not _noun_before_comma(text, 0, len(text), "official")
    text = "The mayor,\u00a0\u00c9lise Lind, spoke."
    assert _noun_before_comma(text, 0, len(text), "mayor")
    assert [m.group(1) for m in _named_after_pattern("mayor").finditer(text)] == ["\u00c9lise Lind"]
