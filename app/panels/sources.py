"""The Sources tab: what this post cites, and where else each source is cited.

Public API (the main window wires these)::

    citation_activated = Signal(int, object)  # (post id, library.model.Span) to open
    set_library(controller)     # the app.controller.Controller (None: this post only)
    set_post(post | None)       # list the post's sources
    show_source(name) -> bool   # select a source by name and list its citations

The upper list is this post's sources (name, kind, number of mentions here).
Selecting one lists every place in the library that cites it
(``Library.citing``): the post, the paragraph's words or the quotation the
source is credited for. Without a library (or for a post not stored in it)
the list shows this post's own mentions.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quotemark.app.panels.quotes import RoomyDelegate
from quotemark.app.panels.source_index import SourceIndex, colleagues_makers, show_maker
from quotemark.app.rich_text import escape
from quotemark.app.style import mute
from quotemark.library.errors import QuotemarkError
from quotemark.library.model import Change, Post, SourceKind, Span, paragraph_numbers
from quotemark.library.records import SourceSummary

if TYPE_CHECKING:
    from quotemark.app.controller import Controller

SOURCE_ROLE = Qt.ItemDataRole.UserRole + 1
CITATION_ROLE = Qt.ItemDataRole.UserRole + 2
CONTEXT_CHARS = 60
_NUMBER_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

KIND_LABELS = {
    SourceKind.AGENCY: "agency",
    SourceKind.OUTLET: "outlet",
    SourceKind.ORGANISATION: "organisation",
    SourceKind.PERSON: "person",
    SourceKind.LINK: "link",
}


@dataclass(frozen=True, slots=True)
class CitationRow:
    """One row of the lower list: where to go and what to show."""

    post_id: int
    span: Span
    title: str
    detail: str


def context(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> str:
    """The words around ``text[start:end]``, trimmed to about ``width``
    characters each side, on one line."""
    before = text[max(0, start - width) : start]
    after = text[end : end + width]
    lead = "…" if start - width > 0 else ""
    tail = "…" if end + width < len(text) else ""
    if lead and not text[start - width - 1].isspace():
        before = before.split(" ", 1)[-1]  # a cut word is dropped
    if tail and not text[end + width].isspace():
        after = after.rsplit(" ", 1)[0]
    return (lead + before + text[start:end] + after + tail).replace("\u2028", " ")


class SourcesPanel(QWidget):
    """This post's sources and every citation of the selected one."""

    citation_activated = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcesPanel")
        self._library: Controller | None = None
        self._post: Post | None = None
        self._rows: list[CitationRow] = []
        self._summaries: dict[int, SourceSummary] = {}
        # The lower list shows the post's selected source, or the one last
        # chosen in the library-wide list below it (id, name).
        self._chosen: tuple[int, str] | None = None

        self._sources = QTreeWidget(self)
        self._sources.setObjectName("sourcesList")
        self._sources.setAccessibleName("Sources cited in this post")
        self._sources.setColumnCount(4)
        self._sources.setHeaderLabels(["Source", "Kind", "Here", "Posts"])
        self._sources.setRootIsDecorated(False)
        self._sources.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._sources.setSortingEnabled(False)
        self._sources.setItemDelegate(RoomyDelegate(self._sources))  # rows as tall as Quotes'
        header = self._sources.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self._sources.currentItemChanged.connect(self._on_sources_currentItemChanged)
        self._sources.installEventFilter(self)

        self._index = SourceIndex(self)
        self._index.chosen.connect(self._on_index_chosen)
        self._index.focused.connect(self._on_index_focused)

        self._citations_title = QLabel(self)
        self._citations_title.setWordWrap(True)
        self._citations_title.setContentsMargins(6, 4, 6, 2)
        self._citations = QListWidget(self)
        self._citations.setObjectName("citationsList")
        self._citations.setAccessibleName("Where the selected source is cited")
        # Wrap the words around a mention instead of eliding the mention away.
        self._citations.setWordWrap(True)
        self._citations.setUniformItemSizes(False)
        self._citations.setResizeMode(QListView.ResizeMode.Adjust)
        self._citations.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._citations.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._citations.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._citations.setItemDelegate(RoomyDelegate(self._citations))
        self._citations.itemActivated.connect(self._on_citations_itemActivated)
        self._citations.itemClicked.connect(self._on_citations_itemClicked)

        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.setSpacing(0)
        lower_layout.addWidget(self._citations_title)
        lower_layout.addWidget(self._citations, 1)

        self._empty = QLabel("No post open.", self)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        mute(self._empty)

        self._split = QSplitter(Qt.Orientation.Vertical, self)
        self._split.addWidget(self._sources)
        self._split.addWidget(self._index)
        self._split.addWidget(lower)
        self._split.setStretchFactor(0, 2)
        self._split.setStretchFactor(1, 2)
        self._split.setStretchFactor(2, 3)
        self._split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._empty)
        layout.addWidget(self._split, 1)
        self.setFocusProxy(self._sources)
        self.set_post(None)

    # -- public ------------------------------------------------------------

    def set_library(self, lib: Controller | None) -> None:
        """Look citations up through the controller (None: this post's
        mentions only)."""
        if self._library is not None:
            self._library.changed.disconnect(self._on_controller_changed)
        self._library = lib
        self._index.set_library(lib)  # before ours: it refreshes first
        if lib is not None:
            lib.changed.connect(self._on_controller_changed)
        self.set_post(self._post)

    @Slot(object, object)
    def _on_controller_changed(self, change: Change, _initiator: object) -> None:
        """Posts citing this post's sources came or went (here or elsewhere):
        the library-wide counts and citations follow; the selection stays."""
        post = self._post
        if self._chosen is not None and self._chosen[0] in change.sources_changed:
            # Its citations came or went, or it was renamed or merged away;
            # the citations of a source the change does not name stay put.
            self._show_chosen(self._index.current())
        if post is None or not change.sources_changed:
            return
        known = {summary.id for summary in self._summaries.values()}
        if known & set(change.sources_changed) or post.id in change.posts_added:
            self.set_post(post)

    def set_post(self, post: Post | None) -> None:
        """List ``post``'s sources, keeping the selected source if it is
        still cited."""
        previous = self.current_source()
        self._post = post
        self._summaries = self._library_summaries(post) if post is not None else {}
        blocked = self._sources.blockSignals(True)
        try:
            self._sources.clear()
            if post is not None:
                counts = Counter(m.source for m in post.analysis.mentions)
                makers = colleagues_makers(self._library) if self._summaries else {}
                for index, source in enumerate(post.analysis.sources):
                    summary = self._summaries.get(index)
                    item = QTreeWidgetItem(
                        [
                            source.name,
                            KIND_LABELS.get(source.kind, str(source.kind)),
                            str(counts.get(index, 0)),
                            str(summary.post_count) if summary else "",
                        ]
                    )
                    item.setData(0, SOURCE_ROLE, index)
                    item.setTextAlignment(2, _NUMBER_ALIGN)
                    item.setTextAlignment(3, _NUMBER_ALIGN)
                    item.setToolTip(3, "Posts in the library citing it")
                    tip = source.name if not source.url else f"{source.name}\n{source.url}"
                    maker = makers.get(summary.id) if summary is not None else None
                    show_maker(item, source.name, tip, maker)
                    self._sources.addTopLevelItem(item)
        finally:
            self._sources.blockSignals(blocked)
        self._sources.setColumnHidden(3, not self._summaries)
        has_sources = post is not None and bool(post.analysis.sources)
        self._sources.setVisible(has_sources)
        self._index.setVisible(self._library is not None)
        self._split.setVisible(has_sources or self._library is not None)
        self._empty.setVisible(not has_sources)
        if self._chosen is not None:
            return  # the library-wide choice stays in the lower list
        self._empty.setText("No post open." if post is None else "No cited sources found.")
        if previous is None or not self.show_source(previous):
            self._show_citations()

    def show_source(self, name: str) -> bool:
        """Select the source called ``name`` (case-insensitive); False if
        this post does not cite it."""
        wanted = name.casefold()
        for row in range(self._sources.topLevelItemCount()):
            item = self._sources.topLevelItem(row)
            if item is not None and item.text(0).casefold() == wanted:
                self._chosen = None
                self._sources.setCurrentItem(item)
                self._sources.scrollToItem(item)
                self._show_citations()
                return True
        return False

    def show_source_at(self, index: int) -> bool:
        """Select the post's source number ``index`` (as the reader's link
        names it); False if there is none."""
        for row in range(self._sources.topLevelItemCount()):
            item = self._sources.topLevelItem(row)
            if item is not None and item.data(0, SOURCE_ROLE) == index:
                self._chosen = None
                self._sources.setCurrentItem(item)
                self._sources.scrollToItem(item)
                self._show_citations()
                return True
        return False

    def current_source(self) -> str | None:
        """The selected source's name: the one chosen in the library-wide
        list when that was used last, else the post's selected one."""
        if self._chosen is not None:
            current = self._index.current()
            return None if current is None else current[1]
        item = self._sources.currentItem()
        return None if item is None else item.text(0)

    def current_library_source(self) -> tuple[int, str] | None:
        """The selected source's library id and name as the library listed
        it (a post may spell a source its own way); None when unknown."""
        if self._chosen is not None:
            return self._index.current()
        item = self._sources.currentItem()
        summary = None if item is None else self._summaries.get(item.data(0, SOURCE_ROLE))
        return None if summary is None else (summary.id, summary.name)

    def source_index(self) -> SourceIndex:
        """The library-wide list of sources with its filter field."""
        return self._index

    def show_library_source(self, source_id: int, name: str) -> None:
        """List every citation of the library's source ``source_id``."""
        self._show_chosen((source_id, name))

    def citation_rows(self) -> list[CitationRow]:
        """The rows of the lower list, in order."""
        return list(self._rows)

    def sources_list(self) -> QTreeWidget:
        """The upper list."""
        return self._sources

    def citations_heading(self) -> str:
        """The line above the citations (rich text): the source, how often
        it is cited and, for a colleague's correction, who made it."""
        return self._citations_title.text()

    def citations_list(self) -> QListWidget:
        """The lower list."""
        return self._citations

    # -- citations ---------------------------------------------------------

    def _show_chosen(self, chosen: tuple[int, str] | None) -> None:
        self._chosen = chosen
        if chosen is None:
            self._show_citations()
            return
        source_id, name = chosen
        self._citations.clear()
        rows = self._citing_rows(source_id, self._post.id if self._post else None) or []
        self._fill_citations(name, rows, across=True, maker=self._index.maker(source_id))

    def _show_citations(self) -> None:
        self._citations.clear()
        self._rows = []
        if self._chosen is not None:
            self._show_chosen(self._chosen)
            return
        post = self._post
        item = self._sources.currentItem()
        if post is None or item is None:
            self._citations_title.setText(
                "Select a source to see where it is cited." if post is not None else ""
            )
            return
        index = int(item.data(0, SOURCE_ROLE))
        source = post.analysis.sources[index]
        rows = self._library_rows(post, index)
        across = rows is not None
        if rows is None:
            rows = self._post_rows(post, index)
        summary = self._summaries.get(index)
        maker = self._index.maker(summary.id) if across and summary is not None else None
        self._fill_citations(source.name, rows, across=across, maker=maker)

    def _fill_citations(
        self, name: str, rows: list[CitationRow], *, across: bool, maker: str | None = None
    ) -> None:
        self._rows = rows
        posts = len({row.post_id for row in rows})
        where = f"in {posts} post{'s' if posts != 1 else ''}" if across else "in this post"
        # A colleague's rename or merge is named, so a source that reads
        # differently from yesterday is explained (one's own is not).
        corrected = f"<br>Corrected by {escape(maker)}." if maker else ""
        self._citations_title.setText(
            f"<b>{escape(name)}</b> is cited {len(rows)} time{'s' if len(rows) != 1 else ''} "
            f"{where}.{corrected}"
        )
        for number, row in enumerate(rows):
            cell = QListWidgetItem(f"{row.title}\n{row.detail}")
            cell.setData(CITATION_ROLE, number)
            cell.setToolTip(row.detail)
            self._citations.addItem(cell)

    def _post_rows(self, post: Post, source: int) -> list[CitationRow]:
        numbers = paragraph_numbers(post.blocks)
        rows: list[CitationRow] = []
        for mention in post.analysis.mentions:
            if mention.source != source:
                continue
            span = mention.span
            if not 0 <= span.block < len(post.blocks):
                continue
            text = post.blocks[span.block].text
            end = span.end.offset if span.end.block == span.block else len(text)
            number = numbers[span.block]
            where = f"¶ {number}" if number is not None else "heading"
            rows.append(
                CitationRow(
                    post.id,
                    span,
                    f"{where} · {mention.kind.value.replace('_', ' ')}",
                    context(text, span.start.offset, end),
                )
            )
        return rows

    def _library_summaries(self, post: Post) -> dict[int, SourceSummary]:
        """The library's record of each of the post's sources, by index in
        the post's analysis (empty without a library or for a post the
        library does not hold)."""
        lib = self._library
        if lib is None:
            return {}
        try:
            # By the identity the library gave each source, never by name.
            return lib.post_sources(post.id)
        except QuotemarkError:
            return {}

    def _library_rows(self, post: Post, source: int) -> list[CitationRow] | None:
        """Every citation across the library, or None when the library
        cannot say (no library, the post is not stored, an error)."""
        summary = self._summaries.get(source)
        if summary is None:
            return None
        return self._citing_rows(summary.id, post.id)

    def _citing_rows(self, source_id: int, post_id: int | None) -> list[CitationRow] | None:
        lib = self._library
        if lib is None:
            return None
        try:
            citations = lib.citing(source_id)
        except QuotemarkError:
            return None
        rows: list[CitationRow] = []
        for citation in citations:
            if citation.quote_text:
                said = f" — {citation.speaker}" if citation.speaker else ""
                detail = f"\u201c{citation.quote_text}\u201d{said}"
            else:
                detail = citation.span.text
            title = citation.post_title or "(untitled post)"
            if citation.post_id == post_id:
                title += " (this post)"
            rows.append(CitationRow(citation.post_id, citation.span, title, detail))
        return rows

    # -- signals -----------------------------------------------------------

    def _on_sources_currentItemChanged(
        self, _current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        self._chosen = None
        self._show_citations()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._sources and event.type() == QEvent.Type.FocusIn and self._chosen:
            # Back in this post's list: the actions and the lower list are
            # about its selected source again.
            self._chosen = None
            self._show_citations()
        return super().eventFilter(watched, event)

    @Slot(int, str)
    def _on_index_chosen(self, source_id: int, name: str) -> None:
        self.show_library_source(source_id, name)

    @Slot()
    def _on_index_focused(self) -> None:
        # The right-click actions act on the list the researcher is in.
        current = self._index.current()
        if current is not None and self._chosen is None:
            self._chosen = current
            self._show_chosen(current)

    def _activate(self, item: QListWidgetItem) -> None:
        number = int(item.data(CITATION_ROLE))
        if 0 <= number < len(self._rows):
            row = self._rows[number]
            self.citation_activated.emit(row.post_id, row.span)

    def _on_citations_itemActivated(self, item: QListWidgetItem) -> None:
        self._activate(item)

    def _on_citations_itemClicked(self, item: QListWidgetItem) -> None:
        single = self._citations.style().styleHint(
            QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick, None, self._citations
        )
        if not single:
            self._activate(item)
