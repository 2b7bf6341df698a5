"""The ``<meta>`` tags of a page by name, and the names each metadata field
is read from, in the order a page's own statements are trusted."""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from quotemark.library.extract.comment_metas import a_comment_s
from quotemark.library.extract.jsonld import filled
from quotemark.library.extract.landmarks import Landmarks

MetaTags = dict[str, list[str]]
"""Each lower-cased ``property``/``name``/``itemprop``/``http-equiv`` of a
filled ``<meta>`` tag, with its contents in page order."""

TITLE_KEYS = (
    "og:title",
    "twitter:title",
    "dc.title",
    "citation_title",
    "parsely-title",
    "sailthru.title",
    "headline",
    "title",
)
AUTHOR_KEYS = (
    "author",
    "article:author",
    "dc.creator",
    "dcterms.creator",
    "parsely-author",
    "sailthru.author",
    "byl",
    "byline",
    "article:author_name",
    "og:article:author",
    "book:author",
    "creator",
)
DATE_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "datepublished",
    "published_time",
    "og:published_time",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "article.published",
    "article_date_original",
    "original-publish-date",
    "sailthru.date",
    "parsely-pub-date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "citation_publication_date",
    "citation_online_date",
    "citation_date",
    "date",
    "release_date",
    "content_create_date",
    "cxenseparse:recs:publishtime",
)
SITE_KEYS = (
    # A journal article is cited in its journal, not on its publisher's
    # platform (og:site_name "Harbour Academic" beside the Highwire
    # citation_journal_title "Journal of Coastal Heritage").
    "citation_journal_title",
    "og:site_name",
    "application-name",
    "apple-mobile-web-app-title",
    "dc.publisher",
    "publisher",
)
DESCRIPTION_KEYS = ("og:description", "description", "twitter:description", "dc.description")
LANGUAGE_KEYS = ("content-language", "dc.language", "language", "og:locale", "inlanguage")


_SCHOLARLY_PREFIXES = ("citation_", "bepress_", "prism.", "dc.identifier", "dcterms.identifier")
"""The tags an indexer reads a scholarly work's facts from (Highwire,
bepress, PRISM, Dublin Core's identifier)."""
_PAGE_LEVEL = frozenset(("head", "html", "body", "noscript"))


def collect_meta(marks: Landmarks) -> MetaTags:
    """The page's filled ``<meta>`` tags by name (see :data:`MetaTags`).

    A scholarly tag inside a block of the body (a news story's "read the
    study" card, a blog's "related articles" box) states another work's
    facts: it is left out. One the parser moved from a malformed head
    stands in the body itself and is kept."""
    meta: MetaTags = {}
    # (Attribute names as bytes: see hints.names.)
    for element in marks.metas:
        content = element.get(b"content") or ""
        # (Most contents are their own collapsed form: one line, single
        # spaces, none at either end; and open with a letter or digit, which
        # :func:`filled` accepts at once. A page's every <meta> is asked.)
        if not (
            content.isprintable()
            and "  " not in content
            and not content.startswith(" ")
            and not content.endswith(" ")
        ):
            content = " ".join(content.split())
        if not content[:1].isalnum() and not filled(content):
            continue
        if a_comment_s(element):
            continue  # a commenter's, not the page's (comment_metas)
        for attribute in (b"property", b"name", b"itemprop", b"http-equiv"):
            name = element.get(attribute)
            if name:
                key = name.strip().lower()
                if key.startswith(_SCHOLARLY_PREFIXES) and _in_a_block(element):
                    continue
                meta.setdefault(key, []).append(content)
    return meta


def _in_a_block(element: etree._Element) -> bool:
    parent = element.getparent()
    return parent is not None and parent.tag not in _PAGE_LEVEL


def first(meta: MetaTags, keys: Iterable[str]) -> str:
    """The first value of the first of ``keys`` the page has ("" if none)."""
    for name in keys:
        values = meta.get(name)
        if values:
            return values[0]
    return ""
