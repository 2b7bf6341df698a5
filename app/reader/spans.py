"""Model-side reasoning about selections and quotes, free of Qt.

The view converts Qt positions to :class:`~quotemark.library.model.Position` values
(:mod:`quotemark.app.reader.positions`) and asks this module what they mean: the exact
span a selection stands for, the quote under the caret, the next quote in
reading order. (Which words of a partial quote are inside quotation marks
is the core's fact: :attr:`quotemark.library.model.Quote.marked`.)
"""

from __future__ import annotations

from collections.abc import Sequence

from quotemark.library.model import Position, Quote, Span


def span_text(texts: Sequence[str], start: Position, end: Position) -> str:
    """The model text from ``start`` to ``end``, blocks joined with ``"\\n"``
    (as :class:`~quotemark.library.model.Span` documents)."""
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
