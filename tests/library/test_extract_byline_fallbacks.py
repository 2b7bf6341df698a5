"""The byline fallbacks of a page that names no author in its metadata: a
post's meta line ("Mara Quist · Mar 2, 2026") and an avatar beside the
name. Their questions are asked in a cheaper order (for speed: see
benchmarks/README.md, "Stop 32"): the meta line scan asks whether a short
text holds a separator (one search in C) before whether a paragraph lies
inside its element, and the avatar reading asks where the image stands
only of an image whose alt text is the name beside it, reading a place's
text only as far as a name can be long. Each must name exactly whom the
old order named: checked against it, written out here as it was, on
team-made pages."""

from __future__ import annotations

import random

from lxml import etree

from quotemark.library.extract import page_clues
from quotemark.library.extract.bylines import author_names
from quotemark.library.extract.dates import find_date
from quotemark.library.extract.html import extract_html, parse_page
from quotemark.library.extract.xpath import Query
from tests.library.test_extract_html import html_doc


def _old_order(root: etree._Element) -> tuple[str, ...]:
    """``page_clues._name_and_date`` with its questions in the old order."""
    body = root.find("body")
    if body is None:
        return ()
    found = page_clues._short_texts(body, page_clues._META_LINE_TAGS, 80)
    for index, (element, text) in enumerate(found):
        if index > page_clues._META_LINE_SCAN:
            break
        if text is None:
            if element.tag == "p":
                return ()
            continue
        if element.tag == "p" and len(text) > 40:
            return ()
        if len(text) > 80 or element.find(".//p") is not None:
            continue
        parts = [part.strip() for part in page_clues._META_SEPARATOR.split(text)]
        if len(parts) < 2 or not any(find_date(part) for part in parts[1:]):
            continue
        if len(parts[0].split()) < 2:
            continue
        names = author_names([parts[0]], written=True)
        if len(names) == 1 and names[0] == parts[0] and not page_clues._elsewhere(element):
            return names
    return ()


_OLD_AVATARS = Query("//body//img[@alt and string-length(@alt) > 1]")
"""The avatars' query as it was (stop 36 walks the images instead:
page_clues._avatars, held to this query in test_extract_speed_cuts_s36)."""


def _old_avatar(root: etree._Element) -> tuple[str, ...]:
    """``page_clues._avatar_name`` with its questions in the old order."""
    for image in _OLD_AVATARS.elements(root)[:40]:
        alt = page_clues._AVATAR_WORDS.sub("", image.get("alt") or "").strip()
        holder = image.getparent()
        if not alt or holder is None or page_clues._elsewhere(holder):
            continue
        for place in (holder, holder.getparent()):
            if place is None:
                continue
            text = page_clues._text(place)
            if page_clues._HEADED(place):
                break
            if text and len(text) <= 60 and text.casefold() == alt.casefold():
                names = author_names([text], written=True)
                if names:
                    return names
    return ()


_PIECES = [
    "Mara Quist",
    "Tom Hale",
    "Opinion",
    "Mar 2, 2026",
    "2 March 2026",
    "5 min read",
    "\u00b7",
    "\u2022",
    "|",
    "\u2013",
    "\u2014",
    "-",
    "News",
    "by",
]
_TAGS = ["div", "span", "p", "li", "em", "a", "header", "section", "nav", "footer"]


def _text(rng: random.Random) -> str:
    return " ".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 5)))


def _element(rng: random.Random, depth: int) -> str:
    tag = rng.choice(_TAGS)
    inner = _text(rng) if rng.random() < 0.7 else ""
    if depth < 3:
        for _ in range(rng.randint(0, 3)):
            inner += _element(rng, depth + 1)
            if rng.random() < 0.3:
                inner += _text(rng)
    return f"<{tag}>{inner}</{tag}>"


def test_the_meta_line_scan_names_whom_the_old_order_of_questions_named() -> None:
    rng = random.Random(32)
    named = 0
    for n in range(2500):
        body = "".join(_element(rng, 0) for _ in range(rng.randint(1, 4)))
        root = parse_page(f"<html><body>{body}</body></html>", f"page{n}")
        expected = _old_order(root)
        assert page_clues._name_and_date(root) == expected, body
        named += bool(expected)
    assert named > 50  # (the pages do hold meta lines that name someone)


_ALTS = ["Mara Quist", "mara quist", "Tom Hale's avatar", "Photo of Tom Hale", "x", "", "Mara"]
_PLACES = ["div", "a", "span", "footer", "aside", "section", "h2", "p"]


def _avatar_element(rng: random.Random, depth: int) -> str:
    tag = rng.choice(_PLACES)
    cls = rng.choice(["", " class='comments'", " class='author'", " class='sidebar'", ""])
    inner = ""
    for _ in range(rng.randint(1, 3)):
        roll = rng.random()
        if roll < 0.4:
            inner += f"<img alt=\"{rng.choice(_ALTS)}\" src='a.png'>"
        elif roll < 0.7 or depth >= 3:
            inner += rng.choice(["Mara Quist", "Tom Hale", " ", "More in Amsterdam", _STORY[:40]])
        else:
            inner += _avatar_element(rng, depth + 1)
    return f"<{tag}{cls}>{inner}</{tag}>"


def test_the_avatar_reading_names_whom_the_old_order_of_questions_named() -> None:
    rng = random.Random(16)
    named = 0
    for n in range(2500):
        body = "".join(_avatar_element(rng, 0) for _ in range(rng.randint(1, 4)))
        root = parse_page(f"<html><body>{body}</body></html>", f"page{n}")
        expected = _old_avatar(root)
        assert page_clues._avatar_name(root) == expected, body
        named += bool(expected)
    assert named > 50


_STORY = (
    "<p>The harbour ferry returned to service on Monday after a winter of repairs, "
    "and the first crossing was full by seven in the morning.</p>"
    "<p>Passengers said the new engines were quieter, and the crew agreed.</p>"
)


def _authors(header: str) -> tuple[str, ...]:
    html = (
        "<html><head><title>The ferry is back</title></head><body><header>"
        f"<h1>The ferry is back</h1>{header}</header><div>{_STORY}</div></body></html>"
    )
    return extract_html(html_doc(html)).metadata.authors


def test_a_meta_line_under_the_headline_names_the_author_but_not_one_holding_a_paragraph() -> None:
    assert _authors("<div>Mara Quist \u00b7 Mar 2, 2026</div>") == ("Mara Quist",)
    assert _authors("<div>Mara Quist <span>\u2014</span> 2 March 2026</div>") == ("Mara Quist",)
    assert _authors("<div>Mara Quist \u00b7 Mar 2, 2026<p>Hi</p></div>") == ()
    assert _authors("<div>Mara Quist, Mar 2, 2026</div>") == ()
