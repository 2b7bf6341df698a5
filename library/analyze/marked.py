"""The marked words of partial quotations, from the core's one pairer.

A ``PARTIAL`` quotation spans the reported clause (``the plan was “a
disaster” on Monday``); only the words inside its quotation marks are
verbatim. :func:`with_marked` fills :attr:`~quotemark.library.model.Quote.marked` from
the same mark pairing the analysis uses (:func:`~quotemark.library.analyze.marks.pair_marks`),
so the reader, the Quotes panel and the exports draw the words the core
found instead of pairing marks again. An analysis stored before quotes
carried their marked words gets them when it is loaded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from quotemark.library.analyze.document import Document
from quotemark.library.analyze.marks import RawQuote, pair_marks
from quotemark.library.model import Block, Post, Quote, QuoteKind, Span


def with_marked(
    blocks: Sequence[Block],
    quotes: Sequence[Quote],
    doc: Document | None = None,
    paired: Sequence[RawQuote] | None = None,
) -> tuple[Quote, ...]:
    """``quotes`` with the marked words of each partial quotation that has
    none yet (outermost pairs only; a mark just outside the clause counts,
    as the clause may begin or end at the quoted words). ``paired`` is
    :func:`~quotemark.library.analyze.marks.pair_marks` of ``doc`` when the caller
    has it already (the analysis does), so the marks are not paired twice."""
    todo = [i for i, q in enumerate(quotes) if q.kind is QuoteKind.PARTIAL and not q.marked]
    if not todo:
        return tuple(quotes)
    if doc is None or paired is None:
        doc = doc if doc is not None else Document(blocks)
        paired = pair_marks(doc)
    # Outermost closed pairs, as (first content offset, closing mark offset).
    pairs = sorted((r.open + 1, r.close) for r in paired if r.parent is None and r.closed)
    result = list(quotes)
    for index in todo:
        quote = quotes[index]
        result[index] = replace(quote, marked=_marked(doc, pairs, quote.span))
    return tuple(result)


def _offset(doc: Document, span: Span, *, end: bool) -> int:
    where = span.end if end else span.start
    if where.block >= len(doc.starts):
        return len(doc.text)
    return doc.starts[where.block] + where.offset


def _marked(doc: Document, pairs: list[tuple[int, int]], span: Span) -> tuple[Span, ...]:
    lo, hi = _offset(doc, span, end=False), _offset(doc, span, end=True)
    found: list[Span] = []
    for start, close in pairs:
        if start - 1 < lo - 1 or close > hi:
            continue  # a mark outside the clause (beyond the one character allowed)
        a, b = max(start, lo), min(close, hi)
        while a < b and doc.text[a].isspace():
            a += 1
        while b > a and doc.text[b - 1].isspace():
            b -= 1
        if a < b:
            found.append(doc.span(a, b))
    return tuple(found)


def post_with_marked(post: Post) -> Post:
    """``post`` with the marked words of its partial quotations (a post
    stored before quotes carried them gets them now)."""
    quotes = with_marked(post.blocks, post.analysis.quotes)
    if quotes == post.analysis.quotes:
        return post
    return replace(post, analysis=replace(post.analysis, quotes=quotes))
