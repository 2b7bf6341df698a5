"""A large post shows its first screen at once and builds the rest in steps
(issue 12 "bounded work in the reader", issue 15 "opening any post").

Everything already built looks as it will when the post is whole, and
everything that needs a later block (J/K, showing a clip, find) gets it
built first, so no action sees a half-built post."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from quotemark.app.reader.document import FIRST_STEP, STEP, display_text
from quotemark.app.reader.highlight import QUOTE_PROPERTY
from quotemark.app.reader.view import ReaderView
from quotemark.library.model import (
    Block,
    BlockKind,
    Clip,
    Position,
    Post,
    Quote,
    QuoteKind,
    Span,
    Speaker,
)
from tests.app.conftest import shown
from tests.fixtures.gui.posts import bare_post

pytestmark = pytest.mark.gui

PARAGRAPH = "The harbour log for the week noted tides, repairs and ferries. " * 30
COUNT = (FIRST_STEP + 3 * STEP) // len(PARAGRAPH) + 40
LAST = COUNT - 1
SAID = "the pier will reopen"
CLIPPED = "ferries. The harbour log"


def _post() -> Post:
    blocks = [Block(BlockKind.PARAGRAPH, PARAGRAPH) for _ in range(COUNT)]
    blocks[LAST] = Block(BlockKind.PARAGRAPH, f"At last the mayor said “{SAID}” in June.")
    start = blocks[LAST].text.index(SAID)
    quotes = [
        # One quote across the first step's edge, one in the last block.
        Quote(
            Span(Position(2, 10), Position(COUNT // 2, 20), "…"),
            QuoteKind.BLOCK,
            speaker=Speaker("Ana Ruiz"),
        ),
        Quote(
            Span(Position(LAST, start), Position(LAST, start + len(SAID)), SAID),
            QuoteKind.INLINE,
            speaker=Speaker("The mayor"),
        ),
    ]
    return bare_post("harbour-log", blocks, quotes)


def _clip(post: Post, block: int) -> Clip:
    start = PARAGRAPH.index(CLIPPED)
    span = Span(Position(block, start), Position(block, start + len(CLIPPED)), CLIPPED)
    return Clip(
        id=1,
        post_id=post.id,
        key="clip1",
        span=span,
        speaker=None,
        role=None,
        quote_index=None,
        paragraph=block + 1,
        note="",
        tags=(),
        created="2026-11-02T10:00:00+00:00",
    )


@pytest.fixture
def post() -> Post:
    return _post()


def _quote_at(reader: ReaderView, qt_position: int) -> int | None:
    block = reader.editor().document().findBlock(qt_position)
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.position() <= qt_position < fragment.position() + fragment.length():
            value = fragment.charFormat().property(QUOTE_PROPERTY)
            return None if value is None else int(value)
        it += 1
    return None


def test_a_large_post_shows_its_first_screen_before_it_is_whole(qtbot: QtBot, post: Post) -> None:
    reader = shown(qtbot, ReaderView(), 900, 700)
    reader.show_post(post)
    doc = reader.editor().document()
    assert 1 < doc.blockCount() < COUNT
    assert doc.firstBlock().text() == display_text(PARAGRAPH)
    qtbot.waitUntil(reader.is_built, timeout=10_000)
    assert doc.blockCount() == COUNT
    assert [doc.findBlockByNumber(i).text() for i in (0, COUNT // 2, LAST)] == [
        display_text(post.blocks[i].text) for i in (0, COUNT // 2, LAST)
    ]


def test_a_quote_across_the_steps_is_highlighted_on_all_of_its_text(
    qtbot: QtBot, post: Post
) -> None:
    reader = shown(qtbot, ReaderView(), 900, 700)
    reader.show_post(post)
    qtbot.waitUntil(reader.is_built, timeout=10_000)
    span = post.analysis.quotes[0].span
    start, end = reader._positions.range_to_qt(span.start, span.end)
    assert _quote_at(reader, start - 1) is None
    assert _quote_at(reader, start) == 0
    for block in range(span.start.block + 1, span.end.block):
        assert (
            _quote_at(reader, reader.editor().document().findBlockByNumber(block).position()) == 0
        )
    assert _quote_at(reader, end - 1) == 0
    assert _quote_at(reader, end) is None


def test_j_to_a_quote_not_yet_built_selects_exactly_its_words(qtbot: QtBot, post: Post) -> None:
    reader = shown(qtbot, ReaderView(), 900, 700)
    reader.show_post(post)
    reader.select_quote(1)
    assert reader.editor().textCursor().selectedText() == SAID
    assert reader.current_span() == post.analysis.quotes[1].span


def test_find_searches_the_whole_post_at_once(qtbot: QtBot, post: Post) -> None:
    reader = shown(qtbot, ReaderView(), 900, 700)
    reader.show_post(post)
    reader.open_find()
    reader.find_bar().field().setText("the mayor said")
    assert reader.find_bar().match_count() == 1


def test_a_clip_in_a_later_block_is_marked_on_its_text(qtbot: QtBot, post: Post) -> None:
    reader = shown(qtbot, ReaderView(), 900, 700)
    clip = _clip(post, COUNT - 3)
    reader.show_post(post, [clip])
    qtbot.waitUntil(reader.is_built, timeout=10_000)
    marks = reader.editor().extraSelections()
    assert [mark.cursor.selectedText() for mark in marks] == [CLIPPED]
    reader.show_span(clip.span)
    cursor: QTextCursor = reader.editor().textCursor()
    assert cursor.selectedText() == CLIPPED
