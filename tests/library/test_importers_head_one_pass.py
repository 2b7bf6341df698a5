"""The page's address read from its head in one pass answers as the three
separate searches (head's end, every <link>, every <meta>) always did."""

from __future__ import annotations

import random
import re

from quotemark.library.importers import html_file
from quotemark.library.importers.html_file import attributes, page_url

_HEAD_END = re.compile(r"</head\s*>|<body[\s>]", re.IGNORECASE)
_LINK = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
_META = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)


def _web(url: str) -> bool:
    return url.lower().startswith(("http://", "https://"))


def _reference(text: str) -> str | None:
    """The canonical link, else og:url, as read before the one pass (the
    saved-from comments aside)."""
    end = _HEAD_END.search(text, 0, html_file._HEAD_LIMIT)
    head = end.start() if end is not None else min(len(text), html_file._HEAD_LIMIT)
    for tag in _LINK.findall(text[:head]):
        found = attributes(tag)
        if "canonical" in found.get("rel", "").lower().split() and _web(found.get("href", "")):
            return found["href"]
    for tag in _META.findall(text[:head]):
        found = attributes(tag)
        key = (found.get("property") or found.get("name") or "").lower()
        if key == "og:url" and _web(found.get("content", "")):
            return found["content"]
    return None


_PIECES = [
    '<link rel="canonical" href="https://example.org/a">',
    "<LINK REL=Canonical HREF=http://example.org/b>",
    '<link rel="stylesheet" href="https://example.org/s.css">',
    '<link rel="canonical" href="/relative">',
    '<link rel="&#99;anonical" href="https://example.org/c">',
    '<meta property="og:url" content="https://example.org/d">',
    '<META NAME="OG:URL" CONTENT="http://example.org/e">',
    '<meta name="description" content="a page">',
    '<meta property="og:url" content="ftp://example.org/f">',
    '<meta content="<link rel=canonical href=https://example.org/g>">',
    '<link title="<meta property=og:url content=https://example.org/h>">',
    '<link rel=canonical href="https://example.org/i" </head>',
    '<meta property=og:url content="https://example.org/j" <body class=x>',
    "</head>",
    "</HEAD >",
    "<body>",
    "<body\n",
    "<bodyx>",
    "<linked>",
    "<metadata>",
    "<script>var a = 1 < 2;</script>",
    "<style>p > a { color: red }</style>",
    "<p>text</p>",
    "<link",
    "<meta property=og:url content=https://example.org/k",
    " ",
    "<",
    ">",
]


def test_one_pass_answers_as_the_three_searches() -> None:
    rng = random.Random(33)
    for _ in range(6000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12)))
        assert page_url(text) == _reference(text), text


def test_canonical_link_after_og_url_wins() -> None:
    page = (
        '<html><head><meta property="og:url" content="https://example.org/og">'
        '<link rel="canonical" href="https://example.org/canonical"></head><body></body></html>'
    )
    assert page_url(page) == "https://example.org/canonical"


def test_tags_after_the_head_do_not_count() -> None:
    page = (
        "<html><head><title>t</title></head><body>"
        '<link rel="canonical" href="https://example.org/late"></body></html>'
    )
    assert page_url(page) is None


def test_head_end_inside_a_tag_cuts_it() -> None:
    page = '<head><link rel=canonical href="https://example.org/x" <body>'
    assert page_url(page) is None
    page = '<head><meta property=og:url content="https://example.org/y"><link a="<body">'
    assert page_url(page) == "https://example.org/y"
