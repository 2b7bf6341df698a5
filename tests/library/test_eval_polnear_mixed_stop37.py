"""PolNeAR's gold pairs a curly opener closed by a straight mark (branch
s37-left2, a scoring change), as the reader does. Team-written lines."""

from __future__ import annotations

from evaluation import polnear


def _pairs(line: str) -> list[str]:
    return [m.group() for m in polnear.QUOTED.finditer(line)]


def test_a_curly_opener_closed_straight_is_a_gold_quotation() -> None:
    # Was no pair: the straight mark then paired with the next straight one.
    line = '“The pier is late," Tom Hale said. "The ferry too," Ada Lind said.'
    assert _pairs(line) == ['“The pier is late,"', '"The ferry too,"']


def test_a_curly_closer_still_closes_its_opener() -> None:
    line = '“The pier is "late," Tom Hale said,” Ada Lind wrote.'
    assert _pairs(line) == ['“The pier is "late," Tom Hale said,”']


def test_a_straight_mark_inside_a_word_closes_nothing() -> None:
    assert _pairs('“The pier"s late, Tom Hale said.') == []
