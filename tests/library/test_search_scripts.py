"""Search in posts written in other scripts, on both engines: a researcher
types a word she sees in a Japanese, Arabic, Hebrew or Polish post and
expects the post found, the word marked in the snippet, the same on a local
library and a shared one.

What already holds passes here; what needs the search index changed (a
Japanese word inside a run of text without spaces, an Arabic or Hebrew word
with the article or a prefix written onto it, "lodz" for "Łódź" on SQLite)
was marked ``xfail(strict=True)`` until schema version 18 landed (stop 43,
s43-search2; docs/architecture.md, "Search in other scripts: the design").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.library.service import Library
from tests.library.test_store_pages import processed, write_post

# The team's own sentences (the harbour board, the pier, Ada Lind, Tom Hale).
POSTS = {
    "ja": ("港湾組合の発表", "港湾組合の港長は、来週から桟橋を閉じると述べた。"),
    "ja-apart": ("港の話", "港の長い桟橋では、エイダ・リンドさんが待っていた。"),
    "ar": ("بيان مجلس الميناء", "قال رئيس الميناء إن الرصيف سيغلق الأسبوع المقبل."),
    "he": ("הודעת ועד הנמל", "מנהל הנמל אמר שהמזח ייסגר בשבוע הבא."),
    "pl": ("Przystań nad rzeką", "Ada Lind pisze, że Łódź otworzy nową przystań."),
    "en": ("The Pier Closes", "Tom Hale said the harbour board would close the pier."),
}


def store_posts(
    library: Library, tmp_path: Path, names: tuple[str, ...] = tuple(POSTS)
) -> dict[str, int]:
    """The posts of :data:`POSTS` named ``names``, imported as a saved page
    is (so the search row is written as an import writes it): name -> id."""
    ids = {}
    for name in names:
        title, body = POSTS[name]
        path = write_post(
            tmp_path / "in",
            f"{name}.html",
            title,
            url=f"https://harbour.example/{list(POSTS).index(name)}",
            paragraphs=(body,),
            author="Ada Łaska" if name == "pl" else "Tom Hale",
        )
        result = library.store_processed(str(path), processed(path))
        assert result.post_id is not None
        ids[name] = result.post_id
    return ids


@pytest.fixture
def scripts(library: Library, tmp_path: Path) -> Library:
    """The library with one post per entry of :data:`POSTS`."""
    store_posts(library, tmp_path)
    return library


def _found(library: Library, typed: str) -> dict[str, str]:
    """Title -> snippet of each post the search box would list."""
    return {hit.post.title: hit.snippet for hit in library.search(typed)}


def test_words_between_spaces_are_found_in_every_script(scripts: Library) -> None:
    """What holds today on both engines (a guard for the change to come)."""
    assert set(_found(scripts, "港湾組合の港長は")) == {"港湾組合の発表"}  # a whole run
    assert set(_found(scripts, "الميناء")) == {"بيان مجلس الميناء"}
    assert set(_found(scripts, "הנמל")) == {"הודעת ועד הנמל"}
    assert set(_found(scripts, "שהמזח")) == {"הודעת ועד הנמל"}  # "that the pier": two prefixes
    assert set(_found(scripts, "łódź")) == {"Przystań nad rzeką"}
    assert set(_found(scripts, "pier")) == {"The Pier Closes"}


def test_a_japanese_word_inside_a_run_is_found_and_marked(scripts: Library) -> None:
    found = _found(scripts, "港長")
    assert set(found) == {"港湾組合の発表"}
    assert "[港長]" in found["港湾組合の発表"]


def test_japanese_characters_apart_do_not_make_the_word(scripts: Library) -> None:
    """港 and 長 both in the post, not next to each other: not "港長"."""
    assert "港の話" not in _found(scripts, "港長")


def test_an_arabic_word_is_found_under_its_article(scripts: Library) -> None:
    found = _found(scripts, "ميناء")
    assert set(found) == {"بيان مجلس الميناء"}
    assert "ميناء]" in found["بيان مجلس الميناء"]


@pytest.mark.parametrize("typed", ["מזח", "המזח", "נמל"])
def test_a_hebrew_word_is_found_under_its_prefixes(scripts: Library, typed: str) -> None:
    found = _found(scripts, typed)
    assert set(found) == {"הודעת ועד הנמל"}
    assert f"{typed}]" in found["הודעת ועד הנמל"]


def test_lodz_finds_lodz_with_its_stroke(scripts: Library, request: pytest.FixtureRequest) -> None:
    """PostgreSQL's unaccent folds ł; SQLite's unicode61 does not (ł has no
    combining stroke to remove): the engines disagree until schema 18."""
    found = _found(scripts, "lodz")
    assert set(found) == {"Przystań nad rzeką"}
    assert "[Łódź]" in found["Przystań nad rzeką"]


def test_an_author_with_a_stroked_letter_is_found_without_it(scripts: Library) -> None:
    """``author:laska`` finds "Ada Łaska" on both engines (SQLite's filter
    folds ł in Python as PostgreSQL's ``unaccent`` does)."""
    assert set(_found(scripts, "author:laska")) == {"Przystań nad rzeką"}
    assert set(_found(scripts, "author:łaska")) == {"Przystań nad rzeką"}
