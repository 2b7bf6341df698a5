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

:func:`beside_headline` is the converse: a side text that joined the story
(it scores a fifth of it, so it is taken as a part of a split article).
When the chosen parts are sibling blocks, the page's one title ``<h1>``
lies inside one of them or before them all, and some repeat a word of the
headline (the one holding the ``<h1>`` among them), a ``div``, ``section``
or ``aside`` with prose that repeats none, named by a class that shares no
word with the parts that do, is a side text (a writer's bio, a site's
"about us", a column on something else) and is left out, when the parts
that repeat the headline hold two blocks of plain text. A story's
paragraphs are never left out, nor an unnamed block, nor a chunk named like
a part that repeats the headline (``chunk first``, ``chunk second``), nor
the body beside a header whose one-paragraph deck alone repeats a
figurative headline.
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
_SIDE_TAGS = frozenset({"div", "section", "aside"})
_STORY_PARAGRAPHS = 2
"""Blocks of plain text the parts that repeat the headline must hold."""
"""Blocks that may be a side text (a paragraph of the story never is)."""
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


def beside_headline(
    parts: Sequence[etree._Element],
    stats: dict[etree._Element, Stats],
    h1s: Sequence[etree._Element],
    title: str,
) -> list[etree._Element] | None:
    """The parts to keep when text blocks on another subject joined the
    story under the page's headline (see the module doc); ``None`` when
    the parts stay as they are."""
    if len(parts) < 2 or not h1s or not title:
        return None
    parent = parts[0].getparent()
    if parent is None or any(part.getparent() is not parent for part in parts):
        return None
    title_key = key(title)
    titled = [h1 for h1 in h1s if h1.getparent() is not None and heading_is_title(h1, title_key)]
    if len(titled) != 1:
        return None
    heading = titled[0]
    holder = next((part for part in parts if _holds(part, (heading,))), None)
    if holder is None and not _before(heading, parts[0], parent):
        return None
    words = _stems(flat_text(heading))
    if not words:
        return None
    story: list[etree._Element] = []
    other: list[etree._Element] = []
    for part in parts:
        text = flat_text(part).casefold()
        if part is holder:
            text = text.replace(flat_text(heading).casefold(), "", 1)
        (story if any(word in text for word in words) else other).append(part)
    if not story or (holder is not None and holder not in story):
        return None
    tokens = {token for part in story for token in (part.get("class") or "").split()}
    side = [
        part
        for part in other
        if part.tag in _SIDE_TAGS
        and (named := set((part.get("class") or "").split()))
        and not named & tokens
        and (st := stats.get(part)) is not None
        and st.prose >= MIN_PROSE
    ]
    if not side or _paragraphs(story, stats) < _STORY_PARAGRAPHS:
        # (A header whose deck alone repeats a figurative headline is no
        # story: the body beside it is the story.)
        return None
    return [part for part in parts if part not in side]


def _paragraphs(parts: Sequence[etree._Element], stats: dict[etree._Element, Stats]) -> int:
    # Blocks of the parts that own a sentence of plain text, counted up to
    # what is needed.
    found = 0
    for part in parts:
        for inner in part.iter(etree.Element):
            st = stats.get(inner)
            if st is not None and st.own - st.own_link >= MIN_PROSE:
                found += 1
                if found >= _STORY_PARAGRAPHS:
                    return found
    return found


def _before(heading: etree._Element, first: etree._Element, parent: etree._Element) -> bool:
    # The headline comes before the first part, as a sibling of the parts
    # or inside an earlier sibling (a header of its own).
    current: etree._Element | None = heading
    while current is not None and current.getparent() is not parent:
        current = current.getparent()
    if current is None:
        return False
    return parent.index(current) < parent.index(first)
