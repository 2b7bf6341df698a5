"""The researcher's display name (Edit > Preferences): what new clips,
corrections and imports are recorded as made by instead of the database
role or the OS user name. Kept in the settings file, never a password or
an address (the library refuses those)."""

from __future__ import annotations

from typing import Protocol

from quotemark.app import settings


class Named(Protocol):
    """What takes a display name: a Library (the worker's, the command
    line's) or the window's Controller (views never hold the Library)."""

    def set_display_name(self, name: str) -> None: ...


DISPLAY_NAME = "identity/display_name"
"""The settings key of the display name ("" or missing: the default)."""


def display_name() -> str:
    """The display name set in Preferences ("" when none)."""
    return settings.get_str(DISPLAY_NAME)


def apply(library: Named) -> None:
    """Record ``library``'s changes under the display name, if one is set.
    A stored value the library refuses (the settings file edited by hand)
    is ignored: the default name is used and nothing is refused."""
    from quotemark.library.who import BadDisplayName

    try:
        library.set_display_name(display_name())
    except BadDisplayName:
        library.set_display_name("")
