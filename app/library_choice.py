"""Which library the window opens, and the libraries it has opened.

``quotemark`` starts on ``--library``, else ``$QUOTEMARK_LIBRARY`` (as the
subcommands do), else the library used last (File > Open Shared Library,
File > Recent Libraries), else the user's own file. Libraries are
remembered as text a person may read: a file's absolute path, a shared
library's URL without any password (libpq finds it in ``~/.pgpass``,
``PGPASSWORD`` or a service file; it is never written into the settings).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from quotemark.app import settings
from quotemark.app.cli_common import LIBRARY_VARIABLE
from quotemark.library import paths
from quotemark.library.store import engine

LAST = "library/last"
"""The settings key of the library used last (``""``: the user's own)."""
RECENT = "library/recent"
"""The settings key of the recently used libraries, newest first."""
RECENT_COUNT = 8
"""How many libraries File > Recent Libraries lists."""
LAST_POST = "window/last_post"
"""The settings key of the post open last in the user's own library."""


@dataclass(frozen=True, slots=True)
class StartChoice:
    """The library a window starts on and whether it was only remembered
    (then a failure to open it falls back to the user's own library)."""

    location: Path | str
    remembered: bool = False


def as_location(text: str) -> Path | str:
    """A library named in text (an option, a variable, a setting): a
    ``postgresql://`` URL stays text, anything else is a file."""
    return text if engine.is_url(text) else Path(text).expanduser()


def memory_text(location: Path | str) -> str:
    """How ``location`` is remembered and compared: a file's absolute path,
    a URL without its password."""
    if engine.is_url(location):
        return engine.shown_url(str(location))
    return str(Path(location).expanduser().absolute())


def is_own(location: Path | str) -> bool:
    """Whether ``location`` is the user's own library file."""
    return not engine.is_url(location) and memory_text(location) == memory_text(
        paths.library_file()
    )


def start_choice(explicit: Path | str | None) -> StartChoice:
    """The library a window opens: ``explicit`` (``--library``), else
    ``$QUOTEMARK_LIBRARY``, else the one used last (a remembered file that
    is gone is not made again), else the user's own."""
    if explicit is not None:
        return StartChoice(explicit)
    variable = os.environ.get(LIBRARY_VARIABLE)
    if variable:
        return StartChoice(as_location(variable))
    last = settings.get_str(LAST)
    if last:
        location = as_location(last)
        if engine.is_url(location) or Path(location).is_file():
            return StartChoice(location, remembered=True)
    return StartChoice(paths.library_file())


def remember(location: Path | str, *, last: bool = True) -> None:
    """Note ``location`` first of the recent libraries and, with ``last``
    (the user chose it in the window), as the one the next start opens (the
    user's own library is the default, so "last" is then empty)."""
    text = memory_text(location)
    # Written only when it changes: every start remembers its library, and
    # rewriting the settings file each time was ~15 ms of the start (issue 15).
    if last:
        chosen = "" if is_own(location) else text
        if settings.get_str(LAST) != chosen:
            settings.set_value(LAST, chosen)
    now = recent()
    listed = [text, *(r for r in now if r != text)][:RECENT_COUNT]
    if listed != now:
        settings.set_value(RECENT, listed)


def recent() -> list[str]:
    """The recently used libraries as remembered (see :func:`memory_text`),
    newest first."""
    value = settings.settings().value(RECENT, [])
    if isinstance(value, str):  # an INI file gives one value back as text
        value = [value]
    if not isinstance(value, list):
        return []
    return [v for v in value if isinstance(v, str) and v]


def menu_text(remembered: str) -> str:
    """A recent library as the menu lists it: what it is, then where."""
    location = as_location(remembered)
    if is_own(location):
        return f"Your library ({_home_relative(remembered)})"
    if engine.is_url(location):
        return f"{short_name(location)} — {remembered}"
    return _home_relative(remembered)


def short_name(location: Path | str) -> str:
    """A library's short name for the window title: a shared library's
    database and server (``desk on db.example.org``), a file's name."""
    if not engine.is_url(location):
        return Path(location).name
    try:
        parts = urlsplit(str(location))
        host = parts.hostname or ""
        query = dict(parse_qsl(parts.query))
    except ValueError:
        return engine.shown_url(str(location))
    database = parts.path.lstrip("/") or query.get("dbname", "") or "shared library"
    host = host or query.get("host", "")
    if not host or host.startswith("/"):
        return f"{database} on this computer"  # a Unix socket
    return f"{database} on {host}"


def title_name(location: Path | str) -> str | None:
    """What the window title names besides the post: nothing for the
    user's own library (the usual case stays "Title — Quotemark")."""
    return None if is_own(location) else short_name(location)


def last_post_key(location: Path | str) -> str:
    """The settings key of the post open last in the library at
    ``location`` (post numbers of two libraries name different posts)."""
    if is_own(location):
        return LAST_POST
    digest = hashlib.sha256(memory_text(location).encode("utf-8")).hexdigest()[:16]
    return f"{LAST_POST}_{digest}"


def _home_relative(text: str) -> str:
    home = str(Path.home())
    return "~" + text[len(home) :] if text.startswith(home + os.sep) else text
