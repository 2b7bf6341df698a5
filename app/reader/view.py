"""ReaderView: one post, read-only, with its quotes, sources and clips marked.

Public API (the main window wires these; keep them stable)::

    clip_requested = Signal(object)   # a library.model.Span (from clip_current())
    source_activated = Signal(int)    # a cited source was clicked: its index in the analysis
    link_reached = Signal(str)        # Tab or Shift+Tab chose a link: its address
    quote_changed = Signal(int)       # the current quote index (J/K, select_quote)
    show_post(post, clips=()) / clear() / post()
    set_clips(clips)                  # re-mark clipped passages
    next_quote() / previous_quote() / select_quote(index)
    current_span() -> Span | None     # selection, else the quote under the cursor
    clip_current()                    # emits clip_requested(current_span())
    show_span(span)                   # select + scroll
    zoom_in() / zoom_out() / zoom_reset(); zoom() -> float; set_zoom(factor)
    zoom_changed = Signal(float)      # the new factor (Ctrl+wheel zooms too)
    wanted_width_changed = Signal()   # comfortable_width() changed (a zoom, a correction)
    set_paragraph_numbers(visible); paragraph_numbers_visible() -> bool
    open_find() / close_find(); find_bar() -> FindBar
    editor() -> QTextBrowser          # the text widget, focus target
    set_color_scheme(scheme)          # Qt.ColorScheme.Unknown follows the system
    current_quote() -> int | None
    quote_under_cursor() -> int | None  # the quote the text cursor is in
    speaker_line() -> QLabel          # names the current quote's speaker under the text
    header() -> PostHeader            # title, byline, date, site, link, counts

The header (:mod:`quotemark.app.reader.header`) is a widget over the top of the text
widget's viewport, in the room the root frame's top margin leaves, so the
document still holds exactly one QTextBlock per model Block.

A selection becomes a :class:`~quotemark.library.model.Span` through
:mod:`quotemark.app.reader.positions`; its ``text`` is the model's text (not Qt's),
blocks joined with ``"\\n"`` as :class:`~quotemark.library.model.Span` documents, with
surrounding white space trimmed (a drag that grabs a trailing space clips
the words, not the space). A selection that ends at the very start of a block
ends at the end of the block before it.

Nothing remote is ever loaded: :meth:`_ReaderText.loadResource` answers only
``quotemark-resource:`` names of the current post. Web links go to the system
browser (``QDesktopServices.openUrl``); ``quotemark-source:`` links emit
:attr:`ReaderView.source_activated`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QMimeData, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QWheelEvent,
)
from PySide6.QtWidgets import QLabel, QTextBrowser, QTextEdit, QVBoxLayout, QWidget

from quotemark.app.reader import document as docbuild
from quotemark.app.reader import highlight, margin, spans, theme
from quotemark.app.reader.find import FindBar
from quotemark.app.reader.header import PostHeader
from quotemark.app.reader.kept_colours import KeptColours
from quotemark.app.reader.positions import PositionMap
from quotemark.app.reader.text_role import QTextEdit as ReadOnlyText
from quotemark.app.rich_text import escape
from quotemark.library.model import (
    BlockKind,
    Clip,
    Position,
    Post,
    QuoteKind,
    Span,
    paragraph_numbers,
)
from quotemark.library.quoting import isolated

EMPTY_TEXT = "Choose a post in the library to read it here."
LARGE_DOCUMENT = 200_000
"""Characters above which a post's layout time is worth saving twice."""
LABEL_EMS = 11.0
"""Right-margin width (in body ems) wanted for speaker labels."""

_WEB_SCHEMES = frozenset({"http", "https", "mailto"})


class _ReaderText(ReadOnlyText):
    """The text widget: loads only the post's own images and paints the margin.
    Screen readers meet it as a read-only text (see :mod:`.text_role`)."""

    def __init__(self, reader: ReaderView) -> None:
        super().__init__(reader)
        self._reader = reader
        self.resources: dict[str, Any] = {}
        self.margin_content = margin.MarginContent((), (), (), show_numbers=True)
        self.column_left = 0.0
        self.column_right = 0.0
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.setAccessibleName("Post text")
        self.header = PostHeader(self.viewport())

        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def focusNextPrevChild(self, next: bool) -> bool:
        moved = super().focusNextPrevChild(next)
        if moved and self.hasFocus():
            # Tab chose the next link (Qt signals nothing when it does).
            href = self.textCursor().charFormat().anchorHref()
            if href:
                self._reader.link_reached.emit(href)
        return moved

    def createMimeDataFromSelection(self) -> QMimeData:
        data = super().createMimeDataFromSelection()
        text = self._reader.selected_text()
        if text is not None:
            # The post shows display-only breaks: copy the model's text.
            data = QMimeData()
            data.setText(text)
        return data

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        """Only this post's resources, by their ``quotemark-resource:`` name.
        Anything else (http, https, file, data) is refused: nothing remote
        and nothing outside the post is ever read while reading."""
        if int(type) != int(QTextDocument.ResourceType.ImageResource):
            return None
        key = name.toString() if isinstance(name, QUrl) else name
        resource = self.resources.get(key)
        if resource is None:
            return None
        image = QImage()
        if not image.loadFromData(resource.data):
            return None
        return image

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        try:
            if self._reader.post() is None:
                painter.setPen(self._reader.theme().muted)
                painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, EMPTY_TEXT)
                return
            margin.paint_margin(
                painter,
                self.document(),
                float(self.verticalScrollBar().value()),
                (float(event.rect().top()), float(event.rect().height())),
                self.column_left,
                self.column_right,
                float(self.viewport().width()),
                self.document().defaultFont(),
                self._reader.theme(),
                self.margin_content,
            )
        finally:
            painter.end()

    def wheelEvent(self, event: QWheelEvent) -> None:
        # Ctrl+wheel is the reader's zoom (QTextEdit's own would swap the
        # serif body for the widget's font).
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y()
            if steps > 0:
                self._reader.zoom_in()
            elif steps < 0:
                self._reader.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._reader.find_bar().isVisible():
            self._reader.close_find()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The text reflows at a new width; without an anchor the same scroll
        # offset shows other paragraphs and the passage being read slips away.
        anchor = self._place_anchor()
        super().resizeEvent(event)
        self._reader._update_column()
        if anchor is not None:
            position, y = anchor
            cursor = QTextCursor(self.document())
            cursor.setPosition(min(position, self.document().characterCount() - 1))
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + self.cursorRect(cursor).top() - y)

    def _place_anchor(self) -> tuple[int, int] | None:
        """(text position, its y in the viewport) to keep still while the
        text reflows: the selection when it is in view, else the first
        visible line; None at the page's top, which stays the top."""
        if self.verticalScrollBar().value() <= 0:
            return None
        height = self.viewport().height()
        cursor = self.textCursor()
        if cursor.hasSelection():
            start = QTextCursor(self.document())
            start.setPosition(cursor.selectionStart())
            top = self.cursorRect(start).top()
            if 0 <= top < height:
                return cursor.selectionStart(), top
        first = self.cursorForPosition(self.viewport().rect().topLeft())
        return first.position(), self.cursorRect(first).top()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._reader._place_header()


class ReaderView(QWidget):
    """Reads one post. See the module docstring for the public API."""

    clip_requested = Signal(object)
    source_activated = Signal(int)  # the source's index in the post's analysis
    link_reached = Signal(str)  # Tab or Shift+Tab chose a link: its address
    quote_changed = Signal(int)
    zoom_changed = Signal(float)
    wanted_width_changed = Signal()
    """:meth:`comfortable_width` changed with the text shown anew (a zoom, a
    correction giving the post its first speaker label): the window's layout
    may give the reader room (``layout_fit.ReaderRoom.wanted_changed``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self._post: Post | None = None
        self._clips: tuple[Clip, ...] = ()
        self._built: docbuild.BuiltDocument | None = None
        self._builder: docbuild.Builder | None = None
        # Whether the post has speaker labels (the margin wants room for them
        # before the blocks holding them are built).
        self._has_labels = False
        # comfortable_width() when the post's document was last built: a
        # rebuild that changes it tells the window (wanted_width_changed).
        self._built_for = 0
        self._labelled_until = 0  # blocks whose speaker labels are in the margin
        self._quotes_by_start: list[int] = []  # quote indices by start block
        self._quote_starts: list[int] = []  # their start blocks (for bisect)
        self._positions = PositionMap(())
        # The rest of a large post is built in steps from a zero timer
        # after its first screen is shown (docbuild.Builder).
        self._build_timer = QTimer(self)
        self._build_timer.setInterval(0)
        self._build_timer.timeout.connect(self._on_build_timer_timeout)
        self._order: list[int] = []  # quote indices in reading order
        self._rank: dict[int, int] = {}  # quote index -> place in that order
        self._slots: dict[str | None, int] = {}  # speaker key -> palette slot
        self._current_quote: int | None = None
        self._zoom = 1.0
        self._numbers_visible = True
        self._scheme = Qt.ColorScheme.Unknown
        self._kept = KeptColours(self)
        self._theme = theme.theme_for(self._scheme)
        self._column = 600.0
        self._clip_marks: list[QTextEdit.ExtraSelection] = []
        self._uncertain: frozenset[int] = frozenset()
        self._doubt_marks: list[QTextEdit.ExtraSelection] = []
        self._find_marks: list[QTextEdit.ExtraSelection] = []

        self._editor = _ReaderText(self)
        self._editor.setObjectName("readerText")
        self._editor.anchorClicked.connect(self._on_editor_anchorClicked)
        self._editor.selectionChanged.connect(self._on_editor_selectionChanged)
        self._find = FindBar(self._editor, self)
        self._find.matches_changed.connect(self._on_find_matchesChanged)
        # Who is speaking in the quote J/K selected, for windows too narrow
        # for margin labels (and for anyone not hovering).
        self._speaker_line = QLabel(self)
        self._speaker_line.setObjectName("readerSpeakerLine")
        self._speaker_line.setTextFormat(Qt.TextFormat.RichText)
        self._speaker_line.setContentsMargins(10, 3, 10, 3)
        self._speaker_line.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._editor, 1)
        layout.addWidget(self._speaker_line)
        layout.addWidget(self._find)
        self.setFocusProxy(self._editor)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_colorSchemeChanged)
        self._apply_theme()
        self.clear()

    # -- showing a post ------------------------------------------------

    def show_post(self, post: Post, clips: Sequence[Clip] = ()) -> None:
        """Show ``post`` from its top, with ``clips`` marked."""
        self._post = post
        self._current_quote = None
        self._order = spans.reading_order(post.analysis.quotes)
        self._rank = {index: rank for rank, index in enumerate(self._order)}
        self._slots = highlight.speaker_slots(post.analysis.quotes)
        self._rebuild()
        self.set_clips(clips)
        self._speaker_line.hide()
        self._editor.verticalScrollBar().setValue(0)

    def show_newer(self, post: Post, clips: Sequence[Clip] = ()) -> None:
        """Show a newer reading of the post shown (a correction made here
        or by a colleague) at the same text and selection; another post is
        shown from its top."""
        shown = self._post
        if shown is None or shown.id != post.id:
            self.show_post(post, clips)
            return
        self._post = post
        if self._current_quote is not None and self._current_quote >= len(post.analysis.quotes):
            self._current_quote = None
        self._order = spans.reading_order(post.analysis.quotes)
        self._rank = {index: rank for rank, index in enumerate(self._order)}
        self._slots = highlight.speaker_slots(post.analysis.quotes)
        self._clips = tuple(clips)
        self._rebuild_keeping_place()

    def show_facts(self, post: Post) -> None:
        """Show a newer reading of the shown post's facts (title, byline,
        date, site, link: a correction in the Info tab, here or by a
        colleague) in the header, leaving the text and the place alone: only
        the text's top margin follows the header's new height."""
        shown = self._post
        if shown is None or shown.id != post.id:
            return
        self._post = post
        self._editor.header.set_post(post, self._theme, self._zoom)
        self._update_column(force=True)

    def clear(self) -> None:
        """Show nothing."""
        self._post = None
        self._clips = ()
        self._built = None
        self._builder = None
        self._has_labels = False
        self._labelled_until = 0
        self._build_timer.stop()
        self._order = []
        self._rank = {}
        self._slots = {}
        self._current_quote = None
        self._positions = PositionMap(())
        self._editor.resources = {}
        self._editor.header.clear()
        self._swap_document(QTextDocument(self._editor))
        self._editor.margin_content = margin.MarginContent((), (), (), self._numbers_visible)
        self._clip_marks = []
        self._doubt_marks = []
        self._speaker_line.hide()
        self._refresh_extra_selections()

    def post(self) -> Post | None:
        """The post shown, if any."""
        return self._post

    def set_clips(self, clips: Sequence[Clip]) -> None:
        """Mark ``clips`` (this post's; others are ignored)."""
        post = self._post
        self._clips = tuple(clips)
        marks: list[QTextEdit.ExtraSelection] = []
        clipped: set[int] = set()
        if post is not None:
            fmt = highlight.clip_format(self._theme)
            for clip in self._clips:
                if clip.post_id != post.id or clip.lost:
                    # A lost clip's old place now holds other text: marking
                    # it would say the wrong words were kept.
                    continue
                if clip.span.start.block >= len(self._positions):
                    continue  # not built yet: marked when its block arrives
                selection = self._extra_selection(clip.span, fmt)
                if selection is None:
                    continue
                marks.append(selection)
                last = min(clip.span.end.block, len(post.blocks) - 1)
                clipped.update(range(clip.span.start.block, last + 1))
        self._clip_marks = marks
        self._editor.margin_content = replace(self._editor.margin_content, clipped=clipped)
        self._refresh_extra_selections()

    def clips(self) -> tuple[Clip, ...]:
        """The clips marked."""
        return self._clips

    # -- quotes --------------------------------------------------------

    def current_quote(self) -> int | None:
        """The index of the quote J/K or a panel last selected."""
        return self._current_quote

    def next_quote(self) -> None:
        """Select the next quote in reading order and scroll to it."""
        target = self._step_quote(forward=True)
        if target is not None:
            self.select_quote(target)

    def previous_quote(self) -> None:
        """Select the previous quote in reading order and scroll to it."""
        target = self._step_quote(forward=False)
        if target is not None:
            self.select_quote(target)

    def select_quote(self, index: int) -> None:
        """Select quote ``index``'s text, scroll to it, emit quote_changed."""
        post = self._post
        if post is None or not 0 <= index < len(post.analysis.quotes):
            return
        self._current_quote = index
        # The speaker line first: it takes room from the text, and the quote
        # must be placed in the room that is left, not hidden behind it.
        self._show_speaker_line(index)
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self._select(post.analysis.quotes[index].span)
        self.quote_changed.emit(index)

    def speaker_line(self) -> QLabel:
        """The line under the text naming the current quote's speaker."""
        return self._speaker_line

    def set_added(self, blocks: Sequence[int], description: str = "") -> None:
        """Mark the blocks the researcher added to the body with a dotted
        line in the margin; ``description`` (naming them) joins the text's
        accessible description, since a mark is not read out."""
        self._editor.margin_content = replace(self._editor.margin_content, added=frozenset(blocks))
        editor = self._editor
        # The description the window gave the text, kept to restore.
        base = editor.property("baseDescription")
        if base is None:
            base = editor.accessibleDescription()
            editor.setProperty("baseDescription", base)
        editor.setAccessibleDescription(f"{description} {base}".strip())
        editor.viewport().update()

    def added(self) -> frozenset[int]:
        """The blocks marked as added by the researcher."""
        return frozenset(self._editor.margin_content.added)

    def set_uncertain(self, indexes: Sequence[int]) -> None:
        """The quotes whose speaker is uncertain: a wavy underline under
        their words, a "?" before their margin label, and the speaker line
        say so (each goes when the speaker is corrected or accepted)."""
        self._uncertain = frozenset(indexes)
        post = self._post
        if post is not None and self._has_labels:
            self._editor.margin_content = replace(
                self._editor.margin_content, labels=self._speaker_labels(post)
            )
        self._mark_uncertain()
        current = self._current_quote
        if post is None or current is None or not self._speaker_line.isVisible():
            return
        if current < len(post.analysis.quotes):
            self._show_speaker_line(current)

    def _extra_selection(self, span: Span, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection | None:
        """``span`` of the built document drawn in ``fmt`` (clip and doubt
        marks), or None when it covers no text."""
        start, end = self._positions.range_to_qt(span.start, span.end)
        if end <= start:
            return None
        cursor = QTextCursor(self._editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = fmt
        return selection

    def uncertain_marks(self) -> list[tuple[int, int]]:
        """The Qt document ranges underlined as uncertain, in order."""
        marks = ((m.cursor.selectionStart(), m.cursor.selectionEnd()) for m in self._doubt_marks)
        return sorted(marks)

    def _mark_uncertain(self) -> None:
        """Underline the built quotations whose speaker is uncertain."""
        post = self._post
        marks: list[QTextEdit.ExtraSelection] = []
        if post is not None:
            fmt = highlight.doubt_format(self._theme)
            quotes = post.analysis.quotes
            built = len(self._positions)
            for index in sorted(self._uncertain):
                if index >= len(quotes):
                    continue  # a list for another post, replaced in a moment
                span = quotes[index].span
                if span.end.block >= built:
                    continue  # marked when its blocks are built
                selection = self._extra_selection(span, fmt)
                if selection is not None:
                    marks.append(selection)
        self._doubt_marks = marks
        self._refresh_extra_selections()

    def header(self) -> PostHeader:
        """The post header above the text."""
        return self._editor.header

    def _show_speaker_line(self, index: int) -> None:
        post = self._post
        assert post is not None
        quotes = post.analysis.quotes
        quote = quotes[index]
        slot = self._slots.get(highlight.speaker_key(quote.speaker), highlight.NO_SPEAKER)
        colour = highlight.speaker_swatch(slot, dark=self._theme.dark).name()
        speaker = quote.speaker
        # A name or role in Arabic or Hebrew turned the whole line right to
        # left ("quotation 1 of 3 · <role> ,<name> ■", at the right edge);
        # each is isolated, so "<name>, <role>" keep their order too.
        if speaker is None or not speaker.label:
            who = "<i>speaker unknown</i>"
        elif speaker.name and speaker.role:
            who = f"<b>{escape(isolated(speaker.name))}</b>, {escape(isolated(speaker.role))}"
        else:
            who = f"<b>{escape(isolated(speaker.label))}</b>"
        number = self._rank[index] + 1
        kind = "partial quotation" if quote.kind is QuoteKind.PARTIAL else "quotation"
        doubt = (
            "&nbsp;&nbsp;·&nbsp;&nbsp;<i>uncertain: review it</i>"
            if index in self._uncertain
            else ""
        )
        # The line is the window's own words, left to right; Qt takes a
        # rich text block's direction from its first letter, isolates or not.
        self._speaker_line.setText(
            f'<div dir="ltr"><span style="color:{colour}">&#9632;</span>&nbsp;{who}'
            f"&nbsp;&nbsp;·&nbsp;&nbsp;{kind} {number} of {len(quotes)}{doubt}</div>"
        )
        self._speaker_line.show()

    def _on_editor_selectionChanged(self) -> None:
        post = self._post
        current = self._current_quote
        still = (
            post is not None
            and current is not None
            and current < len(post.analysis.quotes)
            and self._selection_is(post.analysis.quotes[current].span)
        )
        if not still:
            self._speaker_line.hide()

    def _step_quote(self, *, forward: bool) -> int | None:
        post = self._post
        if post is None or not self._order:
            return None
        quotes = post.analysis.quotes
        current = self._current_quote
        if current is not None and self._selection_is(quotes[current].span):
            at = self._rank[current]
            step = at + 1 if forward else at - 1
            return self._order[step] if 0 <= step < len(self._order) else None
        cursor = self._editor.textCursor()
        here = self._positions.from_qt(cursor.selectionStart())
        if forward:
            return spans.quote_after(quotes, self._order, here, selected=cursor.hasSelection())
        return spans.quote_before(quotes, self._order, here)

    def _selection_is(self, span: Span) -> bool:
        cursor = self._editor.textCursor()
        start, end = self._positions.range_to_qt(span.start, span.end)
        return cursor.selectionStart() == start and cursor.selectionEnd() == end

    # -- spans and clipping --------------------------------------------

    def current_span(self) -> Span | None:
        """The selection as a model Span; with no selection, the quote under
        the text cursor; else None."""
        post = self._post
        if post is None:
            return None
        cursor = self._editor.textCursor()
        if cursor.hasSelection():
            start = self._positions.from_qt(cursor.selectionStart())
            end = self._positions.from_qt(cursor.selectionEnd())
            return spans.trimmed_span([block.text for block in post.blocks], start, end)
        quotes = post.analysis.quotes
        index = spans.quote_at(quotes, self._positions.from_qt(cursor.position()))
        return None if index is None else quotes[index].span

    def cursor_position(self) -> Position | None:
        """Where the text cursor (or the selection's start) is in the post."""
        if self._post is None:
            return None
        cursor = self._editor.textCursor()
        where = cursor.selectionStart() if cursor.hasSelection() else cursor.position()
        return self._positions.from_qt(where)

    def quote_under_cursor(self) -> int | None:
        """The index of the quote the text cursor (or the selection's start)
        is in, else None."""
        post = self._post
        if post is None:
            return None
        cursor = self._editor.textCursor()
        where = cursor.selectionStart() if cursor.hasSelection() else cursor.position()
        return spans.quote_at(post.analysis.quotes, self._positions.from_qt(where))

    def selected_text(self) -> str | None:
        """The selected text as the post holds it, when the document shows
        display-only breaks in it (``None`` otherwise: Qt's copy is exact)."""
        post = self._post
        built = self._built
        if post is None or built is None or not built.has_breaks:
            return None
        cursor = self._editor.textCursor()
        start = self._positions.from_qt(cursor.selectionStart())
        end = self._positions.from_qt(cursor.selectionEnd())
        return spans.span_text([block.text for block in post.blocks], start, end)

    def clip_current(self) -> None:
        """Ask for the current span to be clipped (see :meth:`current_span`)."""
        span = self.current_span()
        if span is not None:
            self.clip_requested.emit(span)

    def show_span(self, span: Span) -> None:
        """Select ``span`` and scroll to it."""
        if self._post is not None:
            self._select(span)

    def _select(self, span: Span) -> None:
        self._build_until(span.end.block + 1)
        start, end = self._positions.range_to_qt(span.start, span.end)
        cursor = QTextCursor(self._editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        # setTextCursor scrolls just enough to show the cursor (the END of the
        # selection, at the bottom edge); place the passage ourselves instead.
        bar = self._editor.verticalScrollBar()
        before = bar.value()
        self._editor.setTextCursor(cursor)
        bar.setValue(before)
        self._scroll_to(start, end)

    def _scroll_to(self, start: int, end: int) -> None:
        """Bring ``[start, end)`` comfortably into view: left alone when it
        already sits whole in the upper part of the page, else its first line
        goes a third of the way down (the reader sees what leads into it), or
        near the top when the passage is too long for that (its start shows)."""
        editor = self._editor
        cursor = QTextCursor(editor.document())
        cursor.setPosition(start)
        top_rect = editor.cursorRect(cursor)
        cursor.setPosition(end)
        bottom_rect = editor.cursorRect(cursor)
        height = editor.viewport().height()
        line = max(1, top_rect.height())
        top, bottom = top_rect.top(), bottom_rect.bottom()
        if top >= line and top <= height * 3 // 5 and bottom <= height - line:
            return
        bar = editor.verticalScrollBar()
        if bottom - top > height * 3 // 5:
            target = bar.value() + top - max(line, height // 10)
        else:
            target = bar.value() + top - height // 3
        bar.setValue(max(0, target))

    # -- zoom, numbers, find, theme ------------------------------------

    def zoom(self) -> float:
        """The zoom factor (1.0 = the default size)."""
        return self._zoom

    def zoom_in(self) -> None:
        """Larger text."""
        self._set_zoom(self._zoom * theme.ZOOM_STEP)

    def zoom_out(self) -> None:
        """Smaller text."""
        self._set_zoom(self._zoom / theme.ZOOM_STEP)

    def zoom_reset(self) -> None:
        """The default size."""
        self._set_zoom(1.0)

    def set_zoom(self, zoom: float) -> None:
        """Set the zoom factor (kept within a readable range), e.g. one
        restored from the settings."""
        zoom = theme.clamp_zoom(round(zoom, 4))
        if abs(zoom - 1.0) < 0.01:
            zoom = 1.0  # steps in and out come back to exactly the default
        if zoom == self._zoom:
            return
        self._zoom = zoom
        self._rebuild_keeping_place()
        self.zoom_changed.emit(zoom)

    def _set_zoom(self, zoom: float) -> None:
        self.set_zoom(zoom)

    def set_typography(self, chosen: theme.Typography) -> None:
        """Use another face, size, line height or column width (from
        Preferences); the zoom stays and applies on top."""
        if chosen == theme.typography():
            return
        theme.set_typography(chosen)
        self._rebuild_keeping_place()
        self._update_column(force=True)

    def set_paragraph_numbers(self, visible: bool) -> None:
        """Show or hide the paragraph numbers in the margin."""
        self._numbers_visible = visible
        self._editor.margin_content = replace(self._editor.margin_content, show_numbers=visible)
        self._update_column()
        self._editor.viewport().update()

    def paragraph_numbers_visible(self) -> bool:
        """Whether paragraph numbers are shown."""
        return self._numbers_visible

    def open_find(self) -> None:
        """Show the find bar (Esc closes it)."""
        self._finish_build()  # find searches the whole post
        self._find.open_bar()

    def close_find(self) -> None:
        """Hide the find bar."""
        self._find.close_bar()

    def find_bar(self) -> FindBar:
        """The find bar."""
        return self._find

    def editor(self) -> QTextBrowser:
        """The text widget (the focus target)."""
        return self._editor

    def theme(self) -> theme.Theme:
        """The colours in use."""
        return self._theme

    def set_color_scheme(self, scheme: Qt.ColorScheme) -> None:
        """Force light or dark; ``Qt.ColorScheme.Unknown`` follows the system."""
        self._scheme = scheme
        self._on_colorSchemeChanged()

    def follow_theme(self) -> None:
        """Take the application's theme now. ``apply_theme`` calls this once
        it has changed everything, so the page never depends on the order of
        Qt's signals and events; and since a style-sheet change puts back the
        palettes the page and header had when the sheet came, they are
        painted again even when the theme is the one already shown."""
        if theme.theme_for(self._scheme) != self._theme:
            self._on_colorSchemeChanged()
        else:
            self._apply_theme()

    def _on_colorSchemeChanged(self, *_args: object) -> None:
        new = theme.theme_for(self._scheme)
        if new == self._theme:
            return
        self._theme = new
        self._apply_theme()
        if self._post is not None:
            self._rebuild_keeping_place()

    def _apply_theme(self) -> None:
        self._editor.setPalette(theme.apply_palette(self._editor.palette(), self._theme))
        # The page is the viewport's: a style sheet's polish gives the viewport
        # a palette of its own (the one it had then), which the editor's no
        # longer reaches, so it gets the theme's colours itself; and both keep
        # them when a later re-polish puts an older palette back.
        viewport = self._editor.viewport()
        page = theme.page_colours(self._theme)
        for widget in (self._editor, viewport):
            self._kept.hold(widget, page)
        viewport.setAutoFillBackground(True)
        self._editor.header.apply_style(self._theme, self._zoom)

    # -- building ------------------------------------------------------

    def _swap_document(self, doc: QTextDocument) -> None:
        """Show a new document (a fresh one per build, so Qt's image cache
        never serves one post's picture for another's). The editor deletes
        the document it replaces, since it is the editor's child."""
        doc.setDocumentMargin(0)
        bar = self._editor.verticalScrollBar()
        large = doc.characterCount() > LARGE_DOCUMENT
        if large and not bar.isVisible():
            # Laying out a huge post takes a second; without this, the scroll
            # bar it needs appears after the first layout, narrows the
            # viewport and costs a second and a third one.
            self._editor.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        # The column's margins go on before the document is shown, so it is
        # laid out once, at its final width.
        self._update_column(force=True, doc=doc)
        self._editor.setDocument(doc)
        self._update_column()
        if large:
            self._editor.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def _rebuild(self, *, until: int = 0) -> None:
        """Build the post's document anew: its first screen (and blocks up
        to ``until``) now, the rest in steps from the build timer."""
        post = self._post
        if post is None:
            return
        self._build_timer.stop()
        doc = QTextDocument(self._editor)
        self._column = self._column_width()
        builder = docbuild.Builder(doc, post, self._theme, self._zoom, self._column)
        builder.step(docbuild.FIRST_STEP)
        builder.build_until(until)
        self._builder = builder
        quotes = post.analysis.quotes
        self._quotes_by_start = sorted(range(len(quotes)), key=lambda i: quotes[i].span.start.block)
        self._quote_starts = [quotes[i].span.start.block for i in self._quotes_by_start]
        self._has_labels = any(
            quote.speaker is not None and highlight.speaker_key(quote.speaker) is not None
            for quote in post.analysis.quotes
        )
        self._built_for = self.comfortable_width()
        built = builder.result
        self._built = built
        self._positions = built.positions
        self._editor.resources = dict(built.resources)
        self._editor.header.set_post(post, self._theme, self._zoom)
        quote_blocks = {i for i, b in enumerate(post.blocks) if b.kind is BlockKind.BLOCKQUOTE}
        self._editor.margin_content = margin.MarginContent(
            paragraph_numbers(post.blocks),
            self._editor.margin_content.clipped,
            quote_blocks,
            self._numbers_visible,
            self._speaker_labels(post),
            self._editor.margin_content.added,  # kept through a zoom or theme rebuild
        )
        self._labelled_until = builder.built
        self._swap_document(doc)
        self._find_marks = []
        self._find.refresh()
        if not builder.done:
            self._build_timer.start()

    def is_built(self) -> bool:
        """Whether the whole post is in the document (a large post's rest
        arrives in steps after its first screen is shown)."""
        return self._builder is None or self._builder.done

    def _on_build_timer_timeout(self) -> None:
        builder = self._builder
        if builder is None:
            self._build_timer.stop()
            return
        builder.step()
        self._after_build_step()

    def _build_until(self, stop: int) -> None:
        """Make sure blocks ``[0, stop)`` are built (J/K, a clip shown)."""
        builder = self._builder
        if builder is None or builder.built >= min(stop, builder.total):
            return
        builder.build_until(stop)
        self._after_build_step()

    def _finish_build(self) -> None:
        builder = self._builder
        if builder is not None and not builder.done:
            builder.build_until(builder.total)
            self._after_build_step()

    def _after_build_step(self) -> None:
        """Marks that depend on built blocks: clips, speaker labels, find."""
        builder = self._builder
        post = self._post
        if builder is None or post is None:
            return
        if self._has_labels:
            self._editor.margin_content = replace(
                self._editor.margin_content,
                labels=self._speaker_labels(post, self._labelled_until),
            )
        self._labelled_until = builder.built
        if self._clips:
            self.set_clips(self._clips)
        if self._uncertain:
            self._mark_uncertain()
        if builder.done:
            self._build_timer.stop()
            self._find.refresh()
        self._editor.viewport().update()

    def _speaker_labels(self, post: Post, first: int = 0) -> tuple[margin.SpeakerLabel, ...]:
        """Who said each quotation, for the right margin: the labels of
        the built blocks from ``first`` on, after those before it."""
        quotes = post.analysis.quotes
        slots = self._slots
        built = len(self._positions)
        labels = list(self._editor.margin_content.labels) if first > 0 else []
        by_start = self._quotes_by_start
        starts = self._quote_starts
        # Only the quotes starting in blocks [first, built): earlier ones are
        # labelled already, later ones when their blocks are built.
        for index in by_start[bisect_left(starts, first) : bisect_left(starts, built)]:
            quote = quotes[index]
            key = highlight.speaker_key(quote.speaker)
            if key is None or quote.speaker is None:
                continue
            colour = highlight.speaker_swatch(slots[key], dark=self._theme.dark)
            position = self._positions.to_qt(quote.span.start)
            # A "?" before the name: the analyser was unsure who said it.
            text = quote.speaker.label
            if index in self._uncertain:
                text = f"? {text}"
            labels.append(margin.SpeakerLabel(position, text, colour))
        labels.sort(key=lambda label: label.position)
        return tuple(labels)

    def reading_place(self) -> Position | None:
        """Where the text at the top of the view starts (None with no post,
        or while the page's header still shows)."""
        editor = self._editor
        if self._post is None:
            return None
        if (
            editor.verticalScrollBar().value()
            < editor.document().rootFrame().frameFormat().topMargin()
        ):
            return None
        top = editor.cursorForPosition(editor.viewport().rect().topLeft()).position()
        return self._positions.from_qt(top)

    def reading_into(self) -> tuple[int, int]:
        """How far the top of the line at :meth:`reading_place` is above the
        view's top, and that line's height (px; ``(0, 0)`` with no place):
        the part of that line scrolled away. Without it a reopened post
        showed that line whole, the text up to a line's height (~15 px)
        lower than it was left."""
        if self.reading_place() is None:
            return 0, 0
        editor = self._editor
        top = editor.cursorForPosition(editor.viewport().rect().topLeft())
        rect = editor.cursorRect(top)
        return max(-rect.top(), 0), rect.height()

    def go_to_place(self, place: Position, into: int = 0, of: int = 0) -> None:
        """Scroll so the line holding ``place`` is at the top, ``into`` px
        of it above the view (:meth:`reading_into`), in proportion when the
        line is no longer ``of`` px tall (another width rescales a photo,
        another zoom the text), and never all of it: that line stays the
        first shown. A place the post no longer has is left alone."""
        post = self._post
        if post is None or not 0 <= place.block < len(post.blocks):
            return
        if place.offset > len(post.blocks[place.block].text):
            return
        self._build_until(place.block + 1)
        editor = self._editor
        anchor = QTextCursor(editor.document())
        anchor.setPosition(self._positions.to_qt(place))
        rect = editor.cursorRect(anchor)
        if of > 0 and of != rect.height():
            into = round(into * rect.height() / of)
        into = min(max(into, 0), max(rect.height() - 1, 0))
        bar = editor.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() + into)

    def _rebuild_keeping_place(self) -> None:
        """Rebuild (zoom, theme, a newer reading) and come back to the same
        text and selection."""
        editor = self._editor
        wanted = self._built_for  # set_zoom has the new zoom already
        cursor = editor.textCursor()
        selection = (
            self._positions.from_qt(cursor.selectionStart()),
            self._positions.from_qt(cursor.selectionEnd()),
        )
        top = editor.cursorForPosition(editor.viewport().rect().topLeft()).position()
        top_position = self._positions.from_qt(top)
        # How far the view's top is below the top of the line holding that
        # text: kept too. A tall line (a photo) at the top put its own top
        # there again, the text the reader was at pushed down by up to the
        # photo's height (312 px after a refused speaker edit, stop 39).
        old_anchor = QTextCursor(editor.document())
        old_anchor.setPosition(top)
        into_line = max(-editor.cursorRect(old_anchor).top(), 0)
        # Reading the header (above the first block): stay at the page's top.
        in_header = (
            editor.verticalScrollBar().value()
            < editor.document().rootFrame().frameFormat().topMargin()
        )
        self._rebuild(until=max(selection[1].block, top_position.block) + 1)
        if self._built_for != wanted:
            # The panes may make room now, before the place is found again
            # in the text laid out at the reader's new width.
            self.wanted_width_changed.emit()
        self.set_clips(self._clips)
        # The uncertain speakers' underlines too: in the new theme's colour,
        # on the new document (a post built in one go has no later step
        # that would mark them again).
        self._mark_uncertain()
        start, end = self._positions.range_to_qt(*selection)
        restored = QTextCursor(editor.document())
        restored.setPosition(start)
        restored.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        editor.setTextCursor(restored)
        anchor = QTextCursor(editor.document())
        anchor.setPosition(self._positions.to_qt(top_position))
        rect = editor.cursorRect(anchor)
        if in_header:
            editor.verticalScrollBar().setValue(0)
        else:
            into = min(into_line, max(rect.height() - 1, 0))  # a zoom may shrink the line
            editor.verticalScrollBar().setValue(
                editor.verticalScrollBar().value() + rect.top() + into
            )
        current = self._current_quote
        post = self._post
        if (
            post is not None
            and current is not None
            and current < len(post.analysis.quotes)
            and self._selection_is(post.analysis.quotes[current].span)
        ):
            # The new document dropped the selection for a moment, which hid
            # the speaker line; the quote is selected again, so is its line
            # (in the new theme's colour).
            self._show_speaker_line(current)

    def _column_width(self) -> float:
        body = theme.body_font(self._zoom)
        return theme.measure_width(body)

    def readable_width(self) -> int:
        """The narrowest reader worth taking width from the other panes for
        (a column of about 42 characters)."""
        body = theme.body_font(self._zoom)
        em = max(QFontMetricsF(body).height(), 8.0)
        gutter = em * (margin.GUTTER_EMS if self._numbers_visible else 1.5)
        scroll = self._editor.verticalScrollBar().sizeHint().width()
        characters = QFontMetricsF(body).averageCharWidth() * 42
        return round(characters + gutter + em * 1.5 + scroll + 4)

    def comfortable_width(self) -> int:
        """The reader's width that gives the column its whole measure with
        both margins (what the window's layout tries to keep): with the
        speaker labels' margin when the post has labels at all (as
        :meth:`_update_column` lays it out), known once the post opens, not
        only once a large post's blocks with labels are built."""
        body = theme.body_font(self._zoom)
        em = max(QFontMetricsF(body).height(), 8.0)
        gutter = em * (margin.GUTTER_EMS if self._numbers_visible else 1.5)
        labels = em * LABEL_EMS if self._has_labels else gutter
        scroll = self._editor.verticalScrollBar().sizeHint().width()
        return round(theme.measure_width(body) + gutter + labels + scroll + 4)

    def _update_column(self, *, force: bool = False, doc: QTextDocument | None = None) -> None:
        """Centre a column about :data:`theme.MEASURE` characters wide,
        leaving the paragraph-number gutter on the left (of ``doc``, by
        default the one shown)."""
        editor = self._editor
        doc = doc if doc is not None else editor.document()
        body = theme.body_font(self._zoom)
        em = max(QFontMetricsF(body).height(), 8.0)
        width = float(editor.viewport().width())
        gutter = em * (margin.GUTTER_EMS if self._numbers_visible else 1.5)
        measure = theme.measure_width(body)
        # Speaker labels want room on the right; when there is not enough
        # for both margins the left keeps its gutter and the right the rest.
        labels = em * LABEL_EMS if self._has_labels else gutter
        free = width - measure
        side = max(gutter, gutter + (free - gutter - labels) / 2)
        right = max(em * 1.5, width - side - measure)
        column = max(width - side - right, em * 8)
        header = editor.header
        top = em * 1.6
        if not header.isHidden():
            top += header.height_for(round(column)) + em * 1.1
        root = doc.rootFrame()
        fmt: QTextFrameFormat = root.frameFormat()
        # The column's edges follow the viewport even when the margins stay
        # (both are at their least in a narrow reader): the speaker labels
        # and the header are placed from them, and stale edges put the
        # labels over the text after the reader widened.
        moved = (editor.column_left, editor.column_right) != (side, width - right)
        editor.column_left = side
        editor.column_right = width - right
        if (
            not force
            and abs(fmt.leftMargin() - side) < 0.5
            and abs(fmt.rightMargin() - right) < 0.5
            and abs(fmt.topMargin() - top) < 0.5
        ):
            self._place_header()
            if moved:
                editor.viewport().update()
            return
        fmt.setLeftMargin(side)
        fmt.setRightMargin(right)
        fmt.setTopMargin(top)
        fmt.setBottomMargin(em * 3)
        root.setFrameFormat(fmt)
        if self._built is not None and abs(column - self._column) >= 1:
            self._column = column
            if self._builder is not None:
                self._builder.column = min(column, measure)  # images still to come
            docbuild.resize_images(doc, self._built.images, min(column, measure))
        self._place_header()
        editor.viewport().update()

    def _place_header(self) -> None:
        """Put the header on the text column's left edge, at the page's
        top, moved up by however far the text is scrolled."""
        editor = self._editor
        header = editor.header
        if header.isHidden():
            return
        em = max(QFontMetricsF(theme.body_font(self._zoom)).height(), 8.0)
        left = round(editor.column_left)
        width = max(round(editor.column_right - editor.column_left), 1)
        height = header.height_for(width)
        top = round(em * 1.6) - editor.verticalScrollBar().value()
        header.setGeometry(left, top, width, height)

    # -- extra selections, links ---------------------------------------

    def _refresh_extra_selections(self) -> None:
        # The wave of an uncertain speaker over a clip's dots: the clip
        # keeps its bar in the margin.
        self._editor.setExtraSelections(self._clip_marks + self._doubt_marks + self._find_marks)
        self._editor.viewport().update()

    def _on_find_matchesChanged(self, matches: list[QTextEdit.ExtraSelection]) -> None:
        self._find_marks = list(matches)
        self._refresh_extra_selections()

    def _on_editor_anchorClicked(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme == highlight.SOURCE_SCHEME:
            if self._built and url.toString() in self._built.sources:
                index = url.path() or url.toString().partition(":")[2]
                if index.isdigit():
                    self.source_activated.emit(int(index))
        elif scheme in _WEB_SCHEMES:
            QDesktopServices.openUrl(url)
        # Anything else (file:, javascript:, relative links) does nothing.

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._on_colorSchemeChanged()
        return super().event(event)
