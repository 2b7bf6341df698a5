"""A bug reaches the crash dialog (traceback shown, one click to copy it),
never a "library could not be used" message. Real windows, real SQLite."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QThread, QTimer, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from quotemark.app import gui
from quotemark.app.controller import Controller
from quotemark.app.dialogs.crash import CrashDialog
from quotemark.app.main_window import MainWindow
from quotemark.app.workers import ImportJob
from quotemark.library import paths
from quotemark.library.service import Library
from tests.app.test_main_window_support import FERRY_POST, write_post

# The GUI's own exception hook must see the exceptions, not pytest-qt's.
pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_no_exception_capture,
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


@pytest.fixture
def crash_hook(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The GUI's exception hook, as ``quotemark`` installs it; the test's
    hook comes back afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    gui._install_crash_handler()
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, CrashDialog | QMessageBox):
            widget.close()


def _crash_dialog(qtbot: QtBot) -> CrashDialog:
    found: list[CrashDialog] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog)]
        return bool(found) and found[0].isVisible()

    qtbot.waitUntil(shown, timeout=5000)
    return found[0]


def _messages() -> list[str]:
    return [w.text() for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]


def test_a_bug_under_the_window_shows_the_traceback_to_copy(
    qtbot: QtBot, crash_hook: None, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    library = Library.open(paths.library_file())
    post = library.import_paths([write_post(tmp_path, "ferry.txt", FERRY_POST)]).results[0]
    assert post.post_id is not None
    window = MainWindow(Controller(library))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # A programming error: the window's connection used after it was closed.
    library.close()
    QTimer.singleShot(0, lambda: window.open_post(post.post_id or 0))
    dialog = _crash_dialog(qtbot)
    assert "ProgrammingError" in dialog.details()
    assert "Traceback" in dialog.details()
    assert not any("could not be used" in text for text in _messages())
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == dialog.details()
    # The window paints on over the closed library: its lists show nothing
    # instead of printing a traceback for every row they paint. The one
    # traceback is the bug's own (the crash hook prints it too).
    window.library_pane.model.reload()
    window.repaint()
    QApplication.processEvents()
    err = capfd.readouterr().err
    assert err.count("Traceback (most recent call last)") == 1
    assert "Error calling Python override" not in err


def test_a_bug_in_the_import_thread_reaches_the_crash_dialog(
    qtbot: QtBot, crash_hook: None
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    # Not a path at all: an interface misuse inside the import, i.e. a bug.
    job = ImportJob(paths.library_file(), [42], parent, show_progress=False)  # type: ignore[list-item]
    with qtbot.waitSignal(job.failed, timeout=10_000) as blocker:
        job.start()
    assert "bug in Quotemark" in blocker.args[0]
    dialog = _crash_dialog(qtbot)
    assert "TypeError" in dialog.details()
    assert "workers.py" in dialog.details()  # the worker's own traceback


class _Faulty(QObject):
    @Slot()
    def run(self) -> None:
        raise RuntimeError("a bug in a worker thread")


def test_a_bug_raised_in_any_thread_reaches_the_crash_dialog(
    qtbot: QtBot, crash_hook: None
) -> None:
    # Widgets may only be made in the GUI thread: the hook hands the report over.
    thread = QThread()
    worker = _Faulty()
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    thread.start()
    try:
        dialog = _crash_dialog(qtbot)
    finally:
        thread.quit()
        thread.wait()
    assert "a bug in a worker thread" in dialog.details()
