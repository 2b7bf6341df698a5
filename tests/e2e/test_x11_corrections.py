"""A speaker corrected with the keyboard alone, on a real X display: the
real ``quotemark`` opens the seed post, J goes to the first quote, F2 opens
the speaker editor, the new name is typed and Enter saves it, Ctrl+Shift+C
clips the quote and Ctrl+Q quits. ``quotemark export`` then cites the
corrected speaker."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest

from tests.e2e.conftest import (
    BIN,
    app_env,
    keys,
    library_clips,
    quit_app,
    quotemark_window,
    wait_for_window,
    xdotool,
)

pytestmark = [pytest.mark.gui, pytest.mark.corpus, pytest.mark.slow]

NAME = "Ada Corrected"


def test_correct_a_speaker_by_keyboard_then_clip_and_export(
    display: str, seed_post: Path, quotemark_home: Path, tmp_path: Path
) -> None:
    log = tmp_path / "quotemark.log"
    with quotemark_window(display, quotemark_home, log, seed_post) as app:
        keys(display, "j", pause=0.3)
        keys(display, "F2", pause=0.0)
        # Xvfb has no window manager to hand the new dialog the keyboard.
        editor = wait_for_window(display, app, "^Speaker of quote")
        xdotool(display, "windowfocus", "--sync", editor)
        time.sleep(0.5)  # the editor opens with the name selected
        xdotool(display, "type", "--delay", "30", NAME)
        keys(display, "Return", pause=0.5)
        main = wait_for_window(display, app, " — Quotemark$")
        xdotool(display, "windowfocus", "--sync", main)
        time.sleep(0.3)
        keys(display, "ctrl+shift+c", pause=0.5)
        status = quit_app(display, app)
    assert status == 0, log.read_text(encoding="utf-8", errors="replace")

    clips = library_clips(display, quotemark_home)
    assert [c["speaker"] for c in clips] == [NAME], clips
    exported = subprocess.run(
        [str(BIN / "quotemark"), "export", "--format", "markdown"],
        env={**app_env(display, quotemark_home), "PATH": os.environ.get("PATH", "")},
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert NAME in exported.stdout
