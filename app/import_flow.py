"""Importing from the window: File > Import and Import folder, drops and the
sample post. The flow asks for files, hands them to the controller (which
runs the import in the worker and tells every view what came), then reports
the result and opens the first post when asked to.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl, Signal, Slot
from PySide6.QtWidgets import QApplication, QFileDialog

from quotemark.app import settings
from quotemark.app.controller import Controller
from quotemark.app.dialogs.focus import return_focus_after
from quotemark.app.dialogs.import_report import ImportReportDialog, summary
from quotemark.app.status_progress import StatusProgress
from quotemark.app.workers import SAMPLE, ImportJob

if TYPE_CHECKING:
    from quotemark.app.main_window import MainWindow
    from quotemark.library.operations import ImportReport


class ImportFlow(QObject):
    """The window's imports (one at a time)."""

    finished = Signal(object)  # ImportReport, or None when it could not run

    def __init__(self, window: MainWindow, controller: Controller) -> None:
        super().__init__(window)
        self._window = window
        self._controller = controller
        self._open_first = False
        self._starting = ""  # what the import being started reads, in words
        self._survey: _Survey | None = None  # those words, found in a thread
        self.progress = StatusProgress(window)
        window.statusBar().addPermanentWidget(self.progress)
        controller.import_started.connect(self._on_controller_import_started)
        controller.import_finished.connect(self._on_controller_import_finished)
        controller.import_failed.connect(self._on_controller_import_failed)

    @Slot()
    def choose_files(self) -> None:
        """File > Import: pick files."""
        window = self._window
        previous = QApplication.focusWidget()
        files, _filter = QFileDialog.getOpenFileNames(
            window,
            "Import saved posts",
            settings.get_str("import/folder", str(Path.home())),
            "Saved posts (*.html *.htm *.xhtml *.mhtml *.mht *.txt);;All files (*)",
        )
        window.give_back_focus(previous)
        if files:
            settings.set_value("import/folder", str(Path(files[0]).parent))
            self.start([Path(f) for f in files], open_first=True)

    @Slot()
    def choose_folder(self) -> None:
        """File > Import folder: every post in a folder, recursively."""
        window = self._window
        previous = QApplication.focusWidget()
        folder = QFileDialog.getExistingDirectory(
            window, "Import a folder of posts", settings.get_str("import/folder", str(Path.home()))
        )
        window.give_back_focus(previous)
        if folder:
            settings.set_value("import/folder", folder)
            self.start([Path(folder)], open_first=True)

    def start(
        self, paths: Sequence[Path], *, open_first: bool = False, show_progress: bool = True
    ) -> ImportJob | None:
        """Import in the background; with ``open_first`` the first post
        (imported or already there) opens when the import ends."""
        if not paths:
            return None
        # A few paths are named at once (a stat each); thousands (a drop, a
        # selection) are named in a thread, so the window shows the import's
        # progress and Cancel at once, not after a stat per file (seconds on
        # a network share): "Importing 5000 items…" until then.
        many = len(paths) > SURVEY_AT_ONCE
        self._starting = "" if many else (_what_is_imported(paths) or "")
        # Progress goes in the status bar, not a dialog over the window:
        # reading goes on while posts arrive.
        job = self._controller.import_paths(paths, self._window, show_progress=False)
        if job is None:
            self._window.show_status("An import is already running; wait for it or cancel it.")
            return None
        if show_progress:
            self.progress.attach(job)
        self._open_first = open_first
        self._stop_survey()  # an earlier import's, had it not ended yet
        if many:
            self._survey = _Survey(paths, self)
            self._survey.named.connect(self._on_survey_named)
            self._survey.start()
        return job

    def _stop_survey(self) -> None:
        if self._survey is not None:
            self._survey.stop.set()
            self._survey = None

    @Slot(str)
    def _on_survey_named(self, words: str) -> None:
        # Only while the import it names is still running.
        if self._survey is None or self.sender() is not self._survey:
            return
        self._survey = None
        if self._controller.import_job() is not None:
            self._window.show_status(f"Importing {words}…")

    def drop(self, urls: Sequence[QUrl]) -> bool:
        """Import dropped files (opening the first when it is the only one or
        nothing is open); False when none is a local file."""
        paths = local_paths(urls)
        if paths:
            only = len(paths) == 1 or self._window.current_post() is None
            self.start(paths, open_first=only)
        return bool(paths)

    def _enable(self, enabled: bool) -> None:
        registry = self._window.registry
        registry["file.import"].setEnabled(enabled)
        registry["file.import_folder"].setEnabled(enabled)

    @Slot(int)
    def _on_controller_import_started(self, count: int) -> None:
        self._enable(False)
        what, self._starting = self._starting, ""
        items = f"{count} item{'' if count == 1 else 's'}"
        self._window.show_status(f"Importing {what or items}…")

    @Slot(object)
    def _on_controller_import_finished(self, report: ImportReport | None) -> None:
        self._stop_survey()
        if report is None:  # could not run: import_failed has said why
            self.finished.emit(None)
            return
        window = self._window
        self._enable(True)
        window.give_back_focus(window.focusWidget())  # the progress dialog has closed
        if not report.change.posts_added:
            window.library_pane.refresh()
        said = summary(report)
        window.show_status(said)
        # A file saved again with changed text: the researcher may replace
        # the stored post, from the status line or the report.
        window.reimports.offer(report)
        # The post first, then the report: closing the report gives the
        # keyboard back to where it was when the report opened, so the
        # reader of the post the import opened (it went back to the search
        # box, or wherever the import was started from, and J read nothing).
        if self._open_first:
            first = next((r.post_id for r in report.results if r.post_id is not None), None)
            told = report.repaired or report.images_left_out
            if first is not None and window.open_post(first) and told:
                # Opening the post said what it holds over the summary: a
                # repaired text (shown text not the file's bytes) or images
                # left out (a hole in the reader) is said last.
                window.show_status(summary(report))
        if report.failed or report.skipped or report.replaceable:
            dialog = ImportReportDialog(report, window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.replace_requested.connect(window.reimports.replace)
            window.reimports.done.connect(dialog.show_replaced)
            return_focus_after(dialog, window, window.focus_default)
            dialog.open()
        self.finished.emit(report)

    @Slot(str)
    def _on_controller_import_failed(self, message: str) -> None:
        self._stop_survey()
        self._enable(True)
        self._window.show_error("Import failed", message)


def local_paths(urls: Sequence[QUrl]) -> list[Path]:
    """The local files among dropped URLs."""
    return [Path(url.toLocalFile()) for url in urls if url.isLocalFile() and url.toLocalFile()]


SURVEY_AT_ONCE = 16
"""Up to this many paths given, the import's words are found on the GUI
thread (a stat each); more, in a thread (:class:`_Survey`)."""


class _Survey(QObject):
    """:func:`_what_is_imported` in a thread; ``named`` with the words
    unless stopped (the import ended, or another began) before."""

    named = Signal(str)

    def __init__(self, paths: Sequence[Path], parent: QObject) -> None:
        super().__init__(parent)
        self._paths = list(paths)
        self.stop = threading.Event()

    def start(self) -> None:
        """Look at the paths in a daemon thread (a stat that hangs on a
        gone network share keeps nothing from closing)."""
        threading.Thread(target=self._run, name="quotemark-import-survey", daemon=True).start()

    def _run(self) -> None:
        words = _what_is_imported(self._paths, self.stop)
        if words is not None and not self.stop.is_set():
            # Queued to the GUI thread; a window already gone raises.
            with contextlib.suppress(RuntimeError):
                self.named.emit(words)


def _what_is_imported(paths: Sequence[Path], stop: threading.Event | None = None) -> str | None:
    """The paths an import is given, in words: "the folder “week”", "3
    files", "2 folders and 3 files" ("Importing 1 item…" for a folder of
    twenty-one files read as one file; the folder's files are counted as
    the import walks them, in the progress beside); ``None`` when ``stop``
    was set before every path was looked at."""
    if list(paths) == [SAMPLE]:
        return "the sample post"  # not a file of the researcher's ("1 file")
    folders = []
    for path in paths:
        if stop is not None and stop.is_set():
            return None
        if path.is_dir():
            folders.append(path)
    files = len(paths) - len(folders)
    if len(folders) == 1 and not files:
        return f"the folder “{folders[0].name or folders[0]}”"
    parts = [f"{len(folders)} folder{'' if len(folders) == 1 else 's'}"] if folders else []
    if files:
        parts.append(f"{files} file{'' if files == 1 else 's'}")
    return " and ".join(parts)
