"""Daily backups with SQLite's backup API, restoring them, and the files
that must never be taken for a library (an empty file, another program's
database)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from quotemark.library import operations
from quotemark.library.errors import LibraryError
from quotemark.library.service import Library
from quotemark.library.store import backups
from tests.library.test_store_pages import PARAGRAPHS, write_post


def _titles(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return sorted(str(row[0]) for row in conn.execute("SELECT title FROM posts"))
    finally:
        conn.close()


def _library_with(path: Path, *titles: str) -> None:
    """Import posts with ``titles``, then open the library once more, as the
    next start of Quotemark would (the daily backup is made on opening)."""
    with Library.open(path) as library:
        for number, title in enumerate(titles):
            post = write_post(
                path.parent / "in",
                f"{number}.html",
                title,
                url=f"https://h.example/{number}",
                paragraphs=[f"{title}: {text}" for text in PARAGRAPHS],
            )
            library.import_paths([post])
    Library.open(path).close()


def _ferry_backed_up(tmp_path: Path) -> tuple[Path, backups.Backup]:
    """A library holding the ferry post, and its one (daily) backup."""
    path = tmp_path / "library.sqlite3"
    _library_with(path, "Night Ferry")
    [backup] = backups.list_backups(path)
    return path, backup


def _restore(how: str, backup: Path, path: Path) -> None:
    """Restore ``backup`` into the library at ``path`` as another Quotemark
    would ("open": from its window) or as the command line does."""
    if how == "open":
        with Library.open(path) as other:
            other.restore_backup(backup)
    else:
        backups.restore(backup, path)


def _import_post(library: Library, folder: Path, title: str, url: str, lead: str) -> int:
    """Import a post titled ``title`` whose paragraphs open with ``lead``."""
    post = write_post(
        folder,
        url.rsplit("/", 1)[-1] + ".html",
        title,
        url=url,
        paragraphs=[f"{lead}: {text}" for text in PARAGRAPHS],
    )
    post_id = library.import_paths([post]).results[0].post_id
    assert post_id is not None
    return post_id


def test_opening_a_library_makes_one_backup_a_day_and_drops_old_ones(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    folder = backups.backups_folder(path)
    with Library.open(path):
        pass
    assert not folder.exists()  # a new, empty library needs no backup
    _library_with(path, "Night Ferry")
    [daily] = folder.iterdir()
    assert daily.name == f"library-daily-{date.today().isoformat()}.sqlite3"
    assert _titles(daily) == ["Night Ferry"]
    old = folder / f"library-daily-{(date.today() - timedelta(days=8)).isoformat()}.sqlite3"
    kept = folder / f"library-daily-{(date.today() - timedelta(days=6)).isoformat()}.sqlite3"
    for name in (old, kept):
        name.write_bytes(daily.read_bytes())
    _library_with(path, "Night Ferry", "Harbour Lights")
    assert _titles(daily) == ["Night Ferry"]  # one a day: today's is not rewritten
    assert not old.exists()
    assert kept.exists()
    assert [b.kind for b in backups.list_backups(path)] == ["daily", "daily"]


def test_the_number_of_days_is_configurable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "library.sqlite3"
    _library_with(path, "Night Ferry")
    folder = backups.backups_folder(path)
    two_days = folder / f"library-daily-{(date.today() - timedelta(days=2)).isoformat()}.sqlite3"
    two_days.write_bytes(b"")
    monkeypatch.setenv(backups.KEEP_DAYS_ENV, "1")
    with Library.open(path):
        pass
    assert not two_days.exists()
    monkeypatch.setenv(backups.KEEP_DAYS_ENV, "0")
    for entry in folder.iterdir():
        entry.unlink()
    with Library.open(path):
        pass
    assert list(folder.iterdir()) == []


def test_an_empty_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    path.write_bytes(b"")
    with pytest.raises(LibraryError, match="is an empty file") as caught:
        Library.open(path)
    assert "no backup of it yet" in caught.value.message
    assert path.read_bytes() == b""


def test_another_programs_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="belongs to another program"):
        Library.open(path)
    assert path.read_bytes() == before


def test_a_damaged_library_message_names_the_real_backups(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    _library_with(path, "Night Ferry")
    path.write_bytes(b"")
    with pytest.raises(LibraryError) as caught:
        Library.open(path)
    assert "quotemark restore" in caught.value.message
    assert str(backups.backups_folder(path)) in caught.value.message


def test_restore_replaces_an_empty_file_and_keeps_it_aside(tmp_path: Path) -> None:
    path, backup = _ferry_backed_up(tmp_path)
    path.write_bytes(b"")
    saved = backups.restore(backup.path, path)
    assert saved.read_bytes() == b""
    with Library.open(path) as library:
        assert [row.title for row in library.posts()] == ["Night Ferry"]


def test_restore_into_an_open_library_backs_up_the_current_content(tmp_path: Path) -> None:
    path, backup = _ferry_backed_up(tmp_path)
    _library_with(path, "Night Ferry", "Harbour Lights")
    with Library.open(path) as library, Library.open(path) as other:
        saved = library.restore_backup(backup.path)
        assert [row.title for row in other.posts()] == ["Night Ferry"]
    assert _titles(saved) == ["Harbour Lights", "Night Ferry"]
    kinds = {b.kind for b in backups.list_backups(path)}
    assert kinds == {"daily", "before-restore"}


def test_a_file_that_is_not_a_backup_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    _library_with(path, "Night Ferry")
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(b"not a database at all" * 100)
    with Library.open(path) as library, pytest.raises(LibraryError, match="bogus"):
        library.restore_backup(bogus)
    assert _titles(path) == ["Night Ferry"]


def test_the_command_lists_and_restores_backups(quotemark_home: Path) -> None:
    path = quotemark_home / "library.sqlite3"
    _library_with(path, "Night Ferry")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "QUOTEMARK_HOME": str(quotemark_home)}
        return subprocess.run(
            [sys.executable, "-m", "quotemark.app", *args],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
        )

    listed = run("restore")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.startswith("1\t")
    assert "daily" in listed.stdout
    path.write_bytes(b"")
    refused = run("posts")
    assert refused.returncode == 1
    assert "empty file" in refused.stderr
    restored = run("restore", "1")
    assert restored.returncode == 0, restored.stderr
    assert "Night Ferry" in run("posts").stdout


@pytest.mark.parametrize("how", ["open", "command line"])
def test_a_window_that_saw_as_far_as_the_backup_learns_of_the_restore(
    tmp_path: Path, how: str
) -> None:
    # A window remembers the last change-log number it read. The backup's
    # own log may reach that number too; a restore must still tell the window
    # that everything changed, and numbers handed out after it are new ones.
    path, backup = _ferry_backed_up(tmp_path)
    with Library.open(path) as window:
        seen = window.watch()
        with Library.open(path) as other:  # a later change the window missed
            other.run(operations.SetPostNote(other.posts()[0].id, "Check the timetable."))
        _restore(how, backup.path, path)
        assert window.changed_elsewhere()
        found = window.changes_since(seen)
        assert not found.complete  # so the window reads everything again
        with Library.open(path) as other:
            other.run(operations.SetPostNote(other.posts()[0].id, "Again."))
            assert other.last_change() > found.last
        assert window.changes_since(found.last).complete


@pytest.mark.parametrize("how", ["open", "command line"])
def test_a_restored_backup_older_than_the_change_log_is_never_taken_for_unchanged(
    tmp_path: Path, quotemark_home: Path, how: str
) -> None:
    # A backup made before Quotemark kept a change log gets one when it is
    # brought to the current schema. Its numbers must still go on from the
    # replaced library's: a window that reads the log only after the
    # restored library has logged as many changes as it had seen must not
    # take those for the only news.
    from quotemark.library.store import db, schema

    old = tmp_path / "old.sqlite3"
    conn = db.connect(old)
    schema.migrate(conn, old, tmp_path / "unused", schema.MIGRATIONS[:3])
    conn.close()
    path = tmp_path / "library.sqlite3"
    _library_with(path, "Night Ferry", "Harbour Lights")
    with Library.open(path) as window:
        seen = window.watch()
        assert seen > 0
        _restore(how, old, path)
        with Library.open(path) as other:
            for number in range(seen + 1):
                url = f"https://later.example/{number}"
                _import_post(other, tmp_path / "later", f"Later {number}", url, f"Later {number}")
            assert other.last_change() > seen + 1  # numbers go on, never reused
        assert not window.changes_since(seen).complete  # so the window reads everything again


@pytest.mark.parametrize("how", ["open", "command line"])
def test_a_post_imported_after_a_restore_never_takes_the_number_of_one_restored_away(
    tmp_path: Path, how: str
) -> None:
    # A window with a post open that the backup does not hold reads it again
    # after the restore: it must find it gone, not a later import under its
    # number (an undo or a script naming the number would reach it too).
    from quotemark.library.errors import NotFound

    path, backup = _ferry_backed_up(tmp_path)
    with Library.open(path) as window:
        opened = _import_post(
            window, tmp_path / "in", "Harbour Lights", "https://h.example/later", "Harbour Lights"
        )
        _restore(how, backup.path, path)
        with Library.open(path) as other:
            _import_post(other, tmp_path / "in", "Tram Line", "https://h.example/tram", "Tram Line")
        with pytest.raises(NotFound):
            window.post(opened)


@pytest.mark.parametrize("how", ["open", "command line"])
def test_a_post_imported_after_a_restore_never_takes_a_key_the_restore_removed(
    tmp_path: Path, how: str
) -> None:
    # A manuscript cites the harbour post by its key; a restore to a backup
    # from before it was imported removes it. A later, different post with
    # the same title must not take that key: the manuscript would cite it.
    path, backup = _ferry_backed_up(tmp_path)
    with Library.open(path) as library:
        url = "https://h.example/lights"
        cited = library.post(_import_post(library, tmp_path / "in", "Harbour Lights", url, "")).key
    _restore(how, backup.path, path)
    with Library.open(path) as library:
        assert "Harbour Lights" not in [row.title for row in library.posts()]
        url = "https://h.example/other-lights"
        post_id = _import_post(library, tmp_path / "in", "Harbour Lights", url, "Another story")
        again = library.post(post_id).key
    assert again != cited
