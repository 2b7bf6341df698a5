"""One window per library: a second ``quotemark FILE`` on the same library
hands the file to the window already open (which imports and opens it) and
exits; another library gets its own window. Real subprocesses of
``python -m quotemark.app``, a real window listening, real local sockets."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from quotemark.app import gui
from quotemark.app.main_window import MainWindow
from quotemark.app.single_instance import InstanceServer, hand_over, server_name
from quotemark.library import paths
from tests.app.test_main_window_support import FERRY_POST, write_post
from tests.conftest import ROOT

pytestmark = pytest.mark.gui


@pytest.fixture
def listening(qtbot: QtBot, window: MainWindow) -> Iterator[MainWindow]:
    """The test's window, listening as ``quotemark`` makes it listen."""
    server = gui.listen_for_files(window, paths.library_file())
    yield window
    server.close()


def _start(*args: str, home: Path, cwd: Path = ROOT, **env: str) -> subprocess.Popen[str]:
    """``quotemark ARGS`` (as ``python -m quotemark.app``) on the library in ``home``."""
    return subprocess.Popen(
        [sys.executable, "-m", "quotemark.app", *args],
        cwd=cwd,
        env={**os.environ, "QUOTEMARK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish(qtbot: QtBot, process: subprocess.Popen[str]) -> tuple[int, str, str]:
    """Wait (running the test's event loop, so the window can answer) for
    ``process`` to exit by itself; kill it if it never does."""
    try:
        qtbot.waitUntil(lambda: process.poll() is not None, timeout=60_000)
    finally:
        if process.poll() is None:
            process.kill()
    out, err = process.communicate()
    return process.returncode, out, err


def test_a_second_start_on_the_library_hands_its_file_to_the_open_window(
    qtbot: QtBot, listening: MainWindow, quotemark_home: Path, tmp_path: Path
) -> None:
    saved = tmp_path / "saved"
    saved.mkdir()
    write_post(saved, "ferry.txt", FERRY_POST)
    # A relative path: the two processes work in different folders.
    status, _out, err = _finish(qtbot, _start("ferry.txt", home=quotemark_home, cwd=saved))
    # It exited by itself: had it opened a window, it would still be running.
    assert status == 0, err
    qtbot.waitUntil(lambda: listening.current_post() is not None, timeout=30_000)
    shown = listening.current_post()
    assert shown is not None
    assert shown.metadata.title in listening.windowTitle()
    assert listening.library_pane.post_count() == 1


def test_a_start_on_another_library_opens_its_own_window(
    qtbot: QtBot, listening: MainWindow, tmp_path: Path
) -> None:
    other_home = tmp_path / "other-home"
    other_home.mkdir()
    post = write_post(tmp_path, "ferry.txt", FERRY_POST)
    # The start-up probe prints once its own window is up, then quits.
    status, out, err = _finish(
        qtbot, _start(str(post), home=other_home, QUOTEMARK_STARTUP_PROBE="1")
    )
    assert status == 0, err
    assert out.startswith("shown "), out + err
    assert listening.import_job() is None
    assert listening.library_pane.post_count() == 0
    assert server_name(other_home / "library.sqlite3") != server_name(paths.library_file())


def test_a_socket_left_by_a_crashed_quotemark_is_replaced(tmp_path: Path) -> None:
    library_path = tmp_path / "home" / "library.sqlite3"
    name = server_name(library_path)
    crashed = textwrap.dedent(
        f"""
        import os, signal
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtNetwork import QLocalServer
        app = QCoreApplication([])
        server = QLocalServer()
        assert server.listen({name!r})
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    done = subprocess.run([sys.executable, "-c", crashed], check=False, timeout=60)
    assert done.returncode == -9
    assert not hand_over(library_path, [])  # nobody answers on the stale socket
    server = InstanceServer(library_path)
    try:
        assert server.listen()
    finally:
        server.close()


def test_the_socket_name_depends_on_the_library_not_on_how_it_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library_path = tmp_path / "home" / "library.sqlite3"
    monkeypatch.chdir(tmp_path)
    assert server_name(Path("home/../home/library.sqlite3")) == server_name(library_path)
    assert server_name(tmp_path / "elsewhere" / "library.sqlite3") != server_name(library_path)
