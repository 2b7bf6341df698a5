"""A drop of thousands of files: the window names what is imported in a
thread (stop 43, s43-ui). Before, ``_what_is_imported`` looked at every path
on the GUI thread (a stat each, seconds on a network share) before the
progress and its Cancel showed. Behaviour, not timing: with the survey held
on its first file, the progress shows, Cancel stops the import, and the
window never waits for the survey."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from quotemark.app.main_window import MainWindow
from quotemark.library import paths
from quotemark.library.service import Library

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

FILES = 1500


def test_a_drop_of_many_files_shows_cancel_at_once_and_cancel_works_while_they_are_looked_at(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    files = []
    for n in range(FILES):
        path = folder / f"pier-{n:04}.txt"
        path.write_text(
            f"Pier notes {n}\n\nTom Hale said the pier opens at nine on day {n}.\n",
            encoding="utf-8",
        )
        files.append(path)
    # A slow share: looking at the first dropped file waits until the test
    # lets it go, wherever the window looks at it (the import's own walk,
    # in its worker, is not held).
    release = threading.Event()
    held = threading.Event()
    waited_out: list[str] = []
    real_is_dir = Path.is_dir

    def slow_is_dir(self: Path) -> bool:
        name = threading.current_thread().name
        if self == files[0] and name in ("MainThread", "quotemark-import-survey"):
            held.set()
            if not release.wait(5):
                waited_out.append(name)  # the window was held: the old way
                release.set()
        return real_is_dir(self)

    monkeypatch.setattr(Path, "is_dir", slow_is_dir)
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    assert window.imports.drop([QUrl.fromLocalFile(str(path)) for path in files])
    qtbot.waitUntil(held.is_set)
    assert waited_out == []  # drop() came back while the survey is held
    # The survey is still held; the window already shows the import.
    progress = window.imports.progress
    qtbot.waitUntil(progress.isVisible)
    assert window.import_job() is not None
    assert f"Importing {FILES} items…" in said
    qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.import_job() is None, timeout=30_000)
    release.set()
    assert waited_out == []
    qtbot.wait(50)  # the survey, let go, names an import that has ended: not shown
    assert not any(message.startswith(f"Importing {FILES} files") for message in said)
    with Library.open(paths.library_file()) as library:
        assert library.counts()[0] < FILES  # cancelled, not run to the end


def test_a_few_paths_are_still_named_at_once(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "week"
    folder.mkdir()
    (folder / "pier.txt").write_text("Pier\n\nAda Lind said the tide turns.\n", encoding="utf-8")
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    with qtbot.waitSignal(window.import_finished, timeout=30_000):
        window.imports.start([folder])
    assert "Importing the folder “week”…" in said
