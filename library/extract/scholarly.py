"""A journal article's DOI, journal, volume, issue and pages, from its
landing page.

A publisher's page for a journal article states these for indexers: the
Highwire ``citation_*`` tags Google Scholar reads, Dublin Core's
``dc.identifier`` (``doi:10...``), PRISM's ``prism.*`` tags, and schema.org
``ScholarlyArticle`` JSON-LD (its ``identifier``, and its ``isPartOf``
issue, volume and Periodical). A ``doi.org`` link counts only where the page
states it as the article's own: ``<link rel="cite-as">`` (RFC 8574) or
``rel="canonical"`` in its head, or, on a page already stated to be a journal
article, one link in its text labelled as the DOI ("DOI: https://doi.org/...")
that stands in no list: the DOIs of a reference list are other works'.

Any other page (a news story, a blog post; a news story linking the study it
reports) gets nothing: :func:`read_scholarly` answers ``None`` after nine
dict look-ups when the page has none of these tags and no scholarly JSON-LD.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from lxml import etree

from quotemark.library.extract.jsonld import LinkedData
from quotemark.library.extract.landmarks import Landmarks
from quotemark.library.extract.meta_tags import MetaTags, first
from quotemark.library.model import Scholarly

DOI_KEYS = (
    "citation_doi",
    "prism.doi",
    "bepress_citation_doi",
    "dc.identifier",
    "dcterms.identifier",
    "dc.identifier.doi",
)
JOURNAL_KEYS = (
    "citation_journal_title",
    "bepress_citation_journal_title",
    "prism.publicationname",
)
VOLUME_KEYS = ("citation_volume", "prism.volume", "bepress_citation_volume")
ISSUE_KEYS = ("citation_issue", "prism.number", "prism.issueidentifier", "bepress_citation_issue")
FIRST_PAGE_KEYS = ("citation_firstpage", "prism.startingpage", "bepress_citation_firstpage")
LAST_PAGE_KEYS = ("citation_lastpage", "prism.endingpage", "bepress_citation_lastpage")
RANGE_KEYS = ("prism.pagerange",)

_PRISM_ISSUE = frozenset(("prism.doi", "prism.volume", "prism.number", "prism.startingpage"))
"""PRISM's journal name alone is no article's: magazines write
``prism.publicationName`` on every page; with a DOI, volume, issue or page
it is."""

_DOI = re.compile(r"(10\.\d{4,9})/(\S+)")
_DOI_LEADS = re.compile(
    r"^(?:doi\s*:\s*|info:doi/|(?:https?://)?(?:dx\.)?doi\.org/|urn:doi:)", re.IGNORECASE
)
_TRAILING = ".,;:)]}>\"'\u201d\u2019"
_DASHES = re.compile(r"\s*[-\u2010-\u2015\u2212]+\s*")
_SHORT = 24
"""A volume, issue or page longer than this is no volume, issue or page."""
_LIST_HOLDERS = frozenset({"li", "ol", "ul", "dl", "dd", "table", "cite", "blockquote", "aside"})
_OTHER_WORKS = re.compile(
    r"(?<![a-z])ref(?:erence)?s?(?![a-z])|reflist|biblio|footnote|endnote|cited|citing|related|recommend",
    re.IGNORECASE,
)
_DOI_LABEL = re.compile(r"\bdoi\s*:?\s*$", re.IGNORECASE)


def normalise_doi(value: str) -> str | None:
    """``value`` (``doi:10.1234/AB``, ``https://doi.org/10.1234/ab``, a bare
    DOI) as a DOI, ``10.1234/AB``: the resolver or scheme before it taken
    off in any case, percent-escapes decoded, a sentence's closing mark
    after it dropped; ``None`` when it is no DOI."""
    text = unquote(value.strip())
    text = _DOI_LEADS.sub("", text, count=1).strip()
    found = _DOI.fullmatch(text.rstrip(_TRAILING))
    if found is None:
        return None
    return f"{found[1]}/{found[2]}"


def read_scholarly(
    meta: MetaTags, linked: LinkedData, marks: Landmarks, root: etree._Element
) -> Scholarly | None:
    """The journal article facts the page states (``None`` for a page that
    states none: any page not a journal article's)."""
    # A page states a DOI in a tag (a Dublin Core identifier that is none,
    # "courier-2024-0212", states nothing), or its journal: Highwire's
    # title, or PRISM's with the article's place in it.
    doi: str | None = None
    for key in DOI_KEYS:
        if key in meta:
            doi = next((d for d in map(normalise_doi, meta[key]) if d), None)
            if doi:
                break
    journal = first(meta, JOURNAL_KEYS[:2])
    if not journal and "prism.publicationname" in meta:
        journal = first(meta, JOURNAL_KEYS[2:]) if any(k in meta for k in _PRISM_ISSUE) else ""
    if doi is None and not journal and not linked.scholarly:
        return None
    data: dict[str, str] = {}
    for name, value in linked.scholarly:
        data.setdefault(name, value)
    if doi is None:
        doi = next(
            (d for d in (normalise_doi(v) for n, v in linked.scholarly if n == "doi") if d), None
        )
    journal = journal or data.get("journal", "")
    # A link counts as the DOI where the page states it as its own: in its
    # head, or labelled in the text of a page already known to be a
    # journal article's (a news story's "DOI: ..." is the study's).
    doi = doi or _head_doi(marks) or (_labelled_doi(root) if journal else None)
    volume = _short(first(meta, VOLUME_KEYS) or data.get("volume", ""))
    issue = _short(first(meta, ISSUE_KEYS) or data.get("issue", ""))
    pages = _pages(
        first(meta, FIRST_PAGE_KEYS) or data.get("first", ""),
        first(meta, LAST_PAGE_KEYS) or data.get("last", ""),
        first(meta, RANGE_KEYS) or data.get("pages", ""),
    )
    found = Scholarly(doi, " ".join(journal.split()) or None, volume, issue, pages)
    return found if found.doi or found.journal else None


def _short(value: str) -> str | None:
    value = " ".join(value.split())
    return value if value and len(value) <= _SHORT else None


def _pages(first_page: str, last_page: str, stated: str) -> str | None:
    start, end = _short(first_page), _short(last_page)
    if start is None and stated:
        # "101-118", "101 – 118": a stated range.
        parts = [p for p in _DASHES.split(stated.strip()) if p]
        if 1 <= len(parts) <= 2:
            start = _short(parts[0])
            end = _short(parts[1]) if len(parts) == 2 else None
    if start is None:
        return None
    return f"{start}\u2013{end}" if end and end != start else start


def _head_doi(marks: Landmarks) -> str | None:
    # <link rel="cite-as" href="https://doi.org/..."> (RFC 8574: the
    # identifier to cite this page by) or a canonical address at doi.org.
    for link in marks.links:
        rel = (link.get("rel") or "").lower().split()
        if "cite-as" in rel or "canonical" in rel:
            href = link.get("href") or ""
            if "doi.org/10." in href:
                doi = normalise_doi(href)
                if doi:
                    return doi
    return None


def _labelled_doi(root: etree._Element) -> str | None:
    # The one doi.org link the page's text labels as a DOI ("DOI:" before
    # it, or the DOI as its text), outside any list: a reference list's
    # items are other works' DOIs. Two different ones: neither is taken.
    found: dict[str, str] = {}
    for link in root.iter("a"):
        href = link.get("href") or ""
        if "doi.org/10." not in href or not _labelled(link) or _among_other_works(link):
            continue
        doi = normalise_doi(href)
        if doi:
            found.setdefault(doi.casefold(), doi)
    return next(iter(found.values())) if len(found) == 1 else None


def _labelled(link: etree._Element) -> bool:
    text = " ".join("".join(str(part) for part in link.itertext()).split())
    if text and (normalise_doi(text) or text.casefold().startswith("doi")):
        return True
    before = link.getprevious()
    lead = (before.tail if before is not None else None) or ""
    if before is None:
        parent = link.getparent()
        lead = (parent.text if parent is not None else None) or ""
    if not lead.strip() and before is not None:
        lead = "".join(str(part) for part in before.itertext())
    return bool(_DOI_LABEL.search(lead.strip()))


def _among_other_works(link: etree._Element) -> bool:
    for element in link.iterancestors():
        if not isinstance(element.tag, str):
            continue
        if element.tag in _LIST_HOLDERS:
            return True
        names = f"{element.get('class') or ''} {element.get('id') or ''}"
        if names.strip() and _OTHER_WORKS.search(names):
            return True
    return False
