"""A shared library keeps its numbers of posts and clips instead of
counting them (schema 13): the list's length and the status bar's
"N posts · M clips" read them. They must stay what counting would say
through imports, clips, deletions, undo, a colleague's writes, a copy and a
repair. Against the test session's PostgreSQL server."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from quotemark.library.model import Change
from quotemark.library.service import Library
from quotemark.library.store import changelog, listing
from tests.library.engines import run, second_connection
from tests.library.test_store_pages import write_post


def _post(folder: Path, name: str) -> Path:
    paragraphs = [f"The {name} ferry left at dawn.", f"The {name} harbour was quiet."]
    return write_post(folder, f"{name}.html", f"Post {name}", paragraphs=paragraphs)


def _counted(url: str) -> tuple[int, int]:
    with closing(second_connection(url)) as conn:
        row = conn.execute(
            "SELECT (SELECT count(*) FROM posts), (SELECT count(*) FROM clips)"
        ).fetchone()
    return int(row[0]), int(row[1])


def _kept_rows(url: str) -> int:
    with closing(second_connection(url)) as conn:
        return int(conn.execute("SELECT count(*) FROM row_counts").fetchone()[0])


def _shown(lib: Library) -> tuple[int, int]:
    assert lib.listing_count(listing.Listing()) == lib.counts()[0]
    return lib.counts()


def test_the_kept_numbers_follow_every_change(pg_url: str, tmp_path: Path) -> None:
    with Library.open(pg_url) as lib:
        assert _shown(lib) == (0, 0)
        report = lib.import_paths([_post(tmp_path, n) for n in ("a", "b", "c")])
        ids = [r.post_id for r in report.results]
        assert _shown(lib) == (3, 0) == _counted(pg_url)
        first = ids[0]
        assert first is not None
        clip, _ = lib.clip(first, lib.find_span(first, paragraph=1))
        lib.clip(first, lib.find_span(first, paragraph=2))
        assert _shown(lib) == (3, 2) == _counted(pg_url)
        lib.delete_clips([clip.id])
        assert _shown(lib) == (3, 1) == _counted(pg_url)
        deleted, _ = lib.delete_post(first, force=True)  # with its remaining clip
        assert _shown(lib) == (2, 0) == _counted(pg_url)
        lib.restore_post(deleted)  # undo
        assert _shown(lib) == (3, 1) == _counted(pg_url)
    # A colleague's statements, whatever they are, count too.
    run(pg_url, "DELETE FROM clips")
    with Library.open(pg_url) as lib:
        assert _shown(lib) == (3, 0) == _counted(pg_url)
        assert lib.check().ok


def test_the_kept_rows_are_folded_and_a_copy_counts_right(pg_url: str, tmp_path: Path) -> None:
    source = tmp_path / "own.sqlite3"
    with Library.open(source) as own:
        own.import_paths([_post(tmp_path, str(n)) for n in range(12)])
        post_id = own.posts()[0].id
        own.clip(post_id, own.find_span(post_id, paragraph=1))
    with Library.open(pg_url) as shared, Library.open(source) as own:
        own.copy_into(shared)
        assert _shown(shared) == (12, 1) == _counted(pg_url)
        # One row a number after the copy, not one per copied row.
        assert _kept_rows(pg_url) == 2
    # Every hundredth change-log row folds what the changes added.
    with closing(second_connection(pg_url)) as conn:
        conn.execute("BEGIN IMMEDIATE")
        for _ in range(100):
            changelog.append(conn, "edit", "elsewhere", Change())
            conn.execute("INSERT INTO row_counts (name, delta) VALUES ('posts', 0)")
        conn.execute("COMMIT")
    assert _kept_rows(pg_url) <= 3
    with Library.open(pg_url) as shared:
        assert _shown(shared) == (12, 1)


def test_repair_counts_again_what_check_finds_wrong(pg_url: str, tmp_path: Path) -> None:
    with Library.open(pg_url) as lib:
        lib.import_paths([_post(tmp_path, "a")])
        run(pg_url, "INSERT INTO row_counts (name, delta) VALUES ('posts', 5)")
        assert lib.counts() == (6, 0)
        assert lib.check().file_problems == (
            "the library's kept numbers (6 posts, 0 clips) do not match its rows "
            "(1 posts, 0 clips); repair counts them again",
        )
        lib.repair()
        assert lib.check().ok
        assert _shown(lib) == (1, 0)
