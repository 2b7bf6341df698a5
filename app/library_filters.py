"""The library pane's filter bar: the choice of tag or cited source, and
the sort order. Both are remembered for the next run (QSettings
``library/filter`` and ``library/sort``); a remembered tag or source that
is gone by then falls back to all posts.

:func:`sort_posts` is the order the database sorts by, for rows in hand.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QWidget,
)

from quotemark.app import settings
from quotemark.library.errors import QuotemarkError
from quotemark.library.model import PostSummary
from quotemark.library.store.title_order import title_key

if TYPE_CHECKING:
    from quotemark.app.controller import Controller

SORT_SETTING = "library/sort"
FILTER_SETTING = "library/filter"
"""The filter choice's data string (``all:``, ``tag:name``, ``source:id``)."""
SORTS: tuple[tuple[str, str], ...] = (
    ("newest", "Newest import"),
    ("published", "Published date"),
    ("title", "Title"),
    ("site", "Site"),
    ("clips", "Most clips"),
)
"""(name kept in the settings, label shown) for each order of the list."""
_SORT_NAMES = frozenset(name for name, _label in SORTS)
_ALL = "all:"


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
        return sorted(newest, key=lambda p: title_key(p.title))
    if order == "site":
        return sorted(newest, key=lambda p: (not p.site, (p.site or "").casefold()))
    if order == "clips":
        return sorted(newest, key=lambda p: p.clip_count, reverse=True)
    return newest


class _FilterBox(QComboBox):
    """The filter choices; asks for the sources' post counts as it opens.
    Typing a tag's or a source's name chooses it (see :meth:`keyPressEvent`)."""

    def __init__(self, before_popup: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._before_popup = before_popup
        self._typed = ""
        self._since = QElapsedTimer()

    def showPopup(self) -> None:
        self._before_popup()
        super().showPopup()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The choices read "Tag: pier" and "Source: Ada Lind": Qt's search
        # by typing matched "Tag: …" only, so typing "pier" chose nothing.
        # Typed letters (a pause starts anew, as Qt's does) find the first
        # choice whose name starts with them, the same case first.
        text = event.text()
        plain = not event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        # A space starts no name (it opens the list), but may go on one ("to read").
        if not plain or not text or not text.isprintable() or (text == " " and not self._typed):
            super().keyPressEvent(event)
            return
        if (
            not self._since.isValid()
            or self._since.elapsed() > QApplication.keyboardInputInterval()
        ):
            self._typed = ""
        self._since.start()
        self._typed += text
        index = _named_choice(self, self._typed)
        if index is None:
            super().keyPressEvent(event)
            return
        if index != self.currentIndex():
            self.setCurrentIndex(index)
            self.activated.emit(index)


def _named_choice(box: QComboBox, typed: str) -> int | None:
    """The first choice whose name (after "Tag: " or "Source: ") starts with
    ``typed``: one in the same case first, else in any case."""
    names = [box.itemText(i).partition(": ")[2] for i in range(box.count())]
    for same in (True, False):
        for index, name in enumerate(names):
            if name.startswith(typed) if same else name.casefold().startswith(typed.casefold()):
                return index
    return None


class FilterBar(QWidget):
    """The filter and sort choices above the post list."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = controller
        self._counted = False  # the source choices show their post counts
        self.filter_box = _FilterBox(self._count_sources, self)
        self.filter_box.setObjectName("libraryFilter")
        self.filter_box.setToolTip(
            "Show only posts with clips tagged…, or citing a source (F2 renames the tag shown)"
        )
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
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The sort box keeps the width of its longest order (a short list
        # of fixed words); the filter box, which elides, takes the rest. A
        # share of the row cut "Newest import" to "Newest im" at a larger
        # system font.
        self.sort_box.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.filter_box, 1)
        layout.addWidget(self.sort_label)
        layout.addWidget(self.sort_box)
        QWidget.setTabOrder(self.filter_box, self.sort_box)
        remembered = self.sort_box.findData(settings.get_str(SORT_SETTING, "newest"))
        self.sort_box.setCurrentIndex(max(remembered, 0))
        self.sort_box.currentIndexChanged.connect(self._on_sort_box_currentIndexChanged)
        self.filter_box.activated.connect(self._on_filter_box_activated)

    def refresh_filters(self) -> None:
        """Reload the tag and source choices (after clips or imports),
        keeping the current one; the first time, the one chosen last run."""
        if self.filter_box.count():
            current = self.filter_box.currentData()
        else:
            current = settings.get_str(FILTER_SETTING, _ALL)
        self.filter_box.blockSignals(True)
        self.filter_box.clear()
        self.filter_box.addItem("All posts", _ALL)
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

    def choose_all(self) -> None:
        """Show all posts (another library: its tags and sources differ)."""
        self._choose_at(0, _ALL)

    def choose(self, data: str) -> None:
        """Choose the filter whose data string is ``data`` (remembered, as a
        choice made in the box is); nothing when there is none."""
        index = self.filter_box.findData(data)
        if index >= 0:
            self._choose_at(index, data)

    def _choose_at(self, index: int, data: str) -> None:
        # Without a signal (the caller refreshes the list), and remembered.
        self.filter_box.blockSignals(True)
        self.filter_box.setCurrentIndex(index)
        self.filter_box.blockSignals(False)
        settings.set_value(FILTER_SETTING, data)

    def choice(self) -> tuple[str, str]:
        """("all", ""), ("tag", name) or ("source", id), from the choice's
        data string ``kind:value`` (strings compare in ``findData``)."""
        data = self.filter_box.currentData()
        if isinstance(data, str) and ":" in data:
            kind, value = data.split(":", 1)
            return kind, value
        return "all", ""

    def sort_order(self) -> str:
        """The chosen order's name (see :data:`SORTS`)."""
        data = self.sort_box.currentData()
        return data if isinstance(data, str) and data in _SORT_NAMES else "newest"

    def set_sort_order(self, name: str) -> None:
        """Choose an order by name (remembered, as a choice in the box is)."""
        index = self.sort_box.findData(name)
        if index >= 0:
            self.sort_box.setCurrentIndex(index)

    def show_sort(self, *, searching: bool) -> None:
        """Search hits come best first: the sort choice rests meanwhile."""
        self.sort_box.setEnabled(not searching)
        self.sort_label.setEnabled(not searching)
        self.sort_box.setToolTip(
            "Search results are listed best match first"
            if searching
            else "Order of the list (Alt+O)"
        )

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

    @Slot(int)
    def _on_filter_box_activated(self, _index: int) -> None:
        data = self.filter_box.currentData()
        settings.set_value(FILTER_SETTING, data if isinstance(data, str) else _ALL)

    @Slot(int)
    def _on_sort_box_currentIndexChanged(self, _index: int) -> None:
        settings.set_value(SORT_SETTING, self.sort_order())
