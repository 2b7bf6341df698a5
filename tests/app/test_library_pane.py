"""The library pane over a real library: rows, debounced search, filters."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quotemark.app.controller import Controller
from quotemark.app.library_pane import SEARCH_DELAY_MS, SECONDARY_ROLE, LibraryPane
from quotemark.library.model import Position, Span
from quotemark.library.service import Library
from tests.app.test_main_window_support import FERRY, GARDEN
from tests.fixtures.gui.posts import river_post, store

# The offscreen platform warns that it cannot pass size hints on; harmless.
pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("propagateSizeHints"),
    pytest.mark.ferry_and_garden,
]


@pytest.fixture
def pane(qtbot: QtBot, library: Library) -> LibraryPane:
    widget = LibraryPane(Controller(library))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def titles(pane: LibraryPane) -> list[str]:
    model = pane.proxy
    return sorted(str(model.index(row, 0).data()) for row in range(model.rowCount()))


def post_id(library: Library, title: str) -> int:
    return next(p.id for p in library.posts() if p.title == title)


def test_rows_show_title_date_and_quote_count(pane: LibraryPane, library: Library) -> None:
    assert titles(pane) == [GARDEN, FERRY]
    row = next(r for r in range(pane.model.rowCount()) if pane.model.summary(r).title == FERRY)
    # The date as the reader and the Info tab write it (the locale's medium
    # form; the tests' default locale, C, writes it as Britain does): it was
    # ISO, "2024-03-09", beside the reader's "9 March 2024" (stop 40).
    assert pane.model.index(row, 2).data() == "9 Mar 2024"
    assert int(pane.model.index(row, 3).data()) >= 2  # two quotes in the ferry post
    # The list shows one two-line column: the title, then site, date and counts.
    details = pane.model.index(row, 0).data(SECONDARY_ROLE)
    assert "9 Mar 2024" in details
    assert "quotes" in details


def test_search_waits_for_typing_to_pause_then_lists_matching_posts(
    qtbot: QtBot, pane: LibraryPane
) -> None:
    qtbot.keyClicks(pane.search_box, "lifeline")
    assert len(titles(pane)) == 2  # not yet: the search is debounced
    qtbot.waitUntil(lambda: titles(pane) == [FERRY], timeout=SEARCH_DELAY_MS * 8)
    pane.search_box.clear()
    qtbot.waitUntil(lambda: len(titles(pane)) == 2, timeout=SEARCH_DELAY_MS * 8)


def test_a_search_without_matches_says_so(qtbot: QtBot, pane: LibraryPane) -> None:
    qtbot.keyClicks(pane.search_box, "zeppelin")
    qtbot.waitUntil(lambda: pane.post_count() == 0, timeout=SEARCH_DELAY_MS * 8)
    assert pane.empty_label.isVisible()
    assert "zeppelin" in pane.empty_label.text()


def test_filter_by_tag_lists_only_posts_with_clips_so_tagged(
    pane: LibraryPane, library: Library
) -> None:
    garden = library.post(post_id(library, GARDEN))
    text = garden.blocks[1].text
    library.clip(garden.id, Span(Position(1, 0), Position(1, len(text)), text), tags=["plots"])
    pane.refresh_filters()
    index = pane.filter_box.findText("Tag: plots")
    assert index > 0
    pane.filter_box.setCurrentIndex(index)
    pane.filter_box.activated.emit(index)
    assert titles(pane) == [GARDEN]


def test_clicking_a_row_asks_to_open_that_post(
    qtbot: QtBot, pane: LibraryPane, library: Library
) -> None:
    row = next(r for r in range(pane.proxy.rowCount()) if pane.proxy.index(r, 0).data() == GARDEN)
    rect = pane.view.visualRect(pane.proxy.index(row, 0))
    with qtbot.waitSignal(pane.post_activated) as blocker:
        qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [post_id(library, GARDEN)]


@pytest.fixture
def river_library(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(tmp_path / "library.sqlite3")
    store(lib, river_post(), "river.txt")
    yield lib
    lib.close()


@pytest.mark.qt_log_ignore("raise", "grabbing the keyboard")  # offscreen popups
def test_the_source_choices_count_their_posts_when_the_box_opens(
    qtbot: QtBot, river_library: Library
) -> None:
    # Counting each source's posts scans every mention (45 ms at 150,000);
    # the choices are listed by name and counted once the user opens the box.
    lib = river_library
    statements: list[str] = []
    lib._conn.set_trace_callback(statements.append)
    pane = LibraryPane(Controller(lib))
    qtbot.addWidget(pane)
    pane.show()
    names = {s.name: s for s in lib.sources()}
    statements.clear()
    pane.refresh_filters()
    box = pane.filter_box
    sources = [
        box.itemText(i) for i in range(box.count()) if str(box.itemData(i)).startswith("source:")
    ]
    assert sources == [f"Source: {name}" for name in sorted(names, key=str.casefold)]
    assert not [s for s in statements if "count(DISTINCT" in s]
    box.showPopup()
    shown = [box.itemText(i) for i in range(1, box.count())]
    box.hidePopup()
    assert shown == [
        f"Source: {name} ({names[name].post_count})" for name in sorted(names, key=str.casefold)
    ]
