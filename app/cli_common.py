"""Small pieces every ``quotemark`` subcommand module shares: opening the
library and printing one JSON object per line (a module of its own, so
:mod:`quotemark.app.cli` and the modules it registers can all import it)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from quotemark.library.service import Library


LIBRARY_VARIABLE = "QUOTEMARK_LIBRARY"
"""The environment's choice of library (a file or a ``postgresql://`` URL)
when ``--library`` is not given."""

_chosen: str | None = None


def choose_library(location: str | None) -> None:
    """Use ``location`` (``--library``: a file or a ``postgresql://`` URL)
    instead of the user's own library for this command."""
    global _chosen
    _chosen = location


def library_location() -> str | None:
    """The library this command works on: ``--library``, else
    ``$QUOTEMARK_LIBRARY``, else ``None`` (the user's own library file).
    Credentials stay in libpq's places (``~/.pgpass``, ``PGPASSWORD``, a
    service file): Quotemark never writes them anywhere."""
    return _chosen or os.environ.get(LIBRARY_VARIABLE) or None


def open_library() -> Library:
    """The library this command works on (see :func:`library_location`;
    imported late: ``quotemark --help`` stays quick)."""
    from quotemark.app import identity
    from quotemark.library.service import Library
    from quotemark.library.store import engine

    location = library_location()
    if location is None:
        library = Library.open()
    else:
        library = Library.open(location if engine.is_url(location) else Path(location))
    # The display name set in Preferences, as the window records it.
    identity.apply(library)
    return library


def fill_quoted_by(library: Library) -> None:
    """Give clips made before schema 15 who quoted them before a command
    prints clips or citations (:meth:`Library.fill_quoted_by`, as the
    window does once shown): a researcher who only scripts exports would
    otherwise never see "quoted by" on them. Opening already migrates the
    library, so a read command writing what the upgrade left to do is no
    new kind of write; it only fills what the stored reading says, never
    over a speaker or a "quoted by" someone wrote. A library that cannot
    be written now (busy, upgraded by a newer Quotemark) is read as it is,
    and stderr says why those clips show no "quoted by"."""
    from quotemark.library.errors import QuotemarkError

    try:
        if library.quoted_by_pending():
            library.fill_quoted_by()
    except QuotemarkError as error:
        print(
            "quotemark: clips made before this library was upgraded may show no "
            f"“quoted by” yet (it is filled the next time the library can be "
            f"written): {error.message}",
            file=sys.stderr,
        )


def fill_search(library: Library) -> None:
    """Write the derived search text of posts saved before schema 18 before
    the command line searches (:meth:`Library.fill_search`, as the window
    does once shown): a Japanese word inside a run, an Arabic or Hebrew word
    under its prefixes, "lodz" for "Łódź" are found only once it is written.
    A library that cannot be written now is searched as it is, and stderr
    says why those words may not be found."""
    from quotemark.library.errors import QuotemarkError

    try:
        if library.search_fill_pending():
            library.fill_search()
    except QuotemarkError as error:
        print(
            "quotemark: words inside Japanese or Chinese text, under Arabic or Hebrew "
            "prefixes, or without their stroked letters may not be found yet (the search "
            f"index is finished the next time the library can be written): {error.message}",
            file=sys.stderr,
        )


def json_line(value: Any) -> None:
    """``value`` as one line of JSON, non-ASCII text kept readable."""
    print(json.dumps(value, ensure_ascii=False))


_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def shown_name(name: str) -> str:
    """``name`` (a file's path) as a line of output shows it: as it is, or,
    when it holds a newline, a tab or another character a terminal does not
    print, quoted as the shell's ``$'...'`` (``$'ferry\\nlater.html'``,
    what ``ls`` prints), so one post stays one line and the tab-separated
    columns stay columns; the name can be pasted back into the shell."""
    if name.isprintable():  # a tab is not printable
        return name
    escaped = "".join(_ESCAPES.get(ch) or (ch if ch.isprintable() else _code(ch)) for ch in name)
    return f"$'{escaped}'"


def _code(ch: str) -> str:
    point = ord(ch)
    if point < 0x100:
        return f"\\x{point:02x}"
    return f"\\u{point:04x}" if point < 0x10000 else f"\\U{point:08x}"


def shown_in(message: str, name: str) -> str:
    """``message`` with the file name ``name`` in it shown as :func:`shown_name` shows it."""
    shown = shown_name(name)
    return message.replace(name, shown) if shown != name else message
