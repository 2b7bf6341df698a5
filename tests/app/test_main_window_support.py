"""Support for the main-window tests (no tests here): posts written by us,
importing through the window and waiting, typing shortcuts."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quotemark.app import settings
from quotemark.app.main_window import MainWindow
from quotemark.app.window_state import FIRST_SIZE
from quotemark.library import paths as library_paths
from quotemark.library.service import ImportReport, ImportStatus, Library

FERRY = "The Harbour Ferry Sails at Night Again"
GARDEN = "Allotment Gardens Open a Waiting List"

# Our own text, in the shape of a saved blog post: a title, a date line, quotes
# with attribution lines.
FERRY_POST = """\
The Harbour Ferry Sails at Night Again

March 9, 2024

The night crossing to the island returned on Friday after eleven years without it.

“We waited a long time for this, and the whole island came,” said Mara Holm, the harbour master.

The ministry said the route would run every night until the autumn storms.

“It is a lifeline for the people who work late in town,” said Jon Vikander, a fisherman.
"""

GARDEN_POST = """\
Allotment Gardens Open a Waiting List

April 2, 2024

The town's allotment society opened a waiting list for twenty new plots by the river.

“Nobody expected two hundred names in the first week,” said Liisa Koppel, the society's secretary.
"""


def write_post(folder: Path, name: str, text: str) -> Path:
    """A saved post on disk."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def ferry_and_garden(folder: Path) -> Library:
    """The test's library file with the ferry and garden posts imported
    (the caller closes it)."""
    library = Library.open(library_paths.library_file())
    report = library.import_paths(
        [write_post(folder, "ferry.txt", FERRY_POST), write_post(folder, "garden.txt", GARDEN_POST)]
    )
    assert [r.status for r in report.results] == [ImportStatus.IMPORTED] * 2
    return library


def ferry_and_garden_backed_up(folder: Path) -> None:
    """The test's library file with the ferry and garden posts, opened once
    more as the next start would, which makes the daily backup."""
    ferry_and_garden(folder).close()
    Library.open(library_paths.library_file()).close()


def open_ferry(qtbot: QtBot, window: MainWindow, folder: Path) -> MainWindow:
    """``window`` after importing the ferry post through it, with the post open."""
    import_and_wait(qtbot, window, [write_post(folder, "ferry.txt", FERRY_POST)])
    qtbot.waitUntil(lambda: window.current_post() is not None)
    # The panes' first layout done: a narrow window gives the reader their
    # spare width an event after the panes show (a test's scroll must follow).
    qtbot.wait(20)
    return window


def import_and_wait(
    qtbot: QtBot, window: MainWindow, paths: Sequence[Path], *, open_first: bool = True
) -> ImportReport:
    """Import through the window's worker and wait until it reports."""
    with qtbot.waitSignal(window.import_finished, timeout=30_000) as blocker:
        job = window.import_paths(paths, open_first=open_first)
        assert job is not None
    report = blocker.args[0]
    assert isinstance(report, ImportReport)
    return report


def show(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """Show and activate, so window shortcuts reach it. At the first run's
    size on a usual screen (1400 x 860): the offscreen screen is 800 x 600,
    whose 736 px window leaves the reader too narrow for the side panel,
    which then steps aside (stop 39); tests of a narrow window resize it."""
    qtbot.addWidget(window)
    if not settings.settings().contains("window/geometry"):  # a first run
        window.resize(*FIRST_SIZE)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    # The panes make room for the reader an event after they are laid out.
    qtbot.wait(10)
    return window


def quiet_window(qtbot: QtBot, library: Library, width: int = 0, height: int = 0) -> MainWindow:
    """The main window on ``library`` shown as :func:`show` does, without
    polling for other processes' changes, resized when a size is given."""
    from quotemark.app.controller import Controller

    window = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    if width and height:
        window.resize(width, height)
    return window


def info_of(
    qtbot: QtBot, library: Library, page: Path, width: int = 1024, height: int = 700
) -> tuple[MainWindow, int]:
    """``page`` imported into ``library`` and opened in a quiet window,
    the Info tab shown; the window and the post's id."""
    post_id = library.import_paths([page]).results[0].post_id
    assert post_id is not None
    window = quiet_window(qtbot, library, width, height)
    assert window.open_post(post_id)
    window.side_tabs.setCurrentWidget(window.info_panel)
    return window, post_id


def press(qtbot: QtBot, key: str) -> None:
    """Type a shortcut as a user would, into the focused widget."""
    from PySide6.QtGui import QKeySequence

    combo = QKeySequence(key)[0]
    target = QApplication.focusWidget()
    assert target is not None, "nothing has keyboard focus"
    qtbot.keyClick(target, combo.key(), combo.keyboardModifiers())


def focused_in(widget: object) -> bool:
    """Whether the keyboard focus is on ``widget``."""
    return QApplication.focusWidget() is widget


CTRL = Qt.KeyboardModifier.ControlModifier


@contextmanager
def larger_system_font(factor: float = 1.6) -> Iterator[QFont]:
    """The application's font ``factor`` times larger (the system's text
    size changed while Quotemark runs) for the ``with`` block; yields it."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    larger = QFont(before)
    larger.setPointSizeF(before.pointSizeF() * factor)
    app.setFont(larger)
    try:
        yield larger
    finally:
        app.setFont(before)
