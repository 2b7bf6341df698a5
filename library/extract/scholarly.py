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

A preprint's or a report's page states where it is held instead of a
journal: ``citation_arxiv_id``, its own address at ``arxiv.org/abs/`` (the
page's canonical address or the one it was saved from: a link in its text is
another work's), a journal title or publisher naming a preprint server
(``bioRxiv``, ``SSRN``: :data:`~quotemark.library.model.PREPRINT_ARCHIVE_NAMES`),
a schema.org ``Preprint`` node, or ``citation_technical_report_institution``
(with ``citation_technical_report_number``). A published article keeps its
arXiv identifier beside its journal and DOI.

Any other page (a news story, a blog post; a news story linking the study it
reports) gets nothing: :func:`read_scholarly` answers ``None`` after
eighteen dict look-ups and a test of its address when the page has none of
these tags and no scholarly JSON-LD.
"""

from __future__ import annotations

import re

from lxml import etree

from quotemark.library.extract.jsonld import LinkedData
from quotemark.library.extract.landmarks import Landmarks
from quotemark.library.extract.meta_tags import MetaTags, first
from quotemark.library.identifiers import arxiv_id, normalise_doi
from quotemark.library.model import PREPRINT_ARCHIVE_NAMES, Scholarly

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
RANGE_KEYS = ("prism.pagerange", "citation_pages", "bepress_citation_pages")

ARXIV_KEYS = ("citation_arxiv_id", "bepress_citation_arxiv_id")
REPORT_KEYS = (
    "citation_technical_report_institution",
    "bepress_citation_technical_report_institution",
)
REPORT_NUMBER_KEYS = (
    "citation_technical_report_number",
    "bepress_citation_technical_report_number",
)
PUBLISHER_KEYS = ("citation_publisher", "dc.publisher", "dcterms.publisher")

_ARXIV_PAGE = re.compile(
    r"^https?://(?:www\.|export\.)?arxiv\.org/(?:abs|pdf)/(.+?)(?:\.pdf)?/?$", re.IGNORECASE
)
_ARXIV_CLASS = re.compile(r"\(([a-z-]+(?:\.[A-Za-z-]+)?)\)\s*$")
_SSRN_DOI = re.compile(r"^10\.2139/ssrn\.(\d+)$", re.IGNORECASE)
_SSRN_PAGE = re.compile(r"ssrn\.com/.*?abstract(?:_id)?=(\d+)", re.IGNORECASE)

_PRISM_ISSUE = frozenset(("prism.doi", "prism.volume", "prism.number", "prism.startingpage"))
"""PRISM's journal name alone is no article's: magazines write
``prism.publicationName`` on every page; with a DOI, volume, issue or page
it is."""

_DASHES = re.compile(r"\s*[-\u2010-\u2015\u2212]+\s*")
_SHORT = 24
"""A volume, issue or page longer than this is no volume, issue or page."""
_LONGEST_NAME = 200
"""A publisher's name longer than this is a sentence, not a name."""
_LIST_HOLDERS = frozenset({"li", "ol", "ul", "dl", "dd", "table", "cite", "blockquote", "aside"})
_OTHER_WORKS = re.compile(
    r"(?<![a-z])ref(?:erence)?s?(?![a-z])|reflist|biblio|footnote|endnote|cited|citing|related|recommend",
    re.IGNORECASE,
)
_DOI_LABEL = re.compile(r"\bdoi\s*:?\s*$", re.IGNORECASE)


def read_scholarly(
    meta: MetaTags,
    linked: LinkedData,
    marks: Landmarks,
    root: etree._Element,
    url: str | None = None,
) -> Scholarly | None:
    """The journal article's, preprint's or report's facts the page states
    (``None`` for a page that states none: a news story, a blog post).
    ``url`` is the page's own address (canonical, else where it was saved
    from)."""
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
    archive, eprint = _archive(meta, url)
    if doi is None and not journal and not linked.scholarly and archive is None:
        return None
    if journal and journal.casefold() in PREPRINT_ARCHIVE_NAMES:
        # bioRxiv's pages name the server as their journal: a preprint.
        archive, journal = archive or PREPRINT_ARCHIVE_NAMES[journal.casefold()], ""
    data: dict[str, str] = {}
    for name, value in linked.scholarly:
        data.setdefault(name, value)
    if doi is None:
        doi = next(
            (d for d in (normalise_doi(v) for n, v in linked.scholarly if n == "doi") if d), None
        )
    journal = journal or data.get("journal", "")
    if archive is None and "archive" in data:
        archive = PREPRINT_ARCHIVE_NAMES.get(data["archive"].casefold(), data["archive"])
    if eprint is None and archive == "arXiv":
        eprint = next(
            (a for a in map(arxiv_id, (v for n, v in linked.scholarly if n == "doi")) if a), None
        )
    if eprint is None and archive == "SSRN":
        ssrn = _SSRN_DOI.match(doi or "") or _SSRN_PAGE.search(url or "")
        eprint = ssrn[1] if ssrn else None
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
    journal = " ".join(journal.split())
    found = Scholarly(
        doi,
        journal or None,
        volume,
        issue,
        pages,
        archive,
        eprint,
        _arxiv_class(eprint, root) if archive == "arXiv" and eprint else None,
        _publisher(meta, linked, journal, archive),
    )
    return found if found.doi or found.journal or found.archive else None


def _publisher(meta: MetaTags, linked: LinkedData, journal: str, archive: str | None) -> str | None:
    # The publisher a scholarly page names: its tags' (Highwire, Dublin
    # Core), else its JSON-LD's when that is an organisation (a publisher
    # typed as a person is no publisher, and never an author either). Not
    # when it only names again the journal or the archive (a preprint
    # server named as publisher is the archive: ``_archive``).
    named = " ".join(first(meta, PUBLISHER_KEYS).split())
    if not named and linked.publisher in linked.organisations:
        named = " ".join(linked.publisher.split())
    if not named or len(named) > _LONGEST_NAME or named.casefold() in PREPRINT_ARCHIVE_NAMES:
        return None
    if named.casefold() in (journal.casefold(), (archive or "").casefold()):
        return None
    return named


def _archive(meta: MetaTags, url: str | None) -> tuple[str | None, str | None]:
    # Where the page says it is held: an arXiv identifier in its tags or its
    # own arXiv address, a preprint server named as its publisher, or a
    # technical report's institution (and number).
    for key in ARXIV_KEYS:
        if key in meta:
            found = next((a for a in map(arxiv_id, meta[key]) if a), None)
            if found:
                return "arXiv", found
    page = _ARXIV_PAGE.match(url or "") if url and "arxiv.org/" in url else None
    if page:
        found = arxiv_id(page[1])
        if found:
            return "arXiv", found
    for key in PUBLISHER_KEYS:
        if key in meta:
            server = PREPRINT_ARCHIVE_NAMES.get(" ".join(meta[key][0].split()).casefold())
            if server:
                return server, None
    institution = first(meta, REPORT_KEYS)
    if institution:
        institution = " ".join(institution.split())
        server = PREPRINT_ARCHIVE_NAMES.get(institution.casefold())
        return server or institution, _short(first(meta, REPORT_NUMBER_KEYS))
    return None, None


def _arxiv_class(eprint: str, root: etree._Element) -> str | None:
    # An old identifier names its class ("hep-th/9901001"); a new one's is
    # the primary subject arXiv's page prints: "Computation and Language
    # (cs.CL)".
    if "/" in eprint:
        return eprint.split("/", 1)[0]
    for element in root.iter("span", "div", "td"):
        if "primary-subject" in (element.get("class") or "").split():
            text = "".join(str(part) for part in element.itertext())
            found = _ARXIV_CLASS.search(" ".join(text.split()))
            return found[1] if found else None
    return None


def _short(value: str) -> str | None:
    value = " ".join(value.split())
    return value if value and len(value) <= _SHORT else None


def _pages(first_page: str, last_page: str, stated: str) -> str | None:
    start, end = _short(first_page), _short(last_page)
    if start is not None and end is None and not stated:
        # A range written as the first page ("201-224"); an article
        # number ("e0123456", "S12") stays as it is.
        stated, start = start, None
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
    for link, rel in zip(marks.links, marks.link_rels, strict=True):
        rels = rel.split()
        if "cite-as" in rels or "canonical" in rels:
            href = link.get(b"href") or ""
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
