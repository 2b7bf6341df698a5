"""How the library list shows a search: each hit gets a third line, the
snippet, with the matched words in bold on a highlight, so the reason a post
matched is visible before it is opened (Zotero and calibre show the same
under a result)."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from quotemark.app.post_list_model import SNIPPET_ROLE

_Index = QModelIndex | QPersistentModelIndex
_MARKED = re.compile(r"\[([^\[\]]*)\]")


def pieces(snippet: str) -> list[tuple[str, bool]]:
    """``"a [b] c"`` as ``[("a ", False), ("b", True), (" c", False)]``."""
    found: list[tuple[str, bool]] = []
    position = 0
    for match in _MARKED.finditer(snippet):
        if match.start() > position:
            found.append((snippet[position : match.start()], False))
        found.append((match.group(1), True))
        position = match.end()
    if position < len(snippet):
        found.append((snippet[position:], False))
    return found


def plain(snippet: str) -> str:
    """The snippet as read aloud or copied: without the brackets."""
    return "".join(text for text, _ in pieces(snippet))


def paint_snippet(
    painter: QPainter, option: QStyleOptionViewItem, index: _Index, padding: int
) -> None:
    """Draw a hit's snippet as the row's third line, under the title and the
    details line the two-line delegate draws; nothing when not searching."""
    snippet = index.data(SNIPPET_ROLE)
    if not snippet:
        return
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    palette = option.palette
    text_color = palette.color(
        QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    )
    base = QFont(option.font)
    base.setPointSizeF(base.pointSizeF() * 0.9)
    bold = QFont(base)
    bold.setWeight(QFont.Weight.Bold)
    metrics = QFontMetrics(option.font)
    small = QFontMetrics(base)
    strong = QFontMetrics(bold)
    rect = option.rect.adjusted(padding, padding // 2, -padding, 0)
    y = rect.y() + metrics.height() + 2 + small.height() + 3
    x = rect.x()
    right = rect.right()
    mark = QColor(palette.color(QPalette.ColorRole.Highlight))
    mark.setAlphaF(0.28)
    painter.save()
    for text, matched in pieces(str(snippet)):
        font, font_metrics = (bold, strong) if matched else (base, small)
        room = right - x
        if room <= font_metrics.horizontalAdvance("…"):
            break
        shown = font_metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        width = font_metrics.horizontalAdvance(shown)
        if matched and not selected:
            painter.fillRect(x, y, width, font_metrics.height(), mark)
        painter.setFont(font)
        painter.setPen(text_color)
        painter.drawText(x, y + font_metrics.ascent(), shown)
        x += width
        if shown != text:
            break
    painter.restore()


def row_height(font: QFont, padding: int, *, searching: bool) -> int:
    """The list's row height: two lines, three for search hits."""
    metrics = QFontMetrics(font)
    lines = 2.9 if searching else 2.0
    return int(metrics.height() * lines) + padding + (7 if searching else 4)
