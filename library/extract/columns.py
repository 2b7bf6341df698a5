"""When the page's own layout says where the article is: its ``<main>``
landmark, or the column its headline heads.

The scoring takes the container where prose is densest. A short story
beside a longer text that is not named as chrome (an author's long bio in
the next column, an essay in a side cell, the start of another feature
below ``<main>``) then loses, or is taken together with the other text.
Two signals the page gives are asked only after the scoring has chosen:

* **the ``<main>`` landmark**: when the page has exactly one ``<main>``
  holding a story's worth of prose and the chosen container lies outside
  it (neither inside it nor around it), the best candidate inside it is
  the core instead. The page's author said where its main content is.
* **the title's column**: when the chosen parts are side-by-side columns
  (table cells of one row, or blocks with grid classes such as ``col-8``,
  ``large-4 columns``, ``span8``) and exactly one of them holds the page's
  ``<h1>`` headed by the title, with a story's worth of prose of its own,
  that column is the body: the others are the page's sidebars. (When the text beside the story wins
  alone, the story being under a fifth of its score, it stays: looking
  for the row of the winning column changed a news page for the worse.)

Both keep what they cannot tell apart: two ``<main>`` elements, a title
that heads no column or heads two, a headline column holding only its
header (the text in the column beside it stays).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from lxml import etree

from quotemark.library.extract.articles import heading_is_title
from quotemark.library.extract.boilerplate import key

if TYPE_CHECKING:
    from quotemark.library.extract.content import Stats

MIN_STORY = 200
"""Characters of prose a column needs to hold a story."""
MIN_POST = 25
"""Characters of prose the ``<main>`` landmark needs to hold a post (a
sentence: a short post there is read again only within it, see
:func:`landmark_holding`), against a list of items beside it."""
LIST_ITEMS = 3
"""Blocks built alike (not paragraphs) that make a list of items."""
_COLUMN = re.compile(
    r"(?:^|\s)(?:(?:col(?:umn)?s?|span|grid|large|medium|small)"
    r"(?:[-_](?:xs|sm|md|lg|xl|xxl))?[-_]?\d{1,2}|columns?)(?:\s|$)"
)
"""Class names of a layout column (Bootstrap, Foundation, 960 grid)."""


def main_core(
    core: Stats,
    candidates: list[Stats],
    rank: Callable[[Stats], float],
) -> Stats | None:
    """The best candidate inside the page's one ``<main>`` when ``core``
    lies outside it; ``None`` when the choice stands (see the module doc)."""
    # (A <main> with prose within four levels scores, so it is among the
    # candidates: a walk of the list is cheaper than one of the tree; a
    # deeper <main> is not looked at.)
    landmark = None
    for st in candidates:
        if st.element.tag == "main":
            if landmark is not None:
                return None  # two landmarks: no telling
            landmark = st
    if landmark is None or landmark.chrome or landmark.in_chrome or landmark.prose < MIN_POST:
        return None
    if core.is_within(landmark) or landmark.is_within(core):
        return None
    # A post (under a story's prose) is asked only against a list of items
    # beside it: trends, people, more photos; running text outside a
    # <main> that holds a headline and a deck is the story.
    least = MIN_STORY
    if landmark.prose < MIN_STORY:
        if not _is_list(core):
            return None
        least = MIN_POST
    inside = [st for st in candidates if st.is_within(landmark) and st.prose >= least]
    return max(inside, key=rank) if inside else None


def _is_list(st: Stats) -> bool:
    # Three or more blocks built alike, each with a link (a name, a tag, a
    # photo's page: text or an image), other than paragraphs, holding half the prose: in
    # ``st`` or in its fullest child (a <ul> in a box). A story's
    # paragraphs wrapped in <div>s rarely all hold a link.
    for level in (st, max(st.children, key=lambda child: child.prose, default=None)):
        if level is None or level.prose == 0:
            return False
        groups: dict[tuple[str, str], int] = {}
        counts: dict[tuple[str, str], int] = {}
        for child in level.children:
            if child.element.tag == "p" or child.prose == 0 or not _has_link(child):
                continue
            kind = (str(child.element.tag), child.element.get("class") or "")
            groups[kind] = groups.get(kind, 0) + child.prose
            counts[kind] = counts.get(kind, 0) + 1
        for kind, prose in groups.items():
            if counts[kind] >= LIST_ITEMS and prose * 2 >= level.prose:
                return True
    return False


def enclosing_main(st: Stats | None) -> Stats | None:
    """The ``<main>`` that ``st`` (a core :func:`main_core` chose) lies in."""
    current = st
    while current is not None and current.element.tag != "main":
        current = current.parent
    return current


def title_column(
    parts: list[etree._Element], stats: dict[etree._Element, Stats], title: str
) -> list[etree._Element] | None:
    """The parts to keep when the chosen parts are side-by-side columns
    and the title heads one of them; ``None`` when they stay as they are."""
    title_key = key(title) if title else ""
    if not title_key or not parts:
        return None
    if len(parts) >= 2:
        blocks = parts
    else:
        single = stats.get(parts[0])
        if single is None or len(single.children) < 2:
            return None
        blocks = [child.element for child in single.children]
    columns = [block for block in blocks if _is_column(block, stats)]
    if len(columns) < 2 or len({id(column.getparent()) for column in columns}) != 1:
        return None
    titled = [column for column in columns if _headed_by(column, title_key)]
    if len(titled) != 1:
        return None
    keep = titled[0]
    kept = stats[keep]
    if kept.chrome or kept.prose < MIN_STORY:
        return None
    if len(parts) >= 2:
        return [part for part in parts if part is keep or part not in columns]
    return [keep]


_CELL_TITLES = ("h2", "h3", "b", "strong", "font")
"""Where a layout table's cell without an ``<h1>`` sets its headline."""


def _is_column(element: etree._Element, stats: dict[etree._Element, Stats]) -> bool:
    st = stats.get(element)
    if st is None or st.prose == 0:
        return False
    if element.tag == "td":
        return True
    names = element.get("class")
    return names is not None and _COLUMN.search(names) is not None


def _headed_by(column: etree._Element, title_key: str) -> bool:
    heading = next(column.iter("h1"), None)
    if heading is None and column.tag == "td":
        # A layout table's cell sets its headline in bold or a large font:
        # its first such line.
        heading = next(column.iter(*_CELL_TITLES), None)
    return heading is not None and heading_is_title(heading, title_key)


def _has_link(st: Stats) -> bool:
    return st.link > 0 or next(st.element.iter("a"), None) is not None


LANDMARKS = ("main", "article")
"""Elements a page names as holding its main content, asked in this order."""


def landmark_holding(content: list[etree._Element], body: etree._Element) -> str | None:
    """The tag of the page's one ``<main>`` (or else its one ``<article>``)
    when every chosen element lies inside it; ``None`` otherwise.

    A short post chosen inside it (a status, a photo's caption) is then
    read again, when too short, only within that element: the text the page
    keeps outside it (trends, people to follow, a site's blurb) is not the
    post's, though it would be longer.
    """
    if not content:
        return None
    for tag in LANDMARKS:
        found = _only(body, tag)
        if found is None:
            continue
        if all(_inside(element, found) for element in content):
            return tag
        return None
    return None


def landmark_in(body: etree._Element, tag: str | None) -> etree._Element:
    """The page's one ``tag`` element (a tag :func:`landmark_holding` gave),
    or ``body`` when there is none or more than one."""
    if tag is None:
        return body
    found = _only(body, tag)
    return body if found is None else found


def _only(body: etree._Element, tag: str) -> etree._Element | None:
    found = None
    for element in body.iter(tag):
        if found is not None:
            return None
        found = element
    return found


def _inside(element: etree._Element, outer: etree._Element) -> bool:
    return element is outer or any(above is outer for above in element.iterancestors())
