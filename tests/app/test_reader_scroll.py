"""Where J and K leave the selected quotation: comfortably in view (its
first line in the upper part of the page, not at the bottom edge or under
the speaker line), and a long quotation shows its start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from quotemark.app.reader.view import ReaderView
from quotemark.library.model import (
    Block,
    BlockKind,
    Position,
    Post,
    Quote,
    QuoteKind,
    Span,
    Speaker,
)
from tests.fixtures.gui.posts import bare_post, generated_post

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

FILLER = (
    "The committee met again on Tuesday evening in the old school hall, and the "
    "discussion ran well past the hour set aside for it, as it usually does. "
)


def reader(qtbot: QtBot, post: Post, height: int = 600) -> ReaderView:
    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(900, height)
    view.show()
    qtbot.waitExposed(view)
    view.show_post(post)
    return view


def place(view: ReaderView, span: Span) -> tuple[int, int, int]:
    """(top of the first line, bottom of the last, viewport height) in
    viewport pixels."""
    editor = view.editor()
    start, end = view._positions.range_to_qt(span.start, span.end)
    cursor = QTextCursor(editor.document())
    cursor.setPosition(start)
    top = editor.cursorRect(cursor).top()
    cursor.setPosition(end)
    bottom = editor.cursorRect(cursor).bottom()
    return top, bottom, editor.viewport().height()


def test_every_quote_j_reaches_sits_in_the_upper_part_of_the_page(qtbot: QtBot) -> None:
    post = generated_post(target_bytes=30_000, quote_count=40)
    view = reader(qtbot, post)
    order = [view.current_quote()]
    for _ in range(20):
        view.next_quote()
        index = view.current_quote()
        assert index is not None
        order.append(index)
        top, bottom, height = place(view, post.analysis.quotes[index].span)
        assert view.speaker_line().isVisible()
        assert 0 <= top <= height * 0.6, f"quote {index} starts at {top} of {height}"
        assert bottom <= height, f"quote {index} ends below the page"
    assert order[1:] == list(range(20))


def test_k_back_up_also_leaves_the_quote_in_the_upper_part(qtbot: QtBot) -> None:
    post = generated_post(target_bytes=30_000, quote_count=40)
    view = reader(qtbot, post)
    view.select_quote(30)
    for _ in range(10):
        view.previous_quote()
        index = view.current_quote()
        assert index is not None
        top, bottom, height = place(view, post.analysis.quotes[index].span)
        assert 0 <= top <= height * 0.6
        assert bottom <= height


def test_a_quote_already_in_view_does_not_make_the_page_jump(qtbot: QtBot) -> None:
    blocks = [Block(BlockKind.PARAGRAPH, "Short one: \u201cyes,\u201d she said.")]
    blocks += [Block(BlockKind.PARAGRAPH, FILLER * 6) for _ in range(8)]
    text = blocks[0].text
    start, end = text.index("\u201c"), text.index("\u201d") + 1
    quote = Quote(
        Span(Position(0, start), Position(0, end), text[start:end]),
        QuoteKind.INLINE,
        Speaker("Ann Lee", "", 0.9),
    )
    view = reader(qtbot, _post(blocks, [quote]))
    view.next_quote()
    assert view.current_quote() == 0
    assert view.editor().verticalScrollBar().value() == 0


def test_a_quote_longer_than_the_page_shows_its_start(qtbot: QtBot) -> None:
    long_words = FILLER * 14
    blocks = [Block(BlockKind.PARAGRAPH, FILLER * 4) for _ in range(6)]
    blocks.append(Block(BlockKind.PARAGRAPH, f"\u201c{long_words}\u201d said the chair."))
    blocks += [Block(BlockKind.PARAGRAPH, FILLER * 4) for _ in range(6)]
    text = blocks[6].text
    end = text.index("\u201d") + 1
    quote = Quote(
        Span(Position(6, 0), Position(6, end), text[:end]),
        QuoteKind.BLOCK,
        Speaker("Ola Berg", "the chair", 0.9),
    )
    view = reader(qtbot, _post(blocks, [quote]), height=400)
    view.next_quote()
    top, bottom, height = place(view, quote.span)
    assert bottom > height  # too long for the page...
    assert 0 <= top <= height // 4  # ...so its opening words are at the top


def _post(blocks: list[Block], quotes: list[Quote]) -> Post:
    return bare_post("scroll", blocks, quotes)


def test_a_narrower_window_keeps_the_selected_quote_where_it_was(qtbot: QtBot) -> None:
    post = generated_post(target_bytes=30_000, quote_count=40)
    view = reader(qtbot, post)
    view.select_quote(12)
    before, _, _ = place(view, post.analysis.quotes[12].span)
    for width in (620, 1100, 750):
        view.resize(width, 600)
        qtbot.wait(20)
        top, _, _ = place(view, post.analysis.quotes[12].span)
        assert abs(top - before) <= 2, f"at {width} px the quote moved from {before} to {top}"


def test_resizing_keeps_the_paragraph_being_read_at_the_top(qtbot: QtBot) -> None:
    post = generated_post(target_bytes=30_000, quote_count=40)
    view = reader(qtbot, post)
    editor = view.editor()
    bar = editor.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    first = editor.cursorForPosition(editor.viewport().rect().topLeft()).block().blockNumber()
    view.resize(600, 600)
    qtbot.wait(20)
    now = editor.cursorForPosition(editor.viewport().rect().topLeft()).block().blockNumber()
    assert now == first


def test_the_top_of_the_page_stays_the_top_when_resized(qtbot: QtBot) -> None:
    view = reader(qtbot, generated_post(target_bytes=30_000, quote_count=40))
    view.resize(600, 500)
    qtbot.wait(20)
    assert view.editor().verticalScrollBar().value() == 0
    assert view.header().isVisible()


def test_the_speaker_line_stays_through_zoom_and_a_theme_change(qtbot: QtBot) -> None:
    post = generated_post(target_bytes=30_000, quote_count=40)
    view = reader(qtbot, post)
    view.select_quote(5)
    line = view.speaker_line().text()
    view.zoom_in()
    assert view.speaker_line().isVisible()
    view.set_color_scheme(Qt.ColorScheme.Dark)
    assert view.speaker_line().isVisible()
    assert view.speaker_line().text() != line  # its swatch takes the dark colour
    assert "Speaker 5" in view.speaker_line().text()
    view.next_quote()
    assert view.current_quote() == 6
