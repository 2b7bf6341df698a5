"""The change log: every operation's transaction leaves one row naming what
it changed and who changed it, so a second process learns of the change in
the same detail as the one that made it; the log stays small."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from quotemark.library.errors import NotFound
from quotemark.library.model import Change, Position, Span
from quotemark.library.operations import ClipSpan, DeleteClips, EditClip
from quotemark.library.service import Library
from quotemark.library.store import changelog, db, schema
from tests.library.test_store_pages import PARAGRAPHS, write_post


def _ferry(lib: Library, folder: Path) -> int:
    path = write_post(folder, "ferry.html", "The Night Ferry", heading="Back on the water")
    post_id = lib.import_paths([path]).results[0].post_id
    assert post_id is not None
    return post_id


def test_a_second_library_sees_each_change_with_its_ids_and_origin(
    tmp_path: Path, location: Path | str
) -> None:
    path = location
    with Library.open(path) as window, Library.open(path) as cli:
        seen = window.last_change()
        assert not window.changed_elsewhere()
        post_id = _ferry(cli, tmp_path / "in")
        text = PARAGRAPHS[1]
        span = Span(Position(2, 0), Position(2, 20), text[:20])
        clip = cli.run(ClipSpan(post_id, span)).value
        cli.run(EditClip(clip.id, tags=("harbour",)))
        cli.run(DeleteClips((clip.id,)))

        assert window.changed_elsewhere()
        found = window.changes_since(seen)
        assert found.complete
        assert [e.kind for e in found.entries] == ["import", "clip", "edit_clip", "delete_clips"]
        assert {e.origin for e in found.entries} == {cli.origin}
        assert cli.origin != window.origin
        assert found.entries[0].change.posts_added == (post_id,)
        assert found.entries[1].change.clips_added == (clip.id,)
        assert found.entries[2].change.tags_changed == ("harbour",)
        assert found.entries[3].change.clips_removed == (clip.id,)
        assert found.last == found.entries[-1].seq
        assert window.changes_since(found.last).entries == ()


def test_watching_starts_from_the_newest_change_and_counts_only_others(
    tmp_path: Path, location: Path | str
) -> None:
    # Library.watch: what a window reads once at start (one statement on a
    # shared library, where the three reads it replaced were the same).
    with Library.open(location) as cli:
        post_id = _ferry(cli, tmp_path / "in")
        with Library.open(location) as window:
            seen = window.watch()
            assert seen == cli.last_change() > 0
            assert not window.changed_elsewhere()
            span = Span(Position(2, 0), Position(2, 20), PARAGRAPHS[1][:20])
            window.run(ClipSpan(post_id, span))  # its own change does not count
            assert not window.changed_elsewhere()
            cli.run(ClipSpan(post_id, span, note="second"))
            assert window.changed_elsewhere()
            assert [e.kind for e in window.changes_since(seen).entries] == ["clip", "clip"]
            assert window.watch() == cli.last_change() == seen + 2
            assert not window.changed_elsewhere()


def test_a_refused_operation_leaves_no_row(location: Path | str) -> None:
    with Library.open(location) as lib:
        before = lib.last_change()
        with pytest.raises(NotFound):
            lib.run(DeleteClips((99,)))
        assert lib.last_change() == before


def test_the_log_is_pruned_and_a_reader_far_behind_is_told(tmp_path: Path) -> None:
    conn = db.connect(tmp_path / "library.sqlite3")
    schema.migrate(conn, tmp_path / "library.sqlite3", tmp_path / "backups")
    for number in range(changelog.KEEP + 300):
        changelog.append(conn, "clip", "test", Change(clips_added=(number,)))
    rows = conn.execute("SELECT count(*) FROM change_log").fetchone()[0]
    assert rows <= changelog.KEEP + 100
    behind = changelog.since(conn, 1)
    assert not behind.complete
    recent = changelog.since(conn, changelog.last(conn) - 5)
    assert recent.complete
    assert len(recent.entries) == 5
    conn.close()


def test_changes_survive_the_json_round_trip_and_merge_by_last_state() -> None:
    change = Change(posts_added=(3,), clips_removed=(7, 8), tags_changed=("a b",))
    assert changelog.from_json(changelog.to_json(change)) == change
    merged = changelog.merge(
        [Change(clips_added=(5,)), Change(clips_removed=(5,), posts_changed=(1,))]
    )
    assert merged == Change(clips_removed=(5,), posts_changed=(1,))


def test_a_version_3_library_gets_the_log_after_a_backup(
    tmp_path: Path, quotemark_home: Path
) -> None:
    path = tmp_path / "library.sqlite3"
    conn = db.connect(path)
    schema.migrate(conn, path, tmp_path / "unused", schema.MIGRATIONS[:3])
    conn.close()
    with Library.open(path) as lib:
        assert lib.last_change() == 0
    [backup] = (quotemark_home / "backups").iterdir()
    assert backup.name.startswith("library-v3-")
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA user_version").fetchone()[0] == schema.VERSION
    check.close()


def test_a_second_library_in_one_process_leaves_the_first_readable_after_another_writes(
    tmp_path: Path,
) -> None:
    # The window and its import worker: two Library objects in one process.
    # Opening the second must not drop the first one's file locks, or another
    # process's checkpoint corrupts what the first reads ("malformed").
    import subprocess
    import sys

    path = tmp_path / "library.sqlite3"
    with Library.open(path) as window:
        _ferry(window, tmp_path / "in")
        seen = window.last_change()
        Library.open(path).close()
        other = write_post(tmp_path / "in2", "b.html", "The Bridge", paragraphs=("A bridge.",))
        script = (
            "import sys; from pathlib import Path; from library.service import Library\n"
            "with Library.open(Path(sys.argv[1])) as lib: lib.import_paths([Path(sys.argv[2])])"
        )
        third = write_post(tmp_path / "in3", "c.html", "The Quay", paragraphs=("A quay.",))
        for count, post in enumerate((other, third), 2):  # each write closes and checkpoints
            done = subprocess.run(
                [sys.executable, "-c", script, str(path), str(post)],
                capture_output=True,
                text=True,
                check=False,
            )
            assert done.returncode == 0, done.stderr
            assert len(window.posts()) == count
        assert [e.kind for e in window.changes_since(seen).entries] == ["import", "import"]
