"""Messages that name a key build its name from the action registry, so a
key the user remapped (Preferences > Keyboard shortcuts) is named right in
the status bar, placeholders and tooltips. A real window offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from quotemark.app.main_window import MainWindow
from quotemark.library.service import Library
from tests.app.test_main_window_support import open_ferry, press

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def test_the_search_placeholder_names_the_remapped_key(window: MainWindow) -> None:
    search = window.library_pane.search_box
    assert "Ctrl+K" in search.placeholderText()
    window.registry.set_keys("view.focus_search", ["Ctrl+Shift+L"])
    assert "Ctrl+Shift+L" in search.placeholderText()
    assert "Ctrl+K" not in search.placeholderText()
    window.registry.set_keys("view.focus_search", [])
    assert search.placeholderText() == "Search all posts"


def test_the_empty_library_names_the_import_key(window: MainWindow) -> None:
    window.registry.set_keys("file.import", ["Ctrl+I"])
    window.library_pane.refresh()
    assert window.library_pane.empty_label.text() == "No posts yet. Import some with Ctrl+I."


def test_quote_stepping_names_the_remapped_keys(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.registry.set_keys("view.next_quote", ["N"])
    window.registry.set_keys("view.previous_quote", ["P"])
    open_ferry(qtbot, window, tmp_path)
    window.focus_reader()
    press(qtbot, "N")
    press(qtbot, "P")  # back to the first quote
    press(qtbot, "P")  # nothing above it
    message = window.statusBar().currentMessage()
    assert message.endswith("in this post; N goes on).")
    assert " J " not in message


def test_undo_messages_and_tooltips_name_the_remapped_undo_key(
    qtbot: QtBot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    window.registry.set_keys("edit.undo", ["Ctrl+Alt+U"])
    open_ferry(qtbot, window, tmp_path)
    press(qtbot, "J")
    press(qtbot, "Ctrl+Shift+C")
    (clip,) = library.clips()
    assert "Ctrl+Alt+U undoes" in window.clips_panel.delete_button.toolTip()
    window.side_tabs.setCurrentWidget(window.clips_panel)
    window.clips_panel.select_clip(clip.id)
    window.commands.delete_clips([clip.id])
    assert window.statusBar().currentMessage() == "Deleted a clip. Ctrl+Alt+U undoes."
    # The new key really undoes, as the message says.
    press(qtbot, "Ctrl+Alt+U")
    assert [c.id for c in library.clips()] == [clip.id]
