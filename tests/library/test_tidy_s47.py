"""Stop 47's tidying (branch s47-tidy): the shared helpers that replaced
repeated code behave as each copy did."""

from __future__ import annotations

from quotemark.library.analyze.common import word_starts
from quotemark.library.extract.bylines import author_names, shared_surname
from quotemark.library.model import PREPRINT_ARCHIVE_NAMES, PREPRINT_ARCHIVES
from quotemark.library.operations.corrections import check_field


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


def test_joining_words_split_every_bylines_language() -> None:
    # (Before stop 47 the splitting list lacked the Swedish, Hungarian and
    # Polish words the other two byline lists had.)
    assert author_names(["Ada Lind och Tom Hale"]) == ("Ada Lind", "Tom Hale")
    assert author_names(["Kovács Anna és Szabó Péter"]) == ("Kovács Anna", "Szabó Péter")
    assert author_names(["By Ada Lind i Tom Hale"], written=True) == ("Ada Lind", "Tom Hale")
    assert shared_surname("Ada i Tom Hale") == ("Ada Hale", "Tom Hale")


def test_joining_words_are_whole_words() -> None:
    assert author_names(["Ada Lindi Tomsen"]) == ("Ada Lindi Tomsen",)
    assert author_names(["Ada Enok"]) == ("Ada Enok",)
    assert shared_surname("Ada Ingrid Hale") is None


def test_one_table_of_preprint_servers() -> None:
    # (A correction read the servers' own names only before stop 47; pages'
    # spellings were extraction's alone.)
    assert check_field("archive", "ARXIV") == "arXiv"
    assert check_field("archive", "ssrn.com") == "SSRN"
    assert check_field("archive", "Harbour University") == "Harbour University"
    assert set(PREPRINT_ARCHIVE_NAMES.values()) == PREPRINT_ARCHIVES
