"""File > Restore from Backup while a post is open: every side panel shows
the restored library, not what was on screen before. The restore resets
the controller (the change log cannot name what changed), and each panel
that follows changes reloads on that reset by itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from quotemark.app.controller import Controller
from quotemark.app.dialogs.restore import RestoreDialog
from quotemark.app.main_window import MainWindow
from quotemark.library import paths
from quotemark.library.service import Library
from tests.app.test_main_window_support import FERRY, ferry_and_garden, show


def _collection_names(window: MainWindow) -> list[str]:
    tree = window.library_pane.collections
    names: list[str] = []
    for index in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(index)
        names.append(item.text(0))
        names.extend(item.child(n).text(0) for n in range(item.childCount()))
    return names


def test_the_open_posts_panels_show_the_restored_library(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ferry_and_garden(tmp_path).close()
    Library.open(paths.library_file()).close()  # the next start makes the daily backup
    with Library.open(paths.library_file()) as library:
        window = show(qtbot, MainWindow(Controller(library)))
        ferry = next(row.id for row in library.posts() if row.title == FERRY)
        assert window.open_post(ferry)

        # After the backup: a new title, a collection holding the post, a note.
        info = window.info_panel
        info.fields["title"].setFocus()
        info.fields["title"].setText("The Night Ferry")
        info.fields["title"].editingFinished.emit()
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

        monkeypatch.setattr(RestoreDialog, "confirm", lambda self, backup: True)
        dialog = window.dialogs.show_restore_dialog()
        with qtbot.waitSignal(dialog.restored):
            dialog.restore_button.click()

        # The post is closed (every post may differ now), and nothing of the
        # library before is listed; opened again it is the restored post.
        assert "Harbours" not in _collection_names(window)
        assert window.open_post(ferry)
        assert info.fields["title"].text() == FERRY
        assert notes.note_edit.toPlainText() == ""
        assert "Harbours" not in notes.collections_label.text()
        window.close()


def test_a_restore_made_by_another_window_reaches_the_open_posts_panels(
    qtbot: QtBot, tmp_path: Path
) -> None:
    ferry_and_garden(tmp_path).close()
    Library.open(paths.library_file()).close()  # the next start makes the daily backup
    with Library.open(paths.library_file()) as library:
        window = show(qtbot, MainWindow(Controller(library)))
        ferry = next(row.id for row in library.posts() if row.title == FERRY)
        assert window.open_post(ferry)
        info, notes = window.info_panel, window.notes_panel
        collections = window.library_pane.collections
        made = collections.new_collection("Harbours")
        assert made is not None
        assert collections.add_posts(made, [ferry])
        info.fields["title"].setFocus()
        info.fields["title"].setText("The Night Ferry")
        info.fields["title"].editingFinished.emit()
        notes.note_edit.setPlainText("Check the timetable.")
        assert notes.save_note()
        info.fields["title"].clearFocus()

        # Another window on the same library restores the backup.
        with Library.open(paths.library_file()) as other:
            other.restore_backup(other.list_backups()[-1].path)
        window.controller.poll()

        assert window.current_post().metadata.title == FERRY  # type: ignore[union-attr]
        assert info.fields["title"].text() == FERRY
        assert "Harbours" not in _collection_names(window)
        assert notes.note_edit.toPlainText() == ""
        assert "Harbours" not in notes.collections_label.text()
        window.close()
