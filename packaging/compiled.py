"""The compiled build: the hot modules of ``library/`` compiled with mypyc,
in ``build/compiled``, never in the source folders.

    python packaging/compiled.py [--root DIR] [--out DIR] [--jobs N] [--mode multi]

Lays out ``build/compiled/quotemark/library`` as a real copy of the working
tree's ``library/`` (mypyc names a module from its path, and the checkout's
``library`` folder must be seen as ``quotemark.library``; ``build/ns`` links
to it, which mypy reads as two modules), with ``app`` and ``resources`` as
links, and compiles :data:`MODULES` there with mypyc: each becomes an
extension module beside its ``.py`` (Python imports the extension first) and
the code of all of them one shared library ``quotemark_hot__mypyc`` at the
top of ``build/compiled``. Run the program from it with
``PYTHONPATH=build/compiled:.``.

A stamp (``compiled.stamp``: a hash of every file of ``library/``, the module
list, the mode, :data:`RECIPE`, mypy's and Python's versions) skips the build
when nothing changed. Every file of ``library/`` counts, not only the nine:
compiled code checks the types of what it gets from the pure modules at run
time and may inline their ``Final`` constants, so a change there can make a
compiled module wrong without changing it.

Modes (stop 50 measured them, evaluation/history/stop-50.md): ``single``
writes one C file (stop 49's probe: 13 MB, one gcc process); ``multi`` one C
file a module, compiled ``--jobs`` at a time into the same shared library;
``separate`` one shared library a module. Exit status 2, with a message
naming what is missing, when there is no C compiler, no ``Python.h`` or no
mypyc.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The walks and the analysis that cost most a page (stop 49's profile and
# probe). benchmarks/compiled_probe.py reads this list too.
MODULES = (
    "extract/landmarks.py",
    "extract/content.py",
    "extract/blocks.py",
    "extract/block_text.py",
    "extract/hints.py",
    "analyze/speakers.py",
    "analyze/attribution.py",
    "analyze/marks.py",
    "analyze/names.py",
)
GROUP = "quotemark_hot"
STAMP = "compiled.stamp"
MODES = ("single", "multi", "separate")
DEFAULT_MODE = "multi"
# Part of the stamp: change it with any change to how this script builds
# (options, flags), so every tree built the old way is rebuilt. Not the
# script's bytes: a comment or a message would cost every checkout a build.
RECIPE = "mypyc opt 3, explicit package bases, the checkout's mypy config; stop 50"
_SKIP = ("__pycache__",)
_NATIVE = (".so", ".pyd")


class Missing(Exception):
    """What the build needs and this machine lacks (a compiler, Python.h, mypyc)."""


def module_name(relative: str) -> str:
    """``extract/content.py`` -> ``quotemark.library.extract.content``."""
    return "quotemark.library." + relative.removesuffix(".py").replace("/", ".")


def _source_files(library: Path) -> list[Path]:
    return sorted(
        path
        for path in library.rglob("*")
        if path.is_file() and not any(part in _SKIP for part in path.relative_to(library).parts)
    )


def tree_hash(library: Path, modules: tuple[str, ...], mode: str) -> str:
    """The stamp's key: every file of ``library``, the build's recipe and tools."""
    digest = hashlib.sha256()
    for path in _source_files(library):
        digest.update(path.relative_to(library).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    recipe = [RECIPE, list(modules), mode, _mypy_version(), sys.version, sysconfig.get_platform()]
    digest.update(json.dumps(recipe).encode())
    return digest.hexdigest()


def _mypy_version() -> str:
    try:
        from mypy.version import __version__
    except ImportError:
        return "none"
    return __version__


def sync_library(library: Path, target: Path) -> int:
    """Make ``target`` a real copy of ``library`` (files changed or new are
    copied, files gone are removed; built extensions are left); returns how
    many files changed."""
    changed = 0
    wanted: set[Path] = set()
    for path in _source_files(library):
        relative = path.relative_to(library)
        wanted.add(relative)
        copy = target / relative
        if copy.is_symlink() or (copy.exists() and copy.read_bytes() != path.read_bytes()):
            copy.unlink()
        if not copy.exists():
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, copy)
            changed += 1
    for copy in _source_files(target):
        relative = copy.relative_to(target)
        if relative not in wanted and copy.suffix not in _NATIVE:
            copy.unlink()
            changed += 1
    return changed


def lay_out(root: Path, out: Path) -> Path:
    """``out/quotemark/{library,app,resources}``; returns the library copy."""
    package = out / "quotemark"
    package.mkdir(parents=True, exist_ok=True)
    library = package / "library"
    if library.is_symlink():
        library.unlink()
    sync_library(root / "library", library)
    for name in ("app", "resources"):
        link = package / name
        if (root / name).exists() and not link.is_symlink():
            link.symlink_to(os.path.relpath(root / name, package))
    return library


def native_files(out: Path) -> list[Path]:
    """Every extension module the build wrote into ``out`` (the shared
    library at the top, the modules' own beside their ``.py``)."""
    library = out / "quotemark" / "library"
    found = [path for path in out.iterdir() if path.suffix in _NATIVE]
    if library.is_dir():
        found += [path for path in library.rglob("*") if path.suffix in _NATIVE]
    return sorted(found)


def check_toolchain() -> None:
    """Raise :class:`Missing` naming what a mypyc build cannot do without."""
    compiler = shlex.split(os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc")
    if not compiler or shutil.which(compiler[0]) is None:
        name = compiler[0] if compiler else "(none)"
        raise Missing(
            f"no C compiler: {name!r} (from CC or Python's build configuration) is not"
            " installed; install one (Debian/Ubuntu: apt install gcc) or set CC"
        )
    include = Path(sysconfig.get_paths()["include"])
    if not (include / "Python.h").is_file():
        raise Missing(
            f"no Python.h in {include} (the headers of {sys.executable}, Python"
            f" {sys.version.split()[0]}); install them (Debian/Ubuntu: apt install"
            " python3-dev for the system Python)"
        )
    try:
        import mypyc  # noqa: F401
    except ImportError:
        raise Missing(
            "mypyc is not installed in this Python; it comes with mypy: pip install -e '.[lint]'"
        ) from None
    with tempfile.TemporaryDirectory(prefix="quotemark-cc-") as scratch:
        probe = Path(scratch) / "probe.c"
        probe.write_text("#include <Python.h>\nint probe(void) { return 0; }\n")
        done = subprocess.run(
            [*compiler, "-c", f"-I{include}", str(probe), "-o", str(Path(scratch) / "probe.o")],
            capture_output=True,
            text=True,
        )
    if done.returncode != 0:
        raise Missing(
            f"the C compiler {compiler[0]!r} cannot compile against {include}/Python.h:"
            f" {done.stderr.strip()[-300:]}"
        )


def _setup(out: Path, build: Path, modules: list[str], mode: str, jobs: int, config: str) -> None:
    """Runs in a child process (``--setup``): mypyc and setuptools, in ``out``."""
    from concurrent.futures import ThreadPoolExecutor

    from mypyc.build import mypycify
    from setuptools import setup
    from setuptools.command.build_ext import build_ext

    class ParallelBuildExt(build_ext):  # type: ignore[misc]
        """Compiles an extension's C files ``jobs`` at a time (distutils
        compiles one extension's sources one after the other)."""

        def build_extension(self, ext: object) -> None:
            compile_one = self.compiler.compile

            def compile_all(sources: list[str], *args: object, **kwargs: object) -> list[str]:
                if len(sources) < 2 or jobs < 2:
                    return list(compile_one(sources, *args, **kwargs))
                with ThreadPoolExecutor(jobs) as pool:
                    parts = pool.map(lambda one: compile_one([one], *args, **kwargs), sources)
                    return [name for part in parts for name in part]

            self.compiler.compile = compile_all
            try:
                super().build_extension(ext)
            finally:
                self.compiler.compile = compile_one

    options = ["--explicit-package-bases", "--no-warn-unused-configs"]
    if config:
        options += ["--config-file", config]
    extensions = mypycify(
        [*options, *modules],
        multi_file=mode == "multi",
        separate=mode == "separate",
        group_name=None if mode == "separate" else GROUP,
        target_dir=str(build / "c"),
    )
    os.chdir(out)
    setup(
        name="quotemark-compiled",
        ext_modules=extensions,
        cmdclass={"build_ext": ParallelBuildExt},
        script_args=[
            "--quiet",
            "build_ext",
            "--inplace",
            "--build-temp",
            str(build / "temp"),
            *(["--parallel", str(jobs)] if mode == "separate" and jobs > 1 else []),
        ],
    )


def build(
    root: Path,
    out: Path,
    *,
    modules: tuple[str, ...] = MODULES,
    mode: str = DEFAULT_MODE,
    jobs: int = 2,
    force: bool = False,
) -> bool:
    """Brings ``out`` up to date; returns False when the stamp said it was."""
    library = lay_out(root, out)
    stamp = out / STAMP
    key = tree_hash(root / "library", modules, mode)
    if not force and stamp.is_file() and json.loads(stamp.read_text()).get("key") == key:
        stamp.touch()
        return False
    check_toolchain()
    stamp.unlink(missing_ok=True)
    for old in native_files(out):
        old.unlink()
    scratch = out.parent / (out.name + "-work")
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    paths = [str((library / name).relative_to(out)) for name in modules]
    # The checkout's mypy settings (strict for library/), as `make lint` reads them.
    settings = str(root / "pyproject.toml") if (root / "pyproject.toml").is_file() else ""
    started = time.perf_counter()
    cpu = os.times()
    done = subprocess.run(
        [
            sys.executable,
            str(Path(__file__).resolve()),
            "--setup",
            json.dumps([str(out), str(scratch), paths, mode, jobs, settings]),
        ],
        cwd=out,
        env={**os.environ, "MYPYPATH": "."},
    )
    if done.returncode != 0:
        raise SystemExit(f"mypyc build failed (exit {done.returncode}); see above")
    after = os.times()
    wall = time.perf_counter() - started
    used = (after.children_user - cpu.children_user) + (after.children_system - cpu.children_system)
    missing = [name for name in modules if not _compiled(library / name)]
    if missing:
        raise SystemExit(f"mypyc wrote no extension for: {', '.join(missing)}")
    record = {
        "key": key,
        "modules": [module_name(name) for name in modules],
        "mode": mode,
        "jobs": jobs,
        "wall_s": round(wall, 1),
        "cpu_s": round(used, 1),
    }
    stamp.write_text(json.dumps(record, indent=1) + "\n")
    return True


def is_current(
    root: Path, out: Path, modules: tuple[str, ...] = MODULES, mode: str = DEFAULT_MODE
) -> bool:
    """Whether ``out`` holds the build of ``root``'s library as it is now."""
    stamp = out / STAMP
    if not stamp.is_file():
        return False
    key = json.loads(stamp.read_text()).get("key")
    return bool(key == tree_hash(root / "library", modules, mode))


def verify(modules: tuple[str, ...] = MODULES) -> list[str]:
    """Import every module of the build; what is wrong (a module that this
    run imports from its ``.py``: a silent fallback to the pure code)."""
    import importlib

    wrong = []
    for name in modules:
        module = importlib.import_module(module_name(name))
        where = str(getattr(module, "__file__", ""))
        kind = "compiled" if where.endswith((".so", ".pyd")) else "PURE"
        print(f"{kind:>8}  {module.__name__}  {where}")
        if kind == "PURE":
            wrong.append(f"{module.__name__} runs from {where}")
    return wrong


def _compiled(source: Path) -> bool:
    stem = source.name.removesuffix(".py")
    return any(source.parent.glob(f"{stem}.*.so")) or any(source.parent.glob(f"{stem}.*.pyd"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="packaging/compiled.py", description=__doc__)
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout (default: this one)")
    parser.add_argument("--out", type=Path, help="default: ROOT/build/compiled")
    parser.add_argument("--mode", choices=MODES, default=DEFAULT_MODE)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument(
        "--module", action="append", help="a file under library/ (default: the nine)"
    )
    parser.add_argument(
        "--verify",
        action="store_true",
        help="build nothing: import the modules (run with PYTHONPATH=build/compiled:.) and"
        " fail unless every one is compiled",
    )
    parser.add_argument("--force", action="store_true", help="rebuild even when the stamp matches")
    parser.add_argument("--setup", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.setup:
        out, scratch, paths, mode, jobs, config = json.loads(args.setup)
        _setup(Path(out), Path(scratch), paths, mode, jobs, config)
        return 0
    modules = tuple(args.module) if args.module else MODULES
    if args.verify:
        wrong = verify(modules)
        for problem in wrong:
            print(f"packaging/compiled.py: not compiled: {problem}", file=sys.stderr)
        return 1 if wrong else 0
    root = args.root.resolve()
    out = (args.out or root / "build" / "compiled").resolve()
    try:
        built = build(root, out, modules=modules, mode=args.mode, jobs=args.jobs, force=args.force)
    except Missing as missing:
        print(f"packaging/compiled.py: cannot compile: {missing}", file=sys.stderr)
        return 2
    record = json.loads((out / STAMP).read_text())
    if built:
        print(
            f"compiled {len(modules)} modules into {out} ({record['mode']}, {record['jobs']} jobs):"
            f" {record['wall_s']} s wall, {record['cpu_s']} s CPU"
        )
    else:
        print(f"{out}: up to date ({len(modules)} modules compiled)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
