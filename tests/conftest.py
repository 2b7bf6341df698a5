"""Shared test set-up.

Every test gets its own ``$QUOTEMARK_HOME`` in a temporary folder, so no test
touches a real library. Qt runs offscreen. Tests that read ``../shared`` are
marked ``corpus`` and use the ``shared`` fixture, which skips (with the
reason) only when that folder is absent.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from tests import pg_server as pg_server_module

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# No property test is timed: speed goals live in benchmarks, and Hypothesis's
# default 200 ms deadline per example fails at random on a loaded machine
# (a tag-soup extraction test did so once at load 9, stop 20).
settings.register_profile("quotemark", deadline=None)
settings.load_profile("quotemark")

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("QUOTEMARK_SHARED", ROOT.parent / "shared"))


def static_tree() -> Path:
    """``build/ns``: ``quotemark/{app,library,resources}`` as links to the
    folders, so tools that read files instead of importing (lint-imports,
    mypy) find the ``quotemark.*`` names; ``make lint`` builds the same."""
    tree = ROOT / "build" / "ns"
    (tree / "quotemark").mkdir(parents=True, exist_ok=True)
    for name in ("app", "library", "resources"):
        link = tree / "quotemark" / name
        if not link.is_symlink():
            link.symlink_to(Path("..", "..", "..", name))
    return tree


@pytest.fixture(autouse=True)
def quotemark_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private library folder for every test."""
    home = tmp_path / "quotemark-home"
    home.mkdir()
    monkeypatch.setenv("QUOTEMARK_HOME", str(home))
    return home


@pytest.fixture
def shared() -> Path:
    """``../shared`` (the seed and the evaluation corpus)."""
    if not (SHARED / "seed").is_dir():
        pytest.skip(f"{SHARED} is absent: the seed and corpus live there (CI always has it)")
    return SHARED


@pytest.fixture
def seed_post(shared: Path) -> Path:
    """The seed post the user gave us."""
    return shared / "seed" / "boukamal-post.txt"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[pg_server_module.Server]:
    """A PostgreSQL server of this test session (see ``tests/pg_server.py``),
    stopped at the end even when tests failed. Skips only when no PostgreSQL
    binaries are installed."""
    binaries = pg_server_module.find_binaries()
    if binaries is None:
        pytest.skip(
            "no PostgreSQL binaries (initdb, pg_ctl) on PATH or in /usr/lib/postgresql/*/bin:"
            " install the distribution's postgresql package (CI always has it)"
        )
    server = pg_server_module.start(binaries)
    try:
        yield server
    finally:
        pg_server_module.stop(server)


_databases = itertools.count(1)


@pytest.fixture
def pg_url(pg_server: pg_server_module.Server) -> Iterator[str]:
    """A ``postgresql://`` URL of a new, empty database for this test,
    dropped afterwards."""
    import psycopg

    name = f"qm_test_{os.getpid()}_{next(_databases)}"
    with psycopg.connect(pg_server.conninfo(), autocommit=True) as admin:
        # FILE_COPY: measured 0.05 s a database here, against 0.11 s by WAL_LOG.
        admin.execute(f"CREATE DATABASE {name} TEMPLATE template0 STRATEGY FILE_COPY")
    try:
        yield pg_server.url(name)
    finally:
        with psycopg.connect(pg_server.conninfo(), autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Empty the clipboard while Python still runs, when a window test put
    a QMimeData made in Python on it ("Copy clip as citation").

    The offscreen platform keeps the clipboard's data in a C++ global that
    is destroyed only at the process's exit, after Python has finalised:
    deleting a Python-made QMimeData then calls into the finalised
    interpreter, and the run ended in a segmentation fault after every test
    had passed (found in stop 44's CI: exit 139). On a desktop the
    clipboard belongs to the application object and goes with it, before
    Python finalises.
    """
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return  # no window test ran: Qt never loaded
    from PySide6.QtGui import QClipboard
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if isinstance(app, QApplication):
        clipboard = app.clipboard()
        clipboard.clear(QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection():
            clipboard.clear(QClipboard.Mode.Selection)
