"""What the first look at every pane left (stop 38, s38-ui2): the open post
stays in the library's view after an import, a search or a larger font; the
Sort box and the check box squares at a larger font; a language nobody found
is no reading to review. (The dialogs that remember their size are tested in
test_researcher_day.py, the Info tab's editors in test_info_date.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QStyleOptionButton
from pytestqt.qtbot import QtBot

from quotemark.app.controller import Controller
from quotemark.app.main_window import MainWindow
from quotemark.app.style import apply_theme
from quotemark.library.service import Library
from tests.app.test_main_window_support import FERRY_POST, larger_system_font, show, write_post

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def _row_in_view(window: MainWindow, post_id: int) -> bool:
    pane = window.library_pane
    row = pane.model.row_of(post_id)
    assert row is not None
    rect = pane.view.visualRect(pane.model.index(row, 0))
    return rect.isValid() and pane.view.viewport().rect().contains(rect)


def _notes(folder: Path, count: int) -> list[Path]:
    return [
        write_post(folder, f"note{i}.txt", f"Pier note {i}\n\n“Pier {i} is late,” Tom Hale said.\n")
        for i in range(count)
    ]


@pytest.mark.parametrize("count", [25, 120])
def test_the_open_post_stays_in_view_after_an_import(
    qtbot: QtBot, library: Library, tmp_path: Path, count: int
) -> None:
    # Newest import first: the new posts come in above the open one. It was
    # pushed down out of the list's view (or, after a reload, the list went
    # back to its top) while the reader still showed it.
    window = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    window.resize(1200, 700)
    opened = library.import_paths([write_post(tmp_path, "ferry.txt", FERRY_POST)])
    post_id = opened.results[0].post_id
    assert post_id is not None
    window.library_pane.refresh()
    window.open_post(post_id)
    qtbot.waitUntil(lambda: _row_in_view(window, post_id))
    posts = _notes(tmp_path, count)
    with qtbot.waitSignal(window.import_finished, timeout=60_000):
        window.import_paths(posts, open_first=False, show_progress=False)
    qtbot.wait(100)
    assert window.library_pane.selected_post_ids() == [post_id]
    assert _row_in_view(window, post_id)


def test_the_open_post_is_selected_again_after_a_search_found_nothing(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    # A search listing no post took the selection; cleared, the list went
    # back to its top with nothing selected while the reader showed a post.
    window = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    window.resize(1200, 700)
    paths = [write_post(tmp_path, "ferry.txt", FERRY_POST), *_notes(tmp_path, 25)]
    post_id = library.import_paths(paths).results[0].post_id
    assert post_id is not None
    window.library_pane.refresh()
    window.open_post(post_id)
    qtbot.waitUntil(lambda: _row_in_view(window, post_id))
    search = window.library_pane.search_box
    search.setText("zzznothing")
    window.library_pane.refresh()
    assert window.library_pane.model.rowCount() == 0
    search.setText("")
    window.library_pane.refresh()
    assert window.library_pane.selected_post_ids() == [post_id]
    assert _row_in_view(window, post_id)


def test_the_sort_box_shows_its_order_whole_at_a_larger_font(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    # At 1.6 times the system font the Sort box read "Newest im": it had a
    # fixed share of the row, less than its words.
    window = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    window.resize(1600, 1000)
    post_id = library.import_paths([write_post(tmp_path, "ferry.txt", FERRY_POST)])
    window.library_pane.refresh()
    window.open_post(post_id.results[0].post_id or 0)
    box = window.library_pane.sort_box
    with larger_system_font() as larger:
        qtbot.waitUntil(lambda: box.font().pointSizeF() == larger.pointSizeF())
        qtbot.wait(100)
        text = box.fontMetrics().horizontalAdvance(box.currentText())
        assert box.width() >= box.sizeHint().width() > text
        assert window.library_pane.filter_box.width() >= 80  # the filter still reads


SHORT_NO_LANGUAGE = "Pier notes\n\n“The lights are out,” Ada Lind said.\n"
SHORT_ENGLISH = (
    "Pier notes\n\n“The lights are out again and the board has not said when they will be "
    "mended,” Ada Lind said. She said that the ferry was late in the dark and that it "
    "was the third time this week.\n"
)


def test_a_language_nobody_found_is_no_reading_to_review(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    # Too short to tell its language: the Review tab listed "Language
    # uncertain (60% sure) (none found)", a reading with nothing to check.
    # It now says what the citations do without one.
    path = write_post(tmp_path, "short.txt", SHORT_NO_LANGUAGE)
    post_id = library.import_paths([path]).results[0].post_id or 0
    assert library.post(post_id).metadata.language is None
    assert "language" in library.uncertain_fields(post_id)  # the extractor's say
    window = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    assert window.open_post(post_id)
    review = window.review_panel
    rows = [review.list.item(i).text() for i in range(review.list.count())]
    assert not [row for row in rows if row.startswith("Language")]
    assert "language" not in review.fields()
    assert "No language found" in review.summary.text()
    assert "language" not in window.info_panel.unsure.text()


def test_a_short_posts_guessed_language_is_still_listed(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    path = write_post(tmp_path, "short.txt", SHORT_ENGLISH)
    post_id = library.import_paths([path]).results[0].post_id or 0
    assert library.post(post_id).metadata.language == "en"
    window = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    assert window.open_post(post_id)
    review = window.review_panel
    assert "language" in review.fields()
    assert "No language found" not in review.summary.text()
    assert "language (60%)" in window.info_panel.unsure.text()


def test_check_box_squares_grow_with_a_larger_system_font(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    # Fusion draws the squares 14 px whatever the font: at 1.6 times the
    # system font the Info tab's "Organisation (this line)" had a small
    # square beside tall words.
    apply_theme("light")
    window = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    post_id = library.import_paths([write_post(tmp_path, "ferry.txt", FERRY_POST)])
    assert window.open_post(post_id.results[0].post_id or 0)
    window.side_tabs.setCurrentWidget(window.info_panel)
    box = window.info_panel.authors_field.organisation

    def square() -> int:
        option = QStyleOptionButton()
        box.initStyleOption(option)
        rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
        return rect.height()

    usual = square()
    with larger_system_font() as larger:
        qtbot.waitUntil(lambda: box.font().pointSizeF() == larger.pointSizeF())
        assert square() >= QFontMetrics(box.font()).height() > usual
        assert box.sizeHint().height() >= square()
    qtbot.waitUntil(lambda: square() == usual)


def test_the_open_post_stays_in_view_when_the_font_grows(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    # Rows grown with a larger system font pushed the open post below the
    # list's bottom edge.
    paths = [write_post(tmp_path, "ferry.txt", FERRY_POST), *_notes(tmp_path, 25)]
    post_id = library.import_paths(paths).results[0].post_id or 0
    window = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    window.resize(1200, 700)
    window.open_post(post_id)
    qtbot.waitUntil(lambda: _row_in_view(window, post_id))
    view = window.library_pane.view
    with larger_system_font() as larger:
        qtbot.waitUntil(lambda: view.font().pointSizeF() == larger.pointSizeF())
        qtbot.wait(100)
        assert window.library_pane.selected_post_ids() == [post_id]
        assert _row_in_view(window, post_id)
