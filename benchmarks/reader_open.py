"""Opening a large post in the reader (issue 15 "opening any post under
100 ms, whatever its size"; issue 12 "bounded work in the reader").

Posts of 1, 5, 20 and 64 MB (64 MB is the import limit) of prose
paragraphs with a quotation every few paragraphs, generated here. Two
figures each: from ``ReaderView.show_post`` until the first screen is
painted, and until the whole post is in the document (the rest is built in
steps from a zero timer while the window stays responsive; the longest
single step is the longest the GUI waits).

Run alone with ``python -m benchmarks reader_open`` (offscreen).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from quotemark.library.model import (
    Analysis,
    Block,
    BlockKind,
    Metadata,
    Position,
    Post,
    Quote,
    QuoteKind,
    Span,
    Speaker,
)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GOAL_S = 0.1
SIZES_MB = (1, 5, 20, 64)
SAID = "the repairs are long overdue"
PARAGRAPH = (
    "At the evening meeting the harbour office went through the week's log, "
    "the tides, the ferries and the cost of the new railings, and then it "
    f"said “{SAID},” according to the minutes. "
) * 6


def _post(megabytes: int) -> Post:
    count = megabytes * 1_000_000 // len(PARAGRAPH) + 1
    at = PARAGRAPH.index(SAID)
    quotes = tuple(
        Quote(
            Span(Position(block, at), Position(block, at + len(SAID)), SAID),
            QuoteKind.INLINE,
            speaker=Speaker(f"Speaker {block % 7}"),
        )
        for block in range(0, count, 5)
    )
    return Post(
        id=1,
        key="large",
        metadata=Metadata(title=f"A {megabytes} MB post"),
        blocks=tuple(Block(BlockKind.PARAGRAPH, PARAGRAPH) for _ in range(count)),
        analysis=Analysis(quotes),
        resources=(),
        imported="2026-12-02T00:00:00+00:00",
        file_name="large.txt",
        content_hash="0" * 64,
    )


def open_times(megabytes: int) -> tuple[float, float, float]:
    """(first paint, whole post built, longest step) in seconds."""
    from PySide6.QtWidgets import QApplication

    from quotemark.app.reader.view import ReaderView

    app = QApplication.instance() or QApplication([])
    view = ReaderView()
    view.resize(1000, 800)
    view.show()
    app.processEvents()
    post = _post(megabytes)
    started = time.perf_counter()
    view.show_post(post)
    view.editor().viewport().repaint()
    first = time.perf_counter() - started
    longest = first
    is_built = getattr(view, "is_built", lambda: True)  # the code before steps
    while not is_built():
        step = time.perf_counter()
        app.processEvents()
        longest = max(longest, time.perf_counter() - step)
    view.editor().viewport().repaint()
    whole = time.perf_counter() - started
    view.close()
    view.deleteLater()
    app.processEvents()
    return first, whole, longest


def run(shared: Path) -> str:
    """Measure and return the table."""
    del shared  # everything is generated
    lines = [
        "Reader: opening a large post (prose, a quotation every 5 paragraphs)",
        f"{'size':<8} {'first screen':>13} {'whole post':>11} {'longest wait':>13} {'goal':>7}",
    ]
    for megabytes in SIZES_MB:
        first, whole, longest = open_times(megabytes)
        lines.append(
            f"{megabytes:>4} MB {first:>13.3f}s {whole:>10.2f}s {longest:>12.3f}s {GOAL_S:>6.1f}s"
        )
    return "\n".join(lines)
