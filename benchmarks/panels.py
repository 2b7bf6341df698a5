"""The side panels at library size (issue 15): the Sources tab following a
change, and the Clips tab's "All clips" shown, scrolled and filtered.

Measured in an open offscreen window (:func:`figures`, called by
:mod:`benchmarks.scale` for its table) and, run alone
(``python -m benchmarks.panels``), at 1,000 and 100,000 posts next to the
way each worked before (every source counted again on a change; every clip
read and kept by "All clips"), alternating old and new in one window so the
machine's load weighs on both alike.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if TYPE_CHECKING:
    from quotemark.app.controller import Controller
    from quotemark.app.main_window import MainWindow

RUNS = 7


def _ms(action: Callable[[], object], runs: int = RUNS) -> tuple[float, float]:
    """Median wall and CPU milliseconds (the process's) of ``action``."""
    times, cpu = [], []
    for _ in range(runs):
        started, cpu_started = time.perf_counter(), time.process_time()
        action()
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - cpu_started) * 1000)
    return statistics.median(times), statistics.median(cpu)


class _NewPosts:
    """Posts citing three of the library's sources, written the way another
    process would (straight into the file), each announced as the change
    log would announce it."""

    def __init__(self, window: MainWindow, controller: Controller) -> None:
        from benchmarks import big_library

        self.window, self.controller = window, controller
        self.sources = [
            int(str(r[0])) for r in big_library.read(self.location, "SELECT id FROM sources")
        ]
        latest = big_library.read(self.location, "SELECT max(id) FROM posts")[0][0]
        self.next_id = int(str(latest)) + 1
        self.rng = random.Random(5)

    @property
    def location(self) -> Path | str:
        """The library written to (the controller's own file or URL)."""
        return self.controller.location

    def timed(self) -> tuple[float, float]:
        """Median wall and CPU milliseconds from the change's
        announcement to the repainted lists (the writing not counted)."""
        times, cpu = [], []
        for _ in range(RUNS):
            announce = self.write()
            started, cpu_started = time.perf_counter(), time.process_time()
            announce()
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - cpu_started) * 1000)
        return statistics.median(times), statistics.median(cpu)

    def write(self) -> Callable[[], None]:
        """Write one post; what announces it."""
        from benchmarks import big_library
        from quotemark.library.model import Change

        post_id, cited = self.next_id, self.rng.sample(self.sources, 3)
        self.next_id += 1
        big_library.write_new_post(self.location, post_id)
        big_library.write(
            self.location,
            "INSERT INTO mentions (post_id, source_id, kind, start_block, start_offset,"
            " end_block, end_offset, text) VALUES (?, ?, 'mention', 0, 0, 0, 5, 'Source')",
            [(post_id, source) for source in cited],
        )
        change = Change(posts_added=(post_id,), sources_changed=tuple(sorted(cited)))

        def announce() -> None:
            self.controller.changed.emit(change, "elsewhere")
            self.window.sources_panel.source_index().list.viewport().repaint()
            self.window.library_pane.view.viewport().repaint()

        return announce


def sources_figures(window: MainWindow, controller: Controller, *, old: bool) -> dict[str, float]:
    """A new post citing three sources reaching the open window with the
    Sources tab shown (the list, the library's sources, every view that
    follows changes), painted; ``old``: next to it, the whole list read
    again on each change, as before."""
    from PySide6.QtWidgets import QApplication

    from quotemark.app.panels.source_index import SourceIndex

    window.side_tabs.setCurrentWidget(window.sources_panel)
    QApplication.processEvents()
    index = window.sources_panel.source_index()
    assert index.isVisible()
    add = _NewPosts(window, controller)
    figures: dict[str, float] = {}
    read = index.rows_read
    new = add.timed()
    figures["a new post citing 3 sources, Sources tab shown (ms)"] = new[0]
    figures["  the change: CPU (ms)"] = new[1]
    figures["  sources read per change"] = (index.rows_read - read) / RUNS
    if old:
        SourceIndex.FEW = 0  # every change reads the whole list, as before
        try:
            before = add.timed()
        finally:
            SourceIndex.FEW = 200
        figures["  before: the whole list read again (ms)"] = before[0]
        figures["  before: the change's CPU (ms)"] = before[1]
    return figures


def clips_figures(window: MainWindow, controller: Controller, *, old: bool) -> dict[str, float]:
    """The Clips tab's "All clips": shown (from "This post"), scrolled a
    screen at a time to the end, and filtered to one's own clips and back,
    each painted; ``old``: every clip read and listed, as before."""
    from PySide6.QtWidgets import QApplication

    from benchmarks import big_library

    window.side_tabs.setCurrentWidget(window.clips_panel)
    QApplication.processEvents()
    panel = window.clips_panel
    viewport = panel.view.viewport()
    figures: dict[str, float] = {}

    def show() -> None:
        panel.show_all(False)
        panel.show_all(True)
        viewport.repaint()

    shown = _ms(show)
    figures["All clips shown (ms)"], figures["  showing: CPU (ms)"] = shown
    figures["  clips listed"] = panel.model.rowCount()
    pages = panel.model.pages()
    figures["  clips read to show them"] = pages.fetched_rows if pages else 0
    bar = panel.view.verticalScrollBar()
    # Screens spread over the list: each one a page not read before.
    places = iter([bar.maximum() * step // RUNS for step in range(1, RUNS + 1)])

    def scroll() -> None:
        bar.setValue(next(places))
        viewport.repaint()

    bar.setValue(0)
    figures["scroll a screen into unread clips (ms)"] = _ms(scroll)[0]
    controller.set_display_name(big_library.BENCH_READER)
    panel.start_over()  # the maker's name changed: a colleague has clipped
    assert panel.whose.offered(), "the generated library has no colleague's clips"
    panel.show_mine(True)
    figures["  clips listed, Mine"] = panel.model.rowCount()
    panel.show_mine(False)

    def mine() -> None:
        panel.show_mine(True)
        viewport.repaint()
        panel.show_mine(False)
        viewport.repaint()

    figures["Mine filter, on and off (ms)"] = _ms(mine)[0]
    if old:

        def read_all() -> None:
            panel.model.set_clips(controller.clips())
            viewport.repaint()

        before = _ms(read_all)
        figures["  before: every clip read and listed (ms)"] = before[0]
        figures["  before: reading them, CPU (ms)"] = before[1]
    panel.show_all(False)
    return figures


def figures(window: MainWindow, controller: Controller, *, old: bool = False) -> dict[str, float]:
    """Every panel figure in the open window (Sources tab, then Clips)."""
    found = sources_figures(window, controller, old=old)
    found.update(clips_figures(window, controller, old=old))
    return found


def _measure(posts: int) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from benchmarks import big_library
    from quotemark.app.controller import Controller
    from quotemark.app.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="quotemark-bench-panels-") as tmp:
        os.environ["QUOTEMARK_HOME"] = tmp
        library = big_library.install(posts, Path(tmp))
        controller = Controller.open(library)
        window = MainWindow(controller)
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        if controller._backup is not None:
            # The day's first backup (of a 700 MB file at 100,000 posts) runs
            # in a thread once the window is up: let it finish first, as
            # scale.py's earlier starts let it.
            controller._backup.join()
        found = figures(window, controller, old=True)
        window.close()
        controller.close()
        app.processEvents()
    return found


def run(shared: Path) -> str:
    """The panel figures at both sizes, new and before."""
    del shared
    sizes = (1_000, 100_000)
    results = {size: _measure(size) for size in sizes}
    lines = [
        f"Side panels at library size (issue 15); load {os.getloadavg()[0]:.1f}",
        f"{'measure':<58} {'1,000':>10} {'100,000':>10}",
    ]
    for name, value in results[sizes[-1]].items():
        lines.append(f"{name:<58} {results[sizes[0]][name]:>10.1f} {value:>10.1f}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(run(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared")))
