"""Search you can see: hits show a snippet with the matched words marked,
the search keeps the list's filter and collection, and a post opened from
the results shows its first hit selected, every hit tinted ("1 of n"), F3
going on to the next."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quotemark.app.main_window import MainWindow
from quotemark.app.post_list_model import SNIPPET_ROLE
from quotemark.app.search_display import pieces, plain
from quotemark.library.operations import AddToCollection, CreateCollection
from quotemark.library.service import Library
from tests.app.test_main_window_support import FERRY, GARDEN, press, quiet_window

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("propagateSizeHints"),
    pytest.mark.ferry_and_garden,
]


@pytest.fixture
def window(qtbot: QtBot, library: Library) -> MainWindow:
    return quiet_window(qtbot, library, 1200, 800)


def search(window: MainWindow, text: str) -> list[str]:
    pane = window.library_pane
    pane.search_box.setText(text)
    pane.refresh()
    return [pane.model.summary(row).title for row in range(pane.model.rowCount())]


def test_snippet_pieces_keep_the_text() -> None:
    assert pieces("a [b] c") == [("a ", False), ("b", True), (" c", False)]
    assert plain("…the [night] [crossing] to…") == "…the night crossing to…"


def test_a_hit_shows_its_snippet_with_the_match_marked(qtbot: QtBot, window: MainWindow) -> None:
    assert sorted(search(window, "town")) == sorted([FERRY, GARDEN])
    pane = window.library_pane
    snippet = pane.model.index(0, 0).data(SNIPPET_ROLE)
    assert "[town]" in snippet
    rect = pane.view.visualRect(pane.model.index(0, 0))
    # A hit's row has room for a third line, and something is drawn there:
    # the snippet, its match on the selection colour.
    assert rect.height() > pane.view.fontMetrics().height() * 2.8
    image = pane.view.viewport().grab(rect).toImage()
    mark = QColor(pane.view.palette().color(pane.view.palette().ColorRole.Highlight))
    third = range(int(image.height() * 0.68), image.height() - 2)
    colours = {image.pixelColor(x, y).rgb() for y in third for x in range(image.width())}
    assert len(colours) > 3, "the third line is empty"
    tinted = [
        c for c in colours if abs(QColor(c).hue() - mark.hue()) < 12 and QColor(c).saturation() > 20
    ]
    assert tinted, "no match is marked"
    # Not searching: two-line rows without a snippet.
    search(window, "")
    assert pane.model.index(0, 0).data(SNIPPET_ROLE) is None


def test_search_stays_inside_the_chosen_collection(window: MainWindow, library: Library) -> None:
    garden = next(p.id for p in library.posts() if p.title == GARDEN)
    box = window.controller.run(CreateCollection("Plots")).value
    window.controller.run(AddToCollection(box, (garden,)))
    window.library_pane.collections.choose(box)
    assert search(window, "town") == [GARDEN]
    assert search(window, "lifeline") == []
    # Which collection, and what the whole library has (s40-uirev).
    assert window.library_pane.empty_label.text() == (
        "No post matches “lifeline” in “Plots”. 1 post in the whole library does: "
        "choose All posts to see it."
    )
    window.library_pane.collections.choose(None)
    assert search(window, "lifeline") == [FERRY]


def test_a_post_opened_from_the_results_shows_its_hits(qtbot: QtBot, window: MainWindow) -> None:
    assert search(window, '"every night" -garden') == [FERRY]
    pane = window.library_pane
    pane.search_box.setFocus()
    press(qtbot, "Return")  # to the list, first hit selected
    assert QApplication.focusWidget() is pane.view
    press(qtbot, "Return")  # open it
    assert window.current_post() is not None
    assert window.current_post().metadata.title == FERRY
    bar = window.reader.find_bar()
    assert bar.isVisible()
    editor = window.reader.editor()
    assert editor.textCursor().selectedText().lower() == "every night"
    assert bar.count_text() == "1 of 1"
    # The reader keeps the keyboard (J, K and clipping work at once).
    assert QApplication.focusWidget() is editor

    search(window, "night")
    window.open_post(next(p.id for p in window.controller.posts() if p.title == GARDEN))
    pane.select_post(next(p.id for p in window.controller.posts() if p.title == FERRY))
    pane.view.activated.emit(pane.view.currentIndex())
    first = editor.textCursor().selectionStart()
    assert bar.count_text().startswith("1 of ")
    window.registry["edit.find_next"].trigger()
    assert editor.textCursor().selectionStart() > first
    assert bar.count_text().startswith("2 of ")
    window.registry["edit.find_previous"].trigger()
    assert editor.textCursor().selectionStart() == first


def test_down_from_the_search_goes_into_the_results_and_up_comes_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    pane = window.library_pane
    pane.search_box.setFocus()
    qtbot.keyClicks(pane.search_box, "night")  # typed; the search waits to run
    press(qtbot, "Down")  # runs it and goes into the hits, the first selected
    assert QApplication.focusWidget() is pane.view
    assert [pane.model.summary(row).title for row in range(pane.model.rowCount())] == [FERRY]
    assert pane.selected_post_ids() == [pane.model.post_id(0)]
    press(qtbot, "Up")  # on the first row: back to the search, as typed
    assert QApplication.focusWidget() is pane.search_box
    assert pane.search_box.text() == "night"
    # With more rows, Up walks the list before it leaves it.
    pane.search_box.clear()
    press(qtbot, "Down")
    assert QApplication.focusWidget() is pane.view
    press(qtbot, "Down")
    assert pane.view.currentIndex().row() == 1
    press(qtbot, "Up")
    assert QApplication.focusWidget() is pane.view
    assert pane.view.currentIndex().row() == 0
    press(qtbot, "Up")
    assert QApplication.focusWidget() is pane.search_box
