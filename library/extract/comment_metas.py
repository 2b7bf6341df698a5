"""A ``<meta itemprop>`` that belongs to a comment (s50-body).

A page that marks its readers' comments up as schema.org items states each
commenter in the comment's own item: ``<meta itemprop="author"
content="…">`` inside an item typed ``…/Comment`` (or kept as the page's
``itemprop="comment"``), or a ``Person`` item whose ``<meta
itemprop="name">`` sits inside such a comment. :func:`collect_meta` reads
every ``<meta>`` of the page by its ``itemprop`` as it reads the head's, so
the first commenter came out as the page's author, before any byline of the
article was asked. The construction is the microdata's own: a ``<meta>``
inside an item that is a comment, at any depth of items, states that
comment's facts, never the page's. The article's own ``<meta
itemprop="author">`` (in its header, inside the ``BlogPosting`` that holds
the comments) is inside no comment and still counts."""

from __future__ import annotations

from lxml import etree

from quotemark.library.extract.microdata_comments import states_a_comment

_PAGE_LEVEL = frozenset(("head", "html", "body", "noscript"))


def a_comment_s(element: etree._Element) -> bool:
    """Is ``element`` (a ``<meta>``) a ``itemprop`` of an item that is, or
    lies inside, a schema.org ``Comment`` (by one of its ``itemtype``
    values or its ``itemprop="comment"``)?"""
    if element.get(b"itemprop") is None:
        return False
    parent = element.getparent()
    if parent is None or parent.tag in _PAGE_LEVEL:
        return False  # (a head's tag, the cheap case first)
    return any(
        ancestor.get("itemscope") is not None and states_a_comment(ancestor)
        for ancestor in element.iterancestors()
    )
