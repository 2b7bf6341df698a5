"""The Review tab: the open post's uncertain readings, to step through by
keyboard.

A quotation is listed when the analyser found no speaker for it, or a
speaker or an extent with low confidence
(:data:`quotemark.library.store.corrections.REVIEW_BELOW`), and the
researcher has not yet settled it. Shift+J / Shift+K (``review.next`` /
``review.previous``) go to the next / previous one in the reader, F2 edits
its speaker, Ctrl+Shift+A (``review.accept``) accepts the machine's
answer; either way it leaves the list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from quotemark.app.controller import Controller
from quotemark.app.panels import inset
from quotemark.app.panels.post_follow import FollowsPost
from quotemark.app.panels.quotes import preview, speaker_line
from quotemark.app.style import mute
from quotemark.library.errors import QuotemarkError
from quotemark.library.model import Change, Post
from quotemark.library.store.corrections import REVIEW_BELOW

INDEX_ROLE = Qt.ItemDataRole.UserRole + 1
FIELD_ROLE = Qt.ItemDataRole.UserRole + 2
FIELD_WORDS = {
    "title": "Title",
    "authors": "Authors",
    "published": "Date",
    "site": "Site",
    "url": "URL",
    "language": "Language",
}


def worth_reviewing(post: Post, fields: list[str]) -> list[str]:
    """The unsure citation fields to put before the researcher: all but a
    language nothing was found for. A short text's language is left unsure
    whether or not a guess came out; with none there is no reading to check
    ("Language uncertain (60% sure) (none found)" on every short post), and
    the citation goes without one, which :func:`missing_line` says."""
    return [name for name in fields if name != "language" or post.metadata.language]


def missing_line(post: Post, listed: list[str]) -> str:
    """Lines naming the author and date the page gave none of (and not
    listed as uncertain): the extractor is sure there is none, so the list
    is silent, yet the citation goes out without them. And a language none
    was found for, which the citations leave to the style."""
    meta = post.metadata
    missing = [
        word
        for name, word, empty in (
            ("authors", "author", not meta.authors),
            ("published", "date", not meta.published),
        )
        if empty and name not in listed
    ]
    line = ""
    if missing:
        line += (
            f"\nNo {' or '.join(missing)} found on the page: add "
            f"{'it' if len(missing) == 1 else 'them'} in the Info tab, "
            "or the citation goes without."
        )
    if not meta.language:
        # No language field in the export: CSL styles and biblatex then
        # format the post in the style's (or document's) language, English
        # title case included; right for most posts, wrong for the others.
        line += (
            "\nNo language found: citations treat the post as written in the style's "
            "language (usually English); set it in the Info tab if it is not."
        )
    return line


class ReviewPanel(FollowsPost, QWidget):
    """The uncertain readings of the open post."""

    quote_activated = Signal(int)  # Enter or a click on an entry: its quote index
    field_activated = Signal(str)  # the same on a citation field's entry: its name
    listed = Signal(list)  # the quote indexes listed, after each refill

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self.setAccessibleName("Readings to review")
        self._controller = controller
        self._post: Post | None = None
        self._indexes: list[int] = []
        self._fields: list[str] = []
        self.summary = QLabel(self)
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("reviewList")
        self.list.setAccessibleName("Uncertain readings")
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.itemActivated.connect(self._on_list_itemActivated)
        self.hint = QLabel(
            "Next / previous: Shift+J / Shift+K · edit: F2 · accept: Ctrl+Shift+A", self
        )
        self.hint.setWordWrap(True)
        mute(self.hint)
        layout = QVBoxLayout(self)
        inset(layout)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        controller.changed.connect(self._on_controller_changed)
        self._follow_resets()
        self.set_post(None)

    def add_section(self, section: QWidget) -> None:
        """Put ``section`` under the list, above the keys line."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.hint), section)

    def set_hint(self, text: str) -> None:
        """The keys line (the window writes it from the registry's keys)."""
        self.hint.setText(text)

    def set_post(self, post: Post | None) -> None:
        """List this post's uncertain readings (None empties the tab)."""
        self._post = post
        self._fill()

    def indexes(self) -> list[int]:
        """The quote indexes listed, in reading order."""
        return list(self._indexes)

    def fields(self) -> list[str]:
        """The citation fields listed (after the quotes)."""
        return list(self._fields)

    def select(self, quote_index: int) -> None:
        """Make the entry of ``quote_index`` current (when listed)."""
        if quote_index in self._indexes:
            self.list.setCurrentRow(self._indexes.index(quote_index))

    def select_field(self, name: str) -> None:
        """Make the entry of field ``name`` current (when listed)."""
        if name in self._fields:
            self.list.setCurrentRow(len(self._indexes) + self._fields.index(name))

    def current_field(self) -> str | None:
        """The field whose entry is current, if a field's is."""
        item = self.list.currentItem()
        value = item.data(FIELD_ROLE) if item is not None else None
        return str(value) if value else None

    def _fill(self) -> None:
        self.list.clear()
        post = self._post
        self._indexes = []
        self._fields = []
        if post is None:
            self.summary.setText("Open a post to review its uncertain readings.")
            self.listed.emit([])
            return
        try:
            self._indexes = self._controller.uncertain(post.id)
            self._fields = worth_reviewing(post, self._controller.uncertain_fields(post.id))
        except QuotemarkError as error:
            self.summary.setText(str(error))
            return
        for index in self._indexes:
            quote = post.analysis.quotes[index]
            speaker = quote.speaker
            sure = f" ({speaker.confidence:.0%} sure)" if speaker and speaker.label else ""
            extent = (
                f"\nextent uncertain ({quote.extent_confidence:.0%} sure)"
                if quote.extent_confidence < REVIEW_BELOW
                else ""
            )
            item = QListWidgetItem(
                f"Quote {index + 1} · {speaker_line(quote)}{sure}{extent}"
                f"\n{preview(quote.span.text)}"
            )
            item.setData(INDEX_ROLE, index)
            self.list.addItem(item)
        meta = post.metadata
        for name in self._fields:
            shown = ", ".join(meta.authors) if name == "authors" else getattr(meta, name) or ""
            item = QListWidgetItem(
                f"{FIELD_WORDS[name]} uncertain ({meta.sureness(name):.0%} sure)\n"
                f"{preview(shown) if shown else '(none found)'}"
            )
            item.setData(FIELD_ROLE, name)
            self.list.addItem(item)
        self.listed.emit(list(self._indexes))
        count = len(self._indexes) + len(self._fields)
        self.summary.setText(
            (
                f"{count} reading{'' if count == 1 else 's'} to review."
                if count
                else "Nothing to review: every speaker, extent and citation field is settled."
            )
            + missing_line(post, self._fields)
        )

    @Slot(QListWidgetItem)
    def _on_list_itemActivated(self, item: QListWidgetItem) -> None:
        field = item.data(FIELD_ROLE)
        if field:
            self.field_activated.emit(str(field))
        else:
            self.quote_activated.emit(int(item.data(INDEX_ROLE)))

    @Slot(object, object)
    def _on_controller_changed(self, change: Change, _initiator: object) -> None:
        post = self._post
        if post is None:
            return
        if post.id in change.posts_removed:
            self.set_post(None)
            return
        if post.id in change.quotes_changed or post.id in change.posts_changed:
            self._read_again(post)

    def _show_again(self) -> None:
        # The row chosen stays chosen.
        row = self.list.currentRow()
        self._fill()
        if self.list.count():
            self.list.setCurrentRow(min(max(row, 0), self.list.count() - 1))
