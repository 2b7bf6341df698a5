"""Blocks, analyses and documents to compact JSON and back.

Stored compressed (zlib) so a post opens with one row read and one JSON
parse, without re-running extraction.
"""

from __future__ import annotations

import json
import zlib
from typing import Any

from quotemark.library.model import (
    Analysis,
    Block,
    BlockKind,
    Link,
    Mention,
    MentionKind,
    Position,
    Quote,
    QuoteKind,
    Source,
    SourceKind,
    Span,
    Speaker,
)

DAMAGE: tuple[type[Exception], ...] = (
    zlib.error,
    ValueError,
    TypeError,
    LookupError,
    AttributeError,
)
"""What decoding a damaged stored value raises (bad compression, bad JSON,
the wrong shape); callers turn it into
:class:`~quotemark.library.errors.DamagedPost`."""


_PACK_SLICE = 1000
"""How many items of a long list :func:`pack` writes at a time."""


def pack(value: Any) -> bytes:
    """``value`` as compressed JSON."""
    if not isinstance(value, list) or len(value) <= _PACK_SLICE:
        return zlib.compress(json.dumps(value, ensure_ascii=False).encode("utf-8"), 6)
    # A big post's blocks: ``json.dumps`` made the whole text from a list of
    # its small pieces (eight times the text, the import's peak after the
    # analysis; s40-memory2). Written and compressed a slice at a time, the
    # JSON is the same (its items are joined by ", ") and so are the bytes:
    # deflate's output does not depend on how its input is cut.
    packer = zlib.compressobj(6)
    out = [packer.compress(b"[")]
    for start in range(0, len(value), _PACK_SLICE):
        items = json.dumps(value[start : start + _PACK_SLICE], ensure_ascii=False)[1:-1]
        out.append(packer.compress(((", " if start else "") + items).encode("utf-8")))
    out.append(packer.compress(b"]"))
    out.append(packer.flush())
    return b"".join(out)


def unpack(data: bytes) -> Any:
    """The value :func:`pack` stored."""
    return json.loads(zlib.decompress(data).decode("utf-8"))


def compress(data: bytes) -> bytes:
    """Original file bytes, compressed for storage."""
    return zlib.compress(data, 6)


def decompress(data: bytes) -> bytes:
    """What :func:`compress` stored."""
    return zlib.decompress(data)


def blocks_to_json(blocks: tuple[Block, ...] | list[Block]) -> list[list[Any]]:
    """Blocks as ``[kind, text, links, level, resource]`` lists."""
    return [
        [str(b.kind), b.text, [[lk.start, lk.end, lk.url] for lk in b.links], b.level, b.resource]
        for b in blocks
    ]


def blocks_from_json(data: list[list[Any]]) -> tuple[Block, ...]:
    """The blocks :func:`blocks_to_json` wrote."""
    return tuple(
        Block(
            BlockKind(kind),
            text,
            tuple(Link(int(s), int(e), str(u)) for s, e, u in links),
            int(level),
            resource,
        )
        for kind, text, links, level, resource in data
    )


def span_to_json(span: Span) -> list[Any]:
    """A span as ``[start_block, start_offset, end_block, end_offset, text]``."""
    return [span.start.block, span.start.offset, span.end.block, span.end.offset, span.text]


def span_from_json(data: list[Any]) -> Span:
    """The span :func:`span_to_json` wrote."""
    sb, so, eb, eo, text = data
    return Span(Position(int(sb), int(so)), Position(int(eb), int(eo)), str(text))


def _speaker_to_json(speaker: Speaker | None) -> list[Any] | None:
    if speaker is None:
        return None
    span = span_to_json(speaker.span) if speaker.span else None
    return [speaker.name, speaker.role, speaker.confidence, span]


def _speaker_from_json(data: list[Any] | None) -> Speaker | None:
    if data is None:
        return None
    name, role, confidence, span = data
    return Speaker(name, role, float(confidence), span_from_json(span) if span else None)


def _quote_tail(quote: Quote) -> list[Any]:
    # Optional trailing values, so analyses stored before they existed read
    # back unchanged: the marked spans, then the extent's confidence.
    if quote.extent_confidence != 1.0:
        return [[span_to_json(m) for m in quote.marked], quote.extent_confidence]
    return [[span_to_json(m) for m in quote.marked]] if quote.marked else []


def analysis_to_json(analysis: Analysis) -> dict[str, Any]:
    """An analysis as plain JSON values."""
    return {
        "quotes": [
            [
                span_to_json(q.span),
                str(q.kind),
                _speaker_to_json(q.speaker),
                q.parent,
                *_quote_tail(q),
            ]
            for q in analysis.quotes
        ],
        "sources": [[s.name, str(s.kind), s.url] for s in analysis.sources],
        "mentions": [[m.source, span_to_json(m.span), str(m.kind)] for m in analysis.mentions],
    }


def analysis_from_json(data: dict[str, Any]) -> Analysis:
    """The analysis :func:`analysis_to_json` wrote."""
    return Analysis(
        quotes=tuple(
            Quote(
                span_from_json(span),
                QuoteKind(kind),
                _speaker_from_json(speaker),
                parent,
                tuple(span_from_json(m) for m in rest[0]) if rest else (),
                float(rest[1]) if len(rest) > 1 else 1.0,
            )
            for span, kind, speaker, parent, *rest in data["quotes"]
        ),
        sources=tuple(Source(n, SourceKind(k), u) for n, k, u in data["sources"]),
        mentions=tuple(
            Mention(int(i), span_from_json(span), MentionKind(kind))
            for i, span, kind in data["mentions"]
        ),
    )
