"""What every operation is: a value that, applied to a library, changes it in
one step and returns an :class:`OpResult` saying what it did, what changed
and which operation undoes it.

The model is Anki's ``CollectionOp`` / ``OpChanges``: the core computes the
change and its inverse, so undo and redo are the same machinery as the edit
itself and are tested without Qt; the app wraps any operation in one
generic undo command. A correction (a speaker, a quote, a source, metadata)
is just one more :class:`Operation` subclass.

An operation writes in :meth:`Session.write` transactions and logs each
transaction's change there (:meth:`Session.log`), so other processes see it
through the change log (:mod:`quotemark.library.store.changelog`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from quotemark.library.errors import NotFound
from quotemark.library.model import Change
from quotemark.library.store import changelog, db, schema

T = TypeVar("T")


class CancelToken(Protocol):
    """Anything with ``is_set()``; :class:`threading.Event` is one."""

    def is_set(self) -> bool: ...


ProgressCallback = Callable[[int, int, str], None]
"""Called as ``progress(done, total, current_path)`` during long work."""


@dataclass(frozen=True, slots=True)
class Session:
    """What an operation works on: the open connection, the file (for error
    messages), the instance named in the change log, and, for long
    operations, progress and cancel, and who is making the change."""

    conn: sqlite3.Connection
    path: Path | str
    origin: str
    progress: ProgressCallback | None = None
    cancel: CancelToken | None = None
    # Who the library's new clips, corrections and imports are recorded as
    # made by (Library.who); None records nobody.
    who: str | None = None

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One atomic write (see :func:`quotemark.library.store.db.transaction`),
        refused with nothing written when a newer Quotemark upgraded the
        library since this one opened it (its new columns would be left
        empty: :func:`quotemark.library.store.schema.refuse_if_upgraded`)."""
        with db.transaction(self.conn, self.path) as conn:
            schema.refuse_if_upgraded(conn, self.path)
            yield conn

    def log(self, kind: str, change: Change) -> None:
        """Record ``change`` in the change log; call inside :meth:`write`."""
        if change:
            changelog.append(self.conn, kind, self.origin, change)

    def cancelled(self) -> bool:
        """Whether the user asked to stop."""
        return self.cancel is not None and self.cancel.is_set()


@dataclass(frozen=True, slots=True)
class OpResult(Generic[T]):
    """What an operation did: a label for menus ("Delete clip"), the change
    (for views), the operation that undoes it (``None``: nothing to undo),
    and the operation's own value (the new clip, an import report, ...)."""

    label: str
    change: Change
    undo: Operation[Any] | None
    value: T


class Operation(Generic[T]):
    """One mutation of the library. Subclasses are frozen dataclasses (their
    fields say what to do) with a ``kind`` for the change log."""

    __slots__ = ()
    kind: ClassVar[str] = ""

    def apply(self, session: Session) -> OpResult[T]:
        """Make the change; raises :class:`~quotemark.library.errors.QuotemarkError`
        (nothing changed) when it is refused."""
        raise NotImplementedError


def now(*, precise: bool = False) -> str:
    """The current local time as ISO 8601 with its offset; ``precise``: to
    the microsecond, where two rows made in one second must keep their order."""
    return datetime.now().astimezone().isoformat(timespec="microseconds" if precise else "seconds")


def not_found(what: str, ident: int) -> NotFound:
    """The error for an id that is not in the library."""
    return NotFound(f"There is no {what} with id {ident} in the library.")


def plural(count: int, word: str) -> str:
    """``1 clip``, ``2 clips``."""
    return f"{count} {word}{'' if count == 1 else 's'}"
