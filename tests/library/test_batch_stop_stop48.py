"""The pool's wait for a file asks ``stop`` (stop 48): an import cancelled
while the pool's processes start (8-10 s on a loaded machine) stops at
once, not when the first file is done; without ``stop`` it waits."""

from __future__ import annotations

import time
from pathlib import Path

from quotemark.library.store import batch

SLOW_S = 4.0


def slow_work(path: Path) -> batch.Prepared:
    """A file's work that outlasts the wait (module level: a spawned
    worker imports it)."""
    time.sleep(SLOW_S)
    raise ValueError(path.name)


def test_a_wait_for_a_workers_file_stops_when_asked(tmp_path: Path) -> None:
    files = [tmp_path / f"{n}.html" for n in range(batch.PARALLEL_MIN)]
    asked = time.monotonic() + 0.3
    processed = batch.process_all(
        files, slow_work, workers=2, stop=lambda: time.monotonic() > asked
    )
    try:
        first = next(processed)
        stopped_after = time.monotonic() - asked
    finally:
        processed.close()
    assert isinstance(first, batch.Stopped)
    assert stopped_after < SLOW_S / 2


def test_without_stop_a_file_is_waited_for(tmp_path: Path) -> None:
    files = [tmp_path / f"{n}.html" for n in range(batch.PARALLEL_MIN)]
    processed = batch.process_all(files, slow_work, workers=2)
    try:
        first = next(processed)
    finally:
        processed.close()
    assert isinstance(first, ValueError)
    assert str(first) == "0.html"
