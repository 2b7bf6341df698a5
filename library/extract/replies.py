"""A page that is a thread: every reply, not the longest one.

Comment threads are chrome by their names (``comment``, ``timeline-comment``):
under a story their prose must not lift the page. On a page that *is* a
thread (an issue tracker's discussion, a forum topic whose posts are named
as comments, a link aggregator's comments, a microblog's replies) the
scoring then ends in one reply, or in a byline line, shorter than an
article; the page was read again whole, menus, sidebars and all.

:func:`whole_thread`: when the chosen core lies in such a reply, and the
reply is one of three or more blocks built alike (same tag and class) each
holding a sentence of plain text, named as replies (or held by a block so
named: notes in an ``<aside>`` are chrome built alike too), and together
they hold most of the page's plain text, the replies are the body, in page
order. A story's core is never inside a comment, so a story with comments
under it is not touched.

:func:`page_thread`: when the chosen parts hold under 200 characters of
plain text (the page would be read whole), the largest group of three or
more blocks built alike, outside chrome, each with a sentence of plain
text, is the body when it holds half the page's plain text and twice the
chosen parts'. The post they answer opens the body: the nearest block
before them (or before one of their two nearest wrappers) with a sentence
of prose and under a quarter of it links. (A short post beside a list of
people built like replies thus keeps the post, with the list after it.)
A group of cards that each open with a heading linking to another page and
show no date is no thread of a photo essay (a post holding the ``<h1>`` and
two pictures) either: its "More galleries" are other pages, and the essay
is the body alone. Under an archive's intro (no pictures) such cards are
the page, and are kept as its replies are.
Comments (blocks chrome by their names, or inside chrome) are a body only
when named as a thread and answering no such post: under a post or a
brief they are its comments, as ``related.py`` has it (and sections named
``with-aside`` for their side notes are no thread at all).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from lxml import etree

from quotemark.library.extract.cleaning import flat_text
from quotemark.library.extract.hints import names
from quotemark.library.extract.teasers import headed_by_link, photo_essay

if TYPE_CHECKING:
    from quotemark.library.extract.content import Stats

MIN_REPLIES = 3
"""Blocks built alike that make a thread."""
MIN_REPLY = 25
"""Plain-text characters a reply needs (a short sentence)."""
THREAD_SHARE = 0.5
"""Share of the page's plain text the replies must hold."""
OPENING_LINKS = 0.25
"""Link density above which a block before the replies is no post."""
OPENING_LEVELS = 3
"""Wrappers of the replies looked through for the post before them."""
SHORT_BODY = 200
"""Plain-text characters of chosen parts too short for an article (the
page would be read again whole: ``html.py``'s ``LENIENT_BELOW``)."""
_LEVELS = 5
_FOLLOW = re.compile(r"^\s*(?:\+\s*)?(?:follow|subscribe|connect|add friend)\s*$", re.IGNORECASE)
"""A control offering to follow a person (a people card's button)."""
_THREAD = re.compile(r"comment|repl(?:y|ies)|response|discussion|thread", re.IGNORECASE)
"""Names of a reply or of the thread holding it (notes in an ``<aside>``,
a sidebar's list, are chrome built alike too, but no thread)."""


def whole_thread(core: Stats, page: Stats) -> list[etree._Element] | None:
    """The replies of the thread ``core`` sits in, when the page is that
    thread (see the module doc); ``None`` otherwise."""
    if not (core.chrome or core.in_chrome):
        return None
    current: Stats | None = core
    for _level in range(_LEVELS):
        if current is None or current.parent is None:
            return None
        parent = current.parent
        kind = (current.element.tag, current.element.get("class") or "")
        alike = [
            child
            for child in parent.children
            if (child.element.tag, child.element.get("class") or "") == kind
            and child.text - child.link >= MIN_REPLY
        ]
        if (
            len(alike) >= MIN_REPLIES
            and current in alike
            and (_THREAD.search(names(current.element)) or _THREAD.search(names(parent.element)))
        ):
            plain = sum(child.text - child.link for child in alike)
            if plain < THREAD_SHARE * (page.text - page.link):
                return None
            return [child.element for child in alike]
        current = parent
    return None


def page_thread(
    parts: list[etree._Element],
    order: list[Stats],
    stats: dict[etree._Element, Stats],
    *,
    within: Stats | None = None,
    buttons: Sequence[tuple[etree._Element, etree._Element]] = (),
) -> list[etree._Element] | None:
    """The replies of the page's thread when the chosen parts are too short
    for an article (see the module doc); ``None`` otherwise. ``within``:
    the ``<main>`` the parts were chosen in, where the replies must be too
    (people to follow beside a status in it are no replies). ``buttons``:
    the page's buttons with their parents; when every block of the group
    offers to follow someone and none is dated, the group is a list of
    people and the post before it is the body alone (one element)."""
    chosen = 0
    for part in parts:
        st = stats.get(part)
        if st is not None:
            chosen += st.text - st.link
    if chosen >= SHORT_BODY:
        return None
    page = order[0]
    best: list[Stats] = []
    best_plain = 0
    for st in order:
        if len(st.children) < MIN_REPLIES or st.in_chrome:
            continue
        if within is not None and not st.is_within(within):
            continue
        groups: dict[tuple[str, str], list[Stats]] = {}
        for child in st.children:
            if child.text - child.link >= MIN_REPLY:
                kind = (str(child.element.tag), child.element.get("class") or "")
                groups.setdefault(kind, []).append(child)
        for group in groups.values():
            if len(group) < MIN_REPLIES:
                continue
            plain = sum(child.text - child.link for child in group)
            if plain > best_plain and _may_be_body(group[0]):
                best, best_plain = group, plain
    if not best or best_plain < THREAD_SHARE * (page.text - page.link):
        return None
    if best_plain < 2 * chosen:
        return None
    replies = [child.element for child in best]
    opening = _opening(best[0])
    if _people(best, buttons):
        # Cards of people to follow, built like replies: the post alone.
        return None if opening is None else [opening.element]
    if opening is not None and _teasers(best) and photo_essay([opening.element]):
        # Cards of other galleries under a photo essay: the essay alone.
        return [opening.element]
    return replies if opening is None else [opening.element, *replies]


def _people(group: list[Stats], buttons: Sequence[tuple[etree._Element, etree._Element]]) -> bool:
    # Every block offers to follow someone (a button or a link saying so)
    # and none shows when it was written, as every reply does.
    holders = {parent for parent, button in buttons if _FOLLOW.match(flat_text(button))}
    for st in group:
        block = st.element
        if next(block.iter("time"), None) is not None:
            return False
        if not any(
            inner in holders or (inner.tag == "a" and _FOLLOW.match(flat_text(inner)))
            for inner in block.iter(etree.Element)
        ):
            return False
    return True


def _teasers(group: list[Stats]) -> bool:
    # Every block opens with a heading linking to another page and none
    # shows when it was written (a photo essay's "More galleries": a
    # linked title and a blurb each; a reply's heading, if any, is its
    # writer's name, and the reply is dated).
    return all(
        next(st.element.iter("time"), None) is None and headed_by_link(st.element) for st in group
    )


def _may_be_body(first: Stats) -> bool:
    # Blocks outside chrome may be; comments (chrome by their names) only
    # when named as a thread and answering no post: under a post or a
    # brief they are its comments, not its text (related.py).
    if not (first.chrome or first.in_chrome):
        return True
    return _named_thread(first) and _opening(first) is None


def _named_thread(st: Stats) -> bool:
    parent = st.parent
    return bool(
        _THREAD.search(names(st.element))
        or (parent is not None and _THREAD.search(names(parent.element)))
    )


def _opening(first: Stats) -> Stats | None:
    # The post the replies answer: the nearest block before them (or
    # before the block holding them) with a sentence of plain text and few
    # links; a byline's "points by name | hide" line is mostly links.
    level: Stats | None = first
    for _level in range(OPENING_LEVELS):
        if level is None or level.parent is None:
            return None
        siblings = level.parent.children
        for sibling in reversed(siblings[: siblings.index(level)]):
            if (
                not sibling.chrome
                and sibling.prose >= MIN_REPLY
                and sibling.link_density < OPENING_LINKS
            ):
                return sibling
        level = level.parent
    return None
