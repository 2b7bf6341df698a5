"""Where Quotemark keeps its files.

One place wraps platformdirs so that ``$QUOTEMARK_HOME`` can redirect
everything (tests point it at a temporary folder; a researcher can keep a
library per project).
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Quotemark"
HOME_ENV = "QUOTEMARK_HOME"


def data_dir() -> Path:
    """The folder holding the library database and backups."""
    home = os.environ.get(HOME_ENV)
    if home:
        return Path(home).expanduser()
    # Imported when asked (with tempfile, shutil and random it was ~10% of
    # ``quotemark posts --json``'s start, issue 15): with $QUOTEMARK_HOME
    # set it is never needed.
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """The folder holding preferences (key bindings, window state)."""
    home = os.environ.get(HOME_ENV)
    if home:
        return Path(home).expanduser() / "config"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def library_file() -> Path:
    """The SQLite library database."""
    return data_dir() / "library.sqlite3"


def backups_dir() -> Path:
    """Where the library is copied before a schema migration."""
    return data_dir() / "backups"


def display_path(path: str) -> str:
    """``path`` as text that can be stored and shown: a file name that is not
    valid UTF-8 reaches Python with its odd bytes as lone surrogates
    (``surrogateescape``), which SQLite, JSON and Qt all refuse; those bytes
    become U+FFFD. The file itself is still opened by its original name."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return path
