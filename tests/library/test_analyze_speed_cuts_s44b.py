"""The role-noun holder patterns read once for every noun (stop 44, s44-speed2):
the pattern compiled for all nouns, on a copy with the noun marked, finds
what the per-noun pattern found."""

from __future__ import annotations

import random

import pytest

from quotemark.library.analyze import holders, press_languages
from quotemark.library.analyze.holders import (
    _HOLDER,
    _LINKED_KIND,
    _NAMED,
    _NOUN_MARK,
    _UNNAMED,
    _holder_pattern,
    _linked_pattern,
    _named_pattern,
    _noun_finditer,
    _unnamed_pattern,
)
from quotemark.library.analyze.press_languages import turkish_saying_at


def _spans(matches: list) -> list[tuple]:
    return [
        (
            *(m.start(g) for g in range(len(m.groups()) + 1)),
            *(m.end(g) for g in range(len(m.groups()) + 1)),
            m.groups(),
        )
        for m in matches
    ]


_NOUNS = ["official", "spokesman", "spokeswoman", "chief", "ceo", "mp", "skipper", "was", "élu"]


@pytest.mark.parametrize("noun", _NOUNS)
def test_the_marked_copy_finds_what_the_per_noun_pattern_finds(noun: str) -> None:
    # Random runs of names, honorifics, ages, places, links, articles,
    # modifiers and the noun (capitalised, plural, possessive, inside longer
    # words, in capitals, another spokes- spelling), searched from and up to
    # random places: every match's places and groups are the per-noun
    # pattern's, and so is the first.
    rng = random.Random(44)
    written = noun if not noun.startswith("spokes") else "spokesperson"
    words = [
        *("Ada", "Lind", "Tom", "G.", "Hale", "Dr.", "Mrs", "Harbour", "Board", "Halifax"),
        *("a", "an", "the", "The", "of", "for", "is", "was", "who", "became", "now", "has"),
        *("one", "One", "the one", "A", "An"),
        *("been", "serves", "as", "also", "senior", "harbour", "54", "—", "(", ",", "\u00e9"),
        *(noun, noun.capitalize(), noun.upper(), noun + "s", noun + "'s", noun + "\u2019s"),
        *("un" + noun, noun + "ly", written, written.capitalize(), "chief executive"),
        *(", who became a", ", now the", " — the", " (the", " has been a", ", 61, of Halifax, a"),
    ]
    spaces = [" ", " ", " ", "  ", "\u00a0", ", ", ""]
    for _ in range(2000):
        text = "".join(rng.choice(words) + rng.choice(spaces) for _ in range(rng.randint(1, 16)))
        lo = rng.choice([0, rng.randint(0, len(text) // 2)])
        pos = rng.choice([len(text), rng.randint(lo, len(text))])
        for kind, per_noun in (
            (_HOLDER, _holder_pattern),
            (_LINKED_KIND, _linked_pattern),
            (_UNNAMED, _unnamed_pattern),
            (_NAMED, _named_pattern),
        ):
            old = list(per_noun(noun).finditer(text, lo, pos))
            assert _spans(_noun_finditer(kind, text, lo, pos, noun)) == _spans(old)
            assert _spans(_noun_finditer(kind, text, lo, pos, noun, first=True)) == _spans(old[:1])


def test_a_holder_is_read_in_the_text_not_the_marked_copy() -> None:
    # The name holds the noun's letters ("Tom Chiefley"): the name shown is
    # the text's, not the marked copy's.
    text = "Tom Chiefly, who became the harbour chief, spoke. Ada Lind is the chief."
    linked = _noun_finditer(_LINKED_KIND, text, 0, len(text), "chief")
    assert [m.group(2) for m in linked] == ["Tom Chiefly"]
    found = _noun_finditer(_HOLDER, text, 0, len(text), "chief")
    assert [m.group(2) for m in found] == ["Ada Lind"]


def test_a_text_writing_the_mark_is_read_with_the_per_noun_pattern() -> None:
    text = f"Ada Lind{_NOUN_MARK}, the official, spoke."
    found = _noun_finditer(_HOLDER, text, 0, len(text), "official")
    assert [m.group(2) for m in found] == [f"Ada Lind{_NOUN_MARK}"]
    assert [type(m) for m in found] != [holders._Found]


def test_a_new_noun_compiles_no_pattern() -> None:
    # (Each per-noun pattern took about 1 ms to compile for each noun a
    # process met; the window is read with the two compiled once.)
    text = "Ada Lind, who became the harbour wharfinger, spoke. Tom Hale, the wharfinger, said."
    before = (_holder_pattern.cache_info().misses, _linked_pattern.cache_info().misses)
    found = holders._holder_matches(text, 0, len(text), "wharfinger")
    assert {next(g for g in m.groups() if g) for m, _ in found} == {"Ada Lind", "Tom Hale"}
    assert (_holder_pattern.cache_info().misses, _linked_pattern.cache_info().misses) == before


@pytest.mark.parametrize(
    ("after", "turkish"),
    [
        ("dedi.", True),
        ("diye konuştu.", True),
        ("söyledi.", True),
        ("ekledi.", True),
        ("said Tom Hale.", False),
        ("says Ada Lind.", False),
        ("explained the harbour master.", False),
        ("dedicated the pier.", False),
        ("did not say.", False),
    ],
)
def test_a_turkish_verb_after_the_marks_and_no_english_word(after: str, turkish: bool) -> None:
    text = f"\u201cThe pier is open,\u201d {after}"
    at = text.index("\u201d") + 2
    assert turkish_saying_at(text, at) is turkish
    if not after.startswith("ded"):
        # (English words stop at the three-letter test: no word is read.)
        assert (text[at : at + 3] in press_languages._TURKISH_OPENING) is turkish
