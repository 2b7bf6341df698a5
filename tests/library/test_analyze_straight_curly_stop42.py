"""A quotation opened with a straight mark and closed with a curly one
(stop 42, branch s42-recall), the mirror of s37-left2: the reader pairs it
when the marks after the curly closer pair among themselves (PolNeAR's gold
pairs it the same way: tests/library/test_eval_polnear_mixed_stop37.py).
Team-written lines."""

from __future__ import annotations

from quotemark.library.model import QuoteKind
from tests.library.paragraphs import run, spoken


def shown(text: str) -> list[str]:
    """What the Quotes panel shows of each quotation in ``text``: the words
    in marks (a partial quotation's marked fragments)."""
    out: list[str] = []
    for q in run(text).quotes:
        out.extend([m.text for m in q.marked] if q.kind is QuoteKind.PARTIAL else [q.span.text])
    return out


def test_a_straight_opener_closed_curly_is_a_quotation_with_its_speaker() -> None:
    quotes = spoken(run('"The pier is late and the board knows it,\u201d Tom Hale said.'))
    assert quotes == [("The pier is late and the board knows it", "Tom Hale")]


def test_the_straight_quotation_after_it_is_still_its_own() -> None:
    text = '"The pier is late,\u201d Tom Hale said. "It will be mended by May."'
    assert shown(text) == ["The pier is late", "It will be mended by May."]


def test_a_curly_closer_inside_a_word_closes_nothing() -> None:
    # Must not fire: a closer facing the wrong way is no closer.
    text = 'Ada Lind said the "pier\u201ds boards" were rotten.'
    assert shown(text) == ["pier\u201ds boards"]


def test_an_odd_straight_mark_after_the_curly_one_leaves_it_open() -> None:
    # Must not fire: a straight mark still to come may be the real closer
    # (`"… \u201d … "`), so the curly mark closes nothing here.
    text = 'Tom Hale said "the \u201cnew\u201d pier is late," and left.'
    assert shown(text) == ["the \u201cnew\u201d pier is late,"]


def test_inch_marks_and_heights_are_no_quotations() -> None:
    # Must not fire: 6'2" and 12" are measures, not marks.
    text = 'Tom Hale, who stands 6\'2", said the 12" boards were "too thin.\u201d'
    assert shown(text) == ["too thin."]


def test_a_scare_quote_closed_curly_is_found_as_marked_words() -> None:
    text = 'Ada Lind called the pier a "ruin\u201d on Tuesday.'
    assert shown(text) == ["ruin"]


# A straight opener glued to the word before it (a space lost in typing).


def test_a_straight_opener_glued_to_a_word_still_opens() -> None:
    text = 'Ada Lind praised the board\'s "steady hand" and its"quick repairs" on the pier.'
    assert shown(text) == ["steady hand", "quick repairs"]


def test_a_straight_mark_typed_for_an_apostrophe_opens_nothing() -> None:
    # Must not fire: `Tom"s` leaves an odd number of marks after it.
    assert shown('Ada Lind said Tom"s pier was "a ruin," and left.') == ["a ruin,"]


def test_a_glued_mark_after_a_digit_is_an_inch_mark() -> None:
    # Must not fire: `6"x4"` measures a board.
    assert shown('Tom Hale said the 6"x4" board was "a ruin," and left.') == ["a ruin,"]
