"""What a screen reader (or braille display) gets from the lines stop 43
set right-to-left names apart in (s43-app): the direction isolates
(U+2068, U+2069) and word joiners (U+2060) only place letters on screen;
read out, or shown in braille as unknown cells, they are noise. The clip
list's row and the speaker legend are named without them, and names
copied from the byline are copied without them,
while what is drawn keeps them (tests/app/test_scripts_stop43.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAccessible, QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMenu
from pytestqt.qtbot import QtBot

from quotemark.app.library_pane import SECONDARY_ROLE
from quotemark.app.main_window import MainWindow
from tests.app.test_main_window_support import import_and_wait, write_post
from tests.app.test_scripts_stop43 import JAPANESE, arabic_byline, arabic_clip_row

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

LAYOUT_ONLY = ("\u2060", "\u2066", "\u2067", "\u2068", "\u2069")


def _spoken(widget: object) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name)


def test_a_clip_of_an_arabic_speaker_is_read_out_without_isolates(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    row = arabic_clip_row(qtbot, window, tmp_path)
    spoken = str(row.data(Qt.ItemDataRole.AccessibleTextRole))
    assert "توم هيل" in spoken
    assert "¶ 2" in spoken
    assert not any(mark in spoken for mark in LAYOUT_ONLY)
    # Drawn, the name is still set apart (the order on screen needs it).
    assert "\u2068توم هيل" in str(row.data(SECONDARY_ROLE))


def test_a_japanese_speaker_is_read_out_without_word_joiners(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    import_and_wait(qtbot, window, [write_post(tmp_path, "pier.txt", JAPANESE)])
    qtbot.waitUntil(lambda: window.reader.is_built(), timeout=10_000)
    spoken = _spoken(window.quotes_panel.legend())
    assert spoken.startswith("2 quotations · speakers: トム・ヘイル, ")
    assert not any(mark in spoken for mark in LAYOUT_ONLY)


def _arabic_byline(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> QLabel:
    label = arabic_byline(qtbot, window, tmp_path)  # all of it selected, nothing copied yet
    label.setSelection(0, len(label.text()))
    QGuiApplication.clipboard().clear()
    return label


def test_names_copied_from_the_byline_are_plain(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # A researcher copies an Arabic author's name to search for it: the
    # isolates that order the drawn byline stay behind.
    label = _arabic_byline(qtbot, window, tmp_path)
    label.setFocus()
    qtbot.keyClick(label, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "By توم هيل, آدا ليند"
    assert "\u2068" in label.text()  # still drawn set apart


@pytest.mark.qt_log_ignore("raise", "grabbing the keyboard")  # offscreen popups
def test_the_byline_s_menu_copies_plain_names_too(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    label = _arabic_byline(qtbot, window, tmp_path)

    def choose_copy() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        copy = next(a for a in menu.actions() if a.text() == "&Copy")
        assert copy.isEnabled()
        copy.trigger()
        menu.close()

    QTimer.singleShot(100, choose_copy)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, QPoint(5, 5), label.mapToGlobal(QPoint(5, 5))
    )
    QApplication.sendEvent(label, event)
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() != "")
    assert QGuiApplication.clipboard().text() == "By توم هيل, آدا ليند"
