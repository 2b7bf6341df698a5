"""Quotemark driven as a person would, on a real X display: the real
``quotemark`` command opens the seed post from the command line, then J
(next quote), Ctrl+Shift+C (clip) and Ctrl+Q (quit) are typed with xdotool.
The clip must then be in the library, with its speaker.

The display harness (Xvfb, xdotool, when it skips) is in conftest.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.conftest import keys, library_clips, quit_app, quotemark_window

pytestmark = [pytest.mark.gui, pytest.mark.corpus, pytest.mark.slow]


def test_open_from_the_command_line_then_j_clip_and_quit(
    display: str, seed_post: Path, quotemark_home: Path, tmp_path: Path
) -> None:
    log = tmp_path / "quotemark.log"
    with quotemark_window(display, quotemark_home, log, seed_post) as app:
        keys(display, "j", pause=0.3)
        keys(display, "ctrl+shift+c", pause=0.5)
        status = quit_app(display, app)
    assert status == 0, log.read_text(encoding="utf-8", errors="replace")

    clips = library_clips(display, quotemark_home)
    assert len(clips) == 1, clips
    assert clips[0]["speaker"], f"the clip has no speaker: {clips[0]}"
    assert clips[0]["text"].strip()
