"""Partial quotations: the reported clause is marked faintly, and only the
words inside the quotation marks carry the speaker's background."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat

from quotemark.app.reader.highlight import (
    PARTIAL_PROPERTY,
    QUOTE_PROPERTY,
    VERBATIM_PROPERTY,
    quote_background,
    speaker_key,
    speaker_slots,
    speaker_swatch,
)
from quotemark.app.reader.view import ReaderView
from quotemark.library.model import Post
from tests.fixtures.gui.posts import partial_post

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]


# -- in the reader -------------------------------------------------------------------


@pytest.fixture
def post() -> Post:
    return partial_post()


def format_at(view: ReaderView, block: int, offset: int) -> QTextCharFormat:
    """The char format of the character at (block, offset) (plain BMP text)."""
    qt = view.editor().document().findBlockByNumber(block).position() + offset
    it = view.editor().document().findBlock(qt).begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.position() <= qt < fragment.position() + fragment.length():
            return fragment.charFormat()
        it += 1
    return QTextCharFormat()


def test_the_clause_is_underlined_faintly_and_only_the_quoted_words_are_tinted(
    view: ReaderView, post: Post
) -> None:
    index = len(post.analysis.quotes) - 2
    quote = post.analysis.quotes[index]
    block = quote.span.start.block
    text = post.blocks[block].text
    slot = speaker_slots(post.analysis.quotes)[speaker_key(quote.speaker)]
    background = quote_background(slot, dark=False)

    writer = format_at(view, block, text.index("repairs were"))
    assert writer.property(QUOTE_PROPERTY) == index
    assert writer.property(PARTIAL_PROPERTY) is True
    assert writer.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    assert writer.underlineColor() == speaker_swatch(slot, dark=False)
    assert writer.background().style() == Qt.BrushStyle.NoBrush

    for words in ("long overdue", "finally listened"):
        spoken = format_at(view, block, text.index(words) + 2)
        assert spoken.property(QUOTE_PROPERTY) == index
        assert spoken.property(VERBATIM_PROPERTY) is True
        assert spoken.background().color() == background

    between = format_at(view, block, text.index("and that the council"))
    assert between.background().style() == Qt.BrushStyle.NoBrush
    outside = format_at(view, block, text.index("according"))
    assert outside.property(QUOTE_PROPERTY) is None


def test_a_partial_quote_whose_closing_mark_is_outside_its_span_is_tinted(
    view: ReaderView, post: Post
) -> None:
    quote = post.analysis.quotes[-1]
    block = quote.span.start.block
    text = post.blocks[block].text
    spoken = format_at(view, block, text.index("small miracle"))
    assert spoken.property(VERBATIM_PROPERTY) is True
    writer = format_at(view, block, text.index("railings"))
    assert writer.property(PARTIAL_PROPERTY) is True
    assert writer.background().style() == Qt.BrushStyle.NoBrush


def test_full_quotes_keep_their_background(view: ReaderView, post: Post) -> None:
    quote = post.analysis.quotes[0]
    fmt = format_at(view, quote.span.start.block, quote.span.start.offset + 3)
    assert fmt.property(PARTIAL_PROPERTY) is None
    assert fmt.background().style() != Qt.BrushStyle.NoBrush


def test_the_hover_card_says_only_the_marked_words_are_theirs(view: ReaderView, post: Post) -> None:
    quote = post.analysis.quotes[-2]
    text = post.blocks[quote.span.start.block].text
    tip = format_at(view, quote.span.start.block, text.index("repairs were")).toolTip()
    assert "the harbour office" in tip
    assert "partial quotation" in tip


def test_j_selects_the_whole_clause_and_names_it_partial(view: ReaderView, post: Post) -> None:
    index = len(post.analysis.quotes) - 2
    view.select_quote(index)
    assert view.current_span() == post.analysis.quotes[index].span
    assert "partial quotation" in view.speaker_line().text()
    view.select_quote(0)
    assert "partial" not in view.speaker_line().text()


def test_dark_theme_tints_the_quoted_words_in_dark_tones(view: ReaderView, post: Post) -> None:
    view.set_color_scheme(Qt.ColorScheme.Dark)
    quote = post.analysis.quotes[-1]
    slot = speaker_slots(post.analysis.quotes)[speaker_key(quote.speaker)]
    text = post.blocks[quote.span.start.block].text
    spoken = format_at(view, quote.span.start.block, text.index("small miracle"))
    assert spoken.background().color() == quote_background(slot, dark=True)
    writer = format_at(view, quote.span.start.block, text.index("railings"))
    assert writer.underlineColor() == speaker_swatch(slot, dark=True)
