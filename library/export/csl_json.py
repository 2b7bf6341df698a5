"""CSL-JSON export (Pandoc, Zotero, any citeproc).

CSL has no cross-references, so a clip is an item of its own that repeats
its post's bibliographic fields and adds the passage. Strings are plain
text, as the page has it: no ``<span class="nocase">`` is added (the
Chicago style does not lowercase titles). See ``docs/export.md`` for the mapping.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from quotemark.library.export import dates, kinds, languages, latex, names, passages
from quotemark.library.export.groups import group
from quotemark.library.export.options import ExportOptions
from quotemark.library.export.registry import Exporter, register
from quotemark.library.model import Citation, Clip, Metadata


def render(citations: Sequence[Citation], options: ExportOptions) -> str:
    """A JSON array of CSL items: each post, then its clips."""
    items: list[dict[str, Any]] = []
    for post_group in group(citations, posts_only=options.posts_only):
        post = post_group.post
        # A clip repeats its post's fields: work them out once per post.
        shared = _bibliographic(post.metadata, post.accessed)
        items.append(item(post, shared=shared))
        for citation in post_group.clips:
            assert citation.clip is not None
            items.append(item(citation, citation.clip, shared=shared))
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"


# What a post is cited as (kinds.cited_as) as a CSL item type: "article" is
# CSL's type for a preprint (Zotero's mapping too).
_TYPES = {
    "blog": "post-weblog",
    "news": "article-newspaper",
    "web": "webpage",
    "journal": "article-journal",
    "preprint": "article",
    "report": "report",
}


def item(
    citation: Citation, clip: Clip | None = None, *, shared: dict[str, Any] | None = None
) -> dict[str, Any]:
    """One CSL item: the post's fields (``shared`` when already worked out
    for this post), and for a clip its passage."""
    kind = _TYPES[kinds.cited_as(citation.metadata)]
    data: dict[str, Any] = {"id": clip.key if clip else citation.post_key, "type": kind}
    if shared is None:
        shared = _bibliographic(citation.metadata, citation.accessed)
    data.update(shared)
    if clip is not None:
        data["note"] = passages.summary(clip, citation.metadata.reading)
        if clip.note.strip():
            data["annote"] = latex.clean(clip.note)
        tags = passages.tags(clip)
        if tags:
            data["keyword"] = ", ".join(tags)
        data["custom"] = {
            "quotemark": {
                "post": citation.post_key,
                "paragraph": clip.paragraph,
                "paragraph_end": passages.paragraphs(clip)[1],
                "text": latex.clean(clip.text),
                "speaker": latex.clean(clip.speaker or "") or None,
                "role": latex.clean(clip.role or "") or None,
                "quoted_by": latex.clean(clip.quoted_by or "") or None,
                "tags": tags,
            }
        }
    return data


def _bibliographic(meta: Metadata, accessed_on: str) -> dict[str, Any]:
    data: dict[str, Any] = {}
    title = latex.clean(meta.title)
    if title:
        data["title"] = title
    authors = [csl_name(n) for n in (names.parse(a) for a in meta.authors) if n is not None]
    if authors:
        data["author"] = authors
    published = dates.parse(meta.published)
    if published:
        data["issued"] = {"date-parts": [published.parts]}
    journal = kinds.journal(meta)
    held = kinds.preprint(meta) or kinds.report(meta)
    site = latex.clean(journal or ("" if held else meta.site or ""))
    if site:
        data["container-title"] = site
    found = meta.scholarly
    published_by = kinds.publisher(meta)
    if published_by:
        # A preprint: its server as publisher, "Preprint" as genre and its
        # identifier there as number, as citeproc styles print them (APA:
        # "[Preprint]. arXiv. https://..."); a report: its institution and
        # number; a journal article: the publisher its page named.
        data["publisher"] = latex.clean(published_by)
    if kinds.is_preprint(meta):
        data["genre"] = "Preprint"
    number = kinds.number(meta)
    if number and found is not None:
        # A report's number whether or not an institution is named, as the
        # .bib exports carry it; an identifier on arXiv says so.
        prefix = "arXiv:" if found.archive == "arXiv" else ""
        data["number"] = latex.clean(prefix + number)
    if found is not None:
        if journal:
            data.update(
                (name, latex.clean(value))
                for name, value in (
                    ("volume", found.volume),
                    ("issue", found.issue),
                    ("page", found.pages.replace("\u2013", "-") if found.pages else None),
                )
                if value
            )
        if found.doi:
            data["DOI"] = latex.clean(found.doi)
    link = latex.url(meta.url)
    if link:
        data["URL"] = link
        accessed = dates.parse(accessed_on)
        if accessed:
            data["accessed"] = {"date-parts": [accessed.parts]}
    language = languages.normalise(meta.language)
    if language:
        data["language"] = language
    description = latex.clean(meta.description or "")
    if description:
        data["abstract"] = description
    return data


def csl_name(name: names.Name) -> dict[str, str]:
    """A :class:`~quotemark.library.export.names.Name` as a CSL name object."""
    if name.literal:
        return {"literal": name.literal}
    out = {"family": name.family}
    if name.given:
        out["given"] = name.given
    if name.particle:
        out["non-dropping-particle"] = name.particle
    if name.suffix:
        out["suffix"] = name.suffix
    return out


register(Exporter("csl-json", "CSL-JSON (Pandoc, Zotero)", ".json", render))
