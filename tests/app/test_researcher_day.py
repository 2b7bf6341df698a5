"""Rough edges found by looking at every pane as a researcher meets it in a
day (stop 38): the library's rows under a larger font, a 900 x 600 window,
and the reader's face as Preferences names it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontInfo, QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from quotemark.app.actions import ActionRegistry
from quotemark.app.controller import Controller
from quotemark.app.dialogs.crash import CrashDialog
from quotemark.app.dialogs.export import ExportDialog
from quotemark.app.dialogs.preferences import PreferencesDialog
from quotemark.app.dialogs.shortcuts import ShortcutsDialog
from quotemark.app.dialogs.speaker import SpeakerDialog
from quotemark.app.main_window import MainWindow
from quotemark.app.reader import theme
from quotemark.library.service import Library
from tests.app.test_main_window_support import show
from tests.app.test_reading_comforts import _mnemonic

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("propagateSizeHints"),
    pytest.mark.ferry_and_garden,
]


def test_the_library_rows_grow_with_a_larger_font(qtbot: QtBot, library: Library) -> None:
    # The system's font grows while Quotemark runs: each row still holds its
    # title and its date line, without the next row's title over them.
    window = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    view = window.library_pane.view
    before = view.verticalHeader().defaultSectionSize()
    larger = QFont(view.font())
    larger.setPointSizeF(larger.pointSizeF() * 1.6)
    view.setFont(larger)
    two_lines = 2 * QFontMetrics(larger).height()
    qtbot.waitUntil(lambda: view.verticalHeader().defaultSectionSize() >= two_lines)
    assert view.rowHeight(0) >= two_lines > before


def test_a_900_by_600_window_gives_the_reader_what_the_panes_can_spare(
    qtbot: QtBot, library: Library
) -> None:
    # Too narrow for a comfortable column: the reader still gets every pixel
    # the library and the side panel can give (it had ~240 px, "Harbour"
    # cut to "Harbou" in the title, while both panes stood at their widest).
    window = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    window.open_post(library.posts()[0].id)
    window.resize(1600, 1000)
    qtbot.wait(50)
    window.resize(900, 600)
    qtbot.waitUntil(lambda: window.splitter.sizes()[1] > 300)
    sizes = window.splitter.sizes()
    for index in (0, 2):
        pane = window.splitter.widget(index)
        floor = max(pane.minimumSizeHint().width(), pane.minimumWidth())
        assert sizes[index] <= floor + 1
    assert sizes[1] > sizes[0]
    assert sizes[1] > sizes[2]
    # And a wide window gives the panes back the widths they had.
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.splitter.sizes()[2] >= 300)


def test_preferences_name_the_face_the_reader_shows(qtbot: QtBot) -> None:
    # Nothing chosen yet: the reader shows its serif default, and the font
    # box says so (it said the list's first face, a sans, over serif text).
    holder = QWidget()
    qtbot.addWidget(holder)
    dialog = PreferencesDialog(ActionRegistry(holder))
    qtbot.addWidget(dialog)
    shown = dialog.typography.font_box.currentFont().family()
    assert shown == QFontInfo(theme.body_font()).family()
    # Leaving the box alone keeps "the default" (no face is stored).
    assert dialog.typography.chosen().family == ""


def _dialog(make: str, holder: QWidget, library: Library) -> QDialog:
    if make == "preferences":
        return PreferencesDialog(ActionRegistry(holder))
    if make == "shortcuts":
        return ShortcutsDialog(ActionRegistry(holder))
    if make == "export":
        return ExportDialog(Controller(library, poll_ms=0))
    if make == "speaker":
        return SpeakerDialog(library.post(library.posts()[0].id), 1)
    return CrashDialog("Traceback: the pier flooded")


@pytest.mark.parametrize("make", ["preferences", "shortcuts", "export", "speaker", "crash"])
def test_a_dialog_opens_at_the_size_it_was_left(qtbot: QtBot, library: Library, make: str) -> None:
    # Widened to read more of the shortcuts (a long export path, the people
    # of a long post, a traceback), the dialog opens that wide next time (it
    # went back to its first size each time; export, speaker and crash until
    # s38-ui2).
    holder = QWidget()
    qtbot.addWidget(holder)

    def opened() -> QDialog:
        dialog = _dialog(make, holder, library)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    first = opened()
    default = first.size()
    first.resize(default.width() + 120, default.height() + 80)
    qtbot.waitUntil(lambda: first.width() == default.width() + 120)
    first.reject()
    second = opened()
    assert (second.width(), second.height()) == (default.width() + 120, default.height() + 80)


def test_the_clips_toggles_take_a_larger_system_font(qtbot: QtBot, library: Library) -> None:
    # "This post" and "All clips" are drawn with a style sheet (their checked
    # fill): Qt left them at the old size when the system's font grew.
    window = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    larger = QFont(before)
    larger.setPointSizeF(before.pointSizeF() * 1.6)
    try:
        app.setFont(larger)
        for button in (window.clips_panel.this_post_button, window.clips_panel.all_button):
            qtbot.waitUntil(lambda b=button: b.font().pointSizeF() == larger.pointSizeF())
    finally:
        app.setFont(before)
    assert window.clips_panel.all_button.font().pointSizeF() == before.pointSizeF()


def test_each_side_tab_gives_every_alt_letter_one_place(qtbot: QtBot, library: Library) -> None:
    # Alt+T was Title and Tags in the Info tab, Alt+S Site and Save note,
    # Alt+E Entry type and the Edit menu: a letter used twice only moves
    # between its places (or opens the menu), never where the label says.
    window = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    window.open_post(library.posts()[0].id)
    menus = [action.text() for action in window.menuBar().actions()]
    for tab in range(window.side_tabs.count()):
        window.side_tabs.setCurrentIndex(tab)
        qtbot.wait(20)
        texts = list(menus)
        for widget in window.findChildren(QWidget):
            if isinstance(widget, (QLabel, QAbstractButton)) and widget.isVisible():
                texts.append(widget.text())
        letters = [letter for letter in map(_mnemonic, texts) if letter is not None]
        twice = {letter for letter in letters if letters.count(letter) > 1}
        named = [text for text in texts if _mnemonic(text) in twice]
        assert not twice, (window.side_tabs.tabText(tab), named)
