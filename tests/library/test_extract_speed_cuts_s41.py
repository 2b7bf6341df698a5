"""s41-speed: exact speed cuts in the extraction's metadata and image reading,
each checked against the form it replaced (kept here) on generated input."""

from __future__ import annotations

import json
import random
from typing import Any

from lxml import etree

from quotemark.library.extract import jsonld, page_clues
from quotemark.library.extract.images import _PLACEHOLDER, _is_placeholder
from quotemark.library.extract.page_clues import (
    _AVATAR_WORDS,
    _ELSEWHERE_TAGS,
    _elsewhere,
    _is_nested_article,
    _names_elsewhere,
    _without_avatar_words,
)

# ---------------------------------------------------------------- placeholders

_REF_PIECES = (
    "https://cdn.harbour.example/",
    "img/",
    "pier-",
    "spacer",
    "SPACER",
    "Blank",
    "pixel",
    "transparent",
    "placeholder",
    "lazy",
    "1x1",
    "grey",
    "GRAY",
    "\u017fpacer",  # a long s: a case-blind match of "s"
    "\u212a",  # the Kelvin sign: a case-blind match of "k"
    "_",
    "-",
    ".",
    "/",
    ".gif",
    ".GIF",
    ".png",
    ".Png",
    ".svg",
    ".\u017fvg",
    ".jpg",
    ".webp",
    "?w=640",
    " 2x",
    "data:",
    "DATA:",
    "Data:",
    "image/gif;base64,R0lGOD",
)


def _old_is_placeholder(ref: str) -> bool:
    return _PLACEHOLDER.search(ref) is not None


def test_is_placeholder_same_as_pattern() -> None:
    rng = random.Random(41)
    found = 0
    for _ in range(6000):
        ref = "".join(rng.choice(_REF_PIECES) for _ in range(rng.randint(0, 7)))
        assert _is_placeholder(ref) == _old_is_placeholder(ref), ref
        found += _old_is_placeholder(ref)
    assert found > 600


def test_a_spacer_gif_is_a_placeholder_and_a_photo_is_not() -> None:
    assert _is_placeholder("https://cdn.harbour.example/img/Spacer.GIF")
    assert _is_placeholder("DATA:image/gif;base64,R0lGOD")
    assert _is_placeholder("/img/lazy-pier.\u017fvg")  # (beyond ASCII: the pattern decides)
    assert not _is_placeholder("https://cdn.harbour.example/img/pier-at-dawn.jpg")
    assert not _is_placeholder("https://cdn.harbour.example/spacer/pier.jpg")


# ---------------------------------------------------------------- avatar words

_ALT_PIECES = (
    "Ada Lind",
    "Tom Hale",
    "'s",
    "\u2019s",
    " ",
    "  ",
    "\t",
    "avatar",
    "Avatar",
    "AVATAR",
    "profile picture",
    "Profile Photo",
    "profile image",
    "headshot",
    "photo",
    "Photo",
    "picture",
    "of",
    "for",
    "the harbour board",
    "ph\u00f6to",
    "\u0130mage",
    "prof\u0131le",  # a dotless i
    "\u017f",
)


def test_without_avatar_words_same_as_pattern() -> None:
    rng = random.Random(4141)
    changed = 0
    for _ in range(6000):
        alt = "".join(rng.choice(_ALT_PIECES) for _ in range(rng.randint(0, 6)))
        old = _AVATAR_WORDS.sub("", alt)
        assert _without_avatar_words(alt) == old, alt
        changed += old != alt
    assert changed > 1500


def test_avatar_words_left_out_of_the_name() -> None:
    assert _without_avatar_words("Ada Lind's avatar").strip() == "Ada Lind"
    assert _without_avatar_words("Photo of Tom Hale").strip() == "Tom Hale"
    assert _without_avatar_words("Tom Hale") == "Tom Hale"


# ---------------------------------------------------------------- elsewhere


def _old_elsewhere(element: etree._Element) -> bool:
    """The form before stop 41: every element climbs to the top."""
    current: etree._Element | None = element
    while current is not None:
        tag = current.tag
        if tag in {"body", "html"}:
            return False
        if tag in _ELSEWHERE_TAGS:
            return True
        if tag == "article" and current is not element and _is_nested_article(current):
            return True
        names = (current.get(b"class") or "") + " " + (current.get(b"id") or "")
        if names.strip() and _names_elsewhere(names):
            return True
        if tag == "article" and next(current.iter("h1"), None) is not None:
            return False
        current = current.getparent()
    return False


_TAGS = ("div", "div", "div", "section", "article", "article", "p", "span", "a", "h1", "ul", "li")
_NAMES = ("", "", "", "entry-content", "sidebar", "post-footer", "comments", "col-md-8", "card")


def _tree(rng: random.Random) -> etree._Element:
    root = etree.Element(rng.choice(("html", "div")))
    top = etree.SubElement(root, "body") if root.tag == "html" else root
    if rng.random() < 0.2:
        top = etree.SubElement(top, rng.choice(("aside", "footer", "nav")))
    open_ = [top]
    for _ in range(rng.randint(1, 60)):
        parent = rng.choice(open_)
        child = etree.SubElement(parent, rng.choice(_TAGS))
        name = rng.choice(_NAMES)
        if name:
            child.set(rng.choice(("class", "id")), name)
        open_.append(child)
    return root


def test_elsewhere_with_verdicts_same_as_before() -> None:
    rng = random.Random(410)
    answers = 0
    for _ in range(400):
        root = _tree(rng)
        elements = list(root.iter(etree.Element))
        order = list(elements)
        if rng.random() < 0.5:
            rng.shuffle(order)  # (the callers ask in page order; any order holds)
        verdicts: dict[etree._Element, bool] = {}
        for element in order:
            assert _elsewhere(element, verdicts) == _old_elsewhere(element)
            assert _elsewhere(element) == _old_elsewhere(element)
            answers += _old_elsewhere(element)
    assert answers > 2000


def test_a_teaser_inside_an_article_is_elsewhere_but_the_article_is_not() -> None:
    page = etree.fromstring(
        "<html><body><article><h1>The pier reopens</h1><p>Tom Hale said.</p>"
        "<article><p>More from the harbour board</p></article></article></body></html>"
    )
    outer = page.find(".//article")
    assert outer is not None
    inner = outer.find("article")
    assert inner is not None
    verdicts: dict[etree._Element, bool] = {}
    assert not _elsewhere(outer, verdicts)
    paragraph = outer.find("p")
    assert paragraph is not None
    assert not _elsewhere(paragraph, verdicts)
    # (the outer article, judged from below, is already remembered: the
    # inner one is still a teaser)
    teaser = inner.find("p")
    assert teaser is not None
    assert _elsewhere(teaser, verdicts)
    assert not _elsewhere(inner, verdicts)  # the start is spared the nested test


# ---------------------------------------------------------------- linked data


def _old_load(text: str) -> Any:
    text = text.strip()
    if "<!--" in text or "<![CDATA[" in text or "-->" in text or "]]>" in text:
        text = jsonld._WRAPPING.sub("", text)
    for attempt in (text, jsonld._TRAILING_COMMA.sub(r"\1", jsonld._CONTROL.sub(" ", text))):
        try:
            return json.loads(attempt)
        except (ValueError, RecursionError):
            continue
    return None


_JSON_PIECES = (
    '{"@type": "NewsArticle", "headline": "The pier reopens"',
    ', "author": {"name": "Ada Lind"}',
    ', "author": [{"name": "Tom Hale"},]',
    ",",
    "}",
    "]",
    "[",
    '"text with a\nline break"',
    "\t",
    "\x01",
    " ",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "// ",
    '"x"',
    "1",
    "null",
)


def _linked(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return "".join(rng.choice(_JSON_PIECES) for _ in range(rng.randint(0, 8)))
    data = {
        "@type": "NewsArticle",
        "headline": rng.choice(("The pier reopens", "Ferry\tlate", "Tom Hale\x02 speaks")),
        "author": [{"name": "Ada Lind"}, {"name": "Tom Hale"}][: rng.randint(0, 2)],
    }
    text = json.dumps(data, ensure_ascii=rng.random() < 0.5)
    roll = rng.random()
    if roll < 0.25:
        text = text.replace("}]", "},]").replace('"}', '",}', 1)  # trailing commas
    elif roll < 0.45:
        text = text.replace("\\t", "\t").replace("\\u0002", "\x02")  # raw controls
    elif roll < 0.55:
        text = text[: rng.randint(0, len(text))]  # cut short: unreadable
    if rng.random() < 0.2:
        text = (
            rng.choice(("<!--", "<![CDATA[", "// <![CDATA["))
            + text
            + rng.choice(("-->", "]]>", "// ]]>", ""))
        )
    return rng.choice(("", " ", "\n")) + text


def test_load_same_as_before() -> None:
    rng = random.Random(4100)
    read = repaired = 0
    for _ in range(5000):
        text = _linked(rng)
        old = _old_load(text)
        assert jsonld._load(text) == old, text
        read += old is not None
        try:
            json.loads(text)
        except ValueError:
            repaired += old is not None
    assert read > 2500
    assert repaired > 500
    deep = "[" * 100_000 + "]" * 100_000  # (too deep: neither form raises)
    assert jsonld._load(deep) == _old_load(deep)


def test_linked_data_with_a_trailing_comma_still_read() -> None:
    text = '{"@type": "NewsArticle", "headline": "The pier reopens", "author": {"name": "Ada"},}'
    assert jsonld._load(text) == {
        "@type": "NewsArticle",
        "headline": "The pier reopens",
        "author": {"name": "Ada"},
    }


# ---------------------------------------------------------------- short texts

_SHORT_TAGS = ("div", "div", "p", "span", "li", "a", "b", "ul", "header")
_SHORT_TEXTS = (
    "",
    "",
    "\n",
    "\n    ",
    "\t",
    " ",
    "\u00a0",
    "\u2028",
    "Tom Hale",
    "Ada Lind \u00b7 Mar 2, 2026",
    " the harbour board met ",
    "x" * 90,
    "The pier reopens after a winter of repairs, the harbour board said.",
)


def _short_page(rng: random.Random) -> etree._Element:
    body = etree.Element("body")
    body.text = rng.choice(_SHORT_TEXTS)
    open_ = [body]
    for _ in range(rng.randint(1, 50)):
        child = etree.SubElement(rng.choice(open_), rng.choice(_SHORT_TAGS))
        child.text = rng.choice(_SHORT_TEXTS)
        child.tail = rng.choice(_SHORT_TEXTS)
        open_.append(child)
    return body


def test_short_texts_same_as_each_element_read_alone() -> None:
    rng = random.Random(4101)
    settled = 0
    for _ in range(500):
        body = _short_page(rng)
        limit = rng.choice((5, 20, 40, 80))
        tags = page_clues._META_LINE_TAGS
        walked = list(page_clues._short_texts(body, tags, limit))
        alone = [(element, page_clues._short_text(element, limit)) for element in body.iter(*tags)]
        assert walked == alone
        settled += sum(text is None for _element, text in alone)
    assert settled > 1000
