"""The reader on hostile text (issue 12): opening a post whose paragraph is
one long unbreakable run (a pasted hash, minified code). Before the
display-only breaks, 200,000 characters took 12 s and 5 MB never finished.
Goal: at most 2 s for 5 MB, from ``ReaderView.show_post`` until the window
has painted.

Run alone with ``python -m benchmarks reader_runs`` (offscreen).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from quotemark.library.model import Analysis, Block, BlockKind, Metadata, Post

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GOAL_S = 2.0
SIZES = (200_000, 1_000_000, 5_000_000)


def _post(size: int) -> Post:
    run = ("0123456789abcdef" * (size // 16 + 1))[:size]
    blocks = (
        Block(BlockKind.PARAGRAPH, "The key the author pasted follows, as it was given."),
        Block(BlockKind.PARAGRAPH, run),
        Block(BlockKind.PARAGRAPH, "That was the whole key."),
    )
    return Post(
        id=1,
        key="run",
        metadata=Metadata(title="A pasted key"),
        blocks=blocks,
        analysis=Analysis(),
        resources=(),
        imported="2026-12-02T00:00:00+00:00",
        file_name="run.txt",
        content_hash="0" * 64,
    )


def open_time(size: int) -> float:
    """Seconds to show a post with a ``size``-character unbroken paragraph
    and paint it."""
    from PySide6.QtWidgets import QApplication

    from quotemark.app.reader.view import ReaderView

    app = QApplication.instance() or QApplication([])
    view = ReaderView()
    view.resize(1000, 800)
    view.show()
    app.processEvents()
    post = _post(size)
    started = time.perf_counter()
    view.show_post(post)
    view.repaint()
    app.processEvents()
    elapsed = time.perf_counter() - started
    view.close()
    view.deleteLater()
    app.processEvents()
    return elapsed


def run(shared: Path) -> str:
    """Measure and return the table."""
    del shared  # everything is generated
    lines = ["Reader on one unbreakable paragraph", f"{'measure':<58} {'value':>10} {'goal':>9}"]
    for size in SIZES:
        label = f"open a post with a {size:,}-character run"
        goal = f"{GOAL_S:>8.1f}s" if size == SIZES[-1] else ""
        lines.append(f"{label:<58} {open_time(size):>9.2f}s {goal}")
    return "\n".join(lines)
