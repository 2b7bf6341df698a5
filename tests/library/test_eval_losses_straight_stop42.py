"""The sub-kinds `evaluation.losses` gives a straight-double span no mark
pair covered (stop 42, branch s42-recall): labels only, never the text.
Team-written lines."""

from __future__ import annotations

from evaluation.losses import straight_kinds
from evaluation.quotes import Gold


def _kinds(text: str, span: str) -> list[str]:
    start = text.index(span)
    gold = Gold(start, start + len(span), "direct", "", None, None, span)
    return straight_kinds(text, gold)


def test_a_markup_value_is_told_by_its_flanks_not_its_words() -> None:
    text = 'The harbour board posted <img width="560" alt="pier"> on Tuesday.'
    kinds = _kinds(text, '"560"')
    assert "opener: symbol | digit" in kinds
    assert "the span holds no letter" in kinds
    assert "straight marks in the paragraph: even" in kinds
    assert "mark pairing covers it" in kinds


def test_a_height_and_a_stray_mark_are_counted_as_such() -> None:
    text = 'Tom Hale, 6\'2", said "the pier is late, and "Ada Lind agreed.'
    kinds = _kinds(text, '", said "')
    assert "a feet-and-inches mark in the paragraph (6'2\")" in kinds
    assert "straight marks in the paragraph: odd" in kinds
