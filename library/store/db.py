"""Opening the library database and writing to it safely.

Every write runs in :func:`transaction` (``BEGIN IMMEDIATE``), so a failure
rolls back the whole step and a second Quotemark writing to the same file is
detected up front: SQLite waits ``busy_timeout`` for the other writer and
then :class:`~quotemark.library.errors.LibraryLocked` says so, with nothing changed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from quotemark.library.errors import (
    LibraryDamaged,
    LibraryError,
    LibraryFull,
    LibraryLocked,
    LibraryReadOnly,
    LibraryUnreachable,
)
from quotemark.library.store.backups import restore_hint

DEFAULT_TIMEOUT = 5.0
"""Seconds to wait for another writer before reporting the library locked."""


def connect(path: Path, *, timeout: float = DEFAULT_TIMEOUT) -> sqlite3.Connection:
    """A connection to the library at ``path`` (created if missing) in WAL
    mode with foreign keys on. Raises a :class:`LibraryError` when the file
    cannot be opened or is not a database."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise LibraryUnreachable(
            f"Cannot create the library folder {path.parent}: {error.strerror or error}.",
            path=str(path),
        ) from error
    with reported(path):
        conn = sqlite3.connect(path, timeout=timeout, isolation_level=None)
    try:
        with reported(path):
            conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            conn.execute("PRAGMA foreign_keys = ON")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()
            conn.execute("PRAGMA synchronous = NORMAL")
    except BaseException:
        conn.close()
        raise
    if mode is None or str(mode[0]).lower() != "wal":
        # WAL cannot be set while another connection holds the file in
        # rollback mode; go on: correctness does not depend on it.
        pass
    return conn


def _primary(error: sqlite3.Error) -> int | None:
    # Extended codes (SQLITE_IOERR_WRITE, SQLITE_BUSY_SNAPSHOT, ...) keep
    # their primary code in the low byte. Errors the sqlite3 module raises
    # itself (a closed connection, a wrong parameter count) carry no code.
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def known_error(error: sqlite3.Error, path: Path | str) -> LibraryError | None:
    """The :class:`LibraryError` a user should see for an SQLite failure
    that comes from the world outside Quotemark (another writer, the disk,
    the file), chosen by SQLite's result code. ``None`` for anything else:
    a bad statement or a misused connection is a bug in Quotemark and must
    be reported as one, not as a library problem."""
    code = _primary(error)
    shown = str(path)
    if code in _LOCKED:
        return LibraryLocked(
            f"The library {path} is busy: another Quotemark (or another program) "
            "is writing to it. Nothing was changed. Try again when it has finished, "
            "or close the other Quotemark.",
            path=shown,
        )
    if code == sqlite3.SQLITE_FULL:
        return LibraryFull(
            f"The library {path} could not be saved: the disk is full. Nothing was "
            "changed. Free some disk space and try again.",
            path=shown,
        )
    if code in _READ_ONLY:
        return LibraryReadOnly(
            f"The library {path} is read-only: Quotemark cannot save changes to it. "
            "Check the permissions of the file and its folder (or copy it somewhere "
            "writable and point QUOTEMARK_HOME there).",
            path=shown,
        )
    if code in _DAMAGED:
        return LibraryDamaged(
            f"The library {path} is damaged or is not a Quotemark library ({error}). "
            + restore_hint(Path(path)),
            path=shown,
        )
    if code in _UNREACHABLE:
        return LibraryUnreachable(
            f"The library {path} cannot be opened, read or written ({error}). Check "
            "that its folder exists and is yours, and that the disk or network drive "
            "holding it is available.",
            path=shown,
        )
    return None


_LOCKED = frozenset({sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_PROTOCOL})
_READ_ONLY = frozenset({sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH})
_DAMAGED = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_FORMAT})
_UNREACHABLE = frozenset({sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_NOLFS})


@contextmanager
def reported(path: Path | str) -> Iterator[None]:
    """Let SQLite errors from outside Quotemark out as the matching
    :class:`LibraryError` (see :func:`known_error`); every other error,
    SQLite's included, goes on unchanged as the bug it is."""
    try:
        yield
    except sqlite3.Error as error:
        known = known_error(error, path)
        if known is None:
            raise
        raise known from error


@contextmanager
def transaction(conn: sqlite3.Connection, path: Path | str) -> Iterator[sqlite3.Connection]:
    """One atomic write: ``BEGIN IMMEDIATE`` ... ``COMMIT``, rolled back on any
    error. SQLite errors from outside Quotemark come out as
    :class:`LibraryError` (or :class:`LibraryLocked`); others unchanged."""
    with reported(path):
        conn.execute("BEGIN IMMEDIATE")
    try:
        with reported(path):
            yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        with reported(path):
            conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
