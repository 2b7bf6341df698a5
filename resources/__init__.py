"""Files Quotemark ships: the sample post, the icon, the reader style."""

from __future__ import annotations

from pathlib import Path

FOLDER = Path(__file__).parent
"""This package's folder: its files are plain files in every install (the
wheel, the editable one, the PyInstaller folder). The window's start reads
the icons from here; ``importlib.resources`` would load ``tempfile`` and
with it ``random``, ``shutil`` and the compression modules (~5 ms of the
start's CPU, stop 20)."""


def path(*parts: str) -> Path:
    """The shipped file at ``parts`` under this package (it may not exist)."""
    return FOLDER.joinpath(*parts)
