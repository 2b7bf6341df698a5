"""The one undo command: any library operation, undone and redone by the
operations the core computed (:mod:`quotemark.library.operations`).

The first change is made BEFORE its command is pushed (the controller runs
the operation, then pushes an :class:`OperationCommand` holding its
result), because ``QUndoStack.push`` calls ``redo()`` from C++, where a
Python exception cannot reach the caller: a refused edit must never land on
the stack. Later undo/redo steps hand any
:class:`~quotemark.library.errors.QuotemarkError` to ``report`` (the window shows it)
instead of raising into Qt, and the step is marked obsolete.

Undo puts things back with their ids and citation keys: a key, once
assigned, never changes, not even through delete and undo.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from quotemark.library.errors import QuotemarkError
from quotemark.library.scripts import unspaced_script

if TYPE_CHECKING:
    # A type only: the operations load when the first one runs (issue 15).
    from quotemark.library.operations import Operation, OpResult

Run: TypeAlias = "Callable[[Operation[Any]], OpResult[Any]]"
Report = Callable[[str], None]


def word_count(text: str) -> int:
    """Words as the status bar counts them."""
    return len(text.split())


def passage_size(text: str) -> str:
    """How long a passage is, as a message says it: "7 words"; "13
    characters" when most of its letters are in a script written without
    spaces (a Japanese clip of a whole sentence is one "word" to
    ``split``)."""
    letters = [char for char in text if char.isalnum()]
    unspaced = sum(1 for char in letters if unspaced_script(char))
    if letters and unspaced * 2 > len(letters):
        return f"{len(letters)} character{'' if len(letters) == 1 else 's'}"
    words = word_count(text)
    return f"{words} word{'' if words == 1 else 's'}"


class OperationCommand(QUndoCommand):
    """An operation already applied (see the module doc); undo runs its
    inverse, redo the inverse of that."""

    def __init__(self, result: OpResult[Any], run: Run, report: Report) -> None:
        super().__init__(result.label)
        self._undo: Operation[Any] | None = result.undo
        self._redo: Operation[Any] | None = None
        self._run = run
        self._report = report
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        result = self._step(self._redo)
        if result is not None:
            self._undo = result.undo

    def undo(self) -> None:
        result = self._step(self._undo)
        if result is not None:
            self._redo = result.undo

    def _step(self, operation: Operation[Any] | None) -> OpResult[Any] | None:
        if operation is None:
            return None
        try:
            return self._run(operation)
        except QuotemarkError as error:
            self.setObsolete(True)  # the library no longer matches this step
            self._report(str(error))
            return None


def _own_history(field: QObject) -> tuple[bool, bool] | None:
    """(undo, redo) available in a text field's own typing history; None
    for anything that is not a text field."""
    if isinstance(field, QLineEdit):
        return field.isUndoAvailable(), field.isRedoAvailable()
    if isinstance(field, (QPlainTextEdit, QTextEdit)):
        document = field.document()
        return document.isUndoAvailable(), document.isRedoAvailable()
    return None


class UndoToWindow(QObject):
    """Ctrl+Z and Ctrl+Shift+Z in a field whose edits are saved as library
    operations: the field's own typing is undone first; with none left (the
    edit was saved, and showing the saved text cleared the history) the key
    goes to the window's undo stack. A text field claims the undo keys even
    with nothing of its own to undo (Qt's ShortcutOverride), so "Tags saved.
    Ctrl+Z undoes." was followed by a Ctrl+Z that did nothing."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        history = _own_history(watched)
        if history is None:
            return False
        can_undo, can_redo = history
        if event.matches(QKeySequence.StandardKey.Undo) and not can_undo:
            return True  # not overridden: the window's Edit > Undo gets the key
        return event.matches(QKeySequence.StandardKey.Redo) and not can_redo


def forget_typing(field: QWidget) -> None:
    """Drop a text field's own typing history, its text kept (it was just
    saved: Ctrl+Z there now undoes the save, see :class:`UndoToWindow`)."""
    if isinstance(field, QLineEdit):
        place = field.cursorPosition()
        field.setText(field.text())  # setText clears the history
        field.setCursorPosition(place)
    elif isinstance(field, (QPlainTextEdit, QTextEdit)):
        field.document().clearUndoRedoStacks()


def hand_undo_to_window(owner: QObject, *fields: QWidget) -> None:
    """Install :class:`UndoToWindow` (one, owned by ``owner``) on ``fields``."""
    catcher = UndoToWindow(owner)
    for field in fields:
        field.installEventFilter(catcher)
