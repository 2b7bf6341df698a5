"""Long operations (imports, re-extraction) off the GUI thread.

:class:`OperationWorker` runs one :class:`~quotemark.library.operations.Operation` in
its own ``QThread`` and opens its OWN :class:`~quotemark.library.service.Library` on
the same file (a SQLite connection belongs to the thread that opened it),
named with the controller's ``origin`` so the change log counts its rows as
this window's own. It reports progress through queued signals and stops at
the next file when its ``threading.Event`` is set. :class:`OperationJob` is
the GUI side: it owns the thread, a cancellable ``QProgressDialog`` and
hands back the operation's value (:meth:`OperationJob.result` has the whole
:class:`~quotemark.library.operations.OpResult`). :class:`ImportJob` is the import.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from quotemark.app import identity
from quotemark.library.errors import QuotemarkError
from quotemark.library.service import Library

if TYPE_CHECKING:
    from quotemark.library.operations import Operation, OpResult

SAMPLE = Path("<sample>")
"""Pass ``[SAMPLE]`` as the paths to import the shipped sample post."""

_frozen = 0
"""How many running jobs asked :func:`freeze_gc` and have not thawed."""

IDLE_MS = 1500
"""How long no job has kept the window's objects frozen before they are
thawed and collected (:func:`thaw_gc`): longer than the gap between one
batch of All clips' rows and the next as the researcher scrolls."""

_idle: tuple[QCoreApplication, QTimer] | None = None


def freeze_gc() -> None:
    """Freeze the window's objects while a job runs in a worker thread.

    The worker's Python objects are collected in the worker thread,
    holding the GIL and so the window: a full pass over the window's own
    ~50,000 objects took 33 ms of CPU (116 ms on a loaded machine, the
    longest stall of a 4,000-post import). Those objects live on; frozen,
    a full pass sees only what the work made (8 ms). Counted, so two jobs
    at once (an import and All clips reading its posts) thaw once, when
    the last ends (:func:`thaw_gc`), not while the other still runs. A job
    started while the window waits to thaw (:data:`IDLE_MS`) keeps it
    frozen: no pass between the two."""
    global _frozen
    _frozen += 1
    _stop_idle_timer()
    gc.freeze()


def thaw_gc() -> None:
    """A job that froze the window's objects ended (once per
    :func:`freeze_gc`). When no job has kept them frozen for
    :data:`IDLE_MS` they are thawed, with one full pass at once over what
    the freeze held back (:func:`settle_gc`; closing the window does it
    at once). Without that pass, garbage frozen with the window's objects
    (a closed window's widgets, a job's callbacks) waited in the oldest
    generation and was collected at exit, after Qt had deleted its
    objects: a segmentation fault (exit 139) once All clips froze as
    imports do. Once the work is idle, not at each job's end: All clips
    reads its rows' posts a batch per screen scrolled, and a pass at each
    batch's end (33 ms, 130 ms on a loaded machine) stalled the window 244
    times scrolling through 3,000 clips (stop 46)."""
    global _frozen, _idle
    _frozen = max(_frozen - 1, 0)
    if _frozen:
        return
    app = QCoreApplication.instance()
    if app is None:
        settle_gc()
        return
    if _idle is None or _idle[0] is not app:
        timer = QTimer(app)
        timer.setSingleShot(True)
        timer.setInterval(IDLE_MS)
        timer.timeout.connect(settle_gc)
        _idle = (app, timer)
    _idle[1].start()


def _stop_idle_timer() -> None:
    # Only this application's timer (one made for an application since
    # destroyed is gone with it).
    if _idle is not None and _idle[0] is QCoreApplication.instance():
        _idle[1].stop()


def settle_gc() -> None:
    """Thaw the window's objects and collect once, now, unless a job still
    keeps them frozen: when the work has been idle :data:`IDLE_MS`, and
    when the window closes (its garbage collected while Qt's objects are
    there)."""
    _stop_idle_timer()
    if _frozen == 0 and gc.get_freeze_count():
        gc.unfreeze()
        gc.collect()


def gc_frozen() -> int:
    """How many running jobs keep the window's objects frozen."""
    return _frozen


PIPELINE = "quotemark.library.pipeline"
"""What an import loads before its first file: the extraction and the
analysis, about 3 s of compiling patterns on a loaded machine."""

LOAD_POLL_S = 0.05
"""How often a worker waiting for :func:`load_unless` asks whether to give up."""


def load_unless(module: str, abandon: threading.Event) -> bool:
    """Import ``module`` in a daemon thread and wait for it, giving up (False)
    as soon as ``abandon`` is set; True once it is loaded (or failed to load:
    the work that needs it then meets the error itself).

    An import cannot be interrupted, and the window closing while an
    import's thread loaded the extraction waited for it (about 3 s, stop
    49): given up, the daemon thread is left to load, or to stop with the
    interpreter; it writes nothing."""
    if module in sys.modules:
        return True
    loaded = threading.Event()

    def load() -> None:
        # An error is the work's own import's to meet and report.
        with contextlib.suppress(BaseException):
            importlib.import_module(module)
        loaded.set()

    threading.Thread(target=load, name="quotemark-load", daemon=True).start()
    while not loaded.wait(LOAD_POLL_S):
        if abandon.is_set():
            return False
    return True


class OperationWorker(QObject):
    """Runs ``operation`` on the library at ``library_path`` (a file or a
    shared library's URL)."""

    progressed = Signal(int, int, str)  # done, total, current path
    finished = Signal(object)  # OpResult
    failed = Signal(str)  # the operation could not run (library locked, full disk)
    crashed = Signal(object)  # a bug: the exception, for the crash dialog

    def __init__(
        self,
        library_path: Path | str,
        operation: Operation[Any],
        cancel: threading.Event,
        origin: str = "",
        *,
        loads: str = "",
        abandon: threading.Event | None = None,
    ) -> None:
        super().__init__()
        self._library_path = library_path
        self._operation = operation
        self._cancel = cancel
        self._origin = origin
        self._loads = loads
        self._abandon = abandon if abandon is not None else threading.Event()

    @Slot()
    def run(self) -> None:
        """Run the operation (in the worker thread), then end the thread:
        its signals are on their way to the GUI thread, and a window closing
        meanwhile (:meth:`OperationJob.wait`, with no event loop turning to
        hand the thread its ``quit``) sees it end instead of waiting 30 s
        and aborting on a thread still running."""
        try:
            self._run()
        finally:
            thread = QThread.currentThread()
            app = QCoreApplication.instance()
            if app is None or thread != app.thread():  # never the GUI's own loop
                thread.quit()

    def _run(self) -> None:
        if self._loads and not load_unless(self._loads, self._abandon):
            return  # the window closed first: no one waits for a report
        try:
            # The window makes the day's backup (Controller.start_daily_backup).
            library = Library.open(self._library_path, origin=self._origin, daily_backup=False)
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
            identity.apply(library)  # imports record who made them
            result = library.run(self._operation, progress=self._on_progress, cancel=self._cancel)
        except QuotemarkError as error:
            self.failed.emit(str(error))
        except Exception as error:  # a bug: to the crash dialog, never lost in a thread
            self.crashed.emit(error)
        else:
            self.finished.emit(result)
        finally:
            library.close()

    def _on_progress(self, done: int, total: int, path: str) -> None:
        self.progressed.emit(done, total, path)


class OperationJob(QObject):
    """One long operation with its thread and (optionally) a progress dialog.

    ``finished(value)`` or ``failed(message)`` is emitted once, on the GUI
    thread, after the thread has stopped.
    """

    finished = Signal(object)  # the operation's value (an ImportReport, ...)
    failed = Signal(str)
    progressed = Signal(int, int, str)

    def __init__(
        self,
        library_path: Path | str,
        operation: Operation[Any],
        parent: QWidget,
        *,
        show_progress: bool = True,
        origin: str = "",
        title: str = "Working",
        window_title: str = "",
        loads: str = "",
    ) -> None:
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self._abandon = threading.Event()
        self._title = title
        self._what = "The import" if title == "Importing" else title
        self._result: OpResult[Any] | None = None
        self._thread = QThread(self)
        self._thread.setObjectName("quotemark-operation")
        self._worker = OperationWorker(
            library_path, operation, self.cancel_event, origin, loads=loads, abandon=self._abandon
        )
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_worker_progressed)
        self._worker.finished.connect(self._on_worker_finished)
        self._worker.failed.connect(self._on_worker_failed)
        self._worker.crashed.connect(self._on_worker_crashed)
        self._outcome: tuple[str, object] | None = None
        self._dialog: QProgressDialog | None = None
        if show_progress:
            dialog = QProgressDialog(f"{title}…", "Cancel", 0, 0, parent)
            dialog.setWindowTitle(window_title or title)
            # Small jobs finish before the dialog would flash up.
            dialog.setMinimumDuration(400)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(self.cancel)
            self._dialog = dialog

    def result(self) -> OpResult[Any] | None:
        """The whole result, once ``finished`` was emitted."""
        return self._result

    def start(self) -> None:
        """Start in the background (below the GUI thread's
        priority, where the platform honours thread priorities)."""
        self._thread.start(QThread.Priority.LowPriority)

    def cancel(self) -> None:
        """Stop after the file (or post) being done now; what is done stays."""
        self.cancel_event.set()
        if self._dialog is not None:
            self._dialog.setLabelText("Cancelling…")

    def abandon(self) -> None:
        """Cancel, and tell no one the outcome (the window is closing): a
        worker still loading what the work needs (``loads``) stops at once
        instead of running the work to report it cancelled."""
        self._abandon.set()
        self.cancel()

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
            self._dialog.setLabelText(
                f"{self._title} {min(done + 1, total)} of {total}:\n{Path(path).name}"
            )

    @Slot(object)
    def _on_worker_finished(self, result: OpResult[Any]) -> None:
        self._result = result
        self._end(("finished", result.value))

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
            QTimer.singleShot(0, self, self._report)  # not once the job is deleted

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
                f"{self._what} stopped because of a bug in Quotemark. What was done "
                "before it is kept; the crash report has the details."
            )
            # The GUI's hook shows the crash dialog with the worker's traceback.
            sys.excepthook(type(value), value, value.__traceback__)
        else:
            self.failed.emit(str(value))


class ImportJob(OperationJob):
    """An import of files and folders (or ``[SAMPLE]``): ``finished`` hands
    back the :class:`~quotemark.library.operations.ImportReport`."""

    def __init__(
        self,
        library_path: Path | str,
        paths: Sequence[Path],
        parent: QWidget,
        *,
        show_progress: bool = True,
        origin: str = "",
    ) -> None:
        paths = list(paths)
        from quotemark.library.operations import ImportFiles, ImportSample

        operation: Operation[Any] = (
            ImportSample() if paths == [SAMPLE] else ImportFiles(tuple(paths))
        )
        super().__init__(
            library_path,
            operation,
            parent,
            show_progress=show_progress,
            origin=origin,
            title="Importing",
            window_title="Importing posts",
            loads=PIPELINE,
        )
