"""A short story under the page's headline beats a longer text about
something else.

A note of one or two sentences under its ``<h1>`` lost to the longer
block beside it that no name marks as chrome: a site's "about us" of two
paragraphs, a promise to readers under its own ``<h2>``. Preferring the
headline's block whenever the scoring chose another would also prefer a
hero block (headline and deck) over the article body after it, so the
headline's block is taken only when the two differ in subject:

* the page has one ``<h1>`` that is its title, outside the chosen parts
  and not around them, and the nearest block around it holds prose of its
  own (:data:`MIN_PROSE` characters) that repeats a word of the headline
  (or, when the headline stands in a header of its own with a byline, the
  next block with prose after that header does);
* the chosen parts repeat **no** word of the headline (a word of four
  letters or more, compared by its first :data:`STEM` letters, so
  "library" finds "libraries"), and are short, as such side texts are
  (:data:`MAX_OTHER`).

A deck that repeats a headline word sits above a body that repeats it too
(the body stays); a figurative headline ("The quiet revolution") is
usually repeated by neither, and when only its deck repeats it, the body
is longer than a side text (the body stays). Runs only when the
headline's block lies apart from the chosen parts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from lxml import etree

from quotemark.library.extract.articles import heading_is_title
from quotemark.library.extract.boilerplate import key
from quotemark.library.extract.cleaning import flat_text

if TYPE_CHECKING:
    from quotemark.library.extract.content import Stats

MIN_PROSE = 60
"""Prose characters the headline's block holds besides the headline."""
STEM = 5
MAX_OTHER = 1500
"""Characters of chosen text above which it is an article's body, whatever
words it uses (a figurative headline's deck may repeat its word where the
body never does)."""
"""Letters of a headline word looked for in the other text."""
_UP = 4
"""Levels above the headline looked at for its block."""
_WORD = re.compile(r"[^\W\d_]{4,}")
_COMMON = frozenset(
    {
        "about",
        "after",
        "again",
        "also",
        "been",
        "before",
        "from",
        "have",
        "here",
        "into",
        "just",
        "more",
        "most",
        "over",
        "said",
        "says",
        "some",
        "than",
        "that",
        "their",
        "them",
        "then",
        "there",
        "they",
        "this",
        "what",
        "when",
        "where",
        "which",
        "while",
        "will",
        "with",
        "your",
    }
)


def headline_block(
    parts: Sequence[etree._Element],
    stats: dict[etree._Element, Stats],
    h1s: Sequence[etree._Element],
    title: str,
) -> Stats | None:
    """The block under the page's headline to read instead of ``parts``,
    or ``None`` when ``parts`` stay (see the module doc)."""
    title_key = key(title) if title else ""
    if not title_key or not parts or not h1s:
        return None
    if sum(st.text for part in parts if (st := stats.get(part)) is not None) > MAX_OTHER:
        return None
    titled = [h1 for h1 in h1s if h1.getparent() is not None and heading_is_title(h1, title_key)]
    if len(titled) != 1:
        return None
    heading = titled[0]
    chosen = set(parts)
    block: Stats | None = None
    below: Stats | None = None  # the widest block around it apart from the parts
    levels = 0
    for ancestor in heading.iterancestors():
        if ancestor in chosen:
            return None  # the headline is inside the chosen text
        st = stats.get(ancestor)
        if st is None:
            continue
        if st.parent is None or levels == _UP or _holds(ancestor, parts):
            break
        if st.prose >= MIN_PROSE:
            block = st
            break
        below = st
        levels += 1
    if block is None:
        # A header of headline and byline: the story is the next block
        # with prose after it (unless that is the chosen text).
        block = _next_with_prose(below)
        if block is None or block.element in chosen or _holds(block.element, parts):
            return None
    if block.chrome or block.in_chrome:
        return None
    words = _stems(flat_text(heading))
    if not words:
        return None
    own = flat_text(block.element).replace(flat_text(heading), "", 1).casefold()
    if not any(word in own for word in words):
        return None
    if any(word in flat_text(part).casefold() for part in parts for word in words):
        return None
    return block


def _next_with_prose(header: Stats | None) -> Stats | None:
    if header is None or header.parent is None:
        return None
    siblings = header.parent.children
    for sibling in siblings[siblings.index(header) + 1 :]:
        if sibling.prose >= MIN_PROSE:
            return sibling
    return None


def _stems(headline: str) -> set[str]:
    return {
        word[:STEM]
        for word in (match.casefold() for match in _WORD.findall(headline))
        if word not in _COMMON
    }


def _holds(element: etree._Element, parts: Sequence[etree._Element]) -> bool:
    # Whether one of the parts lies inside ``element``.
    for part in parts:
        for ancestor in part.iterancestors():
            if ancestor is element:
                return True
    return False
