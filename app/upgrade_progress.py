"""A library upgrade the researcher can see.

Opening a library an older Quotemark wrote backs it up and runs the
migrations (about 1 s at 100,000 posts), before the window (or the library
switched to) can show anything: a start looked frozen. :func:`upgrade_shown`
runs that upgrade in a thread (its own connection, opened and closed) while a
small progress window names the library and the versions, and the event loop
keeps drawing it; the window's own opening then finds the library current.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QProgressDialog, QWidget

from quotemark.library import paths
from quotemark.library.store import engine

POLL_MS = 30
"""How often the waiting event loop asks whether the upgrade is done."""

LABEL_WIDTH = 520
"""The widest the progress window's text runs, in pixels (it wraps)."""


class _UpgradeDialog(QProgressDialog):
    """A progress window that stays until the upgrade ends: Escape or the
    title bar's close hid it (QProgressDialog cancels on both) while the
    upgrade went on, and with it the modality, so the window behind took
    clicks: another library opened, or an import started that the switch
    then refused to leave (``Controller.use`` raises while one runs)."""

    def reject(self) -> None:
        # Escape: a migration is one transaction, nothing to cancel.
        pass

    def closeEvent(self, event: QCloseEvent) -> None:
        # The title bar's close; upgrade_shown hides it itself at the end.
        event.ignore()


def upgrade_shown(
    location: Path | str,
    versions: tuple[int, int],
    upgrade: Callable[[], None],
    parent: QWidget | None = None,
) -> None:
    """Run ``upgrade`` (which opens the library at ``location`` from schema
    ``versions[0]`` to ``versions[1]`` on a connection of its own, and closes
    it) in a thread, showing a progress window meanwhile (the controller
    asks :meth:`Library.upgrade_pending` first: views never hold a Library).
    The error the upgrade raised (a :class:`QuotemarkError` or ``OSError``)
    is raised here, as opening it would have."""
    found, target = versions
    dialog = _UpgradeDialog(parent)
    dialog.setObjectName("upgradeProgress")
    dialog.setWindowTitle("Upgrading the library")
    # Wrapped, as plain text, the paths on lines of their own: one line ran
    # past 900 px (past a small screen with a long path), and a file name
    # holding "<" was read as markup.
    if engine.is_url(location):
        # A shared library: named without its password; its server's
        # administrator keeps its backups (none is made here).
        shown = engine.shown_url(str(location))
        backup = "Its server's administrator keeps its backups."
    else:
        shown = str(location)
        backup = f"A backup of it is made first, in\n{paths.backups_dir()}"
    label = QLabel(f"Upgrading the library\n{shown}\nfrom version {found} to {target}.\n{backup}")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setMaximumWidth(LABEL_WIDTH)
    dialog.setLabel(label)
    dialog.setCancelButton(None)  # a migration is one transaction: nothing to cancel
    dialog.setRange(0, 0)  # busy: the migrations report no steps
    dialog.setMinimumDuration(0)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setAccessibleName("Upgrading the library")
    failures: list[BaseException] = []

    def run() -> None:
        try:
            upgrade()
        except BaseException as error:  # handed to the GUI thread below
            failures.append(error)

    worker = threading.Thread(target=run, name="quotemark-upgrade", daemon=True)
    dialog.show()
    QApplication.processEvents()
    worker.start()
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(POLL_MS)
    timer.timeout.connect(lambda: None if worker.is_alive() else loop.quit())
    timer.start()
    if worker.is_alive():
        loop.exec()
    timer.stop()
    worker.join()
    dialog.hide()  # close() is refused (see _UpgradeDialog)
    dialog.deleteLater()
    if failures:
        raise failures[0]
