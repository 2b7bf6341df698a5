"""How a post (or clip) row is drawn in a narrow list: two lines, the
title and a muted line under it, with a search snippet when there is one;
and selecting one row from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from quotemark.app.post_list_model import SECONDARY_ROLE
from quotemark.app.search_display import paint_snippet

_Index = QModelIndex | QPersistentModelIndex


def select_row(view: QAbstractItemView, index: QModelIndex) -> None:
    """Make ``index``'s row the only selection; unlike ``selectRow`` this
    ignores keyboard modifiers still held from the shortcut that led here."""
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows
        | QItemSelectionModel.SelectionFlag.Current
    )
    view.selectionModel().setCurrentIndex(index, flags)
    view.scrollTo(index)


class TwoLineDelegate(QStyledItemDelegate):
    """A row as two lines: the item's text, and under it a smaller, muted
    line (``SECONDARY_ROLE``). Fits a narrow side pane where a table with
    five columns would need a horizontal scroll bar."""

    PADDING = 6

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        text = opt.text
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = opt.rect.adjusted(self.PADDING, self.PADDING // 2, -self.PADDING, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        group = QPalette.ColorGroup.Normal
        main = palette.color(
            group,
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text,
        )
        painter.save()
        font = QFont(opt.font)
        font.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(font)
        painter.setFont(font)
        painter.setPen(main)
        first = metrics.elidedText(text or "", Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect.x(), rect.y() + metrics.ascent(), first)
        second_text = index.data(SECONDARY_ROLE)
        if second_text:
            small = QFont(opt.font)
            small.setPointSizeF(small.pointSizeF() * 0.9)
            small_metrics = QFontMetrics(small)
            muted = QColor(main)
            muted.setAlphaF(0.85 if selected else 0.62)
            painter.setFont(small)
            painter.setPen(muted)
            second = small_metrics.elidedText(
                str(second_text), Qt.TextElideMode.ElideRight, rect.width()
            )
            painter.drawText(
                rect.x(), rect.y() + metrics.height() + 2 + small_metrics.ascent(), second
            )
        painter.restore()
        paint_snippet(painter, opt, index, self.PADDING)  # search hits only

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        metrics = QFontMetrics(option.font)
        height = int(metrics.height() * 2.0) + self.PADDING + 4
        return QSize(200, height)
