"""Model-side reasoning about selections and quotes, free of Qt.

The view converts Qt positions to :class:`~library.model.Position` values
(:mod:`app.reader.positions`) and asks this module what they mean: the exact
span a selection stands for, the quote under the caret, the next quote in
reading order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from library.model import Position, Quote, Span


def span_text(texts: Sequence[str], start: Position, end: Position) -> str:
    """The model text from ``start`` to ``end``, blocks joined with ``"\\n"``
    (as :class:`~library.model.Span` documents)."""
    if start.block == end.block:
        return texts[start.block][start.offset : end.offset]
    parts = [texts[start.block][start.offset :]]
    parts.extend(texts[start.block + 1 : end.block])
    parts.append(texts[end.block][: end.offset])
    return "\n".join(parts)


def trimmed_span(texts: Sequence[str], start: Position, end: Position) -> Span | None:
    """The span a selection from ``start`` to ``end`` stands for: white space
    at both ends left out (a drag that grabs a trailing space clips the
    words), and a selection ending at the very start of a block ending with
    the block before it (a triple click). None when no text is left."""
    if not texts or end <= start:
        return None
    while start < end:
        text = texts[start.block]
        if start.offset < len(text) and text[start.offset].isspace():
            start = Position(start.block, start.offset + 1)
        elif start.offset >= len(text) and start.block < end.block:
            start = Position(start.block + 1, 0)
        else:
            break
    while start < end:
        text = texts[end.block]
        if end.offset > 0 and text[end.offset - 1].isspace():
            end = Position(end.block, end.offset - 1)
        elif end.offset == 0 and end.block > start.block:
            end = Position(end.block - 1, len(texts[end.block - 1]))
        else:
            break
    if end <= start:
        return None
    return Span(start, end, span_text(texts, start, end))


def quote_at(quotes: Sequence[Quote], position: Position) -> int | None:
    """The quote under a caret at ``position``: one that strictly contains
    it before one it only touches, and the innermost (latest-starting) of
    nested ones."""
    best: tuple[bool, Position] | None = None
    found: int | None = None
    for index, quote in enumerate(quotes):
        span = quote.span
        if span.start <= position <= span.end:
            key = (span.start < position < span.end, span.start)
            if best is None or key > best:
                best, found = key, index
    return found


def reading_order(quotes: Sequence[Quote]) -> list[int]:
    """Quote indices by where they start; an outer quote before the quotes
    nested in it."""
    return sorted(
        range(len(quotes)),
        key=lambda i: (
            quotes[i].span.start,
            -quotes[i].span.end.block,
            -quotes[i].span.end.offset,
        ),
    )


def quote_after(
    quotes: Sequence[Quote], order: Sequence[int], here: Position, *, selected: bool
) -> int | None:
    """The next quote from a caret (or selection start) at ``here``: one
    starting right at the caret counts, but with a selection (perhaps that
    very quote, selected by hand) the one after it is next."""
    for index in order:
        start = quotes[index].span.start
        if start > here or (start == here and not selected):
            return index
    return None


def quote_before(quotes: Sequence[Quote], order: Sequence[int], here: Position) -> int | None:
    """The last quote starting before ``here``."""
    for index in reversed(order):
        if quotes[index].span.start < here:
            return index
    return None


_DOUBLE_CLOSERS = {"“": "”", "„": "“", "«": "»", "「": "」", "『": "』", "‟": "”", "»": "«"}
_SINGLE_CLOSERS = {"\u2018": "\u2019", "\u201a": "\u2018", "\u2039": "\u203a"}
_STRAIGHT = frozenset("\"'")
_SPACED = frozenset("«»")
"""Marks French typography sets apart from the words with a space."""
_MARKS = re.compile(
    "[\"'\u201c\u201d\u201e\u201f\u00ab\u00bb\u300c\u300d\u300e\u300f"
    "\u2018\u2019\u201a\u2039\u203a]"
)


def _marked_in(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Pairs of quotation marks in ``text[lo:hi]``, outermost only, as the
    offsets of the words between them. A straight or single mark between
    two letters is an apostrophe (don't, al-Qa'im), never a mark."""
    found: list[tuple[int, int]] = []
    open_at = -1
    expect = ""
    for match in _MARKS.finditer(text, lo, hi):
        i = match.start()
        ch = text[i]
        prev = text[i - 1] if i > lo else ""
        nxt = text[i + 1] if i + 1 < hi else ""
        if open_at >= 0:
            closes = (
                ch == expect
                or (expect == "”" and ch == "“" and not nxt.isalnum())  # “ on both ends
                or (expect == "“" and ch == "”")  # „...” as well as „...“
            )
            if closes and prev and (not prev.isspace() or ch in _SPACED):
                start, end = open_at + 1, i
                while start < end and text[start].isspace():
                    start += 1
                while end > start and text[end - 1].isspace():
                    end -= 1
                if start < end:
                    found.append((start, end))
                open_at = -1
            continue
        if prev.isalnum() and (ch in _STRAIGHT or ch == "\u2019"):
            continue  # an apostrophe
        if not nxt or (nxt.isspace() and ch not in _SPACED):
            continue  # an opening mark is followed by the words it opens
        if ch in _DOUBLE_CLOSERS:
            open_at, expect = i, _DOUBLE_CLOSERS[ch]
        elif ch in _SINGLE_CLOSERS:
            open_at, expect = i, _SINGLE_CLOSERS[ch]
        elif ch in _STRAIGHT and not prev.isalnum():
            open_at, expect = i, ch
    return found


def marked_words(texts: Sequence[str], span: Span) -> tuple[tuple[Position, Position], ...]:
    """The words inside quotation marks within a partial quote's clause
    (``span`` covers the whole reported clause, see
    :class:`~library.model.Quote`): only these are verbatim. A mark just
    outside the span counts (the clause may begin or end at the quoted
    words, whose marks spans leave out). Empty when no pair is found."""
    result: list[tuple[Position, Position]] = []
    last = min(span.end.block, len(texts) - 1)
    for block in range(span.start.block, last + 1):
        text = texts[block]
        lo = span.start.offset - 1 if block == span.start.block else 0
        hi = span.end.offset + 1 if block == span.end.block else len(text)
        lo, hi = max(lo, 0), min(hi, len(text))
        for start, end in _marked_in(text, lo, hi):
            start_pos, end_pos = Position(block, start), Position(block, end)
            # Clamp to the span, for a clause that starts inside the marks.
            start_pos, end_pos = max(start_pos, span.start), min(end_pos, span.end)
            if start_pos < end_pos:
                result.append((start_pos, end_pos))
    return tuple(result)
