"""Closing the window while an import of saved web pages starts (stop 48):
six files or more are read by a pool of processes, and the first file
waited for those processes to start and load the extraction (8-10 s on a
loaded machine, stop 48's day in the window) without asking whether the
import was cancelled: the window stayed on screen as long. Now the wait
asks every 50 ms (``batch.STOP_POLL``), and the window is gone at once."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from quotemark.app.controller import Controller
from quotemark.app.main_window import MainWindow
from quotemark.library import pipeline
from quotemark.library.service import Library
from quotemark.library.store import batch
from quotemark.library.store.batch import Prepared
from tests.app.test_main_window_support import show

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "review_html6_stop47"

SLOW_S = 5.0
"""Each page's extraction in the pool, as a slow start of its processes."""

CLOSED_WITHIN_S = 3.0


def slow_prepare(path: Path) -> Prepared:
    """The pool's work, slowed (module level: a spawned worker imports it)."""
    time.sleep(SLOW_S)
    return pipeline.prepare(path)


def test_the_window_closes_at_once_while_the_pool_of_an_import_starts(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = sorted(PAGES.glob("*.html"))
    assert len(pages) >= batch.PARALLEL_MIN
    monkeypatch.setattr(pipeline, "prepare", slow_prepare)
    monkeypatch.setattr(batch, "worker_count", lambda: 2)
    library = Library.open(tmp_path / "pages.sqlite3")
    window = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    window.import_paths(pages, open_first=True, show_progress=False)
    job = window.controller._job
    assert job is not None
    qtbot.waitUntil(job.is_running)
    time.sleep(0.3)
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < CLOSED_WITHIN_S
    assert not job.is_running()
    library.close()
    with Library.open(tmp_path / "pages.sqlite3") as again:
        assert again.posts() == []  # every page cancelled, none half-stored
