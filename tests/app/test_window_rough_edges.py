"""Small things a researcher trips over on day two, driven in the real
window: leaving the search box with Escape, the welcome text's wrapping."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QStyle
from pytestqt.qtbot import QtBot

from quotemark.app.dialogs.shortcuts import ShortcutsDialog
from quotemark.app.library_pane import SEARCH_DELAY_MS
from quotemark.app.main_window import MainWindow
from tests.app.test_main_window_support import (
    FERRY_POST,
    GARDEN_POST,
    import_and_wait,
    press,
    write_post,
)

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def test_escape_clears_the_search_then_goes_back_to_the_reader(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    import_and_wait(
        qtbot,
        window,
        [write_post(tmp_path, "ferry.txt", FERRY_POST), write_post(tmp_path, "g.txt", GARDEN_POST)],
    )
    qtbot.waitUntil(lambda: window.current_post() is not None)
    pane = window.library_pane
    press(qtbot, "Ctrl+K")
    qtbot.keyClicks(pane.search_box, "allotment")
    qtbot.wait(SEARCH_DELAY_MS + 100)
    assert pane.post_count() == 1

    press(qtbot, "Escape")  # first Escape: the search is cleared, the list is whole
    assert pane.search_box.text() == ""
    assert pane.post_count() == 2
    assert QApplication.focusWidget() is pane.search_box

    press(qtbot, "Escape")  # second: back to reading, where J works
    assert QApplication.focusWidget() is window.reader.editor()
    press(qtbot, "J")
    assert window.reader.current_quote() is not None


def test_the_welcome_text_never_breaks_a_format_name(window: MainWindow) -> None:
    assert window.showing_welcome()
    texts = [label.text() for label in window.welcome.findChildren(QLabel)]
    body = next(t for t in texts if "Markdown" in t)
    assert "CSL\u2011JSON" in body  # a non-breaking hyphen: never "CSL-" / "JSON"


def test_j_past_the_last_quote_and_k_before_the_first_say_so(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    import_and_wait(qtbot, window, [write_post(tmp_path, "ferry.txt", FERRY_POST)])
    qtbot.waitUntil(lambda: window.current_post() is not None)
    post = window.current_post()
    assert post is not None
    count = len(post.analysis.quotes)
    for _ in range(count):
        press(qtbot, "J")
    last = window.reader.current_quote()
    press(qtbot, "J")
    assert window.reader.current_quote() == last
    assert window.statusBar().currentMessage().startswith("No more quotations below")
    for _ in range(count):
        press(qtbot, "K")
    assert window.statusBar().currentMessage().startswith("No quotations above")


def test_a_post_without_quotations_says_so_on_j(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    plain = "A Quiet Week\n\nMay 1, 2024\n\nNothing was said by anyone this week.\n"
    import_and_wait(qtbot, window, [write_post(tmp_path, "quiet.txt", plain)])
    qtbot.waitUntil(lambda: window.current_post() is not None)
    press(qtbot, "J")
    assert window.statusBar().currentMessage() == "This post has no quotations."


def test_a_saved_clip_edit_is_confirmed(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    import_and_wait(qtbot, window, [write_post(tmp_path, "ferry.txt", FERRY_POST)])
    qtbot.waitUntil(lambda: window.current_post() is not None)
    press(qtbot, "J")
    press(qtbot, "Ctrl+Shift+C")
    note = window.clips_panel.note_edit
    note.setFocus()
    qtbot.keyClicks(note, "check the date")
    qtbot.keyClick(note, Qt.Key.Key_Return)
    assert window.statusBar().currentMessage() == "Saved the clip's note. Ctrl+Z undoes."


def test_the_shortcuts_sheet_lists_the_keys_that_work_in_place(
    qtbot: QtBot, window: MainWindow
) -> None:
    press(qtbot, "F1")
    sheet = window.findChild(ShortcutsDialog)
    assert sheet is not None
    rows = dict(sheet.rows())
    assert rows["Library search: clear, then back to the reader"] == "Esc"
    assert rows["Library order (newest, date, title, site, clips)"] == "Alt+O"
    assert rows["Next quote"] == "J"  # the registry's rows are still there
    # Every key shown whole: the key column holds its longest text, and
    # both columns fit the list without scrolling sideways.
    tree = sheet.tree
    header = tree.header()
    metrics = tree.fontMetrics()
    longest = max(metrics.horizontalAdvance(keys) for _action, keys in sheet.rows())
    assert rows["Redo"].count("+") >= 3  # two keys: the row that was cut
    assert header.sectionSize(1) >= longest + 2 * tree.style().pixelMetric(
        QStyle.PixelMetric.PM_FocusFrameHMargin
    )
    assert header.sectionSize(0) >= tree.sizeHintForColumn(0)
    assert header.sectionSize(0) + header.sectionSize(1) <= tree.viewport().width()
    sheet.close()
