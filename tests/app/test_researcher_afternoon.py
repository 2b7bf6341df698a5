"""A researcher's afternoon (stop 40, s40-uirev), through a real window
(offscreen), keyboard first: Ctrl+Z right after a field saved undoes the
save; a new collection says it was made; a search that finds nothing in the
collection shown says how many posts of the whole library have the words."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from quotemark.app.main_window import MainWindow
from tests.app.test_main_window_support import (
    FERRY_POST,
    GARDEN,
    GARDEN_POST,
    import_and_wait,
    open_ferry,
    press,
    write_post,
)

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def _status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def test_ctrl_z_in_the_tags_field_undoes_the_tags_just_saved(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    open_ferry(qtbot, window, tmp_path)
    post_id = window.current_post().id  # type: ignore[union-attr]
    press(qtbot, "Ctrl+Shift+T")
    field = QApplication.focusWidget()
    assert field is not None
    assert field.objectName() == "postTags"
    qtbot.keyClicks(field, "pier, to read")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.controller.post_tags(post_id) == ("pier", "to read")
    assert "Ctrl+Z undoes" in _status(window)
    # The keyboard still in the field, as the status bar says.
    press(qtbot, "Ctrl+Z")
    qtbot.waitUntil(lambda: window.controller.post_tags(post_id) == ())
    assert field.text() == ""  # type: ignore[attr-defined]
    press(qtbot, "Ctrl+Shift+Z")
    qtbot.waitUntil(lambda: window.controller.post_tags(post_id) == ("pier", "to read"))


def test_ctrl_z_in_the_date_field_undoes_the_date_just_saved(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    open_ferry(qtbot, window, tmp_path)
    press(qtbot, "Ctrl+I")
    date = window.info_panel.fields["published"]
    date.setFocus()
    date.selectAll()
    qtbot.keyClicks(date, "2024-03-12")
    qtbot.keyClick(date, Qt.Key.Key_Return)
    assert window.current_post().metadata.published == "2024-03-12"  # type: ignore[union-attr]
    assert QApplication.focusWidget() is date
    press(qtbot, "Ctrl+Z")
    qtbot.waitUntil(lambda: window.current_post().metadata.published == "2024-03-09")  # type: ignore[union-attr]
    assert "2024-03-09" in date.text() or "9 Mar 2024" in date.text()
    press(qtbot, "Ctrl+Y")
    qtbot.waitUntil(lambda: window.current_post().metadata.published == "2024-03-12")  # type: ignore[union-attr]


def test_ctrl_z_while_typing_undoes_the_typing_first(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # Must not fire: a field with typing of its own undoes that, and the
    # library's last change (the import) stays.
    open_ferry(qtbot, window, tmp_path)
    post_id = window.current_post().id  # type: ignore[union-attr]
    title = window.info_panel.fields["title"]
    window.side_tabs.setCurrentWidget(window.info_panel)
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, " (draft)")
    press(qtbot, "Ctrl+Z")
    assert title.text() == window.controller.post(post_id).metadata.title
    assert window.controller.posts()  # the import was not undone
    assert window.current_post() is not None


def test_a_new_collection_says_it_was_made(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    open_ferry(qtbot, window, tmp_path)
    window.focus_reader()

    def name_it() -> None:
        field = QApplication.focusWidget()
        assert field is not None
        qtbot.keyClicks(field, "Harbour piece")
        qtbot.keyClick(field, Qt.Key.Key_Return)

    QTimer.singleShot(200, name_it)
    press(qtbot, "Ctrl+Shift+N")
    qtbot.waitUntil(lambda: window.controller.collections() != [])
    # The list shows the new, empty collection; the status bar said nothing
    # of it (the edit before stayed there) and only dragging was hinted.
    assert _status(window) == (
        "Made the collection “Harbour piece”; Ctrl+Shift+L adds posts to it (or drag them onto it)."
    )
    # The keyboard back in the reader (the window activates again an event later).
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.reader.editor())
    QTimer.singleShot(200, lambda: press(qtbot, "Return"))  # the one collection
    press(qtbot, "Ctrl+Shift+L")  # the open post (the list is empty)
    qtbot.waitUntil(lambda: "Added 1 post to “Harbour piece”" in _status(window))


def _gardens_shown(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """Ferry and garden posts, a collection holding the garden post shown."""
    import_and_wait(
        qtbot,
        window,
        [
            write_post(tmp_path, "ferry.txt", FERRY_POST),
            write_post(tmp_path, "garden.txt", GARDEN_POST),
        ],
        open_first=False,
    )
    tree = window.library_pane.collections
    made = tree.new_collection("Gardens")
    assert made is not None
    garden = next(p.id for p in window.controller.posts() if p.title == GARDEN)
    assert tree.add_posts(made, [garden])
    tree.choose(made)
    qtbot.waitUntil(lambda: window.library_pane.post_count() == 1)


def _search(qtbot: QtBot, window: MainWindow, words: str) -> str:
    window.activateWindow()
    press(qtbot, "Ctrl+K")
    box = window.library_pane.search_box
    assert QApplication.focusWidget() is box
    qtbot.keyClicks(box, words)
    window.library_pane.refresh()  # the search's pause after typing, skipped
    empty = window.library_pane.empty_label
    return empty.text() if empty.isVisible() else ""


@pytest.mark.parametrize(
    ("words", "said"),
    [
        # "Search all posts (Ctrl+K)" finding nothing read as nothing anywhere.
        (
            "whole island",
            "No post matches “whole island” in “Gardens”. 1 post in the whole library "
            "does: choose All posts to see it.",
        ),
        (
            "lighthouse keeper",
            "No post matches “lighthouse keeper” in “Gardens”. None in the whole library either.",
        ),
    ],
)
def test_a_search_finding_nothing_in_a_collection_says_what_the_library_has(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, words: str, said: str
) -> None:
    _gardens_shown(qtbot, window, tmp_path)
    assert _search(qtbot, window, words) == said


def test_a_search_finding_posts_in_the_collection_says_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # Must not fire: hits in the collection list, no message.
    _gardens_shown(qtbot, window, tmp_path)
    assert _search(qtbot, window, "waiting list") == ""
    assert window.library_pane.post_count() == 1


def test_the_info_tab_says_how_to_put_a_post_in_a_collection_by_keyboard(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    open_ferry(qtbot, window, tmp_path)
    press(qtbot, "Ctrl+I")
    line = window.info_panel.findChild(QLabel, "postCollections")
    assert line is not None
    assert line.text() == (
        "In no collection: Ctrl+Shift+L adds it to one (or drag it onto one in the library)."
    )


def test_the_search_box_says_it_searches_the_collection_shown(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    box = window.library_pane.search_box
    assert box.placeholderText() == "Search all posts  (Ctrl+K)"
    _gardens_shown(qtbot, window, tmp_path)
    assert box.placeholderText() == "Search this collection  (Ctrl+K)"
    window.library_pane.collections.choose(None)
    assert box.placeholderText() == "Search all posts  (Ctrl+K)"
