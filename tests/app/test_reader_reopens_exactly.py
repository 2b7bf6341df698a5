"""The reader reopens at the very line it was left at (stop 45): the
remembered place kept the text at the top but not how far its line was
scrolled, so the text came back up to a line's height (~15 px) lower.
A real window (offscreen) on a real SQLite library, closed and opened again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTextEdit
from pytestqt.qtbot import QtBot

from quotemark.app.controller import Controller
from quotemark.app.main_window import MainWindow
from quotemark.library import paths
from quotemark.library.model import BlockKind, Position
from quotemark.library.operations import ImportSample
from quotemark.library.service import Library
from tests.app.test_main_window_support import show

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def _long_post() -> str:
    lines = [
        f"“The pier matters to the town, week {n},” said Ada Lind, the harbour board's "
        f"chair. Tom Hale said the pier would open again in May, and that the repairs "
        f"to its railings would take the whole of week {n + 1}."
        for n in range(60)
    ]
    return "The Pier Story\n\nMarch 4, 2026\n\n" + "\n\n".join(lines) + "\n"


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(paths.library_file())
    path = tmp_path / "pier.txt"
    path.write_text(_long_post(), encoding="utf-8")
    lib.import_paths([path])
    yield lib
    lib.close()


def _first_line(editor: QTextEdit) -> tuple[int, int, int]:
    """The first line the reader shows: its block, its line in the block
    and how far its top is above the view's top (px)."""
    cursor = editor.cursorForPosition(editor.viewport().rect().topLeft())
    block = cursor.block()
    layout = block.layout()
    line = layout.lineForTextPosition(cursor.position() - block.position())
    return block.blockNumber(), line.lineNumber(), -editor.cursorRect(cursor).top()


def test_the_reader_reopens_at_the_same_first_line(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    window = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    post_id = library.posts()[0].id
    window.open_post(post_id)
    qtbot.wait(20)
    editor = window.reader.editor()
    editor.verticalScrollBar().setValue(1237)
    qtbot.wait(10)
    left = _first_line(editor)
    # Part of the first line scrolled away, as reading leaves it.
    assert left[2] > 0
    window.close()
    again = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    # As the app starts: the last post opens once the window is shown.
    assert again.restore_last_post()
    qtbot.wait(50)
    editor = again.reader.editor()
    assert _first_line(editor) == left


def test_a_photo_half_scrolled_away_reopens_half_scrolled_in_a_narrower_window(
    qtbot: QtBot, library: Library
) -> None:
    # Left reading with the sample post's photo partly above the view, then
    # opened again in a narrower window, where the photo is drawn smaller:
    # the same share of it is above the view (the pixels left would have
    # hidden more of the smaller photo, or all of it).
    post_id = library.run(ImportSample()).value.results[0].post_id
    assert post_id is not None
    window = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    window.resize(1400, 860)
    window.open_post(post_id)
    qtbot.wait(20)
    post = window.current_post()
    assert post is not None
    photo = next(n for n, b in enumerate(post.blocks) if b.kind is BlockKind.IMAGE)
    window.reader.go_to_place(Position(photo, 0), 120)
    into, of = window.reader.reading_into()
    assert into == 120
    assert of > 240
    window.close()
    again = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    again.resize(1000, 700)
    qtbot.wait(20)
    assert again.restore_last_post()
    qtbot.wait(50)
    assert again.reader.reading_place() == Position(photo, 0)
    into_now, of_now = again.reader.reading_into()
    assert of_now < of  # drawn smaller
    assert abs(into_now / of_now - into / of) < 0.01
