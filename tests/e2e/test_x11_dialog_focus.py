"""On a real X display with no window manager (Xvfb alone), closing a
dialog must leave the keyboard with the window: open the seed post from the
command line, Ctrl+E, Escape, then J, Ctrl+Shift+C and Ctrl+Q must all
arrive. Before the fix, keys after the dialog went nowhere and Ctrl+Q never
quit. Uses the Xvfb/xdotool helpers of the end-to-end test (skips the same
way when they are missing)."""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path

import pytest

from tests.e2e.test_x11 import BIN, display, wait_for_window, xdotool

pytestmark = [pytest.mark.gui, pytest.mark.corpus, pytest.mark.slow]

__all__ = ["display"]  # the fixture, used by name below


def test_keys_reach_the_window_after_a_dialog_closes_without_a_window_manager(
    display: str, seed_post: Path, quotemark_home: Path, tmp_path: Path
) -> None:
    env = {**os.environ, "DISPLAY": display, "QUOTEMARK_HOME": str(quotemark_home)}
    env.pop("QT_QPA_PLATFORM", None)
    log = tmp_path / "quotemark.log"
    with log.open("wb") as log_file:
        app = subprocess.Popen(
            [str(BIN / "quotemark"), str(seed_post)], env=env, stdout=log_file, stderr=log_file
        )
    try:
        window = wait_for_window(display, app, " — Quotemark$")
        xdotool(display, "windowfocus", "--sync", window)
        xdotool(display, "mousemove", "--window", window, "400", "300")
        time.sleep(0.5)
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
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert status == 0, log.read_text(encoding="utf-8", errors="replace")
    done = subprocess.run(
        [str(BIN / "quotemark"), "clips", "--json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    clips = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    assert len(clips) == 1, done.stdout
    assert clips[0]["speaker"]
