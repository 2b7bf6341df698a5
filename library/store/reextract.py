"""Re-extraction of one stored post, keeping its clips and keys.

The stored input (decoded as at import, with its resources) goes through
the current extractor and analysis again. Each clip is found again by its
exact text, the occurrence nearest its old place winning; a clip whose text
is gone keeps its old span, is flagged ``lost`` and named in the message:
clips are never deleted by Quotemark.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from quotemark.library.errors import DamagedPost, LibraryError, QuotemarkError
from quotemark.library.model import (
    Analysis,
    Article,
    Block,
    Processed,
    RawDocument,
    Span,
    paragraph_locator,
)
from quotemark.library.store import anchors, schema
from quotemark.library.store import body as store_body
from quotemark.library.store import clips as store_clips
from quotemark.library.store import corrections as store_corrections
from quotemark.library.store import posts as store_posts
from quotemark.library.store.db import transaction


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one post."""

    title: str = ""
    changed: bool = False
    message: str = ""
    clips_moved: list[int] = field(default_factory=list)
    clips_lost: list[int] = field(default_factory=list)


def innermost_quote(analysis: Analysis, span: Span) -> int | None:
    """The index of the smallest quotation containing ``span``."""
    best: int | None = None
    for index, quote in enumerate(analysis.quotes):
        if quote.span.start <= span.start and span.end <= quote.span.end:
            if best is None:
                best = index
                continue
            current = analysis.quotes[best].span
            if current.start <= quote.span.start and quote.span.end <= current.end:
                best = index
    return best


def clip_speaker(
    analysis: Analysis, index: int | None
) -> tuple[str | None, str | None, str | None]:
    """What a clip in quotation ``index`` records of who said it: the
    speaker's name and role, and for a quotation nested in another the
    outer one's speaker (its name, else its role) as who quoted it; left
    out when the outer speaker is the same person (“I told them, ‘No’”)."""
    if index is None:
        return None, None, None
    quote = analysis.quotes[index]
    who = quote.speaker
    name, role = (who.name, who.role) if who else (None, None)
    quoted_by = None
    if quote.parent is not None:
        outer = analysis.quotes[quote.parent].speaker
        teller = (outer.name or outer.role) if outer else None
        if teller and teller not in (name, role):
            quoted_by = teller
    return name, role, quoted_by


def reextract_one(
    conn: sqlite3.Connection,
    path: Path | str,
    post_id: int,
    rerun: Callable[[RawDocument], Processed],
    replacement: Processed | None = None,
    before_commit: Callable[[sqlite3.Connection], None] | None = None,
    first: Callable[[sqlite3.Connection], None] | None = None,
) -> Outcome:
    """Re-extract ``post_id`` in one transaction with ``rerun`` (the
    pipeline's :func:`~quotemark.library.pipeline.reprocess`, passed in: the store
    sits below the pipeline); failures leave it as it was. With
    ``replacement`` (a newer save of the post, processed) that becomes the
    post's stored original and content instead. ``first`` runs first inside
    the transaction (a body override being stored), ``before_commit`` last
    (the change log). The researcher's body overrides are applied to the
    new body (:mod:`quotemark.library.store.body`) before it is analysed."""
    try:
        old_blocks = store_posts.load_blocks(conn, post_id)
    except DamagedPost:
        # The text being replaced is the damaged part: clips are found again
        # by their exact text alone.
        old_blocks = ()
    try:
        raw = replacement.raw if replacement else store_posts.load_raw(conn, post_id)
    except DamagedPost as error:
        return Outcome(message=error.message)
    if raw is None or old_blocks is None:
        return Outcome(message=f"There is no post with id {post_id} in the library.")
    title = str(conn.execute("SELECT title FROM posts WHERE id = ?", (post_id,)).fetchone()[0])
    if replacement is not None:
        redone = replacement
    else:
        try:
            redone = rerun(raw)
        except QuotemarkError as error:
            return Outcome(
                title, message=f"Post {post_id} ({title}) was left as it was: {error.message}"
            )
    article, analysis = redone.article, redone.analysis
    moved: list[int] = []
    lost: list[int] = []
    try:
        with transaction(conn, path):
            schema.refuse_if_upgraded(conn, path)
            if first is not None:
                first(conn)
            article, analysis = _with_overrides(conn, post_id, article, analysis)
            if replacement is not None:
                store_posts.replace_original(conn, post_id, raw)
            elif redone.raw.repaired != raw.repaired:
                # Garbled text repaired only now (references, in a post stored
                # before they were): the repaired page is kept, and told.
                store_posts.replace_document(conn, post_id, redone.raw)
            store_posts.replace_content(conn, post_id, article, analysis, raw, redone.content_hash)
            # The researcher's corrections stay on top of the new reading.
            store_corrections.reapply_fields(conn, post_id)
            analysis = store_corrections.corrected_analysis(conn, post_id, article.blocks, analysis)
            conn.execute(
                "UPDATE posts SET quote_count = ? WHERE id = ?", (len(analysis.quotes), post_id)
            )
            for clip in store_clips.select(conn, post_id=post_id):
                found = _refind(old_blocks, article.blocks, clip.span)
                if found is None:
                    conn.execute("UPDATE clips SET lost = 1 WHERE id = ?", (clip.id,))
                    lost.append(clip.id)
                    continue
                quote = innermost_quote(analysis, found)
                conn.execute(
                    """UPDATE clips SET start_block = ?, start_offset = ?, end_block = ?,
                           end_offset = ?, quote_index = ?, speaker = ?, role = ?,
                           quoted_by = ?, paragraph = ?, lost = 0 WHERE id = ?""",
                    (
                        found.start.block,
                        found.start.offset,
                        found.end.block,
                        found.end.offset,
                        quote,
                        *clip_speaker(analysis, quote),
                        paragraph_locator(article.blocks, found.start.block),
                        clip.id,
                    ),
                )
                moved.append(clip.id)
            if before_commit is not None:
                before_commit(conn)
    except LibraryError as error:
        return Outcome(title, message=f"Post {post_id} ({title}): {error.message}")
    message = ""
    if lost:
        keys = ", ".join(
            str(row[0])
            for row in conn.execute(
                f"SELECT key FROM clips WHERE id IN ({','.join('?' * len(lost))})", lost
            )
        )
        message = (
            f"Post {post_id} ({article.metadata.title}): the text of {len(lost)} clip(s) "
            f"({keys}) is no longer in the post; they were kept at their old place."
        )
    return Outcome(article.metadata.title, True, message, moved + lost, lost)


def _with_overrides(
    conn: sqlite3.Connection, post_id: int, article: Article, analysis: Analysis
) -> tuple[Article, Analysis]:
    # The machine's body with the researcher's passages added and removed;
    # the quotes are found again in the corrected body (an added passage's
    # quotes too), so everything stored reads the body the researcher sees.
    found = store_body.rows(conn, post_id)
    if not found:
        return article, analysis
    applied = store_body.apply(article.blocks, found)
    store_body.record_fit(conn, found, applied.unfit)
    if applied.blocks == article.blocks:
        return article, analysis
    # The analysis compiles its rules on import: only posts with body
    # overrides pay for it here (the window starts without it).
    from quotemark.library.analyze import analyze

    article = replace(article, blocks=applied.blocks)
    return article, analyze(article.blocks, article.metadata)


def _refind(old: tuple[Block, ...], new: tuple[Block, ...], span: Span) -> Span | None:
    near = 0
    if 0 <= span.start.block < len(old):
        near = anchors.offset_of(old, span.start)
    return anchors.find(new, span.text, near)
