"""``quotemark posts --json`` on a shared library streams: the server sends
the listing as it reads it and the client holds a chunk at a time, not the
whole listing; a reader who stops early leaves the connection usable.
Against the test session's PostgreSQL server."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import psycopg

from quotemark.library.service import Library
from quotemark.library.store import listing, pg
from tests import pg_server as pg_server_module
from tests.library.test_store_pages import write_post

WIDE_POSTS = 3_000
"""Posts of 2,000-character titles: about 6 MB of listing, more than the
socket between client and server buffers, so the server cannot have sent
it all while the client reads the first rows."""


def _add_wide_posts(url: str) -> None:
    with Library.open(url) as lib:
        conn = lib._conn
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO posts (id, key, title, authors, imported, file_name, content_hash,"
            " format, quote_count)"
            " SELECT g, 'wide' || g, 'Wide ' || lpad(g::text, 1995, '0'), '[]',"
            " '2026-01-01T00:00:00', 'wide.txt', 'hash' || g, 'text', 0"
            " FROM generate_series(1, ?) AS g",
            (WIDE_POSTS,),
        )
        conn.execute("COMMIT")


def _activity(server: pg_server_module.Server, pid: int) -> tuple[str, str]:
    with psycopg.connect(server.conninfo(), autocommit=True) as admin:
        row = admin.execute(
            "SELECT state, query FROM pg_stat_activity WHERE pid = %s", (pid,)
        ).fetchone()
    return (str(row[0]), str(row[1])) if row is not None else ("", "")


def test_rows_come_while_the_server_still_sends_them(
    pg_server: pg_server_module.Server, pg_url: str
) -> None:
    _add_wide_posts(pg_url)
    with closing(pg.connect(pg_url, timeout=5.0)) as conn:
        pid = conn.raw.info.backend_pid
        stream = listing.stream_rows(conn, listing.Listing(), chunk=100)
        first = next(stream)
        # A screenful first, the newest posts first.
        assert len(first) == listing.FIRST_CHUNK
        assert [row[0] for row in first[:2]] == [WIDE_POSTS, WIDE_POSTS - 1]
        state, query = _activity(pg_server, pid)
        # The listing's one statement is still running: the rest waits on
        # the server, not in this process.
        assert state == "active"
        assert query.startswith("SELECT")
        assert len(next(stream)) == 100
        stream.close()  # the reader left early
        assert not conn.in_transaction
        # The connection works on, and a whole listing has every post once.
        ids = [row[0] for rows in listing.stream_rows(conn, listing.Listing()) for row in rows]
        assert ids == list(range(WIDE_POSTS, 0, -1))
        assert _activity(pg_server, pid)[0] == "idle"


def test_a_small_library_streams_whole(pg_url: str, tmp_path: Path) -> None:
    titles = ["Ferry", "Garden", "Harbour"]
    with Library.open(pg_url) as lib:
        lib.import_paths(
            [write_post(tmp_path, f"{t}.html", t, paragraphs=[f"About the {t}."]) for t in titles]
        )
        expected = [row[2] for rows in lib.stream_post_rows() for row in rows]
        assert sorted(expected) == sorted(titles)
        # Streaming again on the same connection, and reading pages, works.
        assert [row[2] for rows in lib.stream_post_rows() for row in rows] == expected
        assert lib.listing_count(listing.Listing()) == 3
