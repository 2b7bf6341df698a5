"""Set-up shared by the library tests."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.compiled_probe import load_build_script
from quotemark.library.service import Library

# The review tests written once in tests/library/paragraphs.py assert there:
# rewritten like a test module's, a failure shows both sides.
pytest.register_assert_rewrite("tests.library.paragraphs")

_BUILD = load_build_script()
COMPILED_MODULES = tuple(_BUILD.module_name(name) for name in _BUILD.MODULES)
"""The modules the opt-in build compiles with mypyc (packaging/compiled.py's
MODULES, the one list). A test that has to see inside
one of them (a call between two of its functions counted through a patch,
a class of it patched) is marked ``pure_only``: compiled, its code calls
its own functions and classes directly in C and such a test fails or,
worse, passes without testing anything."""


def compiled_modules() -> list[str]:
    """The library's modules this process imports compiled (an extension
    module, ``.so`` or ``.pyd``, instead of the ``.py``): those of
    :data:`COMPILED_MODULES`, imported here, and any other the collected
    tests imported (a build that compiles more is seen as well)."""
    for name in COMPILED_MODULES:
        importlib.import_module(name)
    return sorted(
        name
        for name, module in list(sys.modules.items())
        if name.startswith("quotemark.library.")
        and str(getattr(module, "__file__", "") or "").endswith((".so", ".pyd"))
    )


def pytest_report_header(config: pytest.Config) -> str:
    compiled = compiled_modules()
    if not compiled:
        return "quotemark: the library's modules are pure Python"
    return (
        f"quotemark: {len(compiled)} of the library's modules are compiled;"
        " tests marked pure_only are deselected"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Deselect (never pass) the ``pure_only`` tests when the modules they
    look inside are compiled in this process; pytest reports them as
    deselected, with the count."""
    if not compiled_modules():
        return
    kept = [item for item in items if item.get_closest_marker("pure_only") is None]
    if len(kept) < len(items):
        config.hook.pytest_deselected(
            items=[item for item in items if item.get_closest_marker("pure_only") is not None]
        )
        items[:] = kept


ENGINES = ("sqlite", "postgresql")
"""Every test using ``library`` (or ``location``) runs on both."""


@pytest.fixture(params=ENGINES)
def location(request: pytest.FixtureRequest, tmp_path: Path) -> Path | str:
    """Where a new, empty library is: an SQLite file, or a fresh database on
    the test session's PostgreSQL server (see ``tests/pg_server.py``)."""
    if request.param == "postgresql":
        marker = request.node.get_closest_marker("sqlite_only")
        if marker is not None:
            pytest.skip(f"SQLite only: {marker.args[0] if marker.args else 'no reason given'}")
        return str(request.getfixturevalue("pg_url"))
    return tmp_path / "library.sqlite3"


@pytest.fixture
def library(location: Path | str) -> Iterator[Library]:
    """An empty library, on each engine, closed after the test (a test
    module that needs a filled one defines its own ``library``)."""
    lib = Library.open(location)
    yield lib
    lib.close()
