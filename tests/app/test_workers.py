"""Imports run in a worker thread with their own Library on the same file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from quotemark.app.workers import ImportJob
from quotemark.library import paths
from quotemark.library.service import ImportReport, ImportStatus, Library
from tests.app.test_main_window_support import FERRY_POST, GARDEN_POST, write_post

# The offscreen platform warns that it cannot pass size hints on; harmless.
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def posts(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "posts"
    folder.mkdir()
    return [
        write_post(folder, "ferry.txt", FERRY_POST),
        write_post(folder, "garden.txt", GARDEN_POST),
    ]


def run_job(qtbot: QtBot, job: ImportJob) -> ImportReport:
    with qtbot.waitSignal(job.finished, timeout=30_000) as blocker:
        job.start()
    report = blocker.args[0]
    assert isinstance(report, ImportReport)
    return report


def test_a_folder_imports_in_another_thread_and_the_gui_library_sees_the_posts(
    qtbot: QtBot, parent: QWidget, posts: list[Path], library: Library
) -> None:
    job = ImportJob(paths.library_file(), [posts[0].parent], parent, show_progress=False)
    progress: list[tuple[int, int, str]] = []
    threads: list[bool] = []
    job.progressed.connect(lambda d, t, p: progress.append((d, t, p)))
    # A direct connection runs in the thread that emits: the worker's.
    job._worker.progressed.connect(
        lambda *_: threads.append(QThread.currentThread() is not parent.thread()),
        type=Qt.ConnectionType.DirectConnection,
    )
    report = run_job(qtbot, job)
    assert sorted(r.status for r in report.results) == [ImportStatus.IMPORTED] * 2
    assert {p.title for p in library.posts()} == {
        "The Harbour Ferry Sails at Night Again",
        "Allotment Gardens Open a Waiting List",
    }
    assert progress, "no progress was reported"
    assert max(t for _, t, _ in progress) == 2
    assert threads
    assert all(threads), "progress came from the GUI thread"
    assert not job.is_running()


def test_cancelling_before_the_first_file_imports_nothing(
    qtbot: QtBot, parent: QWidget, posts: list[Path], library: Library
) -> None:
    job = ImportJob(paths.library_file(), posts, parent, show_progress=False)
    job.cancel()
    report = run_job(qtbot, job)
    assert all(r.status is ImportStatus.CANCELLED for r in report.results)
    assert library.posts() == []


def test_the_progress_dialog_cancel_button_sets_the_cancel_token(
    qtbot: QtBot, parent: QWidget, posts: list[Path]
) -> None:
    job = ImportJob(paths.library_file(), posts, parent, show_progress=True)
    dialog = job.progress_dialog()
    assert dialog is not None
    button = dialog.findChild(QPushButton)
    assert button is not None
    assert button.text() == "Cancel"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert job.cancel_event.is_set()
    run_job(qtbot, job)
    assert job.progress_dialog() is None  # closed when the import ended


def test_a_library_that_cannot_be_opened_is_reported_not_raised(
    qtbot: QtBot, parent: QWidget, posts: list[Path], tmp_path: Path
) -> None:
    blocker_file = tmp_path / "not-a-folder"
    blocker_file.write_text("a file where the library folder should be")
    job = ImportJob(blocker_file / "library.sqlite3", posts, parent, show_progress=False)
    with qtbot.waitSignal(job.failed, timeout=10_000) as blocker:
        job.start()
    message = blocker.args[0]
    assert "not-a-folder" in message
