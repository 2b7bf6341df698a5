"""A researcher's Monday (stop 41, s41-ui), through a real window
(offscreen): what the morning's work by keyboard tripped on."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quotemark.app.main_window import MainWindow
from quotemark.library.operations import TagPosts
from quotemark.library.service import Library
from tests.app.test_main_window_support import press

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("propagateSizeHints"),
    pytest.mark.ferry_and_garden,
]

FERRY = "The Harbour Ferry Sails at Night Again"
GARDEN = "Allotment Gardens Open a Waiting List"


def listed(window: MainWindow) -> list[str]:
    pane = window.library_pane
    return [str(pane.model.index(row, 0).data()) for row in range(pane.post_count())]


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


def test_typing_a_tags_name_in_the_filter_box_chooses_it(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    # The choices read "Tag: pier": typing "pier" (the tag's name, what a
    # researcher has in mind) chose nothing, only "t", "a", "g" did.
    ids = {p.title: p.id for p in library.posts()}
    ferry, garden = ids[FERRY], ids[GARDEN]
    window.controller.run(TagPosts((ferry,), add=("pier",)))
    window.controller.run(TagPosts((garden,), add=("plots", "Pier walk")))
    pane = window.library_pane
    box = pane.filter_box
    box.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
    qtbot.keyClicks(box, "pl")
    assert box.currentText() == "Tag: plots"
    qtbot.waitUntil(lambda: pane.post_count() == 1)
    qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a new search
    qtbot.keyClicks(box, "pier")
    assert box.currentText() == "Tag: pier"  # before "Pier walk": case first
    at = box.currentIndex()
    press(qtbot, "Down")  # the arrows still move through the choices
    assert box.currentIndex() == at + 1
    press(qtbot, "Up")
    assert box.currentIndex() == at
    qtbot.waitUntil(lambda: listed(window) == [FERRY])


def test_the_status_bar_counts_the_posts_listed_of_the_library(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    # A tag and last week's dates left five posts in the list while the
    # status bar went on saying "300 posts": how many the narrowing left
    # was nowhere to read (a screen reader neither).
    ids = {p.title: p.id for p in library.posts()}
    window.controller.run(TagPosts((ids[FERRY],), add=("pier",)))
    counts = window.counts_label
    assert counts.text() == "2 posts · 0 clips"
    pane = window.library_pane
    pane.filter_bar.choose("tag:pier")
    pane.refresh()
    qtbot.waitUntil(lambda: counts.text() == "1 of 2 posts listed · 0 clips")
    pane.filter_bar.choose_all()
    pane.refresh()
    qtbot.waitUntil(lambda: counts.text() == "2 posts · 0 clips")
    pane.search_box.setText("allotment")
    pane.refresh()
    qtbot.waitUntil(lambda: counts.text() == "1 of 2 posts listed · 0 clips")
