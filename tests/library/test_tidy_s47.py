"""Stop 47's tidying (branch s47-tidy): the shared helpers that replaced
repeated code behave as each copy did."""

from __future__ import annotations

from quotemark.library.analyze.common import word_starts


def test_word_starts_finds_the_word_alone_only() -> None:
    text = "The mayor's aide, not the mayoral race: mayor Ada Lind."
    assert list(word_starts(text, "mayor")) == [4, 40]


def test_word_starts_keeps_its_window_but_reads_past_it() -> None:
    text = "Hale and Haley met. Hale spoke."
    # ("Hale" of "Haley" is no word; the neighbour past ``hi`` is read.)
    assert list(word_starts(text, "Hale", 9, 13)) == []
    assert list(word_starts(text, "Hale", 0, 24)) == [0, 20]


def test_word_starts_plural_and_letters() -> None:
    assert list(word_starts("two mayors met", "mayor", plural=True)) == [4]
    assert list(word_starts("two mayors met", "mayor")) == []
    assert list(word_starts("the mayorship", "mayor", plural=True)) == []
    assert list(word_starts("Lind2 and Lind", "Lind", letters=str.isalnum)) == [10]
    assert list(word_starts("Lind2 and Lind", "Lind")) == [0, 10]
