"""The test session's own PostgreSQL server (tests/pg_server.py)."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import psycopg

from tests import pg_server as pg_server_module


def test_each_test_gets_a_fresh_database_on_a_private_socket(
    pg_server: pg_server_module.Server, pg_url: str
) -> None:
    with psycopg.connect(pg_url) as conn:
        conn.execute("CREATE TABLE t (x int)")
        conn.execute("INSERT INTO t VALUES (1)")
        assert conn.execute("SELECT count(*) FROM t").fetchone() == (1,)
        # Only a Unix socket in the session's folder: no TCP port to collide on.
        assert conn.execute("SHOW listen_addresses").fetchone() == ("",)
        assert conn.info.host == str(pg_server.socket_dir)
        # Never the superuser root: PostgreSQL refuses it, and CI runs as root.
        if os.geteuid() == 0:
            assert conn.execute("SELECT current_user").fetchone() == ("postgres",)


def test_a_second_database_starts_empty(pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        tables = conn.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()
    assert tables == (0,)


def test_stopping_leaves_no_postmaster() -> None:
    binaries = pg_server_module.find_binaries()
    assert binaries is not None, "PostgreSQL binaries are part of the test set-up"
    server = pg_server_module.start(binaries)
    pid = int((server.folder / "data" / "postmaster.pid").read_text().split()[0])
    pg_server_module.stop(server)
    assert not server.folder.exists()
    assert not _running(pid), f"postmaster {pid} still runs"


def _running(pid: int) -> bool:
    # The postmaster was re-parented when pg_ctl left; it may stay a zombie
    # for a moment until init reaps it, and a zombie runs nothing.
    for _ in range(100):
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (FileNotFoundError, ProcessLookupError):
            return False
        if state in {"Z", "X"}:
            return False
        time.sleep(0.1)
    return True


def test_a_server_whose_session_was_killed_is_stopped_by_the_next() -> None:
    binaries = pg_server_module.find_binaries()
    assert binaries is not None
    server = pg_server_module.start(binaries)
    pid = int((server.folder / "data" / "postmaster.pid").read_text().split()[0])
    dead = _exited_pid()
    (server.folder / "owner.pid").write_text(str(dead))  # as if pytest was killed
    pg_server_module.stop_orphans()
    assert not server.folder.exists()
    assert not _running(pid)


def _exited_pid() -> int:
    child = subprocess.Popen(["true"])
    child.wait()
    return child.pid
