"""The Sources tab's two lists as widgets: the post's sources (a tree with
name, kind, mentions here and posts citing it) and the citations under it.

``sources_tree`` and ``citations_view`` set a list up; ``source_item`` and
``citation_item`` make one row. The panel (``sources.py``) connects them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from quotemark.app.panels.quotes import RoomyDelegate
from quotemark.app.panels.source_citations import CitationRow
from quotemark.app.panels.source_index import show_maker
from quotemark.library.model import Source, SourceKind
from quotemark.library.records import SourceSummary

SOURCE_ROLE = Qt.ItemDataRole.UserRole + 1
CITATION_ROLE = Qt.ItemDataRole.UserRole + 2
_NUMBER_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

KIND_LABELS = {
    SourceKind.AGENCY: "agency",
    SourceKind.OUTLET: "outlet",
    SourceKind.ORGANISATION: "organisation",
    SourceKind.PERSON: "person",
    SourceKind.LINK: "link",
}


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
    tree.setItemDelegate(RoomyDelegate(tree))  # rows as tall as Quotes'
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
    item = QTreeWidgetItem(
        [
            source.name,
            KIND_LABELS.get(source.kind, str(source.kind)),
            str(here),
            str(summary.post_count) if summary else "",
        ]
    )
    item.setData(0, SOURCE_ROLE, index)
    item.setTextAlignment(2, _NUMBER_ALIGN)
    item.setTextAlignment(3, _NUMBER_ALIGN)
    item.setToolTip(3, "Posts in the library citing it")
    tip = source.name if not source.url else f"{source.name}\n{source.url}"
    show_maker(item, source.name, tip, maker)
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
