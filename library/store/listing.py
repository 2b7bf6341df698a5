"""The library list, a page at a time: sorted and filtered by the database.

A window shows a screenful of a library that may hold 100,000 posts, so the
list is never loaded whole: :func:`count` says how many posts a
:class:`Listing` (an order and filters) holds, :func:`page` returns the
rows from an offset, :func:`row_of` where one post stands, and
:func:`stream` walks every row in chunks (the command line prints as it
reads).

Every order ends with the newest import first (``imported``, then ``id``,
both descending), so it is total and a post's row is well defined. Each has
an index built for it (schema version 5), so a page, a count or a position
is an index walk, not a sort of the whole library. Titles sort in natural
order by a stored key (:mod:`quotemark.library.store.title_order`, schema
version 14); sites compare ignoring ASCII case (SQLite's ``NOCASE``),
letters beyond ASCII by code point.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Generator, Iterator
from typing import TYPE_CHECKING, Any, cast

from quotemark.library.store.engine import engine_of

if TYPE_CHECKING:
    from quotemark.library.model import PostSummary
    from quotemark.library.store.pg import PgConnection

ORDERS = ("newest", "published", "title", "site", "clips")
"""The orders the list can take (the names the GUI keeps in its settings)."""

_ASC, _DESC = "ASC", "DESC"
_NEWEST = (("p.imported", _DESC), ("p.id", _DESC))
# Each term is written exactly as in its index (schema.py), so SQLite uses it.
_TERMS: dict[str, tuple[tuple[str, str], ...]] = {
    "newest": _NEWEST,
    "published": (("coalesce(p.published, '')", _DESC), *_NEWEST),
    "title": (("p.title_key", _ASC), *_NEWEST),  # natural order: store/title_order.py
    "site": (
        ("(coalesce(p.site, '') = '')", _ASC),  # posts without a site last
        ("coalesce(p.site, '') COLLATE NOCASE", _ASC),
        *_NEWEST,
    ),
    "clips": (("p.clip_count", _DESC), *_NEWEST),
}

_COLUMNS = (
    "p.id, p.key, p.title, p.authors, p.published, p.site, p.url, p.imported,"
    " p.quote_count, p.clip_count, p.imported_by"
)


_FIELDS = ("order", "tag", "source_id", "collection_id", "published_from", "published_to")
"""The fields of a :class:`Listing`, in the order its constructor takes them."""


class Listing:
    """Which posts the list shows and in what order: ``order`` is one of
    :data:`ORDERS`; ``tag`` keeps posts tagged so, or with a clip so
    tagged; ``source_id`` keeps posts citing that source; ``collection_id``
    keeps the posts of a collection and of those below it;
    ``published_from`` / ``published_to`` (``YYYY``, ``YYYY-MM`` or
    ``YYYY-MM-DD``, both ends included) keep posts published then."""

    # Written by hand, not as a dataclass: the dataclasses module (and the
    # inspect module it imports) were ~10% of ``quotemark posts --json``'s
    # CPU to its first line (issue 15). A frozen value all the same: equal
    # and hashed by its fields, and no field can be set after it is made.

    __slots__ = _FIELDS

    order: str
    tag: str | None
    source_id: int | None
    collection_id: int | None
    published_from: str | None
    published_to: str | None

    def __init__(
        self,
        order: str = "newest",
        tag: str | None = None,
        source_id: int | None = None,
        collection_id: int | None = None,
        published_from: str | None = None,
        published_to: str | None = None,
    ) -> None:
        if order not in _TERMS:
            raise ValueError(f"unknown order {order!r}; expected one of {ORDERS}")
        values = (order, tag, source_id, collection_id, published_from, published_to)
        for name, value in zip(_FIELDS, values, strict=True):
            object.__setattr__(self, name, value)

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in _FIELDS)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Listing)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in _FIELDS)
        return f"{type(self).__name__}({fields})"

    def __reduce__(self) -> tuple[type[Listing], tuple[Any, ...]]:
        return (type(self), self._values())


def _where(listing: Listing) -> tuple[str, list[Any]]:
    """The filters as an SQL condition (``1`` for none) and its parameters."""
    parts: list[str] = []
    params: list[Any] = []
    if listing.tag is not None:
        # Each tagged clip's post looked up by the clip's id (a correlated
        # subquery): as a join, PostgreSQL's planner hashes the few hundred
        # tagged clips against a sequential scan of every clip (44,644 at
        # 100,000 posts: 5-75 ms a statement, twice per filter change
        # against about 1.5 ms this way). SQLite walks the same way.
        parts.append(
            "p.id IN (SELECT (SELECT c.post_id FROM clips c WHERE c.id = t.clip_id)"
            " FROM clip_tags t WHERE t.tag = ? UNION SELECT post_id FROM post_tags WHERE tag = ?)"
        )
        params.extend([listing.tag, listing.tag])
    if listing.source_id is not None:
        parts.append("p.id IN (SELECT post_id FROM mentions WHERE source_id = ?)")
        params.append(listing.source_id)
    if listing.collection_id is not None:
        parts.append(
            "p.id IN (SELECT post_id FROM collection_posts WHERE collection_id IN ("
            "WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL"
            " SELECT c.id FROM collections c JOIN sub ON c.parent_id = sub.id)"
            " SELECT id FROM sub))"
        )
        params.append(listing.collection_id)
    if listing.published_from:
        parts.append("coalesce(p.published, '') >= ?")
        params.append(listing.published_from)
    if listing.published_to:
        # "2024-03" takes every day of March: compare only as many characters.
        parts.append("p.published IS NOT NULL AND substr(p.published, 1, ?) <= ?")
        params.extend([len(listing.published_to), listing.published_to])
    return (" AND ".join(parts) or "1"), params


def where(listing: Listing) -> tuple[str, list[Any]]:
    """The filters of ``listing`` as an SQL condition on ``posts p``, for
    other queries (search) to combine with theirs."""
    return _where(listing)


def _order_by(listing: Listing) -> str:
    return ", ".join(f"{term} {direction}" for term, direction in _TERMS[listing.order])


def count(conn: sqlite3.Connection, listing: Listing) -> int:
    """How many posts ``listing`` holds."""
    where, params = _where(listing)
    if where == "1" and engine_of(conn) == "postgresql":
        return kept_counts(conn)[0]
    # The whole library's count has no WHERE at all: SQLite counts a table
    # by its b-tree pages only then ("WHERE 1" stepped through all 100,000
    # rows, ~10 ms of every start and unfiltered reload; issue 15).
    sql = "SELECT count(*) FROM posts p" + ("" if where == "1" else f" WHERE {where}")
    row = conn.execute(sql, params).fetchone()
    return int(row[0])


def library_counts(conn: sqlite3.Connection) -> tuple[int, int]:
    """How many posts and clips the library holds."""
    if engine_of(conn) == "postgresql":
        return kept_counts(conn)
    return counted_rows(conn)


def counted_rows(conn: sqlite3.Connection) -> tuple[int, int]:
    """The posts and clips counted row by row (what a shared library's kept
    numbers must equal: ``quotemark check``)."""
    row = conn.execute(
        "SELECT (SELECT count(*) FROM posts), (SELECT count(*) FROM clips)"
    ).fetchone()
    return int(row[0]), int(row[1])


def kept_counts(conn: sqlite3.Connection) -> tuple[int, int]:
    """The numbers of posts and clips a shared library keeps (schema 13,
    ``schema_pg.STEPS[13]``): the sums of what each statement added or
    removed. 0.1 ms where counting 100,000 posts took 7-10."""
    row = conn.execute(
        "SELECT coalesce(sum(delta) FILTER (WHERE name = 'posts'), 0),"
        " coalesce(sum(delta) FILTER (WHERE name = 'clips'), 0) FROM row_counts"
    ).fetchone()
    return int(row[0]), int(row[1])


def compact_kept_counts(conn: sqlite3.Connection) -> None:
    """Fold a shared library's kept counts into one row each (inside the
    caller's write transaction): every statement that adds or removes
    posts or clips leaves a row."""
    conn.execute(
        "WITH gone AS (DELETE FROM row_counts RETURNING name, delta)"
        " INSERT INTO row_counts (name, delta) SELECT name, sum(delta) FROM gone GROUP BY name"
    )


def recount_kept(conn: sqlite3.Connection) -> None:
    """Count a shared library's posts and clips afresh into its kept
    counts (inside the caller's write transaction; ``quotemark repair``)."""
    conn.execute("DELETE FROM row_counts")
    conn.execute(
        "INSERT INTO row_counts (name, delta) SELECT 'posts', count(*) FROM posts"
        " UNION ALL SELECT 'clips', count(*) FROM clips"
    )


def page(conn: sqlite3.Connection, listing: Listing, offset: int, limit: int) -> list[PostSummary]:
    """Up to ``limit`` rows of ``listing`` from row ``offset`` (0 is the first)."""
    # Imported here: `quotemark posts --json` streams plain rows and never
    # needs the post values (their module's classes cost ~20 ms to define).
    from quotemark.library.store.posts import _summary as summary_from_row

    where, params = _where(listing)
    order = _order_by(listing)
    if offset >= DEEP_PAGE and listing.order in _ORDERS_BY_INDEX_ALONE:
        # A deep page: the rows before it are skipped in the order's index
        # alone (ids), then the page's rows are read by id. OFFSET over the
        # whole rows read every skipped post from the table. 100,000 posts,
        # row 50,000, medians of 7: PostgreSQL newest 37.6 -> 14.6 ms, title
        # 441 -> 22, clips 45 -> 16; SQLite 8.1 -> 1.9, 13.4 -> 11.5, 4.2 ->
        # 1.7. Near the top the plain form is cheaper (PostgreSQL, row 100:
        # 0.4-3.4 ms against 1.5-3.9).
        sql = (
            f"SELECT {_COLUMNS} FROM posts p WHERE p.id IN (SELECT p.id FROM posts p"
            f" WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?) ORDER BY {order}"
        )
    else:
        sql = f"SELECT {_COLUMNS} FROM posts p WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?"
    return [summary_from_row(row) for row in conn.execute(sql, [*params, limit, offset])]


DEEP_PAGE = 1_000
"""From this row on :func:`page` skips rows by the order's index alone."""

# The orders an index answers alone (their terms are columns). The
# published and site orders sort by expressions (coalesce), which
# PostgreSQL never reads from an index alone: skipping by ids gained nothing
# there (row 50,000: 84 -> 99 and 99 -> 238 ms).
_ORDERS_BY_INDEX_ALONE = frozenset({"newest", "title", "clips"})


ROW_FIELDS = (
    "id", "key", "title", "authors", "published", "site", "url", "imported",
    "quote_count", "clip_count", "imported_by",
)  # fmt: skip
"""The columns of a row :func:`stream_rows` gives, in order (``authors`` as
stored: a JSON list of names, or damaged text)."""


@functools.lru_cache(maxsize=4096)
def decode_authors(text: object) -> tuple[str, ...] | None:
    """The ``authors`` column's names; ``None`` when the value is damaged
    (not a JSON list of names), so one bad row cannot stop a listing."""
    # Posts by the same people share the decoded tuple (a blog's posts).
    try:
        value = json.loads(text) if isinstance(text, str | bytes) else None
    except ValueError:
        return None
    if not isinstance(value, list) or not all(isinstance(name, str) for name in value):
        return None
    return tuple(value)


FIRST_CHUNK = 50
"""Rows in the first chunk :func:`stream_rows` yields."""


def stream_rows(
    conn: sqlite3.Connection, listing: Listing, *, chunk: int = 2_000
) -> Iterator[list[tuple[Any, ...]]]:
    """Every row of ``listing`` in order as plain tuples (see
    :data:`ROW_FIELDS`), ``chunk`` rows at a time, so the first arrive at
    once whatever the library's size. The rows are read in one statement,
    so a write by someone else midway neither repeats nor skips a post."""
    where, params = _where(listing)
    sql = f"SELECT {_COLUMNS} FROM posts p WHERE {where} ORDER BY {_order_by(listing)}"
    if engine_of(conn) == "postgresql":
        # A server-side cursor (store/pg.py): psycopg's ordinary cursor
        # would read every row before handing out the first.
        yield from cast("PgConnection", conn).stream(sql, params, chunk, first=FIRST_CHUNK)
        return
    cursor = conn.execute(sql, params)
    # A small first chunk: its first line is out before 2,000 rows are read.
    size = min(chunk, FIRST_CHUNK)
    try:
        while rows := cursor.fetchmany(size):
            yield rows
            size = chunk
    finally:
        cursor.close()


def stream_shared(
    url: str, listing: Listing, columns: str, *, timeout: float, chunk: int = 2_000
) -> Generator[list[tuple[Any, ...]], None, None]:
    """``columns`` (an SQL select list on ``posts p``; PostgreSQL's SQL) for
    every row of ``listing`` of the shared library at ``url``, in order,
    ``chunk`` rows at a time, read through libpq directly
    (:mod:`quotemark.library.store.libpq`) without importing psycopg or
    opening a :class:`~quotemark.library.service.Library`: for a reader
    that only lists (``quotemark posts --json``). The first step raises
    :class:`~quotemark.library.store.libpq.NotHere` when the library must be
    opened the ordinary way (created, migrated, refused; a URL or a libpq
    this path does not cover) and for filters."""
    from quotemark.library.store import libpq, schema

    where, params = _where(listing)
    if params:
        raise libpq.NotHere("filters take parameters")
    condition = "TRUE" if where == "1" else where
    order = _order_by(listing)
    # The rows in a subquery, ``columns`` made from them above it, and no
    # parallel plan: else a costly select list (cli_posts' JSON pieces) made
    # the planner sort a (parallel) scan of the whole table before the
    # first row, not walk the order's index (100,000 posts, first line 0.06
    # -> 0.6 s). The outer ORDER BY is the index's order again: no sort.
    sql = (
        f"SELECT {columns} FROM (SELECT {_COLUMNS} FROM posts p WHERE {condition}"
        f" ORDER BY {order}) p ORDER BY {order}"
    )
    yield from libpq.stream(
        url,
        sql,
        version=schema.VERSION,
        timeout=timeout,
        first=FIRST_CHUNK,
        chunk=chunk,
        settings=("max_parallel_workers_per_gather = 0",),
    )


ROW_COLUMNS = _COLUMNS
"""The select list of :data:`ROW_FIELDS` (for :func:`stream_shared`)."""


def stream(
    conn: sqlite3.Connection, listing: Listing, *, chunk: int = 2_000
) -> Iterator[PostSummary]:
    """Every row of ``listing`` in order as :class:`PostSummary` values,
    read as :func:`stream_rows` reads them."""
    from quotemark.library.store.posts import _summary as summary_from_row

    for rows in stream_rows(conn, listing, chunk=chunk):
        yield from (summary_from_row(row) for row in rows)


def row_of(conn: sqlite3.Connection, listing: Listing, post_id: int) -> int | None:
    """The row (from 0) where ``post_id`` stands in ``listing``; ``None``
    when the post does not exist or the filters leave it out.

    Counted as the posts ordered before it: for an order of terms
    ``t1, t2, ...`` those with a ``t1`` before the post's, plus those with
    an equal ``t1`` and a ``t2`` before, and so on. Each part is a range of
    the order's index."""
    terms = _TERMS[listing.order]
    where, params = _where(listing)
    values = conn.execute(
        f"SELECT {', '.join(term for term, _ in terms)} FROM posts p WHERE p.id = ? AND {where}",
        [post_id, *params],
    ).fetchone()
    if values is None:
        return None
    parts: list[str] = []
    part_params: list[Any] = []
    for index, (term, direction) in enumerate(terms):
        before = "<" if direction == _ASC else ">"
        conditions = [f"{t} = ?" for t, _ in terms[:index]] + [f"{term} {before} ?"]
        parts.append(f"(SELECT count(*) FROM posts p WHERE {' AND '.join(conditions)} AND {where})")
        part_params.extend([*values[: index + 1], *params])
    row = conn.execute("SELECT " + " + ".join(parts), part_params).fetchone()
    return int(row[0])
