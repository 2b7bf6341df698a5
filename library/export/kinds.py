"""Which biblatex / BibTeX entry type a post is written as.

The researcher says what a post is (``Metadata.entry_type``: ``blog``,
``news``, ``web``, or not said) in the Info tab or with ``quotemark edit
--type``. The mapping (documented in ``docs/export.md``) follows what
biblatex's data model and the classic styles offer, as Zotero does:

* a news article is an ``@article`` in its newspaper (biblatex
  ``journaltitle`` with ``entrysubtype = {nonacademic}``, BibTeX
  ``journal``). ``nonacademic`` is biblatex-apa's mark for newspaper and
  magazine articles (APA 7 dates them to the day, journal articles by the
  year); it prints nothing, and other styles ignore it. A subtype such as
  "newspaper" or "blog" would be printed by biblatex-apa in brackets after
  the title, which APA 7 does not ask for;
* a blog post, a web page, or a post whose kind is not said, is
  ``@online`` / ``@misc``: neither data model has a closer type.

BibTeX's ``@article`` requires a journal and a year (``plain`` warns
without them), so a news article without a site or a date stays ``@misc``.

A journal article (``journal``, or a post whose kind is not said and whose
landing page named its journal: ``Metadata.scholarly``) is an ``@article``
in its journal, with volume, number, pages and DOI, and no subtype.

A preprint (a post whose kind is not said, no journal named, held by a
preprint server: ``Scholarly.preprint_archive``) is biblatex's ``@online``
with ``eprint``, ``eprinttype`` and ``eprintclass`` (BibTeX ``@misc`` with
``eprint``, ``archivePrefix``, ``primaryClass``); a technical report (an
institution stated instead) is ``@report`` / ``@techreport``. A published
article with an arXiv identifier keeps it beside its journal and DOI.
"""

from __future__ import annotations

from dataclasses import dataclass

from quotemark.library.export import latex
from quotemark.library.model import Metadata


@dataclass(frozen=True, slots=True)
class Kind:
    """An entry type, where the site goes, and the ``entrysubtype``."""

    entry_type: str
    site_field: str
    subtype: str | None = None


_BIBLATEX = {"news": Kind("article", "journaltitle", "nonacademic")}
_ONLINE = Kind("online", "organization")
_JOURNAL_ARTICLE = Kind("article", "journaltitle")
_REPORT = Kind("report", "institution", None)


def journal(meta: Metadata) -> str | None:
    """The journal a post is cited in when it is a journal article (the
    researcher said so, or said nothing and its page named its journal):
    the journal its page named, else its site; ``None`` otherwise."""
    named = meta.scholarly.journal if meta.scholarly else None
    if meta.entry_type == "journal":
        return named or meta.site or None
    return named if meta.entry_type is None else None


def is_preprint(meta: Metadata) -> bool:
    """Whether exports cite a post as a preprint: the researcher said so
    (``entry_type`` ``preprint``), or said nothing and its page named a
    preprint server and no journal."""
    if meta.entry_type == "preprint":
        return True
    if meta.entry_type is not None or meta.scholarly is None or journal(meta):
        return False
    return meta.scholarly.preprint_archive() is not None


def is_report(meta: Metadata) -> bool:
    """Whether exports cite a post as a technical report: the researcher
    said so, or said nothing and its page named an archive that is no
    preprint server (an institution) and no journal."""
    if meta.entry_type == "report":
        return True
    if meta.entry_type is not None or meta.scholarly is None or journal(meta):
        return False
    found = meta.scholarly
    return bool(found.archive) and found.preprint_archive() is None


def _holder(meta: Metadata, server: bool) -> str | None:
    # Who holds a preprint (``server``) or issued a report: the archive the
    # page named (a preprint server is no report's institution), else its
    # publisher, else its site.
    found = meta.scholarly
    archive = found.archive if found else None
    if archive and not server and found is not None and found.preprint_archive():
        archive = None
    return archive or (found.publisher if found else None) or meta.site or None


def publisher(meta: Metadata) -> str | None:
    """Who published a post as CSL's ``publisher`` and RIS's ``PB`` cite it:
    a preprint's server, a report's institution, else the publisher its
    page named (a journal article's publishing house); ``None``."""
    held = preprint(meta) or report(meta)
    return held or (meta.scholarly.publisher if meta.scholarly else None)


def preprint(meta: Metadata) -> str | None:
    """The preprint server a post is cited on (``arXiv``, ``bioRxiv``) when
    it is a preprint (:func:`is_preprint`); a preprint the researcher said
    is one without a server named: its publisher, else its site. ``None`` for any
    other post, or when nothing names where it is held."""
    return _holder(meta, server=True) if is_preprint(meta) else None


def report(meta: Metadata) -> str | None:
    """The institution that issued a post when it is a technical report
    (:func:`is_report`): the archive its page named, else its publisher,
    else its site; ``None`` for any other post."""
    return _holder(meta, server=False) if is_report(meta) else None


def cited_as(meta: Metadata) -> str:
    """What every export cites a post as, named as the researcher names
    entry types: ``journal``, ``preprint`` or ``report`` (said, or read
    from its page: :func:`journal`, :func:`is_preprint`, :func:`is_report`),
    ``blog`` or ``news`` as said, else ``web`` (a web page; also a journal
    article said without a journal or site to cite it in)."""
    if journal(meta):
        return "journal"
    if is_preprint(meta):
        return "preprint"
    if is_report(meta):
        return "report"
    return meta.entry_type if meta.entry_type in ("blog", "news") else "web"


_IN_WORDS = {"journal": "journal article", "preprint": "preprint", "report": "report"}


def unsaid(meta: Metadata) -> str:
    """What exports cite a post as while the researcher has not said what
    it is, in words: a journal article, a preprint or a report when its
    page says so (a journal, a preprint server, an institution), else a
    web page."""
    return _IN_WORDS.get(cited_as(meta), "web page")


def number(meta: Metadata) -> str | None:
    """A preprint's identifier at its server or a report's number, as
    CSL-JSON's ``number`` and RIS carry it (not yet cleaned); ``None`` for
    any other post or without one. A report needs no institution named to
    carry its number: BibTeX and biblatex write it either way."""
    found = meta.scholarly
    if found is None or not found.eprint or not (is_preprint(meta) or is_report(meta)):
        return None
    return found.eprint


def eprint(meta: Metadata, ascii_only: bool) -> tuple[str | None, str | None, str | None]:
    """A post's ``eprint``, its ``eprinttype`` (as biblatex knows it:
    ``arxiv``; else the server's name) and ``eprintclass``, escaped for a
    ``.bib`` (all ``None`` without a preprint identifier)."""
    found = meta.scholarly
    archive = found.preprint_archive() if found else None
    if found is not None and archive is None and meta.entry_type == "preprint":
        archive = found.archive  # a server the researcher's preprint names
    if found is None or archive is None or not found.eprint:
        return None, None, None
    kind = "arxiv" if archive == "arXiv" else latex.escape(archive, ascii_only=ascii_only)
    number = latex.escape(found.eprint, ascii_only=ascii_only)
    named = latex.escape(found.eprint_class, ascii_only=ascii_only) if found.eprint_class else None
    return number, kind, named


def report_number(meta: Metadata, ascii_only: bool) -> str | None:
    """A technical report's :func:`number`, unless that is a preprint
    server's identifier (an arXiv id is no report number), escaped for a
    ``.bib``; ``None`` for any other post."""
    found = number(meta) if is_report(meta) else None
    if found is None or meta.scholarly is None or meta.scholarly.preprint_archive():
        return None
    return latex.escape(found, ascii_only=ascii_only)


def biblatex(meta: Metadata) -> Kind:
    """The biblatex entry type and site field for a post."""
    if journal(meta):
        return _JOURNAL_ARTICLE
    if is_report(meta):
        return _REPORT
    if meta.entry_type == "news" and not meta.site:
        return _ONLINE
    return _BIBLATEX.get(meta.entry_type or "", _ONLINE)


def bibtex_is_article(meta: Metadata, has_year: bool) -> bool:
    """Whether a post is written as BibTeX's ``@article`` (a news article
    with a site and a year, a journal article with a year) rather than
    ``@misc``."""
    if journal(meta):
        return has_year
    return meta.entry_type == "news" and bool(meta.site) and has_year


def latex_pages(meta: Metadata) -> str | None:
    """A journal article's pages as BibTeX and biblatex write a range
    (``101--118``, printed with an en dash)."""
    pages = meta.scholarly.page_range() if meta.scholarly else None
    if pages is None:
        return None
    first, last = latex.escape(pages[0]), latex.escape(pages[1] or "")
    return f"{first}--{last}" if last else first


def doi_link(meta: Metadata) -> str | None:
    """The post's DOI as a link safe verbatim in a ``.bib`` field and in
    ``\\url{...}`` (``https://doi.org/10...``); ``None`` without a DOI."""
    return latex.url(meta.scholarly.doi_url()) if meta.scholarly else None


def bib_doi(meta: Metadata) -> str | None:
    """The DOI as a ``.bib`` ``doi`` field holds it (verbatim-safe, without
    its resolver). An old SICI DOI's ``<`` and ``>`` stand as themselves,
    as the DOI is registered: a link encodes them, but a reference manager
    reading the field back would take ``%3C`` for part of the DOI."""
    link = doi_link(meta)
    if not link:
        return None
    return link.removeprefix("https://doi.org/").replace("%3C", "<").replace("%3E", ">")


def bib_text(meta: Metadata, name: str, ascii_only: bool) -> str | None:
    """A journal article's ``volume`` or ``issue`` escaped for a ``.bib``."""
    value = getattr(meta.scholarly, name) if meta.scholarly else None
    return latex.escape(value, ascii_only=ascii_only) if value else None
