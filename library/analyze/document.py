"""The article as one string, so every rule works on plain offsets.

Blocks are joined with ``"\\n"`` (the same join :class:`Span.text` uses), so a
global offset maps back to ``(block, offset)`` by a binary search and a span's
text is a plain slice. Code blocks are blanked (same length, spaces) so quote
marks in code are never read as quotations. Lines are the units quotes cannot
cross without a fresh opening mark: blocks, and the ``LINE_SEPARATOR`` breaks
inside a block.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from quotemark.library.analyze.class_years import without_class_years
from quotemark.library.model import LINE_BREAK, Block, BlockKind, Position, Span

_NOT_PROSE = frozenset({BlockKind.HEADING, BlockKind.TABLE, BlockKind.IMAGE})
_INLINE_CODE = re.compile(r"`[^`\n\u2028]{1,500}`")
_DOUBLED_SINGLE = re.compile("[\u2018\u2019']{2}(?!\\w)|(?<!\\w)[\u2018\u2019']{2}")


def _doubled(match: re.Match[str]) -> str:
    """Two single marks typed for one double mark (''It's'' / creators,'')."""
    text = match.string
    at, end = match.start(), match.end()
    before = text[at - 1] if at else " "
    if before.isspace() or before in "([":
        # (Past more spaces typed before it: `Avenue,'  '' Ms. Lind noted`.)
        last = at - 2
        while last > 0 and text[last] == " ":
            last -= 1
        if last >= 0 and text[last] in _CLOSED_BEFORE and (end == len(text) or text[end].isspace()):
            # "coalitions, '' said Mr. Gunnels": typed apart from the words
            # it closes, with a space after it too.
            return "\u201d "
        return " \u201c"
    return "\u201d "


_CLOSED_BEFORE = frozenset(",.?!\u2019'")


_SINGLES = ("'", "\u2019", "\u2018")
_PAIRS_OF: tuple[tuple[str, ...], ...] = tuple(
    tuple(
        a + b
        for i, a in enumerate(_SINGLES)
        for j, b in enumerate(_SINGLES)
        if mask >> i & 1 and mask >> j & 1
    )
    for mask in range(8)
)
"""For each set of the three single marks a text holds (bit 0 the straight
mark, bit 1 the right, bit 2 the left), the two-mark strings made of them:
what every match of ``_DOUBLED_SINGLE`` holds (two of the marks together).
Substring tests for only these replace a class test at every character
(a regex scan of the text): most paragraphs hold one kind of mark, so one
or two quick scans answer (s38-speed2)."""


_INVISIBLE = str.maketrans({"\u200b": " ", "\u2060": " ", "\ufeff": " "})
"""Zero-width spaces, word joiners and byte-order marks that pages copied
from the web leave between words ("Traeger\u200b said"): read as the space
they stand for, so a name is not glued to the verb after it."""


_PARAGRAPH_NUMBER = re.compile(r"\[\d{1,3}\][ \u00a0]+(?=[A-Z\u201c\"])")
"""A paragraph's number in brackets before its first sentence ("[14] The
driver, Mr Ben Ross, gave evidence": a judgment as a law blog prints it)."""


def _without_paragraph_number(text: str) -> str:
    """``text`` with the number opening it (:data:`_PARAGRAPH_NUMBER`) read as
    a line break: the rules that find a sentence's subject look for it right
    after a line's start, and the number is no word of the sentence."""
    m = _PARAGRAPH_NUMBER.match(text)
    if m is None:
        return text
    return " " * (m.end() - 1) + "\n" + text[m.end() :]


def _scan_text(text: str) -> str:
    if text.startswith("["):
        text = _without_paragraph_number(text)
    if "\u200b" in text or "\u2060" in text or "\ufeff" in text:
        text = text.translate(_INVISIBLE)
    if "`" in text:
        text = _INLINE_CODE.sub(lambda m: " " * len(m.group()), text)
    if "\u05f4" in text:
        # The Hebrew gershayim, typed for the straight mark (״…״): paired
        # as one, and glued between letters an acronym's (the chair's title), as '"' is.
        text = text.replace("\u05f4", '"')
    # Most paragraphs hold no single quote mark at all, and most others
    # only one kind: substring tests (memchr-speed) for the pairs of the
    # marks present spare the class test at every character.
    mask = ("'" in text) | ("\u2019" in text) << 1 | ("\u2018" in text) << 2
    if mask & 3:
        # ("Ada Lind '26, a sophomore": the class year's mark is no quotation mark.)
        text = without_class_years(text)
    if not mask or not any(pair in text for pair in _PAIRS_OF[mask]):
        return text
    if "'''" in text:
        # `winter,''' said Hale`: a nested quotation and its outer one close
        # together; the single mark is the inner one's (read as a closing
        # single mark), the doubled pair the outer's, not a pair and a stray.
        text = _TRIPLE_CLOSE.sub("\u2019\u201d ", text)
    return _DOUBLED_SINGLE.sub(_doubled, text)


_TRIPLE_CLOSE = re.compile(r"(?<=[^\s'\u2018\u2019])'''(?![\w'])")


@dataclass(frozen=True, slots=True)
class Line:
    """A stretch of text between line breaks: ``text[start:end]``."""

    start: int
    end: int
    block: int


class Document:
    """The analysed text of an article and the map back to block positions."""

    def __init__(self, blocks: Sequence[Block]) -> None:
        self.blocks = tuple(blocks)
        self.starts: list[int] = []
        parts: list[str] = []
        scan_parts: list[str] = []
        offset = 0
        for block in self.blocks:
            self.starts.append(offset)
            text = block.text.replace("\n", LINE_BREAK)
            parts.append(text)
            if block.kind is BlockKind.CODE:
                scan_parts.append(re.sub(r"[^\u2028]", " ", text))
            else:
                scan_parts.append(_scan_text(text))
            offset += len(text) + 1
        self.text = "\n".join(parts)
        """The exact text: what spans slice."""
        # Most texts have nothing blanked or mended: one string, not two
        # equal copies of the article (s40-memory2; each is the article's
        # size, twice it for a text with a curly quote).
        same = all(scan is part for scan, part in zip(scan_parts, parts, strict=True))
        self.scan = self.text if same else "\n".join(scan_parts)
        if all(block.kind not in _NOT_PROSE for block in self.blocks):
            self.prose = self.scan
        else:
            prose = [
                " " * len(part) if block.kind in _NOT_PROSE else part
                for block, part in zip(self.blocks, scan_parts, strict=True)
            ]
            self.prose = "\n".join(prose)
        """The scan text with headings, tables and image text blanked: where
        people are looked for (a heading is not a sentence's subject)."""
        """The text rules read: code blanked out, same offsets."""
        self.lines: list[Line] = []
        for index, block in enumerate(self.blocks):
            start = self.starts[index]
            if block.kind is BlockKind.CODE:
                continue
            end = start + len(block.text)
            pos = start
            while True:
                brk = self.text.find(LINE_BREAK, pos, end)
                if brk < 0:
                    self.lines.append(Line(pos, end, index))
                    break
                self.lines.append(Line(pos, brk, index))
                pos = brk + 1

        self.line_starts = [line.start for line in self.lines]

    def position(self, offset: int) -> Position:
        """The block position of a global offset."""
        index = bisect.bisect_right(self.starts, offset) - 1
        index = max(index, 0)
        return Position(index, offset - self.starts[index])

    def span(self, start: int, end: int) -> Span:
        """A :class:`Span` for ``text[start:end]``."""
        return Span(self.position(start), self.position(end), self.text[start:end])
