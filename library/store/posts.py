"""Posts: storing a processed input, reading it back, and the library list.

One post is written in one transaction by the caller (see
:func:`quotemark.library.store.db.transaction`); these functions only run statements.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlunsplit

from quotemark.library.errors import DamagedPost
from quotemark.library.model import (
    SCHOLARLY_FIELDS,
    Analysis,
    Article,
    Block,
    Metadata,
    Post,
    PostSummary,
    RawDocument,
    Reading,
    Resource,
    Scholarly,
    SourceFormat,
    TextRepair,
)
from quotemark.library.paths import display_path
from quotemark.library.store import codec, search_rows
from quotemark.library.store.listing import decode_authors
from quotemark.library.store.sources import store_mentions
from quotemark.library.store.title_order import title_key
from quotemark.library.urls import split_url

_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ref_src")


def url_key(url: str | None) -> str | None:
    """``url`` normalised for duplicate detection: scheme and host
    lowercased, ``www.``, the fragment, a trailing slash and tracking
    parameters dropped. ``None`` for anything that is not an http(s) URL."""
    if not url:
        return None
    parts = split_url(url.strip())
    if parts is None or parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        return None
    host = parts.hostname.lower().removeprefix("www.")
    query = urlencode(
        [
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not k.lower().startswith(_TRACKING)
        ]
    )
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("http", host, path, query, ""))


@dataclass(frozen=True, slots=True)
class Packed:
    """A post's stored columns, compressed: made in the import worker so the
    thread writing the database only writes."""

    blocks: bytes
    analysis: bytes
    original: bytes
    document: bytes


def pack_post(raw: RawDocument, article: Article, analysis: Analysis) -> Packed:
    """The compressed columns of a post."""
    return pack_analysed(pack_document(raw, article.metadata.reading), article, analysis)


def pack_document(raw: RawDocument, reading: Reading | None = None) -> tuple[bytes, bytes]:
    """The compressed original and decoded-document columns of a post: an
    import packs them before the analysis, so the page's bytes and text
    need not live through it. ``reading``: what the extraction said about
    the text (:class:`~quotemark.library.model.Reading`), kept with it."""
    return codec.compress(raw.original), codec.pack(document_json(raw, reading))


def pack_analysed(document: tuple[bytes, bytes], article: Article, analysis: Analysis) -> Packed:
    """A post's columns from :func:`pack_document`'s and the article and
    analysis."""
    return Packed(
        codec.pack(codec.blocks_to_json(article.blocks)),
        codec.pack(codec.analysis_to_json(analysis)),
        *document,
    )


@dataclass(frozen=True, slots=True)
class NewPost:
    """Everything stored for one post (what the pipeline produced)."""

    raw: RawDocument
    article: Article
    analysis: Analysis
    content_hash: str
    file_name: str
    imported: str
    packed: Packed | None = None
    imported_by: str | None = None


def find_duplicate(conn: sqlite3.Connection, url: str | None, content_hash: str) -> int | None:
    """The id of a stored post with the same normalised URL or the same
    content, if any."""
    key = url_key(url)
    if key is not None:
        row = conn.execute("SELECT id FROM posts WHERE url_key = ?", (key,)).fetchone()
        if row:
            return int(row[0])
    row = conn.execute("SELECT id FROM posts WHERE content_hash = ?", (content_hash,)).fetchone()
    return int(row[0]) if row else None


def document_json(raw: RawDocument, reading: Reading | None = None) -> dict[str, Any]:
    """What re-extraction needs from the decoded input besides its bytes,
    what the import repaired in it (``repaired``, only when it did) and
    what the extraction said about its text (``reading``, only when it
    said something: part N of M, text from the page's data).
    HTML that is just the original bytes decoded is not stored twice.
    (Kept in this JSON, not in a column: no schema step, and both engines
    store the document alike.)"""
    html = raw.html
    from_original = False
    if html is not None and raw.encoding:
        try:
            from_original = raw.original.decode(raw.encoding) == html
        except (LookupError, UnicodeDecodeError):
            from_original = False
    doc: dict[str, Any] = {
        "path": display_path(raw.path),
        "html": None if from_original else html,
        "html_from_original": from_original,
        "text": raw.text,
        "url": raw.url,
        "saved_at": raw.saved_at,
        "encoding": raw.encoding,
    }
    if raw.repaired is not None:
        doc["repaired"] = raw.repaired.to_json()
    if reading:
        doc["reading"] = reading.to_json()
    return doc


def _stored_document(conn: sqlite3.Connection, post_id: int) -> dict[str, Any] | None:
    # The post's document JSON (None: no such post; {} when damaged).
    row = conn.execute("SELECT document FROM post_content WHERE post_id = ?", (post_id,)).fetchone()
    if row is None:
        return None
    try:
        doc = codec.unpack(row[0])
    except codec.DAMAGE:
        return {}  # the original's damage is told where it matters (re-extraction)
    return doc if isinstance(doc, dict) else {}


def load_reading(conn: sqlite3.Connection, post_id: int) -> Reading | None:
    """What the extraction said about a post's text (``None``: nothing to
    tell, or a post imported before readings were recorded). Raises
    LookupError when there is no such post."""
    doc = _stored_document(conn, post_id)
    if doc is None:
        raise LookupError(post_id)
    return Reading.from_json(doc.get("reading"))


def _store_reading(conn: sqlite3.Connection, post_id: int, reading: Reading | None) -> None:
    # A re-extraction's reading replaces the stored one (or clears it),
    # leaving the rest of the document as it was.
    doc = _stored_document(conn, post_id)
    if not doc or Reading.from_json(doc.get("reading")) == (reading or None):
        return
    if reading:
        doc["reading"] = reading.to_json()
    else:
        doc.pop("reading", None)
    conn.execute(
        "UPDATE post_content SET document = ? WHERE post_id = ?", (codec.pack(doc), post_id)
    )


def load_repair(conn: sqlite3.Connection, post_id: int) -> TextRepair | None:
    """What the import repaired in a post's text (``None``: nothing, or a
    post imported before repairs were recorded). Raises LookupError when
    there is no such post."""
    doc = _stored_document(conn, post_id)
    if doc is None:
        raise LookupError(post_id)
    return TextRepair.from_json(doc.get("repaired"))


def _metadata_row(article: Article, raw: RawDocument) -> tuple[str | None, ...]:
    """The ``posts`` columns title, authors, published, site, url, url_key,
    language and description, in that order (the page's URL when the
    article names none)."""
    meta = article.metadata
    url = meta.url or raw.url
    return (
        meta.title,
        json.dumps(list(meta.authors), ensure_ascii=False),
        meta.published,
        meta.site,
        url,
        url_key(url),
        meta.language,
        meta.description,
    )


def scholarly_row(meta: Metadata) -> tuple[str | None, ...]:
    """The ``posts`` columns of :data:`SCHOLARLY_FIELDS` (doi, journal,
    volume, issue, pages, archive, eprint, eprint_class, publisher), in
    that order (all ``None`` for a page not a journal article's,
    preprint's or report's)."""
    found = meta.scholarly or Scholarly()
    return tuple(getattr(found, name) for name in SCHOLARLY_FIELDS)


def scholarly(row: Sequence[Any]) -> Scholarly | None:
    """A journal article's, preprint's or report's facts from the
    :data:`SCHOLARLY_COLUMNS` (``None`` when all are empty)."""
    found = Scholarly(*(str(value) if value else None for value in row))
    return found if found else None


SCHOLARLY_COLUMNS = ", ".join(SCHOLARLY_FIELDS)
_SCHOLARLY_MARKS = ", ".join("?" for _ in SCHOLARLY_FIELDS)
_SCHOLARLY_SET = ", ".join(f"{name} = ?" for name in SCHOLARLY_FIELDS)


def confidence_json(meta: Metadata) -> str | None:
    """The ``confidence`` column: how sure the extractor is of each field
    (``None`` when it said nothing)."""
    return json.dumps(dict(meta.confidence)) if meta.confidence else None


def _confidence(text: object) -> tuple[tuple[str, float], ...]:
    # A damaged or missing value is no reason to refuse the post: its
    # fields then read as sure, as for a post extracted before version 9.
    try:
        found = json.loads(str(text)) if text else {}
        return tuple((str(k), float(v)) for k, v in found.items())
    except (ValueError, TypeError, AttributeError):
        return ()


def insert_post(conn: sqlite3.Connection, post: NewPost, key: str) -> int:
    """Store ``post`` under ``key``; returns its id."""
    packed = post.packed or pack_post(post.raw, post.article, post.analysis)
    post_id = next_post_id(conn)
    conn.execute(
        f"""INSERT INTO posts (id, key, title, authors, published, site, url, url_key,
               language, description, imported, file_name, content_hash, format, quote_count,
               confidence, imported_by, title_key, {SCHOLARLY_COLUMNS})
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, {_SCHOLARLY_MARKS})""",
        (
            post_id,
            key,
            *_metadata_row(post.article, post.raw),
            post.imported,
            display_path(post.file_name),
            post.content_hash,
            str(post.raw.format),
            len(post.analysis.quotes),
            confidence_json(post.article.metadata),
            post.imported_by,
            title_key(post.article.metadata.title),
            *scholarly_row(post.article.metadata),
        ),
    )
    conn.execute(
        "INSERT INTO post_content (post_id, blocks, analysis, original, document)"
        " VALUES (?, ?, ?, ?, ?)",
        (post_id, packed.blocks, packed.analysis, packed.original, packed.document),
    )
    store_resources(conn, post_id, post.raw, post.article)
    store_mentions(conn, post_id, post.analysis)
    search_rows.insert(conn, post_id, post.article.metadata.title, body_text(post.article.blocks))
    return post_id


def next_post_id(conn: sqlite3.Connection) -> int:
    """A post id never used before in this library (ids of deleted posts
    are not handed out again)."""
    row = conn.execute(
        "SELECT max((SELECT value FROM counters WHERE name = 'post_id'),"
        " (SELECT coalesce(max(id), 0) FROM posts))"
    ).fetchone()
    post_id = int(row[0] or 0) + 1
    conn.execute("INSERT OR REPLACE INTO counters (name, value) VALUES ('post_id', ?)", (post_id,))
    return post_id


def body_text(blocks: tuple[Block, ...]) -> str:
    """The text indexed for search."""
    return "\n".join(b.text for b in blocks)


def store_resources(
    conn: sqlite3.Connection, post_id: int, raw: RawDocument, article: Article
) -> None:
    """The input's resources (every reference naming each) and whether the
    article shows them."""
    refs: dict[str, list[str]] = {}
    by_name: dict[str, Resource] = {}
    for ref, resource in raw.resources.items():
        by_name.setdefault(resource.name, resource)
        refs.setdefault(resource.name, []).append(ref)
    shown = {r.name for r in article.resources}
    for resource in article.resources:
        by_name.setdefault(resource.name, resource)
    conn.execute("DELETE FROM resources WHERE post_id = ?", (post_id,))
    conn.executemany(
        "INSERT INTO resources (post_id, name, media_type, location, refs, shown, data)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                post_id,
                name,
                r.media_type,
                r.location,
                json.dumps(refs.get(name, [])),
                int(name in shown),
                r.data,
            )
            for name, r in by_name.items()
        ],
    )


_SUMMARY = """
SELECT p.id, p.key, p.title, p.authors, p.published, p.site, p.url, p.imported,
       p.quote_count, (SELECT count(*) FROM clips c WHERE c.post_id = p.id), p.imported_by
FROM posts p
"""


def _summary(row: tuple[Any, ...]) -> PostSummary:
    # Positional: the library list builds 100,000 of these.
    authors = decode_authors(row[3])
    return PostSummary(
        row[0],
        row[1],
        row[2] if isinstance(row[2], str) else str(row[2]),
        authors or (),
        row[4],
        row[5],
        row[6],
        row[7],
        row[8],
        row[9],
        authors is None,
        row[10],
    )


def summaries(
    conn: sqlite3.Connection, *, tag: str | None = None, source_id: int | None = None
) -> list[PostSummary]:
    """The library list, newest import first."""
    where: list[str] = []
    params: list[Any] = []
    if tag is not None:
        where.append(
            "p.id IN (SELECT c.post_id FROM clips c JOIN clip_tags t ON t.clip_id = c.id"
            " WHERE t.tag = ? UNION SELECT post_id FROM post_tags WHERE tag = ?)"
        )
        params.extend([tag, tag])
    if source_id is not None:
        where.append("p.id IN (SELECT post_id FROM mentions WHERE source_id = ?)")
        params.append(source_id)
    sql = _SUMMARY + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY p.imported DESC, p.id DESC"
    return [_summary(row) for row in conn.execute(sql, params)]


def summaries_by_id(conn: sqlite3.Connection, ids: list[int]) -> dict[int, PostSummary]:
    """Library rows of the given posts."""
    found: dict[int, PostSummary] = {}
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        marks = ",".join("?" * len(part))
        for row in conn.execute(_SUMMARY + f" WHERE p.id IN ({marks})", part):
            found[row[0]] = _summary(row)
    return found


def metadata(
    row: tuple[Any, ...], entry_type: str | None = None, scholarly_columns: Sequence[Any] = ()
) -> Metadata:
    """Metadata from ``title, authors, published, site, url, language,
    description`` columns (and ``scholarly_columns``, the
    :data:`SCHOLARLY_COLUMNS`)."""
    title, authors, published, site, url, language, description = row
    return Metadata(
        title=title,
        authors=decode_authors(authors) or (),
        published=published,
        site=site,
        url=url,
        language=language,
        description=description,
        entry_type=entry_type,
        scholarly=scholarly(scholarly_columns) if scholarly_columns else None,
    )


def damaged(post_id: int, title: str, what: str) -> DamagedPost:
    """The error for a post whose stored ``what`` cannot be decoded."""
    name = f"Post {post_id} ({title})" if title else f"Post {post_id}"
    return DamagedPost(
        f"{name} is damaged in the library: {what} cannot be read. Re-extract it from its "
        f"stored original (quotemark check --repair, or Re-extract in the library list) or "
        f"delete it (quotemark delete {post_id}).",
        post_id=post_id,
    )


_META_COLUMNS = "title, authors, published, site, url, language, description"


def load_post(conn: sqlite3.Connection, post_id: int) -> Post | None:
    """A stored post, or ``None``."""
    row = conn.execute(
        f"SELECT id, key, {_META_COLUMNS}, c.blocks, c.analysis, imported, file_name,"
        " content_hash, entry_type, confidence, imported_by,"
        f" {SCHOLARLY_COLUMNS} FROM posts"
        " JOIN post_content c ON c.post_id = id WHERE id = ?",
        (post_id,),
    ).fetchone()
    if row is None:
        return None
    try:
        blocks = codec.blocks_from_json(codec.unpack(row[9]))
        analysis = codec.analysis_from_json(codec.unpack(row[10]))
    except codec.DAMAGE as error:
        raise damaged(post_id, str(row[2]), "its text") from error
    resources = tuple(
        Resource(name, media_type, data, location)
        for name, media_type, data, location in conn.execute(
            "SELECT name, media_type, data, location FROM resources"
            " WHERE post_id = ? AND shown = 1 ORDER BY name",
            (post_id,),
        )
    )
    return Post(
        id=row[0],
        key=row[1],
        metadata=replace(metadata(row[2:9], row[14], row[17:]), confidence=_confidence(row[15])),
        blocks=blocks,
        analysis=analysis,
        resources=resources,
        imported=row[11],
        file_name=row[12],
        content_hash=row[13],
        imported_by=row[16],
    )


def load_blocks(conn: sqlite3.Connection, post_id: int) -> tuple[Block, ...] | None:
    """Only a post's blocks (cheaper than :func:`load_post`)."""
    row = conn.execute("SELECT blocks FROM post_content WHERE post_id = ?", (post_id,)).fetchone()
    if row is None:
        return None
    try:
        return codec.blocks_from_json(codec.unpack(row[0]))
    except codec.DAMAGE as error:
        raise damaged(post_id, "", "its text") from error


def load_raw(conn: sqlite3.Connection, post_id: int) -> RawDocument | None:
    """The stored input, decoded as it was at import, for re-extraction."""
    row = conn.execute(
        "SELECT p.format, c.original, c.document FROM posts p"
        " JOIN post_content c ON c.post_id = p.id WHERE p.id = ?",
        (post_id,),
    ).fetchone()
    if row is None:
        return None
    try:
        doc = codec.unpack(row[2])
        original = codec.decompress(row[1])
        html = doc["html"]
        if doc.get("html_from_original"):
            html = original.decode(doc["encoding"])
        format_ = SourceFormat(row[0])
    except codec.DAMAGE as error:
        raise DamagedPost(
            f"Post {post_id}: its stored original is damaged, so it cannot be extracted "
            f"again; delete it (quotemark delete {post_id}) and import the saved page again.",
            post_id=post_id,
        ) from error
    resources: dict[str, Resource] = {}
    for name, media_type, location, refs, data in conn.execute(
        "SELECT name, media_type, location, refs, data FROM resources WHERE post_id = ?",
        (post_id,),
    ):
        resource = Resource(name, media_type, data, location)
        for ref in json.loads(refs) or [name]:
            resources[ref] = resource
    return RawDocument(
        path=doc["path"],
        format=format_,
        original=original,
        html=html,
        text=doc["text"],
        url=doc["url"],
        saved_at=doc["saved_at"],
        encoding=doc["encoding"],
        resources=resources,
        repaired=TextRepair.from_json(doc.get("repaired")),
    )


def replace_content(
    conn: sqlite3.Connection,
    post_id: int,
    article: Article,
    analysis: Analysis,
    raw: RawDocument,
    content_hash: str,
) -> None:
    """Re-extraction: new metadata, blocks, analysis and index for a post,
    keeping its id, key, import date and original."""
    conn.execute(
        f"""UPDATE posts SET title = ?, authors = ?, published = ?, site = ?, url = ?,
               url_key = ?, language = ?, description = ?, content_hash = ?,
               quote_count = ?, confidence = ?, title_key = ?, {_SCHOLARLY_SET}
           WHERE id = ?""",
        (
            *_metadata_row(article, raw),
            content_hash,
            len(analysis.quotes),
            confidence_json(article.metadata),
            title_key(article.metadata.title),
            *scholarly_row(article.metadata),
            post_id,
        ),
    )
    conn.execute(
        "UPDATE post_content SET blocks = ?, analysis = ? WHERE post_id = ?",
        (
            codec.pack(codec.blocks_to_json(article.blocks)),
            codec.pack(codec.analysis_to_json(analysis)),
            post_id,
        ),
    )
    _store_reading(conn, post_id, article.metadata.reading)
    store_resources(conn, post_id, raw, article)
    conn.execute("DELETE FROM mentions WHERE post_id = ?", (post_id,))
    store_mentions(conn, post_id, analysis)
    search_rows.set_text(conn, post_id, article.metadata.title, body_text(article.blocks))


def replace_original(conn: sqlite3.Connection, post_id: int, raw: RawDocument) -> None:
    """A newer save of a post becomes its stored original (re-import)."""
    conn.execute(
        "UPDATE posts SET format = ?, file_name = ? WHERE id = ?",
        (str(raw.format), display_path(Path(raw.path).name), post_id),
    )
    # (No reading: replace_content, which always follows, stores the new one.)
    conn.execute(
        "UPDATE post_content SET original = ?, document = ? WHERE post_id = ?",
        (codec.compress(raw.original), codec.pack(document_json(raw)), post_id),
    )


def replace_document(conn: sqlite3.Connection, post_id: int, raw: RawDocument) -> None:
    """The decoded page of a post, repaired again on re-extraction (its
    original bytes stay)."""
    conn.execute(
        "UPDATE post_content SET document = ? WHERE post_id = ?",
        (codec.pack(document_json(raw)), post_id),
    )


def key_taken(conn: sqlite3.Connection, key: str) -> bool:
    """Whether a post or a clip has ``key`` (ignoring case), or a deleted
    post had it."""
    row = conn.execute(
        "SELECT 1 FROM posts WHERE key = ? UNION ALL SELECT 1 FROM clips WHERE key = ?"
        " UNION ALL SELECT 1 FROM retired_keys WHERE key = ? LIMIT 1",
        (key, key, key),
    ).fetchone()
    return row is not None


def key_checker(conn: sqlite3.Connection) -> Callable[[str], bool]:
    """:func:`key_taken` bound to ``conn``."""
    return lambda key: key_taken(conn, key)


def keys_starting(conn: sqlite3.Connection, prefix: str) -> list[str]:
    """Every post, clip or retired key that starts with ``prefix`` (ignoring
    ASCII case): one range read of each key index."""
    # The key columns compare case-insensitively, so this range is an index
    # range; keys are ASCII, and U+FFFF sorts after every character a key
    # may hold (in SQLite's NOCASE and in the Unicode collation PostgreSQL's
    # is built on, where it is the greatest). Were a key missed, the caller
    # still checks the key it chooses.
    bounds = (prefix, prefix + "\uffff")
    return [
        str(row[0])
        for row in conn.execute(
            "SELECT key FROM posts WHERE key >= ? AND key < ?"
            " UNION ALL SELECT key FROM clips WHERE key >= ? AND key < ?"
            " UNION ALL SELECT key FROM retired_keys WHERE key >= ? AND key < ?",
            bounds * 3,
        )
    ]
