"""Fixtures shared by the GUI tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from library import paths
from library.service import Library


@pytest.fixture
def library() -> Iterator[Library]:
    """The test's own library file (QUOTEMARK_HOME is a tmp folder),
    opened as the window opens it."""
    lib = Library.open(paths.library_file())
    yield lib
    lib.close()
