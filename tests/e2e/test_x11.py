"""Quotemark driven as a person would, on a real X display: the real
``quotemark`` command opens the seed post from the command line, then J
(next quote), Ctrl+Shift+C (clip) and Ctrl+Q (quit) are typed with xdotool.
The clip must then be in the library, with its speaker.

Needs Xvfb and xdotool (CI installs them) and Qt's xcb plugin libraries;
skipped with the reason when any is missing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = [pytest.mark.gui, pytest.mark.corpus, pytest.mark.slow]

BIN = Path(sys.executable).parent
WINDOW_TIMEOUT_S = 60.0


def _missing_tools() -> list[str]:
    return [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]


@pytest.fixture
def display() -> Iterator[str]:
    """A private Xvfb display (its number chosen by Xvfb itself)."""
    missing = _missing_tools()
    if missing:
        pytest.skip(f"{' and '.join(missing)} not installed (apt install xvfb xdotool)")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()
        if not number:
            pytest.skip("Xvfb did not start")
        name = f":{number}"
        env = {**os.environ, "DISPLAY": name}
        env.pop("QT_QPA_PLATFORM", None)
        check = subprocess.run(
            [str(BIN / "python"), "-m", "app.platform_check"],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if check.returncode != 0:
            pytest.skip(f"Qt cannot open an X11 window here: {check.stderr.strip()}")
        yield name
    finally:
        server.terminate()
        server.wait(timeout=10)


def xdotool(display: str, *args: str) -> str:
    done = subprocess.run(
        ["xdotool", *args],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )
    return done.stdout.strip()


def wait_for_window(display: str, app: subprocess.Popen[bytes], pattern: str) -> str:
    """The id of the first window whose title matches ``pattern``."""
    deadline = time.monotonic() + WINDOW_TIMEOUT_S
    while time.monotonic() < deadline:
        if app.poll() is not None:
            pytest.fail(f"quotemark exited early with status {app.returncode}")
        found = xdotool(display, "search", "--onlyvisible", "--name", pattern)
        if found:
            return found.splitlines()[0]
        time.sleep(0.2)
    pytest.fail(f"no window titled like {pattern!r} within {WINDOW_TIMEOUT_S:.0f} s")


def test_open_from_the_command_line_then_j_clip_and_quit(
    display: str, seed_post: Path, quotemark_home: Path, tmp_path: Path
) -> None:
    env = {**os.environ, "DISPLAY": display, "QUOTEMARK_HOME": str(quotemark_home)}
    env.pop("QT_QPA_PLATFORM", None)  # the real xcb plugin, not offscreen
    log = tmp_path / "quotemark.log"
    with log.open("wb") as log_file:
        app = subprocess.Popen(
            [str(BIN / "quotemark"), str(seed_post)],
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    try:
        # The title names the post once it is imported and open in the reader.
        window = wait_for_window(display, app, " — Quotemark$")
        xdotool(display, "windowfocus", "--sync", window)
        xdotool(display, "mousemove", "--window", window, "400", "300")
        time.sleep(0.5)  # let the window settle before typing
        xdotool(display, "key", "--clearmodifiers", "j")
        time.sleep(0.3)
        xdotool(display, "key", "--clearmodifiers", "ctrl+shift+c")
        time.sleep(0.5)
        xdotool(display, "key", "--clearmodifiers", "ctrl+q")
        status = app.wait(timeout=30)
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
    assert clips[0]["speaker"], f"the clip has no speaker: {clips[0]}"
    assert clips[0]["text"].strip()
