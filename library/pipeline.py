"""One input file through the whole core pipeline: read, extract, analyze.

This is what ``quotemark extract`` prints and what an import stores; it
touches no library. Its functions are module-level and take and return
picklable values, so a process pool can run them: :func:`prepare` also packs
the columns an import stores (:mod:`quotemark.library.store.batch` runs it over many
files), :func:`reprocess` is what re-extraction runs on a stored original.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path
from typing import Any

from quotemark.library.analyze import analyze
from quotemark.library.extract import extract
from quotemark.library.importers import read, references_repaired
from quotemark.library.model import (
    SCHOLARLY_FIELDS,
    Article,
    Metadata,
    Processed,
    Quote,
    RawDocument,
)
from quotemark.library.store.batch import Prepared
from quotemark.library.store.posts import pack_analysed, pack_document

__all__ = ["Processed", "content_hash", "prepare", "process", "reprocess", "to_json"]


def content_hash(article: Article) -> str:
    """A hash of the article's text, insensitive to whitespace, so the same
    post saved as HTML, MHTML or text is recognised as the same content."""
    digest = hashlib.sha256()
    for block in article.blocks:
        text = block.text
        # split() and a regex's \s agree on every character, and the
        # join does the collapse and the strip at once (the hash must never
        # change: stored posts are matched by it). Most blocks need neither:
        # the only whitespace a printable text can hold is the ASCII space
        # (checked over all of Unicode), so one with no space at either end
        # and none doubled is its own collapsed form, found without making
        # a string of each word.
        if not (
            text.isprintable()
            and "  " not in text
            and not text.startswith(" ")
            and not text.endswith(" ")
        ):
            text = " ".join(text.split())
        digest.update(text.encode("utf-8"))
        digest.update(b"\x1e")
    return digest.hexdigest()


def process(path: Path) -> Processed:
    """Read, extract and analyse one file. Raises
    :class:`~quotemark.library.errors.QuotemarkError` subclasses for bad input."""
    return reprocess(read(path))


def reprocess(raw: RawDocument) -> Processed:
    """Extract and analyse a document already read (a stored original, for
    re-extraction). Raises :class:`~quotemark.library.errors.QuotemarkError`
    subclasses when it holds no article."""
    raw, article = _extracted(raw)
    analysis = analyze(article.blocks, article.metadata)
    return Processed(raw, article, analysis, content_hash(article))


def _extracted(raw: RawDocument) -> tuple[RawDocument, Article]:
    """The document (repaired, if it needed to be) and its article."""
    article = extract(raw)
    if raw.html is not None:
        # Mojibake written as character references shows only now, in the
        # text the parser expanded: repaired, and the page extracted again.
        again = references_repaired(raw, _shown(article))
        if again is not None:
            raw, article = again, extract(again)
    return raw, article


def prepare(path: Path) -> Prepared:
    """Process ``path`` and pack what will be stored (runs in an import
    worker): the result holds the page's text and bytes only compressed.

    They are packed before the analysis and let go: its peak, the import's,
    would otherwise also hold the file's bytes and its decoded text (three
    times a page of curly quotes' size; each character of such a text takes
    two bytes)."""
    raw, article = _extracted(read(path))
    document = pack_document(raw, article.metadata.reading)
    slim = replace(raw, original=b"", html=None, text=None, html_utf8=None)
    del raw
    analysis = analyze(article.blocks, article.metadata)
    packed = pack_analysed(document, article, analysis)
    return Prepared(Processed(slim, article, analysis, content_hash(article)), packed)


def _shown(article: Article) -> str:
    """The text a reader sees of an article: its citation fields and body."""
    meta = article.metadata
    return "\n".join(
        (meta.title, *meta.authors, meta.site or "", *(b.text for b in article.blocks))
    )


def metadata_json(meta: Metadata) -> dict[str, Any]:
    """A post's metadata as the command's JSON shows it (``extract`` and
    ``show`` alike): a journal article's DOI, journal, volume, issue and
    pages too, only where its page stated them."""
    data: dict[str, Any] = {
        "title": meta.title,
        "authors": list(meta.authors),
        "published": meta.published,
        "site": meta.site,
        "url": meta.url,
        "language": meta.language,
    }
    if meta.scholarly:
        data.update(
            (name, getattr(meta.scholarly, name))
            for name in SCHOLARLY_FIELDS
            if getattr(meta.scholarly, name)
        )
    return data


def quote_json(quote: Quote) -> dict[str, Any]:
    """One quotation as the command's JSON shows it (``extract`` and
    ``show`` alike)."""
    speaker = quote.speaker
    return {
        "text": quote.span.text,
        "speaker": speaker.name if speaker else None,
        "role": speaker.role if speaker else None,
        "kind": str(quote.kind),
        "block": quote.span.start.block,
        "start": quote.span.start.offset,
        "end": quote.span.end.offset,
        "end_block": quote.span.end.block,
        "confidence": speaker.confidence if speaker else 0.0,
        "extent_confidence": quote.extent_confidence,
        "parent": quote.parent,
    }


def to_json(path: str, processed: Processed) -> dict[str, Any]:
    """The stable JSON shape of ``quotemark extract --json`` for one input."""
    meta = processed.article.metadata
    blocks = processed.article.blocks
    analysis = processed.analysis
    return {
        "file": path,
        **metadata_json(meta),
        "blocks": [{"kind": str(b.kind), "text": b.text} for b in blocks],
        "quotes": [quote_json(q) for q in analysis.quotes],
        "sources": [
            {
                "name": analysis.sources[m.source].name,
                "kind": str(analysis.sources[m.source].kind),
                "url": analysis.sources[m.source].url,
                "block": m.span.start.block,
                "mention": str(m.kind),
                "text": m.span.text,
            }
            for m in analysis.mentions
        ],
        # Where the text differs from the file's bytes: mojibake restored.
        "repaired": processed.raw.repaired.to_json() if processed.raw.repaired else None,
    }
