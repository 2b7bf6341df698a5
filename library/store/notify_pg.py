"""Colleagues' changes as they commit: PostgreSQL ``LISTEN``/``NOTIFY``.

Every operation that writes a change-log row on a shared library also
sends ``NOTIFY`` on ``changelog.CHANNEL`` with its origin as the payload,
in the same transaction (``changelog.append``), so the notice arrives
exactly when the row is visible, and never for a change that rolled back.
A window listens on a connection of its own (:class:`ChangeListener`): its
socket becomes readable when a notice arrives, so the window waits on it
with the rest of its events instead of asking the server over and over.
"""

from __future__ import annotations

from typing import Any

import psycopg

from quotemark.library.errors import LibraryUnreachable
from quotemark.library.store.changelog import CHANNEL
from quotemark.library.store.pg import connect


class ChangeListener:
    """A connection of its own that listens for the library's changes."""

    def __init__(self, url: str, *, timeout: float = 5.0) -> None:
        """Connect to the shared library at ``url`` (the same credentials
        as the library's own connection) and start listening; raises
        :class:`LibraryUnreachable` as :func:`pg.connect` does."""
        # LISTEN goes with the connection's settings, in one request.
        self._conn = connect(url, timeout=timeout, then=f"LISTEN {CHANNEL}")
        self._raw: psycopg.Connection[Any] = self._conn.raw
        if self._conn.first_rows is None:
            self._raw.execute(f"LISTEN {CHANNEL}")

    def fileno(self) -> int:
        """The socket that becomes readable when a notice (or anything else
        from the server) arrives: wait on it, then call :meth:`drain`."""
        return self._raw.pgconn.socket

    def drain(self) -> list[str]:
        """The origins of the changes notified since the last call, without
        waiting (empty when the socket woke for something else). Raises
        :class:`LibraryUnreachable` when the connection is gone."""
        pgconn = self._raw.pgconn
        try:
            pgconn.consume_input()
        except psycopg.OperationalError as error:
            raise LibraryUnreachable(
                f"Lost the connection to the shared library {self._conn.location}: {error}",
                path=self._conn.location,
            ) from error
        origins = []
        while (notice := pgconn.notifies()) is not None:
            origins.append(notice.extra.decode("utf-8", "replace"))
        return origins

    def close(self) -> None:
        """Stop listening and close the connection."""
        self._conn.close()
