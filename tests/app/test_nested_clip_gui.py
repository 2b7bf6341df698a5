"""Clipping a quotation inside a quotation through the real window (stop 42,
s42-ui2): the status line and the Clips tab say whose words they are and
who quoted them ("Ada Lind’s father, quoted by Ada Lind"), as the exports
do; the outer quotation's clip is its speaker's alone."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quotemark.app.controller import Controller
from quotemark.app.library_pane import SECONDARY_ROLE
from quotemark.app.main_window import MainWindow
from quotemark.app.panels.clip_table import SPEAKER, TEXT
from quotemark.library import paths
from quotemark.library.service import Library
from tests.app.test_main_window_support import show
from tests.library.test_clip_quoted_by import INNER, _tide

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def _clip(qtbot: QtBot, window: MainWindow, text: str) -> list[str]:
    """Select ``text`` in the open post and clip it by the menu's action;
    what the status line said."""
    post = window.current_post()
    assert post is not None
    with Library.open(paths.library_file()) as library:
        span = library.find_span(post.id, text=text)
    window.reader.show_span(span)
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    window.registry["clip.selection"].trigger()
    qtbot.waitUntil(lambda: bool(said))
    return said


def test_the_clips_tab_says_who_quoted_a_nested_quotation(qtbot: QtBot, tmp_path: Path) -> None:
    with Library.open(paths.library_file()) as library:
        post_id = _tide(library, tmp_path / "in")
    window = show(qtbot, MainWindow(Controller(Library.open(paths.library_file()), poll_ms=0)))
    assert window.open_post(post_id)
    said = _clip(qtbot, window, INNER)
    assert "Clipped 4 words (Ada Lind’s father, quoted by Ada Lind)" in said[0]
    _clip(qtbot, window, "he was right")  # the outer quotation: Ada Lind's own
    model = window.clips_panel.model
    rows = {model.clip(row).text: row for row in range(model.rowCount())}
    inner = rows[INNER]
    assert model.index(inner, SPEAKER).data() == "Ada Lind’s father, quoted by Ada Lind"
    details = model.index(inner, TEXT).data(SECONDARY_ROLE)
    assert "Ada Lind’s father, quoted by Ada Lind · ¶ 2" in details
    tip = model.index(inner, TEXT).data(Qt.ItemDataRole.ToolTipRole)
    assert "— Ada Lind’s father, quoted by Ada Lind" in tip
    outer = next(row for text, row in rows.items() if text != INNER)
    assert model.index(outer, SPEAKER).data() == "Ada Lind"
    assert "quoted by" not in model.index(outer, TEXT).data(SECONDARY_ROLE)
    window.show_side_tab(window.clips_panel)
    window.grab().save(str(tmp_path / "clips-tab-nested.png"))
    window.close()
    window.controller.close()


def test_a_nested_clip_from_before_schema_15_says_who_quoted_it_once_the_window_filled_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # A real library file of schema 14 (tests/fixtures/libraries): the
    # window opens it at once and fills "quoted by" in a thread; the Clips
    # tab learns of it through the change log, as of a colleague's change.
    from tests.library.test_quoted_by_fill import OLD_FILE

    target = paths.library_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(OLD_FILE.read_bytes())
    window = show(qtbot, MainWindow(Controller(Library.open(target), poll_ms=20)))
    post = window.current_post()
    if post is None:
        with Library.open(target) as library:
            (post_id,) = {clip.post_id for clip in library.clips()}
        assert window.open_post(post_id)
    window.show_side_tab(window.clips_panel)
    model = window.clips_panel.model

    def inner_speaker() -> str:
        rows = {model.clip(row).text: row for row in range(model.rowCount())}
        return str(model.index(rows[INNER], SPEAKER).data()) if INNER in rows else ""

    qtbot.waitUntil(lambda: inner_speaker() == "Ada Lind’s father, quoted by Ada Lind")
    window.grab().save(str(tmp_path / "clips-tab-filled.png"))
    window.close()
    window.controller.close()
    with Library.open(target) as library:
        assert not library.quoted_by_pending()


def test_a_clip_in_a_library_a_newer_quotemark_upgraded_meanwhile_is_refused_by_name(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A colleague's newer Quotemark upgraded the library while this window
    # had it open: the clip is refused with the library and both versions
    # named; the clips already there stay listed.
    from quotemark.library.store import schema

    with Library.open(paths.library_file()) as library:
        post_id = _tide(library, tmp_path / "in")
    window = show(qtbot, MainWindow(Controller(Library.open(paths.library_file()), poll_ms=0)))
    assert window.open_post(post_id)
    _clip(qtbot, window, INNER)
    with Library.open(paths.library_file()) as library:
        outer = library.find_span(post_id, text="he was right")
    conn = sqlite3.connect(paths.library_file(), isolation_level=None)
    conn.execute(f"PRAGMA user_version = {schema.VERSION + 1}")
    conn.close()
    window.grab()  # the window goes on reading
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(window, "show_error", lambda title, text: errors.append((title, text)))
    window.reader.show_span(outer)
    window.registry["clip.selection"].trigger()
    qtbot.waitUntil(lambda: bool(errors))
    title, text = errors[0]
    assert title == "Could not clip the passage"
    assert str(paths.library_file()) in text
    assert f"schema version {schema.VERSION + 1}" in text
    assert f"writes version {schema.VERSION}" in text
    model = window.clips_panel.model
    assert [model.clip(row).text for row in range(model.rowCount())] == [INNER]
    window.close()
    window.controller.close()


def test_a_clip_while_the_window_fills_quoted_by_is_saved_at_once_not_locked_out(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A large library upgraded from schema 14: the fill runs batch after
    # batch in its thread. SQLite does not queue writers, so a fill taking
    # the lock again right after each commit kept the researcher's clip
    # waiting for the whole fill (the window frozen) or failed it as
    # "locked". The fill now leaves the lock free between batches.
    from quotemark.library.store import quoted_by_fill
    from tests.library.test_clip_quoted_by import OWN
    from tests.library.test_quoted_by_fill import _at_version_14

    target = paths.library_file()
    with Library.open(target) as library:
        post_id = _tide(library, tmp_path / "in")
    _at_version_14(target, Library.open(target), tmp_path, 40)
    monkeypatch.setattr(quoted_by_fill, "BATCH", 1)
    read = quoted_by_fill._fill_post

    def slow_post(conn: sqlite3.Connection, post: int) -> list[int]:
        time.sleep(0.03)  # a long post's reading, decoded with the lock held
        return read(conn, post)

    monkeypatch.setattr(quoted_by_fill, "_fill_post", slow_post)
    # The window's writes wait 0.5 s for the lock (5 s in use): the fill
    # takes 40 times 30 ms at least.
    window = show(qtbot, MainWindow(Controller(Library.open(target, timeout=0.5), poll_ms=0)))
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(window, "show_error", lambda title, text: errors.append((title, text)))
    assert window.open_post(post_id)
    qtbot.waitUntil(lambda: _filled(target) > 0, timeout=5000)  # the fill is under way
    said = _clip(qtbot, window, OWN)
    assert not errors
    assert said[0].startswith("Clipped"), said
    assert _filled(target) < 40  # saved while the fill still ran, not after it
    window.close()
    window.controller.close()


def _filled(target: Path) -> int:
    """The clips the fill has given who quoted them so far."""
    from contextlib import closing

    with closing(sqlite3.connect(target)) as conn:
        row = conn.execute("SELECT count(*) FROM clips WHERE quoted_by IS NOT NULL").fetchone()
    return int(row[0])
