"""The day's backup is made after the window is shown, in a thread with its
own connection, so the first start of a day is not kept waiting for it
(1.6 s at 100,000 posts when it ran inside Library.open)."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from quotemark.app.controller import Controller
from quotemark.app.main_window import MainWindow
from quotemark.library import paths
from quotemark.library.service import Library
from quotemark.library.store import backups
from tests.app.test_main_window_support import show
from tests.fixtures.gui.posts import river_post, store

pytestmark = pytest.mark.gui


def test_the_days_backup_appears_after_the_window_opens(qtbot: QtBot) -> None:
    path = paths.library_file()
    with Library.open(path) as library:  # new and empty: no backup yet
        store(library, river_post(), "river.txt")
    daily = backups.backups_folder(path) / f"{path.stem}-daily-{date.today().isoformat()}.sqlite3"
    controller = Controller.open(path)
    try:
        assert not daily.exists()  # opening did not make the window wait for it
        window = show(qtbot, MainWindow(controller))
        qtbot.waitUntil(daily.exists, timeout=10_000)
        assert window.library_pane.post_count() == 1
        [backup] = backups.list_backups(path)
        assert backup.kind == "daily"
        with Library.open(backup.path, daily_backup=False) as copy:
            assert [post.title for post in copy.posts()] == [river_post().metadata.title]
    finally:
        controller.close()


def test_the_command_line_still_backs_up_on_opening(qtbot: QtBot) -> None:
    del qtbot
    path = paths.library_file()
    with Library.open(path) as library:
        store(library, river_post(), "river.txt")
    Library.open(path).close()
    assert [backup.kind for backup in backups.list_backups(path)] == ["daily"]
