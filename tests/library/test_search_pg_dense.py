"""A search word most posts hold, on a shared library: the newest matches
are found by walking the newest posts, and rank exactly as the index's
answer does (a real PostgreSQL database; a ranking window of 3 stands in
for the 1,000 of a real search)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from quotemark.library.query import parse
from quotemark.library.service import Library
from quotemark.library.store import db, search_pg

WINDOW = 3


@pytest.fixture
def shared(pg_url: str) -> Iterator[Library]:
    """A shared library whose search rows are 20 posts holding "harbour"
    (in the title of every fifth too) and, oldest, two holding "lantern"."""
    library = Library.open(pg_url)
    rows = [(100 - n, f"Post {n}" + (" harbour" if n % 5 == 0 else ""), "the harbour at night")
            for n in range(20)]  # fmt: skip
    rows += [(50 - n, "Old post", "a lantern by the harbour") for n in range(2)]
    with db.transaction(library._conn, pg_url) as conn:
        conn.executemany("INSERT INTO post_fts (rowid, title, body) VALUES (?, ?, ?)", rows)
    library._conn.execute("ANALYZE post_fts")  # as autovacuum soon would
    yield library
    library.close()


def _ranked(library: Library, typed: str) -> list[tuple[int, tuple[str, str, str]]]:
    return search_pg.ranked(library._conn, parse(typed), "1", [], 10, WINDOW)


@pytest.mark.parametrize(
    ("typed", "walked"),
    [("har", True), ("harbour", True), ("harbour night", True), ("lantern", False)],
)
def test_a_common_word_ranks_the_newest_matches_as_the_index_does(
    shared: Library, typed: str, walked: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = search_pg.tsquery(parse(typed))
    assert found is not None
    # "lantern" is in 2 of 22 posts: the index finds it; the others are in all.
    assert search_pg._common(shared._conn, parse(typed)) == walked
    probe = search_pg._dense(shared._conn, found[0], found[1], WINDOW)
    assert (probe is not None) == walked  # "lantern": only in the oldest posts
    new = _ranked(shared, typed)
    monkeypatch.setattr(search_pg, "PROBE", 0)  # no walk: the index alone
    assert new == _ranked(shared, typed)
    assert new
    if typed == "harbour":
        assert new[0] == (100, ("Post 0 harbour", "the harbour at night", ""))  # title too
