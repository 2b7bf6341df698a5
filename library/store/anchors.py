"""Spans against a post's blocks: their text, and finding a text again.

A post's canonical text is its blocks' text joined with ``"\\n"`` (block
text never contains one), so a :class:`~quotemark.library.model.Position` and an
offset into that joined text convert both ways.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate

from quotemark.library.model import Block, Position, Span


def starts(blocks: Sequence[Block]) -> list[int]:
    """Offset of each block's first character in the joined text."""
    return [0, *accumulate(len(b.text) + 1 for b in blocks)][: len(blocks)]


def joined(blocks: Sequence[Block]) -> str:
    """The post's canonical text."""
    return "\n".join(b.text for b in blocks)


def is_valid(blocks: Sequence[Block], start: Position, end: Position) -> bool:
    """Whether ``start``..``end`` lies inside ``blocks`` and is not empty."""
    count = len(blocks)
    if not (0 <= start.block < count and 0 <= end.block < count):
        return False
    if not 0 <= start.offset <= len(blocks[start.block].text):
        return False
    if not 0 <= end.offset <= len(blocks[end.block].text):
        return False
    return start < end


def offset_of(blocks: Sequence[Block], position: Position) -> int:
    """``position`` as an offset into the joined text."""
    return starts(blocks)[position.block] + position.offset


def position_at(block_starts: Sequence[int], offset: int) -> Position:
    """The position of ``offset`` in the joined text (``block_starts`` from
    :func:`starts`)."""
    low, high = 0, len(block_starts) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if block_starts[middle] <= offset:
            low = middle
        else:
            high = middle - 1
    return Position(low, offset - block_starts[low])


def span(blocks: Sequence[Block], start: Position, end: Position) -> Span:
    """The span ``start``..``end`` with its exact text."""
    text = joined(blocks)[offset_of(blocks, start) : offset_of(blocks, end)]
    return Span(start, end, text)


def find(blocks: Sequence[Block], text: str, near: int = 0) -> Span | None:
    """The occurrence of ``text`` closest to offset ``near`` of the joined
    text, or ``None`` when the text is not there."""
    if not text:
        return None
    whole = joined(blocks)
    best: int | None = None
    index = whole.find(text)
    while index != -1:
        if best is None or abs(index - near) < abs(best - near):
            best = index
        if index > near:
            break
        index = whole.find(text, index + 1)
    if best is None:
        return None
    block_starts = starts(blocks)
    start = position_at(block_starts, best)
    end = position_at(block_starts, best + len(text))
    return Span(start, end, text)


def trimmed(blocks: Sequence[Block], start: Position, end: Position) -> Span | None:
    """``start``..``end`` without the whitespace at its ends, or ``None``
    when nothing else is left."""
    block_starts = starts(blocks)
    whole = joined(blocks)
    first = block_starts[start.block] + start.offset
    last = block_starts[end.block] + end.offset
    while first < last and whole[first].isspace():
        first += 1
    while last > first and whole[last - 1].isspace():
        last -= 1
    if first >= last:
        return None
    return Span(
        position_at(block_starts, first),
        position_at(block_starts, last),
        whole[first:last],
    )
