"""Who makes a change: the name recorded with new clips, corrections and
imports (schema version 10).

A shared library records the PostgreSQL role the researcher connected as,
a local file the operating system's user name, unless the researcher set a
display name in Preferences. A display name is shown to colleagues, so
anything that looks like a URL or holds credentials is refused.
"""

from __future__ import annotations

import getpass
import sqlite3

from quotemark.library.errors import QuotemarkError
from quotemark.library.store import engine

MAX_LENGTH = 80
"""The longest display name kept."""


class BadDisplayName(QuotemarkError):
    """A display name that cannot be shown to colleagues."""


def clean_display_name(text: str) -> str:
    """``text`` on one line with its spaces collapsed ("" means: use the
    default name); raises :class:`BadDisplayName` for a URL, a value that
    looks like ``user:password@host`` or one longer than :data:`MAX_LENGTH`."""
    name = " ".join(text.split())
    if not name:
        return ""
    lowered = name.casefold()
    if "://" in lowered or ("@" in name and ":" in name.split("@", 1)[0]):
        raise BadDisplayName(
            "The display name looks like an address or holds a password; "
            "enter the name colleagues should see (for example, Ada Lovelace)."
        )
    if "password" in lowered or "=" in name:
        raise BadDisplayName(
            "The display name looks like connection settings; enter the name colleagues "
            "should see (for example, Ada Lovelace)."
        )
    if len(name) > MAX_LENGTH:
        raise BadDisplayName(f"The display name is longer than {MAX_LENGTH} characters.")
    return name


def default_name(conn: sqlite3.Connection) -> str | None:
    """The name recorded when no display name is set: the database role on
    PostgreSQL, the operating system's user name on SQLite (None when the
    system names nobody)."""
    if engine.engine_of(conn) == "postgresql":
        row = conn.execute("SELECT current_user").fetchone()
        return str(row[0]) if row and row[0] else None
    try:
        return getpass.getuser() or None
    except (OSError, KeyError):
        # No login name and no passwd entry (some containers).
        return None
