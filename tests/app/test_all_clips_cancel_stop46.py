""" "All clips" reading its rows' posts is long work like any other (stop 46):
while it runs the window's objects are frozen for the collector (as for an
import: a collection pass in the worker then holds the GIL over the
worker's objects only), and the researcher can stop it with the count's
Cancel; the rows stay, without their part of a longer article, until the
list is read again. The library's search box says a DOI or an arXiv
identifier finds its post. A real SQLite library of 360 clips over 120
posts (stop 45's), the panel and the window offscreen."""

from __future__ import annotations

import gc
import textwrap
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quotemark.app import workers
from quotemark.app.controller import Controller
from quotemark.app.library_pane import SECONDARY_ROLE
from quotemark.app.panels.clips import ClipsPanel
from quotemark.library.model import Reading
from quotemark.library.service import Library
from quotemark.library.store import posts as store_posts
from tests.app.test_all_clips_worker import (
    CLIPS_EACH,
    POSTS,
    _rows_right,
    _shown_rows,
    clipped,
)
from tests.app.test_close_while_working_stop45 import (
    ALL_CLIPS_OPEN,
    _clipped_library,
    run_script,
)
from tests.app.test_main_window_support import quiet_window

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

__all__ = ["clipped"]  # the fixture, used by name


def _slowly_read(monkeypatch: pytest.MonkeyPatch, seconds: float) -> tuple[list[int], list[float]]:
    # Each post's document read slowly, as on a busy disk: the posts read,
    # and the delay (changed in place to read quickly again).
    read: list[int] = []
    delay = [seconds]
    original = store_posts.load_reading

    def slow(conn: Any, post_id: int) -> Reading | None:
        read.append(post_id)
        time.sleep(delay[0])
        return original(conn, post_id)

    monkeypatch.setattr(store_posts, "load_reading", slow)
    return read, delay


def _panel(qtbot: QtBot, library: Library) -> ClipsPanel:
    panel = ClipsPanel(Controller(library, poll_ms=0))
    qtbot.addWidget(panel)
    panel.resize(420, 1400)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_reading_the_rows_posts_freezes_the_windows_objects_until_it_ends(
    qtbot: QtBot, clipped: tuple[Library, dict[int, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    library, _ = clipped
    _slowly_read(monkeypatch, 0.02)
    panel = _panel(qtbot, library)
    assert workers.gc_frozen() == 0
    panel.show_all(True)
    QApplication.processEvents()  # the rows drawn: their posts asked for
    qtbot.waitUntil(lambda: panel.parts.busy() and workers.gc_frozen() == 1, timeout=5000)
    assert gc.get_freeze_count() > 0  # the window's objects out of the collector's passes
    qtbot.waitUntil(lambda: not panel.parts.busy(), timeout=20_000)
    assert workers.gc_frozen() == 0
    # Thawed once the reading has been idle a moment (workers.IDLE_MS).
    qtbot.waitUntil(lambda: gc.get_freeze_count() == 0, timeout=workers.IDLE_MS + 5000)


def test_scrolling_all_clips_stalls_the_window_for_no_collection_per_screen(
    qtbot: QtBot, clipped: tuple[Library, dict[int, str]]
) -> None:
    # Each screen scrolled to reads its rows' posts in one more job; a full
    # collection on the window's thread at each job's end (130 ms on a
    # loaded machine) stalled every screen. One pass, once it is idle.
    library, expected = clipped
    panel = _panel(qtbot, library)
    panel.resize(420, 300)  # a few rows a screen: many screens, many jobs
    full_passes: list[int] = []
    window_thread = threading.get_ident()

    def counted(phase: str, info: dict[str, int]) -> None:
        on_window = threading.get_ident() == window_thread
        if phase == "start" and info["generation"] == 2 and on_window:
            full_passes.append(1)

    batches: list[int] = []
    panel.parts.read.connect(lambda parts: batches.append(len(parts)))
    panel.show_all(True)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not panel.parts.busy(), timeout=20_000)
    bar = panel.view.verticalScrollBar()
    gc.callbacks.append(counted)
    try:
        while bar.value() < bar.maximum():
            bar.setValue(bar.value() + bar.pageStep())
            panel.view.viewport().repaint()
            qtbot.waitUntil(lambda: not panel.parts.busy(), timeout=20_000)
        while_scrolling = len(full_passes)
        assert len(batches) >= 10  # screen after screen read in its own job
        assert while_scrolling <= 2, while_scrolling  # was one a screen
        qtbot.waitUntil(lambda: gc.get_freeze_count() == 0, timeout=workers.IDLE_MS + 5000)
        assert len(full_passes) > while_scrolling  # the one pass, once idle
    finally:
        gc.callbacks.remove(counted)
    _rows_right(panel, expected, _shown_rows(panel))


def test_cancel_stops_reading_the_rows_posts_until_the_list_is_read_again(
    qtbot: QtBot,
    clipped: tuple[Library, dict[int, str]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    library, expected = clipped
    read, delay = _slowly_read(monkeypatch, 0.25)
    panel = _panel(qtbot, library)
    button = panel.cancel_reading_button
    assert not button.isVisible()  # nothing being read: nothing to cancel
    panel.show_all(True)
    QApplication.processEvents()
    narrowest = panel.minimumSizeHint().width()
    qtbot.waitUntil(button.isVisible, timeout=5000)  # with the count's "…"
    assert panel.count_label.text() == f"{POSTS * CLIPS_EACH} clips…"
    # Showing it widens nothing: the panes stay where they were.
    assert panel.minimumSizeHint().width() == narrowest
    panel.grab().save(str(tmp_path / "all_clips_reading.png"))
    assert button.accessibleName() == "Stop reading the clips' posts"
    assert button.accessibleDescription()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.parts.busy(), timeout=5000)
    assert not button.isVisible()
    assert panel.count_label.text() == f"{POSTS * CLIPS_EACH} clips"
    stopped_at = len(read)
    shown = _shown_rows(panel)
    assert stopped_at < len({panel.model.clip(row).post_id for row in shown})
    # Rows drawn again, or scrolled to, ask for nothing more.
    panel.view.scrollToBottom()
    panel.view.viewport().repaint()
    QApplication.processEvents()
    time.sleep(0.3)
    QApplication.processEvents()
    assert not panel.parts.busy()
    assert len(read) == stopped_at
    for row in _shown_rows(panel):
        assert "part" not in panel.model.index(row, 0).data(SECONDARY_ROLE)
    # Listed again, the rows' posts are read again.
    delay[0] = 0.0
    panel.view.scrollToTop()
    panel.show_all(True)
    panel.view.viewport().repaint()
    qtbot.waitUntil(lambda: not panel.parts.busy(), timeout=20_000)
    panel.view.viewport().repaint()
    qtbot.waitUntil(lambda: not panel.parts.busy(), timeout=20_000)
    assert len(read) > stopped_at
    _rows_right(panel, expected, _shown_rows(panel))


def test_the_search_box_says_a_doi_or_arxiv_identifier_finds_its_post(
    qtbot: QtBot, library: Library
) -> None:
    window = quiet_window(qtbot, library)
    box = window.library_pane.search_box
    interface = QAccessible.queryAccessibleInterface(box)
    assert interface is not None
    described = interface.text(QAccessible.Text.Description)
    for words in ("DOI", "arXiv"):
        assert words in described, described
        assert words in box.toolTip()


_CLOSED_WHILE_IDLE = ALL_CLIPS_OPEN.replace("DELAY", "0") + textwrap.dedent(
    """
    while window.clips_panel.parts.busy() and time.monotonic() < end:
        app.processEvents()
    app.processEvents()
    print("frozen" if gc.get_freeze_count() else "thawed", flush=True)
    window.close()
    print("frozen" if gc.get_freeze_count() else "thawed", flush=True)
    sys.exit(0)
    """
)


def test_closing_the_window_before_the_idle_collection_exits_cleanly(tmp_path: Path) -> None:
    # All clips has read its rows' posts; the window's objects wait, frozen,
    # for the work to stay idle (workers.IDLE_MS). Closed meanwhile, the
    # window collects them at once, while Qt's objects are there: the
    # process exits 0, not 139 (a crash at exit).
    done = run_script(tmp_path, _CLOSED_WHILE_IDLE)
    assert done.stdout.split() == ["frozen", "thawed"], done.stdout + done.stderr
    assert done.returncode == 0, done.stderr


def test_switching_libraries_while_all_clips_reads_shows_nothing_of_the_other(
    qtbot: QtBot,
    clipped: tuple[Library, dict[int, str]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    # The first library's posts are read slowly; the second's posts share
    # their ids (1, 2, …) but are whole articles: a part read from the
    # first must not show on the second's rows.
    library, _ = clipped
    _, delay = _slowly_read(monkeypatch, 0.1)
    other = tmp_path / "other.sqlite3"
    _clipped_library(other, 40)  # whole articles, three clips each
    library.close()  # the window opens its own, as the app does
    window = quiet_window(qtbot, Controller.open_library(library.path))
    window.side_tabs.setCurrentWidget(window.clips_panel)
    panel = window.clips_panel
    panel.show_all(True)
    panel.view.viewport().repaint()
    qtbot.waitUntil(panel.cancel_reading_button.isVisible, timeout=5000)
    window.controller.use(Controller.open_library(other), other)
    window.show_library(other)
    # Only the first library's disk is slow (the job reading it is still
    # in its post's read, and ends after the switch). Read slowly too, the
    # second's 40 posts, asked for by every row below, took 4 s of the last
    # wait's 6.5 s on a quiet machine: the test failed under load (stop 47).
    delay[0] = 0.0
    panel.view.viewport().repaint()
    qtbot.waitUntil(lambda: not panel.parts.busy(), timeout=20_000)
    QApplication.processEvents()
    assert panel.count_label.text() == f"{40 * 3} clips"
    assert not panel.cancel_reading_button.isVisible()
    for row in range(panel.model.rowCount()):
        assert "part" not in panel.model.index(row, 0).data(SECONDARY_ROLE)
    qtbot.waitUntil(lambda: gc.get_freeze_count() == 0, timeout=workers.IDLE_MS + 5000)
