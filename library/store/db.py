"""Opening the library database and writing to it safely.

Every write runs in :func:`transaction` (``BEGIN IMMEDIATE``), so a failure
rolls back the whole step and a second Quotemark writing to the same file is
detected up front: SQLite waits ``busy_timeout`` for the other writer and
then :class:`~library.errors.LibraryLocked` says so, with nothing changed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from library.errors import LibraryError, LibraryLocked
from library.store.backups import restore_hint

DEFAULT_TIMEOUT = 5.0
"""Seconds to wait for another writer before reporting the library locked."""


def connect(path: Path, *, timeout: float = DEFAULT_TIMEOUT) -> sqlite3.Connection:
    """A connection to the library at ``path`` (created if missing) in WAL
    mode with foreign keys on. Raises :class:`LibraryError` when the file is
    not a database or cannot be opened."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise LibraryError(
            f"Cannot create the library folder {path.parent}: {error.strerror or error}.",
            path=str(path),
        ) from error
    try:
        conn = sqlite3.connect(path, timeout=timeout, isolation_level=None)
    except sqlite3.Error as error:
        raise LibraryError(f"Cannot open the library {path}: {error}.", path=str(path)) from error
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        conn.execute("PRAGMA foreign_keys = ON")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.Error as error:
        conn.close()
        raise translate(error, path) from error
    if mode is None or str(mode[0]).lower() != "wal":
        # WAL cannot be set while another connection holds the file in
        # rollback mode; go on: correctness does not depend on it.
        pass
    return conn


def translate(error: sqlite3.Error, path: Path | str) -> LibraryError:
    """The :class:`LibraryError` a user should see for an SQLite failure."""
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return LibraryLocked(
            f"The library {path} is busy: another Quotemark (or another program) "
            "is writing to it. Nothing was changed. Try again when it has finished, "
            "or close the other Quotemark.",
            path=str(path),
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return LibraryError(
            f"The library {path} is damaged or is not a Quotemark library ({error}). "
            + restore_hint(Path(path)),
            path=str(path),
        )
    if "readonly" in text or "read-only" in text:
        return LibraryError(
            f"The library {path} is read-only: Quotemark cannot save changes to it.",
            path=str(path),
        )
    if "disk" in text or "full" in text:
        return LibraryError(
            f"The library {path} could not be written ({error}). Free some disk space.",
            path=str(path),
        )
    return LibraryError(f"The library {path} could not be used: {error}.", path=str(path))


@contextmanager
def transaction(conn: sqlite3.Connection, path: Path | str) -> Iterator[sqlite3.Connection]:
    """One atomic write: ``BEGIN IMMEDIATE`` ... ``COMMIT``, rolled back on any
    error. SQLite errors come out as :class:`LibraryError` (or
    :class:`LibraryLocked`)."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as error:
        raise translate(error, path) from error
    try:
        yield conn
    except BaseException as error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(error, sqlite3.Error):
            raise translate(error, path) from error
        raise
    try:
        conn.execute("COMMIT")
    except sqlite3.Error as error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise translate(error, path) from error
