"""File > Restore from Backup while a post is open: every side panel shows
the restored library, not what was on screen before. The restore resets
the controller (the change log cannot name what changed), and each panel
that follows changes reloads on that reset by itself."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from quotemark.app.controller import Controller
from quotemark.app.dialogs.restore import RestoreDialog
from quotemark.app.main_window import MainWindow
from quotemark.library import operations, paths
from quotemark.library.service import Library
from tests.app.test_main_window_support import (
    FERRY,
    ferry_and_garden_backed_up,
    show,
    write_post,
)


def _collection_names(window: MainWindow) -> list[str]:
    tree = window.library_pane.collections
    names: list[str] = []
    for index in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(index)
        names.append(item.text(0))
        names.extend(item.child(n).text(0) for n in range(item.childCount()))
    return names


@contextmanager
def _changed_after_the_backup(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[MainWindow, int]]:
    """A window with the ferry post open, its library backed up and then
    changed: a new title, a collection holding the post, a note."""
    ferry_and_garden_backed_up(tmp_path)
    with Library.open(paths.library_file()) as library:
        window = show(qtbot, MainWindow(Controller(library)))
        ferry = next(row.id for row in library.posts() if row.title == FERRY)
        assert window.open_post(ferry)
        title = window.info_panel.fields["title"]
        title.setFocus()
        title.setText("The Night Ferry")
        title.editingFinished.emit()
        title.clearFocus()
        assert window.current_post().metadata.title == "The Night Ferry"  # type: ignore[union-attr]
        collections = window.library_pane.collections
        made = collections.new_collection("Harbours")
        assert made is not None
        assert collections.add_posts(made, [ferry])
        notes = window.notes_panel
        notes.note_edit.setPlainText("Check the timetable.")
        assert notes.save_note()
        assert "Harbours" in _collection_names(window)
        assert "Harbours" in notes.collections_label.text()
        window.undo_stack.clear()
        yield window, ferry
        window.close()


def _shows_the_restored_ferry(window: MainWindow) -> None:
    notes = window.notes_panel
    assert window.info_panel.fields["title"].text() == FERRY
    assert "Harbours" not in _collection_names(window)
    assert notes.note_edit.toPlainText() == ""
    assert "Harbours" not in notes.collections_label.text()


def test_the_open_posts_panels_show_the_restored_library(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with _changed_after_the_backup(qtbot, tmp_path) as (window, ferry):
        monkeypatch.setattr(RestoreDialog, "confirm", lambda self, backup: True)
        dialog = window.dialogs.show_restore_dialog()
        with qtbot.waitSignal(dialog.restored):
            dialog.restore_button.click()

        # The post is closed (every post may differ now), and nothing of the
        # library before is listed; opened again it is the restored post.
        assert window.current_post() is None
        assert "Harbours" not in _collection_names(window)
        assert window.open_post(ferry)
        _shows_the_restored_ferry(window)


def test_a_restore_made_by_another_window_reaches_the_open_posts_panels(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with _changed_after_the_backup(qtbot, tmp_path) as (window, _ferry):
        with Library.open(paths.library_file()) as other:
            other.restore_backup(other.list_backups()[-1].path)
        window.controller.poll()

        # The post stays open, read again, and so is every panel beside it.
        assert window.current_post().metadata.title == FERRY  # type: ignore[union-attr]
        _shows_the_restored_ferry(window)


def test_undo_after_a_restore_made_elsewhere_leaves_the_restored_library_as_it_is(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # The window's edits were made to the library as it was; undoing one
    # after another Quotemark restored a backup would write the window's
    # older note into the restored library.
    with _changed_after_the_backup(qtbot, tmp_path) as (window, ferry):
        notes = window.notes_panel
        notes.note_edit.setPlainText("Timetable checked on the pier.")
        assert notes.save_note()
        assert window.undo_stack.canUndo()
        with Library.open(paths.library_file()) as other:
            other.restore_backup(other.list_backups()[-1].path)
        window.controller.poll()

        window.undo_stack.undo()
        with Library.open(paths.library_file()) as other:
            assert other.post_note(ferry) == ""  # as the backup has it
        assert not window.registry["edit.undo"].isEnabled()


def test_a_restore_waits_for_a_running_import(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ferry_and_garden_backed_up(tmp_path)
    with Library.open(paths.library_file()) as library:
        window = show(qtbot, MainWindow(Controller(library)))
        monkeypatch.setattr(RestoreDialog, "confirm", lambda self, backup: True)
        posts = [
            write_post(tmp_path, f"note-{n}.txt", f"Harbour Note {n}\n\nThe pier is open, day {n}.")
            for n in range(20)
        ]
        with qtbot.waitSignal(window.import_finished, timeout=30_000):
            assert window.import_paths(posts, open_first=False) is not None
            dialog = window.dialogs.show_restore_dialog()
            dialog.restore_button.click()
            # Told in the dialog, which stays open; nothing is restored.
            assert dialog.isVisible()
            assert "import" in dialog.note.text()
            assert dialog.note.isVisible()
        assert window.library_pane.post_count() == 22
        dialog.restore_button.click()  # once the import has finished, it goes ahead
        assert not dialog.isVisible()
        assert window.library_pane.post_count() == 2
        window.close()


@pytest.mark.parametrize("how", ["deleted", "restored away"])
def test_a_note_being_typed_for_a_post_gone_elsewhere_is_kept_on_the_clipboard(
    qtbot: QtBot, tmp_path: Path, how: str
) -> None:
    # Another Quotemark deletes the post (or restores a backup without it)
    # while a note for it is half typed here: the typing is not lost.
    ferry_and_garden_backed_up(tmp_path)
    with Library.open(paths.library_file()) as library:
        window = show(qtbot, MainWindow(Controller(library)))
        ferry = next(row.id for row in library.posts() if row.title == FERRY)
        assert window.open_post(ferry)
        window.notes_panel.note_edit.setPlainText("Ask Mara Holm about the winter timetable.")
        with Library.open(paths.library_file()) as other:
            if how == "deleted":
                other.run(operations.DeletePosts((ferry,)))
            else:  # the window learns of it by a reset, not by a named change
                other.restore_backup(other.list_backups()[-1].path)
                other.run(operations.DeletePosts((ferry,)))
        window.controller.poll()

        assert window.current_post() is None
        assert QGuiApplication.clipboard().text() == "Ask Mara Holm about the winter timetable."
        assert "clipboard" in window.statusBar().currentMessage()
        window.close()
