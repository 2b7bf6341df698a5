"""The window's body commands: see the stored original page
(``body.original``), add a passage of it back to the body
(``body.add_passage``), remove the reader's selection from the body
(``body.remove_passage``).

Each change is one operation through the controller: Ctrl+Z undoes it and
the reader shows the corrected body from the change, without reopening the
post. Keys come from the action registry and the hints name them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Slot

from quotemark.app.actions import display_keys
from quotemark.app.dialogs.original import OriginalPageWindow
from quotemark.library.errors import QuotemarkError
from quotemark.library.model import Position, Span
from quotemark.library.operations import AddPassage, Operation, RemovePassage

if TYPE_CHECKING:
    from quotemark.app.main_window import MainWindow


class BodyCommands(QObject):
    """Wires the body actions of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.original: OriginalPageWindow | None = None
        connect = window.registry.on_trigger
        connect("body.original", self.show_original)
        connect("body.add_passage", self.add_passage)
        connect("body.remove_passage", self.remove_passage)
        window.post_opened.connect(self._on_window_post_opened)
        window.open_post_state.closed.connect(self._on_post_closed)

    def _hint(self) -> str:
        keys = self._window.registry.keys
        return (
            "The page as it was saved (nothing remote is loaded). Select a passage the "
            f"reader lacks and add it to the body: {display_keys(keys('body.add_passage'))}. "
            f"Undo: {display_keys(keys('edit.undo'))}."
        )

    def _run(self, operation: Operation[Any], what: str) -> bool:
        window = self._window
        try:
            result = window.controller.run(operation, self)
        except QuotemarkError as error:
            window.show_error(what, str(error))
            return False
        message = getattr(result.value, "message", "")
        window.show_status(f"{result.label}. {message}" if message else result.label)
        return True

    @Slot()
    def show_original(self) -> None:
        """Open (or bring up) the original page of the open post."""
        window = self._window
        post = window.current_post()
        if post is None:
            window.show_status("Open a post first.")
            return
        try:
            page = window.controller.original_page(post.id)
        except QuotemarkError as error:
            window.show_error("Could not show the original page", str(error))
            return
        if self.original is None:
            registry = window.registry
            shared = [registry[i] for i in ("body.add_passage", "edit.undo", "edit.redo")]
            self.original = OriginalPageWindow(shared, registry["body.add_passage"], window)
        self.original.show_post(post, page, self._hint())
        self.original.show()
        self.original.raise_()
        self.original.activateWindow()
        self.original.view.setFocus()

    @Slot()
    def add_passage(self) -> None:
        """Put the original page's selection back into the body."""
        window = self._window
        post = window.current_post()
        original = self.original
        text = original.view.selected_passage() if original and original.isVisible() else ""
        if post is None or original is None or original.post_id != post.id or not text.strip():
            window.show_status("Select a passage in the original page first.")
            return
        if self._run(AddPassage(post.id, text), "Could not add the passage"):
            self._show_added(text)

    def _show_added(self, text: str) -> None:
        # The reader selects the passage where it went, so the researcher
        # sees its place (and can clip it straight away).
        window = self._window
        post = window.current_post()
        lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
        if post is None or not lines:
            return
        for number, block in enumerate(post.blocks):
            if block.text == lines[0]:
                end = Position(number, len(block.text))
                window.reader.show_span(Span(Position(number, 0), end, block.text))
                return

    @Slot()
    def remove_passage(self) -> None:
        """Remove the reader's selection from the body."""
        window = self._window
        post = window.current_post()
        cursor = window.reader.editor().textCursor()
        span = window.reader.current_span() if cursor.hasSelection() else None
        if post is None or span is None:
            window.show_status("Select the text to remove from the body in the reader first.")
            return
        self._run(RemovePassage(post.id, span.start, span.end), "Could not remove the passage")

    @Slot(int)
    def _on_window_post_opened(self, _post_id: int) -> None:
        if self.original is not None and self.original.isVisible():
            self.show_original()

    @Slot()
    def _on_post_closed(self) -> None:
        if self.original is not None:
            self.original.hide()
