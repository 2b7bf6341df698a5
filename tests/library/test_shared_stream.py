"""``quotemark posts --json`` on a shared library streams from a
server-side cursor: the client holds a chunk at a time, not the whole
listing, and a reader who stops early leaves the connection usable.
Against the test session's PostgreSQL server."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import psycopg

from quotemark.library.service import Library
from quotemark.library.store import listing, pg
from tests import pg_server as pg_server_module
from tests.library.test_store_pages import write_post


def test_rows_come_a_chunk_at_a_time_from_the_server(
    pg_server: pg_server_module.Server, pg_url: str, tmp_path: Path
) -> None:
    titles = ["Ferry", "Garden", "Harbour"]
    with Library.open(pg_url) as lib:
        lib.import_paths(
            [write_post(tmp_path, f"{t}.html", t, paragraphs=[f"About the {t}."]) for t in titles]
        )
        expected = [row[2] for rows in lib.stream_post_rows() for row in rows]
    assert sorted(expected) == sorted(titles)
    with closing(pg.connect(pg_url, timeout=5.0)) as conn:
        pid = conn.raw.info.backend_pid
        stream = listing.stream_rows(conn, listing.Listing(), chunk=1)
        first = next(stream)
        assert [row[2] for row in first] == expected[:1]
        with psycopg.connect(pg_server.conninfo(), autocommit=True) as admin:
            state, query = admin.execute(
                "SELECT state, query FROM pg_stat_activity WHERE pid = %s", (pid,)
            ).fetchone() or ("", "")
        # The server keeps the rest of the listing, read one FETCH at a time.
        assert state == "idle in transaction"
        assert query.startswith("FETCH FORWARD 1")
        stream.close()  # the reader left early
        assert not conn.in_transaction
        assert [
            row[2] for rows in listing.stream_rows(conn, listing.Listing()) for row in rows
        ] == (expected)


def test_the_first_rows_come_in_a_small_first_fetch(
    pg_server: pg_server_module.Server, pg_url: str, tmp_path: Path
) -> None:
    # `quotemark posts --json` writes its first line after the first fetch:
    # a screenful, not the 2,000 rows of a whole chunk, leaves the server
    # first (the later fetches stay large, for the whole list's speed).
    with Library.open(pg_url) as lib:
        lib.import_paths([write_post(tmp_path, "Ferry.html", "Ferry", paragraphs=["A ferry."])])
    with closing(pg.connect(pg_url, timeout=5.0)) as conn:
        pid = conn.raw.info.backend_pid
        stream = listing.stream_rows(conn, listing.Listing())
        assert [row[2] for row in next(stream)] == ["Ferry"]
        with psycopg.connect(pg_server.conninfo(), autocommit=True) as admin:
            row = admin.execute(
                "SELECT query FROM pg_stat_activity WHERE pid = %s", (pid,)
            ).fetchone()
        assert row is not None
        assert row[0].startswith(f"FETCH FORWARD {listing.FIRST_CHUNK}")
        stream.close()
        assert not conn.in_transaction
