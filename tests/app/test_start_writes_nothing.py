"""Opening the window reads the remembered settings and writes nothing back:
rewriting the settings file was part of every start (issue 15)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from quotemark.app import library_choice, settings
from quotemark.app.controller import Controller
from quotemark.app.main_window import MainWindow
from quotemark.library import paths
from quotemark.library.service import Library
from tests.app.test_main_window_support import show

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def test_a_second_start_leaves_the_settings_file_as_the_first_left_it(
    qtbot: QtBot, library: Library
) -> None:
    first = show(qtbot, MainWindow(Controller(library)))
    first.close()  # remembers its size, splitter and tab
    stored = paths.config_dir() / settings.SETTINGS_FILE
    before = stored.stat()
    text = stored.read_bytes()

    second = show(qtbot, MainWindow(Controller(library)))
    qtbot.wait(50)  # the first turns of the event loop, where deferred work runs
    after = stored.stat()
    assert (after.st_mtime_ns, after.st_ino) == (before.st_mtime_ns, before.st_ino)
    assert stored.read_bytes() == text
    # The remembered choice still reached the reader.
    assert second.reader.paragraph_numbers_visible() is settings.get_bool(
        "reader/paragraph_numbers", True
    )


def test_remembering_the_same_library_again_leaves_the_settings_file(tmp_path: Path) -> None:
    # Each start notes its library among the recent ones; a start on the
    # library already first in the list has nothing new to write.
    stored = paths.config_dir() / settings.SETTINGS_FILE
    elsewhere = tmp_path / "project" / "library.sqlite3"
    library_choice.remember(paths.library_file(), last=True)
    library_choice.remember(elsewhere, last=True)
    before = stored.stat()
    text = stored.read_bytes()
    library_choice.remember(elsewhere, last=True)
    after = stored.stat()
    assert (after.st_mtime_ns, after.st_ino) == (before.st_mtime_ns, before.st_ino)
    assert stored.read_bytes() == text
    assert library_choice.recent()[0] == library_choice.memory_text(elsewhere)
