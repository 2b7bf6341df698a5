"""Sort by title in natural order, on both engines: "Pier 2" before "Pier
10", case and accents folded, from the database a page at a time (a stored
key and its index, schema version 14); a library made before gets its keys
when it is opened; a title corrected moves to its new place."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from quotemark.library.operations import EditMetadata
from quotemark.library.service import Library
from quotemark.library.store import schema
from quotemark.library.store.listing import Listing
from quotemark.library.store.title_order import fill_title_keys, title_key
from tests.library.engines import run, second_connection
from tests.library.older_library import dropped_since
from tests.library.test_store_pages import PARAGRAPHS, processed, write_post

TITLES = (
    "Pier 10 reopens",
    "pier 2 reopens",
    "Pier 1 reopens",
    "Écluse notes",
    "ecluse maps",
    "Harbour board minutes",
    "Pier 02 reopens, again",
)


def _store(library: Library, folder: Path, titles: tuple[str, ...]) -> dict[str, int]:
    ids = {}
    for number, title in enumerate(titles):
        text = tuple(f"{title}: {p}" for p in PARAGRAPHS)  # each its own post
        path = write_post(
            folder, f"p{number}.html", title, url=f"https://x.example/{number}", paragraphs=text
        )
        result = library.store_processed(str(path), processed(path))
        assert result.post_id is not None
        ids[title] = result.post_id
    return ids


def _mark_version(location: Path | str, version: int, *, taken_back: bool = False) -> None:
    """Say the library at ``location`` is of schema ``version`` (the
    columns added after version 18 taken back, for their steps to add,
    unless the test ``taken_back`` every later column itself)."""
    for statement in () if taken_back else dropped_since(max(version, 18)):
        run(location, statement)
    if isinstance(location, str):
        run(location, f"UPDATE quotemark_schema SET version = {version}")
    else:
        run(location, f"PRAGMA user_version = {version}")


def _titles(library: Library, *, offset: int = 0, limit: int = 100) -> list[str]:
    return [p.title for p in library.listing_page(Listing(order="title"), offset, limit)]


def test_the_key_reads_numbers_as_numbers_and_folds_case_and_accents() -> None:
    assert title_key("Pier 2") < title_key("Pier 10") < title_key("Pier 100")
    assert title_key("Pier 9 and 1") < title_key("Pier 9 and 01x")
    assert title_key("Écluse") == title_key("ecluse") == title_key("ECLUSE")
    assert title_key("Straße") == title_key("strasse")
    assert title_key("Pier 007") == title_key("pier 7")
    assert title_key("  Pier   2 ") == title_key("pier 2")


def test_a_quoted_title_files_under_its_first_word_and_an_untitled_post_last() -> None:
    # A curly quotation mark (U+201C) sorted after "Zebra"; the straight one
    # and a bracket before "A".
    assert title_key("Harbour board") < title_key("“Pier 10” reopens") < title_key("Quay wall")
    assert title_key('"Pier 2" closes') < title_key("‘Pier 3’") < title_key("(Pier 4)")
    assert title_key("…and the pier") < title_key("Bakery")
    assert title_key("¿Qué pasa en el muelle?") == title_key("que pasa en el muelle?")
    assert title_key("2 ferries") < title_key("10 ferries") < title_key("Ada Lind")
    assert title_key("Zebra crossing") < title_key("") == title_key("   ") == title_key(None)
    assert title_key("…") == "..."  # nothing but marks: kept, not untitled


def test_the_list_sorts_titles_in_natural_order_page_by_page(
    library: Library, tmp_path: Path
) -> None:
    ids = _store(library, tmp_path / "in", TITLES)
    expected = [
        "ecluse maps",
        "Écluse notes",
        "Harbour board minutes",
        "Pier 1 reopens",
        "pier 2 reopens",
        "Pier 02 reopens, again",
        "Pier 10 reopens",
    ]
    assert _titles(library) == expected
    # A page from the middle, and a post's row, from the same order.
    assert _titles(library, offset=3, limit=2) == ["Pier 1 reopens", "pier 2 reopens"]
    assert library.listing_row(Listing(order="title"), ids["Pier 10 reopens"]) == 6
    # A corrected title takes its new place.
    library.run(EditMetadata(ids["Pier 10 reopens"], (("title", "Pier 3 reopens"),)))
    assert _titles(library)[-2:] == ["Pier 02 reopens, again", "Pier 3 reopens"]


def test_a_library_made_before_gets_its_keys_when_opened(
    location: Path | str, tmp_path: Path
) -> None:
    with Library.open(location) as library:
        _store(library, tmp_path / "in", TITLES[:3])
    for statement in dropped_since(13):
        run(location, statement)
    _mark_version(location, 13, taken_back=True)
    with Library.open(location) as upgraded:
        assert _titles(upgraded) == ["Pier 1 reopens", "pier 2 reopens", "Pier 10 reopens"]
    with closing(second_connection(location)) as conn:
        keys = conn.execute("SELECT title, title_key FROM posts ORDER BY id").fetchall()
    assert all(key == title_key(title) for title, key in keys)
    assert schema.VERSION >= 14  # the step this test upgrades through


def test_an_untitled_post_is_listed_last_by_title(library: Library, tmp_path: Path) -> None:
    ids = _store(library, tmp_path / "in", ("Pier 2 reopens", "Zebra crossing"))
    untitled = ids["Pier 2 reopens"]
    # No title at all (an import that found none): its key is the highest
    # code point, which both engines must store and order last.
    run(
        library.location,
        "UPDATE posts SET title = '', title_key = ? WHERE id = ?",
        (title_key(""), untitled),
    )
    assert _titles(library) == ["Zebra crossing", ""]


def test_a_title_opening_with_a_stroked_letter_files_under_its_base_letter() -> None:
    # NFKD keeps ł, ø, đ whole: they sorted after "z" ("Łódź" after "Zebra").
    assert title_key("Łódź pier") < title_key("Market day") < title_key("Zebra crossing")
    assert title_key("Øya ferry") < title_key("Pier 2")
    assert title_key("Łódź") == title_key("lodz")


def test_a_library_of_version_16_gets_its_keys_written_again(
    location: Path | str, tmp_path: Path
) -> None:
    with Library.open(location) as library:
        _store(library, tmp_path / "in", ("Zebra crossing", "Łódź pier", "Market day"))
    # As version 16 wrote the key: ł kept whole, after every Latin letter.
    run(location, "UPDATE posts SET title_key = 'ł' || title_key WHERE title LIKE 'Ł%'")
    _mark_version(location, 16)
    with Library.open(location) as upgraded:
        assert _titles(upgraded) == ["Łódź pier", "Market day", "Zebra crossing"]
    assert schema.VERSION >= 17  # the step this test upgrades through


def test_the_upgrade_writes_only_the_keys_that_changed(tmp_path: Path) -> None:
    # At 100,000 posts rewriting every key held every row (under a shared
    # library's write lock) for the ~2 % whose title opens with ł, ø, đ.
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as library:
        _store(library, tmp_path / "in", ("Zebra crossing", "Łódź pier", "Market day"))
    run(path, "UPDATE posts SET title_key = 'ł' || title_key WHERE title LIKE 'Ł%'")
    with closing(sqlite3.connect(path)) as conn:
        before = conn.total_changes
        fill_title_keys(conn)
        assert conn.total_changes - before == 1
        keys = conn.execute("SELECT title, title_key FROM posts").fetchall()
    assert all(key == title_key(title) for title, key in keys)


def test_an_ascii_title_gets_the_key_the_full_folding_gives() -> None:
    # The ASCII shortcut must give what casefold, NFKD and the mark filter
    # give, or stored keys and a new post's would disagree: a combining
    # accent (dropped by the filter) sends the same title the long way.
    for title in ("  Pier 10\treopens ", "PIER 02, again", "(Harbour) board 7b", "...and", ""):
        assert title_key(title) == title_key(title + "\u0301")
    assert title_key("Ecole 3") == title_key("École 3")
