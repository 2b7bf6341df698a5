"""A whole session by keyboard alone, on a real X display: the real
``quotemark`` starts on an empty library; Ctrl+O imports a saved post
(typed into the file dialog) and it opens; Ctrl+K searches, Enter goes to
the results and Enter opens the hit; Ctrl+Shift+C clips the hit;
Ctrl+Shift+L adds the post to a new collection (its name typed); Ctrl+E
opens the Export dialog, Alt+O and C choose CSL-JSON, Alt+F and a typed path
choose the file, Enter exports; Ctrl+Q quits. Then the written file holds
the post and the clip, and the command line finds the collection.

The display harness (Xvfb, xdotool, when it skips) is in conftest.py.
"""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import pytest

from tests.app.test_main_window_support import FERRY_POST
from tests.e2e.conftest import (
    BIN,
    app_env,
    keys,
    library_clips,
    quit_app,
    wait_for_window,
    xdotool,
)

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def typed(display: str, text: str) -> None:
    xdotool(display, "type", "--delay", "20", text)
    time.sleep(0.4)


def test_import_search_open_clip_collect_and_export_by_keyboard(
    display: str, quotemark_home: Path, tmp_path: Path
) -> None:
    saved = tmp_path / "ferry.txt"
    saved.write_text(FERRY_POST, encoding="utf-8")
    log = tmp_path / "quotemark.log"
    exported_file = tmp_path / "thesis.json"
    with log.open("wb") as log_file:
        app = subprocess.Popen(
            [str(BIN / "quotemark")],
            env=app_env(display, quotemark_home),
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    try:
        window = wait_for_window(display, app, "^Quotemark$")
        xdotool(display, "windowfocus", "--sync", window)
        time.sleep(0.8)
        keys(display, "ctrl+o", pause=0.5)  # the file dialog
        # Each dialog is waited for by its title, not by a pause alone, so a
        # loaded machine does not type into the window behind it.
        wait_for_window(display, app, "^Import saved posts$")
        time.sleep(0.5)
        typed(display, str(saved))
        keys(display, "Return", pause=3.0)  # imported, and it opens
        wait_for_window(display, app, " — Quotemark$")
        keys(display, "ctrl+k")
        typed(display, "lifeline")
        keys(display, "Return", "Return", pause=1.0)  # to the results, open the hit
        keys(display, "ctrl+shift+c", pause=1.0)  # clip the hit
        keys(display, "ctrl+shift+l", pause=0.5)  # no collection yet: name one
        wait_for_window(display, app, "^New collection$")
        time.sleep(0.5)
        typed(display, "Thesis")
        keys(display, "Return", pause=1.0)
        # No window manager on Xvfb gives the focus back after a dialog.
        xdotool(display, "windowfocus", "--sync", window)
        keys(display, "ctrl+e", pause=0.5)  # the Export dialog
        wait_for_window(display, app, "^Export citations$")
        time.sleep(0.5)
        keys(display, "alt+o", "c")  # Format: CSL-JSON, by its first letter
        keys(display, "alt+f")  # File: the whole path selected, typing replaces it
        typed(display, str(exported_file))
        keys(display, "Return", pause=0.5)  # Export
        deadline = time.monotonic() + 20
        while not exported_file.is_file() and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(0.5)
        xdotool(display, "windowfocus", "--sync", window)
        status = quit_app(display, app)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert status == 0, log.read_text(encoding="utf-8", errors="replace")

    clips = library_clips(display, quotemark_home)
    assert [clip["text"] for clip in clips] == ["lifeline"]

    def run(*args: str) -> str:
        done = subprocess.run(
            [str(BIN / "quotemark"), *args],
            env=app_env(display, quotemark_home),
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
        return done.stdout

    assert "Thesis\t1 post(s)" in run("collection", "list")
    assert exported_file.is_file(), "the Export dialog wrote no file"
    exported = json.loads(exported_file.read_text(encoding="utf-8"))
    assert exported[0]["title"] == "The Harbour Ferry Sails at Night Again"
    assert any("lifeline" in json.dumps(entry) for entry in exported[1:])
