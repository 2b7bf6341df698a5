"""A commenter marked up as the author of a schema.org ``Comment``
(s49-html8).

A forum thread's page (Discourse's, saved for its first post) marks every
post's writer ``itemprop="author"``: the first post's inside the item the
page is about (a ``DiscussionForumPosting``, ``itemprop="mainEntity"``),
each reply's inside an item of its own, ``itemtype=".../Comment"`` or
``itemprop="comment"``. The replies' writers are not the page's: read as
authors, a thread of four posts gave four names, the forum's "system" one
of them. The construction is the microdata's own: the nearest item around
the author (the nearest ancestor with ``itemscope``) is a comment."""

from __future__ import annotations

from lxml import etree


def in_a_comment(element: etree._Element) -> bool:
    """Does the nearest item around ``element`` (an ``itemprop="author"``),
    its nearest ancestor with ``itemscope``, state itself a comment, by one
    of its ``itemtype`` values (schema.org ``Comment``) or its ``itemprop``
    (``comment``)?"""
    for ancestor in element.iterancestors():
        if ancestor.get("itemscope") is not None:
            return states_a_comment(ancestor)
    return False


def states_a_comment(item: etree._Element) -> bool:
    """Does ``item`` (an element with ``itemscope``) state itself a
    comment, by one of its ``itemtype`` values (schema.org ``Comment``) or
    its ``itemprop`` (``comment``)?"""
    # An item may state several types ("…/Comment …/CreativeWork").
    kinds = (item.get("itemtype") or "").split()
    return any(kind.rstrip("/").endswith("/Comment") for kind in kinds) or (
        "comment" in (item.get("itemprop") or "").split()
    )
