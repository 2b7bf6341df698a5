"""What the side panes remember across restarts: the Clips tab's This post /
All clips choice, and the sizes of the splitters inside the panes (the
library's collections above its posts, the Sources tab's two lists) as the
window's own splitter is remembered (window_state.py)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from quotemark.app.controller import Controller
from quotemark.app.layout_fit import ReaderRoom
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


def whole_after_each_fit(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """Each fit's splitter, as the fit leaves it: (the panes' widths and
    their shown handles, the splitter's width). The two are equal when
    the layout is whole, with nothing left for a later event to move."""
    seen: list[tuple[int, int]] = []
    fit = ReaderRoom.fit

    def watched(room: ReaderRoom) -> None:
        fit(room)
        splitter = room._splitter
        handles = sum(
            splitter.handle(i).width()
            for i in range(1, splitter.count())
            if splitter.handle(i).isVisible()
        )
        seen.append((sum(splitter.sizes()) + handles, splitter.width()))

    monkeypatch.setattr(ReaderRoom, "fit", watched)
    return seen


def test_the_window_splitter_keeps_its_sizes_in_a_wide_window(
    qtbot: QtBot, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = new_window(qtbot, library)
    first.open_post(library.posts()[0].id)
    first.splitter.setSizes([240, 760, 400])
    sizes = first.splitter.sizes()
    # As a drag leaves them (the drag ends with ``splitterMoved``): the
    # user's widths stand on the next run (the fit's give way to a post's
    # speaker labels, stop 50).
    first.splitter.splitterMoved.emit(sizes[0] + sizes[1], 2)
    first.close()
    fits = whole_after_each_fit(monkeypatch)
    # Opened at the offscreen screen's 800 px (the side panel steps aside),
    # then made 1400 px wide: the fit brings the panel back at the widths
    # it had. Read once that fit has run (a fixed wait, under load, read
    # before it or between it and the splitter's next layout: 717 px of
    # reader against 713), and every fit leaves the layout whole.
    second = new_window(qtbot, library)
    second.open_post(library.posts()[0].id)
    qtbot.waitUntil(lambda: second.splitter.width() > 1300 and not second.reader_room.side_hidden())
    assert second.splitter.sizes() == sizes
    assert fits
    assert all(filled == width for filled, width in fits)
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
