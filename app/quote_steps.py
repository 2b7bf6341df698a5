"""J and K: the window's next and previous quotation. Not while typing in a
text field (the letter goes into the field then), and a key that moves
nothing says why in the status bar: a key that does nothing looks broken."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from quotemark.app.actions import key_hint

if TYPE_CHECKING:
    from quotemark.app.main_window import MainWindow


def is_text_input(widget: QWidget | None) -> bool:
    """Whether typing a letter into ``widget`` enters text (J/K must not
    move through quotes then)."""
    if widget is None:
        return False
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return True
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    return isinstance(widget, QComboBox) and widget.isEditable()


def next_quote(window: MainWindow) -> None:
    """J: the next quote (not while typing in a text field)."""
    if not is_text_input(QGuiApplication.focusObject()):  # type: ignore[arg-type]
        _step(window, forward=True)


def previous_quote(window: MainWindow) -> None:
    """K: the previous quote (not while typing in a text field)."""
    if not is_text_input(QGuiApplication.focusObject()):  # type: ignore[arg-type]
        _step(window, forward=False)


def _step(window: MainWindow, *, forward: bool) -> None:
    reader = window.reader
    before = reader.current_quote()
    selection = reader.editor().textCursor()
    if forward:
        reader.next_quote()
    else:
        reader.previous_quote()
    post = window.current_post()
    if post is None:
        return
    moved = reader.current_quote() != before or reader.editor().textCursor() != selection
    if moved:
        return
    count = len(post.analysis.quotes)
    if not count:
        window.show_status("This post has no quotations.")
    elif forward:
        back = key_hint("view.previous_quote")
        window.show_status(f"No more quotations below ({count} in this post; {back} goes back).")
    else:
        on = key_hint("view.next_quote")
        window.show_status(f"No quotations above ({count} in this post; {on} goes on).")
