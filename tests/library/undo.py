"""Helpers for the tests that apply, undo and redo operations on a real
library file and compare its tables."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from quotemark.library.model import Position, Span
from quotemark.library.operations import Operation, OpResult
from quotemark.library.service import Library

Tables = dict[str, list[tuple[Any, ...]]]


def check_round_trip(
    library: Library, operation: Operation[Any], dump: Callable[[Path | str], Tables]
) -> OpResult[Any]:
    """Apply, undo, redo: undo restores the tables ``dump`` reads as they
    were before, redo as the operation left them."""
    before = dump(library.location)
    result = library.run(operation)
    after = dump(library.location)
    assert after != before, "the operation changed nothing"
    assert result.change, "the operation named no change"
    assert result.undo is not None
    undone = library.run(result.undo)
    assert dump(library.location) == before
    assert undone.undo is not None
    library.run(undone.undo)
    assert dump(library.location) == after
    return result


def span_of(block: int, text: str, inner: str) -> Span:
    """The span of ``inner``'s first occurrence in block ``block``'s ``text``."""
    start = text.index(inner)
    return Span(Position(block, start), Position(block, start + len(inner)), inner)
