"""A search on a shared library is planned for its words at every run, also
when a researcher runs it many times on one connection (the search box runs
the same statement at each keystroke). psycopg prepares a statement on the
server after 5 runs and PostgreSQL may then keep one generic plan for every
word, which read every match of a common word (0.6-1.4 s at 100,000 posts
from the sixth search on). Asserted through the server's prepared
statements, not by timing: a statement never prepared is never planned
generically."""

from __future__ import annotations

from pathlib import Path

from quotemark.library.service import Library
from quotemark.library.store import pg
from tests.library.test_store_pages import write_post

RUNS = 12
"""More than psycopg's ``prepare_threshold`` (5) and PostgreSQL's five custom
plans before it considers the generic one."""


def _prepared(library: Library) -> list[str]:
    conn = library._conn
    assert isinstance(conn, pg.PgConnection)
    return [str(row[0]) for row in conn.raw.execute("SELECT statement FROM pg_prepared_statements")]


def test_a_search_run_again_and_again_is_never_planned_generically(
    pg_url: str, tmp_path: Path
) -> None:
    with Library.open(pg_url) as library:
        library.import_paths(
            [
                write_post(tmp_path, "a.html", "Tom Hale at the harbour",
                           paragraphs=["Tom Hale walked to the harbour at night."]),
                write_post(tmp_path, "b.html", "Ada Lind on the pier",
                           paragraphs=["Ada Lind read a lantern's light from the pier."]),
            ]
        )  # fmt: skip
        typed = ["ha", "harbour", "harbour night", '"the harbour"', "-lantern", "pier -lantern"]
        for _ in range(RUNS):
            found = {query: [hit.post.title for hit in library.search(query)] for query in typed}
        assert found["harbour"] == ["Tom Hale at the harbour"]
        assert found["ha"] == ["Tom Hale at the harbour"]
        assert found['"the harbour"'] == ["Tom Hale at the harbour"]
        assert found["-lantern"] == ["Tom Hale at the harbour"]
        assert found["pier -lantern"] == []
        library.posts()  # a listing: repeated plain statements are still prepared
        for _ in range(RUNS):
            library.posts()
        prepared = _prepared(library)
        assert prepared  # psycopg still prepares what gains from it
        # No statement matching a tsquery (a search's) was prepared on the server.
        assert [statement for statement in prepared if "@@" in statement] == []
