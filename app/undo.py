"""Undoable library edits: adding and deleting clips, deleting a post.

Each command calls the :class:`~library.service.Library` and hands the
:class:`~library.model.Change` it returns to ``apply`` (the main window), so
views update from what changed. Undo puts things back with their ids and
citation keys (``restore_clips`` / ``restore_post``): a key, once assigned,
never changes, not even through delete and undo.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QUndoCommand

from library.model import Change, Clip, Span
from library.service import DeletedPost, Library

ApplyChange = Callable[[Change], None]


def word_count(text: str) -> int:
    """Words as the status bar counts them."""
    return len(text.split())


class AddClip(QUndoCommand):
    """Clip a span of a post. The first redo creates the clip; later redos
    restore that same clip (same id and key)."""

    def __init__(self, library: Library, post_id: int, span: Span, apply: ApplyChange) -> None:
        super().__init__(f"Clip {word_count(span.text)} words")
        self._library = library
        self._post_id = post_id
        self._span = span
        self._apply = apply
        self.clip: Clip | None = None

    def redo(self) -> None:
        if self.clip is None:
            self.clip, change = self._library.clip(self._post_id, self._span)
        else:
            change = self._library.restore_clips([self.clip])
        self._apply(change)

    def undo(self) -> None:
        if self.clip is None:
            return
        _, change = self._library.delete_clips([self.clip.id])
        self._apply(change)


class DeleteClips(QUndoCommand):
    """Delete clips; undo restores them exactly."""

    def __init__(self, library: Library, clip_ids: Sequence[int], apply: ApplyChange) -> None:
        count = len(clip_ids)
        super().__init__("Delete clip" if count == 1 else f"Delete {count} clips")
        self._library = library
        self._ids = list(clip_ids)
        self._apply = apply
        self.deleted: list[Clip] = []

    def redo(self) -> None:
        self.deleted, change = self._library.delete_clips(self._ids)
        self._apply(change)

    def undo(self) -> None:
        self._apply(self._library.restore_clips(self.deleted))


class DeletePost(QUndoCommand):
    """Delete a post (the caller has asked the user if it has clips)."""

    def __init__(self, library: Library, post_id: int, title: str, apply: ApplyChange) -> None:
        super().__init__(f"Delete “{title}”")
        self._library = library
        self._post_id = post_id
        self._apply = apply
        self._deleted: DeletedPost | None = None

    def redo(self) -> None:
        self._deleted, change = self._library.delete_post(self._post_id, force=True)
        self._apply(change)

    def undo(self) -> None:
        if self._deleted is not None:
            self._apply(self._library.restore_post(self._deleted))
