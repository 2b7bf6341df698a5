"""What a selection or a caret stands for in the model (no Qt needed)."""

from __future__ import annotations

from quotemark.app.reader.spans import (
    quote_after,
    quote_at,
    quote_before,
    reading_order,
    trimmed_span,
)
from quotemark.library.model import Position, Quote, QuoteKind, Span

TEXTS = ["Alpha beta.", "", "  Gamma delta  ", "Epsilon"]


def quote(block: int, start: int, end: int, end_block: int | None = None) -> Quote:
    last = block if end_block is None else end_block
    return Quote(Span(Position(block, start), Position(last, end), "x"), QuoteKind.INLINE)


def test_only_white_space_selected_is_no_span() -> None:
    assert trimmed_span(TEXTS, Position(0, 5), Position(0, 6)) is None
    assert trimmed_span(TEXTS, Position(0, 11), Position(2, 2)) is None


def test_empty_blocks_and_padding_are_left_out_at_both_ends() -> None:
    span = trimmed_span(TEXTS, Position(0, 6), Position(3, 0))
    assert span == Span(Position(0, 6), Position(2, 13), "beta.\n\n  Gamma delta")


def test_the_innermost_quote_under_the_caret_wins() -> None:
    quotes = [quote(0, 0, 11), quote(0, 6, 10)]
    assert quote_at(quotes, Position(0, 7)) == 1
    assert quote_at(quotes, Position(0, 3)) == 0
    assert quote_at(quotes, Position(0, 11)) == 0  # just after the closing mark
    assert quote_at(quotes, Position(3, 0)) is None


def test_reading_order_puts_an_outer_quote_before_one_starting_with_it() -> None:
    quotes = [quote(2, 2, 7), quote(0, 0, 4), quote(2, 2, 13)]
    assert reading_order(quotes) == [1, 2, 0]


def test_next_and_previous_from_a_caret() -> None:
    quotes = [quote(0, 0, 4), quote(2, 2, 7), quote(3, 0, 7)]
    order = reading_order(quotes)
    assert quote_after(quotes, order, Position(2, 2), selected=False) == 1
    assert quote_after(quotes, order, Position(2, 2), selected=True) == 2
    assert quote_after(quotes, order, Position(3, 1), selected=False) is None
    assert quote_before(quotes, order, Position(2, 2)) == 0
    assert quote_before(quotes, order, Position(0, 0)) is None
