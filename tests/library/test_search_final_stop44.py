"""Stop 44's final read of search (s44-final-app): a search narrowed to
some posts (a phrase found in its words' forms, a filter) reads the
index's matches once, not once per allowed post; a phrase held through
its forms reads only the newest posts the ranking can list."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from quotemark.library.service import Library
from quotemark.library.store import search as store_search
from quotemark.library.store.engine import engine_of
from tests.library.test_search_scripts import store_posts
from tests.library.test_search_stop44 import _post
from tests.library.test_store_pages import processed, write_post


@pytest.fixture
def sqlite_scripts(tmp_path: Path) -> Iterator[Library]:
    """The posts in other scripts in an SQLite library: the plans read
    below are FTS5's (PostgreSQL's are test_search_pg_plans')."""
    with Library.open(tmp_path / "library.sqlite3") as library:
        store_posts(library, tmp_path)
        yield library


def _fts_plans(library: Library, typed: str) -> list[str]:
    """The plan lines of each FTS5 read a search made (SQLite)."""
    conn = library._conn
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
    sqlite_scripts: Library,
) -> None:
    """FTS5 given "rowid IN (the allowed posts)" ran the whole MATCH once
    per allowed post (its plan "INDEX 192:=M..."): a phrase held through
    its forms by 5,000 posts took 7.5 s, a search in a collection of 5,000
    3 s. The phrase still finds its post (the narrowing holds)."""
    for typed in ('"Lodz otworzy"', '"lodz otworzy" Ada', "harbour site:example.org"):
        plans = _fts_plans(sqlite_scripts, typed)
        assert plans, typed  # narrowed: the allowed posts were asked for
        handed = [line for line in plans if "VIRTUAL TABLE INDEX" in line and ":=" in line]
        assert handed == [], typed
    found = sqlite_scripts.search('"Lodz otworzy"')
    assert [hit.post.title for hit in found] == ["Przystań nad rzeką"]


def _held_by_six(library: Library, tmp_path: Path) -> None:
    """Six posts holding "Łódź otworzy" (found as "Lodz otworzy" only
    through the derived text), the two oldest naming Ada Lind."""
    for number in range(1, 7):
        named = " Ada Lind była tam." if number <= 2 else ""
        body = f"Port w Łódź otworzy przystań {number}.{named}"
        _post(library, tmp_path, f"pier{number}", f"Przystań {number}", body)


def test_a_common_phrase_in_forms_reads_only_the_newest_posts_the_ranking_can_list(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A phrase held through its forms read every post holding its words
    (0.3 s at 5,000 posts, linear): now the newest, until one more than the
    ranked window holds it; older ones could not be listed anyway."""
    _held_by_six(library, tmp_path)
    monkeypatch.setattr(store_search, "RANK_WINDOW", 2)
    folded: list[str] = []
    fold = store_search._fold_in_place

    def counted(text: str) -> str:
        folded.append(text)
        return fold(text)

    monkeypatch.setattr(store_search, "_fold_in_place", counted)
    titles = [hit.post.title for hit in library.search('"Lodz otworzy"')]
    assert sorted(titles) == ["Przystań 4", "Przystań 5", "Przystań 6"]  # the window's three
    read = {text for text in folded if text.startswith("Port w")}
    if engine_of(library._conn) != "postgresql":
        assert len(read) == 3  # not six


def test_the_newest_posts_read_are_those_the_rest_of_the_search_allows(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Must not cut wrongly: the posts counted are those the other words
    and the excluded ones allow, so the two oldest, naming Ada, are found
    with "Ada" though four newer posts hold the phrase."""
    _held_by_six(library, tmp_path)
    monkeypatch.setattr(store_search, "RANK_WINDOW", 2)
    found = [hit.post.title for hit in library.search('"Lodz otworzy" Ada')]
    assert sorted(found) == ["Przystań 1", "Przystań 2"]
    found = [hit.post.title for hit in library.search('"Lodz otworzy" -Ada')]
    assert sorted(found) == ["Przystań 4", "Przystań 5", "Przystań 6"]


def test_a_filter_narrows_the_posts_read_for_a_phrase_in_forms(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The posts counted are those a filter allows too: the three newest
    are another site's, and the phrase still lists the three of this one."""
    _held_by_six(library, tmp_path)
    for number in range(7, 10):
        path = write_post(
            tmp_path / "in", f"ferry{number}.html", f"Prom {number}",
            url=f"https://ferry.example/{number}",
            paragraphs=(f"Port w Łódź otworzy prom {number}.",),
        )  # fmt: skip
        assert library.store_processed(str(path), processed(path)).post_id is not None
    monkeypatch.setattr(store_search, "RANK_WINDOW", 2)
    found = [hit.post.title for hit in library.search('"Lodz otworzy" site:harbour.example')]
    assert sorted(found) == ["Przystań 4", "Przystań 5", "Przystań 6"]
    found = [hit.post.title for hit in library.search('"Lodz otworzy" site:ferry.example')]
    assert sorted(found) == ["Prom 7", "Prom 8", "Prom 9"]
