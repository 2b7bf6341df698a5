"""What the window remembers between runs, the key remapping in
Preferences, and the shortcuts sheet."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from quotemark.app import settings, window_state
from quotemark.app.actions import SPECS, ActionRegistry
from quotemark.app.controller import Controller
from quotemark.app.main_window import MainWindow
from quotemark.app.style import apply_theme
from quotemark.library.service import Library
from tests.app.test_main_window_support import FERRY_POST, import_and_wait, press, show, write_post

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def new_window(qtbot: QtBot, library: Library) -> MainWindow:
    return show(qtbot, MainWindow(Controller(library)))


def test_size_splitter_and_last_post_are_remembered_across_windows(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    first = new_window(qtbot, library)
    import_and_wait(qtbot, first, [write_post(tmp_path, "ferry.txt", FERRY_POST)])
    post = first.current_post()
    assert post is not None
    first.resize(640, 520)  # the offscreen screen is 800x800
    first.splitter.setSizes([150, 300, 190])
    sizes = first.splitter.sizes()
    # As a drag leaves them (the drag ends with ``splitterMoved``): the
    # user's widths stand on the next run (the fit's give way to a post's
    # speaker labels, stop 50).
    first.splitter.splitterMoved.emit(sizes[0] + sizes[1], 2)
    first.side_tabs.setCurrentWidget(first.clips_panel)
    first.close()

    second = new_window(qtbot, library)
    assert (second.width(), second.height()) == (640, 520)
    assert second.splitter.sizes() == sizes
    assert second.side_tabs.currentWidget() is second.clips_panel
    assert second.restore_last_post()
    reopened = second.current_post()
    assert reopened is not None
    assert reopened.id == post.id


def test_the_side_tab_is_remembered_by_name(qtbot: QtBot, library: Library) -> None:
    first = new_window(qtbot, library)
    first.side_tabs.setCurrentWidget(first.review_panel)
    first.close()
    assert settings.get_str("window/side_tab") == "review"
    # A tab added before Review must not make the window reopen elsewhere.
    second = new_window(qtbot, library)
    second.side_tabs.insertTab(0, QWidget(), "Outline")
    window_state.restore(second)
    assert second.side_tabs.currentWidget() is second.review_panel


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        (2, "clips_panel"),  # numbers written before the names: stop 17's order
        ("4", "review_panel"),
        ("notes", "info_panel"),  # the Notes tab now sits under Info
        ("99", "quotes_panel"),  # nothing sensible: the first tab
        ("gone", "quotes_panel"),
    ],
)
def test_an_old_or_unknown_side_tab_setting_reopens_sensibly(
    qtbot: QtBot, library: Library, stored: object, expected: str
) -> None:
    settings.set_value("window/side_tab", stored)
    window = new_window(qtbot, library)
    assert window.side_tabs.currentWidget() is getattr(window, expected)


def test_every_action_has_a_unique_id_and_the_brief_keys() -> None:
    ids = [s.id for s in SPECS]
    assert len(ids) == len(set(ids))
    keys = {s.id: s.keys[0] for s in SPECS if s.keys}
    assert keys["file.import"] == "Ctrl+O"
    assert keys["file.export"] == "Ctrl+E"
    assert keys["file.quit"] == "Ctrl+Q"
    assert keys["edit.undo"] == "Ctrl+Z"
    assert keys["edit.find"] == "Ctrl+F"
    assert keys["clip.selection"] == "Ctrl+Shift+C"
    assert keys["clip.delete"] == "Delete"
    assert keys["view.zoom_in"] == "Ctrl+="
    assert keys["view.zoom_out"] == "Ctrl+-"
    assert keys["view.zoom_reset"] == "Ctrl+0"
    assert keys["view.next_quote"] == "J"
    assert keys["view.previous_quote"] == "K"
    assert keys["view.focus_search"] == "Ctrl+K"


def test_a_key_remapped_in_preferences_works_and_survives_a_restart(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    window = new_window(qtbot, library)
    import_and_wait(qtbot, window, [write_post(tmp_path, "ferry.txt", FERRY_POST)])
    dialog = window.dialogs.show_preferences()
    dialog.set_key("clip.selection", "Ctrl+Alt+X")
    assert dialog.apply()
    dialog.close()
    assert window.registry["clip.selection"].shortcut() == QKeySequence("Ctrl+Alt+X")
    press(qtbot, "J")
    press(qtbot, "Ctrl+Alt+X")
    assert len(library.clips()) == 1
    press(qtbot, "Ctrl+Shift+C")  # the old key does nothing now
    assert len(library.clips()) == 1

    again = ActionRegistry(window)
    assert again.keys("clip.selection") == ["Ctrl+Alt+X"]
    # A new window's actions get the remembered key, the others their own.
    assert again["clip.selection"].shortcut() == QKeySequence("Ctrl+Alt+X")
    assert again["edit.undo"].shortcuts() == window.registry["edit.undo"].shortcuts()
    again.reset()
    assert again.keys("clip.selection") == ["Ctrl+Shift+C"]


def test_two_actions_on_one_key_are_refused(qtbot: QtBot, library: Library) -> None:
    window = new_window(qtbot, library)
    dialog = window.dialogs.show_preferences()
    dialog.set_key("view.next_quote", "K")
    assert not dialog.apply()
    assert "Next quote" in dialog.message.text()
    assert "Previous quote" in dialog.message.text()
    assert window.registry["view.next_quote"].shortcut() == QKeySequence("J")
    dialog.close()


def test_the_shortcuts_sheet_lists_the_keys_in_effect(qtbot: QtBot, library: Library) -> None:
    window = new_window(qtbot, library)
    window.registry.set_keys("view.next_quote", ["N"])
    sheet = window.dialogs.show_shortcuts()
    rows = dict(sheet.rows())
    assert rows["Clip selection"] == QKeySequence("Ctrl+Shift+C").toString(
        QKeySequence.SequenceFormat.NativeText
    )
    assert rows["Next quote"] == "N"
    assert "Keyboard shortcuts" in rows
    sheet.close()


def test_the_dark_theme_chosen_in_preferences_applies_and_is_remembered(
    qtbot: QtBot, library: Library
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = new_window(qtbot, library)
    dialog = window.dialogs.show_preferences()
    try:
        dialog.theme_box.setCurrentIndex(dialog.theme_box.findData("dark"))
        assert dialog.apply()
        window_colour = app.palette().color(QPalette.ColorRole.Window)
        assert window_colour.lightness() < 80
        # The reader follows (offscreen has no colour-scheme hint: the palette decides).
        qtbot.waitUntil(lambda: window.reader.theme().dark)
        assert settings.get_str("appearance/theme") == "dark"
    finally:
        dialog.close()
        apply_theme("light")
        QGuiApplication.styleHints().unsetColorScheme()
