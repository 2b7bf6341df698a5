"""The library pane remembers what it showed: the tag or source filter and
the chosen collection come back when the app starts again (as the sort and
dates do); one removed since falls back to all posts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quotemark.app import settings
from quotemark.app.controller import Controller
from quotemark.app.library_filters import FILTER_SETTING
from quotemark.app.library_pane import LibraryPane
from quotemark.library.model import Position, Span
from quotemark.library.operations import AddToCollection, CreateCollection, DeleteCollection
from quotemark.library.service import Library
from tests.app.test_main_window_support import FERRY, GARDEN

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("propagateSizeHints"),
    pytest.mark.ferry_and_garden,
]


def start(qtbot: QtBot, library: Library) -> LibraryPane:
    """The pane as a new run of the app builds it."""
    pane = LibraryPane(Controller(library, poll_ms=0))
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def titles(pane: LibraryPane) -> list[str]:
    model = pane.model
    return sorted(str(model.index(row, 0).data()) for row in range(model.rowCount()))


def post_id(library: Library, title: str) -> int:
    return next(p.id for p in library.posts() if p.title == title)


def tag_garden(library: Library, tag: str) -> None:
    garden = library.post(post_id(library, GARDEN))
    text = garden.blocks[1].text
    library.clip(garden.id, Span(Position(1, 0), Position(1, len(text)), text), tags=[tag])


def test_a_tag_filter_chosen_by_keyboard_is_shown_again_next_run(
    qtbot: QtBot, library: Library
) -> None:
    tag_garden(library, "plots")
    pane = start(qtbot, library)
    pane.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is pane)
    pane.filter_box.setFocus()
    qtbot.keyClicks(pane.filter_box, "T")  # the first choice starting with T
    assert pane.filter_box.currentText() == "Tag: plots"
    assert titles(pane) == [GARDEN]

    again = start(qtbot, library)
    assert again.filter_box.currentText() == "Tag: plots"
    assert titles(again) == [GARDEN]


def test_a_remembered_tag_that_is_gone_falls_back_to_all_posts(
    qtbot: QtBot, library: Library
) -> None:
    settings.set_value(FILTER_SETTING, "tag:no longer used")
    pane = start(qtbot, library)
    assert pane.filter_box.currentText() == "All posts"
    assert titles(pane) == sorted([FERRY, GARDEN])


def test_the_chosen_collection_is_shown_again_until_it_is_deleted(
    qtbot: QtBot, library: Library
) -> None:
    harbours = library.run(CreateCollection("Harbours")).value
    library.run(AddToCollection(harbours, (post_id(library, FERRY),)))
    pane = start(qtbot, library)
    assert titles(pane) == sorted([FERRY, GARDEN])
    pane.collections.setFocus()
    qtbot.keyClick(pane.collections, Qt.Key.Key_Down)  # from All posts to Harbours
    assert pane.collections.chosen() == harbours
    assert titles(pane) == [FERRY]

    again = start(qtbot, library)
    assert again.collections.chosen() == harbours
    assert titles(again) == [FERRY]

    library.run(DeleteCollection(harbours))
    after = start(qtbot, library)
    assert after.collections.chosen() is None
    assert titles(after) == sorted([FERRY, GARDEN])
