"""A researcher's day in the window, stop 48 (s48-app): after a search in
one library opened its hit with the find bar saying "tide · 1 match", a
switch to another library emptied the search box but left that find bar
over the next library's posts, and over the first one's when switched
back. The saved pages are stop 47's (tests/fixtures/review_html6_stop47)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quotemark.app.controller import Controller
from quotemark.app.main_window import MainWindow
from quotemark.library.service import Library
from tests.app.test_main_window_support import import_and_wait, press, show

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "review_html6_stop47"


def _saved(folder: Path, *names: str) -> Path:
    folder.mkdir()
    for name in names:
        shutil.copy(PAGES / name, folder / name)
    return folder


@pytest.mark.parametrize("size", [(1024, 700), (1920, 1080)])
def test_a_library_switch_leaves_no_find_bar_of_the_search_before(
    qtbot: QtBot, library: Library, tmp_path: Path, size: tuple[int, int]
) -> None:
    window = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    window.resize(*size)
    import_and_wait(
        qtbot, window, [_saved(tmp_path / "saved", "06-wire-story.html", "07-interview-qa.html")]
    )
    # Searched with the keyboard, the hit opened from the list.
    press(qtbot, "Ctrl+K")
    qtbot.keyClicks(QApplication.focusWidget(), "tide tables")
    qtbot.waitUntil(lambda: window.library_pane.model.rowCount() == 1)
    press(qtbot, "Down")
    press(qtbot, "Return")
    bar = window.reader.find_bar()
    qtbot.waitUntil(bar.isVisible)
    assert bar.field().text() == "tide"
    # Another library, with a post of its own open.
    other = tmp_path / "other.sqlite3"
    with Library.open(other) as second:
        second.import_paths([_saved(tmp_path / "more", "08-oped-bio.html")])
    assert window.library_switch.switch_to(other) is None
    assert window.library_pane.search_box.text() == ""
    qtbot.wait(50)
    assert not bar.isVisible()
    # Back: the post read last there opens, without the search's bar; the
    # next Ctrl+F starts from an empty field, not the other session's word.
    assert window.library_switch.switch_to(library.path) is None
    qtbot.waitUntil(lambda: window.current_post() is not None)
    qtbot.wait(50)
    assert not bar.isVisible()
    window.focus_reader()
    press(qtbot, "Ctrl+F")
    assert bar.isVisible()
    assert bar.field().text() == ""
