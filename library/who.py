"""Who makes a change: the name recorded with new clips, corrections and
imports (schema version 10).

A shared library records the PostgreSQL role the researcher connected as,
a local file the operating system's user name, unless the researcher set a
display name in Preferences. A display name is shown to colleagues, so
anything that looks like a URL or holds credentials is refused.
"""

from __future__ import annotations

import getpass
import os
import sqlite3

from quotemark.library import paths
from quotemark.library.errors import QuotemarkError
from quotemark.library.store import engine

MAX_LENGTH = 80
"""The longest display name kept."""

FILE_NAME = "display-name.txt"
"""Where Preferences keeps the display name, in :func:`paths.config_dir`: a
plain file, so the command line reads it without loading Qt."""


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


def saved_display_name() -> str:
    """The display name set in Preferences ("" when none, or when the file
    cannot be read or holds what :func:`clean_display_name` refuses: the
    default name is then used rather than refusing to work)."""
    try:
        text = (paths.config_dir() / FILE_NAME).read_text(encoding="utf-8")
        return clean_display_name(text)
    except (OSError, UnicodeDecodeError, BadDisplayName):
        return ""


def save_display_name(text: str) -> str:
    """Keep ``text`` (cleaned; "" forgets it) as the display name; returns
    what was kept. Raises :class:`BadDisplayName` (nothing written) for a
    value :func:`clean_display_name` refuses, ``OSError`` when the settings
    folder cannot be written."""
    name = clean_display_name(text)
    target = paths.config_dir() / FILE_NAME
    if not name:
        target.unlink(missing_ok=True)
        return ""
    target.parent.mkdir(parents=True, exist_ok=True)
    # Written aside and renamed: a crash never leaves half a name.
    partial = target.with_name(f".{FILE_NAME}.{os.getpid()}")
    partial.write_text(name + "\n", encoding="utf-8")
    partial.replace(target)
    return name
