"""The reader makes room when the open post's wants change (stop 50): a
correction that gives the open post its first speaker puts labels in the
margin, and a zoom in makes the text's measure wider; both fit the panes
again, as opening a post does (``ReaderView.wanted_width_changed`` ->
``ReaderRoom.wanted_changed``), where before they waited for a resize. The
same guards: the user's widths stand, and nothing narrows."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from quotemark.app.layout_fit import SLACK
from quotemark.app.main_window import MainWindow
from quotemark.library.operations import SetSpeaker
from quotemark.library.service import Library
from tests.app.test_first_fit_s50 import (
    SPEAKERS,
    _drag,
    _ink_right_of_column,
    _label_room,
    _open,
    _window_at,
)

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
NO_SPEAKER = FIXTURES / "layout_s50_refit" / "bridge-closure.txt"
"""Two quotations, neither with a speaker: no labels until one is named."""


def _import(library: Library, path: Path) -> int:
    post_id = library.import_paths([path]).results[0].post_id
    assert post_id is not None
    return post_id


def _name_speaker(qtbot: QtBot, window: MainWindow, post_id: int) -> None:
    """The researcher names the first quotation's speaker (as the Review
    tab's editor does) and the reader shows the newer reading."""
    window.controller.run(SetSpeaker(post_id, 1, "Ada Lind", "the council's engineer"))
    qtbot.waitUntil(lambda: window.reader.comfortable_width() > window.reader.readable_width())
    qtbot.waitUntil(lambda: _speaker_of_first(window) == "Ada Lind")
    qtbot.wait(50)


def _speaker_of_first(window: MainWindow) -> str | None:
    post = window.reader.post()
    assert post is not None
    speaker = post.analysis.quotes[0].speaker
    return speaker.name if speaker else None


def _bridge_at_1440(qtbot: QtBot, library: Library) -> tuple[MainWindow, int, list[int]]:
    """A fresh 1440 px window with the post without speakers open, and the
    panes' widths then."""
    post_id = _import(library, NO_SPEAKER)
    window = _window_at(qtbot, library, 1440)
    return window, post_id, _open(qtbot, window, post_id)


def _side_floor(window: MainWindow) -> int:
    side = window.side_tabs
    return max(side.minimumSizeHint().width(), side.minimumWidth())


def test_a_correction_naming_the_first_speaker_gives_the_labels_room(
    qtbot: QtBot, library: Library
) -> None:
    window, post_id, before = _bridge_at_1440(qtbot, library)
    # No labels: the reader has what it wants, without the labels' margin.
    assert _speaker_of_first(window) is None
    assert before[1] >= window.reader.comfortable_width() - 10
    _name_speaker(qtbot, window, post_id)
    after = window.splitter.sizes()
    assert after[1] > before[1]
    qtbot.waitUntil(lambda: _label_room(window) >= 0)
    qtbot.waitUntil(lambda: _ink_right_of_column(window) > 0)
    # The side panel gave the width, never below its smallest plus SLACK.
    assert after[0] == before[0]
    assert _side_floor(window) + SLACK <= after[2] < before[2]
    assert sum(after) == sum(before)


def test_a_correction_leaves_widths_the_researcher_dragged(qtbot: QtBot, library: Library) -> None:
    # Must not fire: the user's widths stand, whatever the post wants now.
    window, post_id, _ = _bridge_at_1440(qtbot, library)
    chosen = _drag(window, [340, 760, 332])
    _name_speaker(qtbot, window, post_id)
    assert window.splitter.sizes() == chosen


def test_a_correction_on_a_post_with_labels_moves_nothing(qtbot: QtBot, library: Library) -> None:
    # Must not fire: the post had labels already; another name wants no more.
    post_id = _import(library, SPEAKERS)
    window = _window_at(qtbot, library, 1440)
    before = _open(qtbot, window, post_id)
    window.controller.run(SetSpeaker(post_id, 1, "Ada Lindqvist", "chair of the board"))
    qtbot.waitUntil(lambda: _speaker_of_first(window) == "Ada Lindqvist")
    qtbot.wait(50)
    assert window.splitter.sizes() == before


def test_a_zoom_in_widens_the_reader_within_its_guard(qtbot: QtBot, library: Library) -> None:
    window, _, before = _bridge_at_1440(qtbot, library)
    window.registry["view.zoom_in"].trigger()
    qtbot.wait(50)
    after = window.splitter.sizes()
    assert after[1] > before[1]
    assert after[0] == before[0]
    assert _side_floor(window) + SLACK <= after[2] < before[2]
    assert sum(after) == sum(before)
    # A zoom out wants less: the reader does not narrow back (the panes
    # would move under the pointer at every step).
    window.registry["view.zoom_out"].trigger()
    qtbot.wait(50)
    assert window.splitter.sizes() == after


def test_a_zoom_in_leaves_widths_the_researcher_dragged(qtbot: QtBot, library: Library) -> None:
    # Must not fire: a drag's widths stand through a zoom in.
    window, _, _ = _bridge_at_1440(qtbot, library)
    chosen = _drag(window, [340, 760, 332])
    window.registry["view.zoom_in"].trigger()
    qtbot.wait(50)
    assert window.reader.zoom() > 1.0
    assert window.splitter.sizes() == chosen
