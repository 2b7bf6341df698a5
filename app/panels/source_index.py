"""Every source the library cites, as a list to filter by typing.

Part of the Sources tab: a filter field above a list of the library's
sources with the number of posts and mentions citing each, most cited
first. Typing narrows the list; Down moves from the field into the list;
Enter (in either) or a double-click asks for what cites the source
(``chosen``). The list follows the controller's changes naming sources
(renames and merges from the corrections layer), keeping the selection.
"""

from __future__ import annotations

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

from quotemark.app.panels.quotes import RoomyDelegate
from quotemark.library.errors import QuotemarkError
from quotemark.library.model import Change
from quotemark.library.records import SourceSummary

if TYPE_CHECKING:
    from quotemark.app.controller import Controller

ID_ROLE = Qt.ItemDataRole.UserRole + 3
MAKER_ROLE = Qt.ItemDataRole.UserRole + 4
_NUMBER_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class SourceIndex(QWidget):
    """The library's sources with counts, filtered by what is typed."""

    chosen = Signal(int, str)  # (source id, name): list what cites it
    focused = Signal()  # the list or the field took the keyboard

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library: Controller | None = None
        self._stale = False  # changed while hidden: read again when shown
        self.filter = QLineEdit(self)
        self.filter.setObjectName("sourceFilter")
        self.filter.setPlaceholderText("Filter sources in the library…")
        self.filter.setAccessibleName("Filter sources in the library")
        self.filter.setClearButtonEnabled(True)
        self.list = QTreeWidget(self)
        self.list.setObjectName("librarySourcesList")
        self.list.setAccessibleName("Sources in the library")
        self.list.setColumnCount(3)
        self.list.setHeaderLabels(["Source in the library", "Posts", "Mentions"])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setItemDelegate(RoomyDelegate(self.list))
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
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
        self._library = lib
        if lib is not None:
            lib.changed.connect(self._on_controller_changed)
        self._refresh_when_seen()

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
        try:
            sources = self._library.sources() if self._library is not None else []
        except QuotemarkError:
            sources = []
        makers = self._colleagues_makers()
        # Most cited first: the sources a researcher looks for are the
        # ones the library leans on.
        sources.sort(key=lambda s: (-s.post_count, -s.mention_count, s.name.casefold()))
        blocked = self.list.blockSignals(True)
        try:
            self.list.clear()
            for source in sources:
                self.list.addTopLevelItem(self._item(source, makers.get(source.id)))
        finally:
            self.list.blockSignals(blocked)
        self._apply_filter()
        if current is not None and not self._select_id(current[0]):
            self.select(current[1])  # merged away: its name may live on

    def _select_id(self, source_id: int) -> bool:
        for item in self._items():
            if item.data(0, ID_ROLE) == source_id and not item.isHidden():
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
        for item in self._items():
            if item.data(0, ID_ROLE) == source_id:
                maker = item.data(0, MAKER_ROLE)
                return str(maker) if maker else None
        return None

    def shown_names(self) -> list[str]:
        """The names the filter lets through, in list order."""
        self._fresh()
        return [item.text(0) for item in self._items() if not item.isHidden()]

    # -- internals ---------------------------------------------------------

    def _colleagues_makers(self) -> dict[int, str]:
        # One's own corrections are not labelled: only a colleague's name
        # tells the researcher something they did not do themselves.
        lib = self._library
        if lib is None:
            return {}
        try:
            makers = lib.source_makers()
            me = lib.who
        except QuotemarkError:
            return {}
        return {sid: name for sid, name in makers.items() if name != me}

    def _item(self, source: SourceSummary, maker: str | None = None) -> QTreeWidgetItem:
        item = QTreeWidgetItem([source.name, str(source.post_count), str(source.mention_count)])
        item.setData(0, ID_ROLE, source.id)
        item.setTextAlignment(1, _NUMBER_ALIGN)
        item.setTextAlignment(2, _NUMBER_ALIGN)
        tip = source.name if not source.url else f"{source.name}\n{source.url}"
        if maker:
            item.setData(0, MAKER_ROLE, maker)
            tip += f"\nCorrected by {maker} (renamed, or another name merged into it)"
            # A screen reader hears the maker with the name (the eye sees
            # it in the tooltip and under the list once the source is chosen).
            item.setData(
                0, Qt.ItemDataRole.AccessibleTextRole, f"{source.name}, corrected by {maker}"
            )
        item.setToolTip(0, tip)
        item.setToolTip(1, "Posts in the library citing it")
        item.setToolTip(2, "Mentions of it across the library")
        return item

    def _items(self) -> list[QTreeWidgetItem]:
        items = (self.list.topLevelItem(row) for row in range(self.list.topLevelItemCount()))
        return [item for item in items if item is not None]

    def _apply_filter(self) -> None:
        words = self.filter.text().casefold().split()
        first: QTreeWidgetItem | None = None
        for item in self._items():
            name = item.text(0).casefold()
            hidden = not all(word in name for word in words)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        current = self.list.currentItem()
        if (current is None or current.isHidden()) and first is not None:
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
        # Posts coming or going change the counts too.
        if change.sources_changed or change.posts_added or change.posts_removed:
            self._refresh_when_seen()
