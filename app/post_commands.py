"""The window's commands on posts and clips: delete the selected posts (or
the open one), extract them again, clip the reader's selection, delete
clips, and the Delete key, which means the posts or the clips by where the
keyboard is. Each change goes through the controller (one undoable step)
and says what it did in the status bar, or why it could not."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from quotemark.library.errors import QuotemarkError
from quotemark.library.model import Span

if TYPE_CHECKING:
    from quotemark.app.main_window import MainWindow


def chosen_post_ids(window: MainWindow) -> list[int]:
    """The posts selected in the library, else the open one (the posts a
    command on "the selected posts" acts on); empty when neither is."""
    ids = window.library_pane.selected_post_ids()
    current = window.current_post()
    if not ids and current is not None:
        ids = [current.id]
    return ids


class PostCommands(QObject):
    """Deletes, re-extracts and clips for one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    @Slot()
    def reextract_selected_posts(self) -> None:
        """Extract the selected posts (or the open one) again from their
        stored originals, keeping clips and keys: the repair for a post
        shown as damaged."""
        ids = chosen_post_ids(self._window)
        if not ids:
            self._window.show_status("Select a post to re-extract.")
            return
        # In the worker, its progress in the status bar (see BodyCommands).
        self._window.body_commands.reextract(ids)

    def delete_selected_posts(self) -> None:
        """Delete the posts selected in the library (or the open one),
        asking first when they have clips; undoable."""
        window = self._window
        ids = chosen_post_ids(self._window)
        if not ids:
            window.show_status("Select a post to delete.")
            return
        try:
            message = window.controller.delete_posts_asking(ids, window.confirm)
        except QuotemarkError as error:
            window.show_error("Could not delete the post", str(error))
            return
        if message:
            window.show_status(message)

    @Slot()
    def clip_selection(self) -> None:
        """Ctrl+Shift+C: clip the reader's selection (or the quote under the
        cursor)."""
        window = self._window
        if window.current_post() is None:
            window.show_status("Open a post first, then select a passage to clip.")
            return
        if window.reader.current_span() is None:
            window.show_status("Select a passage (or put the cursor in a quote) to clip it.")
            return
        window.reader.clip_current()

    @Slot(object)
    def clip_span(self, span: Span) -> None:
        """Clip ``span`` of the open post (the reader asked) and select it
        in the Clips tab."""
        window = self._window
        post = window.current_post()
        if post is None:
            return
        try:
            clip, message = window.controller.clip_telling(post.id, span)
        except QuotemarkError as error:
            window.show_error("Could not clip the passage", str(error))
            return
        window.show_status(message)
        window.clips_panel.select_clip(clip.id)
        window.clip_added.emit(clip)

    @Slot(list)
    def delete_clips(self, clip_ids: list[int]) -> None:
        """Delete clips (undoable with Ctrl+Z)."""
        if not clip_ids:
            return
        window = self._window
        try:
            message = window.controller.delete_clips_telling(clip_ids)
        except QuotemarkError as error:
            window.show_error("Could not delete the clip", str(error))
            return
        window.show_status(message)

    @Slot()
    def delete_key(self) -> None:
        """Delete: the selected posts when the keyboard is in the post list,
        else the clips selected in the Clips tab (when it shows)."""
        window = self._window
        focus = QGuiApplication.focusObject()
        view = window.library_pane.view
        if isinstance(focus, QWidget) and (focus is view or view.isAncestorOf(focus)):
            self.delete_selected_posts()
            return
        # Only clips the user can see: a hidden tab's selection is not a target.
        if not window.clips_panel.isVisible() or not window.clips_panel.request_delete():
            window.show_status("Select a clip in the Clips tab to delete it.")
