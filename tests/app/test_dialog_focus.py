"""After every dialog the window has the keyboard again, where it was.

Offscreen Qt behaves like a bare X session without a window manager: when a
dialog closes, nothing re-activates the window under it, so without our
hand-back the next J or Ctrl+Z would go nowhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from quotemark.app.dialogs.export import ExportDialog
from quotemark.app.dialogs.preferences import PreferencesDialog
from quotemark.app.dialogs.shortcuts import ShortcutsDialog
from quotemark.app.main_window import MainWindow
from quotemark.library.operations import CreateCollection
from tests.app.test_main_window_support import (
    open_ferry,
    press,
)

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def window(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> MainWindow:
    open_ferry(qtbot, window, tmp_path)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.reader.editor())
    return window


def wait_active(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=3000)


def assert_keys_work_in_reader(qtbot: QtBot, window: MainWindow) -> None:
    """The user's next J lands: the reader selects the first quote."""
    wait_active(qtbot, window)
    assert QApplication.focusWidget() is window.reader.editor()
    press(qtbot, "J")
    assert window.reader.current_quote() is not None


def test_after_an_export_the_status_bar_names_the_file_and_the_reader_has_the_keys(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    press(qtbot, "Ctrl+E")
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    wait_active(qtbot, dialog)
    target = tmp_path / "ferry.bib"
    dialog.path_edit.setText(str(target))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    assert target.exists()
    message = window.statusBar().currentMessage()
    assert message.startswith("Exported ")
    assert "entries" in message or "entry" in message
    assert message.endswith(f"to {target}.")
    assert_keys_work_in_reader(qtbot, window)


def test_a_cancelled_export_gives_the_search_box_its_keys_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    press(qtbot, "Ctrl+K")
    assert QApplication.focusWidget() is window.library_pane.search_box
    press(qtbot, "Ctrl+E")
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    wait_active(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    wait_active(qtbot, window)
    assert QApplication.focusWidget() is window.library_pane.search_box
    qtbot.keyClicks(window.library_pane.search_box, "ferry")
    assert window.library_pane.search_box.text() == "ferry"


@pytest.mark.parametrize(
    ("key", "dialog_type"), [("Ctrl+,", PreferencesDialog), ("F1", ShortcutsDialog)]
)
def test_preferences_and_the_shortcuts_sheet_hand_the_keys_back(
    qtbot: QtBot, window: MainWindow, key: str, dialog_type: type[QWidget]
) -> None:
    press(qtbot, key)
    dialog = window.findChild(dialog_type)
    assert dialog is not None
    wait_active(qtbot, dialog)
    press(qtbot, "Escape")
    assert_keys_work_in_reader(qtbot, window)


def test_an_error_message_hands_the_keys_back_when_dismissed(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_error("Could not clip the passage", "Something the user should read.")
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    wait_active(qtbot, box)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert_keys_work_in_reader(qtbot, window)


def test_a_question_hands_the_keys_back_whatever_the_answer(
    qtbot: QtBot, window: MainWindow
) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(100, answer)
    assert not window.confirm("Delete Post?", "It has clips.", "Delete Post")
    assert_keys_work_in_reader(qtbot, window)


def test_replacing_a_file_gives_the_export_dialog_its_keys_back(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    target = tmp_path / "old.bib"
    target.write_text("% an older export\n", encoding="utf-8")
    press(qtbot, "Ctrl+E")
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    wait_active(qtbot, dialog)
    dialog.path_edit.setText(str(target))
    dialog.path_edit.setFocus()

    def refuse() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(100, refuse)
    assert not dialog.export()
    wait_active(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.path_edit
    assert target.read_text(encoding="utf-8") == "% an older export\n"


def test_after_naming_a_speaker_with_f2_the_next_j_lands_in_the_reader(
    qtbot: QtBot, window: MainWindow
) -> None:
    press(qtbot, "J")
    typed: list[str] = []

    def name_the_speaker() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        qtbot.keyClicks(QApplication.focusWidget(), "Ann Example")
        typed.append(dialog.windowTitle())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    QTimer.singleShot(300, name_the_speaker)
    press(qtbot, "F2")
    assert typed
    post = window.current_post()
    assert post is not None
    speaker = post.analysis.quotes[0].speaker
    assert speaker is not None
    assert speaker.name == "Ann Example"
    wait_active(qtbot, window)
    assert QApplication.focusWidget() is window.reader.editor()
    press(qtbot, "J")
    assert window.reader.current_quote() == 1


@pytest.mark.parametrize("key", ["Ctrl+Shift+N", "Ctrl+Shift+L"])
def test_after_a_collection_is_made_or_chosen_the_next_j_lands_in_the_reader(
    qtbot: QtBot, window: MainWindow, key: str
) -> None:
    """New collection asks a name, Add to collection asks which one."""
    if key == "Ctrl+Shift+L":
        window.controller.run(CreateCollection("Bridges"))

    def answer() -> None:
        if key == "Ctrl+Shift+N":
            qtbot.keyClicks(QApplication.focusWidget(), "Bridges")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    QTimer.singleShot(300, answer)
    press(qtbot, key)
    assert [c.path for c in window.controller.collections()] == ["Bridges"]
    assert_keys_work_in_reader(qtbot, window)
