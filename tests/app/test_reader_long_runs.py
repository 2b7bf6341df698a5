"""A paragraph that is one long unbreakable run (a pasted hash, minified
code): the reader wraps it at display-only zero-width spaces, and every
anchor on, in and after the run stays exact: positions, quote highlights,
selections made from clips, and copied text."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from quotemark.app.reader.document import BREAK_EVERY, DISPLAY_BREAK, LONG_RUN, display_breaks
from quotemark.app.reader.positions import BlockMap
from quotemark.app.reader.view import ReaderView
from quotemark.library.model import Block, BlockKind, Link, Position, Quote, QuoteKind, Span
from tests.app.conftest import shown
from tests.fixtures.gui.posts import bare_post

pytestmark = pytest.mark.gui

RUN = "".join(chr(ord("a") + i % 26) for i in range(5_000)) + "\U0001f309" + "z" * 300
BEFORE = "Sentence before: "
AFTER = " and “this is the quoted part,” said Ana."
LONG = BEFORE + RUN + AFTER


def _post() -> object:
    words = "this is the quoted part,"
    quoted = LONG.index(words)
    quote = Quote(
        Span(Position(1, quoted), Position(1, quoted + len(words)), words),
        QuoteKind.INLINE,
    )
    link_start = len(BEFORE) + 10
    block = Block(
        BlockKind.PARAGRAPH,
        LONG,
        (Link(link_start, link_start + 100, "https://example.org/run"),),
    )
    return bare_post("runs", [Block(BlockKind.PARAGRAPH, "A first paragraph."), block], [quote])


@pytest.fixture
def reader(qtbot: QtBot) -> ReaderView:
    view = shown(qtbot, ReaderView(), 900, 700)
    view.show_post(_post())  # type: ignore[arg-type]
    return view


def test_only_long_runs_get_breaks() -> None:
    assert display_breaks("short words " * 100) == ()
    breaks = display_breaks("word " + "x" * (LONG_RUN + 1))
    assert breaks[0] == 5 + BREAK_EVERY
    assert all(b - a == BREAK_EVERY for a, b in itertools.pairwise(breaks))


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab \U0001f309é"), max_size=40), st.data())
def test_a_map_with_breaks_round_trips_every_offset(text: str, data: st.DataObject) -> None:
    breaks = sorted(data.draw(st.sets(st.integers(1, max(1, len(text))), max_size=8)))
    breaks = [b for b in breaks if b < len(text)]
    block = BlockMap.for_text(text, breaks)
    shown_text = ""
    at = 0
    for b in breaks:
        shown_text += text[at:b] + DISPLAY_BREAK
        at = b
    shown_text += text[at:]
    assert block.qt_length == len(shown_text.encode("utf-16-le")) // 2
    for offset in range(len(text) + 1):
        assert block.from_qt(block.to_qt(offset)) == offset


def test_the_long_run_wraps_inside_the_column(reader: ReaderView) -> None:
    block = reader.editor().document().findBlockByNumber(1)
    assert DISPLAY_BREAK in block.text()
    layout = block.layout()
    assert layout.lineCount() > 20
    widest = max(layout.lineAt(i).naturalTextWidth() for i in range(layout.lineCount()))
    assert widest <= reader.editor().viewport().width()


def test_anchors_after_the_run_are_exact(reader: ReaderView, qtbot: QtBot) -> None:
    post = reader.post()
    assert post is not None
    quote = post.analysis.quotes[0]
    reader.show_span(quote.span)
    assert reader.current_span() == quote.span
    # The highlight covers exactly the quoted words in the document.
    cursor = reader.editor().textCursor()
    assert cursor.selectedText().replace(DISPLAY_BREAK, "") == quote.span.text
    # A selection across the run copies the post's text, not the breaks.
    start = Span(Position(1, 0), Position(1, len(LONG)), LONG)
    reader.show_span(start)
    copied = reader.editor().createMimeDataFromSelection().text()
    assert copied == LONG
    link = reader.editor().document().findBlockByNumber(1)
    fragment_urls = set()
    it = link.begin()
    while not it.atEnd():
        fmt = it.fragment().charFormat()
        if fmt.isAnchor():
            fragment_urls.add((fmt.anchorHref(), it.fragment().text().replace(DISPLAY_BREAK, "")))
        it += 1
    assert fragment_urls == {
        ("https://example.org/run", LONG[len(BEFORE) + 10 : len(BEFORE) + 110])
    }
