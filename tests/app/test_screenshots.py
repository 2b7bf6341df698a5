"""``make screenshots``: the real command renders the window with the sample
post, offscreen, in a library of its own, at the AppStream size in light and
dark (and every review size and theme with ``--review``)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from quotemark.library import paths

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def test_the_appstream_screenshots_are_rendered(tmp_path: Path) -> None:
    library = paths.library_file()  # the test's own QUOTEMARK_HOME
    done = subprocess.run(
        [sys.executable, "-m", "quotemark.app.screenshots", str(tmp_path / "shots")],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        check=False,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    written = [Path(line) for line in done.stdout.split()]
    assert [p.name for p in written] == ["main-light.png", "main-dark.png"]
    pages = []
    for picture in written:
        image = QImage(str(picture))
        assert (image.width(), image.height()) == (1600, 1000)
        pages.append(QColor(image.pixel(325, 600)).lightness())  # the page, left of the text
    light, dark = pages
    assert light > 200 > 60 > dark  # the reader's page in each theme
    assert not library.exists(), "the user's library is never opened"
