"""What the window loads before it is shown: the analysis package (its
rules are compiled on import, 50 ms) waits until a post is read."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_starting_the_window_does_not_load_the_analysis() -> None:
    code = (
        "import sys; import app.gui, app.controller, app.main_window; "
        "print(sorted(m for m in sys.modules if m.startswith('quotemark.library.analyze')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_the_window_starts_without_the_export_package_or_the_process_pool(tmp_path: Path) -> None:
    # The export formats and CSL styles (bibtexparser, citeproc) were a
    # tenth of the start: they load when something is exported or copied as
    # a citation, or a date is shown.
    env = {
        **os.environ,
        "QUOTEMARK_HOME": str(tmp_path),
        "QUOTEMARK_STARTUP_PROBE": "1",
        "QT_QPA_PLATFORM": "offscreen",
    }
    command = [sys.executable, "-X", "importtime", "-m", "quotemark.app"]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("shown ")
    loaded = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
    assert "quotemark.app.main_window" in loaded
    assert not {m for m in loaded if m.startswith("quotemark.library.export")}
    assert not {"bibtexparser", "citeproc"} & loaded
    # The import's process pool too: only a big import starts one.
    assert not {"multiprocessing", "concurrent.futures"} & loaded
    # Nor socket: the change log names this computer from os.uname.
    assert "socket" not in loaded
    # Nor any operation (defining them, with the store modules they write
    # through, was ~40 ms of CPU before the first paint): the package loads
    # an operation's module when one is first made. Nor the manuscript
    # verification, loaded when a manuscript is checked.
    assert {m for m in loaded if m.startswith("quotemark.library.operations.")} == set()
    assert not {m for m in loaded if m.startswith("quotemark.library.verify")}
