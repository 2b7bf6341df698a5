"""What an export contains: posts and clips as :class:`~quotemark.library.model.Citation`."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import replace

from quotemark.library.model import Citation, Clip
from quotemark.library.store import clips as store_clips
from quotemark.library.store.posts import SCHOLARLY_COLUMNS, load_reading, metadata

_META = "title, authors, published, site, url, language, description"


def build(
    conn: sqlite3.Connection,
    *,
    tag: str | None = None,
    post_ids: Sequence[int] | None = None,
    clip_ids: Sequence[int] | None = None,
) -> list[Citation]:
    """Each chosen post's citation followed by its chosen clips', posts in
    import order, clips oldest first. Nothing chosen means everything; a tag
    keeps only clips with that tag (alone: those clips and their posts);
    chosen posts bring all their clips; chosen clips bring their post."""
    wanted: set[int] | None
    if tag is None and post_ids is None and clip_ids is None:
        chosen = store_clips.select(conn)
        wanted = None
    else:
        picked: dict[int, Clip] = {}
        wanted = set(post_ids or ())
        for post_id in wanted:
            picked.update((c.id, c) for c in store_clips.select(conn, post_id=post_id))
        if clip_ids:
            picked.update((c.id, c) for c in store_clips.select(conn, ids=clip_ids))
        if tag is not None:
            if post_ids is None and clip_ids is None:
                picked = {c.id: c for c in store_clips.select(conn, tag=tag)}
            else:
                picked = {i: c for i, c in picked.items() if tag in c.tags}
        chosen = sorted(picked.values(), key=lambda c: c.id)
        wanted |= {c.post_id for c in chosen}
    by_post: dict[int, list[Clip]] = {}
    for clip in chosen:
        by_post.setdefault(clip.post_id, []).append(clip)
    result: list[Citation] = []
    for row in conn.execute(
        f"SELECT id, key, {_META}, imported, entry_type, {SCHOLARLY_COLUMNS} FROM posts ORDER BY id"
    ):
        if wanted is not None and row[0] not in wanted:
            continue
        meta = metadata(row[2:9], row[10], row[11:])
        accessed = str(row[9])[:10]
        clipped = by_post.get(row[0], ())
        if clipped:
            # A page that is part 1 of 3 counts its paragraphs in that part:
            # its clips' locators say so. Only posts with clips pay the
            # document read (the reading is stored in it).
            meta = replace(meta, reading=load_reading(conn, row[0]))
        result.append(Citation(row[1], meta, accessed))
        result.extend(Citation(row[1], meta, accessed, c) for c in clipped)
    return result
