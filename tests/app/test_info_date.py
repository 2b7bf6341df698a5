"""The Info tab shows the post's date as the user's locale writes it ("9 Mar
2024", "Mar 9, 2024"), not the stored ISO timestamp; the field gives the
stored text back to edit when it takes the keyboard, and shows the locale's
form again when left (with the new date, once saved)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from quotemark.app.date_display import medium_date
from quotemark.app.main_window import MainWindow
from quotemark.app.style import error_colour
from quotemark.library.service import Library
from tests.app.test_main_window_support import quiet_window

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

STAMP = "2024-03-09T18:40:00+02:00"


@pytest.mark.parametrize(
    ("locale", "shown"),
    [
        (QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom), "9 Mar 2024"),
        (QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), "Mar 9, 2024"),
        (QLocale(QLocale.Language.German, QLocale.Country.Germany), "9. März 2024"),
    ],
)
def test_a_date_in_the_locales_medium_form(locale: QLocale, shown: str) -> None:
    assert medium_date(STAMP, locale) == shown  # the day the page states
    assert medium_date("2024-03-09", locale) == shown
    assert medium_date("2024", locale) == "2024"
    assert medium_date("sometime", locale) == "sometime"  # unreadable: as given


@contextmanager
def in_locale(locale: QLocale) -> Iterator[None]:
    """The default locale is ``locale`` inside (put back after)."""
    was = QLocale()
    QLocale.setDefault(locale)
    try:
        yield
    finally:
        QLocale.setDefault(was)


@pytest.fixture
def british() -> Iterator[None]:
    with in_locale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)):
        yield


def test_the_info_tab_shows_the_date_readably_and_edits_it_as_stored(
    qtbot: QtBot, library: Library, british: None
) -> None:
    post_id = library.import_sample().post_id
    assert post_id is not None
    window: MainWindow = quiet_window(qtbot, library, 1024, 700)
    assert window.open_post(post_id)
    window.side_tabs.setCurrentWidget(window.info_panel)
    date = window.info_panel.fields["published"]
    assert date.text() == "9 Mar 2024"
    date.setFocus()
    assert date.text() == STAMP  # to edit, all of it
    assert date.selectedText() == STAMP
    qtbot.keyClicks(date, "2024-03-10")
    window.info_panel.fields["site"].setFocus()  # leaving saves
    assert window.controller.post_summary(post_id).published == "2024-03-10"
    assert date.text() == "10 Mar 2024"
    # Through without a change: back to the readable form.
    date.setFocus()
    assert date.text() == "2024-03-10"
    qtbot.keyClick(date, Qt.Key.Key_Tab)
    assert date.text() == "10 Mar 2024"


def _info_tab(qtbot: QtBot, library: Library) -> tuple[MainWindow, int]:
    post_id = library.import_sample().post_id
    assert post_id is not None
    window: MainWindow = quiet_window(qtbot, library, 1024, 700)
    assert window.open_post(post_id)
    window.side_tabs.setCurrentWidget(window.info_panel)
    return window, post_id


def test_a_date_saved_with_enter_is_not_refused_on_leaving(
    qtbot: QtBot, library: Library, british: None
) -> None:
    # Enter saved the date; Tab then showed it as "10 Mar 2024" and saved
    # that as typing: "'10 Mar 2024' is not a date" under the fields and
    # in the status bar, over a date just saved.
    window, post_id = _info_tab(qtbot, library)
    date = window.info_panel.fields["published"]
    date.setFocus()
    qtbot.keyClicks(date, "2024-03-10")
    qtbot.keyClick(date, Qt.Key.Key_Return)
    assert window.controller.post_summary(post_id).published == "2024-03-10"
    qtbot.keyClick(date, Qt.Key.Key_Tab)
    assert date.text() == "10 Mar 2024"
    assert window.info_panel.message.text() == ""
    assert "not a date" not in window.statusBar().currentMessage()
    assert window.controller.post_summary(post_id).published == "2024-03-10"


def test_a_refused_date_is_said_in_the_error_red_and_gone_once_fixed(
    qtbot: QtBot, library: Library, british: None
) -> None:
    # The refusal read like the hint lines around it; with nothing to say,
    # the empty line still left a gap under the fields.
    window, post_id = _info_tab(qtbot, library)
    message = window.info_panel.message
    assert not message.isVisible()
    date = window.info_panel.fields["published"]
    date.setFocus()
    qtbot.keyClicks(date, "next spring")
    qtbot.keyClick(date, Qt.Key.Key_Tab)
    assert message.isVisible()
    assert "not a date" in message.text()
    assert error_colour(message.palette()).name() in message.styleSheet()
    assert date.text() == "next spring"  # kept, to fix
    date.setFocus()
    date.selectAll()
    qtbot.keyClicks(date, "2024-03-10")
    qtbot.keyClick(date, Qt.Key.Key_Tab)
    assert window.controller.post_summary(post_id).published == "2024-03-10"
    assert not message.isVisible()


def test_a_long_title_shows_its_start_once_left(
    qtbot: QtBot, library: Library, british: None
) -> None:
    # Typed at its end (or put back with Esc) and left, the title field
    # showed the end of a long title: "arbour Board Delays the Pier…".
    window, _post_id = _info_tab(qtbot, library)
    title = window.info_panel.fields["title"]
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, " again")
    qtbot.keyClick(title, Qt.Key.Key_Escape)
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    assert not title.hasFocus()
    assert title.cursorPosition() == 0


def _type_date(qtbot: QtBot, window: MainWindow, text: str) -> None:
    date = window.info_panel.fields["published"]
    date.setFocus()
    date.selectAll()
    qtbot.keyClicks(date, text)
    qtbot.keyClick(date, Qt.Key.Key_Tab)


def test_a_date_typed_as_the_field_shows_one_is_saved(
    qtbot: QtBot, library: Library, british: None
) -> None:
    # The field showed "4 Dec 2026" and refused "4 Dec 2026" typed back:
    # "'4 Dec 2026' is not a date"; only ISO dates were read.
    window, post_id = _info_tab(qtbot, library)
    date = window.info_panel.fields["published"]
    message = window.info_panel.message
    for typed, stored, shown in [
        ("4 Dec 2026", "2026-12-04", "4 Dec 2026"),
        ("5 December 2026", "2026-12-05", "5 Dec 2026"),
        ("December 6, 2026", "2026-12-06", "6 Dec 2026"),
        ("Dec 7, 2026", "2026-12-07", "7 Dec 2026"),
        ("2026-12-08", "2026-12-08", "8 Dec 2026"),
        ("13/12/2026", "2026-12-13", "13 Dec 2026"),  # day first: 13 is no month
        ("November 2026", "2026-11", "Nov 2026"),  # a month and year, as biblatex takes
        ("Oct 2026", "2026-10", "Oct 2026"),  # the field's form of one, typed back
        ("2025", "2025", "2025"),
    ]:
        _type_date(qtbot, window, typed)
        assert message.text() == "", typed
        assert window.controller.post_summary(post_id).published == stored, typed
        assert date.text() == shown, typed
    # Undo takes the last change back, one at a time.
    window.registry["edit.undo"].trigger()
    assert window.controller.post_summary(post_id).published == "2026-10"
    assert date.text() == "Oct 2026"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("next Tuesday", "is not a date: write it as 4 Dec 2026; 4 December 2026;"),
        ("31 Feb 2026", "is not a date: write it as 4 Dec 2026;"),
        ("Febtober 2026", "December 2026; 2026"),
    ],
)
def test_a_date_that_is_none_is_refused_saying_what_is_read(
    qtbot: QtBot, library: Library, british: None, typed: str, said: str
) -> None:
    window, post_id = _info_tab(qtbot, library)
    _type_date(qtbot, window, typed)
    assert said in window.info_panel.message.text()
    assert window.info_panel.fields["published"].text() == typed  # kept, to fix
    assert window.controller.post_summary(post_id).published == STAMP


@pytest.mark.parametrize(
    ("country", "language", "stored", "shown"),
    [
        # The locale's short form settles the order: day first in Britain
        # and Germany, month first in the US.
        ("UnitedKingdom", "English", "2026-12-04", "4 Dec 2026"),
        ("UnitedStates", "English", "2026-04-12", "Apr 12, 2026"),
        ("Germany", "German", "2026-12-04", "4. Dez. 2026"),
    ],
)
def test_a_date_in_numbers_is_read_in_the_locales_order(
    qtbot: QtBot, library: Library, country: str, language: str, stored: str, shown: str
) -> None:
    # "4/12/2026" was refused everywhere as either 4 Dec or Apr 12, though
    # the user's own locale writes its dates in one order.
    with in_locale(QLocale(getattr(QLocale.Language, language), getattr(QLocale.Country, country))):
        window, post_id = _info_tab(qtbot, library)
        _type_date(qtbot, window, "4/12/2026")
        assert window.info_panel.message.text() == ""
        assert window.controller.post_summary(post_id).published == stored
        assert window.info_panel.fields["published"].text() == shown
        # Year first is year, month, day in any locale.
        _type_date(qtbot, window, "2026/11/3")
        assert window.controller.post_summary(post_id).published == "2026-11-03"


def test_a_date_in_numbers_the_locale_leaves_open_is_refused_naming_both(
    qtbot: QtBot, library: Library
) -> None:
    # Sweden writes its short dates year first (2026-12-04): "4/12/2026"
    # could be either, and is not guessed.
    with in_locale(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)):
        window, post_id = _info_tab(qtbot, library)
        _type_date(qtbot, window, "4/12/2026")
        said = "'4/12/2026' could be 4 Dec or Apr 12: write the month as a word"
        assert said in window.info_panel.message.text()
        assert window.info_panel.fields["published"].text() == "4/12/2026"  # kept, to fix
        assert window.controller.post_summary(post_id).published == STAMP


def test_the_display_form_is_read_back_in_the_locales_language(
    qtbot: QtBot, library: Library
) -> None:
    # A German reader sees "4. Dez. 2026" and types that.
    with in_locale(QLocale(QLocale.Language.German, QLocale.Country.Germany)):
        window, post_id = _info_tab(qtbot, library)
        _type_date(qtbot, window, "4. Dez. 2026")
        assert window.info_panel.message.text() == ""
        assert window.controller.post_summary(post_id).published == "2026-12-04"
        assert window.info_panel.fields["published"].text() == "4. Dez. 2026"


def test_the_reader_header_follows_a_corrected_title_and_date(
    qtbot: QtBot, library: Library, british: None
) -> None:
    # The Info tab and the library list showed the corrected date while the
    # reader's header above the text still said "9 March 2024": a change of
    # the post's facts alone never reached the reader (s38).
    window, post_id = _info_tab(qtbot, library)
    header = window.reader.header()
    assert header.date_label().text() == "9 Mar 2024"
    date = window.info_panel.fields["published"]
    date.setFocus()
    date.selectAll()
    qtbot.keyClicks(date, "2024-03-10")
    qtbot.keyClick(date, Qt.Key.Key_Tab)
    assert window.controller.post_summary(post_id).published == "2024-03-10"
    assert header.date_label().text() == "10 Mar 2024"
    title = window.info_panel.fields["title"]
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "The pier at Kessel Ford")
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    assert header.title_label().text() == "The pier at Kessel Ford"
    # Undo takes the title back, in the header too.
    window.controller.undo_stack.undo()
    assert header.title_label().text() != "The pier at Kessel Ford"
    window.controller.undo_stack.undo()
    assert header.date_label().text() == "9 Mar 2024"


def test_an_empty_date_field_suggests_the_forms_it_reads(qtbot: QtBot, library: Library) -> None:
    # The placeholder asked for ISO ("YYYY-MM-DD") though the field reads a
    # date as it shows one (s38-date).
    window, _post_id = _info_tab(qtbot, library)
    hint = window.info_panel.fields["published"].placeholderText()
    assert "Dec 2026" in hint
    assert "YYYY" not in hint


def test_the_empty_date_field_suggests_the_forms_as_the_locale_writes_them(
    qtbot: QtBot, library: Library
) -> None:
    # An American reader was shown "4 Dec 2026" as the example, while the
    # field shows a date as "Dec 4, 2026" (and reads that back). The locale
    # changed between runs: the next window follows it.
    with in_locale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)):
        window, post_id = _info_tab(qtbot, library)
        date = window.info_panel.fields["published"]
        assert date.placeholderText() == "Dec 4, 2026; Dec 2026 or 2026"
        _type_date(qtbot, window, "Dec 4, 2026")  # as the example writes it
        assert window.controller.post_summary(post_id).published == "2026-12-04"
        assert date.text() == "Dec 4, 2026"
        window.close()
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        again = quiet_window(qtbot, library, 1024, 700)
        assert again.open_post(post_id)
        again.side_tabs.setCurrentWidget(again.info_panel)
        assert again.info_panel.fields["published"].text() == "4 Dec 2026"
        assert again.info_panel.fields["published"].placeholderText().startswith("4 Dec 2026, ")


@pytest.mark.parametrize(
    ("locale", "said"),
    [
        (
            QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
            "Numbers are read day first here: 4/12/2026 is 4 Dec 2026",
        ),
        (
            QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
            "Numbers are read month first here: 12/4/2026 is Dec 4, 2026",
        ),
        (
            QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden),
            "could be day or month first: write the month as a word",
        ),
    ],
)
def test_hovering_the_date_says_how_numbers_are_read(
    qtbot: QtBot, library: Library, locale: QLocale, said: str
) -> None:
    # "4/12/2026" is read in the locale's order, which nothing in the window
    # said: a date read as 12 April surprised a user expecting 4 December.
    with in_locale(locale):
        window, _post_id = _info_tab(qtbot, library)
        date = window.info_panel.fields["published"]
        assert said in date.toolTip()
        assert said in date.accessibleDescription()  # a screen reader says it too
        _type_date(qtbot, window, "2026-12-04")  # the tooltip stays after a save
        assert said in date.toolTip()
