"""Metadata of a saved GOV.UK news page (a press release, a news story):
the department that issued it as the site, no byline; of a speech, its
speaker as the author.

GOV.UK states its pages' JSON-LD author as the issuing department (an
Organization) and its publisher as "GOV.UK" (also ``og:site_name``); the
general path reads the department as the writer and the platform as the
site. A release is the department's, written by no one it names (the
minister in its "From:" line is quoted, not its writer), and is cited as
published by the department, as stop 43's university release is cited
without a byline. The department and the first publication's instant are
in GOV.UK's own ``govuk:`` metas on every page.

A speech (``govuk:schema-name`` "speech") is its speaker's: the minister
linked in its "From:" line (a ``/government/people/`` page, "The Rt Hon Ada
Lind MP") is its author, without the style and letters a citation drops,
and its date is the day it was delivered ("Delivered on: 3 March 2026"),
which GOV.UK publishes a day or more later. Other formats are left to the
general path.

Recognised by the ``govuk:schema-name`` meta: one look-up of a meta value
already collected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from quotemark.library.extract.cleaning import flat_text
from quotemark.library.extract.dates import parse_date
from quotemark.library.extract.xpath import Query


@dataclass(frozen=True, slots=True)
class ReleaseFacts:
    """What a GOV.UK news page's metas state."""

    published: str | None
    department: str
    speaker: str = ""
    """A speech's speaker (a news page has none)."""


def release_facts(meta: dict[str, list[str]]) -> ReleaseFacts | None:
    """The first publication and the issuing department of a GOV.UK news
    page or speech (``meta``: the page's metas, lower-case names), or
    ``None`` for any other page or one naming no department."""
    schema = meta.get("govuk:schema-name", [""])[0]
    if schema not in _FORMATS:
        return None
    department = meta.get("govuk:primary-publishing-organisation", [""])[0].strip()
    if not department:
        return None
    published = parse_date(meta.get("govuk:first-published-at", [""])[0])
    return ReleaseFacts(published=published, department=department)


def speech_facts(meta: dict[str, list[str]], root: etree._Element) -> ReleaseFacts | None:
    """:func:`release_facts` of a GOV.UK speech, with its speaker and the day
    it was delivered read from its metadata list (``root``: the page), or
    ``None`` for any other page."""
    facts = release_facts(meta)
    if facts is None or meta["govuk:schema-name"][0] != "speech":
        return facts
    speaker = ""
    for link in _PERSON_LINKS.elements(root)[:1]:
        speaker = _STYLE.sub("", " ".join(flat_text(link).split()))
    delivered = None
    for term in _DELIVERED.elements(root)[:1]:
        delivered = parse_date(flat_text(term))
    return ReleaseFacts(
        published=delivered or facts.published, department=facts.department, speaker=speaker
    )


_FORMATS = frozenset({"news_article", "speech"})
_PERSON_LINKS = Query(".//dl//dd//a[contains(@href, '/government/people/')]")
_DELIVERED = Query(
    ".//dl/dt[starts-with(normalize-space(), 'Delivered on')]/following-sibling::dd[1]"
)
_STYLE = re.compile(
    r"^(?:the\s+)?(?:(?:rt\.?|right)\s+hon(?:\.|ourable)?\s+|sir\s+|dame\s+)+"
    r"|(?:,?\s+(?:mp|msp|ms|mla|kc|qc|cbe|obe|mbe|frs))+$",
    re.IGNORECASE,
)
"""A minister's style and letters around the name ("The Rt Hon ... MP")."""
