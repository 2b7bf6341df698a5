"""Both engines hold the same tables and columns at the same schema
version, so a library copies between them and the store's statements run on
both. Adding a SQLite migration (library/store/schema.py) without its
PostgreSQL counterpart (library/store/schema_pg.py: STEPS[n]) fails here."""

from __future__ import annotations

import random
import sqlite3
import string
from contextlib import closing
from pathlib import Path

import pytest

from quotemark.library.errors import NewerLibrary, NotALibrary
from quotemark.library.service import Library
from quotemark.library.store import schema, schema_pg
from tests.library.engines import run, second_connection
from tests.library.older_library import dropped_since
from tests.library.test_store_pages import write_post

# What one engine has for its own machinery and the other has not.
SQLITE_ONLY_TABLES = {"sqlite_sequence"}
SQLITE_ONLY_PREFIXES = ("post_fts_",)  # FTS5's shadow tables
POSTGRESQL_ONLY = {
    ("post_fts", "rowid"),  # FTS5's implicit rowid, a real column here
    ("post_fts", "doc"),  # the weighted tsvector
    ("quotemark_schema", "version"),  # SQLite keeps it in PRAGMA user_version
    ("row_counts", "name"),  # the kept numbers of posts and clips (SQLite counts)
    ("row_counts", "delta"),
}


def sqlite_columns(path: Path) -> set[tuple[str, str]]:
    with closing(sqlite3.connect(path)) as conn:
        tables = [
            str(r[0])
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if r[0] not in SQLITE_ONLY_TABLES and not str(r[0]).startswith(SQLITE_ONLY_PREFIXES)
        ]
        return {
            (table, str(column[1]))
            for table in tables
            for column in conn.execute(f"PRAGMA table_info({table})")
        }


def postgresql_columns(url: str) -> set[tuple[str, str]]:
    with closing(second_connection(url)) as conn:
        rows = conn.execute(
            "SELECT table_name, column_name FROM information_schema.columns"
            " WHERE table_schema = current_schema()"
        ).fetchall()
    return {(str(t), str(c)) for t, c in rows} - POSTGRESQL_ONLY


def test_both_engines_have_the_same_tables_and_columns(tmp_path: Path, pg_url: str) -> None:
    Library.open(tmp_path / "library.sqlite3").close()
    with Library.open(pg_url) as shared:
        assert shared.database == "postgresql"
    local, remote = sqlite_columns(tmp_path / "library.sqlite3"), postgresql_columns(pg_url)
    assert remote == local, (
        f"only in SQLite: {sorted(local - remote)}; only in PostgreSQL: {sorted(remote - local)}."
        " A SQLite migration needs its counterpart in library/store/schema_pg.py STEPS"
    )


def test_every_sqlite_migration_has_its_postgresql_counterpart() -> None:
    missing = [n for n in range(schema_pg.BASELINE + 1, schema.VERSION + 1)]
    missing = [n for n in missing if n not in schema_pg.STEPS]
    assert not missing, (
        f"SQLite schema version {schema.VERSION} has no PostgreSQL step for version(s) "
        f"{missing}: add STEPS[n] in library/store/schema_pg.py doing the same on PostgreSQL"
    )
    assert schema_pg.VERSION == schema.VERSION


def test_the_shared_library_records_the_same_version(pg_url: str) -> None:
    Library.open(pg_url).close()
    with closing(second_connection(pg_url)) as conn:
        assert conn.execute("SELECT version FROM quotemark_schema").fetchone() == (schema.VERSION,)


def test_a_newer_shared_library_is_refused_untouched(pg_url: str) -> None:
    Library.open(pg_url).close()
    run(pg_url, "UPDATE quotemark_schema SET version = ?", (schema.VERSION + 1,))
    with pytest.raises(NewerLibrary) as caught:
        Library.open(pg_url)
    assert "newer Quotemark" in caught.value.message
    assert pg_url.split("?")[0] in caught.value.message
    with closing(second_connection(pg_url)) as conn:
        row = conn.execute("SELECT version FROM quotemark_schema").fetchone()
    assert row == (schema.VERSION + 1,)


def test_another_programs_database_is_refused_untouched(pg_url: str) -> None:
    run(pg_url, "CREATE TABLE invoices (id integer)")
    with pytest.raises(NotALibrary):
        Library.open(pg_url)
    assert postgresql_columns(pg_url) == {("invoices", "id")}


def test_a_shared_library_of_version_8_upgrades_keeping_its_posts_and_clips(
    pg_url: str, tmp_path: Path
) -> None:
    # The PostgreSQL side of the SQLite upgrade tests: a shared library made
    # at version 8, holding a post and a clip, opened by this Quotemark.
    with Library.open(pg_url) as library:
        post_id = library.import_paths([write_post(tmp_path, "a.html", "Ferry")]).results[0].post_id
        assert post_id is not None
        clip, _ = library.clip(post_id, library.find_span(post_id, paragraph=1))
    for statement in dropped_since(8):
        run(pg_url, statement)
    run(pg_url, "UPDATE quotemark_schema SET version = 8")
    assert ("posts", "confidence") not in postgresql_columns(pg_url)
    with Library.open(pg_url) as upgraded:
        assert upgraded.get_clip(clip.id).text == clip.text
        assert upgraded.get_clip(clip.id).made_by is None  # made before anyone was recorded
        assert upgraded.uncertain_fields(post_id) == []  # not rated yet, not "unsure"
    with closing(second_connection(pg_url)) as conn:
        assert conn.execute("SELECT version FROM quotemark_schema").fetchone() == (schema.VERSION,)
    assert ("posts", "confidence") in postgresql_columns(pg_url)


def _toasted_bytes(pg_url: str) -> int:
    # What the search table keeps out of line (its TOAST table's size).
    with closing(second_connection(pg_url)) as conn:
        row = conn.execute(
            "SELECT pg_relation_size(reltoastrelid) FROM pg_class WHERE relname = 'post_fts'"
        ).fetchone()
    return int(row[0])


def test_upgrading_a_shared_library_to_version_12_moves_the_search_column_into_the_row(
    pg_url: str, tmp_path: Path
) -> None:
    # A search read each matching post's tsvector out of line (TOAST):
    # version 12 keeps it in the row, for the rows already stored too.
    rng = random.Random(12)
    words = ["".join(rng.choice(string.ascii_lowercase) for _ in range(9)) for _ in range(150)]
    with Library.open(pg_url) as library:
        post_id = library.import_paths([write_post(tmp_path, "a.html", "Ferry")]).results[0].post_id
    # The post's search row as version 11 stored a long one: its tsvector
    # out of line (forced here, where version 11 left it to the row's size).
    run(pg_url, "ALTER TABLE post_fts RESET (toast_tuple_target)")
    run(pg_url, "ALTER TABLE post_fts ALTER COLUMN doc SET STORAGE EXTERNAL")
    run(pg_url, "UPDATE post_fts SET body = ? WHERE rowid = ?", (" ".join(words), post_id))
    run(pg_url, "ALTER TABLE post_fts ALTER COLUMN doc SET STORAGE EXTENDED")
    for statement in dropped_since(11):
        run(pg_url, statement)
    run(pg_url, "UPDATE quotemark_schema SET version = 11")
    assert _toasted_bytes(pg_url) > 0
    with Library.open(pg_url) as upgraded:
        assert [hit.post.id for hit in upgraded.search(words[75])] == [post_id]
    assert _toasted_bytes(pg_url) == 0
    with closing(second_connection(pg_url)) as conn:
        storage = conn.execute(
            "SELECT attstorage FROM pg_attribute"
            " WHERE attrelid = 'post_fts'::regclass AND attname = 'doc'"
        ).fetchone()
        options = conn.execute(
            "SELECT reloptions FROM pg_class WHERE relname = 'post_fts'"
        ).fetchone()
    assert storage == ("m",)  # MAIN: compressed in the row before it goes out
    assert "toast_tuple_target=8160" in options[0]


def test_a_new_shared_library_keeps_the_search_column_in_the_row(pg_url: str) -> None:
    with Library.open(pg_url):
        pass
    with closing(second_connection(pg_url)) as conn:
        storage = conn.execute(
            "SELECT attstorage FROM pg_attribute"
            " WHERE attrelid = 'post_fts'::regclass AND attname = 'doc'"
        ).fetchone()
    assert storage == ("m",)
