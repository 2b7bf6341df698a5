"""The change log: one row per operation, so every open window learns what
another process (the command line, a second window, later a colleague on a
shared library) changed, with the same detail as its own edits.

Each operation appends its row inside its own write transaction, so a row
exists exactly when its change was committed. A reader remembers the last
sequence number it saw and asks :func:`since`. The log keeps the newest
:data:`KEEP` rows; a reader that fell further behind learns so
(:attr:`Entries.complete` is false) and reloads instead.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from quotemark.library.model import CHANGE_FIELDS, Change
from quotemark.library.store.engine import engine_of

KEEP = 2000
"""How many rows the log keeps (older ones are pruned as new ones arrive)."""

CHANNEL = "quotemark_changes"
"""A shared library's notification channel: each logged change is announced
on it (``NOTIFY``, payload the origin) when its transaction commits, for the
windows listening (:mod:`quotemark.library.store.notify_pg`)."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One logged operation: its sequence number, kind (``clip``,
    ``delete_posts``, ...), the instance that made it, when, and the change."""

    seq: int
    kind: str
    origin: str
    at: str
    change: Change


@dataclass(frozen=True, slots=True)
class Entries:
    """What :func:`since` found: the entries after the asked number, the
    newest number, and whether nothing between was pruned."""

    entries: tuple[Entry, ...]
    last: int
    complete: bool
    restored: bool = False
    """A backup replaced the library since ``seq`` (then ``complete`` is
    false too): edits made before it no longer hold, nor their undo."""


def to_json(change: Change) -> str:
    """A change as compact JSON (only the fields it names)."""
    data = {name: list(getattr(change, name)) for name in CHANGE_FIELDS if getattr(change, name)}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def from_json(text: str) -> Change:
    """The change :func:`to_json` wrote; unknown fields (from a newer
    Quotemark) are left out."""
    data: Any = json.loads(text)
    if not isinstance(data, dict):
        return Change()
    known = {name: tuple(data[name]) for name in CHANGE_FIELDS if isinstance(data.get(name), list)}
    return Change(**known)


def merge(changes: Sequence[Change]) -> Change:
    """Several changes as one (each id once, in first-seen order). An id
    both added and removed in the sequence is reported by its last state."""
    fields: dict[str, dict[Any, None]] = {name: {} for name in CHANGE_FIELDS}
    for change in changes:
        for name in CHANGE_FIELDS:
            for value in getattr(change, name):
                fields[name][value] = None
    for kind in ("posts", "clips"):
        added, removed = fields[f"{kind}_added"], fields[f"{kind}_removed"]
        for ident in list(added):
            if ident in removed:
                # Whichever happened last wins; the order of the changes says which.
                last = _last_state(changes, kind, ident)
                (removed if last == "added" else added).pop(ident)
    return Change(**{name: tuple(values) for name, values in fields.items()})


def _last_state(changes: Sequence[Change], kind: str, ident: int) -> str:
    state = ""
    for change in changes:
        if ident in getattr(change, f"{kind}_added"):
            state = "added"
        if ident in getattr(change, f"{kind}_removed"):
            state = "removed"
    return state


def append(conn: sqlite3.Connection, kind: str, origin: str, change: Change) -> int:
    """Log ``change`` (inside the caller's transaction) and prune old rows;
    returns its sequence number."""
    at = datetime.now().astimezone().isoformat(timespec="seconds")
    cursor = conn.execute(
        "INSERT INTO change_log (kind, origin, at, change) VALUES (?, ?, ?, ?)",
        (kind, origin, at, to_json(change)),
    )
    seq = int(cursor.lastrowid or 0)
    if engine_of(conn) == "postgresql":
        # Delivered at commit, never for a rollback: open windows hear of
        # the change exactly when this row becomes visible.
        conn.execute("SELECT pg_notify(?, ?)", (CHANNEL, origin))
    if seq % 100 == 0:  # pruning every hundredth row keeps appends cheap
        conn.execute("DELETE FROM change_log WHERE seq <= ?", (seq - KEEP,))
        if engine_of(conn) == "postgresql":
            from quotemark.library.store.listing import compact_kept_counts

            compact_kept_counts(conn)
    return seq


RESTORED = "restore"
"""The kind of the row a restore from a backup leaves: the library's content
went back in time, so no reader can carry on from the rows it saw."""


def mark_restored(conn: sqlite3.Connection, before: int) -> None:
    """After a restore into ``conn`` (a SQLite library), log it above
    ``before``, the newest number the replaced library had logged (inside
    the caller's transaction).

    The backup's own log ends earlier, and without this row its numbers
    would be handed out again: a window that had seen up to a number the
    backup also reached would take the restored library for unchanged. The
    library must have a log (a backup older than it is migrated first,
    :func:`quotemark.library.store.backups.restore`)."""
    at = datetime.now().astimezone().isoformat(timespec="seconds")
    conn.execute(
        "INSERT INTO change_log (seq, kind, origin, at, change) VALUES (?, ?, '', ?, '{}')",
        (max(before, last(conn)) + 1, RESTORED, at),
    )


def last(conn: sqlite3.Connection) -> int:
    """The newest sequence number (0 for an empty log)."""
    row = conn.execute("SELECT max(seq) FROM change_log").fetchone()
    return int(row[0] or 0)


def since(conn: sqlite3.Connection, seq: int) -> Entries:
    """The entries after ``seq``, oldest first."""
    rows = conn.execute(
        "SELECT seq, kind, origin, at, change FROM change_log WHERE seq > ? ORDER BY seq", (seq,)
    ).fetchall()
    entries = tuple(Entry(int(r[0]), r[1], r[2], r[3], from_json(r[4])) for r in rows)
    newest = entries[-1].seq if entries else last(conn)
    first = conn.execute("SELECT min(seq) FROM change_log").fetchone()[0]
    # Rows seq+1 .. first-1 were pruned when the first kept row is further on.
    complete = first is None or seq >= int(first) - 1
    restored = last(conn) < seq or any(entry.kind == RESTORED for entry in entries)
    if restored:
        complete = False  # a backup replaced the library
    return Entries(entries, newest, complete, restored)
