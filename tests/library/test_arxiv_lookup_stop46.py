"""A typed arXiv identifier found by an index, not by reading every post
(stop 46): the search box reads ``arXiv:2103.04417v2`` as the identifier
and puts the post it names first. The lookup was ``eprint = ? OR eprint
LIKE ?``, a scan of the whole posts table on both engines for every such
search (a 100,000-post shared library read whole per keystroke). It is now
one range of ``posts_by_eprint`` (schema 20), still finding the identifier
stored bare or with a version (a correction typed as ``arXiv:...v2`` keeps
its version), and never its neighbour."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from quotemark.library.operations import EditMetadata
from quotemark.library.service import Library
from quotemark.library.store.search import BY_EPRINT
from tests.library.engines import second_connection

PREPRINTS = Path(__file__).resolve().parents[1] / "fixtures" / "preprint_stop45"

_QUERY = f"SELECT p.id FROM posts p WHERE {BY_EPRINT} ORDER BY p.id"
_VALUES = ("2103.04417", "2103.04417w", "2103.04417", "2103.04417v%")


def _three(library: Library) -> tuple[int, int, int]:
    # The arXiv preprint as saved, and two posts said to be preprints of a
    # versioned and a neighbouring identifier.
    ids = tuple(
        library.import_paths([PREPRINTS / page]).results[0].post_id
        for page in ("arxiv.html", "report.html", "ssrn.html")
    )
    library.run(EditMetadata(ids[1], (("archive", "arXiv"), ("eprint", "arXiv:2103.04417v2"))))
    library.run(EditMetadata(ids[2], (("archive", "arXiv"), ("eprint", "2103.04418"))))
    assert library.post(ids[0]).metadata.scholarly.eprint == "2103.04417"
    assert library.post(ids[1]).metadata.scholarly.eprint == "2103.04417v2"
    return ids[0], ids[1], ids[2]


def test_a_typed_identifier_finds_it_bare_or_versioned_and_not_its_neighbour(
    library: Library,
) -> None:
    bare, versioned, neighbour = _three(library)
    for typed in ("arXiv:2103.04417v5", "2103.04417", "https://arxiv.org/abs/2103.04417v2"):
        found = [hit.post.id for hit in library.search(typed)]
        assert found[:2] == [bare, versioned], typed
        assert neighbour not in found, typed
    assert [hit.post.id for hit in library.search("arXiv:2103.04418")][:1] == [neighbour]


def test_a_typed_identifier_reads_the_index_not_every_post_in_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as library:
        _three(library)
    with closing(sqlite3.connect(path)) as conn:
        plan = " ".join(
            str(row[-1]) for row in conn.execute(f"EXPLAIN QUERY PLAN {_QUERY}", _VALUES)
        )
    assert "INDEX posts_by_eprint (eprint>? AND eprint<?)" in plan, plan  # one range
    assert "SCAN p" not in plan, plan


def test_a_typed_identifier_reads_the_index_not_every_post_in_postgresql(pg_url: str) -> None:
    with Library.open(pg_url) as library:
        _three(library)
    with closing(second_connection(pg_url)) as conn:
        # A table of three posts is read whole whatever the indexes: with a
        # sequential scan ruled out, the plan shows whether the index serves.
        conn.execute("SET enable_seqscan = off")
        rows = conn.execute(f"EXPLAIN {_QUERY}", _VALUES).fetchall()
    plan = " ".join(str(row[0]) for row in rows)
    assert "posts_by_eprint" in plan, plan
