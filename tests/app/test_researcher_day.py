"""Rough edges found by looking at every pane as a researcher meets it in a
day (stop 38): the library's rows under a larger font, a 900 x 600 window,
and the reader's face as Preferences names it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from pytestqt.qtbot import QtBot

from quotemark.app.controller import Controller
from quotemark.app.main_window import MainWindow
from quotemark.library.service import Library
from tests.app.test_main_window_support import show

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
