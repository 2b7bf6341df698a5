"""Stop 39's page-walk cut (branch s39-speed2): a block's tag is read once,
by ``content.measure``, and kept in its :class:`Stats`; the scoring and the
choosing read ``st.tag`` instead of asking lxml for ``st.element.tag`` again
(a new string, hashed anew, at every read). Held on generated pages to the
element's own tag and to the scoring as it was (kept here)."""

from __future__ import annotations

import random

from lxml import etree

from quotemark.library.extract.content import (
    HEADINGS,
    MIN_PARAGRAPH,
    Stats,
    _in_listing,
    measure,
    score,
)
from quotemark.library.extract.tags import CONTAINERS


def _old_score(order: list[Stats], *, listings: bool = True) -> None:
    # content.score as it was at the branch's start (37b6bf66): every tag
    # read from the element.
    for st in order:
        plain = st.own - st.own_link
        if (
            plain < MIN_PARAGRAPH
            or st.element.tag in HEADINGS
            or (listings and _in_listing(st.element))
        ):
            continue
        points = 1.0 + st.commas + min(plain / 100.0, 3.0)
        if st.element.tag in CONTAINERS:
            st.score += points
        if st.chrome:
            continue
        ancestor = st.parent
        level = 1
        while ancestor is not None and level <= 4:
            ancestor.score += points / (1 if level == 1 else level)
            if ancestor.chrome or ancestor.teasers:
                break
            ancestor = ancestor.parent
            level += 1


_BLOCK_TAGS = [
    "div", "p", "section", "article", "aside", "nav", "main", "li", "ul", "h2", "h3",
    "pre", "figure", "td", "blockquote", "dd", "header", "footer", "form",
]  # fmt: skip
_INLINE_TAGS = ["a", "span", "em", "b", "code", "img"]
_TEXTS = [
    "",
    "\n  ",
    "Tom Hale",
    "Ada Lind said the pier, long closed, would open again in May, and soon.",
    "The harbour board met, argued, and agreed to mend the pier before the summer.",
    "print('pier')",
]
_CLASSES = [None, "nav", "story-body", "sidebar", "comments"]


def _tree(chooser: random.Random, depth: int) -> str:
    parts = [chooser.choice(_TEXTS)]
    for _ in range(0 if depth > 4 else chooser.randrange(1, 5)):
        tag = chooser.choice(_BLOCK_TAGS + _INLINE_TAGS)
        cls = chooser.choice(_CLASSES)
        attribute = "" if cls is None else f" class='{cls}'"
        if tag == "img":
            parts.append(f"<img{attribute}>")
        else:
            parts.append(f"<{tag}{attribute}>{_tree(chooser, depth + 1)}</{tag}>")
        parts.append(chooser.choice(_TEXTS))
    return "".join(parts)


def _pages(count: int, seed: int) -> list[etree._Element]:
    chooser = random.Random(seed)
    bodies = []
    for _ in range(count):
        root = etree.fromstring(
            f"<html><body>{_tree(chooser, 0)}</body></html>", etree.HTMLParser()
        )
        body = root.find("body")
        assert body is not None
        bodies.append(body)
    return bodies


def test_every_block_keeps_its_elements_tag() -> None:
    blocks = 0
    for body in _pages(150, 3902):
        order = measure(body)[1]
        for st in order:
            assert st.tag == st.element.tag
        blocks += len(order)
    assert blocks > 2_500


def test_the_score_reading_the_kept_tags_is_the_old_score() -> None:
    scored = 0
    for listings in (True, False):
        for body in _pages(100, 3903):
            new = measure(body)[1]
            old = measure(body)[1]
            score(new, listings=listings)
            _old_score(old, listings=listings)
            assert [st.score for st in new] == [st.score for st in old]
            scored += sum(1 for st in new if st.score)
    assert scored > 1_000


def test_a_stats_made_without_a_tag_reads_the_elements() -> None:
    assert Stats(etree.Element("section"), None).tag == "section"
