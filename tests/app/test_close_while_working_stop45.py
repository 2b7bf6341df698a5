"""Closing the window while a worker thread runs (stop 45): "All clips"
reading its rows' posts, or an import. The window cancels the work and
waits for the thread; the thread ended only when the GUI thread, busy
closing, handed it its ``quit``, so the window stood 30 s (the wait's
limit) and the process then aborted on a thread still running (exit code
134: a crash report, CI failing). Now the window closes at once and the
process exits 0. A real library file, a real window offscreen, and for the
exit code a real Python process."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from quotemark.library.model import Block, BlockKind
from quotemark.library.operations import imports
from quotemark.library.service import Library
from quotemark.library.store import posts as store_posts
from tests.app.test_main_window_support import quiet_window
from tests.fixtures.gui.posts import bare_post, store

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

ROOT = Path(__file__).resolve().parents[2]

CLOSED_WITHIN_S = 15.0
"""A window closing while work runs is gone well before the 30 s wait
(the file being imported is finished first; a loaded machine is slow)."""


def _clipped_library(path: Path, posts: int) -> None:
    """A library of ``posts`` posts with three clips each, written in bulk."""
    with Library.open(path) as library:
        ids = []
        for n in range(posts):
            blocks = [
                Block(BlockKind.PARAGRAPH, f"Post {n}, paragraph {b}: the harbour board met.")
                for b in range(1, 4)
            ]
            ids.append(store(library, bare_post(f"Post {n}", blocks, []), f"post{n}.txt"))
    with sqlite3.connect(path) as conn:
        conn.executemany(
            "INSERT INTO clips (post_id, key, start_block, start_offset, end_block, end_offset,"
            " text, paragraph, note, created) VALUES (?, ?, ?, 0, ?, 5, ?, ?, '', ?)",
            [
                (post_id, f"p{post_id}-c{b}", b, b, f"Clip {b}", b + 1, "2026-06-01T00:00:00Z")
                for post_id in ids
                for b in range(3)
            ],
        )
    conn.close()


def test_the_window_closes_at_once_while_all_clips_reads_its_posts(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _clipped_library(tmp_path / "clips.sqlite3", 120)
    original = store_posts.load_reading

    def slow(conn: Any, post_id: int) -> Any:
        time.sleep(0.05)  # a busy disk: the reading outlasts the close
        return original(conn, post_id)

    monkeypatch.setattr(store_posts, "load_reading", slow)
    library = Library.open(tmp_path / "clips.sqlite3")
    window = quiet_window(qtbot, library, 1100, 900)
    window.side_tabs.setCurrentWidget(window.clips_panel)
    window.clips_panel.show_all(True)
    reader = window.clips_panel.parts
    qtbot.waitUntil(lambda: reader._job is not None and reader._job.is_running())
    job = reader._job
    assert job is not None
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < CLOSED_WITHIN_S
    assert not job.is_running()
    library.close()


def test_the_window_closes_at_once_while_an_import_runs(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "posts"
    folder.mkdir()
    for n in range(40):
        (folder / f"{n}.txt").write_text(
            f"Week {n} at the pier\n\n“The pier matters,” said Ada Lind.\n", encoding="utf-8"
        )
    stored = imports.store_processed
    done: list[int] = []

    def slow(*args: Any, **kwargs: Any) -> Any:
        time.sleep(0.1)
        result = stored(*args, **kwargs)
        done.append(1)
        return result

    monkeypatch.setattr(imports, "store_processed", slow)
    library = Library.open(tmp_path / "import.sqlite3")
    window = quiet_window(qtbot, library)
    window.controller.import_paths([folder], window, show_progress=False)
    job = window.controller._job
    assert job is not None
    qtbot.waitUntil(job.is_running)
    # A few files in (counted, not a sleep: on a loaded machine the pool's
    # processes took longer than 0.3 s to start, and since stop 48 a close
    # while they start stops the import before its first file).
    qtbot.waitUntil(lambda: len(done) >= 3, timeout=30_000)
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < CLOSED_WITHIN_S
    assert not job.is_running()
    # What was imported before the close is kept.
    with Library.open(tmp_path / "import.sqlite3") as again:
        assert 0 < len(again.posts()) < 40
    qtbot.wait(100)  # the import's end, queued to the window, delivered
    library.close()


ALL_CLIPS_OPEN = textwrap.dedent(
    """
    import gc, sys, time
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from quotemark.app.controller import Controller
    from quotemark.app.main_window import MainWindow
    from quotemark.library.service import Library
    from quotemark.library.store import posts as store_posts

    original = store_posts.load_reading
    def slow(conn, post_id):
        time.sleep(DELAY)
        return original(conn, post_id)
    store_posts.load_reading = slow
    app = QApplication(sys.argv)
    window = MainWindow(Controller(Library.open(Path(sys.argv[1])), poll_ms=0))
    window.resize(1100, 900)
    window.show()
    window.side_tabs.setCurrentWidget(window.clips_panel)
    window.clips_panel.show_all(True)
    end = time.monotonic() + 20
    while window.clips_panel.parts._job is None and time.monotonic() < end:
        app.processEvents()
    """
)
"""The start of a script (:func:`run_script`) showing All clips in a window
on the library its argument names, each post read DELAY s, until its
posts are being read."""

_CLOSING = ALL_CLIPS_OPEN.replace("DELAY", "0.05") + textwrap.dedent(
    """
    print("reading" if window.clips_panel.parts.busy() else "idle", flush=True)
    window.close()
    sys.exit(0)
    """
)


def run_script(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    """Run ``source`` in its own Python process, offscreen, on a library of
    60 posts with three clips each (its path the one argument)."""
    _clipped_library(tmp_path / "clips.sqlite3", 60)
    return run_offscreen(tmp_path, source, str(tmp_path / "clips.sqlite3"))


def run_offscreen(tmp_path: Path, source: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``source`` with ``args`` in its own Python process, offscreen, its
    Quotemark home in ``tmp_path`` (a crash's stack on stderr)."""
    script = tmp_path / "closing.py"
    script.write_text(source, encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QUOTEMARK_HOME": str(tmp_path / "home"),
        "PYTHONPATH": os.pathsep.join([str(ROOT / "build" / "ns"), str(ROOT)]),
    }
    return subprocess.run(
        [sys.executable, "-X", "faulthandler", str(script), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_quotemark_exits_cleanly_when_closed_while_all_clips_reads(tmp_path: Path) -> None:
    started = time.monotonic()
    done = run_script(tmp_path, _CLOSING)
    assert done.stdout.strip() == "reading", done.stderr
    assert "still running" not in done.stderr
    assert done.returncode == 0, done.stderr
    assert time.monotonic() - started < 30
