"""The block text's whitespace collapse (``collapse_spaces``, split and
join) against the regex it replaced, ``re.sub(r"[\\s\\u00a0]+", " ", text)``."""

from __future__ import annotations

import random
import re
import sys

from quotemark.library.extract.block_text import BlockText, collapse_spaces
from tests.library.fuzz import pieces_text

_OLD = re.compile(r"[\s\u00a0]+")
_SPACES = [
    " ",
    "  ",
    "\t",
    "\n",
    "\r\n",
    "\x0b",
    "\x0c",
    "\x1c",
    "\x1f",
    "\x85",
    "\u00a0",
    "\u1680",
    "\u2002",
    "\u2009",
    "\u200a",
    "\u2028",
    "\u2029",
    "\u202f",
    "\u205f",
    "\u3000",
]
_WORDS = ["a", "Word", "\u201cquoted\u201d", "x.", "\u200b", "\u00ad", "\u0640", "\ufeff", ""]


def test_every_character_the_regex_takes_for_a_space_splits_the_text() -> None:
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert (_OLD.fullmatch(char) is not None) == char.isspace(), hex(code)


def test_the_collapse_gives_what_the_regex_gave() -> None:
    rng = random.Random(35)
    for _ in range(8000):
        text = pieces_text(rng, _WORDS, _SPACES, 8)
        if rng.random() < 0.5:
            text = rng.choice(_SPACES) + text
        assert collapse_spaces(text) == _OLD.sub(" ", text), repr(text)
    for text in ("", " ", "\n\n", "a", " a ", "a\u00a0\u00a0b", "\ta b\n"):
        assert collapse_spaces(text) == _OLD.sub(" ", text), repr(text)


def test_a_paragraph_written_over_lines_reads_as_one_line() -> None:
    built = BlockText()
    built.add("The mayor said the\n   bridge would\u00a0\u00a0open ")
    built.add("\n on Monday.\n")
    assert built.finish()[0] == "The mayor said the bridge would open on Monday."
