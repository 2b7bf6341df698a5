"""The controller: one undo command for any operation, and views that
update only the rows a change names (a reset would lose the list's scroll
position and selection)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quotemark.app.main_window import MainWindow
from quotemark.library.model import Position, Span
from quotemark.library.service import Library
from tests.app.test_main_window_support import (
    FERRY_POST,
    GARDEN_POST,
    import_and_wait,
    press,
    write_post,
)


def _resets(model: object) -> list[int]:
    count: list[int] = []
    model.modelReset.connect(lambda: count.append(1))  # type: ignore[attr-defined]
    return count


def test_clipping_deleting_and_undoing_update_rows_in_place(
    qtbot: QtBot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    import_and_wait(qtbot, window, [write_post(tmp_path, "ferry.txt", FERRY_POST)])
    post = window.current_post()
    assert post is not None
    pane_resets = _resets(window.library_pane.model)
    clip_resets = _resets(window.clips_panel.model)

    clip = window.controller.clip(post.id, Span(Position(2, 0), Position(2, 5), "“We w"))
    row = window.library_pane.model.row_of(post.id)
    assert row is not None
    assert window.library_pane.model.summary(row).clip_count == 1
    assert [c.id for c in window.clips_panel.model.clips()] == [clip.id]
    window.side_tabs.setCurrentWidget(window.clips_panel)
    window.clips_panel.select_clip(clip.id)
    window.clips_panel.view.setFocus(Qt.FocusReason.OtherFocusReason)
    press(qtbot, "Delete")
    assert window.clips_panel.model.clips() == []
    assert window.counts_label.text() == "1 post · 0 clips"
    window.reader.editor().setFocus()
    press(qtbot, "Ctrl+Z")
    assert [c.id for c in window.clips_panel.model.clips()] == [clip.id]
    assert window.counts_label.text() == "1 post · 1 clip"
    assert window.statusBar().currentMessage() == "Undone: Delete clip."
    assert pane_resets == []
    assert clip_resets == []


def test_deleting_two_posts_is_one_undo_step(
    qtbot: QtBot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    import_and_wait(
        qtbot,
        window,
        [write_post(tmp_path, "ferry.txt", FERRY_POST), write_post(tmp_path, "g.txt", GARDEN_POST)],
        open_first=False,
    )
    window.library_pane.view.selectAll()
    window.commands.delete_selected_posts()
    assert library.posts() == []
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Delete 2 posts"
    window.undo()
    assert len(library.posts()) == 2
    assert window.library_pane.post_count() == 2


def test_re_extracting_a_post_is_undoable(
    qtbot: QtBot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    import_and_wait(qtbot, window, [write_post(tmp_path, "ferry.txt", FERRY_POST)])
    post = window.current_post()
    assert post is not None
    clip = window.controller.clip(post.id, Span(Position(2, 0), Position(2, 5), "“We w"))
    window.commands.reextract_selected_posts()
    # It runs in the worker: the status bar shows it while it works.
    assert window.body_commands.job() is not None
    assert window.body_commands.progress.isVisible()
    qtbot.waitUntil(lambda: window.body_commands.job() is None, timeout=20000)
    assert not window.body_commands.progress.isVisible()
    assert window.undo_stack.undoText() == "Re-extract 1 post"
    assert "Re-extracted 1 post" in window.statusBar().currentMessage()
    window.undo()
    assert window.statusBar().currentMessage() == "Undone: Re-extract 1 post."
    assert library.get_clip(clip.id).span == clip.span
    current = window.current_post()
    assert current is not None
    assert current.id == post.id


def test_a_long_operation_runs_in_the_worker_and_lands_on_the_undo_stack(
    qtbot: QtBot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    from quotemark.library.operations import ReextractPosts

    import_and_wait(qtbot, window, [write_post(tmp_path, "ferry.txt", FERRY_POST)])
    progress: list[int] = []
    with qtbot.waitSignal(window.controller.work_finished, timeout=30_000) as blocker:
        job = window.controller.run_in_worker(
            ReextractPosts(), window, title="Re-extracting", show_progress=False
        )
        assert job is not None
        job.progressed.connect(lambda done, _total, _name: progress.append(done))
        # One long operation at a time.
        assert window.controller.run_in_worker(ReextractPosts(), window) is None
    assert blocker.args[0].value.failed == ()
    assert progress == [1]
    assert window.undo_stack.undoText() == "Re-extract 1 post"
    window.undo()
    assert window.statusBar().currentMessage() == "Undone: Re-extract 1 post."
