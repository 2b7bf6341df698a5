"""Importing without losing the window: File > Import folder opens the post
it brought, the progress and Cancel sit in the status bar (no dialog over
the reader), and files that are not saved posts are listed with what they
are."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QProgressDialog
from pytestqt.qtbot import QtBot

from quotemark.app import workers
from quotemark.app.dialogs.import_report import ImportReportDialog
from quotemark.app.main_window import MainWindow
from tests.app.test_main_window_support import FERRY_POST, GARDEN_POST, write_post

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def test_import_folder_opens_the_post_and_lists_other_files(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    write_post(folder, "ferry.txt", FERRY_POST)
    (folder / "paper.pdf").write_bytes(b"%PDF-1.4\n")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))
    progress = window.imports.progress
    with qtbot.waitSignal(window.import_finished, timeout=30_000):
        window.registry["file.import_folder"].trigger()
        # While it runs: the status bar shows it; no dialog covers the window.
        assert progress.isVisible()
        assert progress.job() is not None
        assert not [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()
        ]
    assert not progress.isVisible()
    post = window.current_post()
    assert post is not None
    assert post.metadata.title.startswith("The Harbour Ferry")
    dialog = window.findChild(ImportReportDialog)
    assert dialog is not None
    rows = dialog.failed_files()
    assert [name for name, _ in rows] == ["paper.pdf"]
    assert rows[0][1].startswith("not imported: a PDF")
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("1 file is not a saved post" in text for text in texts)
    dialog.close()


def test_cancel_in_the_status_bar_stops_the_import(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    posts = [
        write_post(tmp_path, f"p{i}.txt", (FERRY_POST if i % 2 else GARDEN_POST) + f"\n{i}\n")
        for i in range(6)
    ]
    with qtbot.waitSignal(window.import_finished, timeout=30_000):
        job = window.import_paths(posts, open_first=False)
        assert job is not None
        window.imports.progress.cancel_button.click()
        assert job.cancel_event.is_set()
        assert window.imports.progress.label.text() == "Cancelling…"


def test_the_windows_objects_sit_out_full_collections_while_an_import_runs(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # The import thread's full garbage collections hold the GIL, and so the
    # window: with the window's own objects frozen at the start they pass
    # over only what the import made (the longest stall of a 4,000-post
    # import was one such pass). Afterwards everything is collected again.
    post = write_post(tmp_path, "ferry.txt", FERRY_POST)
    gc.unfreeze()
    with qtbot.waitSignal(window.import_finished, timeout=30_000):
        window.import_paths([post], open_first=False)
        assert gc.get_freeze_count() > 10_000
    # Thawed once no work has run for a moment (workers.IDLE_MS).
    qtbot.waitUntil(lambda: gc.get_freeze_count() == 0, timeout=workers.IDLE_MS + 5000)


def test_the_reports_heading_counts_every_row_it_lists(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # One post, an empty file, a file gone, a LibreOffice document: the
    # heading said "2 of 4 files could not be imported" over three rows
    # (the document is not a saved post, and was listed but not counted).
    post = write_post(tmp_path, "ferry.txt", FERRY_POST)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    document = tmp_path / "notes.odt"
    document.write_bytes(b"PK\x03\x04 the harbour board's minutes")
    with qtbot.waitSignal(window.import_finished, timeout=30_000):
        window.import_paths([post, empty, tmp_path / "gone.txt", document], open_first=False)
    dialog = window.findChild(ImportReportDialog)
    assert dialog is not None
    assert len(dialog.failed_files()) == 3
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    heading = next(text for text in texts if text.startswith("<b>"))
    assert heading.startswith("<b>2 of 4 files could not be imported; 1 is not a saved post.</b>")
    dialog.close()


def test_one_file_of_several_takes_the_singular_in_the_heading(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # s44-final-app saw "1 of 3 files are not saved posts" when the first
    # kind of row counted one file.
    posts = [write_post(tmp_path, f"ferry{i}.txt", FERRY_POST + f" {i}") for i in range(2)]
    document = tmp_path / "notes.odt"
    document.write_bytes(b"PK\x03\x04 the harbour board's minutes")
    with qtbot.waitSignal(window.import_finished, timeout=30_000):
        window.import_paths([*posts, document], open_first=False)
    dialog = window.findChild(ImportReportDialog)
    assert dialog is not None
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    heading = next(text for text in texts if text.startswith("<b>"))
    assert heading.startswith("<b>1 of 3 files is not a saved post.</b>")
    dialog.close()
