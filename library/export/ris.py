"""RIS export (EndNote, Zotero, Mendeley).

One ``ELEC`` (web page) record per post and per clip (``JOUR`` for a
journal article, with ``JO``, ``VL``, ``IS``, ``SP``, ``EP`` and ``DO``;
``UNPB`` for a preprint and ``RPRT`` for a report, with ``PB`` and ``AN`` /
``SN``); RIS has no
cross-references, so a clip record repeats its post's fields and adds the
passage as a note. Lines end with CR LF as the RIS specification asks.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotemark.library.export import dates, kinds, languages, latex, names, passages
from quotemark.library.export.groups import group
from quotemark.library.export.options import ExportOptions
from quotemark.library.export.registry import Exporter, register
from quotemark.library.model import Citation, Clip

_EOL = "\r\n"


def render(citations: Sequence[Citation], options: ExportOptions) -> str:
    """RIS records: each post, then its clips."""
    records: list[str] = []
    for post_group in group(citations, posts_only=options.posts_only):
        records.append(record(post_group.post))
        for citation in post_group.clips:
            assert citation.clip is not None
            records.append(record(citation, citation.clip))
    return "".join(records)


def _ris_date(date: dates.PartialDate) -> str:
    # RIS dates are YYYY/MM/DD/other with empty parts kept: "2024/01//".
    month = f"{date.month:02d}" if date.month else ""
    day = f"{date.day:02d}" if date.day else ""
    return f"{date.year:04d}/{month}/{day}/"


# What a post is cited as (kinds.cited_as) as an RIS type: UNPB, RIS's
# unpublished work, for a preprint.
_TYPES = {
    "blog": "BLOG",
    "news": "NEWS",
    "web": "ELEC",
    "journal": "JOUR",
    "preprint": "UNPB",
    "report": "RPRT",
}


def record(citation: Citation, clip: Clip | None = None) -> str:
    """One RIS record for a post, or for a clip of it."""
    meta = citation.metadata
    kind = _TYPES[kinds.cited_as(meta)]
    journal = kinds.journal(meta)
    preprint, report = kinds.preprint(meta), kinds.report(meta)
    lines: list[tuple[str, str]] = [("TY", kind), ("ID", clip.key if clip else citation.post_key)]
    for raw in meta.authors:
        name = names.parse(raw)
        if name is None:
            continue
        if name.literal:
            lines.append(("AU", name.literal))
        else:
            family = name.family_with_particle
            lines.append(("AU", ", ".join(p for p in (family, name.given, name.suffix) if p)))
    lines.append(("TI", latex.clean(meta.title)))
    held = preprint or report
    lines.append(("T2", latex.clean(journal or ("" if held else meta.site or ""))))
    found = meta.scholarly
    published_by = kinds.publisher(meta)
    if published_by:
        # The server or institution as publisher (else the publisher the
        # page named).
        lines.append(("PB", latex.clean(published_by)))
    number = kinds.number(meta)
    if number and found is not None:
        # A report's number as SN, named institution or not (Zotero's RIS
        # translator reads SN as a report's reportNumber, PB as its
        # institution); a preprint's identifier at its server, or a
        # report's there, as the accession number.
        on_server = kind == "UNPB" or found.preprint_archive() is not None
        lines.append(("AN" if on_server else "SN", latex.clean(number)))
    if journal and found is not None:
        pages = found.page_range()
        lines += [
            ("JO", latex.clean(journal)),
            ("VL", latex.clean(found.volume or "")),
            ("IS", latex.clean(found.issue or "")),
            ("SP", latex.clean(pages[0]) if pages else ""),
            ("EP", latex.clean(pages[1] or "") if pages else ""),
        ]
    if found is not None and found.doi:
        lines.append(("DO", latex.clean(found.doi)))
    published = dates.parse(meta.published)
    if published:
        lines += [("PY", f"{published.year:04d}"), ("DA", _ris_date(published))]
    link = latex.url(meta.url)
    if link:
        lines.append(("UR", link))
        accessed = dates.parse(citation.accessed)
        if accessed:
            lines.append(("Y2", _ris_date(accessed)))
    lines.append(("LA", languages.normalise(meta.language) or ""))
    lines.append(("AB", latex.clean(meta.description or "")))
    if clip is not None:
        lines.append(("N1", passages.summary(clip, meta.reading)))
        lines.append(("N1", latex.clean(clip.note)))
        lines += [("KW", tag) for tag in passages.tags(clip)]
    lines.append(("ER", ""))
    # Every line is "TG  - value"; "ER  - " keeps its trailing space.
    text = "".join(f"{tag}  - {value}{_EOL}" for tag, value in lines if value or tag == "ER")
    return text + _EOL


register(Exporter("ris", "RIS (EndNote, Zotero)", ".ris", render))
