"""A whole library copied into another, across engines (``quotemark
library copy SRC DEST``: a file into a shared library and back).

Rows keep their ids and keys, so citations, clips and exports made from
either copy agree. The destination must be empty or hold an earlier copy of
the same library (each post it holds is the source's post with that id,
key and content); anything else is refused before a row is written, since
ids would collide. Posts the destination lacks are copied with everything
that hangs on them (content and originals, images, mentions, clips and
their tags, corrections, search row, tags, note, collection places); the
tables that belong to the whole library (sources, retired keys, source
corrections, collections, the post id counter) are merged by key. So a
second run copies nothing. One transaction on the destination: a failure
leaves it as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quotemark.library.errors import LibraryError
from quotemark.library.store import search_rows
from quotemark.library.store.db import transaction
from quotemark.library.store.engine import engine_of
from quotemark.library.store.listing import compact_kept_counts

# Tables of rows that belong to one post, in an order that satisfies the
# foreign keys; each with the column naming the post.
_POST_TABLES: tuple[tuple[str, str], ...] = (
    ("post_content", "post_id"),
    ("resources", "post_id"),
    ("mentions", "post_id"),
    ("clips", "post_id"),
    ("corrections", "post_id"),
    ("post_tags", "post_id"),
    ("post_notes", "post_id"),
    # Still to be given who quoted their clips (schema 16): the copy is
    # filled as the source would have been.
    ("quoted_by_pending", "post_id"),
)
# Whole-library tables merged by their key (sources before mentions).
_LIBRARY_TABLES = ("sources", "retired_keys", "source_corrections")
# Tables with ids handed out by the database (PostgreSQL's sequences must
# move past the ids copied in).
_IDENTITY_TABLES = ("sources", "mentions", "clips", "corrections", "collections", "change_log")
_CHUNK = 200


@dataclass(frozen=True, slots=True)
class CopyReport:
    """What :func:`copy_library` copied (zero everywhere when the
    destination already held everything)."""

    posts: int
    clips: int
    corrections: int
    originals: int
    """Saved originals (with their decoded documents) copied."""
    images: int
    """Images and other resources copied."""
    already: int
    """Posts the destination held already."""


def copy_library(
    source: sqlite3.Connection, target: sqlite3.Connection, target_location: Path | str
) -> CopyReport:
    """Copy every post of ``source`` that ``target`` lacks, with all that
    belongs to it, and merge the library-wide tables (see the module)."""
    theirs = _posts(target)
    ours = _posts(source)
    foreign = sorted(i for i, row in theirs.items() if ours.get(i) != row)
    if foreign:
        raise LibraryError(
            f"{target_location} already holds other posts (id {foreign[0]} and "
            f"{len(foreign) - 1} more are not this library's); copy into an empty library. "
            "Nothing was copied.",
            path=str(target_location),
        )
    new = sorted(set(ours) - set(theirs))
    counts: dict[str, int] = {}
    with transaction(target, target_location):
        for table in _LIBRARY_TABLES:
            _copy_rows(source, target, table, f"SELECT * FROM {table}", (), ignore=True)
        _copy_collections(source, target)
        for part in _chunks(new):
            marks = ",".join("?" * len(part))
            counts["posts"] = counts.get("posts", 0) + _copy_rows(
                source, target, "posts", f"SELECT * FROM posts WHERE id IN ({marks})", part
            )
            for table, column in _POST_TABLES:
                counts[table] = counts.get(table, 0) + _copy_rows(
                    source,
                    target,
                    table,
                    f"SELECT * FROM {table} WHERE {column} IN ({marks})",
                    part,
                )
            _copy_rows(
                source,
                target,
                "clip_tags",
                "SELECT t.* FROM clip_tags t JOIN clips c ON c.id = t.clip_id"
                f" WHERE c.post_id IN ({marks})",
                part,
            )
            _copy_rows(
                source,
                target,
                "collection_posts",
                f"SELECT * FROM collection_posts WHERE post_id IN ({marks})",
                part,
            )
            _copy_search_rows(source, target, part)
            # The clips' triggers counted them again on top of the copied count.
            target.execute(
                "UPDATE posts SET clip_count = (SELECT count(*) FROM clips c"
                f" WHERE c.post_id = posts.id) WHERE id IN ({marks})",
                tuple(part),
            )
        _merge_counter(source, target)
        if engine_of(target) == "postgresql":
            # A row of kept counts for each statement that added rows.
            compact_kept_counts(target)
            for table in _IDENTITY_TABLES:
                column = "seq" if table == "change_log" else "id"
                target.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'),"
                    f" (SELECT coalesce(max({column}), 0) + 1 FROM {table}), false)"
                )
    return CopyReport(
        posts=counts.get("posts", 0),
        clips=counts.get("clips", 0),
        corrections=counts.get("corrections", 0),
        originals=counts.get("post_content", 0),
        images=counts.get("resources", 0),
        already=len(set(ours) & set(theirs)),
    )


def _posts(conn: sqlite3.Connection) -> dict[int, tuple[str, str]]:
    return {
        int(i): (str(key).casefold(), str(digest))
        for i, key, digest in conn.execute("SELECT id, key, content_hash FROM posts")
    }


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    cursor = conn.execute(f"SELECT * FROM {table} LIMIT 0")
    return [str(d[0]) for d in cursor.description or ()]


def _copy_rows(
    source: sqlite3.Connection,
    target: sqlite3.Connection,
    table: str,
    select: str,
    params: Sequence[Any],
    *,
    ignore: bool = False,
) -> int:
    """Copy the rows ``select`` reads from ``source`` into ``table`` (the
    columns both engines have, by name); returns how many were read."""
    cursor = source.execute(select, tuple(params))
    names = [str(d[0]) for d in cursor.description or ()]
    wanted = set(_columns(target, table))
    keep = [n for n, name in enumerate(names) if name in wanted]
    rows = [tuple(row[n] for n in keep) for row in cursor.fetchall()]
    if not rows:
        return 0
    columns = ", ".join(names[n] for n in keep)
    verb = "INSERT OR IGNORE" if ignore else "INSERT"
    target.executemany(
        f"{verb} INTO {table} ({columns}) VALUES ({','.join('?' * len(keep))})", rows
    )
    return len(rows)


def _copy_collections(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
    # A collection moved under a newer one names a parent with a larger id:
    # insert them all without parents, then set the parents.
    rows = source.execute("SELECT id, parent_id, name FROM collections ORDER BY id").fetchall()
    target.executemany(
        "INSERT OR IGNORE INTO collections (id, parent_id, name) VALUES (?, NULL, ?)",
        [(i, name) for i, _, name in rows],
    )
    target.executemany(
        "UPDATE collections SET parent_id = ? WHERE id = ?",
        [(parent, i) for i, parent, _ in rows if parent is not None],
    )


def _copy_search_rows(
    source: sqlite3.Connection, target: sqlite3.Connection, part: list[int]
) -> None:
    marks = ",".join("?" * len(part))
    rows = source.execute(
        f"SELECT rowid, title, body, clips FROM post_fts WHERE rowid IN ({marks})", tuple(part)
    ).fetchall()
    search_rows.insert_many(target, rows)


def _merge_counter(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
    row = source.execute("SELECT value FROM counters WHERE name = 'post_id'").fetchone()
    if row is None:
        return
    mine = target.execute("SELECT value FROM counters WHERE name = 'post_id'").fetchone()
    value = max(int(row[0]), int(mine[0]) if mine else 0)
    target.execute("INSERT OR REPLACE INTO counters (name, value) VALUES ('post_id', ?)", (value,))
