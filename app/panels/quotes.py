"""The Quotes tab: this post's quotations, who said them, and the colour key.

Public API (the main window wires these)::

    quote_activated = Signal(int)   # a quote was clicked or Enter was pressed on it
    set_post(post | None)           # list this post's quotes (None empties the tab)
    set_current(index)              # follow J/K in the reader (emits nothing)
    current_index() -> int | None

The legend at the top is the reader's colour key: one swatch per speaker in
the colours the reader highlights with. Nested quotes sit under the quote
they are nested in. A partial quote is listed by the words inside its
quotation marks (its span is the whole reported clause, mostly the writer's
words) and says "partial"; the clause stays in its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quotemark.app.panels import inset
from quotemark.app.reader import highlight
from quotemark.app.reader.theme import system_is_dark
from quotemark.app.rich_text import escape, unbroken
from quotemark.app.style import mute
from quotemark.library.model import Post, Quote, QuoteKind

INDEX_ROLE = Qt.ItemDataRole.UserRole + 1
PREVIEW_WORDS = 12
LEGEND_CHARS = 30


def _speaker_names(post: Post) -> dict[str | None, str]:
    # Each speaker's label once, in the order of their first quotation.
    names: dict[str | None, str] = {}
    for quote in post.analysis.quotes:
        key = highlight.speaker_key(quote.speaker)
        if key not in names:
            names[key] = quote.speaker.label if quote.speaker and key else "Unknown"
    return names


def _quotation_count(post: Post) -> str:
    count = len(post.analysis.quotes)
    return f"{count} quotation{'s' if count != 1 else ''}"


def _legend_words(post: Post) -> str:
    # The legend as a screen reader says it: whole names, no layout marks.
    return f"{_quotation_count(post)} · speakers: {', '.join(_speaker_names(post).values())}"


def speaker_line(quote: Quote) -> str:
    """ "Name · role", the role alone, or "Speaker unknown"."""
    speaker = quote.speaker
    if speaker is None or not speaker.label:
        return "Speaker unknown"
    if speaker.name and speaker.role:
        return f"{speaker.name} · {speaker.role}"
    return speaker.label


def preview(text: str, words: int = PREVIEW_WORDS) -> str:
    """The first words of a quotation, on one line."""
    parts = text.replace("\u2028", " ").split()
    shown = " ".join(parts[:words])
    return shown + (" …" if len(parts) > words else "")


def quoted_words(post: Post, quote: Quote) -> str:
    """What the speaker said in their own words: a partial quote's marked
    words in quotation marks (several joined with " … "), any other
    quote's text."""
    if quote.kind is not QuoteKind.PARTIAL:
        return quote.span.text
    if not quote.marked:
        return quote.span.text
    return " … ".join(f"\u201c{span.text}\u201d" for span in quote.marked)


def entry_text(post: Post, quote: Quote) -> str:
    """The two lines of a quote's row: who, then what (``partial:`` first
    for a partial quote)."""
    words = preview(quoted_words(post, quote))
    if quote.kind is QuoteKind.PARTIAL:
        words = f"partial: {words}"
    return f"{speaker_line(quote)}\n{words}"


def swatch(colour: QColor, border: QColor, size: int = 14) -> QIcon:
    """A small rounded colour chip."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(border)
    painter.setBrush(colour)
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


class RoomyDelegate(QStyledItemDelegate):
    """Rows a little taller than the style's, so two-line entries breathe.
    (A style sheet would do it too, but freezes the palette the view had
    when it was applied: a switch to dark would leave a white list.)"""

    PADDING = 6

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + self.PADDING)


class QuotesPanel(QWidget):
    """This post's quotations with their speakers."""

    quote_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quotesPanel")
        self._post: Post | None = None
        self._items: dict[int, QTreeWidgetItem] = {}

        self._legend = QLabel(self)
        self._legend.setObjectName("quotesLegend")
        self._legend.setWordWrap(True)
        self._legend.setTextFormat(Qt.TextFormat.RichText)
        self._legend.setContentsMargins(0, 0, 0, 2)

        self._tree = QTreeWidget(self)
        self._tree.setObjectName("quotesList")
        self._tree.setAccessibleName("Quotations in this post")
        self._tree.setHeaderHidden(True)
        self._tree.setColumnCount(1)
        self._tree.setUniformRowHeights(False)
        # One line each for who and what, elided: a wrapped long role would
        # push the quoted words out of the row.
        self._tree.setWordWrap(False)
        self._tree.setIndentation(16)
        self._tree.setRootIsDecorated(False)
        self._tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._tree.setItemDelegate(RoomyDelegate(self._tree))
        self._tree.itemActivated.connect(self._on_tree_itemActivated)
        self._tree.itemClicked.connect(self._on_tree_itemClicked)

        self._empty = QLabel("No post open.", self)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        mute(self._empty)

        layout = QVBoxLayout(self)
        inset(layout)
        layout.setSpacing(2)
        layout.addWidget(self._legend)
        layout.addWidget(self._tree, 1)
        layout.addWidget(self._empty, 1)
        self.set_post(None)

    # -- public ------------------------------------------------------------

    def set_post(self, post: Post | None) -> None:
        """List ``post``'s quotes (None: nothing open). The same post again
        (a correction, its undo, a colleague's change) keeps the current
        row on the quotation where it was."""
        shown = self._post
        index = self.current_index()
        kept = None
        if post is not None and shown is not None and shown.id == post.id and index is not None:
            kept = shown.analysis.quotes[index].span if index < len(shown.analysis.quotes) else None
        self._post = post
        self._fill()
        if kept is not None and post is not None:
            # Refilled, the list had no current row: a keyboard user in it
            # (Ctrl+Z after a correction made there) was put back at its
            # top, and the next correction went to the reader's quote.
            for at, quote in enumerate(post.analysis.quotes):
                if quote.span.start < kept.end and kept.start < quote.span.end:
                    self.set_current(at)
                    break

    def set_current(self, index: int) -> None:
        """Make quote ``index`` the current row without emitting anything."""
        item = self._items.get(index)
        if item is None:
            return
        blocked = self._tree.blockSignals(True)
        try:
            self._tree.setCurrentItem(item)
        finally:
            self._tree.blockSignals(blocked)
        self._tree.scrollToItem(item)

    def current_index(self) -> int | None:
        """The quote of the current row."""
        item = self._tree.currentItem()
        return None if item is None else int(item.data(0, INDEX_ROLE))

    def tree(self) -> QTreeWidget:
        """The list (for keyboard focus and tests)."""
        return self._tree

    def legend(self) -> QLabel:
        """The speaker colour key."""
        return self._legend

    # -- building ----------------------------------------------------------

    def _fill(self) -> None:
        self._tree.clear()
        self._items = {}
        post = self._post
        quotes = post.analysis.quotes if post is not None else ()
        if post is None or not quotes:
            self._empty.setText("No post open." if post is None else "No quotations found.")
            self._empty.show()
            self._tree.hide()
            self._legend.hide()
            # Not a hidden list's proxy: Tab from the reader would stop here.
            # (Qt takes None, no proxy; the stubs do not say so.)
            self.setFocusProxy(None)  # type: ignore[arg-type]
            return
        self._empty.hide()
        self._tree.show()
        self.setFocusProxy(self._tree)
        dark = system_is_dark()
        slots = highlight.speaker_slots(quotes)
        border = QColor("#00000040") if not dark else QColor("#ffffff40")
        order = sorted(range(len(quotes)), key=lambda i: (quotes[i].span.start, i))
        for index in order:
            quote = quotes[index]
            slot = slots.get(highlight.speaker_key(quote.speaker), highlight.NO_SPEAKER)
            item = QTreeWidgetItem()
            item.setData(0, INDEX_ROLE, index)
            item.setText(0, entry_text(post, quote))
            item.setIcon(0, swatch(highlight.speaker_swatch(slot, dark=dark), border))
            tip = f"{highlight.quote_tooltip(quote)}\n\n{quote.span.text}"
            if quote.kind is QuoteKind.PARTIAL:
                tip = (
                    f"{highlight.quote_tooltip(quote)}\n\nPartial quotation: only "
                    f"{quoted_words(post, quote)} is verbatim.\n\nIn: {quote.span.text}"
                )
            item.setToolTip(0, tip)
            self._items[index] = item
        for index in order:
            item = self._items[index]
            parent = quotes[index].parent
            if parent is not None and parent in self._items and parent != index:
                self._items[parent].addChild(item)
            else:
                self._tree.addTopLevelItem(item)
        self._tree.expandAll()
        self._legend.setText(self._legend_html(post, slots, dark))
        # Read out as plain words: the label's own text holds a word joiner
        # between every letter of a Japanese or Chinese name.
        self._legend.setAccessibleName(_legend_words(post))
        self._legend.show()

    def _legend_html(self, post: Post, slots: dict[str | None, int], dark: bool) -> str:
        names = _speaker_names(post)
        chips = []
        text = "#ebe8e1" if dark else "#1f1d1a"
        for key, label in names.items():
            background = highlight.quote_background(slots.get(key, -1), dark=dark).name()
            short = label if len(label) <= LEGEND_CHARS else label[: LEGEND_CHARS - 1] + "…"
            # One line a chip: no break at its spaces nor between the
            # letters of a name in a script without spaces.
            shown = escape(unbroken(short)).replace("\u00a0", "&nbsp;")
            chips.append(
                f'<span style="background-color:{background}; color:{text};">'
                f"&nbsp;{shown}&nbsp;</span>"
            )
        heading = f"<b>{_quotation_count(post)}</b> · speakers: "
        return heading + " ".join(chips)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._post is not None:
            current = self.current_index()
            self._fill()  # swatches and legend in the new scheme's tones
            if current is not None:
                self.set_current(current)

    # -- signals -----------------------------------------------------------

    def _single_click_activates(self) -> bool:
        return bool(
            self._tree.style().styleHint(
                QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick, None, self._tree
            )
        )

    def _on_tree_itemActivated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.quote_activated.emit(int(item.data(0, INDEX_ROLE)))

    def _on_tree_itemClicked(self, item: QTreeWidgetItem, _column: int) -> None:
        if not self._single_click_activates():
            self.quote_activated.emit(int(item.data(0, INDEX_ROLE)))
