"""Body corrections in the window, offscreen, by keyboard: the stored
original page opens with Ctrl+Shift+O and requests nothing over the
network; a passage selected there goes back into the body with
Ctrl+Shift+B; page chrome selected in the reader goes with Ctrl+Shift+X;
Ctrl+Z undoes each, and the reader follows without reopening the post."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quotemark.app.controller import Controller
from quotemark.app.main_window import MainWindow
from quotemark.library import paths
from quotemark.library.operations import RemoveParagraph
from quotemark.library.service import Library
from tests.app.test_main_window_support import show
from tests.library.test_body_corrections import CHROME, DROPPED, PAGE

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise"),
]

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class _Counting(BaseHTTPRequestHandler):
    asked: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Counting.asked.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/gif")
        self.end_headers()

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[tuple[str, list[str]]]:
    """A web server on this machine that counts every request it gets."""
    _Counting.asked = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Counting)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", _Counting.asked
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


@pytest.fixture
def window(
    qtbot: QtBot, library: Library, tmp_path: Path, server: tuple[str, list[str]]
) -> MainWindow:
    """The window with the harbour post open; its page names the counting
    server for an image, a style sheet, a script, a frame and a background."""
    base, _ = server
    page = PAGE.replace("http://127.0.0.1:9", base).replace(
        "<footer>",
        f'<iframe src="{base}/frame.html"></iframe><div style="background: url({base}/bg.png)">'
        f'<img src="{base}/photo.jpg" alt="A photo"></div><footer>',
    )
    path = tmp_path / "harbour.html"
    path.write_text(page, encoding="utf-8")
    post_id = library.import_paths([path]).results[0].post_id
    assert post_id is not None
    window = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    assert window.open_post(post_id)
    return window


def _reader_text(window: MainWindow) -> str:
    return window.reader.editor().toPlainText()


def _open_original(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.reader.editor(), Qt.Key.Key_O, CTRL_SHIFT)
    original = window.body_commands.original
    assert original is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is original, timeout=5000)


def test_the_original_page_shows_what_was_dropped_and_requests_nothing(
    qtbot: QtBot, window: MainWindow, server: tuple[str, list[str]]
) -> None:
    _, asked = server
    _open_original(qtbot, window)
    original = window.body_commands.original
    assert original is not None
    shown = original.view.toPlainText()
    assert "Liis Kask" in shown
    assert "Liis Kask" not in _reader_text(window)
    original.view.grab()  # lay out and paint everything, images included
    qtbot.wait(200)
    assert asked == []
    assert "Ctrl+Shift+B" in original.hint.text()


def test_a_dropped_passage_goes_back_by_keyboard_and_undoes(
    qtbot: QtBot, window: MainWindow
) -> None:
    _open_original(qtbot, window)
    original = window.body_commands.original
    assert original is not None
    view = original.view
    found = view.document().find("Residents worry about the noise")
    found.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    found.setPosition(found.selectionStart())
    found.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(found)
    qtbot.keyClick(view, Qt.Key.Key_B, CTRL_SHIFT)
    qtbot.waitUntil(lambda: DROPPED in _reader_text(window), timeout=5000)
    text = _reader_text(window)
    assert text.index("Jonas Pärn") < text.index(DROPPED) < text.index("The council")
    post = window.current_post()
    assert post is not None
    assert any(q.speaker and q.speaker.name == "Liis Kask" for q in post.analysis.quotes)
    # The reader selects the passage where it went.
    assert window.reader.editor().textCursor().selectedText() == DROPPED
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: DROPPED not in _reader_text(window), timeout=5000)
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL_SHIFT)
    qtbot.waitUntil(lambda: DROPPED in _reader_text(window), timeout=5000)


def test_chrome_selected_in_the_reader_goes_by_keyboard_and_undoes(
    qtbot: QtBot, window: MainWindow
) -> None:
    editor = window.reader.editor()
    found = editor.document().find(CHROME)
    assert found.hasSelection()
    editor.setTextCursor(found)
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_X, CTRL_SHIFT)
    # The post is extracted again in the worker, not on the GUI thread: the
    # status bar says so and the reader still answers the keyboard.
    assert window.body_commands.job() is not None
    assert window.body_commands.progress.isVisible()
    assert "Removing the passage" in window.body_commands.progress.label.text()
    qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: CHROME not in _reader_text(window), timeout=5000)
    qtbot.waitUntil(lambda: window.body_commands.job() is None, timeout=5000)
    assert "Remove from the body" in window.statusBar().currentMessage()
    assert window.undo_stack.count() == 1
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: CHROME in _reader_text(window), timeout=5000)


def test_nothing_selected_says_what_to_do(qtbot: QtBot, window: MainWindow) -> None:
    editor = window.reader.editor()
    qtbot.keyClick(editor, Qt.Key.Key_X, CTRL_SHIFT)
    assert "Select the text to remove" in window.statusBar().currentMessage()


def test_a_removal_selected_in_a_body_a_colleague_changed_meanwhile_is_refused(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    post = window.current_post()
    assert post is not None
    first = post.blocks[0].text
    with Library.open(paths.library_file()) as colleague:
        colleague.run(RemoveParagraph(post.id, 1))
    # The window has not heard yet (it does not poll): the selection is in
    # the body it shows, whose places now name other words.
    editor = window.reader.editor()
    found = editor.document().find(CHROME)
    editor.setTextCursor(found)
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_X, CTRL_SHIFT)
    qtbot.waitUntil(lambda: window.body_commands.job() is None, timeout=10_000)
    assert "changed this post's body" in window.last_error
    assert "not saved" in window.last_error
    box = QApplication.activeModalWidget()
    if box is not None:
        box.close()
    # Their removal is shown at once; nothing of the selection was removed.
    assert first not in _reader_text(window)
    assert CHROME in _reader_text(window)
    assert CHROME in [b.text for b in library.post(post.id).blocks]
    assert window.undo_stack.count() == 0
