"""Imports off the GUI thread.

:class:`ImportWorker` runs in its own ``QThread`` and opens its OWN
:class:`~library.service.Library` on the same file (a SQLite connection
belongs to the thread that opened it). It reports progress through queued
signals and stops at the next file when its ``threading.Event`` is set.
:class:`ImportJob` is the GUI side: it owns the thread, a cancellable
``QProgressDialog`` and hands back the :class:`~library.service.ImportReport`.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from library.errors import QuotemarkError
from library.model import Change
from library.service import ImportReport, ImportStatus, Library

SAMPLE = Path("<sample>")
"""Pass ``[SAMPLE]`` as the paths to import the shipped sample post."""


class ImportWorker(QObject):
    """Imports ``paths`` (or the sample post) into the library file at
    ``library_path``."""

    progressed = Signal(int, int, str)  # done, total, current path
    finished = Signal(object)  # ImportReport
    failed = Signal(str)  # the whole import could not run (library locked, full disk)
    crashed = Signal(object)  # a bug: the exception, for the crash dialog

    def __init__(self, library_path: Path, paths: Sequence[Path], cancel: threading.Event) -> None:
        super().__init__()
        self._library_path = library_path
        self._paths = list(paths)
        self._cancel = cancel

    @Slot()
    def run(self) -> None:
        """Do the import (in the worker thread)."""
        try:
            library = Library.open(self._library_path)
        except QuotemarkError as error:
            self.failed.emit(str(error))
            return
        except OSError as error:
            self.failed.emit(f"Cannot open the library {self._library_path}: {error}")
            return
        except Exception as error:  # a bug: to the crash dialog
            self.crashed.emit(error)
            return
        try:
            if self._paths == [SAMPLE]:
                result = library.import_sample()
                added = (result.post_id,) if result.status is ImportStatus.IMPORTED else ()
                report = ImportReport((result,), Change(posts_added=tuple(p for p in added if p)))
            else:
                report = library.import_paths(
                    self._paths, progress=self._on_progress, cancel=self._cancel
                )
        except QuotemarkError as error:
            self.failed.emit(str(error))
        except Exception as error:  # a bug: to the crash dialog, never lost in a thread
            self.crashed.emit(error)
        else:
            self.finished.emit(report)
        finally:
            library.close()

    def _on_progress(self, done: int, total: int, path: str) -> None:
        self.progressed.emit(done, total, path)


class ImportJob(QObject):
    """One batch import with its thread and (optionally) a progress dialog.

    ``finished(report)`` or ``failed(message)`` is emitted once, on the GUI
    thread, after the thread has stopped.
    """

    finished = Signal(object)  # ImportReport
    failed = Signal(str)
    progressed = Signal(int, int, str)

    def __init__(
        self,
        library_path: Path,
        paths: Sequence[Path],
        parent: QWidget,
        *,
        show_progress: bool = True,
    ) -> None:
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self._thread = QThread(self)
        self._thread.setObjectName("quotemark-import")
        self._worker = ImportWorker(library_path, paths, self.cancel_event)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_worker_progressed)
        self._worker.finished.connect(self._on_worker_finished)
        self._worker.failed.connect(self._on_worker_failed)
        self._worker.crashed.connect(self._on_worker_crashed)
        self._outcome: tuple[str, object] | None = None
        self._dialog: QProgressDialog | None = None
        if show_progress:
            dialog = QProgressDialog("Importing…", "Cancel", 0, 0, parent)
            dialog.setWindowTitle("Importing posts")
            # Small imports finish before the dialog would flash up.
            dialog.setMinimumDuration(400)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(self.cancel)
            self._dialog = dialog

    def start(self) -> None:
        """Start importing in the background (below the GUI thread's
        priority, where the platform honours thread priorities)."""
        self._thread.start(QThread.Priority.LowPriority)

    def cancel(self) -> None:
        """Stop after the file being imported now; what is done stays."""
        self.cancel_event.set()
        if self._dialog is not None:
            self._dialog.setLabelText("Cancelling…")

    def is_running(self) -> bool:
        """Whether the import thread is still working."""
        return self._thread.isRunning()

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the thread ends (for shutting down)."""
        return self._thread.wait(msecs)

    def progress_dialog(self) -> QProgressDialog | None:
        """The progress dialog (tests press its Cancel button)."""
        return self._dialog

    @Slot(int, int, str)
    def _on_worker_progressed(self, done: int, total: int, path: str) -> None:
        self.progressed.emit(done, total, path)
        if self._dialog is None or self.cancel_event.is_set():
            return
        if self._dialog.maximum() != total:
            self._dialog.setMaximum(max(total, 1))
        self._dialog.setValue(min(done, max(total, 1)))
        if path:
            self._dialog.setLabelText(f"Importing {done + 1} of {total}:\n{Path(path).name}")

    @Slot(object)
    def _on_worker_finished(self, report: ImportReport) -> None:
        self._end(("finished", report))

    @Slot(str)
    def _on_worker_failed(self, message: str) -> None:
        self._end(("failed", message))

    @Slot(object)
    def _on_worker_crashed(self, error: BaseException) -> None:
        self._end(("crashed", error))

    def _end(self, outcome: tuple[str, object]) -> None:
        self._outcome = outcome
        self._thread.quit()
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.hide()
            self._dialog.deleteLater()
            self._dialog = None
        # Report once the thread has really stopped, so a caller may start
        # the next import (or close the window) from the slot.
        self._thread.finished.connect(self._report)
        if self._thread.isFinished():
            QTimer.singleShot(0, self._report)

    @Slot()
    def _report(self) -> None:
        outcome, self._outcome = self._outcome, None
        if outcome is None:
            return
        kind, value = outcome
        if kind == "finished":
            self.finished.emit(value)
        elif isinstance(value, BaseException):
            self.failed.emit(
                "The import stopped because of a bug in Quotemark. Posts imported "
                "before it are kept; the crash report has the details."
            )
            # The GUI's hook shows the crash dialog with the worker's traceback.
            sys.excepthook(type(value), value, value.__traceback__)
        else:
            self.failed.emit(str(value))
