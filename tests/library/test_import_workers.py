"""The import pool's workers end with the process that started them, even
when it is killed with SIGKILL (no clean-up runs then). A real ``quotemark
import`` of many files is started, its workers are found in /proc, the
command is killed, and no worker may be left a few seconds later."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.library.test_store_pages import PARAGRAPHS, page

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")


def _stat(pid: int) -> tuple[str, int] | None:
    """(state, parent pid) of a live process; ``None`` when it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # The command name (in parentheses) may hold spaces; fields follow it.
    fields = text[text.rindex(")") + 2 :].split()
    return fields[0], int(fields[1])


def descendants(root: int) -> set[int]:
    """Every live process below ``root``."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            found = _stat(int(entry.name))
            if found is not None:
                children.setdefault(found[1], []).append(int(entry.name))
    seen: set[int] = set()
    todo = [root]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in seen:
                seen.add(child)
                todo.append(child)
    return seen


def alive(pid: int) -> bool:
    """Whether ``pid`` still runs (a zombie waiting to be reaped does not)."""
    found = _stat(pid)
    return found is not None and found[0] != "Z"


def _posts(folder: Path, count: int) -> None:
    folder.mkdir()
    for number in range(count):
        paragraphs = [f"Post {number}. {text}" for text in PARAGRAPHS] * 40
        (folder / f"post-{number}.html").write_text(
            page(f"Crossing number {number}", paragraphs=paragraphs), encoding="utf-8"
        )


def kill_import_and_count_survivors(tmp_path: Path, run: int = 0) -> list[int]:
    """Start ``quotemark import`` of many files with two workers, kill it
    with SIGKILL once its workers run, and return the workers still alive
    three seconds later."""
    folder = tmp_path / f"posts-{run}"
    _posts(folder, 300)
    env = {**os.environ, "QUOTEMARK_HOME": str(tmp_path / f"home-{run}")}
    command = subprocess.Popen(
        [sys.executable, "-m", "quotemark.app", "import", str(folder)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        workers: set[int] = set()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and command.poll() is None:
            workers = descendants(command.pid)
            if len(workers) >= 2:
                break
            time.sleep(0.05)
        assert len(workers) >= 2, "the import never started its workers"
        time.sleep(0.3)  # let the workers take files
        workers = descendants(command.pid)
        os.kill(command.pid, signal.SIGKILL)
        command.wait(timeout=10)
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline and any(alive(pid) for pid in workers):
            time.sleep(0.1)
        return sorted(pid for pid in workers if alive(pid))
    finally:
        if command.poll() is None:
            command.kill()
            command.wait()


def test_a_killed_import_leaves_no_worker_running(tmp_path: Path) -> None:
    survivors = kill_import_and_count_survivors(tmp_path)
    for pid in survivors:  # do not leave them running if the test fails
        os.kill(pid, signal.SIGKILL)
    assert survivors == []
