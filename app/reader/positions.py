"""Model positions (block, code-point offset) <-> Qt document positions.

The one place the reader converts between Python's code points and Qt's
UTF-16 code units: an astral character (most emoji, some CJK) is one ``str``
index in Python and two ``QChar`` in Qt, so every offset after it in the same
block shifts by one. Mapping is per block, so an emoji can only shift
positions within its own block.

A block may also show zero-width spaces the model text does not have (added
for display only where a long unbroken run needs places to wrap, see
:mod:`quotemark.app.reader.document`): each is one more Qt character before a model
offset, counted like the second half of an astral character, so positions
on either side of it map to the same model offset.

An image block that shows its picture holds one object character in the
document whatever its alt text's length ("object" blocks): model offset 0 is
before the picture and any other offset after it.

Qt places one block separator between blocks, so block ``i`` starts at the
sum of the lengths of blocks ``0..i-1`` plus ``i``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from quotemark.library.model import Position

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def utf16_length(text: str) -> int:
    """How many UTF-16 code units (Qt characters) ``text`` takes."""
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le")) // 2


@dataclass(frozen=True, slots=True)
class BlockMap:
    """Offsets of one block. ``astral`` holds the code-point offsets of the
    astral characters (empty for the usual all-BMP block); ``object_`` marks
    a block shown as one object character (a picture)."""

    length: int  # code points in the model text
    qt_length: int  # characters in the Qt block
    astral: tuple[int, ...] = ()
    """Offsets where one extra Qt character is: an astral character's second
    half, or a display-only break before that offset (sorted; an offset
    holding both is listed twice)."""
    object_: bool = False

    @classmethod
    def for_text(cls, text: str, breaks: Sequence[int] = ()) -> BlockMap:
        """The map of a block shown as its text, with a display-only
        character inserted before each offset in ``breaks``."""
        if not breaks and (text.isascii() or _ASTRAL.search(text) is None):
            return cls(len(text), len(text))
        extra = [match.start() for match in _ASTRAL.finditer(text)] if not text.isascii() else []
        if breaks:
            # A break before offset b is one more character there, as an
            # astral character at b has; sorting keeps the bisections exact.
            extra = sorted([*extra, *breaks])
        return cls(len(text), len(text) + len(extra), tuple(extra))

    @classmethod
    def for_object(cls, text: str) -> BlockMap:
        """The map of a block shown as one picture in place of ``text``."""
        return cls(len(text), 1, object_=True)

    def to_qt(self, offset: int) -> int:
        """Code-point offset -> Qt offset within the block (clamped)."""
        offset = max(0, min(offset, self.length))
        if self.object_:
            return 0 if offset == 0 else 1
        if not self.astral:
            return offset
        return offset + bisect_left(self.astral, offset)

    def from_qt(self, qt_offset: int) -> int:
        """Qt offset within the block -> code-point offset (clamped). A
        position between the two halves of a surrogate pair rounds down to
        before the character."""
        qt_offset = max(0, min(qt_offset, self.qt_length))
        if self.object_:
            return 0 if qt_offset == 0 else self.length
        if not self.astral:
            return qt_offset
        # Qt offset of astral char k (by order) is astral[k] + k; count the
        # astral chars that end at or before qt_offset.
        lo, hi = 0, len(self.astral)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.astral[mid] + mid + 2 <= qt_offset:
                lo = mid + 1
            else:
                hi = mid
        before = lo
        offset = qt_offset - before
        # Inside a pair: qt_offset == astral[before] + before + 1.
        if before < len(self.astral) and qt_offset == self.astral[before] + before + 1:
            offset = self.astral[before]
        return offset


class PositionMap:
    """Every block's map and where it starts in the Qt document. A reader
    that builds its document in steps :meth:`extend` s the map as blocks
    arrive; until then a position past the last block clamps to it."""

    def __init__(self, blocks: Sequence[BlockMap]) -> None:
        self.blocks: list[BlockMap] = []
        self.starts: list[int] = []
        self.qt_end = 0
        self._at = 0
        self.extend(blocks)

    def extend(self, blocks: Sequence[BlockMap]) -> None:
        """Add the maps of the blocks that follow the last one."""
        at = self._at
        for block in blocks:
            self.blocks.append(block)
            self.starts.append(at)
            at += block.qt_length + 1
        self._at = at
        self.qt_end = max(0, at - 1)

    @classmethod
    def for_texts(cls, texts: Sequence[str]) -> PositionMap:
        """A map of blocks all shown as text."""
        return cls([BlockMap.for_text(text) for text in texts])

    def __len__(self) -> int:
        return len(self.blocks)

    def to_qt(self, position: Position) -> int:
        """A model position -> an absolute Qt document position."""
        if not self.blocks:
            return 0
        index = max(0, min(position.block, len(self.blocks) - 1))
        return self.starts[index] + self.blocks[index].to_qt(position.offset)

    def from_qt(self, qt_position: int) -> Position:
        """An absolute Qt document position -> a model position."""
        if not self.blocks:
            return Position(0, 0)
        qt_position = max(0, min(qt_position, self.qt_end))
        index = bisect_right(self.starts, qt_position) - 1
        return Position(index, self.blocks[index].from_qt(qt_position - self.starts[index]))

    def range_to_qt(self, start: Position, end: Position) -> tuple[int, int]:
        """A model range -> (Qt start, Qt end)."""
        return self.to_qt(start), self.to_qt(end)
