"""Stop 44's final read of search (s44-final-app): a search narrowed to
some posts (a phrase found in its words' forms, a filter) reads the
index's matches once, not once per allowed post."""

from __future__ import annotations

import sqlite3

import pytest

from quotemark.library.service import Library
from quotemark.library.store.engine import engine_of
from tests.library.test_search_stop44 import scripts  # noqa: F401 - the fixture


def _fts_plans(library: Library, typed: str) -> list[str]:
    """The plan lines of each FTS5 read a search made (SQLite)."""
    conn = library._conn
    if engine_of(conn) == "postgresql":
        pytest.skip("SQLite's FTS5 plan (PostgreSQL plans its own: test_search_pg_plans)")
    assert isinstance(conn, sqlite3.Connection)
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        library.search(typed)
    finally:
        conn.set_trace_callback(None)
    plans: list[str] = []
    for sql in statements:
        if "post_fts MATCH" in sql and "rowid IN (SELECT p.id" in sql:
            plans.extend(str(row[3]) for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}"))
    return plans


def test_a_narrowed_search_does_not_run_the_match_again_per_allowed_post(
    scripts: Library,  # noqa: F811 - the fixture
) -> None:
    """FTS5 given "rowid IN (the allowed posts)" ran the whole MATCH once
    per allowed post (its plan "INDEX 192:=M..."): a phrase held through
    its forms by 5,000 posts took 7.5 s, a search in a collection of 5,000
    3 s. The phrase still finds its post (the narrowing holds)."""
    for typed in ('"Lodz otworzy"', '"lodz otworzy" Ada', "harbour site:example.org"):
        plans = _fts_plans(scripts, typed)
        assert plans, typed  # narrowed: the allowed posts were asked for
        handed = [line for line in plans if "VIRTUAL TABLE INDEX" in line and ":=" in line]
        assert handed == [], typed
    assert [hit.post.title for hit in scripts.search('"Lodz otworzy"')] == ["Przystań nad rzeką"]
