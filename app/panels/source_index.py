"""Every source the library cites, as a list to filter by typing.

Part of the Sources tab: a filter field above a list of the library's
sources with the number of posts and mentions citing each, most cited
first. Typing narrows the list; Down moves from the field into the list;
Enter (in either) or a double-click asks for what cites the source
(``chosen``). The list follows the controller's changes naming sources
(posts citing them imported or deleted, renames and merges from the
corrections layer), keeping the selection: only the named sources are read
again and moved to their new place, so a change costs the same in a library
of 100 posts as in one of 100,000. A change naming more than
:data:`SourceIndex.FEW` sources (a big import) reads the whole list once.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quotemark.app.panels.source_lists import MAKER_ROLE, SourceRowDelegate, show_maker
from quotemark.library.errors import QuotemarkError
from quotemark.library.model import Change
from quotemark.library.records import SourceSummary

if TYPE_CHECKING:
    from quotemark.app.controller import Controller

ID_ROLE = Qt.ItemDataRole.UserRole + 3
_NUMBER_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

_Order = tuple[int, int, str, int]
"""Where a source stands: most cited posts first, then most mentions, then
by name (its id last, so two sources never tie)."""


def _order(source: SourceSummary) -> _Order:
    return (-source.post_count, -source.mention_count, source.name.casefold(), source.id)


def colleagues_makers(lib: Controller | None) -> dict[int, str]:
    """Who last corrected each library source (renamed it, or merged a name
    into it), by source id, when that was a colleague: one's own
    corrections are not labelled, only a colleague's name tells the
    researcher something they did not do themselves."""
    if lib is None:
        return {}
    try:
        makers = lib.source_makers()
        me = lib.who
    except QuotemarkError:
        return {}
    return {sid: name for sid, name in makers.items() if name != me}


class SourceIndex(QWidget):
    """The library's sources with counts, filtered by what is typed."""

    chosen = Signal(int, str)  # (source id, name): list what cites it
    focused = Signal()  # the list or the field took the keyboard

    FEW = 200
    """A change naming more sources than this reads the whole list again
    (one scan of the mentions instead of a lookup per source)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library: Controller | None = None
        self._stale = False  # changed while hidden: read again when shown
        # Each listed source's place, in list order, and its item by id.
        self._places: list[_Order] = []
        self._by_id: dict[int, QTreeWidgetItem] = {}
        self.rows_read = 0
        """How many sources were read from the library so far (tests check
        that a change reads only the sources it names)."""
        self.filter = QLineEdit(self)
        self.filter.setObjectName("sourceFilter")
        self.filter.setPlaceholderText("Filter sources in the library…")
        self.filter.setAccessibleName("Filter sources in the library")
        self.filter.setClearButtonEnabled(True)
        self.list = QTreeWidget(self)
        self.list.setObjectName("librarySourcesList")
        self.list.setAccessibleName("Sources in the library")
        self.list.setColumnCount(3)
        self.list.setHeaderLabels(["Library sources", "Posts", "Mentions"])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._rows = SourceRowDelegate(self.list)
        self.list.setItemDelegate(self._rows)
        # Rows of one height: the view asks one row its height, not each of
        # the library's sources again after every change (most of its
        # repaint). While a colleague's correction is listed the rows are
        # measured one by one instead (``_fit_rows``): that row takes two
        # lines, the others keep one.
        self.list.setUniformRowHeights(True)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # The count columns fit the rows on screen and the first 30 (the
        # most cited, so the widest numbers), not every source after a change.
        header.setResizeContentsPrecision(30)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        self.filter.textChanged.connect(self._on_filter_textChanged)
        self.filter.returnPressed.connect(self._on_filter_returnPressed)
        self.filter.installEventFilter(self)
        self.list.installEventFilter(self)
        self.list.itemActivated.connect(self._on_list_itemActivated)
        QWidget.setTabOrder(self.filter, self.list)

    def set_library(self, lib: Controller | None) -> None:
        """List ``lib``'s sources and follow its changes (None: empty)."""
        if self._library is not None:
            self._library.changed.disconnect(self._on_controller_changed)
            self._library.reset.disconnect(self._refresh_when_seen)
        self._library = lib
        if lib is not None:
            lib.changed.connect(self._on_controller_changed)
            # Changed elsewhere beyond the change log: nothing names sources.
            lib.reset.connect(self._refresh_when_seen)
        self._refresh_when_seen()

    @Slot()
    def _refresh_when_seen(self) -> None:
        # Counting every source's posts scans every mention (at 100,000
        # posts a tenth of the window's start, and again on each import):
        # a list nobody sees is read when it is shown or asked about.
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _fresh(self) -> None:
        if self._stale:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self._fresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Reload the list, keeping the selected source and the filter."""
        self._stale = False
        item = self.list.currentItem()
        current = None if item is None or item.isHidden() else self._id_and_name(item)
        lib = self._library
        try:
            sources = lib.sources() if lib is not None and not lib.closed else []
        except QuotemarkError:
            sources = []
        self.rows_read += len(sources)
        makers = colleagues_makers(self._library)
        # Most cited first: the sources a researcher looks for are the
        # ones the library leans on.
        sources.sort(key=_order)
        blocked = self.list.blockSignals(True)
        try:
            self.list.clear()
            self._places = [_order(source) for source in sources]
            self._by_id = {}
            for source in sources:
                item = self._item(source, makers.get(source.id))
                self._by_id[source.id] = item
                self.list.addTopLevelItem(item)
        finally:
            self.list.blockSignals(blocked)
        self._fit_rows(makers)
        self._apply_filter()
        if current is not None and not self._select_id(current[0]):
            self.select(current[1])  # merged away: its name may live on

    def update_sources(self, source_ids: Sequence[int]) -> None:
        """Read these sources again (their counts, their names) and move
        each to its place; one no post cites any more leaves the list. The
        other rows are not read, and the selection and filter stay."""
        lib = self._library
        if lib is None or lib.closed:
            return
        try:
            fresh = {source.id: source for source in lib.sources_by_id(source_ids)}
        except QuotemarkError:
            return
        self.rows_read += len(fresh)
        makers = colleagues_makers(lib)  # a rename or merge is such a change
        item = self.list.currentItem()
        current = None if item is None or item.isHidden() else self._id_and_name(item)
        words = self.filter.text().casefold().split()
        blocked = self.list.blockSignals(True)
        try:
            for source_id in dict.fromkeys(source_ids):
                self._take(source_id)
                source = fresh.get(source_id)
                if source is not None:
                    self._put(source, words, makers.get(source_id))
        finally:
            self.list.blockSignals(blocked)
        self._fit_rows(makers)
        if current is not None and not self._select_id(current[0]):
            self.select(current[1])  # merged away: its name may live on
        self._select_first_if_none()

    def _fit_rows(self, makers: dict[int, str]) -> None:
        # One height for all while no listed row names a colleague; else
        # each row its own (one line, or two under a correction's name).
        uniform = makers.keys().isdisjoint(self._by_id)
        if uniform != self.list.uniformRowHeights():
            self.list.setUniformRowHeights(uniform)
            self.list.doItemsLayout()

    def _take(self, source_id: int) -> None:
        item = self._by_id.pop(source_id, None)
        if item is None:
            return
        row = self.list.indexOfTopLevelItem(item)
        if row >= 0:
            self.list.takeTopLevelItem(row)
            del self._places[row]

    def _put(self, source: SourceSummary, words: list[str], maker: str | None = None) -> None:
        place = _order(source)
        row = bisect_left(self._places, place)
        self._places.insert(row, place)
        item = self._item(source, maker)
        self._by_id[source.id] = item
        self.list.insertTopLevelItem(row, item)
        name = source.name.casefold()
        item.setHidden(not all(word in name for word in words))

    def _select_id(self, source_id: int) -> bool:
        item = self._by_id.get(source_id)
        if item is not None and not item.isHidden():
            if self.list.currentItem() is not item:
                self.list.setCurrentItem(item)
            return True
        return False

    def current(self) -> tuple[int, str] | None:
        """The selected source's id and name."""
        self._fresh()
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return self._id_and_name(item)

    @staticmethod
    def _id_and_name(item: QTreeWidgetItem) -> tuple[int, str]:
        return int(item.data(0, ID_ROLE)), item.text(0)

    def select(self, name: str) -> bool:
        """Make the source called ``name`` current (False: not listed)."""
        self._fresh()
        wanted = name.casefold()
        for item in self._items():
            if item.text(0).casefold() == wanted and not item.isHidden():
                self.list.setCurrentItem(item)
                self.list.scrollToItem(item)
                return True
        return False

    def maker(self, source_id: int) -> str | None:
        """The colleague who last corrected source ``source_id`` (renamed
        it or merged a name into it); None when nobody did, when it was
        before makers were recorded, or when it was oneself."""
        self._fresh()
        item = self._by_id.get(source_id)
        maker = item.data(0, MAKER_ROLE) if item is not None else None
        return str(maker) if maker else None

    def shown_names(self) -> list[str]:
        """The names the filter lets through, in list order."""
        self._fresh()
        return [item.text(0) for item in self._items() if not item.isHidden()]

    # -- internals ---------------------------------------------------------

    def _item(self, source: SourceSummary, maker: str | None = None) -> QTreeWidgetItem:
        item = QTreeWidgetItem([source.name, str(source.post_count), str(source.mention_count)])
        item.setData(0, ID_ROLE, source.id)
        item.setTextAlignment(1, _NUMBER_ALIGN)
        item.setTextAlignment(2, _NUMBER_ALIGN)
        tip = source.name if not source.url else f"{source.name}\n{source.url}"
        show_maker(item, source.name, tip, maker)
        item.setToolTip(1, "Posts in the library citing it")
        item.setToolTip(2, "Mentions of it across the library")
        return item

    def _items(self) -> list[QTreeWidgetItem]:
        items = (self.list.topLevelItem(row) for row in range(self.list.topLevelItemCount()))
        return [item for item in items if item is not None]

    def _apply_filter(self) -> None:
        words = self.filter.text().casefold().split()
        for item in self._items():
            name = item.text(0).casefold()
            item.setHidden(not all(word in name for word in words))
        self._select_first_if_none()

    def _select_first_if_none(self) -> None:
        current = self.list.currentItem()
        if current is not None and not current.isHidden():
            return
        first = next((item for item in self._items() if not item.isHidden()), None)
        if first is not None:
            blocked = self.list.blockSignals(True)
            self.list.setCurrentItem(first)
            self.list.blockSignals(blocked)

    def _choose_current(self) -> None:
        current = self.current()
        if current is not None:
            self.chosen.emit(*current)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.focused.emit()
        elif (
            watched is self.filter
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self.list.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    @Slot(str)
    def _on_filter_textChanged(self, _text: str) -> None:
        self._apply_filter()

    @Slot()
    def _on_filter_returnPressed(self) -> None:
        self._choose_current()

    @Slot(QTreeWidgetItem, int)
    def _on_list_itemActivated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.list.setCurrentItem(item)
        self._choose_current()

    @Slot(object, object)
    def _on_controller_changed(self, change: Change, _initiator: object) -> None:
        # Posts coming or going name the sources they cite: those counts
        # change, no others.
        named = change.sources_changed
        if not named:
            return
        if not self.isVisible() or self._stale or len(named) > self.FEW:
            self._refresh_when_seen()
        else:
            self.update_sources(named)
