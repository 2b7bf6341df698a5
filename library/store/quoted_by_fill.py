"""Who quoted a clip made before schema version 15, filled in from what the
library already knows.

Clips of a quotation inside a quotation record the outer speaker
(``clips.quoted_by``) since version 15; the clips made before were left
NULL. Version 16 lists the posts that have such clips
(``quoted_by_pending``); this module fills them a batch of posts at a time,
one short transaction per batch, so a library of 100,000 posts opens as
fast as before and a window keeps writing between batches (the window runs
it in a thread with its own connection, stopping between batches when it
closes).

A clip is tied to its quotation by its span: the smallest quotation of the
post's reading (as the researcher corrected it) containing the clip's text,
as :func:`~quotemark.library.store.corrections` refreshes and re-extraction
find it. Only ``quoted_by`` is written, and only where it is still NULL and
the clip's stored speaker is the one that reading gives: a clip whose
speaker differs (the reading changed since it was made, or a correction
came after) is left for the next correction or re-extraction of its post,
which writes all three, so nothing a researcher set is overwritten.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from quotemark.library.errors import DamagedPost, QuotemarkError
from quotemark.library.model import Change, Position, Span
from quotemark.library.store import changelog, schema
from quotemark.library.store import corrections as store_corrections
from quotemark.library.store import posts as store_posts
from quotemark.library.store.db import transaction
from quotemark.library.store.reextract import clip_speaker, innermost_quote

if TYPE_CHECKING:
    import logging

BATCH = 20
"""Posts filled in one transaction: each is decoded and its corrections
applied (a few ms), so a batch holds the write lock for a short while."""

KIND = "fill_quoted_by"
"""The change log's kind for a batch (views refresh the clips it names)."""


def pending(conn: sqlite3.Connection) -> int:
    """How many posts still have clips to fill."""
    row = conn.execute("SELECT count(*) FROM quoted_by_pending").fetchone()
    return int(row[0]) if row else 0


def fill_batch(
    conn: sqlite3.Connection, location: Path | str, origin: str, size: int | None = None
) -> tuple[int, ...] | None:
    """Fill the clips of up to ``size`` (:data:`BATCH`) pending posts in one
    transaction and take the posts off the list; returns the clips given who
    quoted them, or ``None`` when no post was pending."""
    size = BATCH if size is None else size
    with transaction(conn, location):
        schema.refuse_if_upgraded(conn, location)
        posts = [
            int(row[0])
            for row in conn.execute(
                "SELECT post_id FROM quoted_by_pending ORDER BY post_id LIMIT ?", (size,)
            ).fetchall()
        ]
        if not posts:
            return None
        filled: list[int] = []
        for post_id in posts:
            try:
                filled.extend(_fill_post(conn, post_id))
            except (sqlite3.Error, QuotemarkError):
                raise  # the library's trouble: the batch rolls back, tried again later
            except Exception:
                # A bug reading this one post must not stop the fill at it on
                # every start, nor end the window's thread unseen: the post
                # leaves the list with its clips as they were (its next
                # correction or re-extraction writes them), the bug is logged.
                _log().warning(
                    "who quoted the clips of post %s could not be filled", post_id, exc_info=True
                )
        conn.execute(
            f"DELETE FROM quoted_by_pending WHERE post_id IN ({','.join('?' * len(posts))})",
            posts,
        )
        if filled:
            changelog.append(conn, KIND, origin, Change(clips_changed=tuple(filled)))
        return tuple(filled)


def _fill_post(conn: sqlite3.Connection, post_id: int) -> list[int]:
    clips = conn.execute(
        "SELECT id, start_block, start_offset, end_block, end_offset, text, speaker, role,"
        " quote_index FROM clips WHERE post_id = ? AND lost = 0 AND quoted_by IS NULL"
        " AND quote_index IS NOT NULL",
        (post_id,),
    ).fetchall()
    if not clips:
        return []
    try:
        post = store_posts.load_post(conn, post_id)
    except DamagedPost:
        # Nothing to read who quoted them from; a repair re-extracts the
        # post, which writes its clips' speakers.
        return []
    if post is None:
        return []
    analysis = store_corrections.corrected_analysis(conn, post_id, post.blocks, post.analysis)
    found: list[tuple[str, int]] = []  # all read before any is written
    for ident, sb, so, eb, eo, text, speaker, role, index in clips:
        quote = innermost_quote(analysis, Span(Position(sb, so), Position(eb, eo), text))
        if quote is None or quote != index:
            continue
        name, said_role, quoted_by = clip_speaker(analysis, quote)
        if quoted_by is None or (name, said_role) != (speaker, role):
            continue
        found.append((quoted_by, int(ident)))
    for quoted_by, ident in found:
        conn.execute(
            "UPDATE clips SET quoted_by = ? WHERE id = ? AND quoted_by IS NULL",
            (quoted_by, ident),
        )
    return [ident for _, ident in found]


def _log() -> logging.Logger:
    import logging

    return logging.getLogger(__name__)
