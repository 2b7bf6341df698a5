"""A shared library on PostgreSQL next to the local SQLite one (issue 14).

Goals: full-text search over 100,000 posts under 50 ms, listing 10,000
clips under 100 ms, and importing posts at no less than half SQLite's
throughput on the same machine.

The benchmark starts its own temporary PostgreSQL server with the test
suite's harness (``tests/pg_server.py``: a Unix socket in a temporary
folder, so no port is taken; as the ``postgres`` user when run as root) and
stops it at the end, also on Ctrl+C or SIGTERM. The 100,000-post library is
the synthetic one of ``benchmarks/store.py`` (with 10,000 clips), written to
SQLite and moved to the server with ``library copy`` (the way a team moves
in), then ``ANALYZE``d as autovacuum would do soon after. Both engines run
the same searches and listing through :class:`Library`; the import is the
real pipeline into an empty library of each engine. Two searches also run
16 times on a new connection, judged on the last runs, as a researcher's
search box runs one statement at each keystroke (stop 44: a statement
psycopg prepared was planned generically from the sixth run, 0.6-1.4 s).
"""

from __future__ import annotations

import itertools
import os
import random
import signal
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from types import FrameType

from benchmarks.extraction import FLOOR_NOT_MET
from benchmarks.store import SEARCH_POSTS, _fill, _page, _vocabulary, queries
from quotemark.library.service import Library
from tests import pg_server

SEARCH_GOAL_MS = 50.0
CLIPS = 10_000
CLIPS_GOAL_MS = 100.0
IMPORT_POSTS = int(os.environ.get("QUOTEMARK_BENCH_SHARED_IMPORT_POSTS") or 300)
IMPORT_RATIO_GOAL = 2.0
"""PostgreSQL may take at most this many times SQLite's time per post."""
ROUNDS = 15


@contextmanager
def _server() -> Iterator[pg_server.Server | None]:
    """A temporary server (``None`` without PostgreSQL binaries), stopped on
    the way out; SIGTERM is turned into an exit so it is stopped then too."""
    binaries = pg_server.find_binaries()
    if binaries is None:
        yield None
        return

    def _terminate(signum: int, frame: FrameType | None) -> None:
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        server = pg_server.start(binaries)
        try:
            yield server
        finally:
            pg_server.stop(server)
    finally:
        signal.signal(signal.SIGTERM, previous)


def _database(server: pg_server.Server, name: str) -> str:
    import psycopg

    with psycopg.connect(server.conninfo(), autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name} TEMPLATE template0")
    return server.url(name)


def _analyze(server: pg_server.Server, name: str) -> None:
    import psycopg

    with psycopg.connect(server.conninfo(name), autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
        # The bulk load leaves hundreds of megabytes of WAL behind; without this the
        # checkpoint writing them out runs during the first measurements
        # (searches measured 2-3x slower). A team's server has long finished
        # it by the time anyone searches.
        conn.execute("CHECKPOINT")


def _median_ms(action: Callable[[], object], rounds: int = ROUNDS) -> float:
    action()  # warm caches and prepared plans
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _verdict(ok: bool, what: str, missed: list[str]) -> str:
    """``OK``, or ``MISSED`` with ``what`` kept for the table's last lines
    (which open with :data:`FLOOR_NOT_MET`, so ``make bench`` fails)."""
    if ok:
        return "OK"
    missed.append(f"{FLOOR_NOT_MET} {what} (issue 14)")
    return "MISSED"


def _reads(sqlite: Path, url: str, vocab: list[str], missed: list[str]) -> list[str]:
    """Search and clip listing on both engines, PostgreSQL judged."""
    lines = []
    with Library.open(sqlite) as local, Library.open(url) as shared:
        for label, query in queries(vocab).items():
            lite = _median_ms(partial(local.search, query))
            pg = _median_ms(partial(shared.search, query))
            hits = (len(local.search(query)), len(shared.search(query)))
            ok = pg < SEARCH_GOAL_MS
            lines.append(
                f"  search {label:<20} {lite:8.2f} ms {pg:8.2f} ms  hits {hits[0]}/{hits[1]}"
                f"  < {SEARCH_GOAL_MS:.0f} ms: "
                + _verdict(ok, f"PostgreSQL search {label!r} took {pg:.1f} ms", missed)
            )
        lines.extend(_repeated(url, missed))
        lite = _median_ms(local.clips, 5)
        pg = _median_ms(shared.clips, 5)
        count = len(shared.clips())
        lines.append(
            f"  list {count:,} clips{'':<9} {lite:8.2f} ms {pg:8.2f} ms"
            f"  < {CLIPS_GOAL_MS:.0f} ms: "
            + _verdict(
                pg < CLIPS_GOAL_MS, f"PostgreSQL listing {count:,} clips took {pg:.0f} ms", missed
            )
        )
    return lines


def _import(
    folder: Path,
    url: str,
    rng: random.Random,
    vocab: list[str],
    w: list[float],
    missed: list[str],
) -> str:
    """The same generated posts imported into an empty library of each engine."""
    posts = folder / "import-posts"
    posts.mkdir()
    for number in range(IMPORT_POSTS):
        (posts / f"post{number:04d}.html").write_text(_page(number, rng, vocab, w), "utf-8")
    seconds = {}
    for engine, target in (("sqlite", str(folder / "import.sqlite3")), ("pg", url)):
        with Library.open(target) as library:
            started = time.perf_counter()
            report = library.import_paths([posts])
            seconds[engine] = time.perf_counter() - started
            if report.failed:
                missed.append(f"{FLOOR_NOT_MET} {len(report.failed)} posts failed on {engine}")
                return "  import: FAILED"
    ratio = seconds["pg"] / seconds["sqlite"]
    return (
        f"  import {IMPORT_POSTS} posts (posts/s) {IMPORT_POSTS / seconds['sqlite']:8.1f}"
        f"    {IMPORT_POSTS / seconds['pg']:8.1f}     PostgreSQL time x{ratio:.2f}"
        f"  <= x{IMPORT_RATIO_GOAL:.0f}: "
        + _verdict(
            ratio <= IMPORT_RATIO_GOAL,
            f"PostgreSQL import is x{ratio:.2f} SQLite's time per post",
            missed,
        )
    )


def _each_ms(action: Callable[[], object]) -> list[float]:
    """The milliseconds of :data:`REPEATS` runs of ``action``, in order."""
    times = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return times


REPEATS = 16
"""Runs of one search on one connection in :func:`_repeated`."""
LATE = 6
"""The last runs :func:`_repeated` judges: past psycopg's ``prepare_threshold``
(5) and PostgreSQL's five custom plans before it may keep a generic one."""


def _repeated(url: str, missed: list[str]) -> list[str]:
    """The same search again and again on a new connection, then another,
    as the search box runs them at each keystroke: the median of each one's
    last :data:`LATE` runs, where a prepared statement's generic plan would
    show (stop 44, before the fix: "ferry" 0.35 s there, 30 ms at first)."""
    lines = []
    # One connection for both, as one window's: "ha" after "ferry" runs the
    # statement "ferry" had prepared (alone it stayed on custom plans).
    with Library.open(url) as shared:
        timed = {
            label: _each_ms(partial(shared.search, query))
            for label, query in (("common word", "ferry"), ("typing, 2 letters", "ha"))
        }
    for label, times in timed.items():
        late = statistics.median(times[-LATE:])
        lines.append(
            f"  search {label + f', runs {REPEATS - LATE + 1}-{REPEATS}':<31} {late:8.2f} ms"
            f"  (first 5: {statistics.median(times[:5]):.2f} ms)  < {SEARCH_GOAL_MS:.0f} ms: "
            + _verdict(
                late < SEARCH_GOAL_MS,
                f"PostgreSQL search {label!r} run {REPEATS} times took {late:.1f} ms",
                missed,
            )
        )
    return lines


def run(shared: Path) -> str:
    """Every shared-library measurement as a table: SQLite, PostgreSQL, verdict."""
    del shared  # everything is generated
    rng = random.Random(20240309)
    vocab = _vocabulary(rng)
    weights = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(vocab))))
    lines = ["Shared library on PostgreSQL (issue 14)"]
    with _server() as server, tempfile.TemporaryDirectory(prefix="quotemark-bench-") as name:
        if server is None:
            return lines[0] + ": skipped, no PostgreSQL binaries (initdb, pg_ctl) installed"
        folder = Path(name)
        sqlite = folder / "search.sqlite3"
        started = time.perf_counter()
        _fill(sqlite, rng, vocab, weights, CLIPS)
        built = time.perf_counter() - started
        url = _database(server, "qm_bench")
        started = time.perf_counter()
        with Library.open(sqlite) as local, Library.open(url) as target:
            copied = local.copy_into(target)
        _analyze(server, "qm_bench")
        lines.append(
            f"  ({SEARCH_POSTS:,} posts + {CLIPS:,} clips built in SQLite in {built:.0f} s;"
            f" library copy of {copied.posts:,} posts to PostgreSQL"
            f" {time.perf_counter() - started:.0f} s)"
        )
        lines.append(f"  {'':<27} {'SQLite':>11} {'PostgreSQL':>11}  goal")
        missed: list[str] = []
        lines.extend(_reads(sqlite, url, vocab, missed))
        lines.append(_import(folder, _database(server, "qm_import"), rng, vocab, weights, missed))
    return "\n".join(lines + missed)


if __name__ == "__main__":
    print(run(Path("../shared")))
