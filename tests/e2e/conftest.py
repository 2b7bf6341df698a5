"""The real-display harness of the end-to-end tests: a private Xvfb
display, xdotool, and the real ``quotemark`` command started on it.

Needs Xvfb and xdotool (.ci/run installs them) and Qt's xcb plugin
libraries; a test using ``display`` is skipped with the reason when any is
missing (on a developer machine without them), never silently.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

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
            [str(BIN / "python"), "-m", "quotemark.app.platform_check"],
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


def keys(display: str, *names: str, pause: float = 0.4) -> None:
    """Press each key (or chord) in turn, letting the app react after each."""
    for name in names:
        xdotool(display, "key", "--clearmodifiers", name)
        time.sleep(pause)


def quit_app(display: str, app: subprocess.Popen[bytes]) -> int:
    """Ctrl+Q, then the exit status of ``app`` (waited for up to 30 s)."""
    keys(display, "ctrl+q", pause=0.0)
    return app.wait(timeout=30)


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


def app_env(display: str, home: Path) -> dict[str, str]:
    """The environment of a real ``quotemark`` on ``display``: the xcb
    plugin (not offscreen) and the test's own library."""
    env = {**os.environ, "DISPLAY": display, "QUOTEMARK_HOME": str(home)}
    env.pop("QT_QPA_PLATFORM", None)
    return env


@contextmanager
def quotemark_window(
    display: str, home: Path, log: Path, *args: str | Path
) -> Iterator[subprocess.Popen[bytes]]:
    """Run ``quotemark ARGS...`` on ``display`` until its window shows a
    post, focus it and point at it; the process is killed on the way out if
    the test left it running."""
    with log.open("wb") as log_file:
        app = subprocess.Popen(
            [str(BIN / "quotemark"), *map(str, args)],
            env=app_env(display, home),
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    try:
        # The title names the post once it is imported and open in the reader.
        window = wait_for_window(display, app, " — Quotemark$")
        xdotool(display, "windowfocus", "--sync", window)
        xdotool(display, "mousemove", "--window", window, "400", "300")
        time.sleep(0.5)  # let the window settle before typing
        yield app
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()


def library_clips(display: str, home: Path) -> list[dict[str, Any]]:
    """``quotemark clips --json`` on the test's library, parsed."""
    done = subprocess.run(
        [str(BIN / "quotemark"), "clips", "--json"],
        env=app_env(display, home),
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
