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


# Stop 38 (branch s38-devf1): a curly mark turned the wrong way pairs too.


def test_a_closer_typed_as_the_opener_is_a_gold_quotation() -> None:
    line = "Getty. ” The pier is late. The ferry too.” ― Ada Lind"
    assert _pairs(line) == ["” The pier is late. The ferry too.”"]


def test_an_opener_typed_as_the_closer_is_a_gold_quotation() -> None:
    line = "Tom Hale wrote: “The pier is late.“ Then he left."
    assert _pairs(line) == ["“The pier is late.“"]


def test_a_closer_after_words_opens_nothing() -> None:
    # `“…” and” …”`: a closer after a word closes; it never opens a pair.
    line = "“The pier,” Tom Hale said, “is late” and” the ferry too.”"
    assert _pairs(line) == ["“The pier,”", "“is late”"]


# Stop 42 (branch s42-recall): the mirror, a straight opener closed curly.


def test_polnear_gold_pairs_a_straight_opener_closed_curly() -> None:
    # Was the straight pair across the words between (`"The pier … said. "`).
    line = '"The pier is late,\u201d Tom Hale said. "The ferry too," Ada Lind said.'
    assert _pairs(line) == ['"The pier is late,\u201d', '"The ferry too,"']


def test_polnear_gold_keeps_a_straight_pair_when_an_odd_mark_follows() -> None:
    line = '"The pier,\u201d Tom Hale said. "Late'
    assert _pairs(line) == ['"The pier,\u201d Tom Hale said. "']
