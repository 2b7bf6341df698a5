"""A real PostgreSQL server for the test session, started and stopped here.

The server runs from the distribution's binaries (``initdb``, ``pg_ctl``) in
a temporary folder, listening only on a Unix socket in that folder (no TCP
port, so parallel sessions never collide). PostgreSQL refuses to run as
root, and CI runs as root: then the folder is given to the ``postgres``
system user (which Debian's ``postgresql`` package creates) and every
server command runs through ``runuser``. Stopping is ``pg_ctl stop -m
immediate``: a test session that failed leaves no postmaster behind.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SERVER_USER = "postgres"
"""The unprivileged system user the server runs as when we are root."""

PASSWORD_ROLE = "qm_password"
"""A role that must give its password (every other role is trusted)."""


def find_binaries() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl``: from ``PATH`` first,
    then the newest ``/usr/lib/postgresql/N/bin``; ``None`` when neither has
    them (the only reason PostgreSQL tests may skip)."""
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(os.path.realpath(initdb)).parent
    versions = []
    for folder in Path("/usr/lib/postgresql").glob("*/bin"):
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            try:
                versions.append((int(folder.parent.name.split(".")[0]), folder))
            except ValueError:
                continue
    return max(versions)[1] if versions else None


@dataclass(frozen=True, slots=True)
class Server:
    """A running test server."""

    folder: Path
    bin: Path
    socket_dir: Path
    user: str
    """The role tests connect as (the cluster's superuser)."""

    def url(self, dbname: str) -> str:
        """A ``postgresql://`` URL for ``dbname`` over the server's socket."""
        return f"postgresql:///{dbname}?host={self.socket_dir}&user={self.user}"

    def conninfo(self, dbname: str = "postgres") -> str:
        """A libpq connection string for ``dbname`` (for psycopg.connect)."""
        return f"dbname={dbname} host={self.socket_dir} user={self.user}"

    @contextmanager
    def password_role(self, password: str, owns: str | None = None) -> Iterator[str]:
        """:data:`PASSWORD_ROLE`, which logs in with ``password`` only, for
        the ``with`` block (yields its name); with ``owns``, the role owns
        that database, which is dropped with the role at the end."""
        import psycopg

        with psycopg.connect(self.conninfo(), autocommit=True) as admin:
            admin.execute(f"CREATE ROLE {PASSWORD_ROLE} LOGIN PASSWORD '{password}'")
            if owns is not None:
                admin.execute(f"ALTER DATABASE {owns} OWNER TO {PASSWORD_ROLE}")
        try:
            yield PASSWORD_ROLE
        finally:
            with psycopg.connect(self.conninfo(), autocommit=True) as admin:
                if owns is not None:
                    admin.execute(f"DROP DATABASE IF EXISTS {owns} WITH (FORCE)")
                admin.execute(f"DROP ROLE {PASSWORD_ROLE}")


def _as_server_user() -> tuple[list[str], pwd.struct_passwd | None]:
    if os.geteuid() != 0:
        return [], None
    try:
        account = pwd.getpwnam(SERVER_USER)
    except KeyError as error:
        raise RuntimeError(
            f"Running as root, PostgreSQL needs the unprivileged user {SERVER_USER!r} "
            "(Debian's postgresql package creates it)."
        ) from error
    return ["runuser", "-u", SERVER_USER, "--"], account


def _run(prefix: Sequence[str], command: Sequence[str], log: Path | None = None) -> None:
    done = subprocess.run(
        [*prefix, *command], capture_output=True, text=True, check=False, timeout=120
    )
    if done.returncode != 0:
        tail = log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
        raise RuntimeError(
            f"{' '.join(command)} failed ({done.returncode}):\n{done.stdout}{done.stderr}{tail}"
        )


_PREFIX = "quotemark-pg-"
_OWNER = "owner.pid"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def stop_orphans() -> None:
    """Stop servers left by test sessions that were killed before their
    finalizer ran (their owner process is gone)."""
    for folder in Path(tempfile.gettempdir()).glob(f"{_PREFIX}*"):
        try:
            owner = int((folder / _OWNER).read_text())
        except (OSError, ValueError):
            continue
        if not _alive(owner):
            stop(Server(folder, find_binaries() or Path("/usr/bin"), folder / "run", ""))


def start(binaries: Path) -> Server:
    """Make a cluster in a new temporary folder and start it; the caller
    must :func:`stop` it (also on failure)."""
    stop_orphans()
    prefix, account = _as_server_user()
    folder = Path(tempfile.mkdtemp(prefix=_PREFIX))
    (folder / _OWNER).write_text(str(os.getpid()))
    data, sockets, log = folder / "data", folder / "run", folder / "server.log"
    sockets.mkdir()
    if account is not None:
        for path in (folder, sockets):
            os.chown(path, account.pw_uid, account.pw_gid)
    user = account.pw_name if account is not None else pwd.getpwuid(os.geteuid()).pw_name
    _run(
        prefix,
        [
            str(binaries / "initdb"),
            "--pgdata",
            str(data),
            "--username",
            user,
            "--auth",
            "trust",
            "--encoding",
            "UTF8",
            "--locale",
            "C.UTF-8",
            "--no-sync",
        ],
    )
    # One role logs in with a password, so tests can give a wrong one.
    hba = data / "pg_hba.conf"
    hba.write_text(f"local all {PASSWORD_ROLE} scram-sha-256\n" + hba.read_text())
    # Durability is not under test: skipping fsync keeps CREATE DATABASE and
    # commits fast on a loaded machine.
    options = (
        f"-k {sockets} -c listen_addresses='' -c fsync=off -c synchronous_commit=off"
        " -c full_page_writes=off -c max_connections=60"
    )
    server = Server(folder, binaries, sockets, user)
    try:
        ctl = str(binaries / "pg_ctl")
        _run(prefix, [ctl, "-D", str(data), "-l", str(log), "-o", options, "-w", "start"], log)
    except BaseException:
        stop(server)
        raise
    return server


def stop(server: Server) -> None:
    """Stop the server at once (no checkpoint) and remove its folder."""
    prefix, _ = _as_server_user()
    data = server.folder / "data"
    if (data / "postmaster.pid").exists():
        command = [str(server.bin / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]
        subprocess.run(
            [*prefix, *command],
            capture_output=True,
            check=False,
            timeout=60,
        )
    shutil.rmtree(server.folder, ignore_errors=True)
