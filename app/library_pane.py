"""The library pane: every post with title, site, date and counts of quotes
and clips; a search box over the full text (debounced, so typing never
waits on the database); a filter by tag or by cited source; a sort choice
(newest import, published date, title, site, most clips) remembered in the
settings. Search results keep the library's relevance order.

The model is a thin adapter over :class:`~library.model.PostSummary` rows;
the searching and filtering is the library's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import settings
from app.actions import bindings, key_hint, key_text
from library.errors import QuotemarkError
from library.model import Change, PostSummary

if TYPE_CHECKING:
    from app.controller import Controller

SEARCH_DELAY_MS = 250
SORT_SETTING = "library/sort"
SORTS: tuple[tuple[str, str], ...] = (
    ("newest", "Newest import"),
    ("published", "Published date"),
    ("title", "Title"),
    ("site", "Site"),
    ("clips", "Most clips"),
)
"""(name kept in the settings, label shown) for each order of the list."""
_SORT_NAMES = frozenset(name for name, _label in SORTS)


def sort_posts(rows: Sequence[PostSummary], order: str) -> list[PostSummary]:
    """``rows`` in a named order (see :data:`SORTS`). Ties, and posts
    without a date or site (listed last), keep newest import first.

    Sorted here with keys computed once per row, not by the proxy model,
    which would call back into Python for every comparison."""
    newest = sorted(rows, key=lambda p: (p.imported, p.id), reverse=True)
    if order == "published":
        return sorted(newest, key=lambda p: p.published or "", reverse=True)
    if order == "title":
        return sorted(newest, key=lambda p: (p.title or "(untitled)").casefold())
    if order == "site":
        return sorted(newest, key=lambda p: (not p.site, (p.site or "").casefold()))
    if order == "clips":
        return sorted(newest, key=lambda p: p.clip_count, reverse=True)
    return newest


_HEADERS = ("Title", "Site", "Date", "Quotes", "Clips")
_COUNT_COLUMNS = (3, 4)
_Index = QModelIndex | QPersistentModelIndex

POST_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SECONDARY_ROLE = Qt.ItemDataRole.UserRole + 3
"""The muted second line a :class:`TwoLineDelegate` draws under the text."""


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

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        metrics = QFontMetrics(option.font)
        height = int(metrics.height() * 2.0) + self.PADDING + 4
        return QSize(200, height)


class PostTableModel(QAbstractTableModel):
    """Rows of :class:`PostSummary` (and a search snippet when searching)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PostSummary] = []
        self._snippets: dict[int, str] = {}

    def set_rows(self, rows: Sequence[PostSummary], snippets: dict[int, str] | None = None) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self._snippets = snippets or {}
        self.endResetModel()

    def update_row(self, summary: PostSummary) -> None:
        """Refresh one post's row in place (counts after a clip)."""
        for row, existing in enumerate(self._rows):
            if existing.id == summary.id:
                self._rows[row] = summary
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(_HEADERS) - 1))
                return

    def remove_post(self, post_id: int) -> None:
        """Drop a deleted post's row."""
        for row, existing in enumerate(self._rows):
            if existing.id == post_id:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
                return

    def summary(self, row: int) -> PostSummary:
        """The post shown in ``row``."""
        return self._rows[row]

    def summaries(self) -> list[PostSummary]:
        """Every listed post, in the model's order."""
        return list(self._rows)

    def row_of(self, post_id: int) -> int | None:
        """The row of a post, if it is listed."""
        for row, existing in enumerate(self._rows):
            if existing.id == post_id:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        post = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(post, column)
        if role == SORT_ROLE:
            if column in _COUNT_COLUMNS:
                return post.quote_count if column == 3 else post.clip_count
            if column == 1:  # posts without a site after every named one
                return f"0{post.site.casefold()}" if post.site else "1"
            if column == 2:  # the full date and time, so one day's posts order too
                return post.published or ""
            return (_display(post, column) or "").casefold()
        if role == POST_ID_ROLE:
            return post.id
        if role == SECONDARY_ROLE:
            return _details(post)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [post.title]
            if post.damaged:
                lines.append(
                    "This post is damaged in the library: re-extract it from its original "
                    "(right-click > Re-extract post) or delete it."
                )
            if post.authors:
                lines.append(", ".join(post.authors))
            if post.url:
                lines.append(post.url)
            snippet = self._snippets.get(post.id)
            if snippet:
                lines.append("")
                lines.append(snippet.replace("[", "«").replace("]", "»"))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _COUNT_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


DAMAGED = "Damaged: right-click > Re-extract post"
"""The list's mark on a post whose stored row cannot be read."""


def _details(post: PostSummary) -> str:
    """ "Harbour Lights · 2024-03-09 · 14 quotes · 1 clip"."""
    if post.damaged:
        return DAMAGED
    parts = [part for part in (post.site, (post.published or "")[:10]) if part]
    parts.append(f"{post.quote_count} quote" + ("" if post.quote_count == 1 else "s"))
    if post.clip_count:
        parts.append(f"{post.clip_count} clip" + ("" if post.clip_count == 1 else "s"))
    return " · ".join(parts)


def _display(post: PostSummary, column: int) -> str:
    if column == 0:
        return post.title or "(untitled)"
    if column == 1:
        return post.site or ""
    if column == 2:
        return (post.published or "")[:10]
    if column == 3:
        return str(post.quote_count)
    return str(post.clip_count) if post.clip_count else ""


class LibraryPane(QWidget):
    """The post list with its search box and filter."""

    post_activated = Signal(int)  # a post id the user chose to read
    search_left = Signal()  # Escape in an empty search box: back to reading
    status = Signal(str)  # a message for the status bar

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = controller
        self.search_box = QLineEdit(self)
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setObjectName("librarySearch")
        self.filter_box = QComboBox(self)
        self.filter_box.setObjectName("libraryFilter")
        self.filter_box.setToolTip("Show only posts with clips tagged…, or citing a source")
        # A long source name must not widen the pane (and squeeze the reader):
        # the box elides, its drop-down list still shows names in full.
        self.filter_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.filter_box.setMinimumContentsLength(8)
        self.sort_box = QComboBox(self)
        self.sort_box.setObjectName("librarySort")
        self.sort_box.setToolTip("Order of the list (Alt+O)")
        self.sort_box.setAccessibleName("Sort posts by")
        for name, label in SORTS:
            self.sort_box.addItem(label, name)
        self.sort_label = QLabel("S&ort:", self)
        self.sort_label.setBuddy(self.sort_box)
        self.model = PostTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView(self)
        self.view.setObjectName("libraryList")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the library's order: newest
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # One two-line column (title; site · date · counts) fits a narrow pane;
        # the other columns stay in the model for sorting and tooltips.
        self.view.setItemDelegateForColumn(0, TwoLineDelegate(self.view))
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(_HEADERS)):
            self.view.setColumnHidden(column, True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(
            TwoLineDelegate(self).sizeHint(QStyleOptionViewItem(), self.model.index(0, 0)).height()
        )
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._name_keys()
        bindings().changed.connect(self._name_keys)
        self.empty_label.hide()

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search_box, 3)
        choices = QHBoxLayout()
        choices.setContentsMargins(0, 0, 0, 0)
        choices.addWidget(self.filter_box, 3)
        choices.addWidget(self.sort_label)
        choices.addWidget(self.sort_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addLayout(top)
        layout.addLayout(choices)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_box.textChanged.connect(self._on_search_box_textChanged)
        self.search_box.returnPressed.connect(self._on_search_box_returnPressed)
        self.search_box.installEventFilter(self)
        self.filter_box.activated.connect(self._on_filter_box_activated)
        remembered = self.sort_box.findData(settings.get_str(SORT_SETTING, "newest"))
        self.sort_box.setCurrentIndex(max(remembered, 0))
        self.sort_box.currentIndexChanged.connect(self._on_sort_box_currentIndexChanged)
        QWidget.setTabOrder(self.search_box, self.filter_box)
        QWidget.setTabOrder(self.filter_box, self.sort_box)
        QWidget.setTabOrder(self.sort_box, self.view)
        self.view.activated.connect(self._on_view_activated)
        self.view.clicked.connect(self._on_view_activated)
        self.refresh_filters()
        self.refresh()
        controller.changed.connect(self._on_controller_changed)

    # -- public -----------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list from the library (search, filter) now."""
        self._search_timer.stop()
        query = self.search_box.text().strip()
        snippets: dict[int, str] = {}
        try:
            if query:
                hits = self._library.search(query)
                rows = [hit.post for hit in hits]
                snippets = {hit.post.id: hit.snippet for hit in hits}
            else:
                kind, value = self._filter()
                rows = self._library.posts(
                    tag=value if kind == "tag" else None,
                    source_id=int(value) if kind == "source" else None,
                )
        except QuotemarkError as error:
            self.status.emit(str(error))
            rows = []
        selected = self.selected_post_ids()
        self._show_sort(searching=bool(query))
        if not query:  # search hits come best first: re-sorting would bury the match
            rows = sort_posts(rows, self.sort_order())
        self.model.set_rows(rows, snippets)
        self._reselect(selected)
        self._show_empty(query, rows)

    def refresh_filters(self) -> None:
        """Reload the tag and source choices (after clips or imports)."""
        current = self.filter_box.currentData()
        self.filter_box.blockSignals(True)
        self.filter_box.clear()
        self.filter_box.addItem("All posts", "all:")
        try:
            tags = self._library.tags()
            sources = self._library.sources()
        except QuotemarkError:
            tags, sources = [], []
        for tag in tags:
            self.filter_box.addItem(f"Tag: {tag}", f"tag:{tag}")
        for source in sorted(sources, key=lambda s: s.name.casefold()):
            self.filter_box.addItem(
                f"Source: {source.name} ({source.post_count})", f"source:{source.id}"
            )
        index = self.filter_box.findData(current) if current is not None else 0
        self.filter_box.setCurrentIndex(max(index, 0))
        self.filter_box.blockSignals(False)

    def update_posts(self, post_ids: Sequence[int]) -> None:
        """Refresh the rows of changed posts (counts) without a reload."""
        for post_id in post_ids:
            if self.model.row_of(post_id) is None:
                continue
            try:
                self.model.update_row(self._library.post_summary(post_id))
            except QuotemarkError:
                self.model.remove_post(post_id)

    @Slot(object, object)
    def _on_controller_changed(self, change: Change, _initiator: object) -> None:
        """Follow a change: rows of changed posts in place (clip counts,
        keys), the list again only when posts came or went, the filter
        choices when tags or sources did; the selection stays."""
        if change.posts_added or change.posts_removed:
            self.refresh()
        elif change.posts_changed:
            self.update_posts(change.posts_changed)
            kind, _value = self._filter()
            if kind == "tag" and change.tags_changed:
                self.refresh()  # a clip may have joined or left the shown tag
        if change.tags_changed or change.sources_changed:
            self.refresh_filters()

    def mark_damaged(self, post_id: int) -> None:
        """Show a post found damaged on opening as damaged in the list."""
        row = self.model.row_of(post_id)
        if row is not None:
            self.model.update_row(replace(self.model.summary(row), damaged=True))

    def select_post(self, post_id: int) -> None:
        """Show ``post_id`` as the current row (when it is listed)."""
        row = self.model.row_of(post_id)
        if row is None:
            return
        select_row(self.view, self.proxy.mapFromSource(self.model.index(row, 0)))

    def selected_post_ids(self) -> list[int]:
        """The posts selected in the list."""
        rows = {self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()}
        return [self.model.summary(r).id for r in sorted(rows)]

    def focus_search(self) -> None:
        """Ctrl+K: put the cursor in the search box, its text selected."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def sort_order(self) -> str:
        """The chosen order's name (see :data:`SORTS`)."""
        data = self.sort_box.currentData()
        return data if isinstance(data, str) and data in _SORT_NAMES else "newest"

    def set_sort_order(self, name: str) -> None:
        """Choose an order by name (remembered, as a choice in the box is)."""
        index = self.sort_box.findData(name)
        if index >= 0:
            self.sort_box.setCurrentIndex(index)

    def post_count(self) -> int:
        """Rows listed now."""
        return self.model.rowCount()

    # -- internals --------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Escape in the search box: first it clears the search (the whole
        # library lists again), then it hands the keyboard back to reading.
        if (
            watched is self.search_box
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and not event.modifiers()
        ):
            if self.search_box.text():
                self.search_box.clear()
                self.refresh()
            else:
                self.search_left.emit()
            return True
        return super().eventFilter(watched, event)

    def _filter(self) -> tuple[str, str]:
        """("all", ""), ("tag", name) or ("source", id), from the choice's
        data string ``kind:value`` (strings compare in ``findData``)."""
        data = self.filter_box.currentData()
        if isinstance(data, str) and ":" in data:
            kind, value = data.split(":", 1)
            return kind, value
        return "all", ""

    def filter_kind(self) -> str:
        """``all``, ``tag`` or ``source``: what the filter shows."""
        return self._filter()[0]

    @Slot()
    def _name_keys(self) -> None:
        # Texts naming a key follow the user's bindings.
        search = key_text("view.focus_search")
        self.search_box.setPlaceholderText(
            f"Search all posts  ({search})" if search else "Search all posts"
        )
        if self.empty_label.text().startswith("No posts yet."):
            self.empty_label.setText(_no_posts())

    def _show_sort(self, *, searching: bool) -> None:
        self.sort_box.setEnabled(not searching)
        self.sort_label.setEnabled(not searching)
        self.sort_box.setToolTip(
            "Search results are listed best match first"
            if searching
            else "Order of the list (Alt+O)"
        )

    def _reselect(self, post_ids: list[int]) -> None:
        for post_id in post_ids[:1]:
            self.select_post(post_id)

    def _show_empty(self, query: str, rows: Sequence[PostSummary]) -> None:
        if rows:
            self.empty_label.hide()
            return
        if query:
            self.empty_label.setText(f"No post contains “{query}”.")
        elif self._filter()[0] != "all":
            self.empty_label.setText("No post matches this filter.")
        else:
            self.empty_label.setText(_no_posts())
        self.empty_label.show()

    @Slot(str)
    def _on_search_box_textChanged(self, _text: str) -> None:
        self._search_timer.start()

    @Slot()
    def _on_search_box_returnPressed(self) -> None:
        self.refresh()
        if self.model.rowCount():
            self.view.setFocus()
            self.view.selectRow(0)

    @Slot(int)
    def _on_filter_box_activated(self, _index: int) -> None:
        self.refresh()

    @Slot(int)
    def _on_sort_box_currentIndexChanged(self, _index: int) -> None:
        settings.set_value(SORT_SETTING, self.sort_order())
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the rows' own order
        if self.search_box.text().strip():
            return  # hits stay best first; the order applies when the search ends
        # The rows are all here: re-sorting them needs no query.
        selected = self.selected_post_ids()
        self.model.set_rows(sort_posts(self.model.summaries(), self.sort_order()))
        self._reselect(selected)

    @Slot(QModelIndex)
    def _on_view_activated(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        if source.isValid():
            self.post_activated.emit(self.model.summary(source.row()).id)


def _no_posts() -> str:
    return f"No posts yet. Import some with {key_hint('file.import')}."
