"""The window as a screen reader meets it: the real ``quotemark`` on Xvfb,
with an accessibility bus of its own (``dbus-run-session``; at-spi2-core's
bus launcher and registry start on demand), its tree read through AT-SPI by
Debian's python3-pyatspi in a subprocess of the system Python
(``atspi_tree.py``). The library list, the search box, the reader, the
side panel with its tabs, the date range and the clip fields are there with
their names and roles, and no control a screen reader can reach is
nameless.

Skipped, with the reason, where Xvfb, dbus-run-session, at-spi2-core or
python3-pyatspi is missing (.ci/run installs them).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.app.test_main_window_support import FERRY_POST
from tests.e2e.conftest import BIN, app_env

pytestmark = [pytest.mark.gui, pytest.mark.slow]

SYSTEM_PYTHON = Path("/usr/bin/python3")
BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
HELPER = Path(__file__).with_name("atspi_tree.py")

# Roles a screen-reader user moves to and acts on: each needs a name.
CONTROLS = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "text",
    "password text",
    "spin button",
    "combo box",
    "table",
    "tree",
    "tree table",
    "list",
    "page tab",
    "slider",
}


def _missing() -> str | None:
    if shutil.which("dbus-run-session") is None:
        return "dbus-run-session not installed (apt install dbus-daemon)"
    if not BUS_LAUNCHER.exists():
        return "at-spi2-core not installed (apt install at-spi2-core)"
    check = subprocess.run(
        [str(SYSTEM_PYTHON), "-c", "import pyatspi"], capture_output=True, check=False
    )
    if check.returncode != 0:
        return "python3-pyatspi not installed for /usr/bin/python3 (apt install python3-pyatspi)"
    return None


@pytest.fixture
def tree(display: str, quotemark_home: Path, tmp_path: Path) -> list[dict[str, Any]]:
    """The open window's AT-SPI tree, a node per item (role, name, depth)."""
    missing = _missing() if SYSTEM_PYTHON.exists() else "no system Python at /usr/bin/python3"
    if missing:
        pytest.skip(missing)
    saved = tmp_path / "ferry.txt"
    saved.write_text(FERRY_POST, encoding="utf-8")
    # The Clips tab open (remembered by name), as a user who clips would have it.
    config = quotemark_home / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "quotemark.ini").write_text("[window]\nside_tab=clips\n", encoding="utf-8")
    env = app_env(display, quotemark_home)
    env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
    for inherited in ("DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS"):
        env.pop(inherited, None)  # the run's own buses, never the desktop's
    done = subprocess.run(
        [
            "dbus-run-session",
            "--",
            str(SYSTEM_PYTHON),
            str(HELPER),
            " — Quotemark",
            "--",
            str(BIN / "quotemark"),
            str(saved),
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=240,
        cwd=os.fspath(tmp_path),
    )
    assert done.returncode == 0, done.stderr[-3000:]
    nodes = [
        json.loads(line.partition("\t")[2])
        for line in done.stdout.splitlines()
        if line.startswith("node\t")
    ]
    assert nodes, done.stderr[-3000:]
    return nodes


def roles_named(tree: list[dict[str, Any]], name: str) -> set[str]:
    return {node["role"] for node in tree if node["name"] == name}


def test_the_window_reads_right_through_at_spi(tree: list[dict[str, Any]]) -> None:
    assert tree[0]["role"] == "application"
    assert tree[0]["name"] == "Quotemark"
    frames = [n["name"] for n in tree if n["role"] == "frame"]
    assert "The Harbour Ferry Sails at Night Again — Quotemark" in frames
    expected = {
        "Posts": "table",  # the library list
        "Collections": "tree",
        "Search all posts": "text",
        "Published from": "spin button",
        "Published until": "spin button",
        "Clip note": "text",
        "Clip tags": "text",
        "Clip citation key": "text",
        "Find in this post": "text",
    }
    for name, role in expected.items():
        assert role in roles_named(tree, name), f"{name!r}: {roles_named(tree, name)}"
    # The reader: a read-only text a screen reader moves through by line, not
    # a label (Qt's role for a QTextBrowser; see app/reader/text_role.py).
    assert roles_named(tree, "Post text") == {"text"}
    assert "filler" in roles_named(tree, "Side panel") or "panel" in roles_named(tree, "Side panel")
    tabs = [n["name"] for n in tree if n["role"] == "page tab"]
    assert tabs[:5] == ["Quotes", "Sources", "Clips", "Info", "Review"]
    assert any(n["role"] == "page tab list" and n["name"] == "Clips" for n in tree)
    # One start serves both checks: no control a screen reader reaches is nameless.
    nameless = [n for n in tree if n["role"] in CONTROLS and not n["name"].strip()]
    assert not nameless, nameless
