"""Undoable library edits: adding, editing and deleting clips, deleting a post.

The first change is made BEFORE its command is pushed (``AddClip.create``
and friends), because ``QUndoStack.push`` calls ``redo()`` from C++, where a
Python exception cannot reach the caller: a refused edit must never land on
the stack. Later undo/redo steps hand any
:class:`~library.errors.QuotemarkError` to ``report`` (the main window shows
it) instead of raising into Qt.

Each step hands the :class:`~library.model.Change` it caused to ``apply``
(the main window), so views update from what changed. Undo puts things back
with their ids and citation keys (``restore_clips`` / ``restore_post``): a
key, once assigned, never changes, not even through delete and undo.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal

from PySide6.QtGui import QUndoCommand

from library.errors import QuotemarkError
from library.model import Change, Clip, Span
from library.service import DeletedPost, Library

ApplyChange = Callable[[Change], None]
Report = Callable[[str], None]


def word_count(text: str) -> int:
    """Words as the status bar counts them."""
    return len(text.split())


class _LibraryCommand(QUndoCommand):
    """A command whose first redo already happened (see the module doc)."""

    def __init__(self, text: str, library: Library, apply: ApplyChange, report: Report) -> None:
        super().__init__(text)
        self._library = library
        self._apply = apply
        self._report = report
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, step: Callable[[], Change]) -> None:
        try:
            change = step()
        except QuotemarkError as error:
            self.setObsolete(True)  # the library no longer matches this step
            self._report(str(error))
            return
        self._apply(change)

    def _redo(self) -> Change:
        raise NotImplementedError

    def _undo(self) -> Change:
        raise NotImplementedError


class AddClip(_LibraryCommand):
    """A clip made; undo deletes it, redo restores it (same id and key)."""

    @classmethod
    def create(
        cls, library: Library, post_id: int, span: Span, apply: ApplyChange, report: Report
    ) -> AddClip:
        """Clip the span now (raises QuotemarkError if refused)."""
        clip, change = library.clip(post_id, span)
        apply(change)
        return cls(clip, library, apply, report)

    def __init__(self, clip: Clip, library: Library, apply: ApplyChange, report: Report) -> None:
        super().__init__(f"Clip {word_count(clip.text)} words", library, apply, report)
        self.clip = clip

    def _redo(self) -> Change:
        return self._library.restore_clips([self.clip])

    def _undo(self) -> Change:
        _, change = self._library.delete_clips([self.clip.id])
        return change


class DeleteClips(_LibraryCommand):
    """Clips deleted; undo restores them exactly."""

    @classmethod
    def create(
        cls, library: Library, clip_ids: Sequence[int], apply: ApplyChange, report: Report
    ) -> DeleteClips:
        """Delete the clips now (raises QuotemarkError if refused)."""
        deleted, change = library.delete_clips(clip_ids)
        apply(change)
        return cls(deleted, library, apply, report)

    def __init__(
        self, deleted: Sequence[Clip], library: Library, apply: ApplyChange, report: Report
    ) -> None:
        count = len(deleted)
        super().__init__(
            "Delete clip" if count == 1 else f"Delete {count} clips", library, apply, report
        )
        self.deleted = list(deleted)

    def _redo(self) -> Change:
        self.deleted, change = self._library.delete_clips([c.id for c in self.deleted])
        return change

    def _undo(self) -> Change:
        return self._library.restore_clips(self.deleted)


class DeletePost(_LibraryCommand):
    """A post deleted (the caller asked first if it had clips)."""

    @classmethod
    def create(
        cls, library: Library, post_id: int, title: str, apply: ApplyChange, report: Report
    ) -> DeletePost:
        """Delete the post now (raises QuotemarkError if refused)."""
        deleted, change = library.delete_post(post_id, force=True)
        apply(change)
        return cls(deleted, title, library, apply, report)

    def __init__(
        self,
        deleted: DeletedPost,
        title: str,
        library: Library,
        apply: ApplyChange,
        report: Report,
    ) -> None:
        super().__init__(f"Delete “{title}”", library, apply, report)
        self._deleted = deleted

    def _redo(self) -> Change:
        self._deleted, change = self._library.delete_post(self._deleted.post_id, force=True)
        return change

    def _undo(self) -> Change:
        return self._library.restore_post(self._deleted)


ClipField = Literal["note", "tags", "key"]
_FIELD_TITLES: dict[str, str] = {"note": "note", "tags": "tags", "key": "citation key"}


def _field_value(clip: Clip, field: ClipField) -> str | tuple[str, ...]:
    if field == "note":
        return clip.note
    if field == "tags":
        return tuple(clip.tags)
    return clip.key


class EditClip(_LibraryCommand):
    """A clip's note, tags or key edited; undo puts the previous value back.

    A key that undo would restore may have been taken since; the library
    refuses it and the step is reported (see the module doc), never forced.
    """

    @classmethod
    def create(
        cls,
        library: Library,
        clip_id: int,
        field: ClipField,
        value: str | Sequence[str],
        apply: ApplyChange,
        report: Report,
    ) -> EditClip:
        """Make the edit now (raises QuotemarkError, e.g. InvalidKey, if refused)."""
        before = _field_value(library.get_clip(clip_id), field)
        change = _update(library, clip_id, field, value)
        after = _field_value(library.get_clip(clip_id), field)
        apply(change)
        return cls(clip_id, field, before, after, library, apply, report)

    def __init__(
        self,
        clip_id: int,
        field: ClipField,
        before: str | tuple[str, ...],
        after: str | tuple[str, ...],
        library: Library,
        apply: ApplyChange,
        report: Report,
    ) -> None:
        super().__init__(f"Edit clip {_FIELD_TITLES[field]}", library, apply, report)
        self.clip_id = clip_id
        self.field = field
        self.before = before
        self.after = after

    def _redo(self) -> Change:
        return _update(self._library, self.clip_id, self.field, self.after)

    def _undo(self) -> Change:
        return _update(self._library, self.clip_id, self.field, self.before)


def _update(library: Library, clip_id: int, field: ClipField, value: str | Sequence[str]) -> Change:
    if field == "tags":
        tags = [value] if isinstance(value, str) else list(value)
        return library.update_clip(clip_id, tags=tags)
    text = value if isinstance(value, str) else ", ".join(value)
    if field == "note":
        return library.update_clip(clip_id, note=text)
    return library.update_clip(clip_id, key=text)
