"""A researcher's Monday (stop 41, s41-ui), through a real window
(offscreen): what the morning's work by keyboard tripped on."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quotemark.app.main_window import MainWindow
from tests.app.test_main_window_support import press

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("propagateSizeHints"),
    pytest.mark.ferry_and_garden,
]


@pytest.mark.parametrize("tab", ["quotes", "sources"])
def test_tab_leaves_the_reader_when_no_post_is_open(
    qtbot: QtBot, window: MainWindow, tab: str
) -> None:
    # The side tab, with nothing to list, hands the focus to its hidden list:
    # Tab from the empty reader went nowhere (a keyboard trap), and Shift+Tab
    # from the side tabs stopped there too.
    window.side_tabs.setCurrentWidget(getattr(window, f"{tab}_panel"))
    window.focus_reader()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.reader.editor())
    press(qtbot, "Tab")
    landed = QApplication.focusWidget()
    assert landed is not None
    assert window.side_tabs.isAncestorOf(landed)
    assert landed.isVisible()
    press(qtbot, "Shift+Tab")
    assert QApplication.focusWidget() is window.reader.editor()
