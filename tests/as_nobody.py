"""Run a few lines of Python as user "nobody" when the tests run as root.

Root reads every file and writes into every folder, so a test of what a
user meets at a file or folder they may not read or write would otherwise
have nothing to meet (CI runs as root). The lines run in a fresh Python of
this version, as this user when not root, with this checkout's packages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import static_tree


def python_for_nobody() -> tuple[str, str]:
    """A Python of this version that user "nobody" may run (the test's own
    may live in root's home), with the path to this checkout's packages
    (``build/ns`` holds them under their installed ``quotemark.*`` names:
    a PYTHONPATH entry does not run the editable install's hook)."""
    wanted = f"python{sys.version_info.major}.{sys.version_info.minor}"
    for candidate in (f"/usr/bin/{wanted}", f"/usr/local/bin/{wanted}"):
        if os.access(candidate, os.X_OK):
            site = next(Path(sys.prefix).glob(f"lib/{wanted}/site-packages"), None)
            tree = static_tree()
            return candidate, f"{tree}:{site}" if site else str(tree)
    pytest.skip(f"running as root and no system {wanted} for user nobody")


def run_unprivileged(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` with ``args`` (its ``sys.argv[1:]``): as "nobody" when the
    tests run as root, else as this user. Files it must reach have to be
    readable (their folders searchable) by others."""
    python, user, path = sys.executable, {}, str(static_tree())
    if os.geteuid() == 0:
        python, path = python_for_nobody()
        user = {"user": 65534, "group": 65534, "extra_groups": []}
    return subprocess.run(
        [python, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd="/",
        env={"PYTHONPATH": path, "PATH": os.environ.get("PATH", "")},
        **user,  # type: ignore[arg-type]
    )
