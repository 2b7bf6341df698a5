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
"""

from __future__ import annotations

from dataclasses import dataclass

from quotemark.library.model import Metadata


@dataclass(frozen=True, slots=True)
class Kind:
    """An entry type, where the site goes, and the ``entrysubtype``."""

    entry_type: str
    site_field: str
    subtype: str | None = None


_BIBLATEX = {"news": Kind("article", "journaltitle", "nonacademic")}
_ONLINE = Kind("online", "organization")


def biblatex(meta: Metadata) -> Kind:
    """The biblatex entry type and site field for a post."""
    if meta.entry_type == "news" and not meta.site:
        return _ONLINE
    return _BIBLATEX.get(meta.entry_type or "", _ONLINE)


def bibtex_is_article(meta: Metadata, has_year: bool) -> bool:
    """Whether a post is written as BibTeX's ``@article`` (a news article
    with a site and a year) rather than ``@misc``."""
    return meta.entry_type == "news" and bool(meta.site) and has_year
