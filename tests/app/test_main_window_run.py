"""``quotemark.app.gui.run``: what ``quotemark [FILE...]`` and ``make run`` start.

Each run is its own process (offscreen): ``run`` owns the application's
event loop, style and crash handler, which must not leak into other tests.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from quotemark.library import paths
from quotemark.library.service import Library
from tests.app.test_main_window_support import FERRY_POST, write_post

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]

# Polls until the window shows a post with the reader focused, then reports
# what it saw and quits (or gives up after 30 s).
_DRIVER = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from quotemark.app.gui import application, run
    from quotemark.app.main_window import MainWindow

    application()  # the timer below needs the application's event loop

    seen = {}
    waited = [0]

    def poll():
        waited[0] += 50
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if windows and windows[0].current_post() is not None:
            seen["title"] = windows[0].windowTitle()
            seen["reader_focused"] = QApplication.focusWidget() is windows[0].reader.editor()
        if seen.get("reader_focused") or waited[0] > 30_000:
            timer.stop()
            for window in windows:
                window.close()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(50)
    files = [Path(f) for f in sys.argv[2:]]
    status = run(files, first_run_sample=sys.argv[1] == "sample")
    print(json.dumps({"status": status, **seen}))
    """
)


def run_gui(*args: str) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _DRIVER, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert isinstance(result, dict)
    return result


def test_first_run_sample_on_an_empty_library_opens_the_sample_post() -> None:
    result = run_gui("sample")
    assert result["status"] == 0
    assert str(result["title"]).endswith(" — Quotemark")
    assert result["reader_focused"] is True
    library = Library.open(paths.library_file())
    try:
        assert len(library.posts()) == 1
    finally:
        library.close()


def test_a_file_from_the_command_line_is_imported_and_opened_with_the_reader_focused(
    tmp_path: Path,
) -> None:
    post = write_post(tmp_path, "ferry.txt", FERRY_POST)
    result = run_gui("no-sample", str(post))
    assert result["status"] == 0
    assert result["title"] == "The Harbour Ferry Sails at Night Again — Quotemark"
    assert result["reader_focused"] is True


def test_a_library_that_cannot_be_opened_exits_with_status_1(tmp_path: Path) -> None:
    blocker = tmp_path / "home-is-a-file"
    blocker.write_text("not a folder")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QUOTEMARK_HOME": str(blocker)}
    script = (
        "from PySide6.QtWidgets import QMessageBox\n"
        "QMessageBox.critical = staticmethod(lambda *a, **k: print('ERROR:', a[2]))\n"
        "from app.gui import run\n"
        "raise SystemExit(run())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert "cannot open its library" in done.stdout
