"""Errors the core raises on purpose.

Every :class:`QuotemarkError` carries a message a researcher can act on: what
happened, to which file, and what to do. The GUI and the CLI show these as
they are. Any other exception is a bug and is reported as one.
"""

from __future__ import annotations


class QuotemarkError(Exception):
    """Base of the errors Quotemark expects and explains."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return self.message


class UnreadableInput(QuotemarkError):
    """An input file could not be read or understood (binary, empty, too
    large, truncated, malformed). The message names the file."""


class UnsupportedFormat(UnreadableInput):
    """The input is readable but is not a format Quotemark imports."""


class NoArticle(UnreadableInput):
    """The input parsed, but no article text was found in it."""


class LibraryError(QuotemarkError):
    """The library database cannot be used (newer schema, locked, corrupt)."""


class LibraryLocked(LibraryError):
    """Another Quotemark is writing to the library."""


class NewerLibrary(LibraryError):
    """The library was written by a newer Quotemark."""


class NotFound(QuotemarkError):
    """A post or clip id that does not exist."""


class InvalidKey(QuotemarkError):
    """A citation key that is malformed or already taken."""


class PostHasClips(QuotemarkError):
    """Deleting a post that has clips needs confirmation (the GUI asks first,
    the command line wants ``--force``)."""


class ExportError(QuotemarkError):
    """An export could not be produced or written."""


class Cancelled(QuotemarkError):
    """The user cancelled a long operation."""

    def __init__(self, message: str = "Cancelled.") -> None:
        super().__init__(message)


class InvalidCorrection(QuotemarkError):
    """A correction that cannot be made: a quotation number, a source name
    or a value (a date, a URL) that is not right."""
