"""Stop 47's re-read of the window: closing it while an import runs, and the
side tabs' insets.

* Closing the window while an import ran left the import's end queued to
  the closed window: it came after the close (the closed window opened the
  import's first post, on a library its caller may have closed: "Cannot
  operate on a closed database" in the event loop) or never, the window
  being deleted first. Until it came the window's objects stayed frozen for
  the collector (``workers.freeze_gc``), so the close collected nothing:
  44,707 objects were left frozen past the window in a real start, for the
  interpreter's exit after Qt had gone (stop 46's exit 139) or for a later
  window's close to collect (a test run ended in exit 139, a segfault in
  the collection of ``MainWindow.closeEvent``, after a failing test). The
  window now ends the import when it closes: nothing is told to it after,
  and its objects are thawed and collected while Qt's are there.
* The side tabs' contents sat at different distances from the panel's
  edges (Quotes and Sources flush, Clips 4 px, Info and Review 9 px): the
  lists and fields jumped sideways from tab to tab. One inset now.
"""

from __future__ import annotations

import gc
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from quotemark.app import workers
from quotemark.app.panels import PANEL_MARGIN
from quotemark.library.operations import imports
from quotemark.library.service import Library
from tests.app.test_close_while_working_stop45 import run_offscreen
from tests.app.test_main_window_support import quiet_window
from tests.app.test_window_glance_stop47 import SAMPLE

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def _posts(folder: Path, count: int = 40) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"{n:02}.txt").write_text(
            f"Week {n} at the pier\n\n\u201cThe pier matters,\u201d said Ada Lind.\n",
            encoding="utf-8",
        )
    return sorted(folder.glob("*.txt"))


def _slow_storing(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Each file stored 0.1 s late; the list grows by one a file stored."""
    stored = imports.store_processed
    done: list[int] = []

    def slow(*args: Any, **kwargs: Any) -> Any:
        time.sleep(0.1)  # a busy disk: the import outlasts the close
        result = stored(*args, **kwargs)
        done.append(1)
        return result

    monkeypatch.setattr(imports, "store_processed", slow)
    return done


def test_a_window_closed_while_importing_is_told_nothing_after_and_leaves_nothing_frozen(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    done = _slow_storing(monkeypatch)
    files = _posts(tmp_path / "posts")
    library = Library.open(tmp_path / "import.sqlite3")
    window = quiet_window(qtbot, library)
    window.import_paths(files, open_first=True)
    job = window.controller.import_job()
    assert job is not None
    qtbot.waitUntil(job.is_running)
    # A few files in, counted: since stop 48 a close while the pool's
    # processes start stops the import before its first file (s48-app).
    qtbot.waitUntil(lambda: len(done) >= 3, timeout=30_000)
    window.close()
    assert not job.is_running()
    # The import ended with the window: nothing keeps its objects frozen,
    # and the close collected them.
    assert workers.gc_frozen() == 0
    assert gc.get_freeze_count() == 0
    assert window.controller.import_job() is None
    # The caller closes the library; the import's end, had it been queued
    # to the closed window, opened a post on it here (an exception in the
    # event loop, which fails the test).
    library.close()
    qtbot.wait(300)
    assert window.current_post() is None
    with Library.open(tmp_path / "import.sqlite3") as again:
        assert 0 < len(again.posts()) < len(files)  # what was imported is kept


CLOSED_WHILE_IMPORTING = textwrap.dedent(
    """
    import gc, sys, time
    from pathlib import Path
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication
    from quotemark.app import workers
    from quotemark.app.controller import Controller
    from quotemark.app.main_window import MainWindow
    from quotemark.library.operations import imports

    stored = imports.store_processed
    def slow(*args, **kwargs):
        time.sleep(0.1)
        return stored(*args, **kwargs)
    imports.store_processed = slow

    def main():
        folder = Path(sys.argv[1])
        app = QApplication(sys.argv)
        # As app/gui.py starts: the window deletes itself on close, the
        # controller is the application's and is closed after the loop.
        controller = Controller.open(folder / "import.sqlite3", app)
        window = MainWindow(controller)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        files = sorted((folder / "posts").glob("*.txt"))
        QTimer.singleShot(0, lambda: window.import_paths(files, open_first=True))
        def close():
            print("importing" if controller.import_job() is not None else "idle", flush=True)
            window.close()
        QTimer.singleShot(1500, close)
        code = app.exec()
        print("frozen", workers.gc_frozen(), gc.get_freeze_count(), flush=True)
        controller.close()
        return code

    if __name__ == "__main__":
        sys.exit(main())
    """
)


def test_quotemark_closed_while_importing_exits_cleanly_with_nothing_frozen(
    tmp_path: Path,
) -> None:
    _posts(tmp_path / "posts")
    done = run_offscreen(tmp_path, CLOSED_WHILE_IMPORTING, str(tmp_path))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.split()
    assert lines[0] == "importing", done.stdout
    # Nothing left frozen past the window (44,707 objects and a job still
    # counted before), for the interpreter's exit to meet after Qt's end.
    assert done.stdout.splitlines()[1] == "frozen 0 0", done.stdout


_CONTENT = (QLabel, QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractScrollArea)


def _inset(page: QWidget) -> tuple[int, int, int]:
    """How far in from the tab page's left, top and right edges its
    contents start: the outermost labels, buttons, fields and lists shown
    (a list's own header and scroll bars are the list's)."""
    shown = [
        w
        for w in page.findChildren(QWidget)
        if isinstance(w, _CONTENT) and w.isVisibleTo(page) and w.width() > 0
    ]
    outer = [w for w in shown if not any(o is not w and o.isAncestorOf(w) for o in shown)]
    rects = [w.rect().translated(w.mapTo(page, w.rect().topLeft())) for w in outer]
    left = min(r.left() for r in rects)
    top = min(r.top() for r in rects)
    right = page.width() - 1 - max(r.right() for r in rects)
    return left, top, right


def test_every_side_tab_insets_its_contents_alike(qtbot: QtBot, library: Library) -> None:
    post_id = library.import_paths([SAMPLE]).results[0].post_id
    assert post_id is not None
    window = quiet_window(qtbot, library, 1400, 860)
    assert window.open_post(post_id)
    insets = {}
    for index in range(window.side_tabs.count()):
        window.side_tabs.setCurrentIndex(index)
        page = window.side_tabs.widget(index)
        qtbot.waitUntil(page.isVisible)
        qtbot.wait(20)
        if page is window.info_panel:
            # Info's fields scroll: its scroller is flush with the tab (as
            # a list's frame is), the fields inset inside it.
            scrolled = window.info_panel.scroller.widget()
            assert scrolled is not None
            page = scrolled
        insets[window.side_tabs.tabText(index)] = _inset(page)
    assert insets == {name: (PANEL_MARGIN,) * 3 for name in insets}, insets
