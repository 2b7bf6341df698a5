"""Would compiling the hot modules with mypyc pay? A probe that builds a
compiled copy of the committed tree in a temporary folder and runs the
extraction benchmark against it and against the pure tree, alternately.

    python -m benchmarks.compiled_probe --shared ../shared [--rounds 3] [--keep DIR]

Nothing in the working tree changes: ``git archive HEAD`` is unpacked into
the temporary folder, ``library/`` is moved under ``build/ns/quotemark/``
(mypyc names a module from its path, and the tree's ``library`` folder
must be seen as ``quotemark.library``), and ``mypyc`` (shipped with mypy,
the lint dependency) compiles :data:`MODULES` in place there: each becomes
an extension module beside its ``.py``, which Python imports first. Stop
49's probe (evaluation/history/stop-49.md) has the figures.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def load_build_script() -> ModuleType:
    """packaging/compiled.py, the compiled build's script (loaded by path:
    ``packaging`` is also the name of a PyPI package)."""
    name = "quotemark_compiled_build"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / "compiled.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


# One list for the probe and the build: packaging/compiled.py's.
MODULES: tuple[str, ...] = load_build_script().MODULES
_RATIO = re.compile(r"whole extract command / trafilatura \(CPU\): ([0-9.]+)x")


def _lay_out(folder: Path) -> Path:
    """The committed tree in ``folder/tree``, ``library`` as a real folder
    under ``build/ns/quotemark``; the ``build/ns`` folder is returned."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "HEAD", "--prefix=tree/"],
        check=True,
        capture_output=True,
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    tree = folder / "tree"
    ns = tree / "build" / "ns"
    package = ns / "quotemark"
    package.mkdir(parents=True)
    shutil.move(str(tree / "library"), str(package / "library"))
    (tree / "library").symlink_to(Path("build/ns/quotemark/library"))
    for name in ("app", "resources"):
        (package / name).symlink_to(Path("../../..") / name)
    return ns


def _compile(ns: Path) -> float:
    mypyc = Path(sys.executable).with_name("mypyc")
    started = time.perf_counter()
    subprocess.run(
        [
            str(mypyc),
            "--explicit-package-bases",
            "--no-warn-unused-configs",
            *(f"quotemark/library/{name}" for name in MODULES),
        ],
        cwd=ns,
        env={**os.environ, "MYPYPATH": "."},
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def _ratio(pythonpath: str, shared: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--shared", str(shared), "extraction"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": pythonpath},
        capture_output=True,
        text=True,
    )
    found = _RATIO.search(done.stdout)
    return found.group(1) + "x" if found else "no ratio (" + done.stderr.strip()[-200:] + ")"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.compiled_probe", description=__doc__
    )
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--keep", type=Path, help="build here and leave it (default: a temporary folder)"
    )
    args = parser.parse_args(argv)
    shared = args.shared.resolve()
    with tempfile.TemporaryDirectory(prefix="quotemark-mypyc-") as scratch:
        folder = args.keep.resolve() if args.keep else Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        ns = _lay_out(folder)
        print(f"mypyc build of {len(MODULES)} modules: {_compile(ns):.0f} s (wall)")
        compiled = f"{ns}:{ns.parent.parent}"
        pure = f"{ROOT / 'build' / 'ns'}:{ROOT}"
        for round_ in range(1, args.rounds + 1):
            load = os.getloadavg()[0]
            print(
                f"round {round_} (load {load:.1f}): pure {_ratio(pure, shared)},"
                f" compiled {_ratio(compiled, shared)}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
