"""Metadata of a saved MediaWiki page (Wikipedia and every other wiki the
software runs): the date of the version saved and the wiki's name (the
general path reads its title right, from the first heading).

A wiki article has no byline: its writers are everyone in its history, and
a citation names none of them (the style guides cite "Port Elm Pier" in
*Wikipedia*, with the date of the version read). The general path reads
what Wikimedia's JSON-LD states instead: an Organization "Contributors to
Wikimedia projects" as the author, the page's creation (often years before
the text saved) as ``datePublished`` and the foundation as publisher. The
version read is the one the footer names ("This page was last edited on
29 November 2026, at 14:07"), in every wiki's language, and the wiki's name
ends its ``<title>`` ("Port Elm Pier - Wikipedia").

Recognised by the ``generator`` meta MediaWiki writes on every page: one
look-up of a meta value already collected, so no other page pays anything.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from quotemark.library.extract.dates import find_date
from quotemark.library.extract.xpath import Query

_HEADING = Query(".//h1[@id='firstHeading']")
_LAST_EDITED = Query(".//*[@id='footer-info-lastmod']")


@dataclass(frozen=True, slots=True)
class WikiFacts:
    """What a MediaWiki page states about the version saved."""

    published: str | None
    site: str


def is_mediawiki(generator: str) -> bool:
    """Whether a page's ``generator`` meta names MediaWiki."""
    return generator.startswith("MediaWiki")


def wiki_facts(root: etree._Element, page_title: str) -> WikiFacts:
    """The date a page :func:`is_mediawiki` recognised was last edited (the
    footer's, ``None`` when the footer is not saved) and the wiki's name
    (what follows the first heading in ``<title>``, "" when the heading
    does not open it)."""
    found = _HEADING.elements(root)
    title = " ".join("".join(str(text) for text in found[0].itertext()).split()) if found else ""
    edited = _LAST_EDITED.elements(root)
    published = find_date(" ".join(str(text) for text in edited[0].itertext())) if edited else None
    site = ""
    # "$1 - Sitename" is MediaWiki's <title> (the separator is a message a
    # wiki may translate; a wiki that does keeps "": the general path).
    head, separator, tail = page_title.rpartition(" - ")
    if separator and title and head.strip() == title:
        site = tail.strip()
    return WikiFacts(published=published, site=site)
