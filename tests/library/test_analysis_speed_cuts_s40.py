"""s40-speed2: exact speed cuts in the analysis, each checked against the
form it replaced (kept here) on generated text."""

from __future__ import annotations

import random
import re

from quotemark.library.analyze import common, speakers
from quotemark.library.analyze.names import ENGLISH_PREPOSITIONS, is_name_token, nickname_end
from quotemark.library.analyze.speakers import People, _nicknamed

_OLD_NICK_MARK = re.compile(r"[\u201c\"](?=(?:the[ \u00a0])?[A-Z])")


def _old_nicknamed(people: People, text: str) -> dict[int, tuple[str, int]]:
    """s40's form: one class of both marks searched, the nickname test asked at each."""
    found: dict[int, tuple[str, int]] = {}
    for m in _OLD_NICK_MARK.finditer(text):
        mark = m.start()
        close = nickname_end(text, max(0, mark - 40), mark)
        if close is None:
            continue
        before = speakers._WORDS_BEFORE_MARK.search(text, max(0, mark - 40), mark)
        after = speakers._WORDS_AFTER_MARK.match(text, close)
        if before is None or after is None:
            continue
        written = before.group(1).split() + after.group(1).split()
        if not all(
            is_name_token(w) and w.lower() not in ENGLISH_PREPOSITIONS for w in written
        ) or speakers.headline_at(text, mark):
            continue
        name = " ".join(written)
        nickname = " ".join(text[mark + 1 : close - 1].removeprefix("the ").split())
        people.nicknames.setdefault(nickname, name)
        found[before.start(1)] = (name, after.end(1))
    return found


_PIECES = (
    "Tom",
    "Ada",
    "Hale",
    "Lind",
    "the pier",
    "said",
    "harbour",
    "Ross",
    "O'Neil",
    "Lind-Berg",
    "\u201cSkip\u201d",
    '"Big Tom"',
    "\u201cthe Skipper\u201d",
    "\u201cWe sail,\u201d",
    ",",
    ":",
    ".",
    "(",
    ")",
    "\u2014",
    " ",
    "  ",
    "\u00a0",
    "\n",
    " \n",
    "\u201c",
    '"',
)


def test_nicknamed_same_as_before() -> None:
    rng = random.Random(40)
    hits = 0
    for _ in range(4000):
        text = "".join(
            rng.choice(_PIECES) + rng.choice(("", " ")) for _ in range(rng.randint(1, 30))
        )
        old_people, new_people = People(), People()
        old = _old_nicknamed(old_people, text)
        assert _nicknamed(new_people, text) == old, text
        assert new_people.nicknames == old_people.nicknames
        hits += bool(old)
    assert hits > 30


def test_nickname_inside_a_name_still_found() -> None:
    people = People()
    text = "The ferry left at noon.\nTom \u201cSkip\u201d Hale waved from the pier."
    found = _nicknamed(people, text)
    assert list(found.values()) == [("Tom Hale", text.index(" waved"))]
    assert people.nicknames == {"Skip": "Tom Hale"}


def test_quotation_after_a_comma_is_no_nickname() -> None:
    people = People()
    assert _nicknamed(people, "Ada Lind said, \u201cWe sail\u201d Hale and more.") == {}
    assert people.nicknames == {}


_OLD_SENTENCE_BREAK = re.compile(r"[.!?][\u201d\"\u2019')]*\s+|\n")


def test_sentence_break_same_matches_as_before() -> None:
    rng = random.Random(41)
    letters = ".!?\n \t\u00a0\u201d\"')a\u2019T"
    for _ in range(20000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 30)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        old = [m.span() for m in _OLD_SENTENCE_BREAK.finditer(text, lo, hi)]
        assert [m.span() for m in common._SENTENCE_BREAK.finditer(text, lo, hi)] == old
        old_first = _OLD_SENTENCE_BREAK.search(text, lo)
        new_first = common._SENTENCE_BREAK.search(text, lo)
        assert (new_first and new_first.span()) == (old_first and old_first.span())


def test_sentence_break_ends_after_spaces_and_at_a_line() -> None:
    text = "Ada Lind spoke.\u201d  Tom Hale left.\nThe pier"
    ends = [m.end() for m in common._SENTENCE_BREAK.finditer(text)]
    assert ends == [text.index("Tom"), text.index("The")]
