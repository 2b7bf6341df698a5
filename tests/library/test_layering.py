"""The core never imports Qt or the GUI: checked by importing every module of
``library`` in a fresh interpreter where PySide6 and ``app`` cannot load."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import ROOT, static_tree


def test_library_imports_without_qt_or_app() -> None:
    script = textwrap.dedent(
        """
        import importlib, pkgutil, sys

        class Block:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in {"PySide6", "shiboken6"} or (
                    name == "quotemark.app" or name.startswith("quotemark.app.")
                ):
                    raise ImportError(f"library imported {name}")
                return None

        sys.meta_path.insert(0, Block())
        from quotemark import library
        names = [m.name for m in pkgutil.walk_packages(library.__path__, "quotemark.library.")]
        for name in names:
            importlib.import_module(name)
        print(len(names))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) >= 5  # the walk really found the core's modules


def test_the_import_contracts_hold() -> None:
    # pyproject.toml's import-linter contracts, among them the core's layers:
    # the store never reaches up into the pipeline, extraction or analysis.
    lint_imports = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run(
        [str(lint_imports), "--no-cache"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(static_tree())},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout
