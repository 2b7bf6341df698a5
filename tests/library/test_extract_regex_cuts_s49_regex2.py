"""Stop 49's second round of cheap tests before regular expressions in
extraction (branch s49-regex2): each test put before a pattern, or a
pattern's search dropped, must leave what the code gave, on the team's
lines and on the edge cases (empty text, a final newline ``$`` matches
before, the characters just outside each class, white space and invisible
characters of every kind). The old patterns and the old code are kept here
as the reference.
"""

from __future__ import annotations

import random
import re

from quotemark.library.extract import block_text, boilerplate, page_clues

_OLD_NEEDS_CLEANING = re.compile("[\\s\u00a0\u200b\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f]")

_LINES = (
    "By Ada Lind \u00b7 March 2, 2024",
    "Brad O\u2019Hale | Staff writer",
    "News \u2013 Tuesday 5 May",
    "Opinion \u2014 Mar 2",
    "\u2022 Updated",
    "The mayor of Tarnow said on Tuesday that the bridge would open in May.",
    "\u201cWe\u2019ll see,\u201d said the mayor \u2014 and left.",
    "\u6771\u4eac\u306e\u5e02\u9577\u306f\u8a00\u3063\u305f\u3002",
    "\uc11c\uc6b8 \uc2dc\uc7a5\uc740 \ub9d0\ud588\ub2e4.",
    "[12]", "[3].", "12)", "*", "\u2020\u2021", "\u00a7.", "123:", "[123].\n", "1234", "[1234]",
    "  a  b  ", "a\nb", "a\tb\r\n", "\u00a0a\u00a0", "x\u200by", "x\u2060y", "\ufeffz",
    "soft\u00adhyphen",
    "a\x00b", "a\x0bb", "a\x0cb", "a\x1cb", "a\x1fb", "a\x7fb", "a\u200cb", "a\u200db", "a\u200eb",
    "\u2028", "a\u2029b", "\u3000x\u3000", "\u0085", " ", "\n", "\x0b", "\u200b", "\u200b \u200b",
)  # fmt: skip
_EDGES = (
    "", "a", " ", "\u303f", "\u3040", "\ufaff", "\ufb00", "\U0001f600", "\u2013", "\u00b7",
    "|", "a|b", "a | b", "a \u2022 b", "a \u2013\nb", "a\u2014 b", "a \u2014b",
)  # fmt: skip


def _texts() -> list[str]:
    found = set(_LINES) | set(_EDGES)
    rng = random.Random(492)
    pool = [
        *"a Z1[].:)*\u2020\u2021\u00a7\u00b7\u2022|\u2013\u2014\n\t\u00a0\u200b\u2060\ufeff\u00ad",
        *"\x00\x0b\x0c\x1c\x1f\x7f\u200c\u2028\u3000\u3040\u4e00\ufaff\ufb00\u201c\u2019",
        "  ",
    ]
    for _ in range(4000):
        found.add("".join(rng.choice(pool) for _ in range(rng.randint(1, 9))))
    return sorted(found)


def _old_add(text: str) -> str:
    """What BlockText.add appended to an empty block before the cut."""
    if not text:
        return ""
    if text.isprintable() and "  " not in text:
        return text[1:] if text[0] == " " else text
    if _OLD_NEEDS_CLEANING.search(text):
        text = block_text.collapse_spaces(block_text._INVISIBLE.sub("", text))
        if not text:
            return ""
        if text[0] == " ":
            text = text[1:]
    return text


def _added(first: str, text: str) -> str:
    built = block_text.BlockText()
    built.add(first)
    built.add(text)
    return "".join(built._parts)


def test_block_text_cleans_as_before() -> None:
    for text in _texts():
        built = block_text.BlockText()
        built.add(text)
        assert "".join(built._parts) == _old_add(text), repr(text)
        # After text that does not end soft, a leading space is kept.
        assert _added("x", text) == "x" + (_old_add("y" + text)[1:]), repr(text)


def test_block_text_fires_and_does_not() -> None:
    built = block_text.BlockText()
    built.add("a\n  b\u200bc")  # white space collapsed, the invisible dropped
    assert "".join(built._parts) == "a bc"
    built = block_text.BlockText()
    built.add("a\u200cb")  # not printable, nothing to clean: kept as written
    assert "".join(built._parts) == "a\u200cb"


def test_marker_length_bound() -> None:
    for text in _texts():
        if boilerplate._MARKER.match(text):
            assert len(text) <= 8, repr(text)
    # Every form the pattern takes, at its longest, with the final newline.
    for longest in ("[123].\n", "\u2020\u2021\u00a7)\n", "999:\n"):
        assert boilerplate._MARKER.match(longest)
        assert len(longest) <= 8


def test_marker_blocks_joined_as_before() -> None:
    from quotemark.library.model import Block, BlockKind

    blocks = [
        Block(BlockKind.PARAGRAPH, "[1]."),
        Block(BlockKind.PARAGRAPH, "The bridge opens in May, the mayor said."),
        Block(BlockKind.PARAGRAPH, "123456789"),
    ]
    texts = [block.text for block in boilerplate._attach_markers(blocks)]
    assert texts == ["[1]. The bridge opens in May, the mayor said.", "123456789"]


def test_separator_mark_before_every_match() -> None:
    for text in _texts():
        if page_clues._META_SEPARATOR.search(text) is not None:
            assert page_clues._has_separator_mark(text), repr(text)
    assert page_clues._has_separator_mark("By Ada Lind \u00b7 March 2, 2024")
    assert not page_clues._has_separator_mark("By Ada Lind, March 2, 2024")


_DATE_LINES = (
    "Posted November 11, 2017 at 3:04 pm EST",
    "Nov. 11th 2017, 3:04 pm",
    "NOV 5ST, 2017",
    "sept 9 2019",
    "By Ada Lind | 11 November 2017",
    "11 de noviembre de 2017",
    "11-Nov-2017",
    "2024-03-02T10:00:00Z",
    "2024-3-2",
    "2024/03/02",
    "02.03.2024",
    "3/2/2024",
    "March 2, 20245",
    "March 22,\n2024",
    "2024\u5e743\u67082\u65e5",
    "Mon, 02 Mar 2024 10:00:00 +0000",
    "The mayor said on Tuesday that the bridge would open in May.",
    "May 2024",
    "May 12",
    "\u0664\u0665 May 2024",
)


def _date_texts() -> list[str]:
    found = set(_DATE_LINES) | set(_EDGES)
    rng = random.Random(4921)
    pool = [
        *"0123456789 ,./-:\n",
        "May ", "nov ", "Sept. ", "st", "th", "2017", "11", "de ", "T", "Z", "\u0663",
    ]  # fmt: skip
    for _ in range(4000):
        found.add("".join(rng.choice(pool) for _ in range(rng.randint(1, 8))))
    return sorted(found)


def test_every_date_holds_what_its_pre_test_asks() -> None:
    from quotemark.library.extract import dates

    for text in _date_texts():
        if dates._ISO.search(text):
            assert "-" in text, repr(text)
        if dates._MDY.search(text):
            assert dates._DAY_YEAR.search(text), repr(text)
        if dates._NUMERIC_YMD.search(text) or dates._NUMERIC_DMY.search(text):
            assert "/" in text or "." in text, repr(text)


def test_dates_found_and_not() -> None:
    from quotemark.library.extract.dates import find_date

    assert find_date("Posted November 11, 2017 at 3:04 pm")
    assert find_date("2024-03-02")
    assert find_date("02.03.2024")
    assert find_date("The mayor said on Tuesday that the bridge would open in May.") is None
    assert find_date("May 12") is None


_URLS = (
    "https://example.com/news/2024/03/02/story.html",
    "http://Example.COM:8080/a?b=c#d",
    "https://a.b/x;y",
    "https://a.b/?",
    "https://a.b/#",
    "https://a.b/x y",
    "https://[::1]/x",
    "https://[unclosed/x",
    "https://user@host.org/x",
    "HTTPS://host.org/",
    "ftp://host.org/x",
    "//host.org/x",
    "/relative/path",
    "https://",
    "https://-/",
    "https://.../",
    "https://h\u00e9st.org/",
    "mailto:ada@example.com",
    "https://host.org:/x",
    "https://host.org\\x",
    "https://host.org\t/x",
)


def test_url_host_and_web_address_as_before() -> None:
    from quotemark.library import urls

    rng = random.Random(4922)
    pool = [
        "http",
        "https",
        "s",
        ":",
        "//",
        "/",
        "a",
        "B",
        ".",
        "-",
        ":80",
        "?q=1",
        "#f",
        ";",
        "[",
        " ",
    ]
    found = set(_URLS)
    for _ in range(3000):
        found.add("".join(rng.choice(pool) for _ in range(rng.randint(1, 8))))
    for url in sorted(found):
        parts = urls.split_url(url)
        old_host = (parts.hostname or "").lower() if parts is not None else ""
        assert urls.url_host(url) == old_host, repr(url)
        old_web = parts is not None and parts.scheme in ("http", "https") and bool(parts.netloc)
        assert urls.is_web_address(url) == old_web, repr(url)
    assert urls.url_host("") == ""
    assert urls.is_web_address("https://example.com/story")
    assert not urls.is_web_address("ftp://example.com/story")


def test_meta_content_collapsed_as_before() -> None:
    from quotemark.library.extract.jsonld import filled

    for text in _texts():
        quick = (
            text.isprintable()
            and "  " not in text
            and not text.startswith(" ")
            and not text.endswith(" ")
        )
        if quick:
            assert " ".join(text.split()) == text, repr(text)
        if text[:1].isalnum():
            assert filled(text), repr(text)
