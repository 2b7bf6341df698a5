"""The crash dialog: what a bug in Quotemark looks like to a user.

Known situations (:class:`~quotemark.library.errors.QuotemarkError`) get their own
message elsewhere; anything else reaching :func:`report_exception` is a bug.
The dialog says the library is safe (every write is one transaction), shows
the traceback, and has a button that copies it for a bug report.
"""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quotemark.app.dialog_size import remember_size
from quotemark.library.errors import QuotemarkError

APP_NAME = "Quotemark"

_open: set[QDialog] = set()


def _keep_until_closed(dialog: QDialog) -> None:
    # Without a parent (no window active yet) only this reference keeps a
    # dialog alive until it is closed.
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open.add(dialog)
    dialog.finished.connect(lambda _result: _open.discard(dialog))


class CrashDialog(QDialog):
    """A bug's traceback, readable and one click from the clipboard."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{APP_NAME} hit a bug")
        self._details = details
        message = QLabel(
            "Something went wrong inside Quotemark. Your library is safe: nothing "
            "half-done was saved.\n\nPlease report this with the details below."
        )
        message.setWordWrap(True)
        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton("&Copy details")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.details_view)
        layout.addWidget(buttons)
        self.resize(640, 420)
        remember_size(self, "crash")

    def details(self) -> str:
        """The traceback shown."""
        return self._details

    def _on_copy_button_clicked(self) -> None:
        QApplication.clipboard().setText(self._details)
        self.copy_button.setText("Copied")


class _Presenter(QObject):
    """Lives in the GUI thread: an exception raised in a worker thread
    (PySide calls ``sys.excepthook`` there) reaches it as a queued signal,
    because widgets may only be made in the GUI thread."""

    bug = Signal(str)
    known = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.bug.connect(self._on_bug)
        self.known.connect(self._on_known)

    @Slot(str)
    def _on_bug(self, details: str) -> None:
        show_crash(details)

    @Slot(str)
    def _on_known(self, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, APP_NAME, message, parent=QApplication.activeWindow()
        )
        _keep_until_closed(box)
        box.open()


_presenter: _Presenter | None = None


def install() -> None:
    """Make :func:`report_exception` the exception hook (call it in the GUI
    thread, with the application created)."""
    global _presenter
    if _presenter is None:
        _presenter = _Presenter()
    sys.excepthook = report_exception


def report_exception(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> None:
    """``sys.excepthook`` for the GUI, from any thread: a known situation
    gets its message, anything else the crash dialog (not modal: the window
    keeps working)."""
    text = "".join(traceback.format_exception(kind, value, tb))
    print(text, file=sys.stderr)
    if isinstance(value, KeyboardInterrupt):
        QApplication.quit()
        return
    if _presenter is None:
        return  # not installed: the traceback above is all there is
    if isinstance(value, QuotemarkError):
        _presenter.known.emit(str(value))
    else:
        _presenter.bug.emit(text)


def show_crash(details: str) -> CrashDialog:
    """Open the crash dialog for a bug's ``details`` (its traceback)."""
    dialog = CrashDialog(details, QApplication.activeWindow())
    _keep_until_closed(dialog)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
