"""The library pane: every post with title, site, date and counts of quotes
and clips; a search box over the full text (debounced, so typing never
waits on the database); a filter by tag or by cited source; a published
date range (:mod:`quotemark.app.date_range`); a sort choice
(newest import, published date, title, site, most clips) remembered in the
settings. Search results keep the library's relevance order.

The model (:mod:`quotemark.app.post_list_model`) fetches rows as they scroll into
view; the sorting, searching and filtering is the library's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
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
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quotemark.app import settings
from quotemark.app.actions import bindings, key_hint, key_text
from quotemark.app.collections_tree import CollectionsTree, PostDragger
from quotemark.app.date_range import DateRange
from quotemark.app.post_list_model import DAMAGED, HEADERS, SECONDARY_ROLE, PostListModel
from quotemark.app.search_display import paint_snippet, row_height
from quotemark.library.errors import QuotemarkError
from quotemark.library.model import Change, PostSummary
from quotemark.library.store.listing import Listing

if TYPE_CHECKING:
    from quotemark.app.controller import Controller

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

    The list itself is sorted by the database
    (:mod:`quotemark.library.store.listing`); this is the same order for rows in
    hand, and the specification the database's order is tested against."""
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


_Index = QModelIndex | QPersistentModelIndex
__all__ = [
    "DAMAGED",
    "SECONDARY_ROLE",
    "LibraryPane",
    "TwoLineDelegate",
    "select_row",
    "sort_posts",
]


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


class _FilterBox(QComboBox):
    """The filter choices; asks for the sources' post counts as it opens."""

    def __init__(self, before_popup: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._before_popup = before_popup

    def showPopup(self) -> None:
        self._before_popup()
        super().showPopup()


class LibraryPane(QWidget):
    """The post list with its search box and filter."""

    post_activated = Signal(int)  # a post id the user chose to read
    search_left = Signal()  # Escape in an empty search box: back to reading
    status = Signal(str)  # a message for the status bar

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = controller
        self._counted = False  # the source choices show their post counts
        self.search_box = QLineEdit(self)
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setObjectName("librarySearch")
        self.filter_box = _FilterBox(self._count_sources, self)
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
        self.dates = DateRange(self)
        self.model = PostListModel(controller, self)
        self.model.failed.connect(self.status)
        self.proxy = self.model  # the view's model (it was a sorting proxy once)
        self.view = QTableView(self)
        self.view.setObjectName("libraryList")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # One two-line column (title; site · date · counts) fits a narrow pane;
        # the other columns stay in the model for sorting and tooltips.
        self.view.setItemDelegateForColumn(0, TwoLineDelegate(self.view))
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(HEADERS)):
            self.view.setColumnHidden(column, True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(
            TwoLineDelegate(self).sizeHint(QStyleOptionViewItem(), self.model.index(0, 0)).height()
        )
        # Collections above the list (Zotero keeps them in a pane of their
        # own; a narrow window has no room for a fourth column).
        self.collections = CollectionsTree(controller, self)
        self.collections.collection_chosen.connect(self._on_collections_collection_chosen)
        self.collections.status.connect(self.status)
        self._dragger = PostDragger(self.view, self.selected_post_ids)
        self.lists = QSplitter(Qt.Orientation.Vertical, self)
        self.lists.setObjectName("libraryLists")
        self.lists.addWidget(self.collections)
        self.lists.addWidget(self.view)
        self.lists.setStretchFactor(0, 0)
        self.lists.setStretchFactor(1, 1)
        self.lists.setSizes([110, 400])
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
        layout.addWidget(self.dates)
        layout.addWidget(self.lists, 1)
        layout.addWidget(self.empty_label)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_box.textChanged.connect(self._on_search_box_textChanged)
        self.search_box.returnPressed.connect(self._on_search_box_returnPressed)
        self.search_box.installEventFilter(self)
        self.filter_box.activated.connect(self._on_filter_box_activated)
        self.dates.changed.connect(self._on_dates_changed)
        remembered = self.sort_box.findData(settings.get_str(SORT_SETTING, "newest"))
        self.sort_box.setCurrentIndex(max(remembered, 0))
        self.sort_box.currentIndexChanged.connect(self._on_sort_box_currentIndexChanged)
        QWidget.setTabOrder(self.search_box, self.filter_box)
        QWidget.setTabOrder(self.filter_box, self.sort_box)
        QWidget.setTabOrder(self.sort_box, self.dates.from_edit)
        QWidget.setTabOrder(self.dates.from_edit, self.dates.to_edit)
        QWidget.setTabOrder(self.dates.to_edit, self.dates.clear_button)
        QWidget.setTabOrder(self.dates.clear_button, self.collections)
        QWidget.setTabOrder(self.collections, self.view)
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
        selected = self._first_selected()
        self._show_sort(searching=bool(query))
        self.view.verticalHeader().setDefaultSectionSize(
            row_height(self.view.font(), TwoLineDelegate.PADDING, searching=bool(query))
        )
        if query:  # search hits come best first: re-sorting would bury the match
            try:
                hits = self._library.search(query, self._listing())
            except QuotemarkError as error:
                self.status.emit(str(error))
                hits = []
            self.model.set_rows([hit.post for hit in hits], {h.post.id: h.snippet for h in hits})
        else:
            self.model.set_listing(self._listing())
        self._reselect(selected)
        self._show_empty(query)

    def refresh_filters(self) -> None:
        """Reload the tag and source choices (after clips or imports)."""
        current = self.filter_box.currentData()
        self.filter_box.blockSignals(True)
        self.filter_box.clear()
        self.filter_box.addItem("All posts", "all:")
        try:
            tags = self._library.tags()
            # Names only: counting each source's posts scans every mention
            # (45 ms at 150,000), so counts wait until the box is opened.
            sources = self._library.cited_source_names()
        except QuotemarkError:
            tags, sources = [], []
        for tag in tags:
            self.filter_box.addItem(f"Tag: {tag}", f"tag:{tag}")
        for source_id, name in sorted(sources, key=lambda s: s[1].casefold()):
            self.filter_box.addItem(f"Source: {name}", f"source:{source_id}")
        self._counted = False
        index = self.filter_box.findData(current) if current is not None else 0
        self.filter_box.setCurrentIndex(max(index, 0))
        self.filter_box.blockSignals(False)

    def _count_sources(self) -> None:
        """Add each source's number of posts to its choice (the box is
        opening; counted once per change naming sources)."""
        if self._counted:
            return
        self._counted = True
        try:
            counts = {source.id: source for source in self._library.sources()}
        except QuotemarkError:
            return
        box = self.filter_box
        for index in range(box.count()):
            data = str(box.itemData(index) or "")
            kind, _, value = data.partition(":")
            if kind == "source" and value.isdigit() and int(value) in counts:
                source = counts[int(value)]
                box.setItemText(index, f"Source: {source.name} ({source.post_count})")

    def update_posts(self, post_ids: Sequence[int]) -> None:
        """Refresh the rows of changed posts (counts) without a reload."""
        self.apply_change(Change(posts_changed=tuple(post_ids)))

    def apply_change(self, change: Change) -> None:
        """Show what ``change`` did to posts: only the rows it names move or
        repaint (search hits are searched again when posts come or go)."""
        if self.model.showing_rows() and (change.posts_added or change.posts_removed):
            self.refresh()
            return
        selected = self._first_selected()
        self.model.apply_change(change)
        if selected and not self.view.selectionModel().hasSelection():
            self._reselect(selected)  # the model had to be reloaded
        self._show_empty(self.search_box.text().strip())

    @Slot(object, object)
    def _on_controller_changed(self, change: Change, _initiator: object) -> None:
        """Follow a change: only the rows it names (posts added, changed or
        removed), the filter choices when tags or sources changed; the
        selection stays."""
        kind, _value = self._filter()
        if kind == "tag" and change.tags_changed:
            self.refresh()  # a clip may have joined or left the shown tag
        elif self.collections.chosen() is not None and change.collections_changed:
            self.refresh()  # posts may have joined or left the shown collection
        else:
            self.apply_change(change)
        if change.tags_changed or change.sources_changed:
            self.refresh_filters()

    def mark_damaged(self, post_id: int) -> None:
        """Show a post found damaged on opening as damaged in the list."""
        self.model.mark_damaged(post_id)

    def select_post(self, post_id: int) -> None:
        """Show ``post_id`` as the current row (when it is listed)."""
        row = self.model.row_of(post_id)
        if row is None:
            return
        select_row(self.view, self.model.index(row, 0))

    def selected_post_ids(self) -> list[int]:
        """The posts selected in the list."""
        # Row ranges, not selectedRows(): a Ctrl+A over 100,000 rows would
        # make an index object per row. The rows are read in order, a page
        # at a time.
        ranges = self.view.selectionModel().selection()
        spans = (ranges.at(i) for i in range(ranges.size()))
        rows = sorted({row for r in spans for row in range(r.top(), r.bottom() + 1)})
        return [i for i in map(self.model.post_id, rows) if i is not None]

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

    def _first_selected(self) -> list[int]:
        """The first selected post (what a reload selects again), found
        without reading every selected row: Ctrl+A selects them all."""
        ranges = self.view.selectionModel().selection()
        if ranges.isEmpty():
            return []
        found = self.model.post_id(min(ranges.at(i).top() for i in range(ranges.size())))
        return [] if found is None else [found]

    def _reselect(self, post_ids: list[int]) -> None:
        for post_id in post_ids[:1]:
            self.select_post(post_id)

    def _listing(self) -> Listing:
        kind, value = self._filter()
        published_from, published_to = self.dates.bounds()
        return Listing(
            self.sort_order(),
            tag=value if kind == "tag" else None,
            source_id=int(value) if kind == "source" else None,
            collection_id=self.collections.chosen(),
            published_from=published_from,
            published_to=published_to,
        )

    def _show_empty(self, query: str) -> None:
        if self.model.rowCount():
            self.empty_label.hide()
            return
        if query:
            narrowed = self._filter()[0] != "all" or self.collections.chosen() is not None
            if self.dates.is_set():
                where = " among the posts shown (the dates, filter or collection narrow it)"
            elif narrowed:
                where = " among the posts shown (the filter or collection narrows it)"
            else:
                where = ""
            self.empty_label.setText(f"No post matches “{query}”{where}.")
        elif self.dates.is_set():
            self.empty_label.setText(
                "No post was published between these dates. Clear them with ✕."
            )
        elif self.collections.chosen() is not None and self._filter()[0] == "all":
            self.empty_label.setText(
                "No posts in this collection yet. Drag posts here from All posts, "
                "or use Edit ▸ Add to collection."
            )
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

    @Slot()
    def _on_dates_changed(self) -> None:
        self.refresh()

    @Slot(object)
    def _on_collections_collection_chosen(self, _collection_id: object) -> None:
        self.refresh()

    @Slot(int)
    def _on_sort_box_currentIndexChanged(self, _index: int) -> None:
        settings.set_value(SORT_SETTING, self.sort_order())
        if self.search_box.text().strip():
            return  # hits stay best first; the order applies when the search ends
        selected = self._first_selected()
        self.model.set_listing(self._listing())
        self._reselect(selected)

    @Slot(QModelIndex)
    def _on_view_activated(self, index: QModelIndex) -> None:
        post_id = self.model.post_id(index.row()) if index.isValid() else None
        if post_id is not None:
            self.post_activated.emit(post_id)


def _no_posts() -> str:
    return f"No posts yet. Import some with {key_hint('file.import')}."
