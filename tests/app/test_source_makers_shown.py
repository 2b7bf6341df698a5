"""The Sources tab on a shared library (the test session's PostgreSQL
server): a source a colleague corrected says so on its row's second line,
in both lists of sources, as a colleague's clip says "Clipped by NAME";
one's own corrections, and every row of a one-person library, stay one
line."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from quotemark.app.controller import Controller
from quotemark.app.main_window import MainWindow
from quotemark.app.panels.source_lists import maker_line
from quotemark.library.operations import RenameSource
from quotemark.library.service import Library
from tests.app.test_main_window_support import show
from tests.app.test_sources_panel import second_post
from tests.fixtures.gui.posts import river_post, store

pytestmark = [pytest.mark.gui]


def _rows(tree: QTreeWidget) -> dict[str, QTreeWidgetItem]:
    found = (tree.topLevelItem(row) for row in range(tree.topLevelItemCount()))
    return {item.text(0): item for item in found if item is not None}


def _second_line(tree: QTreeWidget, item: QTreeWidgetItem) -> str:
    return maker_line(tree.indexFromItem(item, 0))


def _height(tree: QTreeWidget, item: QTreeWidgetItem) -> int:
    return tree.visualItemRect(item).height()


@pytest.fixture
def river_id(pg_url: str) -> int:
    """The river post and another citing Reuters, in a new shared library."""
    with Library.open(pg_url) as lib:
        river = store(lib, river_post(), "river.txt")
        store(lib, second_post(), "ferry.txt")
    return river


@pytest.fixture
def window(qtbot: QtBot, pg_url: str, river_id: int) -> Iterator[MainWindow]:
    """Mari Saar's window on the shared library, the river post open in
    the Sources tab."""
    controller = Controller.open(pg_url)
    controller.set_display_name("Mari Saar")
    window = show(qtbot, MainWindow(controller))
    window.resize(1400, 860)
    window.side_tabs.setCurrentWidget(window.sources_panel)
    assert window.open_post(river_id)
    yield window
    window.close()
    controller.stop_work()
    controller.close()


def test_a_colleagues_correction_is_named_on_the_rows_second_line(
    qtbot: QtBot, window: MainWindow, pg_url: str, river_id: int
) -> None:
    panel = window.sources_panel
    tree = panel.sources_list()
    before = _rows(tree)
    one_line = _height(tree, before["Reuters"])
    assert {_second_line(tree, item) for item in before.values()} == {""}
    assert {_height(tree, item) for item in before.values()} == {one_line}
    index = panel.source_index()
    listed = _rows(index.list)
    assert {_height(index.list, item) for item in listed.values()} == {one_line}
    with Library.open(pg_url) as colleague:
        colleague.set_display_name("Anna Kask")
        colleague.run(RenameSource("Reuters", "Thomson Reuters"))
    window.controller.poll()
    window.controller.run(RenameSource("Valley Courier", "The Valley Courier"))
    qtbot.waitUntil(lambda: "Thomson Reuters" in _rows(panel.sources_list()))
    tree = panel.sources_list()
    rows = _rows(tree)
    thomson, courier = rows["Thomson Reuters"], rows["The Valley Courier"]
    assert _second_line(tree, thomson) == "Corrected by Anna Kask"
    assert _height(tree, thomson) > one_line  # the second line has room
    # One's own rename is not labelled, and its row stays one line.
    assert _second_line(tree, courier) == ""
    assert _height(tree, courier) == one_line
    # The library's list says the same: only the corrected row takes a
    # second line; the others keep one, with no blank line under them.
    listed = _rows(index.list)
    assert _second_line(index.list, listed["Thomson Reuters"]) == "Corrected by Anna Kask"
    assert _second_line(index.list, listed["The Valley Courier"]) == ""
    assert _height(index.list, listed["Thomson Reuters"]) > one_line
    assert _height(index.list, listed["The Valley Courier"]) == one_line
    assert {_height(index.list, item) for item in listed.values()} == {
        one_line,
        _height(index.list, listed["Thomson Reuters"]),
    }
