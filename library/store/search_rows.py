"""Every write to a post's search row (``post_fts``: title, body, clips), in
one place, on both engines.

The row is derived from the post, never the researcher's only copy of
anything: import and re-extraction write its title and body, a title
correction its title, a clip, tag or note its clips text, delete and its
undo remove and put it back, ``library copy`` and the integrity repair
write it whole. Schema version 18 (docs/architecture.md, "Search in other
scripts: the design") adds a derived fourth text computed from the other
three; with every writer here, that is one change, not seven.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable


def insert(conn: sqlite3.Connection, post_id: int, title: str, body: str, clips: str = "") -> None:
    """Write the search row of a post that has none yet."""
    insert_many(conn, [(post_id, title, body, clips)])


def insert_many(conn: sqlite3.Connection, rows: Iterable[tuple[int, str, str, str]]) -> None:
    """Write the search rows ``(post_id, title, body, clips)`` of posts that
    have none yet (a copy's or a repair's whole batch in one statement)."""
    conn.executemany(
        "INSERT INTO post_fts (rowid, title, body, clips) VALUES (?, ?, ?, ?)",
        [tuple(row) for row in rows],
    )


def set_text(conn: sqlite3.Connection, post_id: int, title: str, body: str) -> None:
    """A post's title and body after a re-extraction (its clips text stays)."""
    conn.execute("UPDATE post_fts SET title = ?, body = ? WHERE rowid = ?", (title, body, post_id))


def set_title(conn: sqlite3.Connection, post_id: int, title: str) -> None:
    """A post's title after a correction."""
    conn.execute("UPDATE post_fts SET title = ? WHERE rowid = ?", (title, post_id))


def set_clips(conn: sqlite3.Connection, post_id: int, clips: str) -> None:
    """A post's clips text (its clips' words and notes, its tags and note)."""
    conn.execute("UPDATE post_fts SET clips = ? WHERE rowid = ?", (clips, post_id))


def remove(conn: sqlite3.Connection, post_id: int) -> None:
    """A deleted post's search row."""
    conn.execute("DELETE FROM post_fts WHERE rowid = ?", (post_id,))


def remove_all(conn: sqlite3.Connection) -> None:
    """Every search row (the integrity repair writes them all again)."""
    conn.execute("DELETE FROM post_fts")
