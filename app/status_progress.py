"""An import's progress in the status bar, with its Cancel button there, so
reading, searching and clipping go on while posts arrive (a progress dialog
covered the window)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from quotemark.app.workers import OperationJob


class StatusProgress(QWidget):
    """A label, a progress bar and Cancel, shown while a job runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusProgress")
        self._job: OperationJob | None = None
        self.label = QLabel(self)
        self.label.setObjectName("statusProgressLabel")
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName("Import progress")
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText("Cancel")
        self.cancel_button.setAccessibleName("Cancel the import")
        self.cancel_button.setAccessibleDescription(
            "Stops after the file being read now; what was imported stays"
        )
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    def attach(self, job: OperationJob, what: str = "Importing") -> None:
        """Follow ``job`` until it ends."""
        self._job = job
        self._what = what
        self.label.setText(f"{what}…")
        self.bar.setRange(0, 0)  # busy until the first count arrives
        self.cancel_button.setEnabled(True)
        job.progressed.connect(self._on_job_progressed)
        job.finished.connect(self._on_job_ended)
        job.failed.connect(self._on_job_ended)
        self.show()

    def job(self) -> OperationJob | None:
        """The job shown, while it runs."""
        return self._job

    @Slot()
    def cancel(self) -> None:
        """Ask the job to stop after the file it is reading."""
        if self._job is not None:
            self._job.cancel()
            self.label.setText("Cancelling…")
            self.cancel_button.setEnabled(False)

    @Slot(int, int, str)
    def _on_job_progressed(self, done: int, total: int, path: str) -> None:
        if self._job is None or self._job.cancel_event.is_set():
            return
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))
        name = Path(path).name if path else ""
        self.label.setText(f"{self._what} {min(done + 1, total)} of {total}: {name}"[:80])

    @Slot(object)
    def _on_job_ended(self, _value: object) -> None:
        self._job = None
        self.hide()
