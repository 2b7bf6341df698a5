"""A note field that holds several lines yet edits like a one-line field:
Enter saves (``editingFinished``, as a line edit's), Shift+Enter starts a
new line, Tab moves on, and leaving the field saves what changed. It offers
the line edit's calls the clip form uses (``text``, ``setText``,
``isModified``, ``isUndoAvailable``, ``selectAll``), so the form treats both
alike."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

LINES = 3
"""Lines shown before the field scrolls."""


class NoteEdit(QPlainTextEdit):
    """A multi-line note with a line edit's manners."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        lines = QFontMetrics(self.font()).lineSpacing() * LINES
        margins = self.contentsMargins()
        frame = int(self.document().documentMargin() * 2) + margins.top() + margins.bottom()
        self.setFixedHeight(lines + frame + 4)

    def text(self) -> str:
        """The note as typed (lines joined by newlines)."""
        return self.toPlainText()

    def setText(self, text: str) -> None:
        """Show ``text`` as saved (not modified, no typing history)."""
        self.setPlainText(text)
        self.document().setModified(False)

    def isModified(self) -> bool:
        """Whether typing changed the note since it was shown or saved."""
        return self.document().isModified()

    def isUndoAvailable(self) -> bool:
        """Whether the field has typing of its own to undo."""
        return self.document().isUndoAvailable()

    def isRedoAvailable(self) -> bool:
        """Whether the field has typing of its own to redo."""
        return self.document().isRedoAvailable()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self._finish()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self.isModified():
            self._finish()
        super().focusOutEvent(event)

    def _finish(self) -> None:
        self.document().setModified(False)
        self.editingFinished.emit()
