"""Schema version 18's derived search text on libraries that were there
before it (stop 43, s43-search2): a real version 14 file and a library
taken back on each engine upgrade at once and search as before; the fill
(``Library.fill_search``) then makes a Japanese word inside a run, an
Arabic or Hebrew word under its prefixes and "lodz" findable, stopping
between batches and going on later, with posts written meanwhile kept
current. English results keep their order. And a Japanese post stays
findable through delete's undo and ``library copy``."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from quotemark.library.operations import EditMetadata
from quotemark.library.service import Library
from quotemark.library.store import engine, search_fill
from tests.conftest import ROOT
from tests.library.engines import run
from tests.library.older_library import dropped_since
from tests.library.test_search_scripts import POSTS, store_posts

OLD_FILE = ROOT / "tests" / "fixtures" / "libraries" / "tide-v14.sqlite3"

ENGLISH = ("pier", "harbour board", "the", "tide")
"""English searches whose results must not move (words of the tide post and
the team's English one)."""


def _titles(library: Library, typed: str) -> list[str]:
    return [hit.post.title for hit in library.search(typed)]


def _english(library: Library) -> dict[str, list[tuple[str, str]]]:
    return {
        typed: [(hit.post.title, hit.snippet) for hit in library.search(typed)] for typed in ENGLISH
    }


def _before_18(location: Path | str) -> None:
    """The library at ``location`` as version 17 wrote it: a search row of
    three texts, no fill."""
    if engine.is_url(location):
        run(location, "DROP INDEX IF EXISTS post_fts_more")
        run(location, "ALTER TABLE post_fts DROP COLUMN more")
        run(location, "DROP TABLE IF EXISTS search_fill")
        for statement in dropped_since(17):
            run(location, statement)
        run(location, "UPDATE quotemark_schema SET version = 17")
        return
    for statement in (
        "CREATE VIRTUAL TABLE post_fts_old USING fts5(title, body, clips,"
        " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
        "INSERT INTO post_fts_old (rowid, title, body, clips)"
        " SELECT rowid, title, body, clips FROM post_fts",
        "DROP TABLE post_fts",
        "ALTER TABLE post_fts_old RENAME TO post_fts",
        "DROP TABLE IF EXISTS search_fill",
        *dropped_since(17),  # the columns later versions added
        "PRAGMA user_version = 17",
    ):
        run(location, statement)


def test_a_real_version_14_library_searches_as_before_then_finds_other_scripts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUOTEMARK_HOME", str(tmp_path / "home"))
    path = tmp_path / "library.sqlite3"
    shutil.copyfile(OLD_FILE, path)
    with Library.open(path) as library:
        assert library.search_fill_pending()  # opening copies nothing: it stays fast
        store_posts(library, tmp_path)  # saved while the fill waits
        english = _english(library)
        assert english["pier"]  # the guard guards something
        assert _titles(library, "港湾組合の港長は") == ["港湾組合の発表"]  # as before
        assert _titles(library, "港長") == []  # not until the fill
        assert library.fill_search() == 7
        assert not library.search_fill_pending()
        assert _titles(library, "港長") == ["港湾組合の発表"]
        assert _titles(library, "ميناء") == ["بيان مجلس الميناء"]
        assert _titles(library, "מזח") == ["הודעת ועד הנמל"]
        assert _titles(library, "lodz") == ["Przystań nad rzeką"]
        assert _titles(library, "港湾組合の港長は") == ["港湾組合の発表"]  # still
        assert _english(library) == english
        assert library.fill_search() == 0


def test_the_fill_stops_between_batches_goes_on_later_and_keeps_writes_current(
    library: Library, location: Path | str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = store_posts(library, tmp_path)
    english = _english(library)
    library.close()
    _before_18(location)
    monkeypatch.setattr(search_fill, "BATCH", 2)
    with Library.open(location) as reopened:
        assert reopened.search_fill_pending()
        asked = iter([False, True])
        assert reopened.fill_search(lambda: next(asked)) == 2  # one batch, then stopped
        assert reopened.search_fill_pending()
        # Written meanwhile: a post the fill has copied, and one it has not.
        reopened.run(EditMetadata(ids["ja"], (("title", "港長の話"),)))
        reopened.run(EditMetadata(ids["en"], (("title", "The Pier Closes at the 波止場"),)))
    with Library.open(location) as again:  # the next start goes on
        assert again.fill_search() == len(POSTS) - 2
        assert not again.search_fill_pending()
        assert _titles(again, "港長") == ["港長の話"]
        assert _titles(again, "止場") == ["The Pier Closes at the 波止場"]
        assert _titles(again, "ميناء") == ["بيان مجلس الميناء"]
        assert _titles(again, "lodz") == ["Przystań nad rzeką"]
        again.run(EditMetadata(ids["en"], (("title", POSTS["en"][0]),)))
        again.run(EditMetadata(ids["ja"], (("title", POSTS["ja"][0]),)))
        assert _english(again) == english


def test_a_japanese_post_is_found_after_delete_is_undone(library: Library, tmp_path: Path) -> None:
    ids = store_posts(library, tmp_path, ("ja", "en"))
    deleted, _ = library.delete_post(ids["ja"])
    assert _titles(library, "港長") == []
    library.restore_post(deleted)
    assert _titles(library, "港長") == ["港湾組合の発表"]


def test_a_japanese_post_is_found_in_a_library_copy(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUOTEMARK_HOME", str(tmp_path / "home"))
    with Library.open(tmp_path / "own.sqlite3") as own:
        store_posts(own, tmp_path, ("ja", "ar", "en"))
        own.copy_into(library)
    assert _titles(library, "港長") == ["港湾組合の発表"]
    assert _titles(library, "ميناء") == ["بيان مجلس الميناء"]
    assert _titles(library, "港の長") == []  # characters apart are not the word


def test_an_excluded_word_leaves_out_the_posts_holding_it_in_either_form(
    library: Library, tmp_path: Path
) -> None:
    """An excluded "ميناء" leaves out the post of "الميناء" (PostgreSQL asked its ``doc``
    alone first, which holds only the word with its article), and "-港湾組合"
    the post whose run holds it, on both engines, with or without a word to
    find."""
    store_posts(library, tmp_path, ("ja", "ar", "he", "pl", "en"))
    assert _titles(library, "رئيس") == ["بيان مجلس الميناء"]  # the guard guards something
    assert _titles(library, "رئيس -ميناء") == []
    assert _titles(library, "מנהל -מזח") == []
    assert _titles(library, "Ada -lodz") == []
    assert _titles(library, "港長 -港湾組合") == []
    assert _titles(library, "港長 -港の長") == ["港湾組合の発表"]  # characters apart: kept
    everything = set(_titles(library, "-pier"))
    assert "港湾組合の発表" in everything
    assert "港湾組合の発表" not in _titles(library, "-港湾組合")
    assert "بيان مجلس الميناء" not in _titles(library, "-ميناء")
    assert "بيان مجلس الميناء" in everything


_KILLED_MID_SWAP = """
import os, sys
from quotemark.library.service import Library
from quotemark.library.store import search_fill

def killed(conn):
    conn.execute("DROP TABLE post_fts")
    os._exit(9)  # the app killed between the swap's two statements

search_fill._finish = killed
with Library.open(sys.argv[1]) as library:
    library.fill_search()
"""


def test_a_fill_killed_between_the_swaps_statements_leaves_the_library_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite: the old table dropped, the app killed before the new one is
    renamed: the transaction never committed, so the next start finds the
    old table, searches as before and finishes the fill."""
    import os
    import subprocess
    import sys

    monkeypatch.setenv("QUOTEMARK_HOME", str(tmp_path / "home"))
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as library:
        store_posts(library, tmp_path, ("ja", "en"))
    _before_18(path)
    killed = subprocess.run(
        [sys.executable, "-c", _KILLED_MID_SWAP, str(path)],
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        capture_output=True,
        check=False,
    )
    assert killed.returncode == 9, killed.stderr
    with Library.open(path) as again:
        assert again.search_fill_pending()
        assert _titles(again, "pier") == ["The Pier Closes"]
        assert _titles(again, "港湾組合の港長は") == ["港湾組合の発表"]
        again.fill_search()
        assert not again.search_fill_pending()
        assert _titles(again, "港長") == ["港湾組合の発表"]
        assert _titles(again, "pier") == ["The Pier Closes"]


def test_posts_deleted_undone_and_copied_mid_fill_are_found_at_every_step(
    location: Path | str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Mid-fill (one post copied to SQLite's new table): a post deleted and
    undone on either side of the fill's progress, and a post ``library copy``
    adds, are found by a whole word while the fill runs and by a word inside
    a run once it ends, each once (never in neither table, never twice)."""
    monkeypatch.setenv("QUOTEMARK_HOME", str(tmp_path / "home"))
    with Library.open(tmp_path / "own.sqlite3") as own:
        store_posts(own, tmp_path / "own", ("ja", "en"))
        with Library.open(location) as shared:
            own.copy_into(shared)
        store_posts(own, tmp_path / "own", ("ar",))
    _before_18(location)
    monkeypatch.setattr(search_fill, "BATCH", 1)
    with Library.open(location) as library:
        asked = iter([False, True])
        assert library.fill_search(lambda: next(asked)) == 1
        ids = {hit.post.title: hit.post.id for hit in library.search("-nothingatall")}
        for title in ("港湾組合の発表", "The Pier Closes"):  # one copied, one not
            deleted, _ = library.delete_post(ids[title])
            library.restore_post(deleted)
        assert _titles(library, "pier") == ["The Pier Closes"]
        assert _titles(library, "港湾組合の港長は") == ["港湾組合の発表"]
        with Library.open(tmp_path / "own.sqlite3") as own:
            own.copy_into(library)
        assert _titles(library, "الميناء") == ["بيان مجلس الميناء"]
        assert library.search_fill_pending()
        library.fill_search()
        assert not library.search_fill_pending()
        assert _titles(library, "港長") == ["港湾組合の発表"]
        assert _titles(library, "ميناء") == ["بيان مجلس الميناء"]
        assert _titles(library, "pier") == ["The Pier Closes"]
        assert len(_titles(library, "-nothingatall")) == 3


def test_the_sqlite_swap_does_not_write_the_old_table_out_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fill's last step drops the old table: where SQLite overwrites
    freed pages (secure_delete, Debian's build), that wrote every page of
    it to the log under the write lock (seconds on a large library, a
    researcher's clip failing as "locked"). The old texts all live on in
    the new table: the swap writes a few pages, secure_delete as it was."""
    monkeypatch.setenv("QUOTEMARK_HOME", str(tmp_path / "home"))
    path = tmp_path / "library.sqlite3"
    Library.open(path).close()
    body = " ".join(f"tide{n} harbour board pier" for n in range(2000))
    for post_id in range(1, 41):
        run(
            path,
            "INSERT INTO post_fts (rowid, title, body, clips) VALUES (?, ?, ?, '')",
            (post_id, f"Pier notes {post_id}", body),
        )
    _before_18(path)
    with Library.open(path) as library:
        conn = library._conn
        conn.execute("PRAGMA secure_delete = ON")
        assert search_fill.fill_batch(conn, path, 100) == 40
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert search_fill.fill_batch(conn, path) is None  # the swap
        frames = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()[1]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        assert frames < 40 < pages // 3, (frames, pages)
        assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
        found = conn.execute("SELECT count(*) FROM post_fts WHERE post_fts MATCH 'tide1999'")
        assert found.fetchone()[0] == 40  # the rows (no post rows: the search lists none)


def test_a_lone_typed_accented_or_stroked_letter_waits_for_the_second(
    library: Library, tmp_path: Path
) -> None:
    """A "ł" or "é" typed first in the search box is "l" or "e" to the index
    (the derived text's form, PostgreSQL's unaccent, FTS5's folding): as a
    prefix it listed every post with a word in l or e (a scan of the whole
    index). As a typed "l" does, it waits for the next letter, on both
    engines; one kanji is a word and is still asked at once."""
    ids = store_posts(library, tmp_path, ("pl", "en", "ja"))
    library.run(EditMetadata(ids["en"], (("title", "Landing notes from the pier, entre nous"),)))
    for typed in ("l", "ł", "Ł", "é"):
        assert _titles(library, typed) == [], typed
    assert _titles(library, "ló") == ["Przystań nad rzeką"]
    assert _titles(library, "łó") == ["Przystań nad rzeką"]
    assert _titles(library, "la") == ["Landing notes from the pier, entre nous"]
    assert _titles(library, "én") == ["Landing notes from the pier, entre nous"]
    assert _titles(library, "港") == ["港湾組合の発表"]
