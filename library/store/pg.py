"""A library on PostgreSQL: the store's connection interface over psycopg 3.

:class:`PgConnection` offers what the store uses of ``sqlite3.Connection``
(see :mod:`quotemark.library.store.engine`) and rewrites SQLite's forms as
it goes (:func:`translate`, cached per statement text, in
:mod:`~quotemark.library.store.pg_sql`, which loads no driver):

- ``?`` placeholders become ``%s`` (a literal ``%`` is doubled);
- ``INSERT OR IGNORE`` becomes ``ON CONFLICT DO NOTHING`` and ``INSERT OR
  REPLACE`` an upsert on the table's primary key (read from the catalog);
- an ``INSERT`` into a table with an identity column returns the new id,
  which the cursor offers as ``lastrowid``, as SQLite's does;
- ``group_concat(x, sep)`` is ``string_agg``;
- ``WHERE 1`` (SQLite's integer as truth) is ``WHERE TRUE``.

``COLLATE NOCASE`` needs no rewriting: the schema creates a collation
named ``nocase`` (case-insensitive ICU). SQLite allows one writer at a
time and the store's read-then-write steps (the next post id, a free key)
rely on it, so ``BEGIN IMMEDIATE`` takes one transaction-scoped advisory
lock: writers queue as they do on SQLite, for up to the library's timeout,
then :class:`~quotemark.library.errors.LibraryLocked`, with nothing changed.

Errors from outside Quotemark become the :class:`LibraryError` a user can
act on (server gone, lock wait, disk full, no permission); a constraint
violation is raised as ``sqlite3.IntegrityError``, as the store expects; any
other error is a bug and goes on unchanged.
"""

from __future__ import annotations

import itertools
import re
import sqlite3
from collections.abc import Generator, Iterable, Iterator, Sequence
from typing import Any, cast

import psycopg
from psycopg import errors as pg_errors
from psycopg import pq
from psycopg.types.numeric import Int8Dumper

from quotemark.library.errors import (
    LibraryError,
    LibraryFull,
    LibraryLocked,
    LibraryReadOnly,
    LibraryUnreachable,
)
from quotemark.library.store import pg_sql
from quotemark.library.store.engine import shown_url
from quotemark.library.store.pg_text import connect_error

WRITE_LOCK = 0x51554F54
"""The advisory lock every write transaction holds (``'QUOT'``)."""

STREAM_BATCH = 500
"""Rows libpq hands over at a time while :meth:`PgConnection.stream` reads."""

_INSERT = re.compile(r"^\s*INSERT\s+(?:OR\s+(IGNORE|REPLACE)\s+)?INTO\s+(\w+)", re.IGNORECASE)
_COLUMNS = re.compile(r"^\s*INSERT\s+(?:OR\s+\w+\s+)?INTO\s+\w+\s*\(([^)]*)\)", re.IGNORECASE)


_KEYS = (
    "SELECT c.relname, a.attname, a.attidentity <> '', coalesce(a.attnum = ANY(i.indkey), false)"
    " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid LEFT JOIN pg_index i"
    " ON i.indrelid = a.attrelid AND i.indisprimary"
    " WHERE a.attrelid = ANY(ARRAY[{}]) AND a.attnum > 0 AND NOT a.attisdropped"
    " ORDER BY c.relname, a.attnum"
)
"""Each named table's columns, whether each is its identity column and
whether it is in its primary key (``{}``: the tables, as ``regclass``)."""

_WARM_TABLES = ("clips", "clip_tags", "corrections", "change_log")
"""Tables a clip or a correction inserts into, whose keys :meth:`PgConnection.warm_up`
reads with the rest."""

_WARM_UP = (
    *(
        f"EXPLAIN {statement}"
        for statement in (
            # What a clip or a correction writes: the post's row and its
            # search text, the clip and its tags, the correction, the change
            # log, the kept counts (the clips' trigger). Values, not NULL: a
            # comparison with NULL is planned as false, without the indexes.
            "UPDATE posts SET next_clip = next_clip + 1, clip_count = clip_count + 1 WHERE id = 0",
            "INSERT INTO clips DEFAULT VALUES",
            "DELETE FROM clip_tags WHERE clip_id = 0",
            "UPDATE post_fts SET clips = '' WHERE rowid = 0 RETURNING title, body, clips, more",
            "INSERT INTO corrections DEFAULT VALUES",
            "INSERT INTO change_log DEFAULT VALUES",
            "INSERT INTO row_counts DEFAULT VALUES",
        )
    ),
    # A read comparing keys: the server loads the nocase collation (ICU) the
    # first time a statement compares with it (~8 ms of a first clip).
    "SELECT 1 FROM posts WHERE key = '' UNION ALL SELECT 1 FROM clips WHERE key = ''"
    " UNION ALL SELECT 1 FROM retired_keys WHERE key = '' LIMIT 1",
    _KEYS.format(", ".join(f"to_regclass('{table}')" for table in _WARM_TABLES)),
)
"""The requests readying a connection for a clip or a correction, one a
step: nothing runs but reads (``EXPLAIN`` plans without executing); the
last one's rows are the inserts' keys (:data:`_KEYS`)."""


def connect(url: str, *, timeout: float, then: str = "") -> PgConnection:
    """A connection to the library database at ``url``; credentials come
    from libpq's usual places (the URL, ``~/.pgpass``, ``PGPASSWORD``, a
    service file). Raises :class:`LibraryUnreachable` naming the URL
    (without its password) and the problem.

    ``then``: one statement without parameters sent in the same request as
    the connection's settings (a round trip fewer at every open: each one
    waits for the server's process to get a core). Its rows are
    :attr:`PgConnection.first_rows`; when it fails (a table not made yet)
    that is ``None``, nothing of the request stays done (the server runs it
    as one transaction) and the settings are sent again alone."""
    shown = shown_url(url)
    try:
        raw = psycopg.connect(url, autocommit=True, connect_timeout=max(1, int(timeout * 2)))
    except psycopg.Error as error:
        raise _connect_error(error, shown) from error
    except ValueError as error:  # a URL libpq cannot read
        raise LibraryUnreachable(
            f"The shared library {shown} cannot be opened: {error}.", path=shown
        ) from error
    # Every Python int goes as bigint, as SQLite's integers are 64-bit (by
    # default psycopg picks the smallest type, and `WITH RECURSIVE sub(id) AS
    # (SELECT ? ...)` then mixes smallint with bigint ids).
    raw.adapters.register_dumper(int, Int8Dumper)
    conn = PgConnection(raw, shown)
    # A statement waits for a row lock or the write lock this long, like
    # SQLite's busy_timeout, then the library is reported busy.
    settings = f"SET lock_timeout = {int(timeout * 1000)}"
    try:
        if then:
            conn.first_rows = conn.script(f"{settings}; {then}")
        else:
            conn.execute(settings)
    except LibraryError:
        conn.close()
        raise
    except psycopg.Error:
        if not then:
            conn.close()
            raise
        try:
            conn.execute(settings)
        except BaseException:
            conn.close()
            raise
    return conn


def _connect_error(error: psycopg.Error, shown: str) -> LibraryError:
    return connect_error(str(error), error.sqlstate or "", shown, type(error).__name__)


def translate(sql: str) -> str:
    """SQLite's statement ``sql`` in PostgreSQL's words, with psycopg's
    placeholders (see :mod:`quotemark.library.store.pg_sql`)."""
    return pg_sql.translate(sql)


class PgCursor:
    """The part of ``sqlite3.Cursor`` the store reads: rows (``None`` /
    empty for a statement without any), ``lastrowid``, ``rowcount`` and
    ``description``."""

    def __init__(self, cursor: psycopg.Cursor[Any], lastrowid: int | None = None) -> None:
        self._cursor = cursor
        self.lastrowid = lastrowid
        self.rowcount = cursor.rowcount

    @property
    def description(self) -> Sequence[Any] | None:
        """Column descriptions (the first item of each is the name)."""
        return self._cursor.description

    def fetchone(self) -> tuple[Any, ...] | None:
        """The next row, or ``None``."""
        if self._cursor.description is None:
            return None
        return self._cursor.fetchone()

    def fetchall(self) -> list[tuple[Any, ...]]:
        """The remaining rows."""
        if self._cursor.description is None:
            return []
        return self._cursor.fetchall()

    def fetchmany(self, size: int) -> list[tuple[Any, ...]]:
        """Up to ``size`` further rows."""
        if self._cursor.description is None:
            return []
        return self._cursor.fetchmany(size)

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        if self._cursor.description is None:
            return iter(())
        return iter(self._cursor)

    def close(self) -> None:
        """Release the rows."""
        self._cursor.close()


class PgConnection:
    """A library database on PostgreSQL behind the store's connection
    interface (see the module)."""

    engine = "postgresql"

    def __init__(self, raw: psycopg.Connection[Any], location: str) -> None:
        self._raw = raw
        self.location = location
        """The URL without its password, for messages."""
        self._keys: dict[str, tuple[tuple[str, ...], tuple[str, ...], str | None]] = {}
        self.first_rows: list[tuple[Any, ...]] | None = None
        """The rows of :func:`connect`'s ``then`` (``None``: not asked, or
        it failed)."""

    @property
    def in_transaction(self) -> bool:
        """Whether a transaction is open (also a failed one)."""
        return self._raw.info.transaction_status != pq.TransactionStatus.IDLE

    @property
    def raw(self) -> psycopg.Connection[Any]:
        """The psycopg connection (for PostgreSQL-only statements)."""
        return self._raw

    def close(self) -> None:
        """Close the connection."""
        self._raw.close()

    def create_function(self, *args: object, **kwargs: object) -> None:
        """SQLite's user functions: the PostgreSQL schema defines its own
        (``qm_contains``), so there is nothing to register."""

    def execute(
        self, sql: str, parameters: Sequence[Any] = (), *, prepare: bool | None = None
    ) -> PgCursor:
        """Run one SQLite statement (see :func:`translate`). ``prepare``:
        psycopg's, ``False`` for a statement whose best plan depends on its
        values (see :func:`unprepared`); by default psycopg prepares a
        statement on the server once it has run ``prepare_threshold`` (5)
        times on the connection."""
        if sql.strip().upper() == "BEGIN IMMEDIATE":
            with self._reported():
                self._raw.execute("BEGIN")
                try:
                    self._raw.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
                except BaseException:
                    # Not begun, as SQLite's BEGIN IMMEDIATE that found the
                    # library busy: the caller's rollback never runs.
                    self._raw.execute("ROLLBACK")
                    raise
            return PgCursor(self._raw.cursor())
        text, returning = self._statement(sql)
        with self._reported():
            cursor = self._raw.execute(text, tuple(parameters), prepare=prepare)
            lastrowid = None
            if returning is not None and cursor.description is not None:
                row = cursor.fetchone()
                lastrowid = None if row is None else int(row[0])
        return PgCursor(cursor, lastrowid)

    def script(self, sql: str) -> list[tuple[Any, ...]]:
        """Run PostgreSQL statements without parameters, separated by
        semicolons, in one request (the server runs them as one
        transaction): the rows of the last."""
        with self._reported():
            cursor = self._raw.execute(sql)
            while cursor.nextset():
                pass
            return cursor.fetchall() if cursor.description is not None else []

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> PgCursor:
        """Run one statement for each of ``rows``."""
        text, _ = self._statement(sql, many=True)
        cursor = self._raw.cursor()
        with self._reported():
            cursor.executemany(text, [tuple(r) for r in rows])
        return PgCursor(cursor)

    def stream(
        self, sql: str, parameters: Sequence[Any], chunk: int, first: int | None = None
    ) -> Iterator[list[tuple[Any, ...]]]:
        """The rows of one SELECT, ``chunk`` at a time (``first`` rows in
        the first, when given). The server sends the rows as it makes them
        and the client decodes them :data:`STREAM_BATCH` at a time (libpq's
        chunked mode), holding a chunk, not the whole result (a plain
        cursor reads all 100,000 posts into memory before the first line).
        One statement, so one snapshot: a colleague's write midway neither
        repeats nor skips a row. Nothing else may run on this connection
        until the rows run out or the caller closes the iterator (which
        cancels the rest on the server)."""
        text, _ = self._statement(sql)
        # Before, a server-side cursor in a transaction of its own: four
        # round trips more and one per FETCH, each waiting for the server's
        # turn on a loaded machine (100,000 rows: 231 -> 156 ms).
        batch = STREAM_BATCH if pq.version() >= 170000 else 1  # chunked mode: libpq 17
        # A generator (closing it cancels the statement), typed an Iterator.
        rows = cast(
            "Generator[tuple[Any, ...], None, None]",
            self._raw.cursor().stream(text, tuple(parameters), size=batch),
        )
        size = chunk if first is None else min(first, chunk)
        try:
            while True:
                with self._reported():
                    got = list(itertools.islice(rows, size))
                if not got:
                    return
                yield got
                size = chunk
        finally:
            rows.close()  # cancels what the server has not sent yet

    def warm_up(self) -> Iterator[None]:
        """Ready this connection for a user's first clip or correction
        without writing, one short request per step (:data:`_WARM_UP`), so a
        caller on the GUI thread is never held long: the server's process
        plans the statements they run (``EXPLAIN`` reads the tables',
        indexes' and triggers' catalog entries into its caches but executes
        nothing), loads the ``nocase`` collation with a read, and the
        inserts' keys come back for :meth:`_table`. A first clip on a fresh
        connection otherwise spends most of its time there (35-40 ms
        against 4-8 ms for the next, 1,000 posts). A step finding a
        transaction open (another caller's, between steps) ends the warm-up.
        No lock a writer waits for is kept (planning an insert takes the
        table's row-exclusive lock, which writers share, until the request
        ends)."""
        for request in _WARM_UP:
            if self.in_transaction:
                return
            rows = self.script(request)
            if request is _WARM_UP[-1]:
                self._learn_keys(rows)
            yield

    def _statement(self, sql: str, many: bool = False) -> tuple[str, str | None]:
        insert = _INSERT.match(sql)
        if insert is None:
            return translate(sql), None
        mode, table = (insert.group(1) or "").upper(), insert.group(2)
        primary, columns, identity = self._table(table)
        text = translate(re.sub(r"\s+OR\s+(IGNORE|REPLACE)\b", "", sql, count=1, flags=re.I))
        if mode == "IGNORE":
            text += " ON CONFLICT DO NOTHING"
        elif mode == "REPLACE":
            named = _COLUMNS.match(sql)
            given = [c.strip() for c in named.group(1).split(",")] if named else list(columns)
            updates = [c for c in given if c not in primary]
            action = (
                "DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in updates)
                if updates
                else "DO NOTHING"
            )
            text += f" ON CONFLICT ({', '.join(primary)}) {action}"
        if identity is None or many or "RETURNING" in sql.upper():
            return text, None
        return f"{text} RETURNING {identity}", identity

    def _table(self, table: str) -> tuple[tuple[str, ...], tuple[str, ...], str | None]:
        # (primary key columns, all columns, identity column) from the
        # catalog, once per table and connection.
        known = self._keys.get(table)
        if known is not None:
            return known
        rows = self._raw.execute(_KEYS.format("to_regclass(%s)"), (table,)).fetchall()
        # Kept under the name as written (the catalog's may differ in case).
        known = self._learn_keys(rows).get(rows[0][0] if rows else "", ((), (), None))
        self._keys[table] = known
        return known

    def _learn_keys(
        self, rows: Iterable[Sequence[Any]]
    ) -> dict[str, tuple[tuple[str, ...], tuple[str, ...], str | None]]:
        # Rows of _KEYS: (table, column, is identity, in the primary key);
        # each table's keys are kept and returned.
        tables: dict[str, list[Sequence[Any]]] = {}
        for row in rows:
            tables.setdefault(str(row[0]), []).append(row)
        learned = {}
        for table, columns in tables.items():
            primary = tuple(str(r[1]) for r in columns if r[3])
            identity = next((str(r[1]) for r in columns if r[2]), None)
            learned[table] = (primary, tuple(str(r[1]) for r in columns), identity)
        self._keys.update(learned)
        return learned

    def _reported(self) -> _Reported:
        return _Reported(self.location)


class _Reported:
    """PostgreSQL errors from outside Quotemark as :class:`LibraryError`;
    a constraint violation as ``sqlite3.IntegrityError`` (what the store
    catches); anything else unchanged."""

    def __init__(self, location: str) -> None:
        self.location = location

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: object, error: BaseException | None, tb: object) -> None:
        if not isinstance(error, psycopg.Error):
            return
        known = known_error(error, self.location)
        if known is not None:
            raise known from error


def known_error(error: psycopg.Error, location: str) -> Exception | None:
    """The exception a user (or the store) should see for a PostgreSQL
    failure, by its SQLSTATE class; ``None`` for a bug in Quotemark."""
    if isinstance(error, pg_errors.IntegrityError):
        return sqlite3.IntegrityError(str(error))
    if isinstance(
        error,
        pg_errors.LockNotAvailable
        | pg_errors.DeadlockDetected
        | pg_errors.SerializationFailure
        | pg_errors.QueryCanceled,
    ):
        return LibraryLocked(
            f"The shared library {location} is busy: a colleague's change holds it. "
            "Nothing was changed. Try again in a moment.",
            path=location,
        )
    if isinstance(error, pg_errors.DiskFull):
        return LibraryFull(
            f"The shared library {location} could not be saved: the server's disk is "
            "full. Nothing was changed. Tell the server's administrator.",
            path=location,
        )
    if isinstance(error, pg_errors.InsufficientPrivilege | pg_errors.ReadOnlySqlTransaction):
        return LibraryReadOnly(
            f"The shared library {location} does not let you change it ({error}). "
            "Ask the server's administrator for write access.",
            path=location,
        )
    if isinstance(error, psycopg.OperationalError):
        return LibraryUnreachable(
            f"The shared library {location} cannot be reached ({error}). Check the "
            "network and that the server runs.",
            path=location,
        )
    return None
