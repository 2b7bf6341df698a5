"""The researcher's corrections, stored beside the machine's reading.

A post's analysis (quotes, speakers) stays as the analyser wrote it; each
correction is a row of ``corrections`` and :func:`corrected` applies them
when the post is read. A quote is identified by its exact text and the
offset where it stood (its anchor), and found again by that text, nearest
that offset, as clips are: so a correction survives re-extraction and a new
analyser. One that no longer fits (its text is gone, or no quotation has it)
is kept and reported by :func:`unfit`, never dropped.

Metadata corrections (``kind = 'field'``) keep the machine's value in the
row and write the researcher's into the post's columns, so the library
list, search, sorting and every export read the corrected value with no
extra step; re-extraction refreshes the machine's value in the row and
writes the researcher's again (:func:`reapply_fields`).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, replace
from typing import Any

from quotemark.library.model import (
    SCHOLARLY_FIELDS,
    Analysis,
    Block,
    Metadata,
    Quote,
    QuoteKind,
    Span,
    Speaker,
)
from quotemark.library.store import anchors, search_rows

SPEAKER = "speaker"
ADD_QUOTE = "add_quote"
REMOVE_QUOTE = "remove_quote"
QUOTE_KIND = "quote_kind"
"""A quotation said to be partial (value ``"partial"``: only its words are
the speaker's, worked into the writer's sentence) or direct (``"direct"``:
a partial quotation's marked words are a whole quotation of their own);
``machine`` is the kind the analysis gave it."""
PARTIAL = "partial"
DIRECT = "direct"
FIELD = "field"
ADD_PASSAGE = "add_passage"
REMOVE_PASSAGE = "remove_passage"

FIELDS: tuple[str, ...] = (
    "title",
    "authors",
    "published",
    "site",
    "url",
    "language",
    "entry_type",
    *SCHOLARLY_FIELDS,
)
"""The post's metadata a researcher can correct (columns of ``posts``; a
journal article's DOI, journal, volume, issue and pages too)."""


@dataclass(frozen=True, slots=True)
class Row:
    """One correction. ``target`` is a quote's exact text (with ``near``, its
    offset in the post's joined text when made) or a field name; ``machine``
    and ``value`` are JSON values: the machine's reading and the researcher's."""

    id: int
    post_id: int
    kind: str
    target: str
    near: int
    machine: Any
    value: Any
    made: str
    made_by: str | None = None
    """Who made it (None: made before Quotemark recorded it)."""


_COLUMNS = "id, post_id, kind, target, near, machine, value, made, made_by"


def _row(values: tuple[Any, ...]) -> Row:
    return Row(
        int(values[0]),
        int(values[1]),
        str(values[2]),
        str(values[3]),
        int(values[4]),
        json.loads(values[5]),
        json.loads(values[6]),
        str(values[7]),
        None if values[8] is None else str(values[8]),
    )


def rows(conn: sqlite3.Connection, post_id: int | None = None) -> list[Row]:
    """The corrections of one post (or all), oldest first."""
    if post_id is None:
        cursor = conn.execute(f"SELECT {_COLUMNS} FROM corrections ORDER BY id")
    else:
        cursor = conn.execute(
            f"SELECT {_COLUMNS} FROM corrections WHERE post_id = ? ORDER BY id", (post_id,)
        )
    return [_row(r) for r in cursor]


def rows_by_id(conn: sqlite3.Connection, ids: tuple[int, ...]) -> list[Row]:
    """The corrections with these ids that exist."""
    found: list[Row] = []
    for ident in ids:
        row = conn.execute(f"SELECT {_COLUMNS} FROM corrections WHERE id = ?", (ident,)).fetchone()
        if row is not None:
            found.append(_row(row))
    return found


def insert(conn: sqlite3.Connection, row: Row, who: str | None = None) -> int:
    """Store ``row`` (with its id when it has one: undo puts rows back as
    they were, with who made them); returns its id. A new row (id 0) is
    recorded as made by ``who``."""
    values = (
        row.post_id,
        row.kind,
        row.target,
        row.near,
        json.dumps(row.machine, ensure_ascii=False),
        json.dumps(row.value, ensure_ascii=False),
        row.made,
        row.made_by if row.id else (row.made_by or who),
    )
    if row.id:
        conn.execute(
            f"INSERT INTO corrections ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?)", (row.id, *values)
        )
        return row.id
    cursor = conn.execute(
        "INSERT INTO corrections (post_id, kind, target, near, machine, value, made, made_by)"
        " VALUES (?,?,?,?,?,?,?,?)",
        values,
    )
    return int(cursor.lastrowid or 0)


def delete(conn: sqlite3.Connection, ids: tuple[int, ...]) -> None:
    """Remove corrections by id."""
    conn.executemany("DELETE FROM corrections WHERE id = ?", [(i,) for i in ids])


def anchor(blocks: tuple[Block, ...], span: Span) -> tuple[str, int]:
    """A quote's identity: its exact text and its offset in the joined text."""
    return span.text, anchors.offset_of(blocks, span.start)


def speaker_json(speaker: Speaker | None) -> dict[str, str | None]:
    """A speaker as a correction stores it (``{"name": None, "role": None}``
    is "unknown")."""
    return {"name": speaker.name if speaker else None, "role": speaker.role if speaker else None}


def speaker_from(value: Any) -> Speaker | None:
    """The speaker a correction's value gives (``None``: unknown)."""
    if not isinstance(value, dict):
        return None
    name, role = value.get("name") or None, value.get("role") or None
    if name is None and role is None:
        return None
    return Speaker(name, role, confidence=1.0)


def locate(blocks: tuple[Block, ...], row: Row) -> Span | None:
    """Where a quotation correction's anchor is in ``blocks`` now, or
    ``None`` (a field's row, or words the text no longer holds)."""
    if not row.target:
        return None
    return anchors.find(blocks, row.target, row.near)


def _whole_block(blocks: tuple[Block, ...], span: Span) -> bool:
    # A quotation of whole paragraphs (one or several) is a block quote.
    return span.start.offset == 0 and span.end.offset == len(blocks[span.end.block].text)


def apply(
    blocks: tuple[Block, ...], analysis: Analysis, found: list[Row]
) -> tuple[Analysis, list[Row]]:
    """The analysis with the quote corrections of ``found`` applied (added
    quotes, removed ones, speakers), and the corrections that no longer fit."""
    # Each entry keeps the index it had in the machine's analysis (None for
    # an added quote), so nested quotes keep their parent.
    entries: list[tuple[Quote, int | None]] = [(q, i) for i, q in enumerate(analysis.quotes)]
    unfit: list[Row] = []

    def index_of(row: Row) -> int | None:
        span = locate(blocks, row)
        if span is None:
            return None
        for index, (quote, _) in enumerate(entries):
            if quote.span.start == span.start and quote.span.end == span.end:
                return index
        return None

    for row in found:
        if row.kind != ADD_QUOTE:
            continue
        span = locate(blocks, row)
        if span is None:
            unfit.append(row)
        elif index_of(row) is None:
            kind = QuoteKind.BLOCK if _whole_block(blocks, span) else QuoteKind.INLINE
            entries.append((Quote(span, kind, speaker_from(row.value)), None))
    for row in found:
        if row.kind == REMOVE_QUOTE:
            index = index_of(row)
            if index is None:
                unfit.append(row)
            else:
                del entries[index]
    # Speakers and kinds in the order they were made: a partial quotation
    # made direct is found by its clause, then by its marked words.
    for row in found:
        if row.kind not in (SPEAKER, QUOTE_KIND):
            continue
        index = index_of(row)
        if index is None:
            unfit.append(row)
            continue
        quote, origin = entries[index]
        if row.kind == SPEAKER:
            entries[index] = (replace(quote, speaker=speaker_from(row.value)), origin)
            continue
        changed = with_kind(blocks, quote, row.value)
        if changed is None:
            unfit.append(row)
        else:
            entries[index] = (changed, origin)
    # Added quotes take their place in reading order.
    entries.sort(key=lambda e: (e[0].span.start, e[0].span.end))
    now_at = {origin: i for i, (_, origin) in enumerate(entries) if origin is not None}
    quotes = tuple(
        replace(q, parent=now_at.get(q.parent) if q.parent is not None else None)
        for q, _ in entries
    )
    return replace(analysis, quotes=quotes), unfit


def with_kind(blocks: tuple[Block, ...], quote: Quote, kind: Any) -> Quote | None:
    """``quote`` as :data:`PARTIAL` or :data:`DIRECT` says (itself when it
    is that already), or ``None`` when it cannot be: a nested or block
    quotation made partial, a partial one with other than one marked part
    made direct (which words would be the quotation?)."""
    if kind == PARTIAL:
        if quote.kind is QuoteKind.PARTIAL:
            return quote
        if quote.kind is not QuoteKind.INLINE:
            return None
        # Its words are the speaker's fragment, the same words as before:
        # the reader and the Quotes tab show them as a partial quotation's.
        return replace(quote, kind=QuoteKind.PARTIAL, marked=(quote.span,))
    if kind == DIRECT:
        if quote.kind is not QuoteKind.PARTIAL:
            return quote
        if len(quote.marked) != 1:
            return None
        words = quote.marked[0]
        direct = QuoteKind.BLOCK if _whole_block(blocks, words) else QuoteKind.INLINE
        # The marked words alone: the clause around them was the writer's.
        return replace(quote, span=words, kind=direct, marked=())
    return None


def field_rows(conn: sqlite3.Connection, post_id: int) -> dict[str, Row]:
    """The newest correction of each metadata field of a post."""
    return {r.target: r for r in rows(conn, post_id) if r.kind == FIELD}


def column_value(conn: sqlite3.Connection, post_id: int, name: str) -> Any:
    """A metadata column as a JSON value (authors as a list)."""
    if name not in FIELDS:
        raise ValueError(name)
    value = conn.execute(f"SELECT {name} FROM posts WHERE id = ?", (post_id,)).fetchone()[0]
    return json.loads(value) if name == "authors" else value


def write_field(conn: sqlite3.Connection, post_id: int, name: str, value: Any) -> None:
    """Write a metadata value into the post's column (and what depends on
    it: the search index's title, the duplicate check's URL key)."""
    from quotemark.library.store.posts import url_key
    from quotemark.library.store.title_order import title_key

    if name not in FIELDS:
        raise ValueError(name)
    stored = json.dumps(list(value), ensure_ascii=False) if name == "authors" else value
    conn.execute(f"UPDATE posts SET {name} = ? WHERE id = ?", (stored, post_id))
    if name == "title":
        search_rows.set_title(conn, post_id, value)
        conn.execute("UPDATE posts SET title_key = ? WHERE id = ?", (title_key(value), post_id))
    if name == "url":
        conn.execute("UPDATE posts SET url_key = ? WHERE id = ?", (url_key(value), post_id))


def reapply_fields(conn: sqlite3.Connection, post_id: int) -> None:
    """After re-extraction wrote the machine's new metadata: record it as
    each corrected field's machine value and write the researcher's again."""
    for name, row in field_rows(conn, post_id).items():
        machine = column_value(conn, post_id, name)
        conn.execute(
            "UPDATE corrections SET machine = ? WHERE post_id = ? AND kind = ? AND target = ?",
            (json.dumps(machine, ensure_ascii=False), post_id, FIELD, name),
        )
        write_field(conn, post_id, name, row.value)


def corrected_analysis(
    conn: sqlite3.Connection, post_id: int, blocks: tuple[Block, ...], analysis: Analysis
) -> Analysis:
    """A post's analysis as the researcher corrected it: quotes and speakers
    (:func:`apply`), sources under the names the library now gives them and
    without the ones removed as no source."""
    corrected, _ = apply(blocks, analysis, rows(conn, post_id))
    return _corrected_sources(conn, post_id, corrected)


def _corrected_sources(conn: sqlite3.Connection, post_id: int, analysis: Analysis) -> Analysis:
    from quotemark.library.store.sources import normalise, source_ids_of

    if not analysis.sources:
        return analysis
    if conn.execute("SELECT 1 FROM source_corrections LIMIT 1").fetchone() is None:
        return analysis  # no source was ever corrected: nothing to look up
    ids = source_ids_of(conn, post_id, analysis)
    names = {
        int(r[0]): str(r[1])
        for r in conn.execute(
            "SELECT s.id, s.name FROM sources s WHERE s.id IN"
            " (SELECT source_id FROM mentions WHERE post_id = ?)",
            (post_id,),
        )
    }
    removed: set[tuple[str, str]] = set()
    renamed: set[int] = set()  # only sources the researcher named show the library's name
    for kind, norm, target in conn.execute("SELECT kind, norm, source_id FROM source_corrections"):
        if target is None:
            removed.add((str(kind), str(norm)))
        else:
            renamed.add(int(target))
    keep: list[int] = []
    sources = []
    for index, source in enumerate(analysis.sources):
        if (str(source.kind), normalise(source.name) or source.name) in removed:
            continue
        keep.append(index)
        ident = ids.get(index, -1)
        name = names.get(ident, source.name) if ident in renamed else source.name
        sources.append(replace(source, name=name) if name != source.name else source)
    if len(keep) == len(analysis.sources) and sources == list(analysis.sources):
        return analysis
    new_index = {old: new for new, old in enumerate(keep)}
    mentions = tuple(
        replace(m, source=new_index[m.source]) for m in analysis.mentions if m.source in new_index
    )
    return replace(analysis, sources=tuple(sources), mentions=mentions)


def gold(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every correction as evaluation data: the post, the machine's reading,
    the researcher's, when, and whether it still fits the post (one that
    no longer does is listed, never dropped)."""
    from quotemark.library.store.posts import load_post

    out: list[dict[str, Any]] = []
    by_post: dict[int, list[Row]] = {}
    for row in rows(conn):
        by_post.setdefault(row.post_id, []).append(row)
    for post_id, found in by_post.items():
        post = load_post(conn, post_id)
        if post is None:
            continue
        _, unfit = apply(post.blocks, post.analysis, found)
        unfit_ids = {r.id for r in unfit}
        for row in found:
            item: dict[str, Any] = {
                "id": row.id,
                "kind": row.kind,
                "post": {
                    "id": post.id,
                    "key": post.key,
                    "title": post.metadata.title,
                    "url": post.metadata.url,
                },
                "target": row.target,
                "machine": row.machine,
                "researcher": row.value,
                **_body_gold(row),
                "made": row.made,
                "made_by": row.made_by,
                "fits": row.id not in unfit_ids and _body_fits(row),
            }
            place = locate(post.blocks, row) if row.kind not in (FIELD, REMOVE_PASSAGE) else None
            if place is not None:
                item["paragraph"] = post.blocks[place.start.block].text
            out.append(item)
    for kind, name, now_name, made, made_by in conn.execute(
        "SELECT c.kind, c.name, s.name, c.made, c.made_by FROM source_corrections c"
        " LEFT JOIN sources s ON s.id = c.source_id ORDER BY c.made"
    ).fetchall():
        out.append(
            {
                "kind": "source",
                "source_kind": kind,
                "machine": name,
                "researcher": now_name,
                "made": made,
                "made_by": made_by,
                "fits": True,
            }
        )
    return out


def _body_gold(row: Row) -> dict[str, Any]:
    # A body override as gold: what the machine's body had (nothing, for a
    # passage added back; the text, for one removed) and what the
    # researcher's has.
    if row.kind == ADD_PASSAGE:
        after = row.value.get("after", "") if isinstance(row.value, dict) else ""
        return {"machine": None, "researcher": {"text": row.target, "after": after}}
    if row.kind == REMOVE_PASSAGE:
        return {"machine": row.target, "researcher": None}
    return {}


def _body_fits(row: Row) -> bool:
    # A body override records whether it fitted the machine's body when it
    # was last applied (store/body.py), since the stored body is already
    # the corrected one.
    return not (isinstance(row.machine, dict) and row.machine.get("fits") is False)


REVIEW_BELOW = 0.7
"""A machine's speaker or quotation extent with less confidence than this is
flagged for review."""


def uncertain(
    conn: sqlite3.Connection, post_id: int, blocks: tuple[Block, ...], analysis: Analysis
) -> list[int]:
    """Indexes (in the corrected ``analysis``) of the quotes the researcher
    should look at: no speaker found, a speaker or an extent found with low
    confidence, and not yet corrected or accepted (a speaker correction,
    even one that keeps the machine's answer, settles it; so does a new
    extent, join or split, which makes the quotation the researcher's)."""
    settled: set[tuple[Any, Any]] = set()
    for row in rows(conn, post_id):
        if row.kind in (SPEAKER, ADD_QUOTE):
            span = locate(blocks, row)
            if span is not None:
                settled.add((span.start, span.end))
    return [
        index
        for index, quote in enumerate(analysis.quotes)
        if (quote.span.start, quote.span.end) not in settled
        and (
            quote.speaker is None
            or quote.speaker.confidence < REVIEW_BELOW
            or quote.extent_confidence < REVIEW_BELOW
        )
    ]


REVIEWED_FIELDS: tuple[str, ...] = ("title", "authors", "published", "site", "url", "language")
"""The metadata fields the extractor says how sure it is of."""


def uncertain_fields(conn: sqlite3.Connection, post_id: int, metadata: Metadata) -> list[str]:
    """The fields of :data:`REVIEWED_FIELDS` the extractor was unsure of
    (below :data:`REVIEW_BELOW`) and the researcher has not corrected or
    accepted (any correction of the field settles it)."""
    settled = set(field_rows(conn, post_id))
    return [
        name
        for name in REVIEWED_FIELDS
        if name not in settled and metadata.sureness(name) < REVIEW_BELOW
    ]
