"""Set-up shared by the library tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from quotemark.library.service import Library


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    """An empty library in a real SQLite file, closed after the test (a test
    module that needs a filled one defines its own ``library``)."""
    lib = Library.open(tmp_path / "library.sqlite3")
    yield lib
    lib.close()
