"""Library size (issue 15): every figure at 1,000 and at 100,000 posts, and how it grows.

Goals at 100,000 posts: start to a usable window under 0.5 s and 150 MB;
sorting, filtering and a search keystroke each update the visible list in
under 50 ms; a change (an import, a clip) reaches the open list in under
50 ms; ``quotemark posts --json`` prints its first line within 100 ms and
all of them within 1 s; opening a post under 100 ms.

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


def _start(home: Path) -> tuple[float, float]:
    """Seconds from process start to the shown window, and peak RSS in MB."""
    env = {**os.environ, "QUOTEMARK_HOME": str(home), "QUOTEMARK_STARTUP_PROBE": "1"}
    started = time.time()
    process = subprocess.Popen(
        [str(QUOTEMARK)], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert process.stdout is not None
    output = process.stdout.read()
    _pid, _status, usage = os.wait4(process.pid, 0)
    process.returncode = 0
    line = next(x for x in output.splitlines() if x.startswith("shown "))
    return float(line.split()[1]) - started, usage.ru_maxrss / 1024


def _posts_json(home: Path) -> tuple[float, float, int]:
    """Seconds to the first line and to the last of ``posts --json``."""
    env = {**os.environ, "QUOTEMARK_HOME": str(home)}
    started = time.perf_counter()
    process = subprocess.Popen([str(QUOTEMARK), "posts", "--json"], env=env, stdout=subprocess.PIPE)
    assert process.stdout is not None
    first = process.stdout.readline()
    first_at = time.perf_counter() - started
    count = 1 if first else 0
    for _line in process.stdout:
        count += 1
    process.wait()
    return first_at, time.perf_counter() - started, count


def _median(measure: Callable[[], float], runs: int = 5) -> float:
    return statistics.median(measure() for _ in range(runs))


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
        starts = [_start(home) for _ in range(5)]
        figures["start to window (s)"] = statistics.median(s for s, _ in starts)
        figures["start: peak RSS (MB)"] = max(rss for _, rss in starts)
        runs = [_posts_json(home) for _ in range(3)]
        figures["posts --json: first line (s)"] = statistics.median(r[0] for r in runs)
        figures["posts --json: all lines (s)"] = statistics.median(r[1] for r in runs)
    return figures


GOALS = {
    "start to window (s)": 0.5,
    "start: peak RSS (MB)": 150,
    "posts --json: first line (s)": 0.1,
    "posts --json: all lines (s)": 1.0,
}


def run(shared: Path) -> str:
    """The table: each figure at both sizes, its growth and its goal."""
    del shared  # everything is generated
    results = {size: measure(size) for size in SIZES}
    small, big = results[SIZES[0]], results[SIZES[-1]]
    lines = [
        "Library size (issue 15)",
        f"{'measure':<40} {'1,000':>10} {'100,000':>10}  {'grows':<12} {'goal':>8}",
    ]
    for name, value in big.items():
        goal = GOALS.get(name)
        lines.append(
            f"{name:<40} {small[name]:>10.3f} {value:>10.3f}  {_grows(small[name], value):<12} "
            f"{'' if goal is None else f'{goal:g}':>8}"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    print(run(Path("../shared")))
