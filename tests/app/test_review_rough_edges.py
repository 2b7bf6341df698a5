"""Rough edges found by using the window for a working session (stop 21):
each test is what a user meets, on the real window."""

from __future__ import annotations

from importlib.metadata import version

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from quotemark.app.main_window import MainWindow
from tests.app.test_main_window_support import press

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise"),
]


def _alt(qtbot: QtBot, dialog: QWidget, letter: str) -> QWidget | None:
    qtbot.keyClick(
        dialog, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier
    )
    return QApplication.focusWidget()


def test_every_preferences_field_answers_its_alt_letter(qtbot: QtBot, window: MainWindow) -> None:
    """A keyboard user reaches each setting with Alt and its underlined
    letter, the first three fields and the shortcut table included."""
    dialog = window.dialogs.show_preferences()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    fields = {
        "t": dialog.theme_box,
        "s": dialog.style_box,
        "n": dialog.name_edit,
        "k": dialog.table,
    }
    for letter, field in fields.items():
        focused = _alt(qtbot, dialog, letter)
        assert focused is field or field.isAncestorOf(focused), letter
    dialog.reject()


def test_about_names_the_version_a_bug_report_needs(qtbot: QtBot, window: MainWindow) -> None:
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(200, read_and_close)
    window.registry["help.about"].trigger()
    assert len(seen) == 1
    assert f"Quotemark {version('quotemark')}" in seen[0]


@pytest.mark.ferry_and_garden
@pytest.mark.parametrize("bounds", [(None, None), ("2024-03-01", "2024-04-30")])
def test_tab_passes_through_the_date_filter_and_out(
    qtbot: QtBot, window: MainWindow, bounds: tuple[str | None, str | None]
) -> None:
    """Tab goes from the sort box to each date and on; with "earliest" and
    "latest" showing, Tab used to stay in the first date for good."""
    dates = window.library_pane.dates
    dates.set_bounds(*bounds)
    window.library_pane.sort_box.setFocus()
    reached = []
    for _ in range(4 if dates.is_set() else 3):
        press(qtbot, "Tab")
        reached.append(QApplication.focusWidget())
    assert reached[:2] == [dates.from_edit, dates.to_edit]
    assert not dates.isAncestorOf(reached[-1])
    press(qtbot, "Shift+Tab")
    assert QApplication.focusWidget() is reached[-2]


def test_the_export_dialogs_choices_answer_alt_letters(qtbot: QtBot, window: MainWindow) -> None:
    """The two check boxes and Browse were reachable only by Tab."""
    dialog = window.dialogs.show_export_dialog()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    assert not dialog.posts_only.isChecked()
    _alt(qtbot, dialog, "p")  # a check box's letter is an animated click
    qtbot.waitUntil(dialog.posts_only.isChecked, timeout=1000)
    _alt(qtbot, dialog, "k")
    qtbot.waitUntil(dialog.keep_current_box.isChecked, timeout=1000)
    assert dialog.browse_button.text() == "&Browse…"
    dialog.reject()
