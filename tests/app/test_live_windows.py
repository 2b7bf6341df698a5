"""Live windows: what another process does to the library (here the real
``quotemark`` command, run as ``python -m quotemark.app`` on the same QUOTEMARK_HOME)
appears in the open window within about a second, without losing the
reader's place, the selection or unsaved typing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from quotemark.app.main_window import MainWindow
from quotemark.library.model import Position, Span
from tests.app.test_main_window_support import GARDEN_POST, open_ferry, write_post


def quotemark(*args: str | Path) -> str:
    """Run the command in another process on this test's library."""
    done = subprocess.run(
        [sys.executable, "-m", "quotemark.app", *map(str, args)],
        env={**os.environ, "QUOTEMARK_HOME": os.environ["QUOTEMARK_HOME"]},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_an_import_and_a_clip_on_the_command_line_appear_in_the_open_window(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    open_ferry(qtbot, window, tmp_path)
    post = window.current_post()
    assert post is not None
    # The reader's place and a selection, which the changes must not disturb.
    editor = window.reader.editor()
    editor.verticalScrollBar().setValue(editor.verticalScrollBar().maximum() // 2)
    scrolled = editor.verticalScrollBar().value()
    window.reader.show_span(Span(Position(1, 0), Position(1, 9), post.blocks[1].text[:9]))
    selected = editor.textCursor().selectedText()
    assert selected
    # A clip of our own, selected in the Clips tab, with a note being typed.
    clip = window.controller.clip(post.id, Span(Position(2, 0), Position(2, 5), "“We w"))
    panel = window.clips_panel
    panel.select_clip(clip.id)
    panel.note_edit.setFocus()
    qtbot.keyClicks(panel.note_edit, "half a thought")
    editor.verticalScrollBar().setValue(scrolled)

    garden = write_post(tmp_path, "garden.txt", GARDEN_POST)
    quotemark("import", garden)
    qtbot.waitUntil(lambda: window.library_pane.post_count() == 2, timeout=5000)
    assert "added elsewhere" in window.statusBar().currentMessage()

    quotemark("clip", post.id, "--paragraph", "3", "--tag", "from-cli")
    qtbot.waitUntil(lambda: len(panel.model.clips()) == 2, timeout=5000)
    assert len(window.reader.clips()) == 2
    assert window.counts_label.text() == "2 posts · 2 clips"
    assert window.library_pane.filter_box.findData("tag:from-cli") >= 0
    row = window.library_pane.model.row_of(post.id)
    assert row is not None
    assert window.library_pane.model.summary(row).clip_count == 2
    # Still reading the same post at the same place, with the same selection,
    # and the typing not yet saved is still there.
    current = window.current_post()
    assert current is not None
    assert current.id == post.id
    assert editor.verticalScrollBar().value() == scrolled
    assert editor.textCursor().selectedText() == selected
    assert panel.selected_clip_ids() == [clip.id]
    assert panel.note_edit.text() == "half a thought"
    assert panel.note_edit.hasFocus()


def test_a_post_deleted_on_the_command_line_leaves_the_reader_and_list(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    open_ferry(qtbot, window, tmp_path)
    post = window.current_post()
    assert post is not None
    quotemark("delete", post.id)
    qtbot.waitUntil(lambda: window.current_post() is None, timeout=5000)
    assert window.library_pane.post_count() == 0
    assert window.counts_label.text() == "0 posts · 0 clips"


def test_the_window_ignores_the_rows_its_own_import_worker_logged(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    seen: list[object] = []
    window.controller.changed.connect(lambda _change, initiator: seen.append(initiator))
    open_ferry(qtbot, window, tmp_path)
    window.controller.poll()
    assert "elsewhere" not in seen
