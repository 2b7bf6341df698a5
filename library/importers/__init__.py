"""Bytes on disk to :class:`~library.model.RawDocument`.

The format is sniffed from the content, never trusted from the extension:
single-file HTML, a "Web page, complete" (HTML plus its ``NAME_files/``
folder), MHTML, or plain text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from library.model import RawDocument

MAX_INPUT_BYTES = 64 * 1024 * 1024
"""Larger inputs are refused with a clear message: no saved post is that big,
and reading one would stall the import."""


def read(path: Path) -> RawDocument:
    """Read one input file and decode it.

    Raises :class:`~library.errors.UnreadableInput` (or a subclass) with a
    message naming the file and the problem for anything that is not a post
    Quotemark can read: missing or unreadable path, empty, binary, too large,
    truncated or malformed MHTML, undecodable text.
    """
    raise NotImplementedError


def discover(paths: Iterable[Path]) -> Iterator[Path]:
    """Expand folders into the post files inside them, recursively, in a
    stable order; files are passed through as given. The ``NAME_files/``
    folder of a "Web page, complete" is not descended into: its HTML file
    stands for it."""
    raise NotImplementedError
