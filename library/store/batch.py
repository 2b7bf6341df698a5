"""Running the pipeline over many files on every core, results in order.

Reading, extracting and analysing a post is pure CPU work on picklable
values (:func:`library.pipeline.process`), so big batches go to a process
pool while the caller writes finished posts to the database in its own
thread. Small batches run in-process: starting workers costs more than it
saves.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Generator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from library.pipeline import Processed

log = logging.getLogger(__name__)

PARALLEL_MIN = 6
"""Batches at least this big use the process pool."""


def worker_count() -> int:
    """Processes to use: every core the process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def process_all(
    files: Sequence[Path], *, workers: int | None = None
) -> Generator[Processed | BaseException, None, None]:
    """Each file's :class:`Processed` (or the exception it raised), in input
    order. Stop iterating to cancel: no further files are started."""
    from library.pipeline import process

    count = worker_count() if workers is None else workers
    if count <= 1 or len(files) < PARALLEL_MIN:
        for path in files:
            yield _run(path)
        return
    # spawn: forking a process that runs Qt threads can deadlock the child.
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=count, mp_context=context)
    pending: deque[tuple[int, Future[Processed]]] = deque()
    ahead = count * 4
    submitted = 0
    try:
        while submitted < len(files) or pending:
            while submitted < len(files) and len(pending) < ahead:
                pending.append((submitted, pool.submit(process, files[submitted])))
                submitted += 1
            index, future = pending.popleft()
            try:
                result: Processed | BaseException = future.result()
            except BrokenProcessPool:
                # A worker died (killed, out of memory): finish in-process.
                log.warning("an import worker died; going on without the pool")
                pool.shutdown(wait=False, cancel_futures=True)
                for path in files[index:]:
                    yield _run(path)
                return
            except Exception as error:
                result = error
            yield result
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _run(path: Path) -> Processed | BaseException:
    from library.pipeline import process

    try:
        return process(path)
    except Exception as error:
        return error
