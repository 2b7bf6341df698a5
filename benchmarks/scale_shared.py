"""Library size on the PostgreSQL engine (issue 15: "works the same on the
PostgreSQL engine"): the figures of :mod:`benchmarks.scale` for a shared
library of 1,000 and of 100,000 posts.

A temporary server is started as :mod:`benchmarks.shared` starts it; each
of :mod:`benchmarks.big_library`'s libraries is moved onto it with
``library copy`` (the way a team moves in) and ``ANALYZE``d. Then, as for a
file: start to a shown window (``quotemark --library URL``), ``posts
--json``, and in an offscreen window sorting, filtering, a search
keystroke, a new post and a clip reaching the list, opening a post and the
side panels (:mod:`benchmarks.panels`). The import figure is the file's
only (``shared`` compares imports on both engines).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks import big_library, scale, shared
from quotemark.library.service import Library
from tests import pg_server

SIZES = scale.SIZES


SETTLE_LIMIT_S = 300.0
"""How long :func:`_settle` waits for the server's own work at most."""


def _settle(server: pg_server.Server, limit: float = SETTLE_LIMIT_S) -> None:
    """Wait until the server has finished what the copy left it to do:
    autovacuum and autoanalyze workers, a vacuum or analyse in progress, any
    other session's statement. Stop 21's shared starts were measured right
    after ``library copy`` while the server's workers still ran on the same
    two cores (one reason they moved 0.34-0.65 s from run to run)."""
    import psycopg

    deadline = time.monotonic() + limit
    quiet = 0
    with psycopg.connect(server.conninfo(), autocommit=True) as conn:
        while time.monotonic() < deadline:
            busy = conn.execute(
                "SELECT (SELECT count(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid()"
                " AND (backend_type = 'autovacuum worker' OR state NOT IN ('idle')))"
                " + (SELECT count(*) FROM pg_stat_progress_vacuum)"
                " + (SELECT count(*) FROM pg_stat_progress_analyze)"
            ).fetchone()
            # Three looks in a row with nothing running: a worker the
            # launcher starts next is not missed between two looks.
            quiet = quiet + 1 if busy is not None and busy[0] == 0 else 0
            if quiet >= 3:
                return
            time.sleep(0.5)


def measure(server: pg_server.Server, posts: int) -> dict[str, float]:
    """Every figure for a shared library of ``posts`` posts."""
    name = f"qm_scale_{posts}"
    url = shared._database(server, name)
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="quotemark-bench-scale-pg-") as tmp:
        home = Path(tmp)
        os.environ["QUOTEMARK_HOME"] = str(home)  # a migration's backup goes here
        started = time.perf_counter()
        with (
            Library.open(big_library.install(posts, home), daily_backup=False) as local,
            Library.open(url) as target,
        ):
            local.copy_into(target)
        shared._analyze(server, name)
        figures["library copy to the server (s)"] = time.perf_counter() - started
        _settle(server)
        flag = ("--library", url)
        scale._start(home, *flag)  # the server's caches, as a team's server has them
        starts = [scale._start(home, *flag) for _ in range(5)]
        figures["start to window (s)"] = statistics.median(s[0] for s in starts)
        figures["start: CPU (s)"] = statistics.median(s[2] for s in starts)
        figures["start: peak RSS (MB)"] = max(s[1] for s in starts)
        runs = [scale._posts_json(home, *flag) for _ in range(3)]
        figures["posts --json: first line (s)"] = statistics.median(r[0] for r in runs)
        figures["posts --json: all lines (s)"] = statistics.median(r[1] for r in runs)
        figures["posts --json: CPU (s)"] = statistics.median(r[2] for r in runs)
        figures.update(scale._window_figures(posts, url))
    return figures


def run(shared_folder: Path) -> str:
    """The table: each figure on PostgreSQL at both sizes, its growth and goal."""
    del shared_folder  # everything is generated
    title = "Library size on PostgreSQL (issue 15)"
    with shared._server() as server:
        if server is None:
            return title + ": skipped, no PostgreSQL binaries (initdb, pg_ctl) installed"
        results = {size: measure(server, size) for size in SIZES}
    small, big = results[SIZES[0]], results[SIZES[-1]]
    lines = [
        f"{title}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores",
        f"{'measure':<58} {'1,000':>10} {'100,000':>10}  {'grows':<12} {'goal':>8}",
    ]
    for name, value in big.items():
        goal = scale.GOALS.get(name)
        lines.append(
            f"{name:<58} {small[name]:>10.3f} {value:>10.3f}  "
            f"{scale._grows(small[name], value):<12} {'' if goal is None else f'{goal:g}':>8}"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    print(run(Path("../shared")))
