"""Rough edges of a researcher's week (stop 39): a narrow window at a large
system font, the Info fields there, and what a restart keeps."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from quotemark.app.controller import Controller
from quotemark.app.main_window import MainWindow
from quotemark.app.window_status import ElidingStatusBar
from quotemark.library.service import Library
from tests.app.test_main_window_support import show

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("propagateSizeHints"),
    pytest.mark.ferry_and_garden,
]


@pytest.fixture
def large_font() -> Iterator[None]:
    """The system's font at 1.6x for one test (put back after)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QFont(app.font())
    larger = QFont(before)
    larger.setPointSizeF(before.pointSizeF() * 1.6)
    app.setFont(larger)
    try:
        yield
    finally:
        app.setFont(before)


def _wide_window_reading(qtbot: QtBot, library: Library) -> MainWindow:
    """The window on ``library`` reading its first post, 1600 x 1000."""
    window = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    window.open_post(library.posts()[0].id)
    window.resize(1600, 1000)
    qtbot.wait(50)
    return window


@pytest.mark.usefixtures("large_font")
def test_a_narrow_window_at_a_large_font_hides_the_side_panel_with_a_way_back(
    qtbot: QtBot, library: Library
) -> None:
    # 900 x 600 at 1.6x: with both panes at their smallest the reader had
    # 157 px (four words a line). The side panel steps aside instead, the
    # status bar offers it back, and a wide window brings it back itself.
    window = _wide_window_reading(qtbot, library)
    window.resize(900, 600)
    qtbot.waitUntil(lambda: not window.side_tabs.isVisible())
    qtbot.waitUntil(lambda: window.splitter.sizes()[1] >= window.reader.readable_width())
    action = window.registry["view.side_panel"]
    assert not action.isChecked()
    assert window.show_side_button.isVisible()
    # The way back: the button (or View > Side panel) shows it, and it stays.
    window.show_side_button.click()
    assert window.side_tabs.isVisible()
    assert action.isChecked()
    qtbot.wait(50)
    assert window.side_tabs.isVisible()
    assert not window.show_side_button.isVisible()
    # Narrower still: hidden again; a tab asked for (Post info) shows it.
    window.resize(880, 600)
    qtbot.waitUntil(lambda: not window.side_tabs.isVisible())
    window.registry["view.post_info"].trigger()
    assert window.side_tabs.isVisible()
    assert window.side_tabs.currentWidget() is window.info_panel
    window.resize(880, 600)
    window.resize(860, 600)
    qtbot.waitUntil(lambda: not window.side_tabs.isVisible())
    # A wide window again: the side panel is back without being asked.
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.side_tabs.isVisible())
    qtbot.waitUntil(lambda: window.splitter.sizes()[2] >= 300)
    assert action.isChecked()
    assert not window.show_side_button.isVisible()


@pytest.mark.usefixtures("large_font")
def test_a_side_panel_the_user_hid_stays_hidden_in_a_wide_window(
    qtbot: QtBot, library: Library
) -> None:
    window = _wide_window_reading(qtbot, library)
    window.registry["view.side_panel"].trigger()
    assert not window.side_tabs.isVisible()
    window.resize(900, 600)
    qtbot.wait(50)
    window.resize(1600, 1000)
    qtbot.wait(100)
    assert not window.side_tabs.isVisible()
    window.registry["view.side_panel"].trigger()
    assert window.side_tabs.isVisible()


@pytest.mark.usefixtures("large_font")
def test_the_info_fields_read_whole_in_a_narrow_side_panel_at_a_large_font(
    qtbot: QtBot, library: Library
) -> None:
    # At 1.6x in the side panel at its smallest (348 px) the Entry type box
    # read "not said (web pag" and the Site hint "the publication o…":
    # the labels now go above the fields, which take the panel's width.
    window = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    window.open_post(library.posts()[0].id)
    window.registry["view.post_info"].trigger()
    floor = window.side_tabs.minimumSizeHint().width()
    total = sum(window.splitter.sizes())
    window.splitter.setSizes([300, total - 300 - floor, floor])
    info = window.info_panel
    box = info.entry_type

    def whole(field: QLineEdit) -> bool:
        hint = field.placeholderText()
        return field.width() >= field.fontMetrics().horizontalAdvance(hint) + 12

    # (Only the rows shown: a web page hides the scholarly rows, which keep
    # the width they had when last laid out.)
    shown = [field for field in info.fields.values() if field.isVisibleTo(info)]
    assert {"title", "published", "site", "url", "language", "key"} <= {
        name for name, field in info.fields.items() if field in shown
    }
    qtbot.waitUntil(lambda: all(whole(field) for field in shown))
    assert box.width() >= box.sizeHint().width()
    assert whole(window.notes_panel.tags_edit)
    # A wide panel keeps the labels beside the fields.
    window.splitter.setSizes([300, total - 300 - 700, 700])
    qtbot.waitUntil(lambda: info.fields["site"].x() > info.fields["site"].height() * 2)


def test_the_zoom_is_remembered(qtbot: QtBot, library: Library) -> None:
    # Closed and opened again after a week's reading: the text came back at
    # its default size, Ctrl+= forgotten.
    first = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    first.open_post(library.posts()[0].id)
    first.registry["view.zoom_in"].trigger()
    first.registry["view.zoom_in"].trigger()
    zoom = first.reader.zoom()
    assert zoom > 1.0
    first.close()
    second = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    assert second.reader.zoom() == pytest.approx(zoom, abs=0.001)
    second.registry["view.zoom_reset"].trigger()
    second.close()
    third = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    assert third.reader.zoom() == 1.0


def test_a_side_panel_the_user_hid_is_remembered(qtbot: QtBot, library: Library) -> None:
    first = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    first.registry["view.side_panel"].trigger()
    assert not first.side_tabs.isVisible()
    first.close()
    second = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    assert not second.side_tabs.isVisible()
    assert not second.registry["view.side_panel"].isChecked()
    assert second.show_side_button.isVisible()
    second.registry["view.side_panel"].trigger()
    assert second.side_tabs.isVisible()
    second.close()
    third = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    assert not third.reader_room.side_hidden_by_user()
    # (The offscreen screen puts the window back narrower than it was.)
    third.resize(1400, 860)
    qtbot.waitUntil(third.side_tabs.isVisible)
    assert third.registry["view.side_panel"].isChecked()


def test_the_last_post_reopens_where_it_was_being_read(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    # The post open when the window closed came back at its top: a long
    # read, left halfway on Friday, had to be found again on Monday.
    first = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    first.resize(1024, 400)
    path = tmp_path / "pier-diary.txt"
    days = "\n\n".join(
        f"On day {day} Tom Hale walked the length of the pier and counted the "
        f"boats tied up there; Ada Lind wrote the count in the harbour board's book."
        for day in range(1, 61)
    )
    path.write_text(f"A Pier Diary\n\nBy Ada Lind\n\n{days}\n", encoding="utf-8")
    post_id = library.import_paths([path]).results[0].post_id
    assert post_id is not None
    assert first.open_post(post_id)
    qtbot.wait(50)
    editor = first.reader.editor()
    bar = editor.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    place = first.reader.reading_place()
    assert place is not None
    assert place.block > 0
    first.close()
    second = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    second.resize(1024, 400)
    assert second.restore_last_post()
    qtbot.wait(50)
    assert second.reader.editor().verticalScrollBar().value() > 0
    again = second.reader.reading_place()
    assert again is not None
    assert again.block == place.block


@pytest.mark.usefixtures("large_font")
def test_a_long_status_message_ends_in_an_ellipsis_before_the_counts(
    qtbot: QtBot, library: Library
) -> None:
    # 900 x 600 at 1.6x: "Show side panel" and the counts take the right of
    # the status bar; the message ran on under them, cut mid-word. It ends
    # in "…" before them now, the whole message in its tooltip.
    from quotemark.app.window_status import ElidingStatusBar

    window = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    window.resize(900, 600)
    qtbot.waitUntil(lambda: window.show_side_button.isVisible())
    message = "Opened “The Harbour Ferry Sails at Night Again”: 3 quotes, 2 sources."
    window.show_status(message)
    bar = window.statusBar()
    assert isinstance(bar, ElidingStatusBar)
    assert bar.currentMessage() == message  # what the tests and undo read
    shown = bar.shown_message()
    assert shown.endswith("…")
    assert message.startswith(shown[:-1])
    counts = window.status_line.counts_label
    first_right = min(counts.x(), window.show_side_button.x())
    assert 6 + bar.fontMetrics().horizontalAdvance(shown) <= first_right
    assert bar.toolTip() == message
    # A short message is drawn whole, with no tooltip.
    window.show_status("Saved.")
    assert bar.shown_message() == "Saved."
    assert bar.toolTip() == ""


@pytest.mark.usefixtures("large_font")
def test_focus_mode_in_a_narrow_window_shows_the_reader_alone(
    qtbot: QtBot, library: Library
) -> None:
    # The library hidden left room beside the text, and the side panel a
    # narrow window had put aside came back in focus mode.
    window = _wide_window_reading(qtbot, library)
    window.resize(900, 600)
    qtbot.waitUntil(lambda: not window.side_tabs.isVisible())
    focus = window.registry["view.focus_mode"]
    focus.trigger()
    qtbot.wait(100)
    assert not window.library_pane.isVisible()
    assert not window.side_tabs.isVisible()
    focus.trigger()
    qtbot.wait(100)
    assert window.library_pane.isVisible()
    assert not window.side_tabs.isVisible()  # still too narrow for it
    assert window.show_side_button.isVisible()


@pytest.mark.usefixtures("large_font")
def test_typing_in_the_side_panel_when_it_steps_aside_goes_on_in_the_reader(
    qtbot: QtBot, library: Library
) -> None:
    window = _wide_window_reading(qtbot, library)
    window.side_tabs.setCurrentWidget(window.info_panel)  # the post's tags are there
    window.notes_panel.tags_edit.setFocus()
    qtbot.waitUntil(lambda: window.notes_panel.tags_edit.hasFocus())
    window.resize(900, 600)
    qtbot.waitUntil(lambda: not window.side_tabs.isVisible())
    # Not the library's search box: a letter typed would search.
    assert window.reader.editor().hasFocus()
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.side_tabs.isVisible())
    assert window.side_tabs.currentWidget() is window.info_panel  # the tab the user was on


def test_a_long_status_message_is_cut_at_a_word_end(qtbot: QtBot, library: Library) -> None:
    # "…the harbour board met about the pi…": cut inside a word.
    window = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    window.resize(900, 600)
    bar = window.statusBar()
    assert isinstance(bar, ElidingStatusBar)
    for words in (
        "The harbour board met about the pier on Monday and Tom Hale said",
        "Ada Lind, the engineer, mended the ferry ramp before the storm",
    ):
        message = f"Opened “{(words + ' ') * 4}”"
        window.show_status(message)
        shown = bar.shown_message()
        assert shown.endswith("…")
        stem = shown[:-1]
        assert message.startswith(stem)
        assert message[len(stem)] in " ,", shown  # the next word starts there
        assert bar.fontMetrics().horizontalAdvance(shown) <= bar.message_rect().width()
