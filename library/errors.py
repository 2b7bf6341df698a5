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
    """The library database cannot be used (newer schema, locked, corrupt).
    Only situations outside Quotemark's code get one of these; an SQLite
    error caused by Quotemark's own statements is a bug and stays one."""


class LibraryLocked(LibraryError):
    """Another Quotemark (or another program) is writing to the library."""


class LibraryFull(LibraryError):
    """The disk (or the user's quota) holding the library is full."""


class LibraryReadOnly(LibraryError):
    """The library file or its folder cannot be written."""


class LibraryDamaged(LibraryError):
    """The library file is corrupt, or is not an SQLite database at all."""


class NotALibrary(LibraryError):
    """The file is an SQLite database, but another program's."""


class LibraryUnreachable(LibraryError):
    """The library file cannot be opened, read or written: a missing folder,
    a permission, a disk or network-drive failure."""


class NewerLibrary(LibraryError):
    """The library was written by a newer Quotemark."""


class EditConflict(QuotemarkError):
    """An edit started from a value someone else (a colleague on a shared
    library, another window, the command line) has changed since: refused
    with nothing changed, so no one's edit is overwritten unseen.
    ``current`` is the value as it is now, shown to the user."""

    def __init__(self, message: str, *, current: str, path: str | None = None) -> None:
        super().__init__(message, path=path)
        self.current = current


class NotFound(QuotemarkError):
    """A post or clip id that does not exist."""


class PassageNotFound(QuotemarkError):
    """A passage asked for by its text, quotation number or paragraph
    number is not in the post."""


class NoPassageGiven(QuotemarkError):
    """A clip was asked for without saying which passage."""


class SelectionOutsidePost(QuotemarkError):
    """A selection's anchors lie outside the post (it changed meanwhile)."""


class EmptySelection(QuotemarkError):
    """A selection holds only whitespace: there is nothing to clip."""


class AlreadyInLibrary(QuotemarkError):
    """Undoing a deletion found the post or clip already back."""


class InvalidKey(QuotemarkError):
    """A citation key that is malformed or already taken."""


class InvalidCollection(QuotemarkError):
    """A collection name that is empty, taken beside its siblings, or a move
    that would put a collection inside itself."""


class InvalidTag(QuotemarkError):
    """A tag name that is empty (or only whitespace) where a name is needed."""


class PostHasClips(QuotemarkError):
    """Deleting a post that has clips needs confirmation (the GUI asks first,
    the command line wants ``--force``)."""


class DamagedPost(QuotemarkError):
    """One post's stored data cannot be read (a damaged row); the rest of the
    library is fine. The message says how to re-extract or delete it."""

    def __init__(self, message: str, *, post_id: int) -> None:
        super().__init__(message)
        self.post_id = post_id


class ExportError(QuotemarkError):
    """An export could not be produced or written."""


class Cancelled(QuotemarkError):
    """The user cancelled a long operation."""

    def __init__(self, message: str = "Cancelled.") -> None:
        super().__init__(message)


class InvalidCorrection(QuotemarkError):
    """A correction that cannot be made: a quotation number, a source name
    or a value (a date, a URL) that is not right."""
