"""Stop 44's final read of the window (s44-final-app): the upgrade's
progress window stays until the upgrade ends, so the window behind stays
blocked (no second library opened, no import started meanwhile)."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QProgressDialog
from pytestqt.qtbot import QtBot

from quotemark.app.main_window import MainWindow
from quotemark.app.upgrade_progress import upgrade_shown
from quotemark.library import paths
from quotemark.library.service import Library

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "libraries"


def _progress() -> QProgressDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QProgressDialog) and widget.isVisible():
            return widget
    return None


def _slow_upgrade(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """An older library whose upgrade takes 0.6 s (a large library's)."""
    old = tmp_path / "tide.sqlite3"
    shutil.copy(FIXTURES / "tide-v14.sqlite3", old)
    opened = Library.open

    def slow_open(*args: object, **kwargs: object) -> Library:
        time.sleep(0.6)
        return opened(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Library, "open", staticmethod(slow_open))
    return old


def test_escape_or_close_leaves_the_upgrade_window_up_and_the_window_blocked(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = _slow_upgrade(monkeypatch, tmp_path)
    seen: list[tuple[str, bool, bool]] = []

    def dismiss() -> None:
        dialog = _progress()
        assert dialog is not None
        escape = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(dialog, escape)
        seen.append(("escape", dialog.isVisible(), QApplication.activeModalWidget() is dialog))
        dialog.close()  # the title bar's close button
        seen.append(("close", dialog.isVisible(), QApplication.activeModalWidget() is dialog))

    QTimer.singleShot(200, dismiss)
    assert window.library_switch.switch_to(old) is None
    # Still shown and still modal: the library window took no click meanwhile.
    assert seen == [("escape", True, True), ("close", True, True)]
    assert window.library_pane.post_count() == 1
    qtbot.waitUntil(lambda: _progress() is None)


def test_the_upgrade_window_says_where_the_backup_goes(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = _slow_upgrade(monkeypatch, tmp_path)
    labels: list[str] = []

    def look() -> None:
        dialog = _progress()
        if dialog is not None:
            labels.append(dialog.labelText())

    QTimer.singleShot(200, look)
    assert window.library_switch.switch_to(old) is None
    assert labels
    assert str(paths.backups_dir()) in labels[0]
    assert list(paths.backups_dir().glob("library-v14-*.sqlite3")), "no backup was made"


def test_a_long_library_path_wraps_and_a_file_name_with_markup_is_shown_as_typed(
    qtbot: QtBot,
) -> None:
    location = "/home/ada/Documents/harbour board/<old> minutes of the pier 2019-2024/tide.sqlite3"
    seen: list[tuple[int, str, Qt.TextFormat]] = []

    def look() -> None:
        dialog = _progress()
        assert dialog is not None
        label = dialog.findChild(QLabel)
        assert label is not None
        seen.append((dialog.width(), label.text(), label.textFormat()))

    QTimer.singleShot(150, look)
    upgrade_shown(location, (14, 19), lambda: time.sleep(0.4))
    width, text, text_format = seen[0]
    assert width < 700  # one line of it ran past 900 px
    assert location in text
    assert text_format == Qt.TextFormat.PlainText  # "<old>" is no tag
