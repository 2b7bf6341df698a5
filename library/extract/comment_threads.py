"""Comments under a story, known by the heading over them rather than by
their names.

A thread under a news story whose wrappers are named otherwise
(``div.talk`` of ``div.t``, a site's own words) is no chrome by its
names, so a brief was taken with its replies, the replies being most of
the words. What such threads do say is their heading: "12 responses",
"Comments (4)", "Reader comments", "3 thoughts on “…”". A block opening
with such a heading and holding three or more replies built alike (same
tag and class, each with a sentence of prose) leaves the body when the
rest of the chosen text holds the page's ``<h1>`` and a story's worth of
prose, in elements of classes the replies do not use: a forum's opening
post and an old-Reddit post are written by the replies' template, and
stay with their replies. A question's "3 Answers" names no comments.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from lxml import etree

from quotemark.library.extract.cleaning import flat_text

if TYPE_CHECKING:
    from quotemark.library.extract.content import Stats

MIN_STORY = 200
"""Prose characters of the chosen text outside the thread (a shorter one
would be read again whole-page, thread and all)."""
MIN_REPLIES = 3
_SCAN = 200
"""Elements of a block read for the classes its prose sits in."""
_SECTION_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
_THREAD_HEADING = re.compile(
    rf"^(?:{_NUMBER}\s+|all\s+{_NUMBER}\s+|reader\s+|readers'?\s+|your\s+)?"
    r"(?:comments?|responses?|replies|reactions|thoughts?)"
    rf"(?:\s*\(\s*{_NUMBER}\s*\)|\s*:\s*{_NUMBER}|\s+(?:on|to)\s+.{{1,200}})?\s*$|"
    r"^(?:join|read)\s+the\s+(?:discussion|conversation)\s*$",
    re.IGNORECASE,
)


def comment_thread(
    parts: Sequence[etree._Element], stats: dict[etree._Element, Stats], min_prose: int
) -> Stats | None:
    """The thread of comments among the chosen ``parts`` (one of them, or
    a child of the only one) to leave out of the body, or ``None`` (see
    the module doc; ``min_prose``: a reply's sentence of prose)."""
    if not parts:
        return None
    if len(parts) >= 2:
        pool = [st for part in parts if (st := stats.get(part)) is not None]
    else:
        only = stats.get(parts[0])
        if only is None:
            return None
        pool = only.children
    for st in pool:
        children = st.children
        if len(children) == 1:
            # A wrapper of one block (a layout table's row and its cell):
            # the heading and the replies are in that block.
            st = children[0]
            children = st.children
        if len(children) < 2 or children[0].element.tag not in _SECTION_HEADINGS:
            continue
        heading = children[0].element
        if not _THREAD_HEADING.match(" ".join(flat_text(heading).split())):
            continue
        replies = children[1:]
        if len(replies) == 1:
            replies = replies[0].children
        shapes = Counter(
            (reply.element.tag, reply.element.get("class"))
            for reply in replies
            if reply.prose >= min_prose
        )
        if not shapes:
            continue
        shape, count = shapes.most_common(1)[0]
        if count < MIN_REPLIES:
            continue
        if _holds_story(parts, stats, st, shape, replies, min_prose):
            return st
    return None


def _holds_story(
    parts: Sequence[etree._Element],
    stats: dict[etree._Element, Stats],
    thread: Stats,
    shape: tuple[str, str | None],
    replies: Sequence[Stats],
    min_prose: int,
) -> bool:
    # The rest of the chosen text: a story's prose, the page's <h1>, and
    # none of its prose in an element of a class the replies' prose uses.
    total = sum(st.prose for part in parts if (st := stats.get(part)) is not None)
    if total - thread.prose < MIN_STORY:
        return False
    inside = set(thread.element.iter(etree.Element))
    reply_classes: set[str] = set()
    for reply in replies:
        if (reply.element.tag, reply.element.get("class")) == shape:
            reply_classes |= prose_classes(reply.element, stats, min_prose)
            break
    headline = False
    for part in parts:
        if next((h1 for h1 in part.iter("h1") if h1 not in inside), None) is not None:
            headline = True
        if prose_classes(part, stats, min_prose, inside) & reply_classes:
            return False
    return headline


def prose_classes(
    element: etree._Element,
    stats: dict[etree._Element, Stats],
    min_prose: int,
    skip: AbstractSet[etree._Element] = frozenset(),
) -> set[str]:
    """The classes of the elements holding prose (and of their parents)
    under ``element`` (its first ``_SCAN`` elements), ``skip`` left out.
    A post and its replies are written by one template: their paragraphs
    sit in elements of the same classes ("s-prose", "usertext-body"); an
    article's header and its body chunks share none (a tooltip's classes
    may be everywhere, but hold no prose)."""
    found: set[str] = set()
    for index, inner in enumerate(element.iter(etree.Element)):
        if index > _SCAN:
            break
        if inner in skip:
            continue
        st = stats.get(inner)
        if st is None or st.own - st.own_link < min_prose:
            continue
        for holder in (inner, inner.getparent()):
            cls = holder.get("class") if holder is not None else None
            if cls and holder is not element:
                found.add(cls)
    return found
