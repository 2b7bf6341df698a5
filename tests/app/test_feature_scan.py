"""PySide6's question to each newly imported module ("does it use PySide?",
for its ``__feature__`` switch) is answered from the file's bytes, with
the answer PySide6's own source-reading check gives (issue 15)."""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys

import pytest

from quotemark.app.feature_scan import uses_pyside

_SOME_MODULES = (
    "quotemark.app.main_window",
    "quotemark.app.reader.view",
    "quotemark.app.cli",
    "quotemark.library.service",
    "quotemark.library.model",
    "json",
    "typing",
    "sqlite3",
    "_sqlite3",
    "sys",
    "PySide6.QtCore",
    "pytestqt.qt_compat",
)


def _pysides_own_answer(name: str) -> bool:
    module = importlib.import_module(name)
    try:
        return "PySide6" in inspect.getsource(module)
    except (OSError, TypeError):
        return False


@pytest.mark.parametrize("name", _SOME_MODULES)
def test_the_answer_is_the_one_reading_the_source_gives(name: str) -> None:
    assert uses_pyside(importlib.import_module(name)) is _pysides_own_answer(name)


def test_starting_the_window_no_longer_keeps_every_modules_source_in_memory() -> None:
    # PySide6's own check read each module through linecache, which kept
    # every line of ~150 modules for the rest of the session.
    code = (
        "import linecache, sys, quotemark.app.gui; "
        "from quotemark.app.main_window import MainWindow; "
        "from PySide6.support import feature; "
        "w = sys.modules[MainWindow.__module__]; "
        "print(w.__file__ in linecache.cache, feature.pyside_feature_dict.get(w.__name__))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    cached, flag = done.stdout.split()
    assert cached == "False"
    assert flag == "0"  # still counted as a module that uses PySide6
