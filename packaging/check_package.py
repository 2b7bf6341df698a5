"""Check the PyInstaller build on a shared library: ``make package`` runs this
after building (``python packaging/check_package.py dist/quotemark/quotemark``).

The frozen app must carry psycopg with its own libpq (``psycopg[binary]``),
which it loads only when a ``postgresql://`` library is opened, so a build
that lost it still starts and would be shipped broken. This starts a
throwaway PostgreSQL server (``tests/pg_server.py``: the distribution's
``initdb``/``pg_ctl``, a Unix socket in a temporary folder), then has the
frozen ``quotemark`` import, list (``posts --json`` too: through the bundled
libpq without psycopg) and search on it, open its window there (offscreen,
named by ``$QUOTEMARK_LIBRARY``) and name a server that does not answer
without the password; and that PySide6's support modules came along
compiled. Without PostgreSQL binaries it says so and
passes: building needs no server.

First, with or without a server, the frozen app must extract the sample
post (``extract --json``); with ``--compiled`` (``make package`` from the
compiled tree, packaging/compiled.py) that run must also have imported the
nine hot modules from their compiled extensions, which it names.
"""

from __future__ import annotations

import os
import runpy
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests import pg_server  # noqa: E402  (the repository's own test server)

SAMPLE = ROOT / "resources" / "samples" / "night-ferry.html"
TITLE = "The Night Ferry Is Back"


def run(exe: Path, args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """The frozen ``quotemark`` with ``args``."""
    return subprocess.run(
        [str(exe), *args], env=env, capture_output=True, text=True, timeout=300, check=False
    )


def check(exe: Path, url: str, home: Path) -> list[str]:
    """What failed (nothing when the frozen app works on the library at ``url``)."""
    env = {
        **os.environ,
        "QUOTEMARK_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        # psycopg's own libpq, never the machine's: a user's machine may
        # have no PostgreSQL client at all (psycopg would fall back to it).
        "PSYCOPG_IMPL": "binary",
    }
    failed = []
    steps = (
        (["--library", url, "import", str(SAMPLE)], TITLE),
        (["--library", url, "posts"], TITLE),
        # Read through the bundled libpq without psycopg (store/libpq.py).
        (["--library", url, "posts", "--json"], TITLE),
        (["--library", url, "search", "night ferry"], "[ferry]"),
    )
    for args, expected in steps:
        done = run(exe, args, env)
        if done.returncode != 0 or expected not in done.stdout:
            failed.append(f"quotemark {args[2]}: exit {done.returncode}\n{done.stderr}")
    window = run(exe, [], {**env, "QUOTEMARK_LIBRARY": url, "QUOTEMARK_STARTUP_PROBE": "1"})
    if window.returncode != 0 or window.stdout.split()[-2:] != ["posts", "1"]:
        failed.append(f"the window: exit {window.returncode}: {window.stdout}\n{window.stderr}")
    # PySide6's support modules ship compiled (the spec), so the start does
    # not compile them from libshiboken6's embedded copy.
    support = exe.parent / "_internal" / "shiboken6" / "files.dir" / "shibokensupport"
    if not list(support.glob("__pycache__/*.pyc")):
        failed.append(f"no compiled PySide6 support modules in {support}")
    gone = f"postgresql://reader:s3cret@/desk?host={home}"
    refused = run(exe, ["--library", gone, "posts"], env)
    if (
        refused.returncode != 1
        or "postgresql://reader@/desk" not in refused.stderr
        or "s3cret" in refused.stderr
    ):
        failed.append(f"a missing server: exit {refused.returncode}: {refused.stderr}")
    return failed


def _build_script() -> dict[str, object]:
    return runpy.run_path(str(ROOT / "packaging" / "compiled.py"))


def check_compiled(exe: Path, expect_compiled: bool) -> list[str]:
    """What failed: the frozen ``extract --json`` of the sample post, and (when
    ``expect_compiled``) the hot modules that run did not import compiled."""
    with tempfile.TemporaryDirectory(prefix="quotemark-package-") as home:
        env = {
            **os.environ,
            "QUOTEMARK_HOME": home,
            "QT_QPA_PLATFORM": "offscreen",
            "QUOTEMARK_REPORT_COMPILED": "1",
        }
        done = run(exe, ["extract", "--json", str(SAMPLE)], env)
    if done.returncode != 0 or TITLE not in done.stdout:
        return [f"quotemark extract --json: exit {done.returncode}\n{done.stderr}"]
    reported = [line for line in done.stderr.splitlines() if line.startswith("compiled modules:")]
    names = reported[-1].split(":", 1)[1].split() if reported else []
    print(f"check_package: the sample post extracted; {len(names)} compiled modules ran")
    for name in names:
        print(f"check_package:   {name}")
    if not expect_compiled:
        return []
    script = _build_script()
    module_name = script["module_name"]
    modules = script["MODULES"]
    assert callable(module_name)
    assert isinstance(modules, tuple)
    wanted = {module_name(name) for name in modules}
    missing = sorted(wanted - set(names))
    if missing:
        return [f"the package ran these from Python, not compiled: {', '.join(missing)}"]
    return []


def main() -> int:
    """Check the build named on the command line; the exit status says."""
    args = [arg for arg in sys.argv[1:] if arg != "--compiled"]
    expect_compiled = "--compiled" in sys.argv[1:]
    exe = Path(args[0] if args else ROOT / "dist" / "quotemark" / "quotemark")
    if not exe.is_file():
        print(f"{exe}: no such build (make package builds it)", file=sys.stderr)
        return 1
    failed = check_compiled(exe, expect_compiled)
    if failed:
        for problem in failed:
            print(f"check_package: {problem}", file=sys.stderr)
        return 1
    binaries = pg_server.find_binaries()
    if binaries is None:
        print("check_package: no PostgreSQL binaries (initdb, pg_ctl): shared library not checked")
        return 0
    server = pg_server.start(binaries)
    try:
        import psycopg

        with psycopg.connect(server.conninfo(), autocommit=True) as admin:
            admin.execute("CREATE DATABASE package_check")
        with tempfile.TemporaryDirectory(prefix="quotemark-package-") as home:
            failed = check(exe, server.url("package_check"), Path(home))
    finally:
        pg_server.stop(server)
    for problem in failed:
        print(f"check_package: {problem}", file=sys.stderr)
    if not failed:
        print(f"check_package: {exe} opens, imports into and searches a shared library")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
