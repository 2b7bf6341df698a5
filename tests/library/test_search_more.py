"""A post's extra search text (``search.more_terms``) and a typed word's
search form (``search.search_form``): what schema version 18 will index and
ask for so a word is found inside a Japanese run, under an Arabic article or
Hebrew prefixes, and without its stroked letters. Not yet read by search
(docs/architecture.md, "Search in other scripts: the design")."""

from __future__ import annotations

from quotemark.library.scripts import bigrams, unprefixed, unspaced_script
from quotemark.library.store.search import more_terms, search_form


def test_english_text_gives_nothing_so_its_ranking_cannot_change() -> None:
    assert more_terms("The Pier Closes", "Tom Hale said the harbour board would close.", "") == ""
    # Accents NFKD takes apart need nothing either: the index folds them.
    assert more_terms("Café", "Zoë met Ada Lind at the pier.") == ""


def test_a_japanese_run_gives_its_pairs_and_last_character() -> None:
    terms = more_terms("", "港湾組合の港長は、来週").split()
    assert "港長" in terms  # the word inside the run
    assert terms[:4] == ["港湾", "湾組", "組合", "合の"]
    assert "は" in terms
    assert "週" in terms
    # The katakana middle dot separates the name's parts, as the index does.
    assert "ム・" not in " ".join(more_terms("", "トム・ヘイル").split())


def test_arabic_and_hebrew_words_without_what_is_written_onto_them() -> None:
    assert more_terms("", "قال رئيس الميناء").split() == ["ميناء"]
    assert unprefixed("والميناء") == ["ميناء"]
    assert unprefixed("שהמזח") == ["המזח", "מזח"]
    # Not a prefix: a word merely opening with those letters keeps a stem long enough.
    assert unprefixed("الم") == []
    assert unprefixed("pier") == []


def test_a_stroked_letter_gives_the_word_once_more_without_it() -> None:
    assert more_terms("Przystań", "Ada Lind pisze, że Łódź otworzy").split() == ["Lódź"]


def test_the_typed_word_takes_the_form_the_index_holds() -> None:
    assert search_form("港長") == "港長"
    assert search_form("港湾組合") == "港湾 湾組 組合"
    assert search_form("港") == "港"
    assert search_form("lodz") == "lodz"
    assert search_form("Łódź") == "Lódź"
    assert search_form("الميناء") == "الميناء"  # typed with its article: the word as stored


def test_bigrams_and_the_unspaced_scripts() -> None:
    assert bigrams("") == []
    assert bigrams("港") == ["港"]
    assert unspaced_script("港")
    assert unspaced_script("ก")
    assert not unspaced_script("a")
