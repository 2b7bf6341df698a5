"""Sources shared across posts, and the mentions that tie them to spans.

The same (kind, normalised name) is one row library-wide, so "every post
citing Associated Press" is one indexed query.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Sequence
from datetime import datetime

from quotemark.library.model import Analysis, Quote, Span
from quotemark.library.store import codec

_PUNCTUATION = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")


def normalise(name: str) -> str:
    """A source name for matching: case, accents, punctuation and spacing
    ignored ("A.P." and "AP" match; "Agence France-Presse" and "agence
    france presse" match)."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _PUNCTUATION.sub(lambda m: "" if m.group() == "." else " ", text)
    return _SPACES.sub(" ", text).strip()


def _corrected(
    conn: sqlite3.Connection, wanted: list[tuple[str, str]]
) -> dict[tuple[str, str], int | None]:
    """The researcher's word on names the analysis gives: renamed or merged
    into a library source, or (``None``) removed as no source."""
    found: dict[tuple[str, str], int | None] = {}
    for pair in set(wanted):
        row = conn.execute(
            "SELECT source_id FROM source_corrections WHERE kind = ? AND norm = ?", pair
        ).fetchone()
        if row is not None:
            found[pair] = None if row[0] is None else int(row[0])
    return found


def _source_ids(conn: sqlite3.Connection, analysis: Analysis) -> list[int | None]:
    """Library ids of the analysis' sources (created when new), looked up
    in one query: a post can cite dozens of links. A name the researcher
    renamed or merged maps to the source it became; one removed as no
    source maps to ``None``."""
    wanted = [(str(s.kind), normalise(s.name) or s.name) for s in analysis.sources]
    corrected = _corrected(conn, wanted) if wanted else {}
    known: dict[tuple[str, str], tuple[int, str | None]] = {}
    by_kind: dict[str, set[str]] = {}
    for kind, norm in wanted:
        by_kind.setdefault(kind, set()).add(norm)
    for kind, kind_norms in by_kind.items():
        norms = sorted(kind_norms)
        for start in range(0, len(norms), 500):
            part = norms[start : start + 500]
            marks = ",".join("?" * len(part))
            for ident, norm, url in conn.execute(
                f"SELECT id, norm, url FROM sources WHERE kind = ? AND norm IN ({marks})",
                (kind, *part),
            ):
                known[(kind, norm)] = (int(ident), url)
    ids: list[int | None] = []
    for source, pair in zip(analysis.sources, wanted, strict=True):
        if pair in corrected:
            ids.append(corrected[pair])
            continue
        if pair in known:
            ident, url = known[pair]
            if url is None and source.url:
                conn.execute("UPDATE sources SET url = ? WHERE id = ?", (source.url, ident))
                known[pair] = (ident, source.url)
        else:
            cursor = conn.execute(
                "INSERT INTO sources (kind, name, norm, url) VALUES (?, ?, ?, ?)",
                (pair[0], source.name, pair[1], source.url),
            )
            ident = int(cursor.lastrowid or 0)
            known[pair] = (ident, source.url)
        ids.append(ident)
    return ids


def store_mentions(conn: sqlite3.Connection, post_id: int, analysis: Analysis) -> None:
    """Record where ``post_id`` cites each source of its analysis."""
    ids = _source_ids(conn, analysis)
    rows = []
    for mention in analysis.mentions:
        if not 0 <= mention.source < len(ids):
            continue
        source_id = ids[mention.source]
        if source_id is None:
            continue
        sp = mention.span
        rows.append(
            (
                post_id,
                source_id,
                str(mention.kind),
                sp.start.block,
                sp.start.offset,
                sp.end.block,
                sp.end.offset,
                sp.text,
            )
        )
    conn.executemany(
        "INSERT INTO mentions (post_id, source_id, kind, start_block, start_offset,"
        " end_block, end_offset, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def source_ids_of(conn: sqlite3.Connection, post_id: int, analysis: Analysis) -> dict[int, int]:
    """The library id of each of a post's sources, by its index in the
    post's analysis, read from where the post's mentions were stored (the
    identity the library gave them, not a match by name)."""
    stored = {
        (r[0], r[1], r[2], r[3]): int(r[4])
        for r in conn.execute(
            "SELECT start_block, start_offset, end_block, end_offset, source_id"
            " FROM mentions WHERE post_id = ?",
            (post_id,),
        )
    }
    found: dict[int, int] = {}
    for mention in analysis.mentions:
        sp = mention.span
        ident = stored.get((sp.start.block, sp.start.offset, sp.end.block, sp.end.offset))
        if ident is not None:
            found.setdefault(mention.source, ident)
    return found


def list_sources(
    conn: sqlite3.Connection, post_id: int | None
) -> list[tuple[int, str, str, str | None, int, int]]:
    """``(id, name, kind, url, post_count, mention_count)`` for the sources
    cited anywhere (or in one post: then ``mention_count`` counts that
    post's mentions and ``post_count`` stays library-wide), most cited first."""
    if post_id is None:
        sql = """SELECT s.id, s.name, s.kind, s.url, count(DISTINCT m.post_id), count(m.id)
                 FROM sources s JOIN mentions m ON m.source_id = s.id
                 GROUP BY s.id ORDER BY count(DISTINCT m.post_id) DESC, s.name"""
        params: tuple[int, ...] = ()
    else:
        sql = """SELECT s.id, s.name, s.kind, s.url,
                        (SELECT count(DISTINCT post_id) FROM mentions WHERE source_id = s.id),
                        count(m.id)
                 FROM sources s JOIN mentions m ON m.source_id = s.id
                 WHERE m.post_id = ?
                 GROUP BY s.id ORDER BY min(m.start_block), min(m.start_offset)"""
        params = (post_id,)
    return [
        (int(r[0]), str(r[1]), str(r[2]), r[3], int(r[4]), int(r[5]))
        for r in conn.execute(sql, params)
    ]


def instant(stamp: str) -> datetime:
    """An ISO 8601 stamp as an aware time (one without offset as local), to
    order corrections stamped on clocks with different UTC offsets."""
    moment = datetime.fromisoformat(stamp)
    return moment if moment.tzinfo is not None else moment.astimezone()


def makers(conn: sqlite3.Connection) -> dict[int, str]:
    """Who last corrected each library source (renamed it, or merged
    another name into it), by source id; sources corrected only before
    Quotemark recorded makers (schema version 11) are left out."""
    rows = conn.execute(
        "SELECT source_id, made_by, made FROM source_corrections"
        " WHERE source_id IS NOT NULL AND made_by IS NOT NULL"
    ).fetchall()
    # By the instant each was made, not its text: colleagues' clocks may
    # give other UTC offsets, and two corrections can fall in one second
    # (rows are stamped to the microsecond since stop 20, to the second before).
    rows.sort(key=lambda r: instant(str(r[2])))
    return {int(r[0]): str(r[1]) for r in rows}  # the latest row wins


def summaries_of(
    conn: sqlite3.Connection, source_ids: Sequence[int]
) -> list[tuple[int, str, str, str | None, int, int]]:
    """:func:`list_sources`' library-wide rows for these sources only (those
    still cited), each counted along its own range of the ``mentions_source``
    index: a change's few sources cost as much in a library of 100 posts
    as in one of 100,000, where counting every source scans every mention."""
    found: list[tuple[int, str, str, str | None, int, int]] = []
    ids = sorted(set(source_ids))
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        marks = ",".join("?" * len(part))
        rows = conn.execute(
            f"""SELECT s.id, s.name, s.kind, s.url, count(DISTINCT m.post_id), count(m.id)
                FROM sources s JOIN mentions m ON m.source_id = s.id
                WHERE s.id IN ({marks}) GROUP BY s.id""",
            part,
        )
        found.extend((int(r[0]), str(r[1]), str(r[2]), r[3], int(r[4]), int(r[5])) for r in rows)
    return found


def cited_names(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    """``(id, name)`` of every source some post cites, without counting:
    one index probe per source (counting its posts scans every mention)."""
    rows = conn.execute(
        """SELECT s.id, s.name FROM sources s
           WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.source_id = s.id)"""
    )
    return [(int(r[0]), str(r[1])) for r in rows]


def citing(conn: sqlite3.Connection, source: int) -> list[tuple[int, str, Span, bytes]]:
    """``(post_id, post_title, mention span, analysis blob)`` for every
    mention of ``source``, newest post first, in text order within a post."""
    rows = conn.execute(
        """SELECT m.post_id, p.title, m.start_block, m.start_offset, m.end_block,
                  m.end_offset, m.text, c.analysis
           FROM mentions m JOIN posts p ON p.id = m.post_id
           JOIN post_content c ON c.post_id = p.id
           WHERE m.source_id = ?
           ORDER BY p.imported DESC, p.id DESC, m.start_block, m.start_offset""",
        (source,),
    ).fetchall()
    return [
        (int(r[0]), str(r[1]), codec.span_from_json([r[2], r[3], r[4], r[5], r[6]]), r[7])
        for r in rows
    ]


def credited_quote(analysis: Analysis, span: Span) -> Quote | None:
    """The quotation a mention credits: one containing it, else the one it
    attributes (the speaker's words stand where the mention does: "The
    Board ... said that operations could resume “...”" is the Board's, not
    the quotation before it in the paragraph), else one in the same block,
    else one ending in the block just before (an attribution line under a
    block quote)."""
    for quote in analysis.quotes:
        if quote.span.start <= span.start and span.end <= quote.span.end:
            return quote
    for quote in analysis.quotes:
        said = quote.speaker.span if quote.speaker is not None else None
        if said is not None and said.start < span.end and span.start < said.end:
            return quote
    for quote in analysis.quotes:
        if quote.span.start.block <= span.block <= quote.span.end.block:
            return quote
    for quote in reversed(analysis.quotes):
        if quote.span.end.block == span.block - 1:
            return quote
    return None
