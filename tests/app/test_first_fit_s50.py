"""A first run's panes fit the post that opens (stop 50): the layout is
made before any post opens (the reader then wants 771 px at 1440 px), and
a post with speaker labels wants about 917; opening it fits the panes
again, so a researcher on a 1440 px laptop sees who said what in the
margin on a fresh start (the reader kept 777 px, without the names, until
the window was resized). The user's widths stand; going from post to post
moves nothing once the reader has its room (``ReaderRoom.wanted_changed``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetricsF
from pytestqt.qtbot import QtBot

from quotemark.app import settings, window_state
from quotemark.app.controller import Controller
from quotemark.app.main_window import MainWindow
from quotemark.library.service import Library
from tests.app.test_main_window_support import show

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SPEAKERS = FIXTURES / "layout_s49_app" / "harbour-meeting.txt"
"""Four quotations, three speakers: labels in the right margin."""
NO_SPEAKERS = FIXTURES / "layout_s50_fit" / "allotment-rules.txt"
"""No quotation: no labels."""


def _posts(library: Library) -> tuple[int, int]:
    """The post with speakers and the one without, imported."""
    ids = [library.import_paths([path]).results[0].post_id for path in (SPEAKERS, NO_SPEAKERS)]
    assert ids[0] is not None
    assert ids[1] is not None
    return ids[0], ids[1]


def _window_at(qtbot: QtBot, library: Library, width: int) -> MainWindow:
    """A fresh window ``width`` px wide, laid out, no post open."""
    window = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    window.resize(width, 900)
    qtbot.waitUntil(lambda: window.splitter.width() >= width - 40)
    qtbot.wait(50)  # the fit runs once the splitter has laid out
    return window


def _fresh(qtbot: QtBot, library: Library, width: int) -> tuple[MainWindow, list[int]]:
    """A fresh window ``width`` px wide and its panes' widths before any
    post opens."""
    window = _window_at(qtbot, library, width)
    return window, window.splitter.sizes()


def _drag(window: MainWindow, sizes: list[int]) -> list[int]:
    """The researcher's widths, as a drag of the side panel's handle leaves
    them (the drag ends with ``splitterMoved``)."""
    window.splitter.setSizes(sizes)
    chosen = window.splitter.sizes()
    window.splitter.splitterMoved.emit(chosen[0] + chosen[1], 2)
    return chosen


def _open(qtbot: QtBot, window: MainWindow, post_id: int) -> list[int]:
    """The panes' widths once ``post_id`` is open and laid out."""
    assert window.open_post(post_id)
    qtbot.wait(50)
    return window.splitter.sizes()


def _label_room(window: MainWindow) -> float:
    """Pixels right of the column beyond what the margin's painter needs
    to write speaker labels there (``margin.paint_margin``: 4 em after
    1.3 em); negative when it leaves them out."""
    editor = window.reader.editor()
    em = QFontMetricsF(editor.document().defaultFont()).height()
    return editor.viewport().width() - editor.column_right - em * 1.3 - em * 4


def _ink_right_of_column(window: MainWindow) -> int:
    """Pixels painted right of the text's column (the labels)."""
    editor = window.reader.editor()
    image = editor.viewport().grab().toImage()
    background = window.reader.theme().background.rgb()
    left = int(editor.column_right) + 4
    return sum(
        1
        for x in range(left, image.width())
        for y in range(0, image.height(), 2)
        if image.pixel(x, y) != background
    )


def test_a_fresh_1440_px_window_shows_the_speakers_in_the_margin(
    qtbot: QtBot, library: Library
) -> None:
    speakers, _ = _posts(library)
    window, first = _fresh(qtbot, library, 1440)
    sizes = _open(qtbot, window, speakers)
    # Laid out before the post opened, the reader had less than the labels need.
    assert first[1] < window.reader.comfortable_width()
    assert sizes[1] > first[1]
    qtbot.waitUntil(lambda: _label_room(window) >= 0)
    qtbot.waitUntil(lambda: _ink_right_of_column(window) > 0)
    # The side panel gave the width, down to its smallest plus SLACK at most.
    assert sizes[0] == first[0]
    assert sizes[2] < first[2]
    assert sum(sizes) == sum(first)


def test_widths_the_researcher_set_stand_when_a_post_with_speakers_opens(
    qtbot: QtBot, library: Library
) -> None:
    # Must not fire: a drag's widths are the user's, whatever post opens.
    speakers, _ = _posts(library)
    window, _ = _fresh(qtbot, library, 1440)
    chosen = _drag(window, [340, 760, 332])
    assert _open(qtbot, window, speakers) == chosen


def test_going_from_post_to_post_does_not_move_the_panes_back_and_forth(
    qtbot: QtBot, library: Library
) -> None:
    speakers, plain = _posts(library)
    window, first = _fresh(qtbot, library, 1440)
    # Must not fire: a post without labels wants no more than the layout
    # was made for.
    assert _open(qtbot, window, plain) == first
    wider = _open(qtbot, window, speakers)
    assert wider[1] > first[1]
    # The reader does not narrow again for a post without labels (its
    # margins are blank), nor widen again for the next with them.
    for post_id in (plain, speakers, plain, speakers):
        assert _open(qtbot, window, post_id) == wider


def test_a_window_with_room_already_is_left_as_it_is(qtbot: QtBot, library: Library) -> None:
    # Must not fire: at 1920 px the reader already has the labels' room.
    speakers, _ = _posts(library)
    window, first = _fresh(qtbot, library, 1920)
    assert _open(qtbot, window, speakers) == first
    assert first[1] >= window.reader.comfortable_width()


def test_the_fit_s_widths_reopened_give_way_to_the_labels_the_user_s_do_not(
    qtbot: QtBot, library: Library
) -> None:
    speakers, plain = _posts(library)
    # A first run that closed at 1440 px with a post without labels open:
    # the widths it leaves are the fit's.
    first = _window_at(qtbot, library, 1440)
    _open(qtbot, first, plain)
    left = first.splitter.sizes()
    first.close()
    second = _window_at(qtbot, library, 1440)
    qtbot.waitUntil(lambda: second.splitter.sizes() == left)
    assert _open(qtbot, second, speakers)[1] > left[1]
    qtbot.waitUntil(lambda: _label_room(second) >= 0)
    # Widths the researcher set and left stand on the next run.
    chosen = _drag(second, [340, 760, 332])
    _open(qtbot, second, plain)
    second.close()
    third = _window_at(qtbot, library, 1440)
    qtbot.waitUntil(lambda: third.splitter.sizes() == chosen)
    assert _open(qtbot, third, speakers) == chosen


def test_widths_stored_before_stop_50_stand_as_the_user_s(qtbot: QtBot, library: Library) -> None:
    # Must not fire: a last run's widths stored without saying whose they
    # were (before stop 50) are taken as the user's, as they were then.
    speakers, plain = _posts(library)
    first = _window_at(qtbot, library, 1440)
    _open(qtbot, first, plain)
    left = first.splitter.sizes()
    first.close()
    settings.settings().remove(window_state.SIZES_BY_USER_SETTING)
    second = _window_at(qtbot, library, 1440)
    qtbot.waitUntil(lambda: second.splitter.sizes() == left)
    assert _open(qtbot, second, speakers) == left
