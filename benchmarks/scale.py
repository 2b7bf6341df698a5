"""Library size (issue 15): every figure at 1,000 and at 100,000 posts, and how it grows.

Goals at 100,000 posts: start to a usable window under 0.5 s and 150 MB;
sorting, filtering and a search keystroke each update the visible list in
under 50 ms; a change (an import, a clip) reaches the open list in under
50 ms; ``quotemark posts --json`` prints its first line within 100 ms and
all of them within 1 s; opening a post under 100 ms; importing more posts
costs the same per post whatever the library's size (10,000 in under 2
minutes: 12 ms a post).

The libraries come from :mod:`benchmarks.big_library` (built once, cached).
Start-up and the command run as real ``quotemark`` processes; the rest runs
in this process on an offscreen window. "Grows" compares the two sizes: a
figure 100 times the posts may cost about the same (flat), a few times more
(logarithmic) or about 100 times more (linear).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks import big_library

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZES = (1_000, 100_000)
QUOTEMARK = Path(sys.executable).parent / "quotemark"


def _env(home: Path) -> dict[str, str]:
    env = {**os.environ, "QUOTEMARK_HOME": str(home)}
    # As installed for a user: compiled modules are kept and reused.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


_MEASURED_START = """
import os, subprocess, sys, time
print(f"spawn {time.time():.6f}", flush=True)
child = subprocess.Popen(sys.argv[1:], stderr=subprocess.DEVNULL)
_pid, _status, usage = os.wait4(child.pid, 0)
print(f"usage {usage.ru_maxrss} {usage.ru_utime + usage.ru_stime}", flush=True)
"""
"""Runs the command and reports its peak RSS and CPU. Linux counts a
process's peak from the memory it was started from: started by this
benchmark (hundreds of MB after the GUI benchmarks), every start read as
big as the benchmark itself. Started from this small process, it is its own."""


def _start(home: Path, *library: str) -> tuple[float, float, float]:
    """Seconds from process start to the shown window, peak RSS in MB, and
    the CPU seconds the process used until the window was shown (the
    machine's load does not add to those); ``library``: ``--library URL`` for a shared library."""
    env = {**_env(home), "QUOTEMARK_STARTUP_PROBE": "1"}
    done = subprocess.run(
        [sys.executable, "-c", _MEASURED_START, str(QUOTEMARK), *library],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    lines = {line.split()[0]: line.split()[1:] for line in done.stdout.splitlines() if line}
    started = float(lines["spawn"][0])
    peak_kb = float(lines["usage"][0])
    # The CPU until the window is shown, as the probe reports it (the whole
    # process's, from wait4, also counted what ran after the first paint
    # before the probe quit).
    shown = lines["shown"]
    return float(shown[0]) - started, peak_kb / 1024, float(shown[shown.index("cpu") + 1])


def _posts_json(home: Path, *library: str) -> tuple[float, float, float]:
    """Seconds to the first line and to the last of ``posts --json``, and
    the CPU seconds it used (``library``: as for :func:`_start`)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(QUOTEMARK), *library, "posts", "--json"], env=_env(home), stdout=subprocess.PIPE
    )
    assert process.stdout is not None
    process.stdout.readline()
    first_at = time.perf_counter() - started
    for _line in process.stdout:
        pass
    _pid, _status, usage = os.wait4(process.pid, 0)
    process.returncode = 0
    return first_at, time.perf_counter() - started, usage.ru_utime + usage.ru_stime


IMPORT_BATCH = 300
"""Posts a real ``quotemark import`` adds to each library size."""


def _import(home: Path) -> tuple[float, float]:
    """Seconds, wall and CPU (its workers included), of ``quotemark
    import`` of :data:`IMPORT_BATCH` new posts into the library (process
    and worker start included): whether a post costs more to store in a
    bigger library."""
    import random

    from benchmarks.gui import _text_post

    folder = home / "new-posts"
    folder.mkdir()
    rng = random.Random(11)
    for number in range(IMPORT_BATCH):
        text = _text_post(number, rng)
        (folder / f"new-{number:04d}.txt").write_text(text, encoding="utf-8")
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(QUOTEMARK), "import", str(folder)], env=_env(home), stdout=subprocess.DEVNULL
    )
    # wait4 counts the import's workers too: it waited for them.
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = 0
    assert status == 0, "quotemark import failed"
    return time.perf_counter() - started, usage.ru_utime + usage.ru_stime


def _ms(action: Callable[[], object], runs: int = 7) -> tuple[float, float]:
    """Median milliseconds of ``action`` (it includes repainting the list),
    and the median CPU milliseconds of this thread (the GUI's) in it: on a
    shared machine much of the wall time is waiting for a core."""
    times, cpu = [], []
    for _ in range(runs):
        started, cpu_started = time.perf_counter(), time.thread_time()
        action()
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.thread_time() - cpu_started) * 1000)
    return statistics.median(times), statistics.median(cpu)


def _window_figures(posts: int, location: Path | str | None = None) -> dict[str, float]:
    """The list's updates and opening a post, in an offscreen window on
    ``location`` (a file or a shared library's URL; by default the library
    in ``$QUOTEMARK_HOME``), each update painted before the clock stops;
    then the side panels' figures (:mod:`benchmarks.panels`)."""
    import random

    from PySide6.QtWidgets import QApplication

    from benchmarks import panels
    from quotemark.app.controller import Controller
    from quotemark.app.main_window import MainWindow
    from quotemark.library import paths
    from quotemark.library.model import Change, Position, Span

    app = QApplication.instance() or QApplication([])
    where = paths.library_file() if location is None else location
    controller = Controller.open(where)
    window = MainWindow(controller)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    # A moment idle, as before any user's first action: what the window
    # does once shown (a shared library's connection readied for a clip,
    # a step a turn of the event loop; the day's backup started) is done.
    settled = time.perf_counter() + 0.2
    while time.perf_counter() < settled:
        app.processEvents()
    pane = window.library_pane
    viewport = pane.view.viewport()
    figures: dict[str, float] = {}
    orders = iter(["title", "newest", "site", "published", "clips", "newest"] * 3)

    def sort() -> None:
        pane.set_sort_order(next(orders))
        viewport.repaint()

    figures["sort change (ms)"], figures["sort change: GUI-thread CPU (ms)"] = _ms(sort)
    pane.set_sort_order("newest")
    tag = pane.filter_box.findData("tag:tag3")
    source = next(
        i
        for i in range(pane.filter_box.count())
        if str(pane.filter_box.itemData(i)).startswith("source:")
    )

    def choose(index: int) -> Callable[[], None]:
        def run() -> None:
            pane.filter_box.setCurrentIndex(index)
            pane.filter_box.activated.emit(index)
            viewport.repaint()
            pane.filter_box.setCurrentIndex(0)
            pane.filter_box.activated.emit(0)
            viewport.repaint()

        return run

    figures["tag filter, on and off (ms)"] = _ms(choose(tag))[0]
    figures["source filter, on and off (ms)"] = _ms(choose(source))[0]
    words = iter(["ha", "har", "harb", "harbo", "harbou", "harbour"] * 2)

    def type_letter() -> None:
        pane.search_box.setText(next(words))
        pane.refresh()  # what the debounce timer runs
        viewport.repaint()

    search = _ms(type_letter, runs=6)
    figures["search, one keystroke (ms)"] = search[0]
    figures["search, one keystroke: GUI-thread CPU (ms)"] = search[1]
    pane.search_box.clear()
    pane.refresh()
    library = controller._library  # the bench adds rows the way another process would
    next_id = [posts + 1]

    def add_post() -> None:
        big_library.write_new_post(where, next_id[0])
        started = time.perf_counter()
        pane.apply_change(Change(posts_added=(next_id[0],)))
        viewport.repaint()
        add_times.append((time.perf_counter() - started) * 1000)
        next_id[0] += 1

    add_times: list[float] = []
    for _ in range(5):
        add_post()
    figures["a new post reaches the open list (ms)"] = statistics.median(add_times)
    shown = pane.model.post_id(len(add_times) + 2) or 1  # on screen, below the new ones
    blocks = library.post(shown).blocks
    text = blocks[0].text

    def clip() -> None:
        library.clip(shown, Span(Position(0, 0), Position(0, min(20, len(text))), text[:20]))
        pane.apply_change(Change(posts_changed=(shown,)))
        viewport.repaint()

    started = time.perf_counter()
    clip()
    figures["a clip's count reaches the open list (ms, incl. the clip)"] = (
        time.perf_counter() - started
    ) * 1000
    rng = random.Random(3)
    ids = iter(rng.sample(range(1, posts + 1), 7))
    opening = _ms(lambda: (window.open_post(next(ids)), app.processEvents()))
    figures["open a post (ms)"], figures["open a post: GUI-thread CPU (ms)"] = opening
    figures.update(panels.figures(window, controller))
    window.close()
    controller.close()
    app.processEvents()
    return figures


def _grows(small: float, big: float) -> str:
    ratio = big / small if small > 0 else float("inf")
    if ratio < 3:
        return "flat"
    if ratio < 20:
        return "logarithmic"
    return "linear"


def measure(posts: int) -> dict[str, float]:
    """Every figure for a library of ``posts`` posts (``name -> value``)."""
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="quotemark-bench-scale-") as tmp:
        home = Path(tmp)
        big_library.install(posts, home)
        _start(home)  # migrates the copy (and warms the file cache) once
        for daily in (home / "backups").glob("*-daily-*"):
            daily.unlink()  # as on the first start of a day
        figures["first start of a day, with its backup (s)"] = _start(home)[0]
        starts = [_start(home) for _ in range(5)]
        figures["start to window (s)"] = statistics.median(s[0] for s in starts)
        figures["start: CPU (s)"] = statistics.median(s[2] for s in starts)
        figures["start: peak RSS (MB)"] = max(s[1] for s in starts)
        runs = [_posts_json(home) for _ in range(3)]
        figures["posts --json: first line (s)"] = statistics.median(r[0] for r in runs)
        figures["posts --json: all lines (s)"] = statistics.median(r[1] for r in runs)
        figures["posts --json: CPU (s)"] = statistics.median(r[2] for r in runs)
        os.environ["QUOTEMARK_HOME"] = str(home)
        figures.update(_window_figures(posts))
        wall, cpu = _import(home)
        figures[f"quotemark import of {IMPORT_BATCH} posts more (s)"] = wall
        figures["  its CPU, workers included (s)"] = cpu
    return figures


GOALS = {
    "start to window (s)": 0.5,
    "start: CPU (s)": 0.5,
    "start: peak RSS (MB)": 150,
    "posts --json: first line (s)": 0.1,
    "posts --json: all lines (s)": 1.0,
    "posts --json: CPU (s)": 1.0,
    "sort change (ms)": 50,
    "tag filter, on and off (ms)": 100,
    "source filter, on and off (ms)": 100,
    "search, one keystroke (ms)": 50,
    "a new post reaches the open list (ms)": 50,
    "a clip's count reaches the open list (ms, incl. the clip)": 50,
    "open a post (ms)": 100,
    "a new post citing 3 sources, Sources tab shown (ms)": 50,
    "All clips shown (ms)": 50,
    "scroll a screen into unread clips (ms)": 50,
    "Mine filter, on and off (ms)": 100,
    # 10,000 posts in 2 minutes is 12 ms a post.
    f"quotemark import of {IMPORT_BATCH} posts more (s)": IMPORT_BATCH * 0.012,
}


def run(shared: Path) -> str:
    """The table: each figure at both sizes, its growth and its goal."""
    del shared  # everything is generated
    results = {size: measure(size) for size in SIZES}
    small, big = results[SIZES[0]], results[SIZES[-1]]
    lines = [
        f"Library size (issue 15); load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
        "(wall times grow with it; CPU times much less)",
        f"{'measure':<58} {'1,000':>10} {'100,000':>10}  {'grows':<12} {'goal':>8}",
    ]
    for name, value in big.items():
        goal = GOALS.get(name)
        lines.append(
            f"{name:<58} {small[name]:>10.3f} {value:>10.3f}  {_grows(small[name], value):<12} "
            f"{'' if goal is None else f'{goal:g}':>8}"
        )
    lines.append(
        "(posts --json writes every post, so its whole run is linear in posts above the fixed "
        "start of a Python process; the growth column compares the two sizes only)"
    )
    return "\n".join(lines)


if __name__ == "__main__":
    print(run(Path("../shared")))
