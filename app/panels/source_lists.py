"""The Sources tab's two lists as widgets: the post's sources (a tree with
name, kind, mentions here and posts citing it) and the citations under it.

``sources_tree`` and ``citations_view`` set a list up; ``source_item`` and
``citation_item`` make one row. The panel (``sources.py``) connects them.
A source's row in either list of sources (this one and the library's,
``source_index.py``) names a colleague's correction of it (``show_maker``),
drawn on a second line by :class:`SourceRowDelegate`.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from quotemark.app.panels.quotes import RoomyDelegate
from quotemark.app.panels.source_citations import CitationRow, LinkedDocument
from quotemark.library.model import Source, SourceKind
from quotemark.library.records import SourceSummary

SOURCE_ROLE = Qt.ItemDataRole.UserRole + 1
CITATION_ROLE = Qt.ItemDataRole.UserRole + 2
MAKER_ROLE = Qt.ItemDataRole.UserRole + 4
"""Who corrected a source's row (a colleague; unset for one's own)."""
DOCUMENT_ROLE = Qt.ItemDataRole.UserRole + 5
"""A linked document's address, on its row under its site's."""
DOCUMENT_TEXT_ROLE = Qt.ItemDataRole.UserRole + 6
"""A linked document's name (its first link's words), as its row names it."""
_NUMBER_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

KIND_LABELS = {
    SourceKind.AGENCY: "agency",
    SourceKind.OUTLET: "outlet",
    SourceKind.ORGANISATION: "organisation",
    SourceKind.PERSON: "person",
    SourceKind.LINK: "link",
}

KIND_SHORT = {SourceKind.ORGANISATION: "org."}
"""What the Kind column shows where the word is long: the column is as wide
as its longest entry, and "organisation" took the width of six characters
of the source's name at 1024 px ("Maritim…"). The whole word is the cell's
tooltip and what a screen reader says."""


_Index = QModelIndex | QPersistentModelIndex


def show_maker(item: QTreeWidgetItem, name: str, tip: str, maker: str | None) -> None:
    """Give a row naming source ``name`` its tooltip ``tip`` and, when
    ``maker`` (a colleague) corrected the source, their name on the row's
    second line (drawn by :class:`SourceRowDelegate`), in the tooltip and in
    its accessible text: as the Clips tab's rows say "Clipped by NAME"."""
    if maker:
        item.setData(0, MAKER_ROLE, maker)
        tip += f"\nCorrected by {maker} (renamed, or another name merged into it)"
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{name}, corrected by {maker}")
    item.setToolTip(0, tip)


def maker_line(index: _Index) -> str:
    """The second line of a source's row: "Corrected by NAME" when a
    colleague corrected it, else empty (the row is one line)."""
    maker = index.sibling(index.row(), 0).data(MAKER_ROLE)
    return f"Corrected by {maker}" if maker else ""


class SourceRowDelegate(RoomyDelegate):
    """A source's row as :class:`RoomyDelegate` draws it; one a colleague
    corrected says so on a second line under its name, smaller and muted
    like a colleague's clip's "Clipped by NAME"; the other rows stay one
    line (a list of uniform rows measures them one by one while it holds
    such a row: ``SourceIndex._fit_rows``)."""

    def _small_font(self, font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(small.pointSizeF() * 0.9)
        return small

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        size = super().sizeHint(option, index)
        if index.column() == 0 and maker_line(index):
            extra = QFontMetrics(self._small_font(option.font)).height()
            size.setHeight(size.height() + extra)
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        second = maker_line(index) if index.column() == 0 else ""
        if not second:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        name = opt.text
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        # Where the style would put the name alone, with its margins.
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        rect = rect.adjusted(margin, 0, -margin, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        main = opt.palette.color(
            QPalette.ColorGroup.Normal,
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text,
        )
        metrics = QFontMetrics(opt.font)
        small = self._small_font(opt.font)
        small_metrics = QFontMetrics(small)
        top = rect.y() + (rect.height() - metrics.height() - small_metrics.height()) // 2
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(main)
        first = metrics.elidedText(name, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect.x(), top + metrics.ascent(), first)
        muted = QColor(main)
        muted.setAlphaF(0.85 if selected else 0.62)
        painter.setFont(small)
        painter.setPen(muted)
        line = small_metrics.elidedText(second, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect.x(), top + metrics.height() + small_metrics.ascent(), line)
        painter.restore()


def sources_tree(parent: QWidget) -> QTreeWidget:
    """The upper list, empty: one source a row, one selected at a time."""
    tree = QTreeWidget(parent)
    tree.setObjectName("sourcesList")
    tree.setAccessibleName("Sources cited in this post")
    tree.setColumnCount(4)
    tree.setHeaderLabels(["Source", "Kind", "Here", "Posts"])
    tree.setRootIsDecorated(False)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setSortingEnabled(False)
    # Rows as tall as Quotes'; a colleague's correction on a second line.
    tree.setItemDelegate(SourceRowDelegate(tree))
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
    return tree


def source_item(
    index: int, source: Source, here: int, summary: SourceSummary | None, maker: str | None
) -> QTreeWidgetItem:
    """The row of the post's source number ``index``: cited ``here`` times
    in the post and, with the library's ``summary``, in how many posts."""
    kind = KIND_LABELS.get(source.kind, str(source.kind))
    item = QTreeWidgetItem(
        [
            source.name,
            KIND_SHORT.get(source.kind, kind),
            str(here),
            str(summary.post_count) if summary else "",
        ]
    )
    item.setData(0, SOURCE_ROLE, index)
    item.setTextAlignment(2, _NUMBER_ALIGN)
    item.setTextAlignment(3, _NUMBER_ALIGN)
    item.setToolTip(3, "Posts in the library citing it")
    if source.kind in KIND_SHORT:
        item.setToolTip(1, kind)
        item.setData(1, Qt.ItemDataRole.AccessibleTextRole, kind)
    tip = source.name if not source.url else f"{source.name}\n{source.url}"
    show_maker(item, source.name, tip, maker)
    return item


def document_item(index: int, document: LinkedDocument) -> QTreeWidgetItem:
    """The row, under its site's (the post's source number ``index``), of a
    document the post links to: the link's words, linked ``links`` times,
    across the row (the words in the Source column alone, indented under
    their site, were cut to "a letter to the bo…" in the usual 340 px
    panel; the caller spans the row once it is in the tree, as Qt needs).
    ``DOCUMENT_TEXT_ROLE`` keeps the words alone."""
    links = f"{document.links} link{'' if document.links == 1 else 's'}"
    item = QTreeWidgetItem([f"{document.text} · {links}", "", str(document.links), ""])
    item.setData(0, SOURCE_ROLE, index)
    item.setData(0, DOCUMENT_ROLE, document.url)
    item.setData(0, DOCUMENT_TEXT_ROLE, document.text)
    item.setData(
        0, Qt.ItemDataRole.AccessibleTextRole, f"{document.text}, linked document, {links}"
    )
    item.setToolTip(0, f"{document.text}\n{document.url}")
    return item


def citations_view(parent: QWidget) -> QListWidget:
    """The lower list, empty: two lines a citation, wrapped, never elided."""
    view = QListWidget(parent)
    view.setObjectName("citationsList")
    view.setAccessibleName("Where the selected source is cited")
    # Wrap the words around a mention instead of eliding the mention away.
    view.setWordWrap(True)
    view.setUniformItemSizes(False)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setItemDelegate(RoomyDelegate(view))
    return view


def citation_item(number: int, row: CitationRow) -> QListWidgetItem:
    """The lower list's row ``number``: the title over the words cited."""
    cell = QListWidgetItem(f"{row.title}\n{row.detail}")
    cell.setData(CITATION_ROLE, number)
    cell.setToolTip(row.detail)
    return cell
