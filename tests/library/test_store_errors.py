"""SQLite failures are sorted by SQLite's result code: trouble from outside
Quotemark (another writer, a full disk, a read-only or damaged file) becomes
a named library error with a message a user can act on; a bad statement or a
misused connection is a bug and comes out unchanged. Real SQLite files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from quotemark.library.errors import (
    AlreadyInLibrary,
    EmptySelection,
    LibraryDamaged,
    LibraryFull,
    LibraryReadOnly,
    LibraryUnreachable,
    NoPassageGiven,
    NotALibrary,
    PassageNotFound,
    QuotemarkError,
    SelectionOutsidePost,
)
from quotemark.library.model import Position, Span
from quotemark.library.service import Library
from quotemark.library.store import db
from tests.library.test_store_pages import write_post


def _rows(path: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.execute("SELECT x FROM t"))
    finally:
        conn.close()


def test_a_full_disk_is_named_and_nothing_is_written(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    conn = db.connect(path)
    conn.execute("CREATE TABLE t (x BLOB)")
    # SQLite's page limit fails writes exactly as a full disk does (SQLITE_FULL).
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(LibraryFull) as caught, db.transaction(conn, path):
        conn.execute("INSERT INTO t VALUES (randomblob(100000))")
    conn.close()
    assert str(path) in caught.value.message
    assert "disk is full" in caught.value.message
    assert _rows(path) == []


def test_a_read_only_library_is_named(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    Library.open(path).close()
    # root ignores file modes, so the file is opened read-only the way a
    # read-only mount would give it.
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    try:
        with pytest.raises(LibraryReadOnly) as caught, db.transaction(conn, path):
            conn.execute("CREATE TABLE mine (x TEXT)")
    finally:
        conn.close()
    assert "read-only" in caught.value.message


def test_a_damaged_file_is_named_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"these are my notes, not a database " * 200)
    with pytest.raises(LibraryDamaged) as caught:
        Library.open(path)
    assert str(path) in caught.value.message
    assert "backup" in caught.value.message
    assert path.read_bytes().startswith(b"these are my notes")


def test_another_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "places.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE posts (url TEXT)")  # even a table name we use
    conn.execute("INSERT INTO posts VALUES ('https://example.org')")
    conn.commit()
    conn.close()
    with pytest.raises(NotALibrary) as caught:
        Library.open(path)
    assert "another program" in caught.value.message
    conn = sqlite3.connect(path)
    try:
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["posts"]
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
    finally:
        conn.close()


def test_a_library_path_that_cannot_be_opened_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "library.sqlite3"
    folder.mkdir()  # a folder where the file should be
    with pytest.raises(LibraryUnreachable) as caught:
        Library.open(folder)
    assert str(folder) in caught.value.message


def test_a_bad_statement_is_a_bug_not_a_library_problem(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    conn = db.connect(path)
    conn.execute("CREATE TABLE t (x TEXT)")

    def write_with_a_typo() -> None:
        with db.transaction(conn, path):
            conn.execute("INSERT INTO t VALUES ('kept?')")
            conn.execute("INSERT INTO no_such_table VALUES (1)")

    with pytest.raises(sqlite3.OperationalError) as caught:
        write_with_a_typo()
    conn.close()
    assert not isinstance(caught.value, QuotemarkError)
    assert "no_such_table" in str(caught.value)
    assert _rows(path) == []  # rolled back all the same


def test_misusing_a_closed_library_is_a_bug(tmp_path: Path) -> None:
    library = Library.open(tmp_path / "library.sqlite3")
    library.close()
    with pytest.raises(sqlite3.ProgrammingError):
        library.posts()


def test_the_services_refusals_are_named_situations(tmp_path: Path) -> None:
    with Library.open(tmp_path / "library.sqlite3") as library:
        post = library.import_paths([write_post(tmp_path, "a.html", "Ferry")]).results[0]
        assert post.post_id is not None
        post_id = post.post_id
        with pytest.raises(PassageNotFound):
            library.find_span(post_id, text="words the post does not have")
        with pytest.raises(PassageNotFound):
            library.find_span(post_id, quote=99)
        with pytest.raises(PassageNotFound):
            library.find_span(post_id, paragraph=999)
        with pytest.raises(NoPassageGiven):
            library.find_span(post_id)
        with pytest.raises(SelectionOutsidePost):
            library.clip(post_id, Span(Position(999, 0), Position(999, 3), "abc"))
        paragraph = library.find_span(post_id, paragraph=1)
        space = paragraph.text.index(" ")
        block = paragraph.start.block
        with pytest.raises(EmptySelection):
            library.clip(post_id, Span(Position(block, space), Position(block, space + 1), " "))
        clip, _ = library.clip(post_id, paragraph)
        with pytest.raises(AlreadyInLibrary):
            library.restore_clips([clip])
        deleted, _ = library.delete_post(post_id, force=True)
        library.restore_post(deleted)
        with pytest.raises(AlreadyInLibrary):
            library.restore_post(deleted)
