"""A shared (PostgreSQL) library's schema upgrade shows the progress window
a file's upgrade shows (stop 45): the start's schema check reads the old
version at no extra cost. On the test suite's PostgreSQL server."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot

from quotemark.app.controller import Controller
from quotemark.library.service import Library
from quotemark.library.store import schema
from tests.library.engines import run
from tests.library.older_library import dropped_since
from tests.library.test_store_pages import write_post

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def _progress() -> QProgressDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QProgressDialog) and widget.isVisible():
            return widget
    return None


def test_a_shared_library_made_by_an_older_quotemark_shows_its_upgrade(
    qtbot: QtBot, pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A shared library a colleague's older Quotemark made (schema 8, a post
    # in it), opened by the window: the upgrade runs behind the progress
    # window a file's upgrade shows, not a window that looks frozen.
    with Library.open(pg_url) as library:
        result = library.import_paths([write_post(tmp_path, "a.html", "Ferry")]).results[0]
    for statement in dropped_since(8):
        run(pg_url, statement)
    run(pg_url, "UPDATE quotemark_schema SET version = 8")
    shared = Library._open_shared

    def slow(*args: Any, **kwargs: Any) -> Library:
        time.sleep(0.3)  # a large library's upgrade
        return shared(*args, **kwargs)

    monkeypatch.setattr(Library, "_open_shared", staticmethod(slow))
    labels: list[str] = []

    def look() -> None:
        dialog = _progress()
        if dialog is not None:
            labels.append(dialog.labelText())

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(look)
    timer.start()
    library = Controller.open_library(pg_url)
    timer.stop()
    try:
        assert labels, "no progress window while the shared library was upgraded"
        assert f"from version 8 to {schema.VERSION}" in labels[0]
        assert "administrator keeps its backups" in labels[0]
        assert [post.id for post in library.posts()] == [result.post_id]
        assert library.database == "postgresql"
    finally:
        library.close()
    assert _progress() is None
