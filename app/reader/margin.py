"""What the reader paints beside the text column: paragraph numbers, a bar
beside clipped paragraphs, a dotted line beside paragraphs the researcher
added to the body, and the rule of block quotes.

Paragraph numbers come from :func:`quotemark.library.model.paragraph_numbers` (the
locators clips and exports cite), drawn right-aligned in the left margin on
the first line of their block. Painting walks only the visible blocks (found
by bisection over block rectangles), so a long post costs nothing extra.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QTextBlock, QTextDocument

from quotemark.app.reader.theme import Theme

GUTTER_EMS = 3.6
"""Left-margin width (in body ems) kept free for paragraph numbers."""


@dataclass(frozen=True, slots=True)
class SpeakerLabel:
    """A speaker's name in the right margin, beside the line where their
    quotation starts (Qt document position)."""

    position: int
    text: str
    colour: QColor


@dataclass(frozen=True, slots=True)
class MarginContent:
    """What to draw: a number (or None) per block, which blocks hold a
    clipped passage, which are block quotes, the speaker labels (sorted by
    position) and the blocks the researcher added back to the body."""

    numbers: Sequence[int | None]
    clipped: Collection[int]
    quote_blocks: Collection[int]
    show_numbers: bool
    labels: Sequence[SpeakerLabel] = ()
    added: Collection[int] = ()


def _first_visible(doc: QTextDocument, top: float) -> int:
    """The number of the first block whose bottom is below ``top``.

    Galloping from the first block, then bisecting: asking for a block's
    rectangle makes Qt lay the document out up to it, so probing the middle
    of a long post that was just opened (at its top) would lay out half of it.
    """
    layout = doc.documentLayout()

    def bottom(number: int) -> float:
        return layout.blockBoundingRect(doc.findBlockByNumber(number)).bottom()

    last = doc.blockCount() - 1
    lo, hi = 0, 1
    while hi <= last and bottom(hi) < top:
        lo, hi = hi, hi * 2
    hi = min(hi, last)
    while lo < hi:
        mid = (lo + hi) // 2
        if bottom(mid) < top:
            lo = mid + 1
        else:
            hi = mid
    return lo


def visible_blocks(
    doc: QTextDocument, top: float, height: float
) -> list[tuple[QTextBlock, QRectF]]:
    """Blocks intersecting the band ``[top, top + height]`` of the document,
    with their rectangles in document coordinates."""
    if doc.isEmpty():
        return []
    layout = doc.documentLayout()
    block = doc.findBlockByNumber(_first_visible(doc, top))
    result: list[tuple[QTextBlock, QRectF]] = []
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        if rect.top() > top + height:
            break
        result.append((block, rect))
        block = block.next()
    return result


def paint_margin(
    painter: QPainter,
    doc: QTextDocument,
    scroll_y: float,
    band: tuple[float, float],
    column_left: float,
    column_right: float,
    viewport_width: float,
    body: QFont,
    theme: Theme,
    content: MarginContent,
) -> None:
    """Paint the margin beside the blocks in ``band`` (top and height in
    viewport coordinates: the part being repainted, so a blinking caret
    costs one block, not a screenful)."""
    em = QFontMetricsF(body).height()
    number_font = QFont(body)
    number_font.setPointSizeF(body.pointSizeF() * 0.72)
    number_font.setItalic(False)
    number_metrics = QFontMetricsF(number_font)
    painter.setFont(number_font)
    number_right = column_left - em * 0.9
    bar_x = column_left - em * 0.45
    blocks = visible_blocks(doc, scroll_y + band[0], band[1])
    label_room = viewport_width - column_right - em * 1.3
    if content.labels and blocks and label_room >= em * 4:
        _paint_labels(
            painter,
            blocks,
            scroll_y,
            column_right + em * 0.9,
            label_room,
            number_font,
            content.labels,
        )
        painter.setFont(number_font)
    for block, rect in blocks:
        index = block.blockNumber()
        top = rect.top() - scroll_y
        if index in content.quote_blocks:
            bar = QRectF(
                rect.left() + block.blockFormat().leftMargin() - em * 0.7,
                top,
                max(2.0, em * 0.12),
                rect.height() - block.blockFormat().bottomMargin(),
            )
            painter.fillRect(bar, theme.rule)
        if index in content.clipped:
            bar = QRectF(bar_x, top, max(2.0, em * 0.14), rect.height() - em * 0.3)
            painter.fillRect(bar, theme.clip)
        if index in content.added:
            _paint_added(painter, column_left - em * 0.2, top, rect.height() - em * 0.3, em, theme)
        if not content.show_numbers or index >= len(content.numbers):
            continue
        number = content.numbers[index]
        if number is None:
            continue
        layout = block.layout()
        if layout is None or layout.lineCount() == 0:
            continue
        line = layout.lineAt(0)
        baseline = layout.position().y() - scroll_y + line.y() + line.ascent()
        label = str(number)
        width = number_metrics.horizontalAdvance(label)
        painter.setPen(theme.muted)
        painter.drawText(QPointF(number_right - width, baseline), label)
    painter.setPen(Qt.PenStyle.NoPen)


def _paint_added(
    painter: QPainter, x: float, top: float, height: float, em: float, theme: Theme
) -> None:
    """A dotted line nearer the text than the clip bar: quieter than a clip's
    solid bar (an added paragraph is part of the text, not a highlight),
    yet told apart from it without colour."""
    dot = max(2.0, em * 0.1)
    step = dot * 2.5
    y = top
    while y + dot <= top + height:
        painter.fillRect(QRectF(x, y, dot, dot), theme.added)
        y += step


def _paint_labels(
    painter: QPainter,
    blocks: list[tuple[QTextBlock, QRectF]],
    scroll_y: float,
    left: float,
    room: float,
    font: QFont,
    labels: Sequence[SpeakerLabel],
) -> None:
    """Speaker names beside the lines their quotations start on; two on one
    line share it ("A · B"), elided to the margin's width."""
    first = blocks[0][0].position()
    last_block = blocks[-1][0]
    end = last_block.position() + last_block.length()
    positions = [label.position for label in labels]
    lines: dict[float, list[SpeakerLabel]] = {}
    baselines: dict[float, float] = {}
    for label in labels[bisect_left(positions, first) : bisect_left(positions, end)]:
        block = next((b for b, _ in blocks if b.contains(label.position)), None)
        layout = block.layout() if block is not None else None
        if block is None or layout is None or layout.lineCount() == 0:
            continue
        line = layout.lineForTextPosition(label.position - block.position())
        if not line.isValid():
            continue
        top = layout.position().y() + line.y() - scroll_y
        group = lines.setdefault(top, [])
        if all(existing.text != label.text for existing in group):
            group.append(label)
        baselines[top] = top + line.ascent()
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    for top, group in lines.items():
        x = left
        for number, label in enumerate(group):
            text = label.text if number == 0 else f"· {label.text}"
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, left + room - x)
            if not text:
                break
            painter.setPen(label.colour)
            painter.drawText(QPointF(x, baselines[top]), text)
            x += metrics.horizontalAdvance(text + " ")
            if x >= left + room:
                break
