"""A block's text as HTML renders it (library.extract.block_text): plain
text takes a shortcut past the whitespace and invisible-character regexes;
these pin that both ways give what a browser shows."""

from __future__ import annotations

from quotemark.library.extract.block_text import BlockText
from quotemark.library.model import LINE_BREAK


def built(*texts: str) -> str:
    line = BlockText()
    for text in texts:
        line.add(text)
    return line.finish()[0]


def test_plain_text_with_single_spaces_is_kept_and_a_leading_space_folds() -> None:
    assert built("One word", " and ", "another.") == "One word and another."
    assert built(" Lead", " ", " space") == "Lead space"


def test_other_spaces_and_invisible_characters_still_collapse() -> None:
    assert built("No\u00a0break", "  double", "\ttab\n") == "No break double tab"
    assert built("soft\u00adhyphen and zero\u200bwidth") == "softhyphen and zerowidth"
    # A line separator in the page's text is whitespace; <br> makes breaks.
    assert built("a", LINE_BREAK, "b") == "a b"
