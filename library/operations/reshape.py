"""Corrections of a quotation's extent: widen or narrow it, join a quote
split across paragraphs, split two merged ones.

Each is one :class:`~quotemark.library.operations.corrections.PutCorrections` step:
the quotations named are taken away (a machine's one by a removal row, an
added one by taking its addition back) and the new extents are added with
the first one's speaker, so one undo puts everything back.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from quotemark.library.errors import InvalidCorrection
from quotemark.library.model import Block, Quote, Span
from quotemark.library.operations.base import Operation, OpResult, Session, now
from quotemark.library.operations.conflicts import SeenQuote, check_quotes
from quotemark.library.operations.corrections import (
    PutCorrections,
    quote_numbered,
    reading,
    rows_on,
)
from quotemark.library.quoting import short
from quotemark.library.store import anchors
from quotemark.library.store import corrections as store


def _reshape(
    session: Session,
    post_id: int,
    numbers: tuple[int, ...],
    spans: tuple[Span, ...],
    label: str,
    seen: tuple[SeenQuote, ...],
) -> OpResult[tuple[int, ...]]:
    """Replace quotations ``numbers`` by quotations on ``spans`` (refused
    when one is not as ``seen`` says it was shown)."""
    conn = session.conn
    blocks, analysis = reading(conn, post_id)
    check_quotes(analysis, seen)
    old = [quote_numbered(analysis, post_id, n) for n in dict.fromkeys(numbers)]
    speaker = store.speaker_json(old[0].speaker)
    remove: list[int] = []
    add: list[store.Row] = []
    kept = {(s.start, s.end) for s in spans}
    for quote in old:
        if (quote.span.start, quote.span.end) in kept:
            continue  # the same extent stays as it is
        remove.extend(_taken_back(conn, post_id, blocks, quote, add))
    others = {(q.span.start, q.span.end) for q in analysis.quotes if q not in old}
    for span in spans:
        if (span.start, span.end) in {(q.span.start, q.span.end) for q in old}:
            continue
        if (span.start, span.end) in others:
            raise InvalidCorrection(f"“{short(span.text)}” is a quotation already.")
        text, near = store.anchor(blocks, span)
        removed = rows_on(conn, post_id, blocks, span, {store.REMOVE_QUOTE})
        if removed:
            # The machine had this extent: take its removal back instead.
            remove.extend(r.id for r in removed)
            machine = {k: removed[0].machine.get(k) for k in ("name", "role")}
            if machine != speaker:
                row = store.Row(0, post_id, store.SPEAKER, text, near, machine, speaker, now())
                add.append(row)
            continue
        add.append(store.Row(0, post_id, store.ADD_QUOTE, text, near, None, speaker, now()))
    return PutCorrections(post_id, tuple(remove), tuple(add), label=label, seen=seen).apply(session)


def _taken_back(
    conn: sqlite3.Connection,
    post_id: int,
    blocks: tuple[Block, ...],
    quote: Quote,
    add: list[store.Row],
) -> list[int]:
    """The rows to remove so ``quote`` is gone (a removal row goes to ``add``
    when the machine found it)."""
    on = rows_on(conn, post_id, blocks, quote.span, {store.ADD_QUOTE, store.SPEAKER})
    if not any(r.kind == store.ADD_QUOTE for r in on):
        text, near = store.anchor(blocks, quote.span)
        machine = {"text": quote.span.text, **store.speaker_json(quote.speaker)}
        add.append(store.Row(0, post_id, store.REMOVE_QUOTE, text, near, machine, None, now()))
    return [r.id for r in on]


def _seen(quote: SeenQuote | None) -> tuple[SeenQuote, ...]:
    return (quote,) if quote is not None else ()


def _find_near(blocks: tuple[Block, ...], text: str, quote: Quote, post_id: int) -> Span:
    found = anchors.find(blocks, text.strip(), anchors.offset_of(blocks, quote.span.start))
    if found is None:
        raise InvalidCorrection(
            f"The text {short(text)!r} is not in post {post_id}. "
            "Copy it exactly as the post has it."
        )
    return found


@dataclass(frozen=True, slots=True)
class SetExtent(Operation[tuple[int, ...]]):
    """Quotation ``number`` covers exactly ``text`` (found nearest it)."""

    kind = "correct"
    post_id: int
    number: int
    text: str
    seen: SeenQuote | None = None
    """The quotation as shown when the edit started (see
    :mod:`~quotemark.library.operations.conflicts`); None: not checked."""

    def apply(self, session: Session) -> OpResult[tuple[int, ...]]:
        """Replace the quotation by one on the new extent, same speaker."""
        blocks, analysis = reading(session.conn, self.post_id)
        check_quotes(analysis, _seen(self.seen))
        quote = quote_numbered(analysis, self.post_id, self.number)
        span = _find_near(blocks, self.text, quote, self.post_id)
        label = f"Extent of quote {self.number}"
        return _reshape(session, self.post_id, (self.number,), (span,), label, _seen(self.seen))


@dataclass(frozen=True, slots=True)
class JoinQuotes(Operation[tuple[int, ...]]):
    """Quotations ``first`` and ``second`` are one (split across paragraphs):
    one quotation from the start of the first to the end of the second,
    with the first one's speaker."""

    kind = "correct"
    post_id: int
    first: int
    second: int
    seen: tuple[SeenQuote, ...] = ()
    """Both quotations as shown (see :class:`SetExtent`)."""

    def apply(self, session: Session) -> OpResult[tuple[int, ...]]:
        """Replace both by one."""
        blocks, analysis = reading(session.conn, self.post_id)
        check_quotes(analysis, self.seen)
        a = quote_numbered(analysis, self.post_id, self.first)
        b = quote_numbered(analysis, self.post_id, self.second)
        if a is b:
            raise InvalidCorrection("Name two different quotations to join.")
        if b.span.start < a.span.start:
            a, b = b, a
        span = anchors.span(blocks, a.span.start, max(a.span.end, b.span.end))
        label = f"Join quotes {self.first} and {self.second}"
        numbers = (self.first, self.second)
        return _reshape(session, self.post_id, numbers, (span,), label, self.seen)


@dataclass(frozen=True, slots=True)
class SplitQuote(Operation[tuple[int, ...]]):
    """Quotation ``number`` is two: the second starts at ``at`` (its first
    words, exactly as the post has them)."""

    kind = "correct"
    post_id: int
    number: int
    at: str
    seen: SeenQuote | None = None
    """The quotation as shown (see :class:`SetExtent`)."""

    def apply(self, session: Session) -> OpResult[tuple[int, ...]]:
        """Replace the quotation by its two parts, both with its speaker."""
        blocks, analysis = reading(session.conn, self.post_id)
        check_quotes(analysis, _seen(self.seen))
        quote = quote_numbered(analysis, self.post_id, self.number)
        found = _find_near(blocks, self.at, quote, self.post_id)
        if not quote.span.start < found.start < quote.span.end:
            raise InvalidCorrection(
                f"“{short(self.at)}” does not start inside quotation {self.number}: "
                "give the first words of its second part."
            )
        first = anchors.trimmed(blocks, quote.span.start, found.start)
        second = anchors.trimmed(blocks, found.start, quote.span.end)
        if first is None or second is None:
            raise InvalidCorrection("Both parts of a split need words.")
        label = f"Split quote {self.number}"
        parts = (first, second)
        return _reshape(session, self.post_id, (self.number,), parts, label, _seen(self.seen))
