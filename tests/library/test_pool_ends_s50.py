"""The import pool ends its own processes (stop 50): a ``process_all`` over
saved pages, stopped early (the generator closed, ``stop`` saying so, an
exception thrown into it), leaves no live worker once the call returns;
one that runs to its end joins its workers, which exit by themselves.

Stop 49 ended them from the window instead (``end_pool_processes``,
every child of the process); left, each worker loaded the extraction and
finished the files handed to it before the process could exit. Real
processes and real files; no durations asserted, only what is alive."""

from __future__ import annotations

import multiprocessing
from collections.abc import Generator, Sequence
from multiprocessing.process import BaseProcess
from pathlib import Path

import pytest

from quotemark.library import pipeline
from quotemark.library.store import batch

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "review_html6_stop47"

Run = Generator[batch.Prepared | BaseException, None, None]


def _pages() -> list[Path]:
    pages = sorted(PAGES.glob("*.html"))
    assert len(pages) >= batch.PARALLEL_MIN  # big enough for the pool
    return pages


def _started(before: set[BaseProcess]) -> list[BaseProcess]:
    """The processes started since ``before`` and still alive."""
    return [child for child in multiprocessing.active_children() if child not in before]


def _live(processes: Sequence[BaseProcess]) -> list[BaseProcess]:
    return [process for process in processes if process.is_alive()]


@pytest.fixture
def before() -> set[BaseProcess]:
    """The children alive before the test (another test's, if any)."""
    return set(multiprocessing.active_children())


def test_a_run_closed_after_its_first_page_leaves_no_live_worker(
    before: set[BaseProcess],
) -> None:
    processed: Run = batch.process_all(_pages(), pipeline.prepare, workers=2)
    try:
        first = next(processed)
        workers = _started(before)
    finally:
        processed.close()
    assert isinstance(first, batch.Prepared)
    assert workers  # the pool's, busy with the pages handed to them
    assert _live(workers) == []
    assert _started(before) == []


def test_a_run_told_to_stop_ends_its_workers_before_it_says_so(
    before: set[BaseProcess],
) -> None:
    pages = _pages()
    seen: list[BaseProcess] = []

    def stop() -> bool:
        # Once the pool's processes have started (loading the extraction).
        seen[:] = _started(before)
        return bool(seen)

    processed: Run = batch.process_all(pages, pipeline.prepare, workers=2, stop=stop)
    try:
        first = next(processed)
        # Still held by the caller, as an import holds it while it records
        # the page cancelled: the workers are gone already.
        assert isinstance(first, batch.Stopped)
        assert seen
        assert _live(seen) == []
        assert _started(before) == []
        # Every other page is stopped too, without a wait.
        rest = list(processed)
    finally:
        processed.close()
    assert len(rest) == len(pages) - 1
    assert all(isinstance(result, batch.Stopped) for result in rest)


def test_an_exception_in_the_caller_ends_the_workers(before: set[BaseProcess]) -> None:
    processed: Run = batch.process_all(_pages(), pipeline.prepare, workers=2)
    assert isinstance(next(processed), batch.Prepared)
    workers = _started(before)
    assert workers
    with pytest.raises(RuntimeError, match="the caller failed"):
        processed.throw(RuntimeError("the caller failed"))
    assert _live(workers) == []
    assert _started(before) == []


def test_a_run_to_its_end_joins_its_workers(before: set[BaseProcess]) -> None:
    pages = _pages()
    workers: list[BaseProcess] = []
    results = []
    for result in batch.process_all(pages, pipeline.prepare, workers=2):
        workers.extend(child for child in _started(before) if child not in workers)
        results.append(result)
    assert [type(result) for result in results] == [batch.Prepared] * len(pages)
    assert workers
    assert _live(workers) == []
    # Each left by itself when the queue ran out (ended, it would be -15).
    assert [worker.exitcode for worker in workers] == [0] * len(workers)
    assert _started(before) == []
