"""Running the pipeline over many files on every core, results in order.

Reading, extracting and analysing a post is pure CPU work on picklable
values, so big batches go to a process pool while the caller writes
finished posts to the database in its own thread. The work per file is
passed in (:func:`quotemark.library.pipeline.prepare`: the store sits below the
pipeline and never imports it). The workers also compress what will be
stored (:class:`Prepared`) and send back no second copy of the page, so the
writing thread (measured as the bottleneck) only writes. Small batches run
in-process: starting workers costs more than it saves.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import logging
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from quotemark.library.model import Processed
from quotemark.library.store.posts import Packed

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor


@dataclass(frozen=True, slots=True)
class Prepared:
    """A file processed and its columns packed. ``processed.raw`` no longer
    holds the page's text or bytes: ``packed`` has them compressed."""

    processed: Processed
    packed: Packed


log = logging.getLogger(__name__)

PARENT_POLL = 0.25
"""Seconds between a worker's checks that the importing process lives."""


def watch_parent(parent: int) -> None:
    """Make this worker exit as soon as ``parent`` (the importing process)
    is gone, however it ended: a process killed with SIGKILL runs no
    clean-up, and its pool would otherwise live on, adopted by init.

    A daemon thread compares ``os.getppid()`` with ``parent`` (a dead
    parent's children are re-parented); on Linux ``PR_SET_PDEATHSIG`` also
    asks the kernel to signal the worker the moment the parent dies.
    """
    _ask_kernel_for_death_signal(parent)
    thread = threading.Thread(
        target=_poll_parent, args=(parent,), name="quotemark-parent-watch", daemon=True
    )
    thread.start()


BATCH_YOUNG = 10_000
"""Objects made (net) between the collector's young passes in a process
that reads file after file (:func:`freeze_loaded`); Python's default is
700."""


def freeze_loaded() -> None:
    """Leave every object made so far (the modules, their compiled patterns
    and word lists) out of the garbage collector's passes, for a process
    about to read many files: the command line's ``extract`` and
    ``import``, an import worker.

    They live as long as the process anyway, and each full pass walked all
    of them again: tens of thousands of objects, some milliseconds a pass
    (measured in benchmarks/README.md, "Stop 31"). What each file makes is
    still collected as before. Not for the window, which freezes around
    each job itself (``app.controller``).

    The collector's young pass is also left until :data:`BATCH_YOUNG`
    objects have been made (not 700): a file's tree proxies, block stats
    and analysis objects come to a few thousand at once and are freed by
    their counts when the file is done (``content.release`` breaks the
    stats' cycles), so at 700 two or three passes a file walked them while
    they were still in use, for nothing (about 1 % of ``quotemark
    extract``'s time, benchmarks/README.md, "Stop 34"). Cyclic garbage is
    still collected, a pass every :data:`BATCH_YOUNG` objects.
    """
    gc.freeze()
    young, *older = gc.get_threshold()
    gc.set_threshold(max(young, BATCH_YOUNG), *older)


def start_worker(parent: int, module: str) -> None:
    """An import worker's set-up: :func:`watch_parent`, then the module of
    the work it will run (``module``) loaded and :func:`freeze_loaded`,
    since the worker reads file after file."""
    watch_parent(parent)
    importlib.import_module(module)
    freeze_loaded()


def _poll_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_POLL)
    os._exit(1)  # no clean-up to run: the work was for a process that is gone


def _ask_kernel_for_death_signal(parent: int) -> None:
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGTERM, 0, 0, 0)
    except (OSError, AttributeError):
        return
    # The parent may have died before the request: then no signal comes.
    if os.getppid() != parent:
        os._exit(1)


PARALLEL_MIN = 6
"""Batches at least this big use the process pool."""

STOP_POLL = 0.05
"""How often (seconds) a wait for a worker's file asks whether to stop."""


class Stopped(Exception):
    """A file's work no longer waited for: ``stop`` said so meanwhile
    (:func:`process_all`), the import cancelled."""


def worker_count() -> int:
    """Processes to use: every core the process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


Work = Callable[[Path], Prepared]
"""One file's work: a module-level function, so a spawned worker can run it."""


def process_all(
    files: Sequence[Path],
    work: Work,
    *,
    workers: int | None = None,
    stop: Callable[[], bool] | None = None,
) -> Generator[Prepared | BaseException, None, None]:
    """Each file's :class:`Prepared` from ``work`` (or the exception it
    raised), in input order. Stop iterating to cancel: no further files are
    started. With ``stop``, a wait for a worker's file asks it every
    :data:`STOP_POLL` s and yields :class:`Stopped` when it says so: the
    pool's first files wait for its processes to start and load the
    extraction (8-10 s on a loaded machine), and a window closed then
    waited as long (stop 48). Every file not yet yielded is then
    :class:`Stopped` too, without waiting.

    Stopped early (the generator closed, ``stop`` said so, an exception)
    the pool's processes are ended at once (:func:`_end_workers`): left,
    each loaded the extraction and finished the files already handed to
    it, and the process's exit waited for them (5-7 s after the window
    closed on a loaded machine, stop 49). Finished, they are joined."""
    count = worker_count() if workers is None else workers
    if count <= 1 or len(files) < PARALLEL_MIN:
        for path in files:
            yield _run(work, path)
        return
    # Imported here: the window and every command import this module, and
    # the process machinery is only for big imports.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # spawn: forking a process that runs Qt threads can deadlock the child.
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(
        max_workers=count,
        mp_context=context,
        initializer=start_worker,
        initargs=(os.getpid(), work.__module__),
    )
    pending: deque[tuple[int, Future[Prepared]]] = deque()
    ahead = count * 4
    submitted = 0
    try:
        while submitted < len(files) or pending:
            while submitted < len(files) and len(pending) < ahead:
                pending.append((submitted, pool.submit(work, files[submitted])))
                submitted += 1
            index, future = pending.popleft()
            try:
                result: Prepared | BaseException = _waited(future, stop)
            except Stopped as stopped:
                # Nobody waits for the files any more: the processes go now,
                # not when the caller lets the generator go.
                _end_workers(pool)
                for _ in files[index:]:
                    yield stopped
                return
            except BrokenProcessPool:
                # A worker died (killed, out of memory): finish in-process.
                log.warning("an import worker died; going on without the pool")
                _end_workers(pool)
                for path in files[index:]:
                    yield _run(work, path)
                return
            except Exception as error:
                result = error
            yield result
    finally:
        # All done: let the workers exit (and be reaped) before returning.
        # Cancelled or failed: end them, with the files nobody wants any more.
        if submitted == len(files) and not pending:
            pool.shutdown(wait=True)
        else:
            _end_workers(pool)


WORKER_END_S = 5.0
"""How long an ended worker may take to go (a SIGTERM ends it at once)."""


def _end_workers(pool: ProcessPoolExecutor) -> None:
    """Shut ``pool`` down without waiting for its files, then end its
    processes and reap them (each for at most :data:`WORKER_END_S`), so
    that nothing is left for the process's exit to wait for. A worker only
    reads and analyses (the caller stores), so nothing is left half-written.

    Python 3.14 has ``ProcessPoolExecutor.terminate_workers`` for this;
    3.11 has not, so this does what it does, on the executor's own table of
    its processes (``_processes``, read before ``shutdown`` clears it). That
    table, unlike processes counted by us (a context whose ``Process`` keeps
    a list), holds exactly the workers alive in this pool, including those
    it started on demand or in place of one that died, and needs no
    subclass of the spawn context overriding its ``Process`` class. A
    Python without the table ends nothing here (the workers end as before,
    once they have finished the files handed to them), and
    ``tests/library/test_pool_ends_s50.py`` fails. Only this pool's
    processes: never another pool's, nor one the caller started itself."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    # The executor's own thread reaps the workers too, once they are gone:
    # while it holds a reaped worker's status, the worker still reads as
    # alive here (its wait on the pid finds no child). Waited for below, so
    # that every worker reads as ended when this returns (a flaky CI run).
    manager = getattr(pool, "_executor_manager_thread", None)
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(ProcessLookupError, ValueError):  # gone meanwhile
            if process.is_alive():
                process.terminate()
    for process in processes:
        with contextlib.suppress(ValueError):  # closed meanwhile
            process.join(WORKER_END_S)
    if isinstance(manager, threading.Thread):
        manager.join(WORKER_END_S)


def _waited(future: Future[Prepared], stop: Callable[[], bool] | None) -> Prepared:
    if stop is None:
        return future.result()
    while True:
        try:
            return future.result(timeout=STOP_POLL)
        except TimeoutError:
            if stop():
                raise Stopped from None


def _run(work: Work, path: Path) -> Prepared | BaseException:
    try:
        return work(path)
    except Exception as error:
        return error
