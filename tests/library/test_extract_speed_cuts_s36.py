"""Stop 36's exact speed cuts in extraction: the byline fallbacks' element
walks (``page_clues._avatars`` and ``_author_links``) against the XPath
queries they replaced (the same elements in the same order, on generated
pages and from any start node), and hidden parts weighed against the page's
length only when they hold text (``cleaning.clean_page``)."""

from __future__ import annotations

import random

from lxml import etree

from quotemark.library.extract.cleaning import TEXT_LENGTH, _holds_at_least, clean_page, has_image
from quotemark.library.extract.landmarks import survey
from quotemark.library.extract.page_clues import _author_links, _avatars, page_authors

_OLD_AVATARS = etree.XPath("//body//img[@alt and string-length(@alt) > 1]")
_OLD_AUTHOR_LINKS = etree.XPath("//body//a[contains(@href, '/author')]")
_ALTS = [None, "", "x", "Ed", "e\u0301", "\U0001f600", "\U0001f600\U0001f600", "Mara Quist"]
_HREFS = [
    None,
    "",
    "/author",
    "/authors/mara-quist",
    "https://example.org/AUTHOR/x",
    "#author",
    "a/author/b",
]
_TAGS = ["div", "p", "span", "section", "header", "aside", "ul", "li"]


def _element(chooser: random.Random, depth: int) -> str:
    pick = chooser.random()
    if depth > 4 or pick < 0.3:
        alt = chooser.choice(_ALTS)
        return "<img src='p.png'" + ("" if alt is None else f" alt='{alt}'") + ">"
    if pick < 0.6:
        href = chooser.choice(_HREFS)
        inner = chooser.choice(["Mara Quist", "More", ""])
        return "<a" + ("" if href is None else f" href='{href}'") + f">{inner}</a>"
    tag = chooser.choice(_TAGS)
    children = "".join(_element(chooser, depth + 1) for _ in range(chooser.randrange(4)))
    return f"<{tag}>{children}</{tag}>"


def _page(chooser: random.Random) -> str:
    head = "".join(_element(chooser, 5) for _ in range(chooser.randrange(3)))
    body = "".join(_element(chooser, 0) for _ in range(chooser.randrange(1, 6)))
    second = "<body class='again'>" + _element(chooser, 0) if chooser.random() < 0.2 else ""
    return f"<html><head><title>T</title>{head}</head><body>{body}{second}</body></html>"


def test_the_walks_find_what_the_queries_found_in_page_order() -> None:
    chooser = random.Random(36)
    parser = etree.HTMLParser()
    for _ in range(600):
        root = etree.fromstring(_page(chooser), parser)
        for start in [root, *list(root.iter("div", "img"))[:3]]:
            assert list(_avatars(start)) == _OLD_AVATARS(start)
            assert list(_author_links(start)) == _OLD_AUTHOR_LINKS(start)


def test_a_link_to_the_writers_page_still_names_the_author() -> None:
    root = etree.fromstring(
        "<html><body><nav><a href='/authors/'>Our authors</a></nav><article><h1>Pier"
        " opens</h1><p><a href='/author/mara-quist/'>Mara Quist</a></p><p>"
        + "The pier opened on Monday after two years of repairs. " * 6
        + "</p></article></body></html>",
        etree.HTMLParser(),
    )
    assert page_authors(root, survey(root)) == ("Mara Quist",)


def _cleaned(body: str) -> str:
    root = etree.fromstring(f"<html><body>{body}</body></html>", etree.HTMLParser())
    clean_page(root, survey(root))
    return " ".join("".join(root.itertext()).split())


def test_hidden_parts_without_text_go_and_the_words_around_them_stay() -> None:
    page = "<p>The pier<span hidden> </span> opened.</p><div style='display:none'>\n</div>"
    assert _cleaned(page) == "The pier opened."


def test_a_hidden_part_goes_by_its_share_of_the_page() -> None:
    story = "The pier opened on Monday after two years of repairs. " * 8
    menu = "<ul hidden><li>Home</li><li>News</li></ul>"
    assert _cleaned(f"<p>{story}</p>{menu}") == story.strip()
    # Most of the page's text, hidden until a script runs: kept.
    kept = _cleaned(f"<p>Menu</p><div hidden><p>{story}</p></div>")
    assert kept == "Menu" + story.strip()  # (itertext joins the blocks)


def test_has_image_finds_what_the_query_found() -> None:
    old = etree.XPath("boolean(.//img)")
    chooser = random.Random(7)
    for _ in range(300):
        root = etree.fromstring(_page(chooser), etree.HTMLParser())
        for element in root.iter():
            assert has_image(element) == old(element)


def test_the_page_length_bound_never_exceeds_the_page_length() -> None:
    chooser = random.Random(11)
    pieces = ["", " ", "  ", "\n", "\t", "\r\n", "a", "Ed", "\u00a0", "\u2003", "\x0b", "w\u00e9"]
    parser = etree.HTMLParser()
    for _ in range(400):
        paragraphs = "".join(
            "<p>"
            + "".join(chooser.choice(pieces) for _ in range(chooser.randrange(6)))
            + ("<b>x</b> y" if chooser.random() < 0.3 else "")
            + "</p>"
            for _ in range(chooser.randrange(5))
        )
        root = etree.fromstring(f"<html><body>{paragraphs}</body></html>", parser)
        exact = TEXT_LENGTH(root)
        for size in range(int(exact) + 3):
            if _holds_at_least(root, size):
                assert exact >= size
    story = etree.fromstring("<html><body><p>The pier opened.</p></body></html>", parser)
    assert _holds_at_least(story, 14)
    assert not _holds_at_least(story, 15)
