"""Clips and their tags."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from quotemark.library.model import Clip, Position, Span
from quotemark.library.store import search_rows

_COLUMNS = """c.id, c.post_id, c.key, c.start_block, c.start_offset, c.end_block,
    c.end_offset, c.text, c.speaker, c.role, c.quote_index, c.paragraph, c.note, c.created,
    c.made_by, c.lost, c.quoted_by"""


def _clip(row: tuple[Any, ...], tags: tuple[str, ...]) -> Clip:
    # Positional arguments: this runs 100,000 times when the panel lists clips.
    span = Span(Position(row[3], row[4]), Position(row[5], row[6]), row[7])
    return Clip(
        row[0], row[1], row[2], span, row[8], row[9], row[10], row[11], row[12], tags, row[13],
        row[14], bool(row[15]), row[16],
    )  # fmt: skip


def select(
    conn: sqlite3.Connection,
    *,
    post_id: int | None = None,
    tag: str | None = None,
    ids: Sequence[int] | None = None,
    made_by: str | None = None,
) -> list[Clip]:
    """Clips, oldest first, filtered by post, tag, ids or who made them."""
    where: list[str] = []
    params: list[Any] = []
    if made_by is not None:
        where.append("c.made_by = ?")
        params.append(made_by)
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
    """Clips matching SQL conditions on ``c`` (the clips table). Tags come
    from one second query (a per-row subquery made listing 100,000 clips
    three times slower)."""
    condition = " WHERE " + " AND ".join(where) if where else ""
    tags: dict[int, list[str]] = {}
    for clip_id, tag in conn.execute(
        f"SELECT t.clip_id, t.tag FROM clip_tags t JOIN clips c ON c.id = t.clip_id{condition}"
        " ORDER BY t.clip_id, t.tag",
        params,
    ):
        tags.setdefault(clip_id, []).append(tag)
    rows = conn.execute(f"SELECT {_COLUMNS} FROM clips c{condition} ORDER BY c.id", params)
    return [_clip(row, tuple(tags.get(row[0], ()))) for row in rows]


def _listed(made_by: str | None) -> tuple[str, list[Any]]:
    """The "All clips" list's filter as a condition on ``c`` (``1``: none)."""
    if made_by is None:
        return "1", []
    return "c.made_by = ?", [made_by]


def made_by_others(conn: sqlite3.Connection, who: str | None) -> bool:
    """Whether a clip names a maker other than ``who`` (any named maker when
    ``who`` is None). Clips made before makers were recorded name nobody and
    do not count. Stops at the first such clip."""
    condition = "made_by IS NOT NULL" + ("" if who is None else " AND made_by <> ?")
    row = conn.execute(
        f"SELECT EXISTS (SELECT 1 FROM clips WHERE {condition})", () if who is None else (who,)
    ).fetchone()
    return bool(row[0])


def listed_count(conn: sqlite3.Connection, made_by: str | None = None) -> int:
    """How many clips the "All clips" list holds (only ``made_by``'s when given)."""
    condition, params = _listed(made_by)
    row = conn.execute(f"SELECT count(*) FROM clips c WHERE {condition}", params).fetchone()
    return int(row[0])


def listed_page(
    conn: sqlite3.Connection, offset: int, limit: int, made_by: str | None = None
) -> list[Clip]:
    """Up to ``limit`` clips of the "All clips" list (oldest first) from row
    ``offset``: a page read along the clips' primary key."""
    condition, params = _listed(made_by)
    ids = [
        int(r[0])
        for r in conn.execute(
            f"SELECT c.id FROM clips c WHERE {condition} ORDER BY c.id LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
    ]
    return select(conn, ids=ids) if ids else []


def listed_before(conn: sqlite3.Connection, clip_id: int, made_by: str | None = None) -> int:
    """How many clips of the "All clips" list come before ``clip_id``: the
    row it stands (or would stand) in, as the list is oldest first."""
    condition, params = _listed(made_by)
    row = conn.execute(
        f"SELECT count(*) FROM clips c WHERE c.id < ? AND {condition}", [clip_id, *params]
    ).fetchone()
    return int(row[0])


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
        clip.made_by,
        int(clip.lost),  # a lost clip deleted and brought back is still lost
        clip.quoted_by,
    )
    columns = (
        "post_id, key, start_block, start_offset, end_block, end_offset, text, speaker,"
        " role, quote_index, paragraph, note, created, made_by, lost, quoted_by"
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
    """Put the reader's own words on a post in its search row's ``clips``
    column: the clip texts and notes, then the post's own tags and note."""
    parts: list[str] = []
    for text, note in conn.execute(
        "SELECT text, note FROM clips WHERE post_id = ? ORDER BY id", (post_id,)
    ):
        parts.append(text)
        if note:
            parts.append(note)
    # Same order as schema version 8's migration wrote them.
    tags = conn.execute(
        "SELECT group_concat(tag, ' ') FROM (SELECT tag FROM post_tags WHERE post_id = ?"
        " ORDER BY tag) AS own_tags",
        (post_id,),
    ).fetchone()
    if tags is not None and tags[0]:
        parts.append(str(tags[0]))
    own = conn.execute("SELECT text FROM post_notes WHERE post_id = ?", (post_id,)).fetchone()
    if own is not None and own[0]:
        parts.append(str(own[0]))
    search_rows.set_clips(conn, post_id, "\n".join(parts))


_DISTINCT_TAGS = """
WITH RECURSIVE
  clip_tag(tag) AS (
    SELECT min(tag) FROM clip_tags
    UNION ALL SELECT (SELECT min(tag) FROM clip_tags WHERE tag > clip_tag.tag)
      FROM clip_tag WHERE clip_tag.tag IS NOT NULL),
  post_tag(tag) AS (
    SELECT min(tag) FROM post_tags
    UNION ALL SELECT (SELECT min(tag) FROM post_tags WHERE tag > post_tag.tag)
      FROM post_tag WHERE post_tag.tag IS NOT NULL)
SELECT tag FROM clip_tag WHERE tag IS NOT NULL
UNION SELECT tag FROM post_tag WHERE tag IS NOT NULL
"""
"""Each table's distinct tags by stepping along its ``tag`` index from one
tag to the next: a seek per distinct tag, where ``SELECT tag FROM clip_tags
UNION ...`` read every tagging (the window's start lists the tags: 1.46 ->
0.16 ms at 100,000 posts, 14,881 clip taggings of 30 tags, stop 20; on
PostgreSQL 12.6 -> 0.5 ms of the server's)."""


def all_tags(conn: sqlite3.Connection) -> list[str]:
    """Every tag in use, sorted ignoring case."""
    rows = conn.execute(_DISTINCT_TAGS).fetchall()
    return sorted((str(r[0]) for r in rows), key=lambda t: (t.casefold(), t))
