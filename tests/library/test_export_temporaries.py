"""An export killed between writing its temporary file and renaming it
leaves that hidden file behind; the next export into the folder removes
it (only files of ours whose process is gone)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from quotemark.library.export import write_atomic

_STUCK_EXPORT = """
import os, sys, time
from quotemark.library.export import write_atomic
def stuck(*args):
    print("written", flush=True)
    time.sleep(600)
os.replace = stuck
write_atomic(sys.argv[1], "@online{a, title = {A}}\\n")
"""


def test_the_next_export_removes_a_killed_exports_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "refs.bib"
    child = subprocess.Popen(
        [sys.executable, "-c", _STUCK_EXPORT, str(target)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "written"
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        if child.stdout is not None:
            child.stdout.close()
    [left] = [p for p in tmp_path.iterdir() if p.name.startswith(".refs.bib.")]
    assert "quotemark" in left.name
    # Someone else's hidden file, and one of a live process, are not ours to delete.
    foreign = tmp_path / ".refs.bib.backup.tmp"
    foreign.write_text("mine")
    live = tmp_path / f".refs.bib.quotemark-{os.getppid()}-abc.tmp"
    live.write_text("in use")
    write_atomic(target, "@online{b, title = {B}}\n")
    assert target.read_text() == "@online{b, title = {B}}\n"
    assert not left.exists()
    assert foreign.exists()
    assert live.exists()
