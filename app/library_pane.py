"""The library pane: every post with title, site, date and counts of quotes
and clips; a search box over the full text (debounced, so typing never
waits on the database); the collections; a filter by tag or by cited source
and a sort choice (:mod:`quotemark.app.library_filters`); a published date
range (:mod:`quotemark.app.date_range`). The filter, sort, dates and chosen
collection are remembered in the settings. Search results keep the
library's relevance order. Rows are drawn by :mod:`quotemark.app.post_rows`.

The model (:mod:`quotemark.app.post_list_model`) fetches rows as they scroll into
view; the sorting, searching and filtering is the library's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quotemark.app import settings
from quotemark.app.actions import bindings, key_hint, key_text, spec
from quotemark.app.collections_tree import CollectionsTree, PostDragger
from quotemark.app.date_range import DateRange
from quotemark.app.library_filters import SORT_SETTING, SORTS, FilterBar, sort_posts
from quotemark.app.post_list_model import DAMAGED, HEADERS, SECONDARY_ROLE, PostListModel
from quotemark.app.post_rows import TwoLineDelegate, select_row
from quotemark.app.search_display import row_height
from quotemark.library.errors import QuotemarkError
from quotemark.library.model import Change
from quotemark.library.store.listing import Listing

if TYPE_CHECKING:
    from quotemark.app.controller import Controller

SEARCH_DELAY_MS = 250
# A search lists its best hits (a few letters match most of a big library).
SEARCH_SHOWN = 200
COLLECTION_SETTING = "library/collection"
"""The chosen collection's id (0: all posts), shown again next run."""
SEARCH_SETTING = "library/search"
"""The search box's text as last searched, searched again next run."""


__all__ = [
    "DAMAGED",
    "SECONDARY_ROLE",
    "SORTS",
    "SORT_SETTING",
    "LibraryPane",
    "TwoLineDelegate",
    "select_row",
    "sort_posts",
]


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
        # What it finds, on hover as a screen reader reads it (the
        # placeholder stays short: the box narrows with the pane).
        self.search_box.setToolTip(
            'Words, "phrases", author:, site:, tag: or -word.\n'
            "A DOI (10.1234/…, doi.org link) or an arXiv identifier (arXiv:2103.04417)"
            " finds its post first."
        )
        # Last run's search, searched again by the first refresh below (as
        # the collection comes back), before textChanged is connected.
        self._searched = settings.get_str(SEARCH_SETTING)
        self.search_box.setText(self._searched)
        self.filter_bar = FilterBar(controller, self)
        self.filter_box = self.filter_bar.filter_box
        self.sort_box = self.filter_bar.sort_box
        self.sort_label = self.filter_bar.sort_label
        self.dates = DateRange(self)
        self.model = PostListModel(controller, self)
        self._open_post: list[int] = []  # the reader's post, as a one-item list
        # A search the collection, filter or dates left empty: what the whole
        # library has ("1 post in the whole library does: …"), else "".
        self._elsewhere = ""
        self._more_hits = False  # the search found more than it lists
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
        # The collection chosen last run (one deleted since: all posts).
        self.collections.choose(settings.get_int(COLLECTION_SETTING) or None)
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
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
        self.view.installEventFilter(self)
        self.view.viewport().installEventFilter(self)  # its height: _keep_selected_in_view
        self.filter_box.activated.connect(self._on_filter_box_activated)
        self.dates.changed.connect(self._on_dates_changed)
        self.sort_box.currentIndexChanged.connect(self._on_sort_box_currentIndexChanged)
        QWidget.setTabOrder(self.search_box, self.filter_box)
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
        if query != self._searched:  # written when it changes, not per refresh
            self._searched = query
            settings.set_value(SEARCH_SETTING, query)
        # A search that listed nothing took the selection with it: the open
        # post is selected again when it is listed once more.
        selected = self._first_selected() or self._open_post
        self.filter_bar.show_sort(searching=bool(query))
        self._fit_rows(searching=bool(query))
        if query:  # search hits come best first: re-sorting would bury the match
            try:  # snippets are cut as rows are shown: most hits are never seen
                posts, snippet_of = self._library.search_lazily(
                    query, self._listing(), SEARCH_SHOWN + 1
                )
            except QuotemarkError as error:
                self.status.emit(str(error))
                posts, snippet_of = [], None
            # One hit more than shown tells whether the search found more
            # than the list holds ("200 of 9,995 posts listed" read as all
            # the posts that matched, on a library where thousands did).
            self._more_hits = len(posts) > SEARCH_SHOWN
            posts = posts[:SEARCH_SHOWN]
            self.model.set_rows(posts, snippet_of)
            # Counted here, with the search (never on a redraw of the label).
            narrowed = self._listing() != Listing(self.sort_order())
            self._elsewhere = self._whole_library_hits(query) if narrowed and not posts else ""
        else:
            self._more_hits = False
            self.model.set_listing(self._listing())
        self._reselect(selected)
        self._show_empty(query)

    def refresh_filters(self) -> None:
        """Reload the tag and source choices (after clips or imports)."""
        self.filter_bar.refresh_filters()

    def start_over(self) -> None:
        """Show another library (the window switched): all its posts, no
        search, no tag, source or collection of the library before."""
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.filter_bar.choose_all()
        self.collections.choose(None)
        self.collections.reload()
        self.refresh_filters()
        self.refresh()

    def update_posts(self, post_ids: Sequence[int]) -> None:
        """Refresh the rows of changed posts (counts) without a reload."""
        self.apply_change(Change(posts_changed=tuple(post_ids)))

    def apply_change(self, change: Change) -> None:
        """Show what ``change`` did to posts: only the rows it names move or
        repaint (search hits are searched again when posts come or go, or
        the search index reads differently: the derived text's fill ended)."""
        searched_anew = change.posts_added or change.posts_removed or change.search_changed
        if self.model.showing_rows() and searched_anew:
            self.refresh()
            return
        selected = self._first_selected()
        slot = self._slot_in_view(selected)
        self.model.apply_change(change)
        if selected and not self.view.selectionModel().hasSelection():
            self._reselect(selected)  # the model had to be reloaded
        if slot is not None:
            self._keep_in_slot(selected[0], slot)
        self._show_empty(self.search_box.text().strip())

    @Slot(object, object)
    def _on_controller_changed(self, change: Change, _initiator: object) -> None:
        """Follow a change: only the rows it names (posts added, changed or
        removed), the filter choices when tags or sources changed; the
        selection stays."""
        shown = self._filter()
        if change.tags_changed or change.sources_changed:
            # First: a tag renamed or no longer used leaves the filter on
            # all posts, and the list must then show them (it showed none).
            self.refresh_filters()
            self._follow_renamed_tag(shown, change.tags_changed)
        if (shown[0] == "tag" and change.tags_changed) or self._filter() != shown:
            self.refresh()  # a clip may have joined or left the shown tag
        elif self.collections.chosen() is not None and change.collections_changed:
            self.refresh()  # posts may have joined or left the shown collection
        else:
            self.apply_change(change)

    def _follow_renamed_tag(self, shown: tuple[str, str], tags: tuple[str, ...]) -> None:
        # A rename, its undo and its redo (here or in another window) name
        # just the two tags: the shown one gone, the list goes on showing
        # the same posts by the other name rather than all posts. An edit
        # that swaps a post's one tag for another is followed alike.
        if shown[0] != "tag" or self._filter()[0] != "all" or len(set(tags)) != 2:
            return
        if shown[1] in tags:
            other = next(tag for tag in tags if tag != shown[1])
            self.filter_bar.choose(f"tag:{other}")  # nothing when no one has it

    def mark_damaged(self, post_id: int) -> None:
        """Show a post found damaged on opening as damaged in the list."""
        self.model.mark_damaged(post_id)

    def set_open_post(self, post_id: int | None) -> None:
        """The post the reader shows (None: none): selected now, and again
        after a reload that lost the selection (a search listing nothing)."""
        self._open_post = [] if post_id is None else [post_id]
        if post_id is not None and not self.select_post(post_id):
            # Opened from elsewhere (an import, a citation, a clip) and not
            # listed: a row left selected would point at another post than
            # the reader's, and "the selected posts" (Delete, Add to
            # collection) would mean that one.
            self.view.clearSelection()

    def select_post(self, post_id: int) -> bool:
        """Show ``post_id`` as the current row; False when it is not listed."""
        row = self.model.row_of(post_id)  # one look-up (a lazy list asks the library)
        if row is None:
            return False
        select_row(self.view, self.model.index(row, 0))
        return True

    def select_posts(self, post_ids: Sequence[int]) -> None:
        """Select these posts where the list shows them, the first of them
        current (the others selected with it, as a Shift+click leaves them)."""
        rows = sorted({r for r in map(self.model.row_of, post_ids) if r is not None})
        if not rows:
            return
        select_row(self.view, self.model.index(rows[0], 0))
        selection = QItemSelection()
        for row in rows[1:]:
            index = self.model.index(row, 0)
            selection.select(index, index)
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().select(selection, flags)

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
        return self.filter_bar.sort_order()

    def set_sort_order(self, name: str) -> None:
        """Choose an order by name (remembered, as a choice in the box is)."""
        self.filter_bar.set_sort_order(name)

    def post_count(self) -> int:
        """Rows listed now."""
        return self.model.rowCount()

    def lists_best_matches(self) -> bool:
        """Whether a search found more posts than the list shows (its best
        :data:`SEARCH_SHOWN`, best first)."""
        return self._more_hits

    def lists_everything(self) -> bool:
        """Whether the list is the whole library: no search, filter,
        collection or dates narrow it (so an empty list is an empty library)."""
        return (
            not self.search_box.text()
            and self._filter()[0] == "all"
            and self.collections.chosen() is None
            and not self.dates.is_set()
        )

    # -- internals --------------------------------------------------------

    def _fit_rows(self, *, searching: bool) -> None:
        """Rows tall enough for two lines (three for search hits) in the
        list's font."""
        self.view.verticalHeader().setDefaultSectionSize(
            row_height(self.view.font(), TwoLineDelegate.PADDING, searching=searching)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.FontChange:
            # A larger font (the system's, changed while Quotemark runs):
            # rows of the old height drew each title over the date line above.
            # Taller rows push the selected one down: it keeps its place.
            selected = self._first_selected()
            slot = self._slot_in_view(selected)
            self._fit_rows(searching=bool(self.search_box.text().strip()))
            if slot is not None:
                # After the pane has laid itself out in the new font (its
                # filter rows grow too, so the list gets shorter).
                QTimer.singleShot(0, self, lambda: self._keep_in_slot(selected[0], slot))
        if watched is self.view.viewport() and isinstance(event, QResizeEvent):
            self._keep_selected_in_view(event.oldSize().height())
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        # The arrow keys' own modifier (keypad) is no modifier here.
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        # Down in the search box goes into the results; Up on the list's
        # first row comes back to the search, as in a browser's address bar.
        if watched is self.search_box and event.key() == Qt.Key.Key_Down and plain:
            return self._enter_list()
        if (
            watched is self.view
            and event.key() == Qt.Key.Key_Up
            and plain
            and self.view.currentIndex().row() <= 0
        ):
            self.search_box.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        # Escape in the search box: first it clears the search (the whole
        # library lists again), then it hands the keyboard back to reading.
        if watched is self.search_box and event.key() == Qt.Key.Key_Escape and plain:
            if self.search_box.text():
                self.search_box.clear()
                self.refresh()
            else:
                self.search_left.emit()
            return True
        return super().eventFilter(watched, event)

    def _keep_selected_in_view(self, old_height: int) -> None:
        # A shorter window (or a larger font's taller panes above the list)
        # left the selected post, the one being read, below the list's
        # bottom: it stays in view if it was. One scrolled out of view by
        # the user stays out.
        selected = self._first_selected()
        row = self.model.row_of(selected[0]) if selected else None
        if row is None or old_height <= 0:
            return
        view = self.view
        rect = view.visualRect(self.model.index(row, 0))
        if 0 <= rect.top() < old_height and rect.bottom() > view.viewport().height():
            # Once the scroll bar has its new range: a list that fitted
            # whole before has none yet, and scrolling now would do nothing.
            post_id = selected[0]
            QTimer.singleShot(0, self, lambda: self._scroll_to_post(post_id))

    def _scroll_to_post(self, post_id: int) -> None:
        row = self.model.row_of(post_id)
        if row is not None:
            self.view.scrollTo(self.model.index(row, 0))

    def _enter_list(self) -> bool:
        """Give the keyboard to the list (the search typed so far listed
        first), its selected row kept or else the first selected; False
        when nothing is listed."""
        if self._search_timer.isActive():
            self.refresh()
        if not self.model.rowCount():
            return False
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.view.selectionModel().hasSelection():
            self.view.selectRow(0)
        return True

    def _filter(self) -> tuple[str, str]:
        return self.filter_bar.choice()

    def filter_kind(self) -> str:
        """``all``, ``tag`` or ``source``: what the filter shows."""
        return self._filter()[0]

    @Slot()
    def _name_keys(self) -> None:
        # Texts naming a key follow the user's bindings.
        search = key_text("view.focus_search")
        # The search keeps to the collection shown: "all posts" there read
        # as the whole library (no name here, which a rename would leave stale).
        scope = "this collection" if self.collections.chosen() is not None else "all posts"
        self.search_box.setPlaceholderText(
            f"Search {scope}  ({search})" if search else f"Search {scope}"
        )
        if not self.empty_label.isHidden():
            self._show_empty(self.search_box.text().strip())

    def _first_selected(self) -> list[int]:
        """The first selected post (what a reload selects again), found
        without reading every selected row: Ctrl+A selects them all."""
        ranges = self.view.selectionModel().selection()
        if ranges.isEmpty():
            return []
        found = self.model.post_id(min(ranges.at(i).top() for i in range(ranges.size())))
        return [] if found is None else [found]

    def _slot_in_view(self, post_ids: list[int]) -> int | None:
        """How many rows below the list's top row the first of ``post_ids``
        is shown (None: it is not in view)."""
        row = self.model.row_of(post_ids[0]) if post_ids else None
        if row is None:
            return None
        view = self.view
        if not view.viewport().rect().intersects(view.visualRect(self.model.index(row, 0))):
            return None
        return row - max(view.rowAt(0), 0)

    def _keep_in_slot(self, post_id: int, slot: int) -> None:
        # Posts imported above the selected one (newest first) pushed it down
        # and out of view while the reader still showed it: it keeps its
        # place on screen, the new rows come in above it.
        row = self.model.row_of(post_id)
        if row is None or self._slot_in_view([post_id]) == slot:
            return
        top = self.model.index(max(row - slot, 0), 0)
        self.view.scrollTo(top, QAbstractItemView.ScrollHint.PositionAtTop)
        self.view.scrollTo(self.model.index(row, 0))  # a partial last row: all of it

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

    def _whole_library_hits(self, query: str) -> str:
        """How many posts of the whole library the search finds, said when a
        collection, filter or dates left none: the search box reads "Search
        all posts", so "no post matches" read as none in the library (a
        second search, run only when the list came out empty)."""
        try:
            posts, _snippets = self._library.search_lazily(query, Listing(self.sort_order()))
        except QuotemarkError:
            return ""
        if not posts:
            return "None in the whole library either."
        one = len(posts) == 1
        count = "1 post" if one else f"{len(posts)} posts"  # the search stops at 200
        return (
            f"{count} in the whole library {'does' if one else 'do'}: choose All posts "
            f"to see {'it' if one else 'them'}."
        )

    def _show_empty(self, query: str) -> None:
        if self.model.rowCount():
            self.empty_label.hide()
            return
        if query:
            chosen = self.collections.chosen()
            filtered = self._filter()[0] != "all"
            if self.dates.is_set():
                where = " among the posts shown (the dates, filter or collection narrow it)"
            elif filtered:
                where = " among the posts shown (the filter or collection narrows it)"
            elif chosen is not None:
                item = self.collections.currentItem()
                where = f" in “{item.text(0)}”" if item is not None else " in this collection"
            else:
                where = ""
            said = f"No post matches “{query}”{where}."
            self.empty_label.setText(f"{said} {self._elsewhere}" if self._elsewhere else said)
        elif self.dates.is_set():
            self.empty_label.setText(
                "No post was published between these dates. Clear them with ✕."
            )
        elif self.collections.chosen() is not None and self._filter()[0] == "all":
            self.empty_label.setText(_empty_collection())
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
    def _on_collections_collection_chosen(self, collection_id: object) -> None:
        settings.set_value(
            COLLECTION_SETTING, collection_id if isinstance(collection_id, int) else 0
        )
        self._name_keys()
        self.refresh()

    @Slot(int)
    def _on_sort_box_currentIndexChanged(self, _index: int) -> None:
        if self.search_box.text().strip():
            return  # hits stay best first; the order applies when the search ends
        # The open post stays in view (selected) when no row is: Ctrl+click
        # had cleared the selection and the new order put it out of sight.
        selected = self._first_selected() or self._open_post
        self.model.set_listing(self._listing())
        self._reselect(selected)

    @Slot(QModelIndex)
    def _on_view_activated(self, index: QModelIndex) -> None:
        post_id = self.model.post_id(index.row()) if index.isValid() else None
        if post_id is not None:
            self.post_activated.emit(post_id)


def _no_posts() -> str:
    return f"No posts yet. Import some with {key_hint('file.import')}."


def _empty_collection() -> str:
    # The collection actions have their own menu (stop 21), not Edit's.
    item = spec("collection.add_posts")
    where = f"{item.menu} > {item.text.replace('&', '').rstrip('…')}"
    key = key_text("collection.add_posts")
    return (
        "No posts in this collection yet. Drag posts here from All posts, or select "
        f"them there and use {where}" + (f" ({key})." if key else ".")
    )
