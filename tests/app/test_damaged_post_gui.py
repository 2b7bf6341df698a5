"""A damaged post in the library: the window starts, lists it as damaged,
refuses to open it with a message (not a crash), and Re-extract post
rebuilds it from its stored original. File > Restore from Backup puts a
backup back into the open window."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from quotemark.app.controller import Controller
from quotemark.app.dialogs.restore import RestoreDialog
from quotemark.app.library_pane import DAMAGED, SECONDARY_ROLE
from quotemark.app.main_window import MainWindow
from quotemark.library import paths
from quotemark.library.service import Library
from tests.app.test_main_window_support import ferry_and_garden, ferry_and_garden_backed_up, show


def _ids_by_title(library: Library) -> dict[str, int]:
    return {row.title.split()[1]: row.id for row in library.posts()}


def _secondary(window: MainWindow, post_id: int) -> str:
    model = window.library_pane.model
    row = model.row_of(post_id)
    assert row is not None
    return str(model.index(row, 0).data(SECONDARY_ROLE))


def test_a_damaged_post_is_marked_and_re_extracted_from_the_window(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with ferry_and_garden(tmp_path) as library:
        ids = _ids_by_title(library)
    ferry, garden = ids["Harbour"], ids["Gardens"]
    conn = sqlite3.connect(paths.library_file())
    with conn:
        conn.execute("UPDATE post_content SET blocks = x'789c00' WHERE post_id = ?", (ferry,))
        conn.execute("UPDATE posts SET authors = '{' WHERE id = ?", (garden,))
    conn.close()

    with Library.open(paths.library_file()) as library:
        window = show(qtbot, MainWindow(Controller(library)))
        assert window.library_pane.post_count() == 2
        assert _secondary(window, garden) == DAMAGED
        assert _secondary(window, ferry) != DAMAGED  # not known until it is read

        assert window.open_post(ferry) is False
        assert "is damaged in the library" in (window.last_error or "")
        assert _secondary(window, ferry) == DAMAGED

        window.library_pane.select_post(ferry)
        window.registry["file.reextract_post"].trigger()
        qtbot.waitUntil(lambda: _secondary(window, ferry) != DAMAGED, timeout=20000)
        assert window.open_post(ferry) is True
        assert window.current_post() is not None
        assert window.current_post().blocks  # type: ignore[union-attr]
        window.close()


def test_restore_from_backup_replaces_the_library_in_the_open_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ferry_and_garden_backed_up(tmp_path)
    with Library.open(paths.library_file()) as library:
        window = show(qtbot, MainWindow(Controller(library)))
        ferry = _ids_by_title(library)["Harbour"]
        window.library_pane.select_post(ferry)
        window.commands.delete_selected_posts()
        window.undo_stack.clear()
        assert window.library_pane.post_count() == 1

        monkeypatch.setattr(RestoreDialog, "confirm", lambda self, backup: True)
        dialog = window.dialogs.show_restore_dialog()
        assert dialog.list.count() == 1
        with qtbot.waitSignal(dialog.restored):
            dialog.restore_button.click()
        assert window.library_pane.post_count() == 2
        assert "Restored the backup" in window.statusBar().currentMessage()
        assert window.open_post(ferry) is True
        window.close()
