"""On a real X display with no window manager (Xvfb alone), closing a
dialog must leave the keyboard with the window: open the seed post from the
command line, Ctrl+E, Escape, then J, Ctrl+Shift+C and Ctrl+Q must all
arrive. Before the fix, keys after the dialog went nowhere and Ctrl+Q never
quit. The display harness (and when it skips) is in conftest.py."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest

from tests.e2e.conftest import library_clips, quotemark_window, wait_for_window, xdotool

pytestmark = [pytest.mark.gui, pytest.mark.corpus, pytest.mark.slow]


def test_keys_reach_the_window_after_a_dialog_closes_without_a_window_manager(
    display: str, seed_post: Path, quotemark_home: Path, tmp_path: Path
) -> None:
    log = tmp_path / "quotemark.log"
    with quotemark_window(display, quotemark_home, log, seed_post) as app:
        xdotool(display, "key", "--clearmodifiers", "ctrl+e")
        wait_for_window(display, app, "^Export citations$")
        time.sleep(0.3)
        xdotool(display, "key", "--clearmodifiers", "Escape")
        time.sleep(0.5)
        for key in ("j", "ctrl+shift+c", "ctrl+q"):
            xdotool(display, "key", "--clearmodifiers", key)
            time.sleep(0.4)
        try:
            status = app.wait(timeout=20)
        except subprocess.TimeoutExpired:
            pytest.fail("Ctrl+Q after the dialog never reached the window")
    assert status == 0, log.read_text(encoding="utf-8", errors="replace")
    clips = library_clips(display, quotemark_home)
    assert len(clips) == 1, clips
    assert clips[0]["speaker"]
