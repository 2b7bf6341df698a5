"""A library written at schema 19 (before stop 46's publisher column and
DOI index) opened by this Quotemark keeps every row of every table as it
was, on SQLite and on PostgreSQL: posts with their corrected citation
data, clips, tags, a note, a collection, the undo history. Only the new
column is added (empty until a post is read again). A real library file
and a real PostgreSQL database, each table read whole before and after."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path
from typing import Any

from quotemark.library.operations import (
    AddToCollection,
    CreateCollection,
    EditMetadata,
    SetPostNote,
    SetPostTags,
)
from quotemark.library.service import Library
from quotemark.library.store import engine, schema
from tests.library.engines import run, second_connection
from tests.library.older_library import dropped_since

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PAGES = (
    FIXTURES / "preprint_stop45" / "arxiv.html",
    FIXTURES / "preprint_stop45" / "report.html",
    FIXTURES / "scholarly_stop45" / "highwire.html",
)


def _fill(library: Library) -> None:
    ids = [r.post_id for r in library.import_paths(list(PAGES)).results]
    assert None not in ids
    first, second, third = (i for i in ids if i is not None)
    library.run(EditMetadata(first, (("eprint_class", "cs.DL"), ("entry_type", "preprint"))))
    library.run(EditMetadata(second, (("entry_type", "report"),)))
    library.run(EditMetadata(third, (("volume", "13"),)))
    library.run(SetPostTags(((first, ("harbours", "to read")), (third, ("harbours",)))))
    library.run(SetPostNote(second, "Cites the **1931** soundings."))
    shelf = library.run(CreateCollection("Dredging")).value
    library.run(AddToCollection(shelf, (second, third)))
    library.clip(first, library.find_span(first, paragraph=1))


def _tables(location: Path | str) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, read whole (without the column version 20 added),
    in a stable order."""
    with closing(second_connection(location)) as conn:
        if engine.is_url(location):
            names = [
                row[0]
                for row in conn.execute(
                    "SELECT table_name FROM information_schema.tables"
                    " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
                ).fetchall()
            ]
        else:
            names = [
                row[0]
                for row in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                    " AND name NOT LIKE 'sqlite_%'"
                ).fetchall()
            ]
        found: dict[str, list[tuple[Any, ...]]] = {}
        for name in sorted(names):
            if name == "quotemark_schema":
                continue  # the version, which the upgrade raises
            cursor = conn.execute(f'SELECT * FROM "{name}"')
            columns = [d[0] for d in cursor.description]
            rows = cursor.fetchall()
            kept = [i for i, c in enumerate(columns) if not (name == "posts" and c == "publisher")]
            found[name] = sorted((tuple(row[i] for i in kept) for row in rows), key=repr)
    return found


def _upgraded_keeps_everything(location: Path | str) -> None:
    with Library.open(location) as library:
        _fill(library)
    for statement in dropped_since(19):
        run(location, statement)
    if engine.is_url(location):
        run(location, "UPDATE quotemark_schema SET version = 19")
    else:
        run(location, "PRAGMA user_version = 19")
    before = _tables(location)
    assert sum(len(rows) for rows in before.values()) > 20
    with Library.open(location) as library:
        assert library.post(1).metadata.scholarly is not None
    after = _tables(location)
    assert after.keys() == before.keys()
    for name, rows in before.items():
        assert after[name] == rows, name
    with closing(second_connection(location)) as conn:
        if engine.is_url(location):
            version = conn.execute("SELECT version FROM quotemark_schema").fetchone()
        else:
            version = conn.execute("PRAGMA user_version").fetchone()
        assert tuple(version) == (schema.VERSION,)
        assert (
            conn.execute("SELECT count(*) FROM posts WHERE publisher IS NOT NULL").fetchone()[0]
            == 0
        )


def test_a_local_library_of_schema_19_keeps_every_row(tmp_path: Path) -> None:
    _upgraded_keeps_everything(tmp_path / "library.sqlite3")


def test_a_shared_library_of_schema_19_keeps_every_row(pg_url: str) -> None:
    _upgraded_keeps_everything(pg_url)


def test_the_upgraded_local_library_finds_a_typed_doi_by_its_index(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    _upgraded_keeps_everything(path)
    with closing(second_connection(path)) as conn:
        plan = " ".join(
            str(row)
            for row in conn.execute(
                "EXPLAIN QUERY PLAN SELECT id FROM posts p"
                " WHERE p.doi IS NOT NULL AND lower(p.doi) = ?",
                ("10.5555/jch.2023.0412",),
            ).fetchall()
        )
        assert "posts_by_doi" in plan, plan
