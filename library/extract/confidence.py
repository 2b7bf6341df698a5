"""How sure each metadata field is, by where the page gave it.

Stated for machines (JSON-LD, citation tags, Open Graph) is surest; a
page's own site markup (:mod:`quotemark.library.extract.sites`) knows its
layout; the ``<title>`` tag often carries the site's name; what is read off
the visible page (a byline, a date in the text, a heading) or guessed (a
date in the URL, the last-modified date) is where extraction goes wrong.
Below ``store.corrections.REVIEW_BELOW`` (0.7) the field is listed for
review.
"""

from __future__ import annotations

from quotemark.library.extract.landmarks import Landmarks
from quotemark.library.extract.meta_tags import MetaTags, first
from quotemark.library.urls import url_host

SURE_SITE = 0.95
SURE_STATED = 0.9
SURE_META = 0.85
SURE_MARKED = 0.8
SURE_TITLE_TAG = 0.75
SURE_SEEN = 0.6
SURE_GUESSED = 0.5
# Nothing found is usually right (the defuddle pages: 149 of 149 without an
# author, 152 of 154 without a date agree with their gold), so it is not
# flagged; a date read off the page or guessed is wrong 7 times in 24 there,
# a stated one once in 39.
SURE_NONE = 0.75


def title_site_sureness(site: str, url: str | None) -> float:
    """How sure a site name split off the <title> is. Usually the site's
    name, but this is where the wrong ones in citations came from (a section
    name, a host written as a slug): it is listed for review when it is a
    lower-case slug, or when the page's host is known and shares nothing
    with it."""
    if site == site.lower() and " " not in site.strip():
        return SURE_SEEN
    labels = [label for label in bare_host(url).split(".")[:-1] if len(label) >= 3]
    key = "".join(ch for ch in site.casefold() if ch.isalnum())
    if labels and key and not any(label in key or key in label for label in labels):
        return SURE_SEEN
    return SURE_TITLE_TAG


def url_sureness(marks: Landmarks, meta: MetaTags, url: str | None, page_url: str | None) -> float:
    """How sure the post's URL is: stated by the page (canonical link,
    og:url) or known from where it was saved is sure, unless the page was
    saved on one host and names another as its own (a syndicated copy, a
    cache or a proxy: which one to cite is the researcher's call)."""
    if url is None:
        return SURE_NONE
    saved, named = bare_host(page_url), bare_host(url)
    if saved and named and saved != named:
        return SURE_SEEN
    stated = any("canonical" in rel and "canonical" in rel.split() for rel in marks.link_rels)
    return SURE_STATED if stated or first(meta, ("og:url",)) else SURE_META


def bare_host(url: str | None) -> str:
    """The host of ``url`` without its "www." ("" when there is none)."""
    host = url_host(url)
    return host[4:] if host.startswith("www.") else host
