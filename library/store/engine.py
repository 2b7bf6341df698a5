"""Which database a library lives in, and the few things that differ.

The store is written once, against the subset of :class:`sqlite3.Connection`
named by :class:`Connection` (``execute``, ``executemany``,
``in_transaction``, ``close``) in SQLite's SQL with ``?`` placeholders. A
library on PostgreSQL (:mod:`quotemark.library.store.pg`) gets a connection
object with that same interface, which rewrites the few SQLite-only forms
(placeholders, ``INSERT OR IGNORE``/``OR REPLACE``, ids of new rows,
``group_concat``) and presents PostgreSQL's errors as the store expects
them. What cannot be rewritten statement by statement has a branch on
:func:`engine_of`: the schema and its migrations
(:mod:`~quotemark.library.store.schema_pg`), full-text search
(:mod:`~quotemark.library.store.search_pg`), the change counter
(:func:`data_version`), backups and the integrity check.

This module imports no driver: opening a local library never loads psycopg.
"""

from __future__ import annotations

import sqlite3
from typing import Any, Literal, Protocol
from urllib.parse import parse_qsl, urlencode, urlsplit

Engine = Literal["sqlite", "postgresql"]

URL_SCHEMES = ("postgresql", "postgres")
"""``quotemark --library postgresql://host/dbname`` (libpq's URL forms)."""


class Connection(Protocol):
    """What the store uses of a database connection (``sqlite3.Connection``
    has it; so has :class:`quotemark.library.store.pg.PgConnection`)."""

    def execute(self, sql: str, parameters: Any = ..., /) -> sqlite3.Cursor: ...

    def executemany(self, sql: str, parameters: Any, /) -> sqlite3.Cursor: ...

    @property
    def in_transaction(self) -> bool: ...

    def close(self) -> None: ...


def is_url(location: object) -> bool:
    """Whether ``location`` (a command-line value, a setting) names a
    PostgreSQL library rather than a file."""
    if not isinstance(location, str):
        return False
    scheme, sep, _ = location.partition("://")
    return bool(sep) and scheme.lower() in URL_SCHEMES


def shown_url(url: str) -> str:
    """``url`` as messages show it: any password (in the address or as a
    ``password=`` parameter) left out."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, hostport = netloc.rpartition("@")
        user = userinfo.split(":", 1)[0]
        netloc = f"{user}@{hostport}" if user else hostport
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "password"],
        safe="/",
    )
    # urlunsplit would drop the empty host of postgresql:///dbname.
    return f"{parts.scheme}://{netloc}{parts.path}" + (f"?{query}" if query else "")


def engine_of(conn: object) -> Engine:
    """The database behind a store connection."""
    return "postgresql" if getattr(conn, "engine", "") == "postgresql" else "sqlite"


def data_version(conn: Connection, origin: str = "") -> int:
    """A number that changes whenever another connection commits a change:
    SQLite's ``PRAGMA data_version`` (free when nothing changed); on
    PostgreSQL the newest change-log sequence number written by another
    ``origin`` than this instance's, since every committed operation writes
    one row there (a walk down the key index from the newest row)."""
    if engine_of(conn) == "postgresql":
        row = conn.execute(
            "SELECT coalesce(max(seq), 0) FROM change_log WHERE origin <> ?", (origin,)
        ).fetchone()
    else:
        row = conn.execute("PRAGMA data_version").fetchone()
    return int(row[0])


def change_marks(conn: Connection, origin: str = "") -> tuple[int, int]:
    """The newest change-log sequence number (0 when none) and
    :func:`data_version`, read together: what a window reads once at start
    to begin watching. On PostgreSQL one statement (two index walks from the
    newest row, each a scalar subquery so each keeps the ``max`` shortcut a
    ``FILTER`` would lose); a start used to send three."""
    if engine_of(conn) == "postgresql":
        row = conn.execute(
            "SELECT (SELECT coalesce(max(seq), 0) FROM change_log),"
            " (SELECT coalesce(max(seq), 0) FROM change_log WHERE origin <> ?)",
            (origin,),
        ).fetchone()
        return int(row[0]), int(row[1])
    last = conn.execute("SELECT max(seq) FROM change_log").fetchone()
    return int(last[0] or 0), data_version(conn)
