"""The compiled build (packaging/compiled.py, stop 50): the layout of
``build/compiled`` from a checkout, the stamp that skips an unchanged
rebuild, the message for a missing compiler, and, in ``make
test-compiled``'s run, that the hot modules really are compiled.

The builds here are of a tiny checkout (one module of a few lines) in a
temporary folder, with the real mypyc and C compiler; without them those
tests are skipped and say why.
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest

from benchmarks import compiled_probe
from benchmarks.compiled_probe import load_build_script

ROOT = Path(__file__).resolve().parents[2]
TINY_MODULE = ("extract/tiny.py",)


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_build_script()


def _tiny_checkout(root: Path, factor: int = 2) -> Path:
    """A checkout with ``library/extract/tiny.py`` (compiled), a pure module
    beside it, and the ``app`` and ``resources`` folders."""
    (root / "library" / "extract").mkdir(parents=True)
    (root / "library" / "__init__.py").write_text("")
    (root / "library" / "extract" / "__init__.py").write_text("")
    _write_tiny(root, factor)
    (root / "library" / "extract" / "plain.py").write_text("NAME = 'plain'\n")
    (root / "library" / "extract" / "words.txt").write_text("a word list\n")
    (root / "app").mkdir()
    (root / "resources").mkdir()
    return root


def _write_tiny(root: Path, factor: int) -> None:
    (root / "library" / "extract" / "tiny.py").write_text(
        textwrap.dedent(
            f"""\
            def scaled(values: list[int]) -> int:
                total = 0
                for value in values:
                    total += value * {factor}
                return total
            """
        )
    )


def _run_tiny(out: Path) -> tuple[str, int]:
    """Where ``tiny`` is imported from in a fresh process on ``out``, and what
    it computes."""
    code = (
        "from quotemark.library.extract import tiny; "
        "print(tiny.__file__); print(tiny.scaled([1, 2, 3]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "PYTHONPATH": str(out)},
        capture_output=True,
        text=True,
        check=True,
        cwd=out,
    )
    where, value = done.stdout.split()
    return where, int(value)


@pytest.fixture(scope="module")
def toolchain(script: ModuleType) -> None:
    try:
        script.check_toolchain()
    except script.Missing as missing:
        pytest.skip(f"no mypyc build here: {missing}")


def test_the_probe_and_the_build_compile_one_list(script: ModuleType) -> None:
    assert compiled_probe.MODULES is script.MODULES
    assert len(script.MODULES) == 9
    for name in script.MODULES:
        assert (ROOT / "library" / name).is_file(), name


@pytest.fixture
def laid_out(script: ModuleType, tmp_path: Path) -> tuple[Path, Path, Path]:
    """A tiny checkout, the folder it is laid out in, and the library copy."""
    root = _tiny_checkout(tmp_path / "checkout")
    out = tmp_path / "out"
    return root, out, script.lay_out(root, out)


def test_the_layout_copies_the_library_and_links_the_rest(
    laid_out: tuple[Path, Path, Path],
) -> None:
    root, out, library = laid_out
    assert library == out / "quotemark" / "library"
    assert not library.is_symlink()
    copied = library / "extract" / "tiny.py"
    assert copied.is_file()
    assert not copied.is_symlink()
    assert copied.read_text() == (root / "library" / "extract" / "tiny.py").read_text()
    assert (library / "extract" / "words.txt").read_text() == "a word list\n"
    for name in ("app", "resources"):
        link = out / "quotemark" / name
        assert link.is_symlink()
        assert link.resolve() == (root / name).resolve()
    # No __init__ in quotemark/: a namespace package, as build/ns is.
    assert not (out / "quotemark" / "__init__.py").exists()


def test_the_layout_follows_the_checkout_and_keeps_built_modules(
    script: ModuleType, laid_out: tuple[Path, Path, Path]
) -> None:
    root, out, library = laid_out
    built = library / "extract" / "tiny.cpython-311-x86_64-linux-gnu.so"
    built.write_bytes(b"stands for a compiled module")
    (root / "library" / "extract" / "plain.py").unlink()
    (root / "library" / "extract" / "words.txt").write_text("another list\n")
    (root / "library" / "extract" / "new.py").write_text("NEW = 1\n")
    script.lay_out(root, out)
    assert not (library / "extract" / "plain.py").exists()
    assert (library / "extract" / "words.txt").read_text() == "another list\n"
    assert (library / "extract" / "new.py").read_text() == "NEW = 1\n"
    assert built.is_file()
    assert built in script.native_files(out)


def test_the_stamp_keys_on_every_library_file_not_only_the_compiled(
    script: ModuleType, tmp_path: Path
) -> None:
    root = _tiny_checkout(tmp_path / "checkout")
    key = script.tree_hash(root / "library", TINY_MODULE, "multi")
    assert key == script.tree_hash(root / "library", TINY_MODULE, "multi")
    assert key != script.tree_hash(root / "library", TINY_MODULE, "single")
    (root / "library" / "extract" / "plain.py").write_text("NAME = 'changed'\n")
    assert key != script.tree_hash(root / "library", TINY_MODULE, "multi")


def test_a_missing_compiler_is_named_and_the_build_fails(
    script: ModuleType, tmp_path: Path
) -> None:
    root = _tiny_checkout(tmp_path / "checkout")
    missing = tmp_path / "no-such-compiler" / "cc"
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "compiled.py"),
            "--root",
            str(root),
            "--out",
            str(tmp_path / "out"),
            "--module",
            TINY_MODULE[0],
        ],
        env={**os.environ, "CC": f"{missing} -O2"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert "no C compiler" in done.stderr
    assert str(missing) in done.stderr
    assert not (tmp_path / "out" / script.STAMP).exists()


def test_missing_python_headers_are_named(
    script: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "include"
    empty.mkdir()
    paths = {"include": str(empty)}
    monkeypatch.setattr(script.sysconfig, "get_paths", lambda: paths)
    monkeypatch.setenv("CC", sys.executable)  # a program that exists
    with pytest.raises(script.Missing, match=r"no Python\.h in .*include"):
        script.check_toolchain()


def test_a_present_compiler_passes_the_check(script: ModuleType, toolchain: None) -> None:
    script.check_toolchain()


def test_a_module_is_compiled_then_the_stamp_skips_then_a_change_rebuilds(
    script: ModuleType, toolchain: None, tmp_path: Path
) -> None:
    root = _tiny_checkout(tmp_path / "checkout")
    out = tmp_path / "out"
    assert script.build(root, out, modules=TINY_MODULE, jobs=1) is True
    where, value = _run_tiny(out)
    assert where.endswith(".so")
    assert Path(where).parent == out / "quotemark" / "library" / "extract"
    assert value == 12
    record = json.loads((out / script.STAMP).read_text())
    assert record["modules"] == ["quotemark.library.extract.tiny"]
    assert script.is_current(root, out, TINY_MODULE)
    built = {path: path.stat().st_mtime_ns for path in script.native_files(out)}
    assert len(built) == 2  # the module and the shared library of the group

    # Unchanged: nothing is built again.
    assert script.build(root, out, modules=TINY_MODULE, jobs=1) is False
    assert {path: path.stat().st_mtime_ns for path in script.native_files(out)} == built

    # A changed source: built again, and the new code runs.
    _write_tiny(root, 3)
    assert not script.is_current(root, out, TINY_MODULE)
    assert script.build(root, out, modules=TINY_MODULE, jobs=1) is True
    where, value = _run_tiny(out)
    assert where.endswith(".so")
    assert value == 18


@pytest.mark.skipif(
    os.environ.get("QUOTEMARK_EXPECT_COMPILED") != "1",
    reason="make test-compiled's run only (QUOTEMARK_EXPECT_COMPILED=1)",
)
def test_the_hot_modules_are_compiled_in_this_run(script: ModuleType) -> None:
    # A build that fell back to the pure modules, or a PYTHONPATH that
    # misses build/compiled, would test the pure code again: fail loudly.
    for name in script.MODULES:
        module = importlib.import_module(script.module_name(name))
        assert str(module.__file__).endswith(".so"), module.__file__
        assert "build/compiled" in Path(str(module.__file__)).as_posix()
