"""Backups of the library, and the file checks that keep a library from
being replaced by mistake.

A daily backup is made the first time a library is opened on a day (kept
for a configurable number of days, 7 by default), with SQLite's online
backup API: a file copy of a live database in WAL mode can miss committed
pages still in the ``-wal`` file. A backup is written under a temporary name
and renamed when complete, so a backup that exists is whole.

Restoring copies a backup into the library through the same API (so a
running Quotemark sees the restored content at once), after backing up the
current library; a library too damaged for SQLite to read is moved aside
instead.
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from quotemark.library.errors import LibraryDamaged, LibraryError, LibraryUnreachable, NotALibrary

if TYPE_CHECKING:
    import logging


def _log() -> logging.Logger:
    """This module's logger, imported when there is a warning to give:
    importing :mod:`logging` cost ~8 ms of CPU on every start (measured)."""
    import logging

    return logging.getLogger(__name__)


KEEP_DAYS = 7
"""Days a daily backup is kept unless configured otherwise."""
KEEP_DAYS_ENV = "QUOTEMARK_BACKUP_DAYS"
"""Environment override of :data:`KEEP_DAYS` (0 turns daily backups off)."""

_DAILY = re.compile(r"^(?P<stem>.+)-daily-(?P<day>\d{4}-\d{2}-\d{2})\.sqlite3$")
_STAMPED = re.compile(r"-(?P<stamp>\d{8}-\d{6})\.sqlite3$")


class Backup(NamedTuple):
    """One backup file of a library (a named tuple, not a dataclass: the
    dataclasses module was ~10% of ``quotemark posts --json``'s start, issue 15)."""

    path: Path
    made: datetime
    kind: str
    """``daily``, ``migration``, ``before-restore`` or ``damaged``."""
    size: int


def backups_folder(library: Path) -> Path:
    """Where the backups of the library file ``library`` are kept."""
    return library.parent / "backups"


def keep_days() -> int:
    """Days to keep daily backups: ``$QUOTEMARK_BACKUP_DAYS`` or 7."""
    value = os.environ.get(KEEP_DAYS_ENV, "").strip()
    try:
        return max(0, int(value)) if value else KEEP_DAYS
    except ValueError:
        _log().warning("%s=%r is not a number of days; keeping %d", KEEP_DAYS_ENV, value, KEEP_DAYS)
        return KEEP_DAYS


def check_file(path: Path) -> None:
    """Refuse a file where the library should be that is not a library: an
    empty file (a disk that filled up, a failed copy) or a file of another
    kind. Opening would turn it into a new, empty library and hide the loss.
    A missing file is fine (a new library).

    The file is never opened with a plain ``open()``: closing any descriptor
    of a database file drops every POSIX lock this process holds on it, so a
    window whose worker thread opens a second Library would lose its own
    connection's locks, and another process's checkpoint could then corrupt
    what the window reads. SQLite itself is asked instead (it shares one
    descriptor per file within a process)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    except OSError as error:
        raise LibraryUnreachable(
            f"The library {path} cannot be read: {error.strerror or error}.", path=str(path)
        ) from error
    wal = path.with_name(path.name + "-wal")
    if not size and not (wal.exists() and wal.stat().st_size > 0):
        raise LibraryDamaged(
            f"The library {path} is an empty file (0 bytes); Quotemark did not touch it. "
            f"{restore_hint(path)}",
            path=str(path),
        )
    if size:
        _check_foreign(path)


_NOT_A_DATABASE = 26  # SQLITE_NOTADB


def _check_foreign(path: Path) -> None:
    # Read-only, before the library is opened for writing: opening switches
    # the file to WAL mode, which would already change another program's
    # database. A database SQLite will not open read-only here (one in WAL
    # mode without its -shm file) is checked again once open.
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return
    try:
        try:
            conn.execute("PRAGMA schema_version").fetchone()
        except sqlite3.DatabaseError as error:
            if getattr(error, "sqlite_errorcode", None) == _NOT_A_DATABASE:
                raise LibraryDamaged(
                    f"The file {path} is not a Quotemark library (it is not an SQLite "
                    f"database); Quotemark did not touch it. {restore_hint(path)}",
                    path=str(path),
                ) from error
            raise
        check_tables(conn, path)
    except sqlite3.Error:
        return
    finally:
        conn.close()


def check_tables(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse an SQLite database of another program (tables but no schema
    version): migrating would write our tables into it, or stop at a table
    of the same name. A new library is an empty file."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version:
        return
    tables = {str(row[0]) for row in conn.execute("SELECT name FROM sqlite_master")}
    if tables:
        raise NotALibrary(
            f"The database {path} belongs to another program (it has tables "
            f"{', '.join(sorted(tables)[:5])}); Quotemark did not touch it. "
            f"{restore_hint(path)}",
            path=str(path),
        )


def restore_hint(path: Path) -> str:
    """What to say after "the library is damaged": the real backups there
    are, or that there are none."""
    found = list_backups(path)
    if not found:
        return (
            "There is no backup of it yet; move the file away to start a new library "
            f"(backups are kept in {backups_folder(path)})."
        )
    newest = found[0]
    return (
        f"Restore a backup with 'quotemark restore' ({len(found)} in "
        f"{backups_folder(path)}, the newest from {newest.made:%Y-%m-%d %H:%M}) "
        "or File > Restore from Backup."
    )


def list_backups(library: Path) -> list[Backup]:
    """The library's backups, newest first."""
    folder = backups_folder(library)
    found: list[Backup] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        if not entry.name.endswith(".sqlite3") or entry.name.startswith("."):
            continue
        made = _made(entry)
        if made is None:
            continue
        try:
            info = entry.stat()
        except OSError:
            continue
        size = info.st_size
        if _DAILY.match(entry.name):
            made = datetime.fromtimestamp(info.st_mtime)  # the name holds only the day
        found.append(Backup(entry, made, _kind(entry.name), size))
    found.sort(key=lambda b: (b.made, b.path.name), reverse=True)
    return found


def _made(entry: Path) -> datetime | None:
    daily = _DAILY.match(entry.name)
    if daily:
        return datetime.strptime(daily["day"], "%Y-%m-%d")
    stamped = _STAMPED.search(entry.name)
    if stamped:
        return datetime.strptime(stamped["stamp"], "%Y%m%d-%H%M%S")
    return None


def _kind(name: str) -> str:
    if _DAILY.match(name):
        return "daily"
    for kind in ("before-restore", "damaged"):
        if f"-{kind}-" in name:
            return kind
    return "migration"


def daily_backup(
    conn: sqlite3.Connection, library: Path, *, days: int | None = None, today: date | None = None
) -> Path | None:
    """Back up the open library once a day and drop daily backups older than
    ``days`` (default :func:`keep_days`). Returns the new backup, or ``None``
    when today's exists, backups are off or the library is new and empty.
    A failure is logged, never raised: a backup must not stop the work."""
    days = keep_days() if days is None else days
    if days <= 0:
        return None
    today = today or date.today()
    folder = backups_folder(library)
    target = folder / f"{library.stem}-daily-{today.isoformat()}.sqlite3"
    made: Path | None = None
    try:
        if not target.exists() and _has_posts(conn):
            write_backup(conn, target)
            made = target
        _prune(folder, library.stem, today - timedelta(days=days))
    except (OSError, sqlite3.Error) as error:
        _log().warning("the daily backup of %s could not be written: %s", library, error)
    return made


def daily_backup_of(
    library: Path, *, days: int | None = None, today: date | None = None
) -> Path | None:
    """:func:`daily_backup` from a connection of its own, for a thread that
    runs it after the window is shown (the window's connection belongs to
    the GUI thread). The copy is one backup step: in WAL mode a reading
    connection blocks no writer, and a copy made in several steps would
    start over whenever the window wrote between them."""
    try:
        conn = sqlite3.connect(library, timeout=5.0)
    except sqlite3.Error as error:
        _log().warning("the daily backup of %s could not be made: %s", library, error)
        return None
    try:
        return daily_backup(conn, library, days=days, today=today)
    finally:
        conn.close()


def _has_posts(conn: sqlite3.Connection) -> bool:
    try:
        return conn.execute("SELECT 1 FROM posts LIMIT 1").fetchone() is not None
    except sqlite3.Error:
        return False


def _prune(folder: Path, stem: str, before: date) -> None:
    for entry in folder.glob(f"{stem}-daily-*.sqlite3"):
        match = _DAILY.match(entry.name)
        if match and match["stem"] == stem and date.fromisoformat(match["day"]) < before:
            entry.unlink(missing_ok=True)


def write_backup(conn: sqlite3.Connection, target: Path) -> Path:
    """Copy the database of ``conn`` to ``target`` with SQLite's online
    backup API, under a temporary name until it is complete."""
    target.parent.mkdir(parents=True, exist_ok=True)
    # Named by process and thread: a window's backup thread and an import
    # worker of the same process may both write one.
    partial = target.with_name(f".{target.name}.{os.getpid()}-{threading.get_ident()}.partial")
    copy = sqlite3.connect(partial)
    try:
        conn.backup(copy)
        # One self-contained file: opening it later (even read-only) leaves
        # no -wal or -shm files beside it.
        copy.execute("PRAGMA journal_mode = DELETE")
    finally:
        copy.close()
    os.replace(partial, target)
    return target


def restore(backup: Path, library: Path) -> Path:
    """Replace the library's content with ``backup``'s, after backing up the
    current library; returns where the current library was saved.

    Raises :class:`~quotemark.library.errors.LibraryError` when ``backup`` is not a
    readable Quotemark library (nothing is changed then).
    """
    source = _open_backup(backup)
    try:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        folder = backups_folder(library)
        saved = library  # nothing to keep when there is no library yet
        current = _open_current(library) if library.exists() else None
        if current is not None:
            saved = write_backup(current, folder / f"{library.stem}-before-restore-{stamp}.sqlite3")
        elif library.exists():
            # Too damaged for SQLite: keep the file as it is, out of the way.
            saved = folder / f"{library.stem}-damaged-{stamp}.sqlite3"
            folder.mkdir(parents=True, exist_ok=True)
            os.replace(library, saved)
            for suffix in ("-wal", "-shm"):
                library.with_name(library.name + suffix).unlink(missing_ok=True)
        before = _handed_out(current) if current is not None else {}
        keys = _keys_given(current) if current is not None else []
        if current is None:
            current = sqlite3.connect(library)
        try:
            source.backup(current)
            _mark_restored(current, library, before, keys)
        finally:
            current.close()
    except sqlite3.Error as error:
        raise _restore_failed(library, backup, error) from error
    finally:
        source.close()
    return saved


def restore_open(conn: sqlite3.Connection, backup: Path, library: Path) -> Path:
    """:func:`restore` into the open library ``conn`` (every connection to
    it sees the restored content); returns where the current content was
    saved."""
    source = _open_backup(backup)
    try:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        saved = backups_folder(library) / f"{library.stem}-before-restore-{stamp}.sqlite3"
        write_backup(conn, saved)
        before = _handed_out(conn)
        keys = _keys_given(conn)
        source.backup(conn)
        _mark_restored(conn, library, before, keys)
    except sqlite3.Error as error:
        raise _restore_failed(library, backup, error) from error
    finally:
        source.close()
    return saved


def _restore_failed(library: Path, backup: Path, error: sqlite3.Error) -> LibraryError:
    """The error both restores raise when SQLite fails part-way."""
    return LibraryError(
        f"The library {library} could not be restored from {backup}: {error}.",
        path=str(library),
    )


def _open_backup(backup: Path) -> sqlite3.Connection:
    check_file(backup)
    if not backup.is_file():
        raise LibraryError(f"There is no backup {backup}.", path=str(backup))
    try:
        source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        ok = source.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        tables = {str(row[0]) for row in source.execute("SELECT name FROM sqlite_master")}
    except sqlite3.Error as error:
        raise LibraryError(
            f"The backup {backup} cannot be read ({error}); choose another one.", path=str(backup)
        ) from error
    if not ok or "posts" not in tables:
        source.close()
        raise LibraryError(
            f"The backup {backup} is damaged or is not a Quotemark library; choose another one.",
            path=str(backup),
        )
    return source


_POST_IDS = "counter:post_id"


def _handed_out(conn: sqlite3.Connection) -> dict[str, int]:
    """The highest numbers the library of ``conn`` has handed out, which a
    restore must not hand out again: each AUTOINCREMENT table's (clips,
    corrections, collections, the change log) and the post ids. A library
    older than a table, or damaged there, has none of it."""
    found: dict[str, int] = {}
    queries = (
        "SELECT name, seq FROM sqlite_sequence",
        "SELECT 'counter:' || name, value FROM counters",
        f"SELECT '{_POST_IDS}', max(id) FROM posts",
    )
    for query in queries:
        try:
            rows = conn.execute(query).fetchall()
        except sqlite3.DatabaseError:
            continue
        for name, value in rows:
            found[str(name)] = max(found.get(str(name), 0), int(value or 0))
    return found


_Key = tuple[str, str | None, str]
"""A citation key given out, with the URL key and text hash that give it
back to the same post (a row of ``retired_keys``)."""


def _keys_given(conn: sqlite3.Connection) -> list[_Key]:
    """The citation keys the library of ``conn`` has given out: its posts'
    and those already retired. A library older than retired keys (or
    damaged there) gives its posts' alone, or none."""
    keys: list[_Key] = []
    for query in (
        "SELECT key, url_key, content_hash FROM posts",
        "SELECT key, url_key, content_hash FROM retired_keys",
    ):
        try:
            keys.extend(conn.execute(query).fetchall())
        except sqlite3.DatabaseError:
            continue
    return keys


def _mark_restored(
    conn: sqlite3.Connection, library: Path, before: dict[str, int], keys: list[_Key]
) -> None:
    """After a restore into ``conn``: numbers go on from the highest the
    replaced library handed out (``before``), so that none names a
    different post, clip or collection than it did (an open window's post
    is found gone, not replaced by a later import under its number), and
    the change log says that everything changed. The citation ``keys`` the
    replaced library gave out and the restored one does not hold are
    retired, so no later post takes a key a manuscript may cite for a post
    the restore removed (the same post imported again gets it back). A
    backup written by an older Quotemark is first brought to the current
    schema (as the next open would), so its new tables go on from those
    numbers too."""
    from quotemark.library import paths
    from quotemark.library.store import changelog, schema
    from quotemark.library.store.db import transaction

    if schema.version(conn) < schema.VERSION:
        schema.migrate(conn, library, paths.backups_dir())
    with transaction(conn, library):
        tables = {str(row[0]) for row in conn.execute("SELECT name FROM sqlite_master")}
        for name, value in before.items():
            if name == _POST_IDS:
                conn.execute(
                    "INSERT INTO counters (name, value) VALUES ('post_id', ?) ON CONFLICT (name)"
                    " DO UPDATE SET value = max(value, excluded.value)",
                    (value,),
                )
            elif name in tables and not name.startswith("counter:"):
                updated = conn.execute(
                    "UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?", (value, name)
                ).rowcount
                if not updated:
                    conn.execute(
                        "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (name, value)
                    )
        # Keys the restored posts hold stay theirs (INSERT OR IGNORE keeps a
        # key the backup had retired itself).
        conn.executemany(
            "INSERT OR IGNORE INTO retired_keys (key, url_key, content_hash)"
            " SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM posts WHERE key = ?)",
            [(key, url, digest, key) for key, url, digest in keys],
        )
        changelog.mark_restored(conn, before.get("change_log", 0))


def _open_current(library: Path) -> sqlite3.Connection | None:
    """A connection to the current library when SQLite can read it."""
    try:
        check_file(library)
        conn = sqlite3.connect(library, timeout=5.0)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except (LibraryError, sqlite3.DatabaseError):
        return None
    return conn
