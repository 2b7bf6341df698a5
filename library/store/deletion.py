"""Deleting a post so that undo can put it back exactly, and the keys of
deleted posts.

:func:`snapshot` keeps every row of a post and its clips (same ids, same
keys) as compressed JSON, in memory only; :func:`delete` retires the
post's key so no other post gets it; :func:`retired_key` gives it back to
the same post imported again.
"""

from __future__ import annotations

import base64
import sqlite3
from typing import Any

from quotemark.library.store import codec, search_rows
from quotemark.library.store.posts import url_key


def retired_key(conn: sqlite3.Connection, url: str | None, content_hash: str) -> str | None:
    """The key a deleted post with this URL or text had: the same post
    imported again gets it back (and it is no longer retired)."""
    key = url_key(url)
    row = None
    if key is not None:
        row = conn.execute("SELECT key FROM retired_keys WHERE url_key = ?", (key,)).fetchone()
    if row is None:
        row = conn.execute(
            "SELECT key FROM retired_keys WHERE content_hash = ?", (content_hash,)
        ).fetchone()
    if row is None:
        return None
    conn.execute("DELETE FROM retired_keys WHERE key = ?", (row[0],))
    taken = conn.execute(
        "SELECT 1 FROM posts WHERE key = ? UNION ALL SELECT 1 FROM clips WHERE key = ?",
        (row[0], row[0]),
    ).fetchone()
    return None if taken else str(row[0])


_TABLES = (
    "posts",
    "post_content",
    "resources",
    "mentions",
    "clips",
    "clip_tags",
    "post_tags",
    "post_notes",
    "collection_posts",
    "corrections",
)
_WHERE = {
    "posts": "id = ?",
    "post_content": "post_id = ?",
    "resources": "post_id = ?",
    "mentions": "post_id = ?",
    "clips": "post_id = ?",
    "clip_tags": "clip_id IN (SELECT id FROM clips WHERE post_id = ?)",
    "corrections": "post_id = ?",
    "post_tags": "post_id = ?",
    "post_notes": "post_id = ?",
    "collection_posts": "post_id = ?",
}


def _collection_exists(conn: sqlite3.Connection, collection_id: int) -> bool:
    row = conn.execute("SELECT 1 FROM collections WHERE id = ?", (collection_id,)).fetchone()
    return row is not None


def _encode(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"b": base64.b64encode(value).decode("ascii")}
    return value


def _decode(value: Any) -> Any:
    return base64.b64decode(value["b"]) if isinstance(value, dict) else value


def snapshot(conn: sqlite3.Connection, post_id: int) -> bytes:
    """Every row of a post (and its clips) so :func:`restore` can put them
    back with the same ids and keys."""
    tables: dict[str, Any] = {}
    for table in _TABLES:
        cursor = conn.execute(f"SELECT * FROM {table} WHERE {_WHERE[table]}", (post_id,))
        columns = [d[0] for d in cursor.description]
        tables[table] = {
            "columns": columns,
            "rows": [[_encode(v) for v in row] for row in cursor],
        }
    fts = conn.execute(
        "SELECT title, body, clips FROM post_fts WHERE rowid = ?", (post_id,)
    ).fetchone()
    tables["fts"] = list(fts) if fts else ["", "", ""]
    return codec.pack(tables)


def delete(conn: sqlite3.Connection, post_id: int) -> None:
    """Remove a post, its clips, mentions, resources and index row; its key
    is retired (see :func:`retired_key`)."""
    conn.execute(
        "INSERT OR REPLACE INTO retired_keys (key, url_key, content_hash)"
        " SELECT key, url_key, content_hash FROM posts WHERE id = ?",
        (post_id,),
    )
    conn.execute("DELETE FROM clips WHERE post_id = ?", (post_id,))
    search_rows.remove(conn, post_id)
    conn.execute("DELETE FROM posts WHERE id = ?", (post_id,))


def restore(conn: sqlite3.Connection, payload: bytes) -> tuple[int, list[int]]:
    """Put back what :func:`snapshot` saved; returns the post id and its
    clip ids."""
    tables = codec.unpack(payload)
    post_id = 0
    clip_ids: list[int] = []
    for table in _TABLES:
        if table not in tables:
            continue  # a snapshot taken before the table existed
        columns = tables[table]["columns"]
        rows = [[_decode(v) for v in row] for row in tables[table]["rows"]]
        if not rows:
            continue
        marks = ",".join("?" * len(columns))
        if table == "collection_posts":
            # A collection deleted since the post went is not brought back.
            rows = [r for r in rows if _collection_exists(conn, r[columns.index("collection_id")])]
        conn.executemany(f"INSERT INTO {table} ({','.join(columns)}) VALUES ({marks})", rows)
        if table == "posts":
            post_id = int(rows[0][columns.index("id")])
        if table == "clips":
            clip_ids = [int(r[columns.index("id")]) for r in rows]
    # The saved row's clip count was counted again by the triggers as the
    # clips came back: count once more from the clips themselves.
    conn.execute(
        "UPDATE posts SET clip_count = (SELECT count(*) FROM clips WHERE post_id = ?) WHERE id = ?",
        (post_id, post_id),
    )
    key = tables["posts"]["rows"][0][tables["posts"]["columns"].index("key")]
    conn.execute("DELETE FROM retired_keys WHERE key = ?", (key,))
    title, body, clips = tables["fts"]
    search_rows.insert(conn, post_id, title, body, clips)
    return post_id, clip_ids
