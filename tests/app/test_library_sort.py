"""The library list's sort choice: each order as a researcher expects it,
chosen from the keyboard, remembered for the next run, and search results
kept in order of relevance."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quotemark.app import settings
from quotemark.app.controller import Controller
from quotemark.app.library_pane import SEARCH_DELAY_MS, SORT_SETTING, LibraryPane, sort_posts
from quotemark.library import paths
from quotemark.library.model import Position, PostSummary, Span
from quotemark.library.operations import EditMetadata
from quotemark.library.service import Library
from tests.app.test_main_window_support import FERRY_POST, GARDEN_POST, write_post

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

FERRY = "The Harbour Ferry Sails at Night Again"
GARDEN = "Allotment Gardens Open a Waiting List"
BAKERY = "Bakery on Mill Street Closes After Forty Years"

BAKERY_POST = f"""\
{BAKERY}

June 30, 2023

The bakery on Mill Street sold its last loaves on Saturday morning.

“Forty years of getting up at four is enough,” said Otto Rand, the baker.
"""


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(paths.library_file())
    # Imported in this order: ferry (2024-03-09), garden (2024-04-02), bakery (2023-06-30).
    for name, text in (("ferry.txt", FERRY_POST), ("garden.txt", GARDEN_POST)):
        lib.import_paths([write_post(tmp_path, name, text)])
    lib.import_paths([write_post(tmp_path, "bakery.txt", BAKERY_POST)])
    ferry = next(p for p in lib.posts() if p.title == FERRY)
    text = lib.post(ferry.id).blocks[1].text
    lib.clip(ferry.id, Span(Position(1, 0), Position(1, len(text)), text))
    yield lib
    lib.close()


def make_pane(qtbot: QtBot, library: Library) -> LibraryPane:
    pane = LibraryPane(Controller(library))
    qtbot.addWidget(pane)
    pane.resize(320, 500)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def listed(pane: LibraryPane) -> list[str]:
    """Titles in the order the user sees them."""
    return [str(pane.proxy.index(row, 0).data()) for row in range(pane.proxy.rowCount())]


def test_the_list_starts_newest_import_first(qtbot: QtBot, library: Library) -> None:
    pane = make_pane(qtbot, library)
    assert pane.sort_box.currentText() == "Newest import"
    assert listed(pane) == [BAKERY, GARDEN, FERRY]


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Published date", [GARDEN, FERRY, BAKERY]),
        ("Title", [GARDEN, BAKERY, FERRY]),
        ("Most clips", [FERRY, BAKERY, GARDEN]),  # ties keep newest first
        ("Newest import", [BAKERY, GARDEN, FERRY]),
    ],
)
def test_each_sort_choice_orders_the_list(
    qtbot: QtBot, library: Library, label: str, expected: list[str]
) -> None:
    pane = make_pane(qtbot, library)
    pane.sort_box.setCurrentIndex(pane.sort_box.findText(label))
    assert listed(pane) == expected


def test_posts_without_a_site_come_after_named_sites(qtbot: QtBot, library: Library) -> None:
    pane = make_pane(qtbot, library)
    pane.set_sort_order("site")
    sites = [pane.proxy.index(row, 1).data() for row in range(pane.proxy.rowCount())]
    named = [s for s in sites if s]
    assert sites[: len(named)] == sorted(named, key=str.casefold)


def test_sort_is_chosen_from_the_keyboard_and_remembered(qtbot: QtBot, library: Library) -> None:
    pane = make_pane(qtbot, library)
    pane.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is pane)
    pane.search_box.setFocus()
    # Tab from the search box reaches the filter, then the sort choice.
    qtbot.keyClick(pane.search_box, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is pane.sort_box
    # Typing the first letter picks the choice, as in any list box.
    qtbot.keyClicks(pane.sort_box, "T")
    assert pane.sort_box.currentText() == "Title"
    assert listed(pane) == [GARDEN, BAKERY, FERRY]
    assert settings.get_str(SORT_SETTING) == "title"

    again = make_pane(qtbot, library)
    assert again.sort_box.currentText() == "Title"
    assert listed(again) == [GARDEN, BAKERY, FERRY]


def test_alt_o_jumps_to_the_sort_choice(qtbot: QtBot, library: Library) -> None:
    pane = make_pane(qtbot, library)
    pane.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is pane)
    pane.search_box.setFocus()
    qtbot.keyClick(pane.search_box, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is pane.sort_box


def test_search_results_stay_in_order_of_relevance(qtbot: QtBot, library: Library) -> None:
    pane = make_pane(qtbot, library)
    pane.set_sort_order("title")
    best_first = [hit.post.title for hit in library.search("said")]
    assert len(best_first) >= 2
    assert best_first != sorted(best_first)  # the title order would differ
    pane.search_box.setText("said")
    qtbot.wait(SEARCH_DELAY_MS + 100)
    assert listed(pane) == best_first
    assert not pane.sort_box.isEnabled()
    assert "best match first" in pane.sort_box.toolTip()
    pane.search_box.clear()
    pane.refresh()
    assert pane.sort_box.isEnabled()
    assert listed(pane) == [GARDEN, BAKERY, FERRY]


def test_an_unknown_remembered_sort_falls_back_to_newest(qtbot: QtBot, library: Library) -> None:
    settings.set_value(SORT_SETTING, "by-colour")
    pane = make_pane(qtbot, library)
    assert pane.sort_order() == "newest"
    assert listed(pane) == [BAKERY, GARDEN, FERRY]


def test_a_long_source_name_in_the_filter_does_not_widen_the_pane(
    qtbot: QtBot, library: Library
) -> None:
    pane = make_pane(qtbot, library)
    narrow = pane.minimumSizeHint().width()
    pane.filter_box.addItem("Source: " + "The Internationalist News Agency of Everywhere " * 4)
    assert pane.minimumSizeHint().width() <= max(narrow, 320)
    assert pane.minimumSizeHint().width() <= 320  # the reader keeps its room


def summary(
    post_id: int, title: str, *, site: str | None, published: str | None, clips: int = 0
) -> PostSummary:
    return PostSummary(
        id=post_id,
        key=f"k{post_id}",
        title=title,
        authors=(),
        published=published,
        site=site,
        url=None,
        imported=f"2026-11-0{post_id}T09:00:00+00:00",
        quote_count=0,
        clip_count=clips,
    )


ROWS = [
    summary(1, "zebra crossings", site="harbour lights", published="2024-05-01", clips=2),
    summary(2, "Apples", site=None, published=None),
    summary(3, "mill street", site="Courier", published="2024-05-01", clips=2),
    summary(4, "Bridges", site="", published="2023-01-09"),
]


@pytest.mark.parametrize(
    ("order", "expected"),
    [
        ("newest", [4, 3, 2, 1]),
        ("published", [3, 1, 4, 2]),  # same day: newest import first; no date last
        ("title", [2, 4, 3, 1]),  # case does not matter
        ("site", [3, 1, 4, 2]),  # Courier, harbour lights, then the posts without a site
        ("clips", [3, 1, 4, 2]),
        ("no-such-order", [4, 3, 2, 1]),
    ],
)
def test_sort_posts_orders_plain_rows(order: str, expected: list[int]) -> None:
    assert [p.id for p in sort_posts(ROWS, order)] == expected


def test_sort_by_title_files_a_quoted_title_under_its_first_word(
    qtbot: QtBot, library: Library
) -> None:
    # “Pier 10” came after every other title: U+201C sorts after "Z".
    by_title = {p.title: p.id for p in library.posts()}
    library.run(EditMetadata(by_title[FERRY], (("title", "“Pier 10” reopens"),)))
    library.run(EditMetadata(by_title[GARDEN], (("title", "Quay wall repaired"),)))
    library.run(EditMetadata(by_title[BAKERY], (("title", "Pier 2 closes"),)))
    pane = make_pane(qtbot, library)
    pane.sort_box.setCurrentIndex(pane.sort_box.findText("Title"))
    assert listed(pane) == ["Pier 2 closes", "“Pier 10” reopens", "Quay wall repaired"]


def _forty_piers(library: Library, tmp_path: Path) -> None:
    """Forty posts, "Pier 0 Report" to "Pier 39 Report"."""
    library.import_paths(
        [
            write_post(
                tmp_path,
                f"pier{number}.txt",
                f"Pier {number} Report\n\nJune {1 + number % 28}, 2023\n\n"
                f"The harbour board met about pier {number} on Monday.\n",
            )
            for number in range(40)
        ]
    )


def in_view(pane: LibraryPane, post_id: int) -> bool:
    """Whether the row of ``post_id`` is listed and shown whole."""
    row = pane.model.row_of(post_id)
    if row is None:
        return False
    rect = pane.view.visualRect(pane.model.index(row, 0))
    return pane.view.viewport().rect().contains(rect)


def test_the_open_post_stays_in_view_when_the_order_changes(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    _forty_piers(library, tmp_path)
    pane = make_pane(qtbot, library)
    pane.resize(320, 300)
    opened = next(p.id for p in library.posts() if p.title == "Pier 3 Report")
    pane.set_open_post(opened)  # the reader shows it
    pane.view.clearSelection()  # Ctrl+click on its row
    for order in ("published", "title", "newest"):
        pane.set_sort_order(order)
        assert in_view(pane, opened), order
        assert pane.selected_post_ids() == [opened]


def test_the_post_being_read_stays_in_view_when_the_list_gets_shorter(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    # At 900 x 600 (or a larger font) the list got shorter and the row of
    # the post being read went below its bottom: nothing in view was it.
    _forty_piers(library, tmp_path)
    pane = make_pane(qtbot, library)
    pane.resize(320, 700)
    pane.set_sort_order("title")
    opened = next(p.id for p in library.posts() if p.title == "Pier 8 Report")
    pane.set_open_post(opened)
    assert in_view(pane, opened)
    pane.resize(320, 300)
    qtbot.waitUntil(lambda: in_view(pane, opened))
    # Scrolled away by the user, it is left where it is.
    pane.view.scrollToTop()
    pane.resize(320, 700)
    pane.view.scrollToBottom()
    assert not in_view(pane, opened)
    pane.resize(320, 300)
    qtbot.wait(20)
    assert not in_view(pane, opened)


def test_the_post_being_read_stays_in_view_when_a_list_that_fitted_gets_shorter(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    # Every row fitted (no scroll bar yet): scrolling at once did nothing.
    pane = make_pane(qtbot, library)
    pane.resize(320, 700)
    pane.set_sort_order("title")
    opened = next(p.id for p in library.posts() if p.title == FERRY)  # the last row
    pane.set_open_post(opened)
    assert pane.model.row_of(opened) == 2
    pane.resize(320, 260)
    qtbot.waitUntil(lambda: in_view(pane, opened))
