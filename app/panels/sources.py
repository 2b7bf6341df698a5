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

The lists' widgets and rows are made in ``source_lists``, the citation rows
in ``source_citations``, the library-wide list is ``source_index``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quotemark.app.panels import inset
from quotemark.app.panels.source_citations import (
    CitationRow,
    citing_rows,
    heading,
    linked_documents,
    post_rows,
)
from quotemark.app.panels.source_index import SourceIndex, colleagues_makers
from quotemark.app.panels.source_lists import (
    CITATION_ROLE,
    DOCUMENT_ROLE,
    DOCUMENT_TEXT_ROLE,
    SOURCE_ROLE,
    citation_item,
    citations_view,
    document_item,
    source_item,
    sources_tree,
)
from quotemark.app.style import mute
from quotemark.library.errors import QuotemarkError
from quotemark.library.model import Change, Post, SourceKind
from quotemark.library.records import SourceSummary

if TYPE_CHECKING:
    from quotemark.app.controller import Controller


NO_POST_HINT = (
    "No post open. Open one to see who it cites: people, outlets, agencies "
    "and linked sites, each with how often this post cites it and how many "
    "posts in the library do."
)
"""The tab's hint while no post is open: what will appear there."""
NO_SOURCES_HINT = (
    "No cited sources found in this post. A source is someone the text "
    "credits: “according to …”, “… reported”, a news agency, a linked outlet."
)
"""The tab's hint for a post that credits no one."""


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

        self._sources = sources_tree(self)
        self._sources.currentItemChanged.connect(self._on_sources_currentItemChanged)
        self._sources.installEventFilter(self)

        self._index = SourceIndex(self)
        self._index.chosen.connect(self._on_index_chosen)
        self._index.focused.connect(self._on_index_focused)

        self._citations_title = QLabel(self)
        self._citations_title.setWordWrap(True)
        self._citations_title.setContentsMargins(0, 4, 0, 2)
        self._citations = citations_view(self)
        self._citations.itemActivated.connect(self._on_citations_itemActivated)
        self._citations.itemClicked.connect(self._on_citations_itemClicked)

        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.setSpacing(0)
        lower_layout.addWidget(self._citations_title)
        lower_layout.addWidget(self._citations, 1)

        self._empty = QLabel(NO_POST_HINT, self)
        self._empty.setObjectName("sourcesEmpty")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A hint of a few lines, wrapped to the panel (never widening it).
        self._empty.setWordWrap(True)
        self._empty.setMargin(8)
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
        inset(layout)
        layout.addWidget(self._empty)
        layout.addWidget(self._split, 1)
        # No focus proxy: the panel sits after its own lists in the focus
        # chain, and Qt 6 takes a proxy there as one more stop, so Tab from
        # the lowest list went back to the top one (or, with no post open,
        # to the hidden list: nowhere), and never left the panel. Its side
        # tab's keys give the keyboard its first list (accessibility.Panes).
        self.set_post(None)

    # -- public ------------------------------------------------------------

    def set_library(self, lib: Controller | None) -> None:
        """Look citations up through the controller (None: this post's
        mentions only)."""
        if self._library is not None:
            self._library.changed.disconnect(self._on_controller_changed)
            self._library.reset.disconnect(self._on_controller_reset)
        self._library = lib
        self._index.set_library(lib)  # before ours: it refreshes first
        if lib is not None:
            lib.changed.connect(self._on_controller_changed)
            lib.reset.connect(self._on_controller_reset)
        self.set_post(self._post)

    @Slot()
    def _on_controller_reset(self) -> None:
        """Changed beyond what the log names (a backup restored): every
        count and citation is read again; the selection stays."""
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
        elif change.posts_changed and {row.post_id for row in self._rows} & set(
            change.posts_changed
        ):
            # A citing post's title was corrected: its rows name it (they
            # kept the old title until the next start).
            self._show_citations()
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
                documents = linked_documents(post)
                for index, source in enumerate(post.analysis.sources):
                    summary = self._summaries.get(index)
                    maker = makers.get(summary.id) if summary is not None else None
                    item = source_item(index, source, counts.get(index, 0), summary, maker)
                    self._sources.addTopLevelItem(item)
                    if source.kind is SourceKind.LINK:
                        # A researcher cites the document, not the site: each
                        # one linked, by its link's words, under its site.
                        for document in documents.get(index, ()):
                            linked = document_item(index, document)
                            item.addChild(linked)
                            linked.setFirstColumnSpanned(True)  # only once in the tree
                        item.setExpanded(True)
        finally:
            self._sources.blockSignals(blocked)
        grouped = any(
            (row := self._sources.topLevelItem(i)) is not None and row.childCount()
            for i in range(self._sources.topLevelItemCount())
        )
        self._sources.setRootIsDecorated(grouped)
        self._sources.setColumnHidden(3, not self._summaries)
        has_sources = post is not None and bool(post.analysis.sources)
        self._sources.setVisible(has_sources)
        self._index.setVisible(self._library is not None)
        self._split.setVisible(has_sources or self._library is not None)
        self._empty.setVisible(not has_sources)
        if self._chosen is not None:
            return  # the library-wide choice stays in the lower list
        self._empty.setText(NO_POST_HINT if post is None else NO_SOURCES_HINT)
        if previous is not None and self.show_source(previous):
            return
        first = self._sources.topLevelItem(0)
        if first is None:
            self._show_citations()
            return
        # A post opened with nothing chosen: its first source is selected, so
        # the lower list shows where that source is cited instead of an
        # empty box (a click or the arrow keys move from there). The change of
        # current item lists its citations.
        self._sources.setCurrentItem(first)

    def show_source(self, name: str) -> bool:
        """Select the source called ``name`` (case-insensitive); False if
        this post does not cite it."""
        wanted = name.casefold()
        return self._choose_first(lambda item: item.text(0).casefold() == wanted)

    def show_source_at(self, index: int) -> bool:
        """Select the post's source number ``index`` (as the reader's link
        names it); False if there is none."""
        return self._choose_first(lambda item: item.data(0, SOURCE_ROLE) == index)

    def show_document(self, url: str) -> bool:
        """Select the row of the linked document at ``url`` (without its
        #fragment) and list its links here; False if none is listed."""
        return self._choose_first(lambda item: item.data(0, DOCUMENT_ROLE) == url, documents=True)

    def _choose_first(
        self, wanted: Callable[[QTreeWidgetItem], bool], *, documents: bool = False
    ) -> bool:
        """Select the first source row (a document row, with ``documents``)
        ``wanted`` accepts and list its citations; False if none does."""
        for row in range(self._sources.topLevelItemCount()):
            site = self._sources.topLevelItem(row)
            if site is None:
                continue
            items = [site.child(i) for i in range(site.childCount())] if documents else [site]
            for item in items:
                if item is not None and wanted(item):
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
        if item is not None and item.parent() is not None:
            item = item.parent()  # a linked document: its site is the source
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

    def keyboard_entry(self) -> QWidget | None:
        """Where its side tab's keys (and F6) put the keyboard: the post's
        sources, else the library's filter, then its list (Tab's order)."""
        for widget in (self._sources, self._index.filter, self._index.list, self._citations):
            if widget.isVisible():
                return widget
        return None

    def sources_list(self) -> QTreeWidget:
        """The upper list."""
        return self._sources

    def splitter(self) -> QSplitter:
        """The splitter between the post's sources, the library's and the
        citations (its sizes are remembered between runs)."""
        return self._split

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
        rows = citing_rows(self._library, source_id, self._post.id if self._post else None) or []
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
            self._citations_title.setText("" if post is None else self._choose_hint())
            return
        index = int(item.data(0, SOURCE_ROLE))
        source = post.analysis.sources[index]
        url = item.data(0, DOCUMENT_ROLE)
        if isinstance(url, str):
            # A linked document: this post's links to it.
            name = f"“{item.data(0, DOCUMENT_TEXT_ROLE)}” on {source.name}"
            self._fill_citations(name, post_rows(post, index, url), across=False)
            return
        rows = self._library_rows(post, index)
        across = rows is not None
        if rows is None:
            rows = post_rows(post, index)
        summary = self._summaries.get(index)
        maker = self._index.maker(summary.id) if across and summary is not None else None
        self._fill_citations(source.name, rows, across=across, maker=maker)

    def _choose_hint(self) -> str:
        # A post citing no one shows only the library's list, its first row
        # highlighted: "Select a source" read as if that row were chosen.
        if self._sources.topLevelItemCount() or self._library is None:
            return "Select a source to see where it is cited."
        return (
            "Choose a source in the library's list (a click, or Enter) to see every post citing it."
        )

    def _fill_citations(
        self, name: str, rows: list[CitationRow], *, across: bool, maker: str | None = None
    ) -> None:
        self._rows = rows
        self._citations_title.setText(heading(name, rows, across=across, maker=maker))
        for number, row in enumerate(rows):
            self._citations.addItem(citation_item(number, row))

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
        return citing_rows(self._library, summary.id, post.id)

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
