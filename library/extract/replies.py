"""A page that is a thread: every reply, not the longest one.

Comment threads are chrome by their names (``comment``, ``timeline-comment``):
under a story their prose must not lift the page. On a page that *is* a
thread (an issue tracker's discussion, a forum topic whose posts are named
as comments) the scoring then ends in one reply, shorter than an article;
the page was read again whole, menus, sidebars and all.

When the chosen core lies in such a reply, and the reply is one of three or
more blocks built alike (same tag and class) each holding a sentence of
plain text, named as replies (or held by a block so named: notes in an
``<aside>`` are chrome built alike too), and together they hold most of the page's plain text, the
replies are the body, in page order. A story's core is never inside a
comment, so a story with comments under it is not touched.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lxml import etree

from quotemark.library.extract.hints import names

if TYPE_CHECKING:
    from quotemark.library.extract.content import Stats

MIN_REPLIES = 3
"""Blocks built alike that make a thread."""
MIN_REPLY = 25
"""Plain-text characters a reply needs (a short sentence)."""
THREAD_SHARE = 0.5
"""Share of the page's plain text the replies must hold."""
_LEVELS = 5
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
