"""The reader's find bar (Ctrl+F opens it through the main window's action;
Esc closes it and gives the keys back to the text).

Enter finds the next match, Shift+Enter the previous one; searching wraps
around the post and is case-insensitive. Every match is tinted so the eye
finds them while scrolling; the count says which one is selected and how
many there are ("3 of 12").
"""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

MAX_MARKED = 2000
"""Matches tinted at most (a one-letter search in a long post finds tens of
thousands; counting and tinting them all would stall typing)."""


class FindBar(QWidget):
    """A one-line search over the reader's document."""

    closed = Signal()
    matches_changed = Signal(list)  # extra selections for every match

    def __init__(self, editor: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._matches: list[QTextEdit.ExtraSelection] = []
        self.setObjectName("readerFindBar")

        self._field = QLineEdit(self)
        self._field.setPlaceholderText("Find in this post")
        self._field.setAccessibleName("Find in this post")
        self._field.setObjectName("findField")
        self._field.setClearButtonEnabled(True)
        self._field.textChanged.connect(self._on_field_textChanged)
        self._field.returnPressed.connect(self.find_next)
        self._field.installEventFilter(self)

        self._count = QLabel(self)
        self._count.setMinimumWidth(90)
        self._count.setAccessibleName("Matches")
        self._starts: list[int] = []  # each match's start, in document order
        previous = QToolButton(self)
        previous.setText("↑")
        previous.setToolTip("Previous match (Shift+Enter)")
        previous.clicked.connect(self.find_previous)
        following = QToolButton(self)
        following.setText("↓")
        following.setToolTip("Next match (Enter)")
        following.clicked.connect(self.find_next)
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip("Close (Esc)")
        close.clicked.connect(self.close_bar)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self._field, 1)
        layout.addWidget(self._count)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(close)
        self.hide()

    def field(self) -> QLineEdit:
        """The search field."""
        return self._field

    def open_bar(self) -> None:
        """Show the bar with the field focused; a selection seeds the search."""
        selected = self._editor.textCursor().selectedText()
        if selected and "\u2029" not in selected and len(selected) < 200:
            self._field.setText(selected)
        self.show()
        self._field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._field.selectAll()
        self._mark_all()

    def close_bar(self) -> None:
        """Hide the bar, drop the match tints and give focus back to the text."""
        self.hide()
        self._matches = []
        self.matches_changed.emit([])
        self._editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.closed.emit()

    def find_next(self) -> bool:
        """Select the next match after the cursor (wrapping)."""
        return self._find(backward=False)

    def find_previous(self) -> bool:
        """Select the previous match before the cursor (wrapping)."""
        return self._find(backward=True)

    def refresh(self) -> None:
        """Tint the matches again (the reader rebuilt its document)."""
        if self.isVisible():
            self._mark_all()

    def match_count(self) -> int:
        """How many matches are tinted."""
        return len(self._matches)

    def count_text(self) -> str:
        """What the count says ("3 of 12", "12 matches", "No matches")."""
        return self._count.text()

    def eventFilter(self, watched: object, event: object) -> bool:
        if (
            watched is self._field
            and isinstance(event, QKeyEvent)
            and event.type() == (QKeyEvent.Type.KeyPress)
        ):
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            ):
                self.find_previous()
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def _find(self, *, backward: bool) -> bool:
        text = self._field.text()
        if not text:
            return False
        doc = self._editor.document()
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        cursor = self._editor.textCursor()
        if backward and cursor.hasSelection():
            cursor.setPosition(cursor.selectionStart())
        found = doc.find(text, cursor, flags)
        if found.isNull():
            wrap = QTextCursor(doc)
            if backward:
                wrap.movePosition(QTextCursor.MoveOperation.End)
            found = doc.find(text, wrap, flags)
        if found.isNull():
            self._count.setText("No matches")
            return False
        self._editor.setTextCursor(found)
        self._editor.ensureCursorVisible()
        self._show_count(found.selectionStart())
        return True

    def _mark_all(self) -> None:
        text = self._field.text()
        doc = self._editor.document()
        matches: list[QTextEdit.ExtraSelection] = []
        if text:
            tint = QTextCharFormat()
            tint.setBackground(QColor(255, 200, 0, 110))
            cursor = doc.find(text, 0)
            while not cursor.isNull() and len(matches) < MAX_MARKED:
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = tint
                matches.append(selection)
                cursor = doc.find(text, cursor)
        self._matches = matches
        self._starts = [match.cursor.selectionStart() for match in matches]
        selected = self._editor.textCursor()
        self._show_count(selected.selectionStart() if selected.hasSelection() else None)
        self.matches_changed.emit(matches)

    def _show_count(self, current: int | None) -> None:
        """``current`` is the selected match's start, if one is selected."""
        total = len(self._matches)
        more = "+" if total >= MAX_MARKED else ""
        if not self._field.text():
            self._count.setText("")
        elif not total:
            self._count.setText("No matches")
        else:
            place = bisect_left(self._starts, current) if current is not None else total
            if place < total and self._starts[place] == current:
                self._count.setText(f"{place + 1} of {total}{more}")
            else:
                self._count.setText(f"{total}{more} match{'es' if total != 1 else ''}")

    def _on_field_textChanged(self, _text: str) -> None:
        self._mark_all()
        if self._field.text():
            cursor = self._editor.textCursor()
            cursor.setPosition(cursor.selectionStart())
            self._editor.setTextCursor(cursor)
            self.find_next()
