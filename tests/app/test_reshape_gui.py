"""A quotation's extent, join and split from the reader by keyboard,
offscreen: Ctrl+Shift+E makes the selection the quote's extent,
Ctrl+Shift+J joins the current quote with the next, Ctrl+Shift+S splits a
quote at the cursor; the reader redraws without reopening the post and
Ctrl+Z undoes each."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from quotemark.app.controller import Controller
from quotemark.app.main_window import MainWindow
from quotemark.library.service import Library
from tests.app.test_main_window_support import show
from tests.library.test_body_corrections import PAGE

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
FIRST = "We have waited ten years for this"
SECOND = "The ships are bigger now and the channel is not."


@pytest.fixture
def window(qtbot: QtBot, library: Library, tmp_path: Path) -> MainWindow:
    """The harbour post open: Jonas Pärn's two quotations in one paragraph."""
    path = tmp_path / "harbour.html"
    path.write_text(PAGE, encoding="utf-8")
    post_id = library.import_paths([path]).results[0].post_id
    assert post_id is not None
    window = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    assert window.open_post(post_id)
    return window


def _quotes(window: MainWindow) -> list[str]:
    post = window.current_post()
    assert post is not None
    return [q.span.text for q in post.analysis.quotes]


def _put_cursor(window: MainWindow, text: str, length: int = 0) -> None:
    editor = window.reader.editor()
    found = editor.document().find(text)
    assert found.hasSelection(), text
    cursor = QTextCursor(editor.document())
    cursor.setPosition(found.selectionStart())
    if length:
        cursor.setPosition(found.selectionStart() + length, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.setFocus()


def test_the_selection_becomes_the_extent_and_undoes(qtbot: QtBot, window: MainWindow) -> None:
    _put_cursor(window, "waited ten years", len("waited ten years"))
    qtbot.keyClick(window.reader.editor(), Qt.Key.Key_E, CTRL_SHIFT)
    qtbot.waitUntil(lambda: _quotes(window)[0] == "waited ten years", timeout=5000)
    assert window.reader.current_quote() == 0
    qtbot.keyClick(window.reader.editor(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _quotes(window)[0] == FIRST, timeout=5000)


def test_a_new_extent_shows_its_highlight_not_a_selection(qtbot: QtBot, window: MainWindow) -> None:
    # Ctrl+Shift+E left the new extent selected: the selection's colour hid
    # the quotation's highlight, so the change showed only once the cursor
    # moved (s39-ui). Now the cursor sits at its start, nothing selected, and
    # the quotation is still the one F2 and Ctrl+Shift+C act on.
    editor = window.reader.editor()
    _put_cursor(window, "waited ten years", len("waited ten years"))
    qtbot.keyClick(editor, Qt.Key.Key_E, CTRL_SHIFT)
    qtbot.waitUntil(lambda: _quotes(window)[0] == "waited ten years", timeout=5000)
    assert not editor.textCursor().hasSelection()
    post = window.current_post()
    assert post is not None
    assert window.reader.current_span() == post.analysis.quotes[0].span
    assert window.quotes_panel.current_index() == 0


def test_join_then_split_by_keyboard_and_undo(qtbot: QtBot, window: MainWindow) -> None:
    editor = window.reader.editor()
    assert _quotes(window)[:2] == [FIRST, SECOND]
    _put_cursor(window, "ten years")
    qtbot.keyClick(editor, Qt.Key.Key_J, CTRL_SHIFT)
    qtbot.waitUntil(lambda: len(_quotes(window)) == 1, timeout=5000)
    joined = _quotes(window)[0]
    assert joined.startswith(FIRST)
    assert joined.endswith(SECOND)
    assert "Join quotes 1 and 2" in window.statusBar().currentMessage()
    # The cursor inside "The": the second part starts at that word.
    _put_cursor(window, "he ships are bigger")
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL_SHIFT)
    qtbot.waitUntil(lambda: len(_quotes(window)) == 2, timeout=5000)
    assert _quotes(window)[1] == SECOND
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(_quotes(window)) == 1, timeout=5000)
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _quotes(window)[:2] == [FIRST, SECOND], timeout=5000)


def test_join_on_the_last_quote_says_so(qtbot: QtBot, window: MainWindow) -> None:
    _put_cursor(window, "channel is not")
    qtbot.keyClick(window.reader.editor(), Qt.Key.Key_J, CTRL_SHIFT)
    assert "the last quotation" in window.statusBar().currentMessage()


def test_an_uncertain_extent_is_reviewed_and_set_by_keyboard(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    from tests.library.test_extent_confidence import RUNS_ON

    page = tmp_path / "winter.html"
    body = "".join(f"<p>{t}</p>" for t in RUNS_ON)
    page.write_text(f"<html><head><title>Winter</title></head><body>{body}</body></html>")
    post_id = library.import_paths([page]).results[0].post_id
    assert post_id is not None
    window = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    assert window.open_post(post_id)
    review = window.review_panel
    assert review.indexes() == [0]
    assert "extent uncertain (65% sure)" in review.list.item(0).text()
    editor = window.reader.editor()
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_J, Qt.KeyboardModifier.ShiftModifier)
    assert window.reader.current_quote() == 0
    first = "The harbour was empty all winter and the crews left for the city."
    _put_cursor(window, first, len(first))
    qtbot.keyClick(editor, Qt.Key.Key_E, CTRL_SHIFT)
    qtbot.waitUntil(lambda: review.indexes() == [], timeout=5000)
    assert _quotes(window)[0] == first
