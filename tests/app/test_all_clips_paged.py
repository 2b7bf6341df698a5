"""The Clips tab's "All clips" over a big library reads a few screens, not
every clip: a real SQLite file holding 20,000 clips, the panel offscreen."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quotemark.app.controller import Controller
from quotemark.app.library_pane import SECONDARY_ROLE
from quotemark.app.panels.clip_pages import ClipPages
from quotemark.app.panels.clips import ClipsPanel
from quotemark.library.model import Position, Span
from quotemark.library.service import Library
from tests.fixtures.gui.posts import river_post, store

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

CLIPS = 20_000


@pytest.fixture
def big(tmp_path: Path) -> Iterator[tuple[Library, int]]:
    """A library of one post with :data:`CLIPS` clips (written in bulk, as
    years of clipping would leave them), and the post's id."""
    library = Library.open(tmp_path / "library.sqlite3")
    post_id = store(library, river_post(), "river.txt")
    with sqlite3.connect(library.path) as conn:
        conn.executemany(
            "INSERT INTO clips (post_id, key, start_block, start_offset, end_block, end_offset,"
            " text, paragraph, note, created) VALUES (?, ?, 0, 0, 0, 5, ?, 1, '', ?)",
            [
                (post_id, f"bulk-c{n}", f"Clip number {n}", "2024-06-01T00:00:00+00:00")
                for n in range(1, CLIPS + 1)
            ],
        )
    conn.close()
    yield library, post_id
    library.close()


def _panel(qtbot: QtBot, library: Library) -> ClipsPanel:
    panel = ClipsPanel(Controller(library))
    qtbot.addWidget(panel)
    panel.resize(420, 700)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_all(True)
    QApplication.processEvents()
    return panel


def _pages(panel: ClipsPanel) -> ClipPages:
    pages = panel.model.pages()
    assert pages is not None
    return pages


def test_all_clips_of_twenty_thousand_reads_a_few_screens(
    qtbot: QtBot, big: tuple[Library, int]
) -> None:
    library, _post = big
    panel = _panel(qtbot, library)
    panel.view.viewport().repaint()
    assert panel.model.rowCount() == CLIPS
    assert panel.count_label.text() == f"{CLIPS} clips"
    assert panel.model.index(0, 0).data().startswith("Clip number 1")
    assert _pages(panel).fetched_rows <= 3 * ClipPages.PAGE
    panel.view.scrollToBottom()
    panel.view.viewport().repaint()
    assert panel.model.index(CLIPS - 1, 0).data() == f"Clip number {CLIPS}"
    assert _pages(panel).fetched_rows <= 6 * ClipPages.PAGE


def test_changes_to_all_clips_move_only_their_rows(qtbot: QtBot, big: tuple[Library, int]) -> None:
    """A clip made elsewhere joins the end; clips deleted far down the list
    (never read) leave it; the selection stays on its clip throughout, and
    the list is never read again whole."""
    library, post_id = big
    panel = _panel(qtbot, library)
    resets: list[None] = []
    panel.model.modelReset.connect(lambda: resets.append(None))
    second = panel.model.clip(1)
    panel.view.selectionModel().select(
        panel.model.index(1, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    controller = panel._library
    text = library.post(post_id).blocks[0].text
    with Library.open(library.path) as elsewhere:  # as another Quotemark would
        made, _ = elsewhere.clip(post_id, Span(Position(0, 0), Position(0, 5), text[:5]))
        far = [c.id for c in elsewhere.clip_list_page(15_000, 3)]
        first = elsewhere.clip_list_page(0, 1)[0].id
        elsewhere.delete_clips([*far, first])
    controller.poll()
    assert panel.model.rowCount() == CLIPS + 1 - 4
    assert panel.count_label.text() == f"{CLIPS - 3} clips"
    assert panel.model.clip(CLIPS - 4).id == made.id
    assert panel.model.clip(14_998).id == far[0] - 1
    assert panel.model.clip(14_999).id == far[-1] + 1
    assert panel.selected_clip_ids() == [second.id]  # now the first row
    assert panel.model.clip(0).id == second.id
    assert not resets
    assert _pages(panel).fetched_rows <= 8 * ClipPages.PAGE
    controller.edit_clip(second.id, None, note="read again")
    assert "read again" in panel.model.index(0, 0).data(SECONDARY_ROLE)


def test_all_clips_of_a_closed_library_paint_nothing(
    qtbot: QtBot, big: tuple[Library, int]
) -> None:
    """The library closed under the shown list (as the crash dialog's test
    does on purpose): rows not read yet paint empty, a refresh lists none,
    and nothing raises from the view's painting."""
    library, _post = big
    panel = _panel(qtbot, library)
    library.close()
    panel.view.scrollToBottom()
    panel.view.viewport().repaint()
    assert panel.model.index(CLIPS - 1, 0).data() is None
    panel.refresh()
    panel.view.viewport().repaint()
    assert panel.model.rowCount() == 0
