"""Every write to a post's search row (``post_fts``: title, body, clips), in
one place, on both engines.

The row is derived from the post, never the researcher's only copy of
anything: import and re-extraction write its title and body, a title
correction its title, a clip, tag or note its clips text, delete and its
undo remove and put it back, ``library copy`` and the integrity repair
write it whole. Since schema version 18 the row holds a fourth text derived from
the other three (``more``: :func:`~quotemark.library.store.search.more_terms`),
computed here on every write, so no writer can forget it. While the fill of
:mod:`~quotemark.library.store.search_fill` runs on SQLite, a post it has
copied is written into the new table too, so the copy stays current.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Literal

from quotemark.library.store.engine import engine_of


def _state(conn: sqlite3.Connection) -> tuple[Literal["more", "filling", "old"], int]:
    """Where ``more`` goes: the row itself (``"more"``), the fill's new table
    for posts up to the id returned (``"filling"``), or nowhere (``"old"``:
    a library still being migrated)."""
    if engine_of(conn) == "postgresql":
        return "more", 0  # the column is there from version 18's step on
    if conn.execute("SELECT 1 FROM pragma_table_info('post_fts') WHERE name = 'more'").fetchone():
        return "more", 0
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'post_fts_next'").fetchone():
        row = conn.execute("SELECT done FROM search_fill").fetchone()
        return "filling", int(row[0]) if row else 0
    return "old", 0


def has_more(conn: sqlite3.Connection) -> bool:
    """Whether search reads the derived text (the fill of an upgraded SQLite
    library not finished yet: not until its tables swap)."""
    return _state(conn)[0] == "more"


def insert(conn: sqlite3.Connection, post_id: int, title: str, body: str, clips: str = "") -> None:
    """Write the search row of a post that has none yet."""
    insert_many(conn, [(post_id, title, body, clips)])


def insert_many(conn: sqlite3.Connection, rows: Iterable[tuple[int, str, str, str]]) -> None:
    """Write the search rows ``(post_id, title, body, clips)`` of posts that
    have none yet (a copy's or a repair's whole batch in one statement)."""
    from quotemark.library.store.search import more_terms

    rows = [(int(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows]
    state, done = _state(conn)
    if state == "more":
        conn.executemany(
            "INSERT INTO post_fts (rowid, title, body, clips, more) VALUES (?, ?, ?, ?, ?)",
            [(*row, more_terms(*row[1:])) for row in rows],
        )
        return
    conn.executemany("INSERT INTO post_fts (rowid, title, body, clips) VALUES (?, ?, ?, ?)", rows)
    if state == "filling":
        conn.executemany(
            "INSERT INTO post_fts_next (rowid, title, body, clips, more) VALUES (?, ?, ?, ?, ?)",
            [(*row, more_terms(*row[1:])) for row in rows if row[0] <= done],
        )


def set_text(conn: sqlite3.Connection, post_id: int, title: str, body: str) -> None:
    """A post's title and body after a re-extraction (its clips text stays)."""
    _update(conn, post_id, {"title": title, "body": body})


def set_title(conn: sqlite3.Connection, post_id: int, title: str) -> None:
    """A post's title after a correction."""
    _update(conn, post_id, {"title": title})


def set_clips(conn: sqlite3.Connection, post_id: int, clips: str) -> None:
    """A post's clips text (its clips' words and notes, its tags and note)."""
    _update(conn, post_id, {"clips": clips})


def _update(conn: sqlite3.Connection, post_id: int, changes: dict[str, str]) -> None:
    from quotemark.library.store.search import more_terms

    assignments = ", ".join(f"{column} = ?" for column in changes)
    if engine_of(conn) == "postgresql":
        # One round trip to the server when the derived text stays as it was
        # (every English post: empty before and after), a second to write it.
        row = conn.execute(
            f"UPDATE post_fts SET {assignments} WHERE rowid = ? RETURNING title, body, clips, more",
            (*changes.values(), post_id),
        ).fetchone()
        if row is not None:
            more = more_terms(str(row[0]), str(row[1]), str(row[2]))
            if more != row[3]:
                conn.execute("UPDATE post_fts SET more = ? WHERE rowid = ?", (more, post_id))
        return
    found = conn.execute(
        "SELECT title, body, clips FROM post_fts WHERE rowid = ?", (post_id,)
    ).fetchone()
    if found is None:
        return  # no row to change (as the UPDATE it replaces found none)
    texts = {"title": str(found[0]), "body": str(found[1]), "clips": str(found[2]), **changes}
    title, body, clips = texts["title"], texts["body"], texts["clips"]
    state, done = _state(conn)
    if state == "more":
        conn.execute(
            "UPDATE post_fts SET title = ?, body = ?, clips = ?, more = ? WHERE rowid = ?",
            (title, body, clips, more_terms(title, body, clips), post_id),
        )
        return
    conn.execute(f"UPDATE post_fts SET {assignments} WHERE rowid = ?", (*changes.values(), post_id))
    if state == "filling" and post_id <= done:
        conn.execute(
            "UPDATE post_fts_next SET title = ?, body = ?, clips = ?, more = ? WHERE rowid = ?",
            (title, body, clips, more_terms(title, body, clips), post_id),
        )


def remove(conn: sqlite3.Connection, post_id: int) -> None:
    """A deleted post's search row."""
    conn.execute("DELETE FROM post_fts WHERE rowid = ?", (post_id,))
    if _state(conn)[0] == "filling":
        conn.execute("DELETE FROM post_fts_next WHERE rowid = ?", (post_id,))


def remove_all(conn: sqlite3.Connection) -> None:
    """Every search row (the integrity repair writes them all again)."""
    conn.execute("DELETE FROM post_fts")
    if _state(conn)[0] == "filling":
        conn.execute("DELETE FROM post_fts_next")
