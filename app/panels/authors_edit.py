"""The Info tab's authors field: one author per line, "Family, Given" for a
person, ``{Name}`` in braces for an organisation (the exporters print a
braced name whole, never as "Watch, H. R."), with an "Organisation" toggle
for the line the cursor is on, so the brace form need not be known.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QCheckBox, QPlainTextEdit, QVBoxLayout, QWidget

HELP = (
    "One author per line, in citation order: a person as “Family, Given”; "
    "an organisation in braces, {Human Rights Watch}, or tick Organisation "
    "on its line (Ctrl+Shift+G)."
)


def is_organisation(line: str) -> bool:
    """Whether an author line is an organisation (the whole name braced)."""
    text = line.strip()
    return len(text) > 2 and text.startswith("{") and text.endswith("}")


def toggled(line: str) -> str:
    """The line as an organisation, or as a person when it was one."""
    text = line.strip()
    return text[1:-1].strip() if is_organisation(text) else "{" + text + "}"


class AuthorsText(QPlainTextEdit):
    """One author per line; leaving the field (or Ctrl+Enter) commits."""

    committed = Signal()
    cancelled = Signal()
    organisation_toggled = Signal()

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.committed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        modifiers = event.modifiers()
        ctrl = modifiers & Qt.KeyboardModifier.ControlModifier
        if ctrl and modifiers & Qt.KeyboardModifier.ShiftModifier and event.key() == Qt.Key.Key_G:
            self.organisation_toggled.emit()
            return
        if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.committed.emit()
            return
        super().keyPressEvent(event)

    def current_line(self) -> str:
        """The text of the line the cursor is on."""
        return self.textCursor().block().text()

    def toggle_current_line(self) -> bool:
        """Brace or unbrace the cursor's line; False when the line is empty."""
        cursor = self.textCursor()
        block = cursor.block()
        if not block.text().strip():
            return False
        cursor.beginEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(toggled(block.text()))
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        return True


class AuthorsField(QWidget):
    """The authors text with its Organisation toggle under it."""

    committed = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = AuthorsText(self)
        self.text.setObjectName("info_authors")
        self.text.setAccessibleName("Authors, one per line")
        self.text.setAccessibleDescription(HELP)
        self.text.setToolTip(HELP)
        self.text.setPlaceholderText("Family, Given — or {Organisation}; one per line")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumWidth(80)
        self.text.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.organisation = QCheckBox("Organisation (this line)", self)
        self.organisation.setObjectName("info_author_organisation")
        self.organisation.setAccessibleName("Author on this line is an organisation")
        self.organisation.setAccessibleDescription(
            "Writes the name in braces so citations print it whole; Ctrl+Shift+G in the field"
        )
        self.organisation.setToolTip("Cite the author on the cursor's line as an organisation")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.text)
        layout.addWidget(self.organisation)
        self.text.committed.connect(self.committed)
        self.text.cancelled.connect(self.cancelled)
        self.text.organisation_toggled.connect(self._toggle_from_keys)
        self.text.cursorPositionChanged.connect(self._follow_cursor)
        self.text.textChanged.connect(self._follow_cursor)
        # A click, not a programmatic check, toggles the line.
        self.organisation.clicked.connect(self._toggle_from_box)
        self._follow_cursor()

    @Slot()
    def _follow_cursor(self) -> None:
        line = self.text.current_line()
        self.organisation.setEnabled(self.text.isEnabled() and bool(line.strip()))
        self.organisation.setChecked(is_organisation(line))

    @Slot()
    def _toggle_from_box(self) -> None:
        if self.text.toggle_current_line():
            self.committed.emit()
        self._follow_cursor()

    @Slot()
    def _toggle_from_keys(self) -> None:
        # The field keeps the focus; the change is saved when it is left,
        # like typing the braces.
        self.text.toggle_current_line()
        self._follow_cursor()
