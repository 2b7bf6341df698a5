"""The library pane's date range: From / To date edits with calendar
pop-ups, reached and used by keyboard, combined with the search and the
other filters, cleared, and remembered for the next window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QCalendarWidget
from pytestqt.qtbot import QtBot

from quotemark.app.accessibility import unnamed
from quotemark.app.date_range import open_calendar
from quotemark.app.main_window import MainWindow
from quotemark.library.operations import AddToCollection, CreateCollection
from quotemark.library.service import Library
from tests.app.test_main_window_support import press, quiet_window

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("propagateSizeHints"),
    pytest.mark.ferry_and_garden,
]

FERRY = "The Harbour Ferry Sails at Night Again"  # March 9, 2024
GARDEN = "Allotment Gardens Open a Waiting List"  # April 2, 2024


@pytest.fixture
def window(qtbot: QtBot, library: Library) -> MainWindow:
    return quiet_window(qtbot, library, 1400, 900)


def listed(window: MainWindow) -> list[str]:
    pane = window.library_pane
    return [str(pane.model.index(row, 0).data()) for row in range(pane.post_count())]


def choose(qtbot: QtBot, window: MainWindow, start: str | None, end: str | None) -> None:
    dates = window.library_pane.dates
    for edit, value in ((dates.from_edit, start), (dates.to_edit, end)):
        if value is not None:
            edit.setDate(QDate.fromString(value, "yyyy-MM-dd"))
    with qtbot.waitSignal(dates.changed, timeout=5000):
        pass


def test_the_dates_narrow_the_list_and_clear_again(qtbot: QtBot, window: MainWindow) -> None:
    assert sorted(listed(window)) == sorted([FERRY, GARDEN])
    choose(qtbot, window, "2024-04-01", None)
    assert listed(window) == [GARDEN]
    choose(qtbot, window, None, "2024-04-01")  # a range that holds no post
    assert listed(window) == []
    assert "between these dates" in window.library_pane.empty_label.text()
    window.library_pane.dates.clear_button.click()
    assert sorted(listed(window)) == sorted([FERRY, GARDEN])
    assert window.library_pane.dates.bounds() == (None, None)


def test_the_dates_combine_with_the_search(qtbot: QtBot, window: MainWindow) -> None:
    pane = window.library_pane
    pane.search_box.setText("said")
    pane.refresh()
    assert sorted(listed(window)) == sorted([FERRY, GARDEN])
    choose(qtbot, window, None, "2024-03-31")  # both ends included: March 9 is in
    assert listed(window) == [FERRY]
    choose(qtbot, window, "2024-03-09", "2024-03-09")
    assert listed(window) == [FERRY]


def test_the_dates_combine_with_a_collection(qtbot: QtBot, window: MainWindow) -> None:
    both = window.controller.run(CreateCollection("Both")).value
    ids = tuple(p.id for p in window.controller.posts())
    window.controller.run(AddToCollection(both, ids))
    window.library_pane.collections.choose(both)
    assert sorted(listed(window)) == sorted([FERRY, GARDEN])
    choose(qtbot, window, "2024-04-01", None)
    assert listed(window) == [GARDEN]
    window.library_pane.collections.choose(None)
    assert listed(window) == [GARDEN]  # the dates stay when the collection goes


@pytest.mark.qt_log_ignore("raise", "grabbing the keyboard")  # offscreen popups
def test_the_dates_are_reached_and_chosen_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    dates = window.library_pane.dates
    window.library_pane.sort_box.setFocus()
    press(qtbot, "Tab")
    assert QApplication.focusWidget() in (dates.from_edit, dates.from_edit.focusProxy())
    press(qtbot, "Alt+Down")  # the calendar, on this month
    calendar = dates.from_edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible, timeout=5000)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    with qtbot.waitSignal(dates.changed, timeout=5000):
        press(qtbot, "Return")  # takes the day shown: today, after both posts
    assert dates.bounds()[0] == today.toString("yyyy-MM-dd")
    assert listed(window) == []
    assert not calendar.isVisible()
    window.activateWindow()  # offscreen has no window manager to do it
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    dates.from_edit.setFocus()
    with qtbot.waitSignal(dates.changed, timeout=5000):
        press(qtbot, "Delete")
    assert dates.bounds() == (None, None)
    assert len(listed(window)) == 2


def test_the_date_edits_are_named_for_screen_readers(window: MainWindow) -> None:
    dates = window.library_pane.dates
    for edit, name in ((dates.from_edit, "Published from"), (dates.to_edit, "Published until")):
        interface = QAccessible.queryAccessibleInterface(edit)
        assert interface is not None
        assert interface.text(QAccessible.Text.Name) == name
        assert interface.text(QAccessible.Text.Description)
    assert dates.from_edit.calendarPopup()


def test_the_dates_are_remembered_for_the_next_window(
    qtbot: QtBot, library: Library, window: MainWindow
) -> None:
    choose(qtbot, window, "2024-04-01", "2024-12-31")
    window.close()
    again = quiet_window(qtbot, library, 1400, 900)
    assert again.library_pane.dates.bounds() == ("2024-04-01", "2024-12-31")
    assert listed(again) == [GARDEN]


@pytest.mark.qt_log_ignore("raise", "grabbing the keyboard")  # offscreen popups
def test_a_calendar_is_made_when_first_opened_on_the_edits_date(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Made at start, the two calendars were ~4 ms of it (stop 20).
    assert window.findChildren(QCalendarWidget) == []
    dates = window.library_pane.dates
    dates.to_edit.setDate(QDate(2024, 3, 9))
    open_calendar(dates.to_edit)
    [calendar] = window.findChildren(QCalendarWidget)
    qtbot.waitUntil(calendar.isVisible, timeout=5000)
    assert calendar.selectedDate() == QDate(2024, 3, 9)
    assert calendar.minimumDate() == dates.to_edit.minimumDate()
    assert dates.to_edit.calendarWidget() is calendar
    # Named for screen readers as the rest of the window is at start.
    assert unnamed(dates.to_edit) == []
    assert calendar.accessibleName() == "Calendar"


def test_a_date_is_typed_into_an_empty_end_as_it_shows(qtbot: QtBot, window: MainWindow) -> None:
    # Typed into "earliest", the date went nowhere; typed over a date, the
    # "-" between its parts left the field for the next one (and the rest
    # of the date went there, or into the list's type-ahead).
    dates = window.library_pane.dates
    dates.from_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dates.from_edit)
    with qtbot.waitSignal(dates.changed, timeout=5000):
        qtbot.keyClicks(dates.from_edit, "2024-03-20")
    assert dates.bounds() == ("2024-03-20", None)
    assert listed(window) == [GARDEN]
    press(qtbot, "Tab")
    assert QApplication.focusWidget() is dates.to_edit
    with qtbot.waitSignal(dates.changed, timeout=5000):
        qtbot.keyClicks(dates.to_edit, "2024-03-31")
    assert QApplication.focusWidget() is dates.to_edit
    assert dates.bounds() == ("2024-03-20", "2024-03-31")
    assert listed(window) == []
    # Typed over a date it holds, from its first part (as Home or a click
    # at its start leaves it), a date replaces the one before.
    press(qtbot, "Home")
    with qtbot.waitSignal(dates.changed, timeout=5000):
        qtbot.keyClicks(dates.to_edit, "2024-04-30")
    assert dates.bounds() == ("2024-03-20", "2024-04-30")
    assert listed(window) == [GARDEN]
