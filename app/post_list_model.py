"""The library list's Qt model: rows fetched a page at a time as they scroll
into view, never the whole library.

Over a :class:`~quotemark.library.store.listing.Listing` (an order and filters) the
model knows only the row count; a row's :class:`~quotemark.library.model.PostSummary`
comes from the database when the view first asks for it, with the page
around it, and the newest :data:`PostListModel.KEPT_PAGES` pages stay
cached. Sorting and filtering are the database's (a new listing is a reset
that costs a count and the first page).

A change (posts added, changed or removed, by id) moves only the rows it
names: removed rows that were on screen go, added posts are inserted where
the database says they stand (a batch of imports lands together at the top
of the newest-first list), changed rows repaint. When a change cannot be
placed that way (posts scattered over the list, a post never fetched that
moved or vanished, a filter that took posts in or out), the model reloads,
which costs a count and the page on screen; the pane keeps the selection by
post id.

Search results are a short, ranked list, so they are plain rows
(:meth:`PostListModel.set_rows`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QWidget

from quotemark.app.date_display import medium_date
from quotemark.app.row_pages import RowPages
from quotemark.library.errors import QuotemarkError
from quotemark.library.model import Change, PostSummary
from quotemark.library.quoting import isolated
from quotemark.library.store.listing import Listing

_Index = QModelIndex | QPersistentModelIndex

HEADERS = ("Title", "Site", "Date", "Quotes", "Clips")
COUNT_COLUMNS = (3, 4)
POST_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SECONDARY_ROLE = Qt.ItemDataRole.UserRole + 3
"""The muted second line a two-line delegate draws under the text."""
DAMAGED = "Damaged: right-click > Re-extract post"
"""The list's mark on a post whose stored row cannot be read."""
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 5
"""A search hit's snippet, matched words in ``[`` ``]`` (``None`` when not searching)."""


class ListingSource(Protocol):
    """Where the rows come from: the window's controller, or a
    :class:`~quotemark.library.service.Library`."""

    def listing_count(self, listing: Listing) -> int: ...

    def listing_page(self, listing: Listing, offset: int, limit: int) -> list[PostSummary]: ...

    def listing_row(self, listing: Listing, post_id: int) -> int | None: ...

    def post_summary(self, post_id: int) -> PostSummary: ...

    @property
    def closed(self) -> bool: ...


class PostListModel(QAbstractTableModel):
    """The library list: a lazily fetched listing, or a fixed list of
    search hits."""

    PAGE = 100
    """Rows fetched at once (a few screens of the pane)."""
    KEPT_PAGES = 20
    """Pages kept; older ones are fetched again when scrolled back to."""

    failed = Signal(str)  # a fetch failed: the message for the status bar

    def __init__(self, library: ListingSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._listing = Listing()
        self._count = 0
        self._pages: RowPages[PostSummary] = RowPages(self.PAGE, self.KEPT_PAGES)
        self._fixed: list[PostSummary] | None = None
        self._snippets: dict[int, str] = {}
        self._snippet_of: Callable[[int], str] | None = None
        self.snippets_made = 0
        """How many search snippets were asked of the library (tests check
        that only the rows shown get one)."""
        self._damaged: set[int] = set()  # found damaged on opening, though their rows read

    # -- what is listed ---------------------------------------------------

    def listing(self) -> Listing:
        """The order and filters shown (when not showing search hits)."""
        return self._listing

    def set_listing(self, listing: Listing) -> None:
        """Show ``listing``: the count now, rows as the view asks."""
        self.beginResetModel()
        self._listing = listing
        self._fixed = None
        self._snippets = {}
        self._snippet_of = None
        self._pages.clear()
        self._count = self._count_now()
        self.endResetModel()

    def reload(self) -> None:
        """Read the listing again (after changes nobody described)."""
        self.set_listing(self._listing)

    def set_rows(
        self,
        rows: Sequence[PostSummary],
        snippets: Mapping[int, str] | Callable[[int], str] | None = None,
    ) -> None:
        """Show exactly ``rows`` (search hits, best first) with their snippets:
        given, or a function cutting a post's snippet, asked once per row
        and only when the row is shown."""
        self.beginResetModel()
        self._fixed = list(rows)
        if callable(snippets):
            self._snippets, self._snippet_of = {}, snippets
        else:
            self._snippets, self._snippet_of = dict(snippets or {}), None
        self._pages.clear()
        self.endResetModel()

    def _snippet(self, post_id: int) -> str | None:
        """A hit's snippet, cut on its first showing and kept for the query."""
        found = self._snippets.get(post_id)
        if found is None and self._snippet_of is not None and self._fixed is not None:
            if self._library.closed:
                return ""
            self.snippets_made += 1
            try:
                found = self._snippet_of(post_id)
            except QuotemarkError:  # the library went away: the row still reads
                found = ""
            self._snippets[post_id] = found
        return found

    def showing_rows(self) -> bool:
        """Whether fixed rows (search hits) are shown rather than the listing."""
        return self._fixed is not None

    # -- rows ---------------------------------------------------------------

    def summary(self, row: int) -> PostSummary | None:
        """The post in ``row`` (fetched with its page if need be)."""
        found = self._summary(row)
        if found is not None and found.id in self._damaged and not found.damaged:
            return replace(found, damaged=True)
        return found

    def mark_damaged(self, post_id: int) -> None:
        """Show ``post_id`` as damaged (its content could not be read)."""
        self._damaged.add(post_id)
        row = self._cached_rows().get(post_id)
        if self._fixed is not None:
            row = self.row_of(post_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def _summary(self, row: int) -> PostSummary | None:
        if self._fixed is not None:
            return self._fixed[row] if 0 <= row < len(self._fixed) else None
        if not 0 <= row < self._count:
            return None
        # A library gone away under a shown window (its crash report paints
        # over it) reads nothing: the list paints empty rows, no traceback.
        return self._pages.row(row, None if self._library.closed else self._fetch)

    @property
    def fetched_rows(self) -> int:
        """How many rows were read from the library so far (tests check
        that the list never reads them all)."""
        return self._pages.fetched

    def post_id(self, row: int) -> int | None:
        """The id of the post in ``row``."""
        found = self.summary(row)
        return None if found is None else found.id

    def row_of(self, post_id: int) -> int | None:
        """The row of a post, if it is listed (asked of the database when
        its row was not fetched)."""
        if self._fixed is not None:
            return next((r for r, p in enumerate(self._fixed) if p.id == post_id), None)
        cached = self._cached_rows().get(post_id)
        if cached is not None or self._library.closed:
            return cached
        try:
            return self._library.listing_row(self._listing, post_id)
        except QuotemarkError as error:
            self.failed.emit(str(error))
            return None

    def _fetch(self, number: int) -> list[PostSummary]:
        try:
            page = self._library.listing_page(self._listing, number * self.PAGE, self.PAGE)
        except QuotemarkError as error:
            self.failed.emit(str(error))
            page = []
        return page

    def _cached_rows(self) -> dict[int, int]:
        return self._pages.rows_by_id()

    def _count_now(self) -> int:
        if self._library.closed:
            return 0
        try:
            return self._library.listing_count(self._listing)
        except QuotemarkError as error:
            self.failed.emit(str(error))
            return 0

    # -- changes ------------------------------------------------------------

    def apply_change(self, change: Change) -> None:
        """Update the rows ``change`` names (posts added, changed, removed).
        Search hits only drop removed posts and refresh changed ones (a new
        post waits for the next search)."""
        removed = set(change.posts_removed)
        added = [i for i in dict.fromkeys(change.posts_added) if i not in removed]
        changed = [
            i for i in dict.fromkeys(change.posts_changed) if i not in removed and i not in added
        ]
        if not (removed or added or changed):
            return
        self._damaged -= removed | set(changed)  # rewritten: opening tells again
        try:
            if self._fixed is not None:
                self._apply_to_rows(removed, changed)
            elif not self._apply_in_place(removed, added, changed):
                self.reload()
        except QuotemarkError as error:
            self.failed.emit(str(error))

    def _apply_in_place(self, removed: set[int], added: list[int], changed: list[int]) -> bool:
        """Remove one run of rows, insert one, or repaint rows that stayed
        put; ``False`` (and nothing done) for anything else. (Several runs
        at once would show the finished list between the steps, which Qt's
        rules forbid; a reload is as cheap.)"""
        known = self._cached_rows()
        listing, library = self._listing, self._library
        if sum(1 for kind in (removed, added, changed) if kind) != 1:
            return False
        if len(added) + len(changed) > self.PAGE:
            # Placing each post is two queries: at the end of a 10,000-post
            # import that held the GUI for over a second. A reload reads a
            # count and the page on screen, whatever the change's size.
            return False
        if removed:
            rows = sorted(known[i] for i in removed if i in known)
            if len(rows) != len(removed):
                return False  # a post never fetched went: where it stood is unknown
            return self._remove_run(rows)
        if added:
            placed = [library.listing_row(listing, i) for i in added]
            rows = sorted(row for row in placed if row is not None)
            return self._insert_run(rows)
        repaint = []
        for post_id in changed:
            old = known.get(post_id)
            new = library.listing_row(listing, post_id)
            if old is None:
                if new is not None and listing.order != "newest":
                    return False  # never fetched: it may have moved past fetched rows
                continue  # the newest-import order never moves a post
            if new != old:
                return False  # it moved (a new clip count, a corrected title) or left
            repaint.append(old)
        if self._count != self._count_now():
            return False  # the filter took in or let go of posts
        self._pages.clear()
        last = len(HEADERS) - 1
        for row in repaint:
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        return True

    def _remove_run(self, rows: list[int]) -> bool:
        first, last = rows[0], rows[-1]
        if last - first + 1 != len(rows) or self._count - len(rows) != self._count_now():
            return False
        self.beginRemoveRows(QModelIndex(), first, last)
        self._pages.clear()
        self._count -= len(rows)
        self.endRemoveRows()
        return True

    def _insert_run(self, rows: list[int]) -> bool:
        if not rows:
            return self._count == self._count_now()  # none of them is listed
        first, last = rows[0], rows[-1]
        if last - first + 1 != len(rows) or self._count + len(rows) != self._count_now():
            return False
        self.beginInsertRows(QModelIndex(), first, last)
        self._pages.clear()
        self._count += len(rows)
        self.endInsertRows()
        return True

    def _apply_to_rows(self, removed: set[int], changed: list[int]) -> None:
        assert self._fixed is not None
        for row in reversed(range(len(self._fixed))):
            if self._fixed[row].id in removed:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._fixed[row]
                self.endRemoveRows()
        for post_id in changed:
            found = self.row_of(post_id)
            if found is not None:
                self._fixed[found] = self._library.post_summary(post_id)
                self.dataChanged.emit(self.index(found, 0), self.index(found, len(HEADERS) - 1))

    # -- Qt -------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._fixed) if self._fixed is not None else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        post = self.summary(index.row())
        if post is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return display(post, column)
        if role == POST_ID_ROLE:
            return post.id
        if role == SECONDARY_ROLE:
            return details(post)
        if role == SNIPPET_ROLE:
            return self._snippet(post.id)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(post)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in COUNT_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _tooltip(self, post: PostSummary) -> str:
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
        snippet = self._snippet(post.id)
        if snippet:
            lines.append("")
            lines.append(snippet.replace("[", "«").replace("]", "»"))
        return "\n".join(lines)


def details(post: PostSummary) -> str:
    """ "Harbour Lights · 9 Mar 2024 · 14 quotes · 1 clip" (the date in the
    locale's medium form, :func:`~quotemark.app.date_display.medium_date`)."""
    if post.damaged:
        return DAMAGED
    # The date as the reader and the Info tab write it, formatted here, for
    # the rows painted (the delegate asks per paint), not for every row loaded.
    parts = [part for part in (post.site, medium_date(post.published)) if part]
    parts.append(f"{post.quote_count} quote" + ("" if post.quote_count == 1 else "s"))
    if post.clip_count:
        parts.append(f"{post.clip_count} clip" + ("" if post.clip_count == 1 else "s"))
    # An Arabic or Hebrew site took " · 9 Mar" into its run: each part isolated.
    return " · ".join(isolated(part) for part in parts)


def display(post: PostSummary, column: int) -> str:
    """The text of ``column`` for ``post``."""
    if column == 0:
        return post.title or "(untitled)"
    if column == 1:
        return post.site or ""
    if column == 2:
        return medium_date(post.published)
    if column == 3:
        return str(post.quote_count)
    return str(post.clip_count) if post.clip_count else ""
