"""The Clips tab's "All clips" reads its rows' posts (which part of a longer
article each is) in the worker thread while the window answers, and shows
no part read before its post changed (stop 45): a real SQLite library of
360 clips over 120 posts, the panel offscreen."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quotemark.app.controller import Controller
from quotemark.app.library_pane import SECONDARY_ROLE
from quotemark.app.panels.clips import ClipsPanel
from quotemark.library.model import Block, BlockKind, Metadata, Reading
from quotemark.library.service import Library
from quotemark.library.store import posts as store_posts
from tests.fixtures.gui.posts import bare_post, store

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

POSTS = 120
CLIPS_EACH = 3


@pytest.fixture
def clipped(tmp_path: Path) -> Iterator[tuple[Library, dict[int, str]]]:
    """A library of :data:`POSTS` posts, every fourth one part of a longer
    article, with :data:`CLIPS_EACH` clips each (written in bulk), and each
    post's "part 1 of 3" ("" for a whole article) by id."""
    library = Library.open(tmp_path / "clips.sqlite3")
    expected: dict[int, str] = {}
    for n in range(POSTS):
        reading = Reading(part=n % 3 + 1, parts=3) if n % 4 == 0 else None
        blocks = [
            Block(BlockKind.PARAGRAPH, f"Post {n}, paragraph {b}: the harbour board met.")
            for b in range(1, CLIPS_EACH + 1)
        ]
        post = bare_post(f"post{n}", blocks, [])
        post = replace(post, metadata=Metadata(title=f"Post {n}", reading=reading))
        post_id = store(library, post, f"post{n}.txt")
        expected[post_id] = reading.part_words() if reading is not None else ""
    with sqlite3.connect(library.path) as conn:
        conn.executemany(
            "INSERT INTO clips (post_id, key, start_block, start_offset, end_block, end_offset,"
            " text, paragraph, note, created) VALUES (?, ?, ?, 0, ?, 5, ?, ?, '', ?)",
            [
                (
                    post_id,
                    f"p{post_id}-c{b}",
                    b,
                    b,
                    f"Clip {b} of post {post_id}",
                    b + 1,
                    "2026-06-01T00:00:00+00:00",
                )
                for post_id in expected
                for b in range(CLIPS_EACH)
            ],
        )
    conn.close()
    yield library, expected
    library.close()


def _rows_right(panel: ClipsPanel, expected: dict[int, str], rows: range) -> None:
    for row in rows:
        clip = panel.model.clip(row)
        details = panel.model.index(row, 0).data(SECONDARY_ROLE)
        part = expected[clip.post_id]
        if part:
            assert f"{part}, ¶ {clip.paragraph}" in details
        else:
            assert "part" not in details
            assert f"¶ {clip.paragraph}" in details


def _shown_rows(panel: ClipsPanel) -> range:
    view = panel.view
    first = view.rowAt(0)
    last = view.rowAt(view.viewport().height() - 1)
    return range(first, (last if last >= 0 else panel.model.rowCount() - 1) + 1)


def test_all_clips_reads_its_posts_in_the_worker_while_the_window_answers(
    qtbot: QtBot, clipped: tuple[Library, dict[int, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    library, expected = clipped
    # Where each post's document is read, each read slow as on a busy disk.
    readers: list[int] = []
    original = store_posts.load_reading

    def slow(conn: Any, post_id: int) -> Reading | None:
        readers.append(threading.get_ident())
        time.sleep(0.04)
        return original(conn, post_id)

    monkeypatch.setattr(store_posts, "load_reading", slow)
    panel = ClipsPanel(Controller(library, poll_ms=0))
    qtbot.addWidget(panel)
    panel.resize(420, 1400)
    panel.show()
    qtbot.waitExposed(panel)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(2)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    panel.show_all(True)
    QApplication.processEvents()  # the list laid out and drawn
    # The rows are there at once, their posts still being read.
    assert panel.model.rowCount() == POSTS * CLIPS_EACH
    assert panel.count_label.text().startswith(f"{POSTS * CLIPS_EACH} clips")
    assert panel.parts.busy()
    narrowest = panel.minimumSizeHint().width()
    qtbot.waitUntil(lambda: panel.count_label.text().endswith("clips…"), timeout=5000)
    assert panel.count_label.toolTip().startswith("Reading the posts")
    # Saying so widens nothing: the panes stay where they were.
    assert panel.minimumSizeHint().width() == narrowest
    qtbot.waitUntil(lambda: not panel.parts.busy(), timeout=20_000)
    timer.stop()
    # The window answered while the posts were read, none of them on its thread.
    assert len(ticks) >= 10
    assert readers
    assert threading.get_ident() not in readers
    assert panel.count_label.text() == f"{POSTS * CLIPS_EACH} clips"
    shown = _shown_rows(panel)
    assert len(shown) > 10
    _rows_right(panel, expected, shown)
    # Scrolled to the end: those rows' posts are read too, and right.
    panel.view.scrollToBottom()
    panel.view.viewport().repaint()
    qtbot.waitUntil(lambda: not panel.parts.busy(), timeout=20_000)
    panel.view.viewport().repaint()
    _rows_right(panel, expected, _shown_rows(panel))
    assert threading.get_ident() not in readers


def test_all_clips_shows_no_part_read_before_its_post_changed(
    qtbot: QtBot, clipped: tuple[Library, dict[int, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A post re-extracted while "All clips" reads its rows' posts: the part
    # read before the change is not shown (re-read, the text file says no
    # part: a whole article now).
    library, expected = clipped
    original = store_posts.load_reading

    def slow(conn: Any, post_id: int) -> Reading | None:
        time.sleep(0.01)
        return original(conn, post_id)

    monkeypatch.setattr(store_posts, "load_reading", slow)
    controller = Controller(library, poll_ms=0)
    panel = ClipsPanel(controller)
    qtbot.addWidget(panel)
    panel.resize(420, 900)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_all(True)
    QApplication.processEvents()
    first = next(post_id for post_id, part in expected.items() if part)
    assert panel.parts.busy()
    controller.reextract([first])
    assert library.reading(first) is None
    qtbot.waitUntil(lambda: not panel.parts.busy(), timeout=20_000)
    panel.view.viewport().repaint()
    qtbot.waitUntil(lambda: not panel.parts.busy(), timeout=20_000)
    _rows_right(panel, {**expected, first: ""}, _shown_rows(panel))
    assert panel.model.clip(0).post_id == first
