"""The post header: title, byline, date, site, a journal article's journal
or a preprint's archive identifier, a link to the original, and
a line counting quotations, speakers and sources.

It is a widget laid over the top of the text widget's viewport, not text in
the document: the document keeps exactly one QTextBlock per model Block (the
invariant :mod:`quotemark.app.reader.positions` and every selection rely on). The view
reserves room for it with the root frame's top margin, gives it the text
column's left edge and width, and moves it with the scroll bar, so it reads
and scrolls as part of the page. Its fonts follow the reader's zoom and its
colours the reader's theme; its text is selectable (a title can be copied).

The "Original ↗" link opens in the system browser
(``QDesktopServices.openUrl``), never inside the app.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import (
    QClipboard,
    QColor,
    QContextMenuEvent,
    QDesktopServices,
    QFocusEvent,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHBoxLayout,
    QLabel,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from quotemark.app.date_display import medium_date
from quotemark.app.reader import highlight
from quotemark.app.reader.kept_colours import KeptColours
from quotemark.app.reader.theme import Theme, body_font
from quotemark.app.rich_text import escape
from quotemark.library.model import Metadata, Post
from quotemark.library.quoting import isolated, unisolated

TITLE_SCALE = 1.85
META_SCALE = 0.9
COUNTS_SCALE = 0.8
WEB_SCHEMES = frozenset({"http", "https"})


def byline(authors: tuple[str, ...]) -> str:
    """``By A, B`` (empty without authors); ``By Lind, Ada; Okafor, Chidi``
    when a name is written surname first, as a journal's or a preprint
    server's citation tags give them ("By Lind, Ada, Okafor, Chidi" read as
    four people)."""
    # Each name in its own direction: two Arabic names read "By B ,A".
    names = [isolated(name.strip()) for name in authors if name.strip()]
    between = "; " if any("," in name for name in names) else ", "
    return f"By {between.join(names)}" if names else ""


def cited_in(meta: Metadata) -> str:
    """Where a scholarly work is held, as its citation names it: a journal
    article's journal with volume and issue (``Journal of Coastal Heritage
    12 (3)``), a preprint's archive identifier (``arXiv:2103.04417
    [cs.CL]``, ``SSRN 4012345``, ``bioRxiv preprint``), a report's number
    (``Report ICE-TR-2020-07``); empty for any other post."""
    # The export package loads when a post is shown, not with the window
    # (tests/app/test_startup_imports.py).
    from quotemark.library.export import kinds

    found = meta.scholarly
    journal = kinds.journal(meta)
    if journal:
        issue = f"({found.issue})" if found and found.issue else ""
        volume = found.volume if found and found.volume else ""
        return " ".join(part for part in (journal, volume, issue) if part)
    archive = kinds.preprint(meta)
    if archive and found is not None:
        if not found.eprint:
            return f"{archive} preprint"
        subject = f" [{found.eprint_class}]" if archive == "arXiv" and found.eprint_class else ""
        return _at_server(archive, found.eprint) + subject
    if kinds.is_report(meta) and found is not None:
        # Numbered as the exports number it, an institution named or not;
        # an identifier on a preprint server says which (CSL-JSON's
        # "arXiv:ID"), being no report number.
        number = kinds.number(meta)
        server = found.preprint_archive()
        if number and server:
            number = _at_server(server, number)
        return f"Report {number}" if number else "Report"
    return ""


def _at_server(server: str, identifier: str) -> str:
    # An identifier as its server's citations write it: "arXiv:2103.04417"
    # (arXiv's own form), "SSRN 4012345".
    return f"arXiv:{identifier}" if server == "arXiv" else f"{server} {identifier}"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def counts_line(post: Post) -> str:
    """``14 quotations · 6 speakers · 8 sources``: what the analysis found,
    speakers counted as the reader colours them (one per name)."""
    analysis = post.analysis
    speakers = {highlight.speaker_key(quote.speaker) for quote in analysis.quotes} - {None}
    return " · ".join(
        (
            _plural(len(analysis.quotes), "quotation"),
            _plural(len(speakers), "speaker"),
            _plural(len(analysis.sources), "source"),
        )
    )


def web_url(url: str | None) -> QUrl | None:
    """The post's address if it is a web page the browser can open."""
    if not url:
        return None
    qurl = QUrl(url.strip())
    if not qurl.isValid() or qurl.scheme().lower() not in WEB_SCHEMES or not qurl.host():
        return None
    return qurl


def _label(
    parent: QWidget, name: str, *, selectable: bool = True, kind: type[QLabel] = QLabel
) -> QLabel:
    label = kind(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAutoFillBackground(False)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _BylineLabel(QLabel):
    """The byline, whose names are set apart in their own direction to be
    drawn in order (:func:`byline`): a selection is copied without those
    marks, or a name copied into a note or the search box carried two
    invisible characters."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy) and self.hasSelectedText():
            self.copy_selection()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        # QLabel's own menu copies through Qt, marks and all.
        menu = QMenu(self)
        copy = menu.addAction("&Copy", self.copy_selection)
        copy.setEnabled(self.hasSelectedText())
        menu.addAction("Select All", lambda: self.setSelection(0, len(self.text())))
        menu.exec(event.globalPos())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        # Qt puts a mouse selection on X11's primary selection (what a
        # middle-click pastes) as drawn, isolates and all: after it has,
        # the plain names take their place.
        super().mouseReleaseEvent(event)
        clipboard = QGuiApplication.clipboard()
        if self.hasSelectedText() and clipboard.supportsSelection():
            clipboard.setText(unisolated(self.selectedText()), QClipboard.Mode.Selection)

    def copy_selection(self) -> None:
        """Put the selected text on the clipboard, without the isolates."""
        QGuiApplication.clipboard().setText(unisolated(self.selectedText()))


class _LinkLabel(QLabel):
    """The one-link label ("Original ↗"): Tab lands on its link (Enter
    opens it) and the next Tab goes on. A plain QLabel took a Tab to select
    the link, the next to drop it, and did that over and over before the
    keyboard left it."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        reason = event.reason()
        if reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            # QLabel's own step selects the link, ready for Enter.
            QLabel.focusNextPrevChild(self, reason == Qt.FocusReason.TabFocusReason)
            self._into_view()

    def _into_view(self) -> None:
        # The header scrolls with the text: reached by Tab after the post's
        # own links, with the page read down past it, the focus went out of
        # sight (1007 px above the window's top). The page goes back to its
        # top, where the link is, as a browser scrolls to what Tab reached.
        header = self.parentWidget()
        viewport = header.parentWidget() if header is not None else None
        area = viewport.parentWidget() if viewport is not None else None
        if not isinstance(area, QAbstractScrollArea) or viewport is None:
            return
        top = self.mapTo(viewport, QPoint(0, 0)).y()
        if top < 0 or top + self.height() > viewport.height():
            area.verticalScrollBar().setValue(0)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Not the parent's: that is the reader's text, whose Tab walks the
        # post's own links first (one press each) while this label keeps
        # the focus. The window's chain goes straight to the next widget.
        return QWidget.focusNextPrevChild(self.window(), next)


class PostHeader(QWidget):
    """Title, byline, date, site, link and counts of the post shown. The
    view sizes and places it (:meth:`height_for`); it paints a thin rule
    under itself to close the header off from the text."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("readerHeader")
        self.setAutoFillBackground(False)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self._url: QUrl | None = None
        self._rule = QColor("#d8d3ca")
        self._em = 16.0
        self._kept = KeptColours(self)

        self._title = _label(self, "readerTitle")
        self._title.setAccessibleName("Post title")
        self._byline = _label(self, "readerByline", kind=_BylineLabel)
        self._date = _label(self, "readerDate")
        self._date.setWordWrap(False)
        self._site = _label(self, "readerSite")  # wraps in a narrow column
        # A journal article's journal, volume and issue; a preprint's
        # archive identifier.
        self._cited = _label(self, "readerCitedIn")
        self._cited.setWordWrap(False)
        self._link = _LinkLabel(self)
        self._link.setObjectName("readerOriginalLink")
        self._link.setAutoFillBackground(False)
        self._link.setWordWrap(False)
        self._link.setTextFormat(Qt.TextFormat.RichText)
        self._link.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self._link.setOpenExternalLinks(False)
        self._link.linkActivated.connect(self._on_link_linkActivated)
        self._separators = [_label(self, "readerSeparator", selectable=False) for _ in range(3)]
        for separator in self._separators:
            separator.setText("·")
            separator.setWordWrap(False)
        self._counts = _label(self, "readerCounts")

        details = QHBoxLayout()
        details.setContentsMargins(0, 0, 0, 0)
        details.setSpacing(6)
        # Top-aligned, so a wrapped site name keeps the row on one baseline.
        top = Qt.AlignmentFlag.AlignTop
        details.addWidget(self._date, 0, top)
        details.addWidget(self._separators[0], 0, top)
        details.addWidget(self._site, 0, top)
        details.addWidget(self._separators[1], 0, top)
        details.addWidget(self._cited, 0, top)
        details.addWidget(self._separators[2], 0, top)
        details.addWidget(self._link, 0, top)
        details.addStretch(1)
        self._details = details

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._title)
        layout.addWidget(self._byline)
        layout.addLayout(details)
        # Where the journal or identifier goes when the line has no room for
        # it: a line of its own under the date ("arXiv:2103.04" read cut
        # beside "arXiv.org" in a 1024 px window), never clipped.
        self._cited_line = QHBoxLayout()
        self._cited_line.setContentsMargins(0, 0, 0, 0)
        self._cited_line.addStretch(1)
        layout.addLayout(self._cited_line)
        layout.addWidget(self._counts)
        self._layout = layout
        self.hide()

    # -- content -------------------------------------------------------

    def set_post(self, post: Post, theme: Theme, zoom: float) -> None:
        """Show ``post``'s facts in ``theme`` at ``zoom``."""
        meta = post.metadata
        self._title.setText(meta.title.strip() or post.file_name or "Untitled")
        names = byline(meta.authors)
        self._byline.setText(names)
        self._byline.setVisible(bool(names))
        # A screen reader says the names ("By Tom Hale, Ada Lind"), not
        # "Authors", and without the isolates that only order the drawn line.
        self._byline.setAccessibleName(unisolated(names) or "Authors")
        shown_date = medium_date(meta.published)  # as the list and the Info tab write it
        self._date.setText(shown_date)
        self._date.setToolTip(meta.published or "")
        self._date.setVisible(bool(shown_date))
        cited = cited_in(meta)
        self._cited.setText(cited)
        self._cited.setVisible(bool(cited))
        site = (meta.site or "").strip()
        if site and cited.startswith(site):
            site = ""  # the journal is the site Highwire named: once
        self._site.setText(site)
        self._site.setVisible(bool(site))
        self._url = web_url(meta.url)
        self._link.setVisible(self._url is not None)
        if self._url is not None:
            self._link.setToolTip(f"Open {self._url.toString()} in the browser")
            self._link.setAccessibleName("Open the original page in the browser")
        self._counts.setText(counts_line(post))
        self._separate()
        self.apply_style(theme, zoom)
        self.show()

    def _cited_apart(self) -> bool:
        return self._cited_line.indexOf(self._cited) >= 0

    def _separate(self) -> None:
        # A dot before each part shown after another on the line (the
        # journal or identifier on a line of its own takes none).
        apart = self._cited_apart()
        shown = (
            not self._date.isHidden(),
            not self._site.isHidden(),
            not self._cited.isHidden() and not apart,
            self._url is not None,
        )
        for index, separator in enumerate(self._separators):
            separator.setVisible(shown[index + 1] and any(shown[: index + 1]))

    def clear(self) -> None:
        """Nothing shown (no post)."""
        self._url = None
        self.hide()

    def url(self) -> QUrl | None:
        """Where "Original ↗" leads, if anywhere."""
        return self._url

    def title_label(self) -> QLabel:
        """The title (selectable)."""
        return self._title

    def byline_label(self) -> QLabel:
        """``By ...``."""
        return self._byline

    def date_label(self) -> QLabel:
        """The date in words; the ISO date in its tooltip."""
        return self._date

    def site_label(self) -> QLabel:
        """The site's name."""
        return self._site

    def cited_label(self) -> QLabel:
        """The journal (volume, issue) or the preprint's archive identifier."""
        return self._cited

    def link_label(self) -> QLabel:
        """The "Original ↗" link."""
        return self._link

    def counts_label(self) -> QLabel:
        """``N quotations · N speakers · N sources``."""
        return self._counts

    # -- look ------------------------------------------------------------

    def apply_style(self, theme: Theme, zoom: float) -> None:
        """Fonts at ``zoom`` and colours of ``theme`` (the body's serif, so
        the header reads as the top of the page)."""
        body = body_font(zoom)
        self._em = body.pointSizeF()
        title = QFont(body)
        title.setPointSizeF(body.pointSizeF() * TITLE_SCALE)
        title.setWeight(QFont.Weight.Bold)
        meta = QFont(body)
        meta.setPointSizeF(body.pointSizeF() * META_SCALE)
        counts = QFont(body)
        counts.setPointSizeF(body.pointSizeF() * COUNTS_SCALE)
        self._title.setFont(title)
        for label in (
            self._byline,
            self._date,
            self._site,
            self._cited,
            self._link,
            *self._separators,
        ):
            label.setFont(meta)
        self._counts.setFont(counts)

        self._paint(self._title, theme.text, theme)
        self._paint(self._byline, theme.text, theme)
        for label in (self._date, self._site, self._cited, *self._separators, self._counts):
            self._paint(label, theme.muted, theme)
        self._paint(self._link, theme.link, theme)
        if self._url is not None:
            href = escape(self._url.toString(), quote=True)
            self._link.setText(
                f'<a href="{href}" style="color:{theme.link.name()}; text-decoration:none;">'
                "Original&nbsp;\u2197</a>"
            )
        self._rule = theme.rule
        self._title.setContentsMargins(0, 0, 0, round(body.pointSizeF() * 0.3))
        self._layout.setSpacing(max(2, round(body.pointSizeF() * 0.35)))
        self._layout.setContentsMargins(0, 0, 0, max(6, round(body.pointSizeF() * 1.0)))
        self.update()

    def _paint(self, label: QLabel, colour: QColor, theme: Theme) -> None:
        self._kept.hold(
            label,
            {
                QPalette.ColorRole.WindowText: colour,
                QPalette.ColorRole.Text: colour,
                QPalette.ColorRole.Highlight: theme.selection,
                QPalette.ColorRole.HighlightedText: theme.selection_text,
                QPalette.ColorRole.Link: theme.link,
            },
        )

    def height_for(self, width: int) -> int:
        """The height the header needs at ``width`` (long titles wrap)."""
        self._fit_details(width)
        self._layout.activate()
        return max(self._layout.totalHeightForWidth(width), self._layout.minimumSize().height())

    def _fit_details(self, width: int) -> None:
        # A word-wrapped label in a row takes a narrow width even when the
        # row has room ("Los Angeles" / "Times"): the site name wraps only
        # when the date, site and link cannot share one line at ``width``.
        # The journal or identifier, which cannot wrap without misreading,
        # goes to a line of its own first.
        apart = not self._cited.isHidden() and self._line_width(cited=True) > width
        if apart != self._cited_apart():
            if apart:
                self._details.removeWidget(self._cited)
                self._cited_line.insertWidget(0, self._cited, 0, Qt.AlignmentFlag.AlignTop)
            else:
                self._cited_line.removeWidget(self._cited)
                self._details.insertWidget(
                    self._details.indexOf(self._separators[2]),
                    self._cited,
                    0,
                    Qt.AlignmentFlag.AlignTop,
                )
            self._separate()
        wrap = self._line_width(cited=not apart) > width
        if self._site.wordWrap() != wrap:
            self._site.setWordWrap(wrap)

    def _line_width(self, *, cited: bool) -> int:
        # The date, site and link on one line, with the journal or
        # identifier when ``cited``, each dot between two parts shown.
        parts = [self._date, self._site, *([self._cited] if cited else [])]
        widths = [
            label.fontMetrics().horizontalAdvance(label.text())
            for label in parts
            if not label.isHidden()
        ]
        if not self._link.isHidden():
            widths.append(self._link.sizeHint().width())
        dot = self._separators[0].fontMetrics().horizontalAdvance("·")
        gaps = max(0, len(widths) - 1)
        return sum(widths) + gaps * dot + self._details.spacing() * 2 * gaps

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        try:
            painter.setPen(self._rule)
            y = self.height() - 1
            painter.drawLine(0, y, self.width(), y)
        finally:
            painter.end()

    # -- the link --------------------------------------------------------

    def _on_link_linkActivated(self, _href: str) -> None:
        if self._url is not None:
            QDesktopServices.openUrl(self._url)
