"""Clips and their tags."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from library.model import Clip, Position, Span

_COLUMNS = """c.id, c.post_id, c.key, c.start_block, c.start_offset, c.end_block,
    c.end_offset, c.text, c.speaker, c.role, c.quote_index, c.paragraph, c.note, c.created,
    (SELECT group_concat(tag, char(31)) FROM
        (SELECT tag FROM clip_tags t WHERE t.clip_id = c.id ORDER BY tag))"""


def _clip(row: tuple[Any, ...]) -> Clip:
    span = Span(Position(row[3], row[4]), Position(row[5], row[6]), row[7])
    tags = tuple(row[14].split("\x1f")) if row[14] else ()
    return Clip(
        id=row[0],
        post_id=row[1],
        key=row[2],
        span=span,
        speaker=row[8],
        role=row[9],
        quote_index=row[10],
        paragraph=row[11],
        note=row[12],
        tags=tags,
        created=row[13],
    )


def select(
    conn: sqlite3.Connection,
    *,
    post_id: int | None = None,
    tag: str | None = None,
    ids: Sequence[int] | None = None,
) -> list[Clip]:
    """Clips, oldest first, filtered by post, tag or ids."""
    where: list[str] = []
    params: list[Any] = []
    if post_id is not None:
        where.append("c.post_id = ?")
        params.append(post_id)
    if tag is not None:
        where.append("c.id IN (SELECT clip_id FROM clip_tags WHERE tag = ?)")
        params.append(tag)
    if ids is not None:
        found: list[Clip] = []
        for chunk in range(0, len(ids), 500):
            part = list(ids[chunk : chunk + 500])
            marks = ",".join("?" * len(part))
            found.extend(select_where(conn, [*where, f"c.id IN ({marks})"], [*params, *part]))
        return sorted(found, key=lambda c: c.id)
    return select_where(conn, where, params)


def select_where(conn: sqlite3.Connection, where: list[str], params: list[Any]) -> list[Clip]:
    """Clips matching SQL conditions on ``c`` (the clips table)."""
    sql = f"SELECT {_COLUMNS} FROM clips c"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY c.id"
    return [_clip(row) for row in conn.execute(sql, params)]


def insert(conn: sqlite3.Connection, clip: Clip, *, with_id: bool) -> int:
    """Store ``clip`` (with its own id when ``with_id``, as undo does)."""
    values = (
        clip.post_id,
        clip.key,
        clip.span.start.block,
        clip.span.start.offset,
        clip.span.end.block,
        clip.span.end.offset,
        clip.span.text,
        clip.speaker,
        clip.role,
        clip.quote_index,
        clip.paragraph,
        clip.note,
        clip.created,
    )
    columns = (
        "post_id, key, start_block, start_offset, end_block, end_offset, text, speaker,"
        " role, quote_index, paragraph, note, created"
    )
    if with_id:
        cursor = conn.execute(
            f"INSERT INTO clips (id, {columns}) VALUES (?, {','.join('?' * len(values))})",
            (clip.id, *values),
        )
    else:
        cursor = conn.execute(
            f"INSERT INTO clips ({columns}) VALUES ({','.join('?' * len(values))})", values
        )
    clip_id = int(cursor.lastrowid or 0)
    set_tags(conn, clip_id, clip.tags)
    return clip_id


def clean_tags(tags: Sequence[str]) -> tuple[str, ...]:
    """Tags stripped, empty ones dropped, each once, in the given order."""
    seen: dict[str, None] = {}
    for tag in tags:
        text = " ".join(tag.split())
        if text:
            seen.setdefault(text, None)
    return tuple(seen)


def set_tags(conn: sqlite3.Connection, clip_id: int, tags: Sequence[str]) -> None:
    """Replace a clip's tags."""
    conn.execute("DELETE FROM clip_tags WHERE clip_id = ?", (clip_id,))
    conn.executemany(
        "INSERT INTO clip_tags (clip_id, tag) VALUES (?, ?)",
        [(clip_id, tag) for tag in clean_tags(tags)],
    )


def refresh_index(conn: sqlite3.Connection, post_id: int) -> None:
    """Put a post's clip texts and notes in its search row."""
    parts: list[str] = []
    for text, note in conn.execute(
        "SELECT text, note FROM clips WHERE post_id = ? ORDER BY id", (post_id,)
    ):
        parts.append(text)
        if note:
            parts.append(note)
    conn.execute("UPDATE post_fts SET clips = ? WHERE rowid = ?", ("\n".join(parts), post_id))


def all_tags(conn: sqlite3.Connection) -> list[str]:
    """Every tag in use, sorted ignoring case."""
    rows = conn.execute("SELECT DISTINCT tag FROM clip_tags").fetchall()
    return sorted((str(r[0]) for r in rows), key=lambda t: (t.casefold(), t))
