"""Start the GUI: ``quotemark [FILE...]`` and ``make run`` end up here.

:func:`run` creates the application, opens the library (a clear dialog if it
cannot: locked by another Quotemark, written by a newer one), shows the main
window, then imports and opens the files given on the command line. Known
errors (:class:`~quotemark.library.errors.QuotemarkError`) get their message; anything
else is a bug and gets a crash dialog with the traceback, and the library
stays as it was (every write is a transaction).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

import quotemark.app.feature_scan  # noqa: F401  (first: every later import is cheaper)
from quotemark.app import library_choice, settings
from quotemark.app.single_instance import InstanceServer, hand_over
from quotemark.app.style import apply_theme
from quotemark.library import paths
from quotemark.library.errors import QuotemarkError
from quotemark.resources import path as resource_path

if TYPE_CHECKING:
    from quotemark.app.controller import Controller
    from quotemark.app.main_window import MainWindow

APP_NAME = "Quotemark"
DESKTOP_ID = "org.quotemark.Quotemark"
"""The desktop entry's name (packaging/linux/DESKTOP_ID.desktop): the Wayland
app id, so the taskbar finds the entry and its icon."""
STARTUP_PROBE = "QUOTEMARK_STARTUP_PROBE"
"""Set by the GUI benchmark: print the wall time and the process's CPU time
once the window is shown with the library listed, then quit (measures
``quotemark`` start-up)."""


def application() -> QApplication:
    """The QApplication (created once, named, with its icon and theme)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv else APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())
    apply_theme(settings.get_str("appearance/theme", "system"))
    return app


def app_icon() -> QIcon:
    """Quotemark's icon from the ``resources`` package."""
    icon_file = resource_path("icons", "quotemark.svg")
    return QIcon(str(icon_file)) if icon_file.is_file() else QIcon()


def _install_crash_handler() -> None:
    """Show bugs instead of losing them (and keep running when possible)."""
    from quotemark.app.dialogs import crash

    crash.install()


def run(
    files: Sequence[Path] = (),
    *,
    first_run_sample: bool = False,
    library: Path | str | None = None,
) -> int:
    """Open the Quotemark window; import and open ``files``. With
    ``first_run_sample`` (``make run``) an empty library gets the sample
    post, opened. ``library`` (``quotemark --library``) is another library
    file or a shared library's ``postgresql://`` URL instead of the user's
    own; without it ``$QUOTEMARK_LIBRARY``, else the library used last
    (:mod:`quotemark.app.library_choice`). Returns the exit status."""
    app = application()
    choice = library_choice.start_choice(library)
    library_path = choice.location
    if hand_over(library_path, files):
        # A Quotemark already has this library open: it imports and opens
        # the files and comes to the front; a second window never opens.
        return 0
    fallback = ""
    try:
        controller = _open_controller(library_path, app)  # outlives the window
    except (QuotemarkError, OSError) as error:
        # The error names a shared library without its password.
        if not choice.remembered:
            QMessageBox.critical(None, APP_NAME, f"Quotemark cannot open its library:\n\n{error}")
            return 1
        # Only remembered, not asked for: the user's own library instead,
        # and the window says why (the next start tries the other again).
        fallback = f"Quotemark could not open the library used last, so it opened yours.\n\n{error}"
        library_path = paths.library_file()
        if hand_over(library_path, files):
            return 0
        try:
            controller = _open_controller(library_path, app)
        except (QuotemarkError, OSError) as own_error:
            QMessageBox.critical(
                None, APP_NAME, f"Quotemark cannot open its library:\n\n{own_error}"
            )
            return 1
    # Recent Libraries lists it; a library named by --library or the
    # environment is not the one the next plain start opens.
    library_choice.remember(library_path, last=choice.remembered and not fallback)
    # Imported here: the main window pulls in every widget module.
    from quotemark.app.main_window import MainWindow

    _install_crash_handler()
    window = MainWindow(controller)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    window.raise_()
    window.activateWindow()
    targets = [Path(f) for f in files]
    server = listen_for_files(window, library_path)
    # The window may switch libraries: later starts find it under the new one.
    window.library_switch.switched.connect(server.move_to)

    def start() -> None:
        if os.environ.get(STARTUP_PROBE):
            # benchmarks/gui.py: the window is up with the library loaded.
            # And the process's CPU seconds so far (the listening connection
            # and the warm-up come after the first paint, after this).
            print(
                f"shown {time.time():.6f} cpu {time.process_time():.6f}"
                f" posts {window.library_pane.post_count()}",
                flush=True,
            )
            QTimer.singleShot(0, app.quit)
            return
        if targets:
            window.import_paths(targets, open_first=True)
        elif first_run_sample and window.library_pane.post_count() == 0:
            window.open_sample()
        else:
            window.restore_last_post()
        if fallback:
            window.show_error("Library used last not opened", fallback)

    # After the window is on screen, so it appears at once.
    QTimer.singleShot(0, start)
    try:
        return app.exec()
    finally:
        server.close()
        controller.close()


def _open_controller(location: Path | str, app: QApplication) -> Controller:
    if isinstance(location, Path):
        location.parent.mkdir(parents=True, exist_ok=True)
    from quotemark.app.controller import Controller

    return Controller.open(location, app)


def listen_for_files(window: MainWindow, library_path: Path | str) -> InstanceServer:
    """Let later ``quotemark FILE...`` starts on this library hand their
    files to ``window`` (see :mod:`quotemark.app.single_instance`)."""
    # Not the window's child: the window deletes itself on close, and run()
    # closes the server after the event loop.
    server = InstanceServer(library_path)
    arrivals = _Arrivals(window)
    server.files_received.connect(arrivals.receive)
    if not server.listen():
        # Not fatal: a later start opens a second window, as before.
        print(f"{APP_NAME}: cannot listen for other starts on this library", file=sys.stderr)
    return server


class _Arrivals(QObject):
    """Files handed over by another start: the window comes to the front,
    then imports them and opens the first, after the import running now."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._waiting: list[Path] = []
        window.import_finished.connect(self._on_window_import_finished)

    @Slot(list)
    def receive(self, files: list[Path]) -> None:
        window = self._window
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()
        self._waiting.extend(files)
        self._import_waiting()

    @Slot(object)
    def _on_window_import_finished(self, _report: object) -> None:
        self._import_waiting()

    def _import_waiting(self) -> None:
        if self._waiting and self._window.import_job() is None:
            files, self._waiting = self._waiting, []
            self._window.import_paths(files, open_first=True)
