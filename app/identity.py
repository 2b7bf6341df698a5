"""The researcher's display name (Edit > Preferences): what new clips,
corrections and imports are recorded as made by instead of the database
role or the OS user name. Kept in a plain file beside the settings (see
:mod:`quotemark.library.who`), so the command line reads it without Qt;
never a password or an address (those are refused)."""

from __future__ import annotations

from typing import Protocol

from quotemark.library import who


class Named(Protocol):
    """What takes a display name: a Library (the worker's, the command
    line's) or the window's Controller (views never hold the Library)."""

    def set_display_name(self, name: str) -> None: ...


def display_name() -> str:
    """The display name set in Preferences ("" when none)."""
    return who.saved_display_name()


def apply(library: Named) -> None:
    """Record ``library``'s changes under the display name, if one is set."""
    library.set_display_name(display_name())
