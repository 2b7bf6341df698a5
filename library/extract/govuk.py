"""Metadata of a saved GOV.UK news page (a press release, a news story):
the department that issued it as the site, no byline.

GOV.UK states its pages' JSON-LD author as the issuing department (an
Organization) and its publisher as "GOV.UK" (also ``og:site_name``); the
general path reads the department as the writer and the platform as the
site. A release is the department's, written by no one it names (the
minister in its "From:" line is quoted, not its writer), and is cited as
published by the department, as stop 43's university release is cited
without a byline. The department and the first publication's instant are
in GOV.UK's own ``govuk:`` metas on every page.

Recognised by the ``govuk:schema-name`` meta ("news_article"): one look-up
of a meta value already collected; speeches and other formats, whose
speaker may be their author, are left to the general path.
"""

from __future__ import annotations

from dataclasses import dataclass

from quotemark.library.extract.dates import parse_date


@dataclass(frozen=True, slots=True)
class ReleaseFacts:
    """What a GOV.UK news page's metas state."""

    published: str | None
    department: str


def release_facts(meta: dict[str, list[str]]) -> ReleaseFacts | None:
    """The first publication and the issuing department of a GOV.UK news
    page (``meta``: the page's metas, lower-case names), or ``None`` for any
    other page or a news page naming no department."""
    if meta.get("govuk:schema-name", [""])[0] != "news_article":
        return None
    department = meta.get("govuk:primary-publishing-organisation", [""])[0].strip()
    if not department:
        return None
    published = parse_date(meta.get("govuk:first-published-at", [""])[0])
    return ReleaseFacts(published=published, department=department)
