"""Quotemark driven as a person would, on a real X display: the real
``quotemark`` command opens the seed post from the command line, then J
(next quote), Ctrl+Shift+C (clip) and Ctrl+Q (quit) are typed with xdotool.
The clip must then be in the library, with its speaker.

The display harness (Xvfb, xdotool, when it skips) is in conftest.py.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.e2e.conftest import library_clips, quotemark_window, xdotool

pytestmark = [pytest.mark.gui, pytest.mark.corpus, pytest.mark.slow]


def test_open_from_the_command_line_then_j_clip_and_quit(
    display: str, seed_post: Path, quotemark_home: Path, tmp_path: Path
) -> None:
    log = tmp_path / "quotemark.log"
    with quotemark_window(display, quotemark_home, log, seed_post) as app:
        xdotool(display, "key", "--clearmodifiers", "j")
        time.sleep(0.3)
        xdotool(display, "key", "--clearmodifiers", "ctrl+shift+c")
        time.sleep(0.5)
        xdotool(display, "key", "--clearmodifiers", "ctrl+q")
        status = app.wait(timeout=30)
    assert status == 0, log.read_text(encoding="utf-8", errors="replace")

    clips = library_clips(display, quotemark_home)
    assert len(clips) == 1, clips
    assert clips[0]["speaker"], f"the clip has no speaker: {clips[0]}"
    assert clips[0]["text"].strip()
