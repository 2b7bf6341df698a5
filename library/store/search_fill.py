"""Schema version 18's derived search text (``more``:
:func:`~quotemark.library.store.search.more_terms`) written for the posts a
library already held, a batch of posts at a time after opening.

One short transaction per batch, so a library of 100,000 posts opens as fast
as before and a window keeps writing between batches (the window runs it in
a thread with its own connection, pausing with the write lock free).
Resumable: ``search_fill.done`` is the highest post id written, and the
table is dropped when none is left.

- SQLite: FTS5 cannot add a column, so the rows are copied, with ``more``,
  from ``post_fts`` (which search reads meanwhile) into ``post_fts_next``;
  the last batch drops the old table and renames the new one. A post
  written meanwhile (:mod:`~quotemark.library.store.search_rows`) is
  written into both tables once its id is at or below ``done``, into the
  old one only above it (the fill copies it when it gets there).
- PostgreSQL: the column was added in place; the fill writes it (each new
  write already does), the ``post_fts_more`` index following each write.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from quotemark.library.model import Change
from quotemark.library.store import changelog, schema
from quotemark.library.store.db import transaction
from quotemark.library.store.engine import engine_of

BATCH = 200
"""Posts written in one transaction: ``more`` costs 0.2-0.5 ms for a post of
a few thousand non-ASCII characters, nothing for ASCII text."""


def pending(conn: sqlite3.Connection) -> bool:
    """Whether posts still wait for their derived search text."""
    if engine_of(conn) == "postgresql":
        row = conn.execute("SELECT to_regclass('search_fill') IS NOT NULL").fetchone()
        return bool(row and row[0])
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_fill'").fetchone()
    return row is not None


def done(conn: sqlite3.Connection) -> int | None:
    """The highest post id the fill has written (``None`` once finished)."""
    if not pending(conn):
        return None
    row = conn.execute("SELECT done FROM search_fill").fetchone()
    return int(row[0]) if row else 0


KIND = "fill_search"
"""The change log's kind for the fill's end (see :func:`fill_batch`)."""


def fill_batch(
    conn: sqlite3.Connection, location: Path | str, size: int | None = None, origin: str = ""
) -> int | None:
    """Write the derived text of up to ``size`` (:data:`BATCH`) posts in one
    transaction; returns how many, or ``None`` when none was left (the fill
    then finished: the tables swapped on SQLite). The end is logged under
    ``origin`` (``Change.search_changed``): a window searching meanwhile
    lists what a word finds now (on SQLite nothing of the fill showed until
    the swap; on PostgreSQL each batch did, a little at a time)."""
    from quotemark.library.store.search import more_terms

    size = BATCH if size is None else size
    with transaction(conn, location):
        schema.refuse_if_upgraded(conn, location)
        start = done(conn)
        if start is None:
            return None
        rows = conn.execute(
            "SELECT rowid, title, body, clips FROM post_fts WHERE rowid > ? ORDER BY rowid LIMIT ?",
            (start, size),
        ).fetchall()
        if not rows:
            _finish(conn)
            changelog.append(conn, KIND, origin, Change(search_changed=("derived",)))
            return None
        written = [
            (int(rowid), str(title), str(body), str(clips), more_terms(title, body, clips))
            for rowid, title, body, clips in rows
        ]
        if engine_of(conn) == "postgresql":
            conn.executemany(
                "UPDATE post_fts SET more = ? WHERE rowid = ?",
                [(row[4], row[0]) for row in written if row[4]],
            )
        else:
            conn.executemany(
                "INSERT INTO post_fts_next (rowid, title, body, clips, more)"
                " VALUES (?, ?, ?, ?, ?)",
                written,
            )
        conn.execute("UPDATE search_fill SET done = ?", (written[-1][0],))
        return len(written)


def finish_if_empty(conn: sqlite3.Connection) -> None:
    """End the fill at once when the library holds no post (a new library:
    schema version 18's step, inside the migration's transaction)."""
    if conn.execute("SELECT 1 FROM post_fts LIMIT 1").fetchone() is None:
        _finish(conn)


def _finish(conn: sqlite3.Connection) -> None:
    if engine_of(conn) != "postgresql":
        # Where SQLite is built to overwrite freed pages (secure_delete, as
        # Debian's is), dropping the old table wrote every page of it to the
        # log under the write lock: 2.1 s and a 277 MB log for 30,000 posts,
        # against 0.14 s and 0.3 MB. Its texts are all in the new table (a
        # post deleted meanwhile left both); Quotemark never asked for the
        # overwriting (most builds leave freed pages as they are), and the
        # old index's words of posts deleted earlier would sit in a live
        # index segment until a merge anyway.
        secure = conn.execute("PRAGMA secure_delete").fetchone()[0]
        conn.execute("PRAGMA secure_delete = FAST")
        try:
            conn.execute("DROP TABLE post_fts")
        finally:
            conn.execute(f"PRAGMA secure_delete = {int(secure)}")
        conn.execute("ALTER TABLE post_fts_next RENAME TO post_fts")
    conn.execute("DROP TABLE search_fill")


def problems(conn: sqlite3.Connection) -> list[str]:
    """What ``quotemark check`` finds wrong with the derived search text:
    on SQLite mid-fill, the new table against the old one for the posts
    copied (the rows, their texts, their derived text, and FTS5's own
    check of the new table); else (and on PostgreSQL mid-fill, for the
    posts written) a row whose derived text is not what its texts give.
    Repair (``integrity.rebuild_index``) writes both again."""
    from quotemark.library.store.search import more_terms

    limit = done(conn)
    if engine_of(conn) == "postgresql" or limit is None:
        if engine_of(conn) != "postgresql" and not _has_more_column(conn):
            return []  # a library still being migrated
        bound = "" if limit is None else " WHERE rowid <= ?"
        rows = conn.execute(
            f"SELECT title, body, clips, more FROM post_fts{bound}",
            () if limit is None else (limit,),
        )
        stale = sum(1 for t, b, c, m in rows if more_terms(t, b, c) != m)
        if not stale:
            return []
        return [f"the derived search text of {stale} post(s) is out of date; repair writes it"]
    found: list[str] = []
    try:
        conn.execute("INSERT INTO post_fts_next(post_fts_next) VALUES ('integrity-check')")
    except sqlite3.DatabaseError as error:
        found.append(f"the search index being filled is damaged ({error}); repair writes it")
    old = conn.execute(
        "SELECT rowid, title, body, clips FROM post_fts WHERE rowid <= ? ORDER BY rowid", (limit,)
    )
    new = conn.execute("SELECT rowid, title, body, clips, more FROM post_fts_next ORDER BY rowid")
    missing = stray = stale = 0
    left, right = next(old, None), next(new, None)
    while left is not None or right is not None:  # both in rowid order: a merge
        if right is None or (left is not None and left[0] < right[0]):
            missing += 1
            left = next(old, None)
        elif left is None or right[0] < left[0]:
            stray += 1
            right = next(new, None)
        else:
            texts = tuple(left[1:])
            if texts != tuple(right[1:4]) or more_terms(*texts) != right[4]:
                stale += 1
            left, right = next(old, None), next(new, None)
    if missing or stray or stale:
        found.append(
            f"the search index being filled does not match the one in use ({missing} post(s)"
            f" missing, {stray} row(s) for no post, {stale} out of date); repair writes it"
        )
    return found


def _has_more_column(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT 1 FROM pragma_table_info('post_fts') WHERE name = 'more'")
    return row.fetchone() is not None
