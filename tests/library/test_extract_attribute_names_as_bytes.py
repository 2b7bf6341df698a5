"""Extraction asks lxml for attributes by names given as bytes in its hot
places (the survey, class and id names, meta tags): lxml encodes a str name
on every call. These hold the answers to the str names' on made-up pages."""

from __future__ import annotations

import random

from lxml import etree

from quotemark.library.extract.hints import names
from quotemark.library.extract.html import parse_page
from quotemark.library.extract.jsonld import filled
from quotemark.library.extract.landmarks import survey
from quotemark.library.extract.meta_tags import collect_meta

_NAMES = (
    "class",
    "id",
    "href",
    "title",
    "content",
    "name",
    "property",
    "itemprop",
    "http-equiv",
    "role",
    "rel",
    "type",
    "style",
    "aria-hidden",
    "src",
    "data-x",
)
_VALUES = (
    "",
    " ",
    "author",
    "#note-1",
    "2026-03-02",
    "og:title",
    "Caf\u00e9 \u201cquoted\u201d",
    "display: none",
    "true",
    "hidden",
    "entry-content byline",
    "&amp; &#233;",
    "\u00a0",
    "\u65e5\u672c",
    "https://example.org/a?b=1&amp;c=2",
)
_TAGS = ("div", "span", "a", "p", "meta", "link", "abbr", "img", "section", "li")


def _page(rng: random.Random) -> str:
    parts = ["<html><head><title>T</title>"]
    for _ in range(rng.randrange(0, 6)):
        attrs = " ".join(
            f'{name}="{rng.choice(_VALUES)}"'
            for name in rng.sample(("name", "property", "itemprop", "http-equiv", "content"), 2)
        )
        parts.append(f"<meta {attrs}>")
    parts.append("</head><body>")
    for _ in range(rng.randrange(1, 30)):
        tag = rng.choice(_TAGS)
        chosen = rng.sample(_NAMES, rng.randrange(0, 5))
        attrs = "".join(f' {name}="{rng.choice(_VALUES)}"' for name in chosen)
        parts.append(
            f"<{tag}{attrs}>x</{tag}>" if tag not in ("meta", "img", "link") else f"<{tag}{attrs}>"
        )
    parts.append("</body></html>")
    return "".join(parts)


def _names_by_str(element: etree._Element) -> str:
    cls = element.get("class")
    ident = element.get("id")
    if cls and ident:
        return f"{cls} {ident}"
    return cls or ident or ""


def test_a_bytes_name_gives_what_the_str_name_gives() -> None:
    rng = random.Random(33)
    for _ in range(400):
        root = parse_page(_page(rng), "made-up.html")
        for element in root.iter(etree.Element):
            for name in _NAMES:
                value = element.get(name.encode("ascii"))
                assert value == element.get(name)
                assert value is None or type(value) is str
                assert element.get(name.encode("ascii"), "") == element.get(name, "")
            assert names(element) == _names_by_str(element)


def test_meta_tags_are_read_as_before() -> None:
    rng = random.Random(34)
    for _ in range(400):
        root = parse_page(_page(rng), "made-up.html")
        expected: dict[str, list[str]] = {}
        for element in root.iter("meta"):
            if element.get("content") is None:
                continue
            content = " ".join((element.get("content") or "").split())
            if not filled(content):
                continue
            for attribute in ("property", "name", "itemprop", "http-equiv"):
                name = element.get(attribute)
                if name:
                    expected.setdefault(name.strip().lower(), []).append(content)
        assert collect_meta(survey(root)) == expected
