"""The texts that may open a byline ("By Jane Roe", "Written by", a "By"
alone before the author's link) are found by one walk of the elements, not
by an XPath query over every text of the page (for speed: see
benchmarks/README.md, "Stop 29"). The walk must find exactly the texts the
query found, in page order, however the page spaces, nests and cases them:
checked against the query itself on team-made pages, and a page whose
byline comes after another "By" text still names its author."""

from __future__ import annotations

import random

from lxml import etree

from quotemark.library.extract import page_clues
from quotemark.library.extract.html import extract_html
from quotemark.library.extract.xpath import Query
from tests.library.test_extract_html import html_doc

# The query the walk replaced, as it was: the reference.
_QUERY = Query(
    "//body//text()[normalize-space()"
    " and (contains(., 'by') or contains(., 'By') or contains(., 'BY'))"
    " and (starts-with(normalize-space(.), 'By ')"
    " or starts-with(normalize-space(.), 'by ') or starts-with(normalize-space(.), 'BY ')"
    " or normalize-space(.) = 'By' or normalize-space(.) = 'by' or normalize-space(.) = 'BY'"
    " or starts-with(normalize-space(.), 'Written by')"
    " or starts-with(normalize-space(.), 'Posted by')"
    # (From stop 41: a word for the writing itself before "by".)
    " or starts-with(normalize-space(.), 'Words by') or starts-with(normalize-space(.), 'Story by')"
    " or starts-with(normalize-space(.), 'Page by') or starts-with(normalize-space(.), 'Post by')"
    " or starts-with(normalize-space(.), 'Article by')"
    " or starts-with(normalize-space(.), 'Essay by'))]"
)

_SPACES = [" ", "  ", "\t", "\n", "\r\n", "\u00a0", "\x0b", "\x0c", "\u2009", ""]
_WORDS = [
    "By", "by", "BY", "bY", "Written", "written", "Posted", "Bylines", "Jane", "Roe",
    "Standby", "nearby", "Written by", "Posted by", "By:", "by-line", "·",
    "Page", "Page by", "Essay by", "Photo by", "page",
]  # fmt: skip
_TAGS = ["div", "p", "span", "a", "em", "li", "section", "script", "br", "img"]


def _text(rng: random.Random) -> str:
    out = rng.choice(_SPACES) if rng.random() < 0.5 else ""
    for _ in range(rng.randint(1, 4)):
        out += rng.choice(_WORDS) + rng.choice(_SPACES)
    return out


def _element(rng: random.Random, depth: int) -> str:
    tag = rng.choice(_TAGS)
    if tag in ("br", "img"):
        return f"<{tag}>" + (_text(rng) if rng.random() < 0.6 else "")
    inner = _text(rng) if rng.random() < 0.6 else ""
    if depth < 4:
        for _ in range(rng.randint(0, 3)):
            inner += _element(rng, depth + 1)
            if rng.random() < 0.4:
                inner += "<!-- a note -->"
    tail = _text(rng) if rng.random() < 0.6 else ""
    return f"<{tag}>{inner}</{tag}>{tail}"


def _page(rng: random.Random) -> str:
    body = _text(rng) + "".join(_element(rng, 0) for _ in range(rng.randint(1, 6)))
    return f"<html><head><title>By the sea</title></head><body>{body}</body></html>"


def _queried(root: etree._Element) -> list[etree._Element]:
    return [text.getparent() for text in _QUERY(root)[:20]]


def test_the_walk_finds_what_the_query_found_in_page_order() -> None:
    rng = random.Random(29)
    with_comments = etree.HTMLParser()  # (comments kept: their tails count too)
    without = etree.HTMLParser(remove_comments=True)
    found = several = 0
    for _ in range(3000):
        page = _page(rng)
        for parser in (with_comments, without):
            root = etree.fromstring(page, parser)
            expected = _queried(root)
            assert page_clues._by_texts(root) == expected, page
            found += bool(expected)
            several += len(expected) > 1
    # (The pages test both walks: one byline text, and several in order.)
    assert found > 1000
    assert several > 300


def test_at_most_twenty_in_page_order() -> None:
    items = "".join(f"<li><span>x</span> By Author {n}</li>" for n in range(30))
    root = etree.fromstring(
        f"<html><body><p>By the river</p><ul>{items}</ul></body></html>", etree.HTMLParser()
    )
    found = page_clues._by_texts(root)
    assert found == _queried(root)
    assert len(found) == 20
    assert [element.tag for element in found[:2]] == ["p", "span"]


def test_a_byline_after_another_by_text_still_names_the_author() -> None:
    html = (
        "<html><head><title>Gulls return</title></head><body>\n<article>\n"
        "<h1>Gulls return</h1>\n<p class='kicker'>by the harbour</p>\n"
        "<div>\n  By <a href='/people/ilse-roe'>Ilse Roe</a></div>\n"
        "<p>The gulls came back to the harbour wall on Monday, a week earlier than "
        "last year, and the fishermen were not pleased to see them.</p>\n"
        "<p>The harbour office said it would not put up nets this spring.</p>\n"
        "</article></body></html>"
    )
    assert extract_html(html_doc(html)).metadata.authors == ("Ilse Roe",)
