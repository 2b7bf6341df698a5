"""What a page says about its own text, for the researcher's notice.

A feature split across pages and saved as its first page reads right, but
it is one part of a longer article: a quotation or citation from it may be
incomplete. The page says so twice over: a ``<link rel="next">`` (or
``prev``) in its head, and a "Page 1 of 3" line its pager or byline shows
(which the body drops as chrome). Both are wanted: a ``rel=next`` alone is
what some blogs give a single post to name the next post, and "Page 1 of
5" alone is often a comments pager.
"""

from __future__ import annotations

import re

from lxml import etree

from quotemark.library.extract.hints import names
from quotemark.library.extract.landmarks import Landmarks

PART_OF = re.compile(r"(?:page|part)\s+(\d{1,3})\s+of\s+(\d{1,3})", re.IGNORECASE)
"""A whole element's text saying which part of how many the page is (a
pager's line, or a part of a byline: see :mod:`~quotemark.library.extract.bylines`)."""

_SHORT = 24
"""Characters of an element's own text worth testing ("Part 12 of 120" and
room for spaces); longer text is prose that may say "part 1 of 3" of
something else."""

_COMMENTS = re.compile(r"comment", re.IGNORECASE)
"""A comment thread's names: its pager's "Page 2 of 3" counts pages of
comments, while a blog's ``rel=next`` names the next post."""


def _in_comments(element: etree._Element) -> bool:
    # Asked only of a "Page N of M" line, one per page at most.
    return any(_COMMENTS.search(names(parent)) for parent in element.iterancestors())


_PAGER_RELS = frozenset({"next", "prev", "previous"})


def _paged(marks: Landmarks) -> bool:
    # A link to the next or previous page of the same article. (Most of a
    # head's links are stylesheets, icons and preloads: the substring test
    # turns them away before a split and a set are built for each.)
    for lower in marks.link_rels:
        if ("next" in lower or "prev" in lower) and _PAGER_RELS & set(lower.split()):
            return True
    return False


def page_part(marks: Landmarks, elements: list[etree._Element]) -> tuple[int, int] | None:
    """(N, M) when the page is part N of M of a longer article: it links a
        next or previous page in its head and an element's whole text reads
        "Page N of M" or "Part N of M" (1 <= N <= M, M >= 2) outside a comment
    thread (whose pager counts pages of comments). ``None``
        otherwise. The elements are walked only on a page with such a link
        (most pages have none), and only their short own texts are matched."""
    if not marks.links or not _paged(marks):
        return None
    for element in elements:
        text = element.text
        if not text or len(text) > _SHORT:
            continue
        found = PART_OF.fullmatch(text.strip())
        if found is None or _in_comments(element):
            continue
        part, parts = int(found[1]), int(found[2])
        if 1 <= part <= parts and parts >= 2:
            return part, parts
    return None
