"""The "part 1 of 3" of "All clips" rows, read off the GUI thread.

A row of "All clips" leads its locator with its post's part of a longer
article ("part 1 of 3, ¶ 4"). That is in the post's stored document, a
document decoded per post: over many clips of many posts, showing or
refreshing the list read a screenful of documents on the GUI thread and
the window stalled. :class:`PartsReader` reads them as the window runs any
long work, in its worker thread (:class:`quotemark.app.workers.OperationJob`
running :class:`quotemark.library.operations.ReadParts`): rows show at once
with their paragraph and gain their part when their posts are read, one
batch of the posts asked for at a time.

What it reads is dropped when the list was read again or a post changed
meanwhile (:meth:`PartsReader.forget`): the rows then ask again. The
researcher may stop it (:meth:`PartsReader.cancel`, the count's Cancel):
the rows keep their paragraph without the part until the list is read
again. While it reads, the window's objects are frozen for the collector,
as for any long work (:func:`quotemark.app.workers.freeze_gc`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from quotemark.app.controller import Controller
from quotemark.app.workers import OperationJob, freeze_gc, settle_gc, thaw_gc

BATCH = 200
"""Posts read by one job at most (a few screens of rows)."""


class PartsReader(QObject):
    """Reads the parts of the posts the rows ask for, in the worker thread."""

    read = Signal(object)  # dict[int, str]: post id -> "part 1 of 3" or ""
    busy_changed = Signal(bool)

    def __init__(self, controller: Controller, parent: QWidget) -> None:
        super().__init__(parent)
        self._controller = controller
        self._parent = parent
        self._job: OperationJob | None = None
        self._wanted: dict[int, None] = {}  # asked for, not yet being read (in order)
        self._reading: frozenset[int] = frozenset()
        self._generation = 0
        self._cancelled = False
        self._frozen = False  # this reader's freeze_gc not yet thawed
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self._start)

    def want(self, post_id: int) -> None:
        """Read ``post_id``'s part (a row showed it without): in the next
        job, started once the rows asking are all drawn."""
        if self._cancelled or post_id in self._wanted or post_id in self._reading:
            return
        self._wanted[post_id] = None
        if self._job is None and not self._soon.isActive():
            self._soon.start()

    def forget(self) -> None:
        """Drop what is asked and what the running job will bring (the
        list was read again, or posts changed): its rows ask again."""
        self._generation += 1
        self._wanted.clear()
        self._reading = frozenset()
        if self._job is not None:
            self._job.cancel()

    def cancel(self) -> None:
        """Stop reading (the researcher's Cancel): what is asked is
        dropped, the running job stops after its post, and rows asking
        are not read until :meth:`resume` (the list read again)."""
        self._cancelled = True
        self.forget()
        self._soon.stop()
        if self._job is None:
            self.busy_changed.emit(False)

    def resume(self) -> None:
        """Read the rows' parts again as they ask (a new listing)."""
        self._cancelled = False

    def cancelled(self) -> bool:
        """Whether the researcher stopped the reading of this listing."""
        return self._cancelled

    def busy(self) -> bool:
        """Whether parts are being read or waiting to be."""
        return self._job is not None or bool(self._wanted)

    def stop(self) -> None:
        """Cancel and wait for the worker thread (closing)."""
        self.forget()
        self._soon.stop()
        job = self._job
        if job is not None and job.is_running():
            job.wait()
        # Its end may never be handed to this thread (closing): the window's
        # objects are thawed now, not left frozen past the window.
        self._thaw()
        settle_gc()

    def _thaw(self) -> None:
        if self._frozen:
            self._frozen = False
            thaw_gc()

    @Slot()
    def _start(self) -> None:
        if self._job is not None or not self._wanted:
            return
        if self._controller.closed:
            self._wanted.clear()
            return
        from quotemark.library.operations import ReadParts

        ids = tuple(self._wanted)[:BATCH]
        for post_id in ids:
            del self._wanted[post_id]
        self._reading = frozenset(ids)
        if not self._frozen:
            # Before the job is made: the job and its callbacks below are
            # not among the frozen.
            self._frozen = True
            freeze_gc()  # thawed when it ends (_on_job_ended) or stops (stop)
        job = OperationJob(
            self._controller.location,
            ReadParts(ids),
            self._parent,
            show_progress=False,
            title="Reading the clips' posts",
        )
        generation = self._generation
        job.finished.connect(lambda parts: self._on_job_ended(job, generation, parts))
        job.failed.connect(lambda _message: self._on_job_ended(job, generation, None))
        self._job = job
        job.start()
        self.busy_changed.emit(True)

    def _on_job_ended(self, job: OperationJob, generation: int, parts: object) -> None:
        job.deleteLater()
        self._job = None
        self._thaw()
        if generation == self._generation:
            self._reading = frozenset()
            if isinstance(parts, dict) and parts:
                self.read.emit(parts)
        if self._wanted:
            self._start()
        if self._job is None:
            self.busy_changed.emit(False)
