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

import bisect
from collections.abc import Sequence
from dataclasses import replace

from quotemark.library.analyze.document import Document
from quotemark.library.analyze.lexicon import PRONOUNS, SPEECH_VERBS
from quotemark.library.analyze.marks import RawQuote, pair_marks
from quotemark.library.analyze.quotes import is_programme
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
    # Outermost closed pairs, as (first content offset, closing mark offset);
    # a programme's title among them is no one's words (`said on Harbour
    # TV’s “Morning Tide.”`), so no clause holds it as a marked fragment.
    pairs = sorted(
        (r.open + 1, r.close)
        for r in paired
        if r.parent is None and r.closed and not _programme(doc, r)
    )
    result = list(quotes)
    for index in todo:
        quote = quotes[index]
        named = quote.speaker is not None and bool(quote.speaker.name)
        result[index] = replace(quote, marked=_marked(doc, pairs, quote.span, named))
    return tuple(result)


def _programme(doc: Document, pair: RawQuote) -> bool:
    """Is the pair's content a programme's or a work's title
    (:func:`~quotemark.library.analyze.quotes.is_programme`)?"""
    text = doc.scan
    i = pair.open - 1
    while i > 0 and text[i] in " \u00a0":
        i -= 1
    if text[i] not in "s'\u2019":
        return False  # (cheap: a possessive ends "'s" or "s'")
    if pair.close - pair.open > 124:
        return False  # (a title is twelve words at most)
    line = doc.lines[bisect.bisect_right(doc.line_starts, pair.open) - 1]
    content = text[pair.open + 1 : pair.close].strip().rstrip(" \t\u00a0\u202f,")
    return is_programme(text, line.start, line.end, pair.open, pair.close, content)


def drawn_once(quotes: Sequence[Quote]) -> tuple[Quote, ...]:
    """``quotes`` with each quoted stretch drawn once. A reported clause can
    run on over a quotation the analysis also found on its own (`Berg urged
    calm, adding, “Nothing is decided.”`, `she cited his “long record,” “firm
    hand” and patience`): the same words were then two quotations, two
    highlights and two rows. The clause keeps them, and the quotation on its
    own is dropped, unless that quotation has an attribution of its own
    inside the clause naming someone else (`Lind urged calm, but Berg said
    he answered: “…”`: the clause ran on too far): then the words leave the
    clause's marked fragments (and a clause left with none goes)."""
    where: dict[tuple[int, int, int, int], list[int]] = {}
    for i, q in enumerate(quotes):
        if q.kind is QuoteKind.PARTIAL and q.parent is None:
            for m in q.marked:
                where.setdefault(_key(m), []).append(i)
    if not where:
        return tuple(quotes)
    dropped: set[int] = set()
    marked = {i: list(q.marked) for i, q in enumerate(quotes) if q.kind is QuoteKind.PARTIAL}
    for i, q in enumerate(quotes):
        if q.kind is QuoteKind.PARTIAL or q.parent is not None:
            continue
        holders = [p for p in where.get(_key(q.span), []) if p not in dropped]
        if not holders:
            continue
        holder = holders[0]
        if _own_voice(q, quotes[holder]):
            marked[holder] = [m for m in marked[holder] if _key(m) != _key(q.span)]
            if not marked[holder]:
                dropped.add(holder)
        else:
            dropped.add(i)
    if not dropped and all(len(marked[i]) == len(quotes[i].marked) for i in marked):
        return tuple(quotes)
    renumber: dict[int, int] = {}
    out: list[Quote] = []
    for i, q in enumerate(quotes):
        if i in dropped:
            continue
        renumber[i] = len(out)
        if i in marked:
            q = replace(q, marked=tuple(marked[i]))
        out.append(q)
    return tuple(
        replace(q, parent=renumber.get(q.parent)) if q.parent is not None else q for q in out
    )


def _key(span: Span) -> tuple[int, int, int, int]:
    return (span.start.block, span.start.offset, span.end.block, span.end.offset)


def _own_voice(quote: Quote, clause: Quote) -> bool:
    """Is ``quote`` attributed inside ``clause`` to someone else than the
    clause's speaker?"""
    own, theirs = quote.speaker, clause.speaker
    if own is None or own.span is None or own.name is None:
        return False
    if theirs is not None and theirs.label == own.label:
        return False
    inside = _key(clause.span)[:2] <= _key(own.span)[:2]
    return inside and _key(own.span)[2:] <= _key(quote.span)[:2]


def _offset(doc: Document, span: Span, *, end: bool) -> int:
    where = span.end if end else span.start
    if where.block >= len(doc.starts):
        return len(doc.text)
    return doc.starts[where.block] + where.offset


def _marked(
    doc: Document, pairs: list[tuple[int, int]], span: Span, named: bool = True
) -> tuple[Span, ...]:
    lo, hi = _offset(doc, span, end=False), _offset(doc, span, end=True)
    found = _inside(doc, pairs, lo, hi, joined=False)
    if not found:
        # `the plan was “costly,” said Berg`: the clause stops before the
        # comma inside the marks, so their closing mark lies just outside.
        return tuple(_inside(doc, pairs, lo, hi, joined=True))
    if named:
        # `Berg described Lind as “kind” with a “great heart.”`: the clause
        # stops before the full stop inside its last marks, after earlier ones.
        # Only for a named speaker: a description's speaker is the weaker
        # guess (evaluation/README.md, stop 30), so its clause keeps the
        # fragments it holds whole.
        last = _straddling(doc, pairs, lo, hi)
        if last is not None:
            found.append(last)
    return tuple(found)


_JOIN = frozenset(" ,\u00a0\u202f")


def _inside(
    doc: Document, pairs: list[tuple[int, int]], lo: int, hi: int, *, joined: bool
) -> list[Span]:
    """The marked words of the pairs inside ``lo``..``hi``; with ``joined``,
    also a pair whose closing mark follows ``hi`` past only a joining comma
    or spaces."""
    found: list[Span] = []
    # (The pairs are outermost, so apart and sorted by both marks: only those
    # opening from ``lo`` to just past ``hi`` are read, not the article's.)
    for at in range(bisect.bisect_left(pairs, (lo,)), len(pairs)):
        start, close = pairs[at]
        if start > hi + 3:
            break
        outside = close > hi and not (
            joined and close - hi <= 3 and all(ch in _JOIN for ch in doc.text[hi:close])
        )
        if start - 1 < lo - 1 or outside:
            continue  # a mark outside the clause (beyond the one character allowed)
        a, b = max(start, lo), min(close, hi)
        while a < b and doc.text[a].isspace():
            a += 1
        while b > a and doc.text[b - 1].isspace():
            b -= 1
        if a < b:
            found.append(doc.span(a, b))
    return found


_STOPS = frozenset(".!?")


def _straddling(doc: Document, pairs: list[tuple[int, int]], lo: int, hi: int) -> Span | None:
    """The marked words of a pair that opens inside ``lo``..``hi`` and closes
    after it past only a full stop, "!" or "?" (the clause stopped at the
    punctuation inside the marks). A comma is not enough: `author of
    “Harbour Lights,” a novel` closes a title, not the clause."""
    for at in range(bisect.bisect_left(pairs, (lo + 1,)), len(pairs)):
        start, close = pairs[at]
        if start >= hi:
            break
        if close <= hi or close - hi > 2:
            continue
        between = doc.text[hi:close]
        if not all(ch in _STOPS for ch in between) and not (
            between == "," and _attributed_after(doc.text, close + 1)
        ):
            continue
        a, b = start, hi
        while a < b and doc.text[a].isspace():
            a += 1
        if a < b:
            return doc.span(a, b)
    return None


def _attributed_after(text: str, at: int) -> bool:
    """Is the text after a closing mark an attribution (`“…,” said Berg`,
    `“…,” he said`, `“…,” Ana Reyes said`)?"""
    tokens = text[at : at + 60].split()[:4]
    if not tokens:
        return False
    if tokens[0] in SPEECH_VERBS:
        return True
    if not (tokens[0] in PRONOUNS or tokens[0][:1].isupper()):
        return False
    for token in tokens[1:]:
        if token.rstrip(",.") in SPEECH_VERBS:
            return True
        if not token[:1].isupper():
            return False
    return False


def post_with_marked(post: Post) -> Post:
    """``post`` with the marked words of its partial quotations (a post
    stored before quotes carried them gets them now)."""
    quotes = with_marked(post.blocks, post.analysis.quotes)
    if quotes == post.analysis.quotes:
        return post
    return replace(post, analysis=replace(post.analysis, quotes=quotes))
