"""A second connection to a test library on either engine, for tests that
read or change its tables behind the library's back. It speaks SQLite's SQL
on both (on PostgreSQL through the store's own translating connection)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from quotemark.library.store import engine


def second_connection(location: Path | str) -> Any:
    """A new connection to the library at ``location`` (a file or a URL)
    that commits each statement as it runs."""
    if engine.is_url(location):
        from quotemark.library.store import pg

        return pg.connect(str(location), timeout=5.0)
    return sqlite3.connect(location, isolation_level=None)


def run(location: Path | str, sql: str, parameters: tuple[Any, ...] = ()) -> None:
    """Run one changing statement on its own connection."""
    with closing(second_connection(location)) as conn:
        conn.execute(sql, parameters)
