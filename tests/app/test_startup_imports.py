"""What the window loads before it is shown: the analysis package (its
rules are compiled on import, 50 ms) waits until a post is read."""

from __future__ import annotations

import subprocess
import sys


def test_starting_the_window_does_not_load_the_analysis() -> None:
    code = (
        "import sys; import app.gui, app.controller, app.main_window; "
        "print(sorted(m for m in sys.modules if m.startswith('quotemark.library.analyze')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"
