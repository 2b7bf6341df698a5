"""Blocks of other articles ("Related", "More stories", "Most read") and
a story's comment thread.

A short article read whole-page (the lenient second reading of
:mod:`quotemark.library.extract.html`) would take such a block as more of
its text; on a page with a two-paragraph story beside six teasers the
teasers are most of the words. A block is one of these when its names say
so and it links to at least two other pages of the same site: a
section a documentation tool names "h1-related" links to anchors and to
other sites, and is text.

A comment thread counts when its wrapper is named as one ("comments",
"comment-list", Disqus's "disqus_thread", "replies", "responses"): a brief
with twenty comments under it is still a brief. A discussion site's page
marks each reply "comment" but wraps them otherwise (old Reddit's
"commentarea"), and there the replies are what the page is; a name for
single comments is therefore not enough.

Beside a photo essay (a short text holding the page's ``<h1>`` and two
pictures, :func:`teasers.photo_essay`), a list of teasers counts too,
whatever its names (:mod:`teasers`: two or more blocks built alike, each
opening with a linked title above a summary): an essay of a line and five
short captions, read whole-page, took a "More galleries" list of linked
titles and blurbs in a wrapper named only ``rail``, four times its own
text. Otherwise the list may be the page (an archive whose strict reading
kept one excerpt or its intro under the ``<h1>``, a documentation page
whose sections open with linked headings), and the whole-page reading is
right.
"""

from __future__ import annotations

import re

from lxml import etree

from quotemark.library.extract.content import Stats
from quotemark.library.extract.hints import camel_split, names
from quotemark.library.extract.teasers import mark_teaser_lists
from quotemark.library.urls import join_url, split_url, url_host

_OTHER_ARTICLES = re.compile(
    r"(?:^|[\s_-])(?:related|recommend|more-?stories|more-?from|read-?next|also-?read|"
    r"you-?may|you-?might|most-?(?:read|popular|viewed)|trending|popular|outbrain|taboola)",
    re.IGNORECASE,
)
_THREAD = re.compile(
    r"(?:^|[\s_-])(?:comments(?![a-z])|comment-?list|disqus|discussion|replies|responses)",
    re.IGNORECASE,
)
_MIN_LINKS = 2


def related_text(order: list[Stats], page_url: str | None, *, teasers: bool = False) -> int:
    """Characters of text in blocks of other articles and in comment
    threads among the measured blocks ``order`` (outermost blocks only) of
    the page saved from ``page_url``; with ``teasers``, in lists of
    teasers too."""
    if teasers:
        mark_teaser_lists(order)
    total = 0
    counted: set[etree._Element] = set()
    for st in order:
        parent = st.parent
        inside = False
        while parent is not None:
            if parent.element in counted:
                inside = True
                break
            parent = parent.parent
        if inside:
            continue
        if st.teasers:
            counted.add(st.element)
            total += st.text
            continue
        name = camel_split(names(st.element))
        if not name:
            continue
        if _THREAD.search(name) or (
            _OTHER_ARTICLES.search(name) and _links_elsewhere(st.element, page_url) >= _MIN_LINKS
        ):
            counted.add(st.element)
            total += st.text
    return total


def links_to_site_pages(element: etree._Element, page_url: str | None) -> bool:
    """Whether ``element`` links to two or more other pages of the site of
    ``page_url`` (anchors and other sites do not count)."""
    return _links_elsewhere(element, page_url) >= _MIN_LINKS


def cites_other_sites(element: etree._Element, page_url: str | None) -> bool:
    """Whether ``element`` is a list of works on other sites, each link
    named by a title of three words or more ("The ferry that forgot
    Carrick"): a reading list the writer gives, not the site's own pages
    (on any of its hosts: bbc.com and bbc.co.uk are one site) nor a row of
    "Facebook", "X" buttons. ``page_url`` must be known."""
    own = _site_name(url_host(page_url))
    if not own:
        return False
    count = 0
    for link in element.iter("a"):
        parts = split_url((link.get("href") or "").strip())
        if parts is None or not parts.hostname or _site_name(parts.hostname) == own:
            return False
        if len("".join(str(text) for text in link.itertext()).split()) < 3:
            return False
        count += 1
    return count > 0


def _site_name(host: str) -> str:
    """The name of the site a host belongs to: its label before the public
    suffix ("bbc" for www.bbc.co.uk and bbc.com), near enough for telling
    a site's own pages from other sites'."""
    labels = host.lower().removeprefix("www.").split(".")
    if len(labels) < 2:
        return ""
    # "co.uk", "com.au", "ac.jp": a short second-level label under a
    # country's code is part of the suffix.
    if len(labels) >= 3 and len(labels[-1]) == 2 and len(labels[-2]) <= 3:
        return labels[-3]
    return labels[-2]


def _links_elsewhere(element: etree._Element, page_url: str | None) -> int:
    """Links to other pages of the same site (not anchors, not other
    sites), counted up to :data:`_MIN_LINKS`."""
    host = url_host(page_url)
    count = 0
    for link in element.iter("a"):
        href = (link.get("href") or "").strip()
        if not href or "#" in href or href.startswith(("javascript:", "mailto:")):
            continue  # an anchor, into this page or a section of another
        target = join_url(page_url, href)
        parts = split_url(target)
        if parts is None:
            continue
        if parts.hostname and host and parts.hostname.lower() != host:
            continue
        if not parts.hostname and parts.scheme:
            continue  # no host: not a page of this site
        if parts.hostname and not host and not href.startswith("/"):
            continue  # an absolute link from a page of unknown address
        if target != page_url:
            count += 1
            if count >= _MIN_LINKS:
                break
    return count
