"""What the side panes remember across restarts: the Clips tab's This post /
All clips choice, and the sizes of the splitters inside the panes (the
library's collections above its posts, the Sources tab's two lists) as the
window's own splitter is remembered (window_state.py)."""

from __future__ import annotations

import pytest
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


def new_window(qtbot: QtBot, library: Library) -> MainWindow:
    window = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    window.resize(1400, 860)
    return window


def test_the_window_splitter_keeps_its_sizes_in_a_wide_window(
    qtbot: QtBot, library: Library
) -> None:
    first = new_window(qtbot, library)
    first.open_post(library.posts()[0].id)
    first.splitter.setSizes([240, 760, 400])
    sizes = first.splitter.sizes()
    first.close()
    second = new_window(qtbot, library)
    second.open_post(library.posts()[0].id)
    qtbot.wait(50)
    assert second.splitter.sizes() == sizes
    # A narrower window still gives the reader room first, and a wide one
    # gives the panes back their widths.
    second.resize(1024, 700)
    qtbot.waitUntil(lambda: second.splitter.sizes()[2] < sizes[2])
    assert second.splitter.sizes()[1] >= second.reader.readable_width()
    second.resize(1400, 860)
    qtbot.waitUntil(lambda: second.splitter.sizes() == sizes)


def test_all_clips_and_the_pane_splitters_are_remembered(qtbot: QtBot, library: Library) -> None:
    first = new_window(qtbot, library)
    first.side_tabs.setCurrentWidget(first.clips_panel)
    first.clips_panel.all_button.click()
    assert first.clips_panel.showing_all()
    lists = first.library_pane.lists
    lists.setSizes([300, 400])
    library_sizes = lists.sizes()
    first.side_tabs.setCurrentWidget(first.sources_panel)
    qtbot.wait(20)  # laid out at the window's height before its sizes are set
    sources = first.sources_panel.splitter()
    total = sum(sources.sizes())
    sources.setSizes([total - 300, 150, 150])
    sources_sizes = sources.sizes()
    first.close()

    second = new_window(qtbot, library)
    assert second.clips_panel.showing_all()
    assert second.clips_panel.all_button.isChecked()
    assert second.library_pane.lists.sizes() == library_sizes
    qtbot.waitUntil(lambda: second.sources_panel.splitter().sizes() == sources_sizes)
    # And back: "This post" is remembered too.
    second.clips_panel.this_post_button.click()
    second.close()
    third = new_window(qtbot, library)
    assert not third.clips_panel.showing_all()
