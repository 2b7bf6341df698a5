"""The post header over the reader's text: what a researcher sees before the
first paragraph, and that it never disturbs the block-per-block document."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QPalette, QTextCursor
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from quotemark.app.date_display import medium_date
from quotemark.app.reader.header import byline, counts_line, web_url
from quotemark.app.reader.theme import DARK, LIGHT
from quotemark.app.reader.view import ReaderView
from quotemark.library.model import Post
from tests.app.conftest import UrlCatcher

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]


def first_block_top(view: ReaderView) -> int:
    """Where the first block's first line starts, in viewport coordinates."""
    cursor = QTextCursor(view.editor().document())
    cursor.setPosition(0)
    return view.editor().cursorRect(cursor).top()


def text_colour(label: QLabel) -> str:
    return label.palette().color(QPalette.ColorRole.WindowText).name()


# -- the words -----------------------------------------------------------------


# The header writes a date as the post list and the Info tab do, in the
# locale's medium form (stop 40: it spelled the month out in English, "9
# March 2024", beside the list's "2024-03-09" and the Info tab's "Mar 9,
# 2024"). The default locale of the tests is C, whose form is British.
@pytest.mark.parametrize(
    ("published", "shown"),
    [
        ("2024-03-09", "9 Mar 2024"),
        ("2024-03-09T18:40:00+02:00", "9 Mar 2024"),
        ("2017-11-11T23:30:00-05:00", "11 Nov 2017"),
        ("2024-12", "Dec 2024"),
        ("2024", "2024"),
        ("last Tuesday", "last Tuesday"),
        (None, ""),
    ],
)
def test_a_published_date_reads_as_words(published: str | None, shown: str) -> None:
    assert medium_date(published) == shown


def test_the_byline_names_every_author() -> None:
    assert byline(("Mara Lindqvist", "Jon Ek")) == "By Mara Lindqvist, Jon Ek"
    assert byline(()) == ""


def test_names_written_surname_first_are_told_apart() -> None:
    # A preprint's citation tags give "Lind, Ada": with commas between the
    # names too, two authors read as four.
    assert byline(("Lind, Ada", "Okafor, Chidi")) == "By Lind, Ada; Okafor, Chidi"
    assert byline(("Lind, Ada",)) == "By Lind, Ada"


def test_the_counts_line_counts_quotes_speakers_and_sources(post: Post) -> None:
    # Seven quotations by five speakers (one quote has none; Okafor speaks twice).
    assert counts_line(post) == "7 quotations · 5 speakers · 4 sources"
    one = replace(post, analysis=replace(post.analysis, quotes=post.analysis.quotes[:1]))
    assert counts_line(one).startswith("1 quotation · 1 speaker · ")


def test_only_web_addresses_become_the_original_link() -> None:
    assert web_url("https://example.org/a") == QUrl("https://example.org/a")
    assert web_url("file:///home/me/post.html") is None
    assert web_url("javascript:alert(1)") is None
    assert web_url(None) is None


# -- the header in the reader -----------------------------------------------------


def test_the_header_shows_title_byline_date_site_and_counts(view: ReaderView) -> None:
    header = view.header()
    assert header.isVisible()
    assert header.title_label().text() == "Kessel Ford bridge reopens after flood repairs"
    assert header.byline_label().text() == "By Mara Lindqvist"
    assert header.date_label().text() == "14 Oct 2026"  # as the list writes it (stop 40)
    assert header.date_label().toolTip() == "2026-10-14"
    assert header.site_label().text() == "Valley Courier"
    assert "Original" in header.link_label().text()
    assert header.counts_label().text() == "7 quotations · 5 speakers · 4 sources"


def test_the_header_stands_above_the_text_in_the_text_column(view: ReaderView) -> None:
    header = view.header()
    geometry = header.geometry()
    assert geometry.bottom() < first_block_top(view)
    # Same left edge and width as the text column.
    frame = view.editor().document().rootFrame().frameFormat()
    right_edge = view.editor().viewport().width() - frame.rightMargin()
    assert abs(geometry.left() - frame.leftMargin()) <= 1
    assert abs(geometry.right() + 1 - right_edge) <= 1


def test_the_document_still_holds_one_text_block_per_post_block(
    view: ReaderView, post: Post
) -> None:
    doc = view.editor().document()
    assert doc.blockCount() == len(post.blocks)
    assert doc.findBlockByNumber(1).text() == post.blocks[1].text
    # A selection at the very top of the text is the first block's text, not the header's.
    span = post.analysis.quotes[0].span
    view.show_span(span)
    assert view.current_span() == span


def test_a_long_title_wraps_and_pushes_the_text_down(
    qtbot: QtBot, view: ReaderView, post: Post
) -> None:
    short_bottom = view.header().geometry().bottom()
    long_title = " ".join(["A very long headline about the repaired footbridge"] * 5)
    view.show_post(replace(post, metadata=replace(post.metadata, title=long_title)))
    header = view.header()
    assert header.title_label().text() == long_title
    assert header.geometry().width() < header.title_label().sizeHint().width() * 3
    assert header.geometry().bottom() > short_bottom + 40
    assert header.geometry().bottom() < first_block_top(view)
    assert header.geometry().right() + 1 <= view.editor().viewport().width()


def test_the_title_can_be_selected_and_copied(view: ReaderView) -> None:
    title = view.header().title_label()
    assert title.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    title.setSelection(0, len(title.text()))
    assert title.selectedText() == "Kessel Ford bridge reopens after flood repairs"


def test_original_opens_in_the_system_browser_not_in_the_reader(
    qtbot: QtBot, view: ReaderView, post: Post, browser: UrlCatcher
) -> None:
    link = view.header().link_label()
    text_before = view.editor().document().toPlainText()
    rect = link.contentsRect()
    qtbot.mouseClick(
        link, Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 8, rect.center().y())
    )
    assert browser.urls == ["https://valley-courier.example/kessel-ford-bridge"]
    assert view.editor().source().isEmpty()
    assert view.editor().document().toPlainText() == text_before
    assert view.post() is post


def test_a_post_without_address_or_date_shows_what_it_has(view: ReaderView, post: Post) -> None:
    bare = replace(
        post, metadata=replace(post.metadata, url="file:///tmp/x.html", published=None, site=None)
    )
    view.show_post(bare)
    header = view.header()
    assert header.link_label().isHidden()
    assert header.date_label().isHidden()
    assert header.site_label().isHidden()
    assert header.byline_label().text() == "By Mara Lindqvist"


def test_with_no_post_there_is_no_header(view: ReaderView) -> None:
    view.clear()
    assert view.header().isHidden()


def test_the_header_follows_zoom(view: ReaderView) -> None:
    header = view.header()
    size = header.title_label().font().pointSizeF()
    height = header.geometry().height()
    view.zoom_in()
    view.zoom_in()
    assert header.title_label().font().pointSizeF() > size * 1.15
    assert header.geometry().height() > height
    assert header.geometry().bottom() < first_block_top(view)
    assert view.editor().verticalScrollBar().value() == 0  # still at the page's top
    view.zoom_reset()
    assert header.title_label().font().pointSizeF() == pytest.approx(size)


def test_the_header_follows_the_theme(view: ReaderView) -> None:
    header = view.header()
    assert text_colour(header.title_label()) == LIGHT.text.name()
    assert text_colour(header.date_label()) == LIGHT.muted.name()
    view.set_color_scheme(Qt.ColorScheme.Dark)
    assert text_colour(header.title_label()) == DARK.text.name()
    assert text_colour(header.counts_label()) == DARK.muted.name()
    assert DARK.link.name() in header.link_label().text()
    # No background of its own: the page's shows through.
    assert not header.autoFillBackground()
    assert not header.title_label().autoFillBackground()
    image = view.editor().viewport().grab().toImage()
    corner = header.geometry().topRight()
    assert image.pixelColor(corner.x() - 2, corner.y() + 2).name() == DARK.background.name()


def test_the_header_scrolls_away_with_the_text(qtbot: QtBot, view: ReaderView) -> None:
    view.resize(900, 300)
    QApplication.processEvents()
    header = view.header()
    top = header.geometry().top()
    view.editor().verticalScrollBar().setValue(120)
    assert header.geometry().top() == top - 120
    view.editor().verticalScrollBar().setValue(0)
    assert header.geometry().top() == top


def test_in_a_wide_window_a_site_name_stays_on_the_date_line(
    qtbot: QtBot, view: ReaderView, post: Post
) -> None:
    # A two-word name used to wrap ("Valley" / "Courier Times") beside
    # plenty of room: a word-wrapped label in a row takes a narrow width.
    view.resize(1000, 700)
    view.show_post(replace(post, metadata=replace(post.metadata, site="Valley Courier Times")))
    QApplication.processEvents()
    header = view.header()
    assert header.site_label().height() == header.date_label().height()
    assert header.site_label().geometry().top() == header.date_label().geometry().top()


def test_in_a_narrow_window_a_long_site_name_wraps_inside_the_column(
    qtbot: QtBot, view: ReaderView, post: Post
) -> None:
    site = "The Valley Courier and Upper River Districts Evening Gazette"
    view.resize(420, 700)
    view.show_post(replace(post, metadata=replace(post.metadata, site=site)))
    QApplication.processEvents()
    header = view.header()
    assert header.site_label().text() == site
    for label in (header.date_label(), header.site_label(), header.link_label()):
        assert label.isVisible()
        assert label.geometry().left() >= 0
        assert label.geometry().right() < header.width()
    assert header.site_label().height() > header.date_label().height()  # wrapped
    assert header.geometry().bottom() < first_block_top(view)


def test_tab_lands_on_the_original_link_ready_for_enter_and_the_next_tab_leaves(
    qtbot: QtBot, view: ReaderView, browser: UrlCatcher
) -> None:
    """Each Tab on the "Original" link used to walk the post's own links
    (the reader's text is its parent) while the focus stayed put: here
    fourteen presses before the keyboard left it."""
    link = view.header().link_label()
    view.editor().setFocus()
    for _ in range(30):
        if QApplication.focusWidget() is link:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is link
    qtbot.keyClick(link, Qt.Key.Key_Return)
    assert browser.urls == ["https://valley-courier.example/kessel-ford-bridge"]
    qtbot.keyClick(link, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not link
