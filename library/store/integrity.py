"""``quotemark check``: what SQLite and Quotemark can say about a library's
health, and the repairs that need nothing but the library itself.

SQLite's own checks (``integrity_check``, ``foreign_key_check``, the search
index's ``integrity-check``) find damage to the file; decoding every stored
value finds a post whose row is intact to SQLite but unreadable to us (a bad
compressed blob, an ``authors`` value that is not a list of names). Repair
rebuilds the search index and re-extracts damaged posts from their stored
originals (see :mod:`quotemark.library.store.reextract`).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from quotemark.library.errors import LibraryError
from quotemark.library.store import codec, search_fill, search_rows
from quotemark.library.store.clips import refresh_index
from quotemark.library.store.db import transaction
from quotemark.library.store.engine import engine_of
from quotemark.library.store.listing import (
    counted_rows,
    decode_authors,
    kept_counts,
    recount_kept,
)
from quotemark.library.store.posts import body_text
from quotemark.library.store.schema import refuse_if_upgraded


@dataclass(frozen=True, slots=True)
class Damage:
    """One post's unreadable stored values."""

    post_id: int
    title: str
    parts: tuple[str, ...]
    """What cannot be read: ``authors``, ``text``, ``analysis``, ``original``
    or ``resources``."""
    repairable: bool
    """Whether the stored original is intact, so re-extraction can rebuild
    the rest."""


@dataclass(frozen=True, slots=True)
class CheckReport:
    """The findings of :func:`check`."""

    posts: int
    file_problems: tuple[str, ...] = ()
    """``integrity_check``, foreign-key and search-index findings."""
    damaged: tuple[Damage, ...] = ()

    @property
    def ok(self) -> bool:
        """Nothing was found."""
        return not self.file_problems and not self.damaged


def check(conn: sqlite3.Connection) -> CheckReport:
    """Run the database's checks and decode every stored post."""
    problems = _shared_problems(conn) if engine_of(conn) == "postgresql" else _file_problems(conn)
    # Mid-fill SQLite searches one table and writes two: both are checked.
    problems.extend(search_fill.problems(conn))
    damaged = tuple(_damaged(conn))
    posts = int(conn.execute("SELECT count(*) FROM posts").fetchone()[0])
    return CheckReport(posts, tuple(problems), damaged)


def _file_problems(conn: sqlite3.Connection) -> list[str]:
    problems = [
        str(row[0]) for row in conn.execute("PRAGMA integrity_check") if str(row[0]).lower() != "ok"
    ]
    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
        problems.append(f"{table} row {rowid} refers to a missing {parent} row")
    try:
        conn.execute("INSERT INTO post_fts(post_fts) VALUES ('integrity-check')")
    except sqlite3.DatabaseError as error:
        problems.append(f"the search index does not match the posts ({error})")
    return problems


def _shared_problems(conn: sqlite3.Connection) -> list[str]:
    # PostgreSQL keeps its own pages and foreign keys sound; what can drift
    # is ours: the search rows and the clip counts kept beside the posts.
    problems: list[str] = []
    unindexed = conn.execute(
        "SELECT count(*) FROM posts p WHERE NOT EXISTS"
        " (SELECT 1 FROM post_fts f WHERE f.rowid = p.id)"
    ).fetchone()[0]
    stray = conn.execute(
        "SELECT count(*) FROM post_fts f WHERE NOT EXISTS"
        " (SELECT 1 FROM posts p WHERE p.id = f.rowid)"
    ).fetchone()[0]
    if unindexed or stray:
        problems.append(
            f"the search index does not match the posts ({unindexed} post(s) missing, "
            f"{stray} row(s) for no post)"
        )
    miscounted = conn.execute(
        "SELECT count(*) FROM posts p WHERE p.clip_count <>"
        " (SELECT count(*) FROM clips c WHERE c.post_id = p.id)"
    ).fetchone()[0]
    if miscounted:
        problems.append(f"{miscounted} post(s) list a wrong number of clips")
    kept = kept_counts(conn)
    counted = counted_rows(conn)
    if kept != counted:
        problems.append(
            f"the library's kept numbers ({kept[0]} posts, {kept[1]} clips) do not match its "
            f"rows ({counted[0]} posts, {counted[1]} clips); repair counts them again"
        )
    return problems


def damaged_ids(conn: sqlite3.Connection) -> list[int]:
    """The ids of posts with an unreadable stored value."""
    return [damage.post_id for damage in _damaged(conn)]


def _damaged(conn: sqlite3.Connection) -> Iterator[Damage]:
    rows = conn.execute(
        "SELECT p.id, p.title, p.authors, c.blocks, c.analysis, c.original, c.document"
        " FROM posts p LEFT JOIN post_content c ON c.post_id = p.id ORDER BY p.id"
    )
    for post_id, title, authors, blocks, analysis, original, document in rows:
        parts: list[str] = []
        if decode_authors(authors) is None:
            parts.append("authors")
        if not _decodes(_read_blocks, blocks):
            parts.append("text")
        if not _decodes(_read_analysis, analysis):
            parts.append("analysis")
        original_ok = _decodes(_read_original, original) and _decodes(codec.unpack, document)
        if not original_ok:
            parts.append("original")
        if not _resources_ok(conn, int(post_id)):
            parts.append("resources")
        if parts:
            yield Damage(int(post_id), str(title), tuple(parts), original_ok)


def _read_blocks(data: bytes) -> object:
    return codec.blocks_from_json(codec.unpack(data))


def _read_analysis(data: bytes) -> object:
    return codec.analysis_from_json(codec.unpack(data))


def _read_original(data: bytes) -> object:
    return codec.decompress(data)


def _decodes(decode: Callable[[bytes], object], data: bytes) -> bool:
    try:
        decode(data)
    except codec.DAMAGE:
        return False
    return True


def _resources_ok(conn: sqlite3.Connection, post_id: int) -> bool:
    for (refs,) in conn.execute("SELECT refs FROM resources WHERE post_id = ?", (post_id,)):
        try:
            value = json.loads(refs)
        except (TypeError, ValueError):
            return False
        if not isinstance(value, list):
            return False
    return True


def rebuild_index(conn: sqlite3.Connection, path: Path | str) -> int:
    """Write the search index afresh from the posts and clips (one
    transaction); returns the number of posts indexed. A post whose text
    cannot be read is indexed by its title until it is re-extracted."""
    count = 0
    try:
        with transaction(conn, path):
            # A newer Quotemark's index may hold more than this one writes.
            refuse_if_upgraded(conn, path)
            if engine_of(conn) == "postgresql":
                recount_kept(conn)
            search_rows.remove_all(conn)
            rows = conn.execute(
                "SELECT p.id, p.title, c.blocks FROM posts p"
                " LEFT JOIN post_content c ON c.post_id = p.id"
            ).fetchall()
            for post_id, title, blocks in rows:
                try:
                    body = body_text(codec.blocks_from_json(codec.unpack(blocks)))
                except codec.DAMAGE:
                    body = ""
                search_rows.insert(conn, post_id, title, body)
                refresh_index(conn, int(post_id))
                count += 1
    except sqlite3.DatabaseError as error:  # pragma: no cover - translated above
        raise LibraryError(f"{path}: the search index could not be rebuilt ({error}).") from error
    return count
