"""Set-up shared by the library tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from quotemark.library.service import Library

# The review tests written once in tests/library/paragraphs.py assert there:
# rewritten like a test module's, a failure shows both sides.
pytest.register_assert_rewrite("tests.library.paragraphs")

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
