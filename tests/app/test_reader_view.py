"""ReaderView driven offscreen with a hand-built post: what a reader sees
and what a selection turns into."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QHelpEvent,
    QImage,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from quotemark.app.reader.highlight import (
    HUES,
    NESTED_PROPERTY,
    NO_SPEAKER,
    QUOTE_PROPERTY,
    contrast_ratio,
    quote_background,
    speaker_swatch,
)
from quotemark.app.reader.view import ReaderView
from quotemark.library.model import (
    Analysis,
    BlockKind,
    Clip,
    Link,
    Mention,
    MentionKind,
    Position,
    Post,
    Quote,
    QuoteKind,
    Span,
)
from quotemark.library.service import Library
from tests.app.conftest import UrlCatcher, shown
from tests.fixtures.gui.posts import store

pytestmark = [
    pytest.mark.gui,
    # The offscreen platform cannot pass a window's size limits on; harmless.
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]


@pytest.fixture
def view(qtbot: QtBot, post: Post) -> ReaderView:
    """A reader following the system's scheme (some tests here switch it)."""
    reader = shown(qtbot, ReaderView(), 900, 700)
    reader.show_post(post)
    return reader


def char_format(view: ReaderView, qt_position: int) -> QTextCharFormat:
    """The format of the character starting at ``qt_position`` (an empty
    format for a block separator)."""
    block = view.editor().document().findBlock(qt_position)
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.position() <= qt_position < fragment.position() + fragment.length():
            return fragment.charFormat()
        it += 1
    return QTextCharFormat()


def quote_at(view: ReaderView, qt_position: int) -> int | None:
    """The quote index carried by the character starting at ``qt_position``."""
    value = char_format(view, qt_position).property(QUOTE_PROPERTY)
    return None if value is None else int(value)


def qt_range(view: ReaderView, span: Span) -> tuple[int, int]:
    return view._positions.range_to_qt(span.start, span.end)


def select(view: ReaderView, start: int, end: int) -> None:
    cursor = QTextCursor(view.editor().document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    view.editor().setTextCursor(cursor)


def block_start(view: ReaderView, block: int) -> int:
    return view.editor().document().findBlockByNumber(block).position()


# -- the document --------------------------------------------------------


def test_each_block_of_the_post_is_one_text_block(view: ReaderView, post: Post) -> None:
    doc = view.editor().document()
    assert doc.blockCount() == len(post.blocks)
    for index, block in enumerate(post.blocks):
        shown = doc.findBlockByNumber(index).text()
        if block.kind is BlockKind.IMAGE and block.resource:
            assert shown == "\ufffc"  # the picture itself
        else:
            assert shown == block.text


def test_a_line_break_stays_inside_its_block(view: ReaderView, post: Post) -> None:
    code = next(i for i, b in enumerate(post.blocks) if b.kind is BlockKind.CODE)
    block = view.editor().document().findBlockByNumber(code)
    assert "\u2028" in block.text()
    assert block.layout().lineCount() >= 3


def test_a_paragraph_separator_in_block_text_does_not_split_the_block(
    qtbot: QtBot, post: Post
) -> None:
    odd = replace(post.blocks[1], text="one\u2029two\ufffcthree")
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.show_post(replace(post, blocks=(post.blocks[0], odd, *post.blocks[2:])))
    assert reader.editor().document().blockCount() == len(post.blocks)


def test_list_items_join_one_list_with_its_own_bullets(view: ReaderView, post: Post) -> None:
    items = [i for i, b in enumerate(post.blocks) if b.kind is BlockKind.LIST_ITEM]
    doc = view.editor().document()
    lists = {doc.findBlockByNumber(i).textList() for i in items}
    assert None not in lists
    assert len(lists) == 1
    assert doc.findBlockByNumber(items[0]).text() == post.blocks[items[0]].text


def test_headings_are_larger_than_body_text(view: ReaderView) -> None:
    doc = view.editor().document()
    heading = QTextCursor(doc.findBlockByNumber(0))
    heading.movePosition(QTextCursor.MoveOperation.NextCharacter)
    body = QTextCursor(doc.findBlockByNumber(1))
    body.movePosition(QTextCursor.MoveOperation.NextCharacter)
    assert heading.charFormat().font().pointSizeF() > body.charFormat().font().pointSizeF() * 1.3


# -- quotes ----------------------------------------------------------------


def test_quotes_carry_highlight_formats_at_their_exact_qt_range(
    view: ReaderView, post: Post
) -> None:
    for index, quote in enumerate(post.analysis.quotes):
        start, end = qt_range(view, quote.span)
        inner = [
            q for q in range(len(post.analysis.quotes)) if post.analysis.quotes[q].parent == index
        ]
        carried = {quote_at(view, p) for p in range(start, end)}
        assert index in carried
        assert carried <= {index, *inner}
        assert quote_at(view, start - 1) != index
        assert quote_at(view, end) != index
        cursor = QTextCursor(view.editor().document())
        cursor.setPosition(start + 1)
        assert cursor.charFormat().background().color().alpha() > 0


def test_a_quote_after_an_emoji_is_highlighted_on_its_own_text(
    view: ReaderView, post: Post
) -> None:
    quote = post.analysis.quotes[3]
    block = post.blocks[quote.span.block]
    assert "\U0001f309" in block.text[: quote.span.start.offset]
    start, end = qt_range(view, quote.span)
    assert start - block_start(view, quote.span.block) == quote.span.start.offset + 2
    select(view, start, end)
    assert view.editor().textCursor().selectedText() == quote.span.text
    assert {quote_at(view, p) for p in range(start, end)} == {3}


def test_a_nested_quote_is_marked_apart_from_its_parent(view: ReaderView, post: Post) -> None:
    nested = post.analysis.quotes[2]
    assert nested.parent == 1
    outer_start, _ = qt_range(view, post.analysis.quotes[1].span)
    inner_start, _ = qt_range(view, nested.span)
    doc = view.editor().document()
    outer = QTextCursor(doc)
    outer.setPosition(outer_start + 1)
    inner = QTextCursor(doc)
    inner.setPosition(inner_start + 1)
    assert inner.charFormat().property(NESTED_PROPERTY) is True
    assert inner.charFormat().fontUnderline()
    assert not outer.charFormat().fontUnderline()
    assert inner.charFormat().background().color() != outer.charFormat().background().color()


def test_the_speaker_name_and_role_show_on_hover(view: ReaderView, post: Post) -> None:
    start, _ = qt_range(view, post.analysis.quotes[0].span)
    cursor = QTextCursor(view.editor().document())
    cursor.setPosition(start + 1)
    tooltip = cursor.charFormat().toolTip()
    assert "<b>Ilse Brandt</b><br>Mayor<br>" in tooltip
    assert "confidence 93%" in tooltip
    nested_start, _ = qt_range(view, post.analysis.quotes[2].span)
    cursor.setPosition(nested_start + 2)
    nested = cursor.charFormat().toolTip()
    assert "<b>Reyes&#x27;s foreman</b>" in nested
    assert "inside a quotation by Tomas Reyes" in nested


def test_one_speaker_keeps_one_colour_and_speakers_differ(view: ReaderView, post: Post) -> None:
    def background(index: int) -> str:
        start, _ = qt_range(view, post.analysis.quotes[index].span)
        cursor = QTextCursor(view.editor().document())
        cursor.setPosition(start + 1)
        return cursor.charFormat().background().color().name()

    assert background(4) == background(5)  # both Hanna Okafor
    assert len({background(0), background(1), background(4), background(6)}) == 4


def test_j_and_k_select_quotes_in_reading_order(qtbot: QtBot, view: ReaderView, post: Post) -> None:
    seen: list[int] = []
    view.quote_changed.connect(seen.append)
    for _ in range(4):
        view.next_quote()
    assert seen == [0, 1, 2, 3]
    assert view.editor().textCursor().selectedText() == post.analysis.quotes[3].span.text
    view.previous_quote()
    assert seen[-1] == 2
    assert view.current_span() == post.analysis.quotes[2].span


def test_j_at_the_last_quote_stays_there(view: ReaderView, post: Post) -> None:
    last = len(post.analysis.quotes) - 1
    view.select_quote(last)
    view.next_quote()
    assert view.current_quote() == last


def test_j_starts_from_where_the_reader_clicked(view: ReaderView, post: Post) -> None:
    cursor = QTextCursor(view.editor().document())
    cursor.setPosition(block_start(view, 7))  # the "What residents said" heading
    view.editor().setTextCursor(cursor)
    view.next_quote()
    assert view.current_quote() == 4
    cursor.setPosition(block_start(view, 7))
    view.editor().setTextCursor(cursor)
    view.previous_quote()
    assert view.current_quote() == 3


def test_selecting_a_quote_far_down_scrolls_it_into_view(qtbot: QtBot, post: Post) -> None:
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.resize(700, 300)
    reader.show()
    qtbot.waitExposed(reader)
    reader.show_post(post)
    assert reader.editor().verticalScrollBar().value() == 0
    reader.select_quote(6)
    assert reader.editor().verticalScrollBar().value() > 0
    rect = reader.editor().cursorRect()
    assert 0 <= rect.top() <= reader.editor().viewport().height()


# -- selections as spans ------------------------------------------------------


def test_a_selection_in_one_block_becomes_its_exact_span(view: ReaderView, post: Post) -> None:
    text = post.blocks[1].text
    offset = text.index("footbridge")
    base = block_start(view, 1)
    select(view, base + offset, base + offset + len("footbridge at Kessel Ford"))
    assert view.current_span() == Span(
        Position(1, offset), Position(1, offset + 25), "footbridge at Kessel Ford"
    )


def test_a_selection_across_blocks_joins_them_with_a_newline(view: ReaderView, post: Post) -> None:
    start = block_start(view, 1) + post.blocks[1].text.index("Mill Lane")
    end = block_start(view, 2) + post.blocks[2].text.index(" before")
    select(view, start, end)
    span = view.current_span()
    assert span is not None
    assert span.start == Position(1, post.blocks[1].text.index("Mill Lane"))
    assert span.end == Position(2, post.blocks[2].text.index(" before"))
    assert span.text == "Mill Lane.\n\u201cWe promised the town a crossing"


def test_a_selection_after_an_emoji_keeps_its_code_point_offsets(
    view: ReaderView, post: Post
) -> None:
    text = post.blocks[6].text
    offset = text.index("\U0001f308")
    qt_start = block_start(view, 6) + offset + 1  # one emoji before it
    select(view, qt_start, qt_start + len("\U0001f308 with the") + 1)
    span = view.current_span()
    assert span == Span(Position(6, offset), Position(6, offset + 10), "\U0001f308 with the")


def test_a_selection_that_grabs_surrounding_space_clips_just_the_words(
    view: ReaderView, post: Post
) -> None:
    text = post.blocks[1].text
    offset = text.index(" reopened ")
    base = block_start(view, 1)
    select(view, base + offset, base + offset + len(" reopened "))
    span = view.current_span()
    assert span is not None
    assert span.text == "reopened"
    assert span.start == Position(1, offset + 1)


def test_a_triple_clicked_paragraph_does_not_run_into_the_next(
    view: ReaderView, post: Post
) -> None:
    select(view, block_start(view, 1), block_start(view, 2))
    span = view.current_span()
    assert span is not None
    assert span.text == post.blocks[1].text
    assert span.end == Position(1, len(post.blocks[1].text))


def test_with_no_selection_the_quote_under_the_cursor_is_the_span(
    view: ReaderView, post: Post
) -> None:
    nested = post.analysis.quotes[2].span
    start, _ = qt_range(view, nested)
    cursor = QTextCursor(view.editor().document())
    cursor.setPosition(start + 3)
    view.editor().setTextCursor(cursor)
    assert view.current_span() == nested  # the innermost quote
    cursor.setPosition(block_start(view, 1) + 3)
    view.editor().setTextCursor(cursor)
    assert view.current_span() is None


def test_clip_current_asks_for_the_span_and_nothing_without_one(
    qtbot: QtBot, view: ReaderView, post: Post
) -> None:
    view.select_quote(4)
    with qtbot.waitSignal(view.clip_requested) as blocker:
        view.clip_current()
    assert blocker.args == [post.analysis.quotes[4].span]
    cursor = QTextCursor(view.editor().document())
    cursor.setPosition(block_start(view, 1))
    view.editor().setTextCursor(cursor)
    with qtbot.assertNotEmitted(view.clip_requested):
        view.clip_current()


def test_show_span_selects_it(view: ReaderView, post: Post) -> None:
    span = post.analysis.mentions[4].span
    view.show_span(span)
    assert view.editor().textCursor().selectedText() == "Associated Press"
    assert view.current_span() == span


def test_clear_forgets_the_post(view: ReaderView) -> None:
    view.clear()
    assert view.post() is None
    assert view.current_span() is None
    assert view.editor().document().isEmpty()


# -- nothing remote, links -----------------------------------------------------


def test_the_posts_own_image_is_shown_and_nothing_else_loads(view: ReaderView, post: Post) -> None:
    image_block = next(i for i, b in enumerate(post.blocks) if b.resource)
    cursor = QTextCursor(view.editor().document())
    cursor.setPosition(block_start(view, image_block) + 1)
    fmt = cursor.charFormat()
    assert fmt.isImageFormat()
    name = fmt.toImageFormat().name()
    loaded = view.editor().loadResource(int(QTextDocument.ResourceType.ImageResource), QUrl(name))
    assert isinstance(loaded, QImage)
    assert loaded.width() == 960
    assert fmt.toImageFormat().width() <= view.editor().viewport().width()
    for remote in (
        "https://tracker.example/pixel.gif",
        "http://cdn.example/photo.jpg",
        "file:///etc/hostname",
        "river_files/bridge.png",
    ):
        assert (
            view.editor().loadResource(int(QTextDocument.ResourceType.ImageResource), QUrl(remote))
            is None
        )


def test_an_image_without_local_bytes_shows_its_alt_text(view: ReaderView, post: Post) -> None:
    remote = next(
        i for i, b in enumerate(post.blocks) if b.kind is BlockKind.IMAGE and not b.resource
    )
    assert view.editor().document().findBlockByNumber(remote).text() == "tracking pixel"


def click_text(qtbot: QtBot, view: ReaderView, qt_position: int) -> None:
    cursor = QTextCursor(view.editor().document())
    cursor.setPosition(qt_position)
    rect = view.editor().cursorRect(cursor)
    point = rect.center()
    point.setX(point.x() + 3)
    qtbot.mouseClick(view.editor().viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_a_web_link_opens_in_the_system_browser_not_in_the_reader(
    qtbot: QtBot, view: ReaderView, post: Post, browser: UrlCatcher
) -> None:
    link = post.blocks[15].links[0]
    view.show_span(Span(Position(15, link.start), Position(15, link.start), ""))
    text_before = view.editor().document().toPlainText()
    click_text(qtbot, view, block_start(view, 15) + link.start + 2)
    assert browser.urls == ["https://council.example.org/bridge-report"]
    assert view.editor().source().isEmpty()
    assert view.editor().document().toPlainText() == text_before
    assert view.post() is post


def test_a_cited_source_opens_the_sources_view(
    qtbot: QtBot, view: ReaderView, post: Post, browser: UrlCatcher
) -> None:
    mention = post.analysis.mentions[4]
    view.show_span(mention.span)
    with qtbot.waitSignal(view.source_activated) as blocker:
        click_text(qtbot, view, view._positions.to_qt(mention.span.start) + 2)
    assert blocker.args == [mention.source]
    assert post.analysis.sources[mention.source].name == "Associated Press"
    assert browser.urls == []


# -- zoom, numbers, clips, find, theme ---------------------------------------


def test_zoom_changes_the_text_size_and_keeps_the_selection(view: ReaderView, post: Post) -> None:
    def sizes() -> tuple[float, float]:
        doc = view.editor().document()
        heading = QTextCursor(doc.findBlockByNumber(0))
        heading.movePosition(QTextCursor.MoveOperation.NextCharacter)
        return doc.defaultFont().pointSizeF(), heading.charFormat().font().pointSizeF()

    body, heading = sizes()
    view.select_quote(1)
    view.zoom_in()
    assert sizes()[0] > body
    assert sizes()[1] > heading
    assert view.current_span() == post.analysis.quotes[1].span
    view.zoom_out()
    view.zoom_out()
    assert sizes()[0] < body
    view.zoom_reset()
    assert sizes() == (body, heading)
    assert quote_at(view, qt_range(view, post.analysis.quotes[0].span)[0]) == 0


def _ink_in_gutter(view: ReaderView) -> int:
    image = view.editor().viewport().grab().toImage()
    background = view.theme().background.rgb()
    right = int(view.editor().column_left) - 4
    count = 0
    for x in range(0, right, 1):
        for y in range(0, image.height(), 2):
            if image.pixel(x, y) != background:
                count += 1
    return count


def test_paragraph_numbers_show_in_the_margin_and_toggle_off(
    qtbot: QtBot, view: ReaderView
) -> None:
    qtbot.wait(10)
    assert view.paragraph_numbers_visible()
    assert _ink_in_gutter(view) > 20
    view.set_paragraph_numbers(False)
    qtbot.wait(10)
    assert not view.paragraph_numbers_visible()
    assert _ink_in_gutter(view) == 0
    view.set_paragraph_numbers(True)
    qtbot.wait(10)
    assert _ink_in_gutter(view) > 20


def make_clip(post: Post, span: Span, clip_id: int = 1) -> Clip:
    return Clip(
        id=clip_id,
        post_id=post.id,
        key=f"clip{clip_id}",
        span=span,
        speaker=None,
        role=None,
        quote_index=None,
        paragraph=span.block,
        note="",
        tags=(),
        created="2026-11-02T10:00:00+00:00",
    )


def test_clipped_passages_are_marked_and_unmarked(view: ReaderView, post: Post) -> None:
    span = post.analysis.quotes[4].span
    other_post = make_clip(post, post.analysis.quotes[0].span, 2)
    other_post = Clip(**{**_fields(other_post), "post_id": post.id + 1})
    view.set_clips([make_clip(post, span), other_post])
    marks = view.editor().extraSelections()
    assert len(marks) == 1
    start, end = qt_range(view, span)
    assert (marks[0].cursor.selectionStart(), marks[0].cursor.selectionEnd()) == (start, end)
    assert marks[0].format.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    view.set_clips([])
    assert view.editor().extraSelections() == []


def _fields(clip: Clip) -> dict[str, object]:
    return {name: getattr(clip, name) for name in Clip.__dataclass_fields__}


def test_clips_given_with_the_post_are_marked_at_once(qtbot: QtBot, post: Post) -> None:
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.show_post(post, [make_clip(post, post.analysis.quotes[0].span)])
    assert len(reader.editor().extraSelections()) == 1
    reader.show_post(post)
    assert reader.editor().extraSelections() == []


def test_find_selects_matches_and_escape_gives_the_keys_back(
    qtbot: QtBot, view: ReaderView
) -> None:
    view.activateWindow()
    view.open_find()
    bar = view.find_bar()
    assert bar.isVisible()
    qtbot.keyClicks(bar.field(), "pier")
    assert bar.match_count() == 3
    assert view.editor().textCursor().selectedText().lower() == "pier"
    first = view.editor().textCursor().selectionStart()
    qtbot.keyClick(bar.field(), Qt.Key.Key_Return)
    assert view.editor().textCursor().selectionStart() > first
    qtbot.keyClick(bar.field(), Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert view.editor().extraSelections() == []


def test_find_reports_no_matches(qtbot: QtBot, view: ReaderView) -> None:
    view.open_find()
    qtbot.keyClicks(view.find_bar().field(), "zeppelin")
    assert view.find_bar().match_count() == 0
    assert view.find_bar().count_text() == "No matches"


def test_find_says_which_match_of_how_many(qtbot: QtBot, view: ReaderView) -> None:
    view.activateWindow()
    view.open_find()
    bar = view.find_bar()
    qtbot.keyClicks(bar.field(), "pier")
    assert bar.count_text() == "1 of 3"
    qtbot.keyClick(bar.field(), Qt.Key.Key_Return)
    assert bar.count_text() == "2 of 3"
    qtbot.keyClick(bar.field(), Qt.Key.Key_Return)
    qtbot.keyClick(bar.field(), Qt.Key.Key_Return)  # wraps to the first
    assert bar.count_text() == "1 of 3"
    qtbot.keyClick(bar.field(), Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count_text() == "3 of 3"


def test_the_focus_goes_to_the_text(qtbot: QtBot, view: ReaderView) -> None:
    assert view.focusProxy() is view.editor()
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(lambda: view.editor().hasFocus())


@pytest.mark.parametrize("scheme", [Qt.ColorScheme.Light, Qt.ColorScheme.Dark])
def test_every_highlight_keeps_the_text_readable(
    qtbot: QtBot, post: Post, scheme: Qt.ColorScheme
) -> None:
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.set_color_scheme(scheme)
    reader.show_post(post)
    theme = reader.theme()
    assert theme.dark == (scheme == Qt.ColorScheme.Dark)
    assert reader.editor().palette().color(QPalette.ColorRole.Base) == theme.background
    for slot in [NO_SPEAKER, *range(len(HUES))]:
        for nested in (False, True):
            background = quote_background(slot, dark=theme.dark, nested=nested)
            assert contrast_ratio(theme.text, background) >= 7.0
        assert contrast_ratio(speaker_swatch(slot, dark=theme.dark), theme.background) >= 3.0
        if slot != NO_SPEAKER:
            assert contrast_ratio(speaker_swatch(slot, dark=theme.dark), theme.background) >= 4.5
    for colour in (theme.link, theme.source, theme.muted):
        assert contrast_ratio(colour, theme.background) >= 3.0


def test_switching_to_dark_recolours_the_open_post(view: ReaderView, post: Post) -> None:
    view.set_color_scheme(Qt.ColorScheme.Light)
    start, _ = qt_range(view, post.analysis.quotes[0].span)
    light = char_format(view, start).background().color().lightness()
    view.set_color_scheme(Qt.ColorScheme.Dark)
    dark = char_format(view, start).background().color().lightness()
    assert dark < light
    assert quote_at(view, start) == 0


@pytest.mark.qt_log_ignore("does not support raise", "does not support propagateSizeHints")
def test_hovering_a_quote_shows_who_said_it(qtbot: QtBot, view: ReaderView, post: Post) -> None:
    start, _ = qt_range(view, post.analysis.quotes[4].span)
    cursor = QTextCursor(view.editor().document())
    cursor.setPosition(start + 5)
    point = view.editor().cursorRect(cursor).center()
    viewport = view.editor().viewport()
    QApplication.sendEvent(
        viewport, QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    )
    qtbot.waitUntil(QToolTip.isVisible)
    assert "<b>Hanna Okafor</b><br>nurse at the district clinic" in QToolTip.text()
    QToolTip.hideText()


def _ink_right_of_column(view: ReaderView) -> int:
    image = view.editor().viewport().grab().toImage()
    background = view.theme().background.rgb()
    left = int(view.editor().column_right) + 4
    return sum(
        1
        for x in range(left, image.width())
        for y in range(0, image.height(), 2)
        if image.pixel(x, y) != background
    )


def test_speaker_names_stand_in_the_right_margin_when_there_is_room(
    qtbot: QtBot, view: ReaderView, post: Post
) -> None:
    view.resize(1200, 700)
    qtbot.wait(10)
    assert _ink_right_of_column(view) > 50
    labels = view.editor().margin_content.labels
    assert [label.text for label in labels][:3] == ["Ilse Brandt", "Tomas Reyes", "Reyes's foreman"]
    view.show_post(replace(post, analysis=Analysis()))
    qtbot.wait(10)
    assert _ink_right_of_column(view) == 0


def test_escape_in_the_text_closes_the_find_bar(qtbot: QtBot, view: ReaderView) -> None:
    view.open_find()
    view.editor().setFocus()
    qtbot.keyClick(view.editor(), Qt.Key.Key_Escape)
    assert not view.find_bar().isVisible()


def test_j_after_selecting_a_quote_by_hand_moves_on(view: ReaderView, post: Post) -> None:
    start, end = qt_range(view, post.analysis.quotes[4].span)
    select(view, start, end)
    view.next_quote()
    assert view.current_quote() == 5


def test_an_image_shrinks_with_a_narrow_window(qtbot: QtBot, view: ReaderView, post: Post) -> None:
    image_block = next(i for i, b in enumerate(post.blocks) if b.resource)

    def width() -> float:
        cursor = QTextCursor(view.editor().document())
        cursor.setPosition(block_start(view, image_block) + 1)
        return cursor.charFormat().toImageFormat().width()

    wide = width()
    view.resize(420, 600)
    qtbot.waitUntil(lambda: width() < wide)
    assert width() <= view.editor().viewport().width() - view.editor().column_left
    view.resize(1000, 600)
    qtbot.waitUntil(lambda: width() == wide)


def test_a_quote_over_two_paragraphs_is_one_span_and_marked_in_both(
    qtbot: QtBot, post: Post
) -> None:
    span = Span(
        Position(1, 4), Position(2, 10), post.blocks[1].text[4:] + "\n" + post.blocks[2].text[:10]
    )
    long = replace(
        post, analysis=replace(post.analysis, quotes=(Quote(span, QuoteKind.BLOCK, None),))
    )
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.show_post(long)
    start, end = qt_range(reader, span)
    assert quote_at(reader, start) == 0
    assert quote_at(reader, end - 1) == 0
    assert quote_at(reader, block_start(reader, 2)) == 0
    reader.next_quote()
    assert reader.current_span() == span
    cursor = QTextCursor(reader.editor().document())
    cursor.setPosition(block_start(reader, 2) + 3)
    reader.editor().setTextCursor(cursor)
    assert reader.current_span() == span


def test_analysis_that_points_outside_the_text_is_shown_without_complaint(
    qtbot: QtBot, post: Post
) -> None:
    far = Span(Position(99, 5), Position(120, 3), "?")
    broken = replace(
        post,
        blocks=(
            *post.blocks[:15],
            replace(post.blocks[15], links=(Link(5, 999, "https://x.example"),)),
        ),
        analysis=Analysis(
            quotes=(
                Quote(far, QuoteKind.INLINE, None, parent=1),
                Quote(Span(Position(1, 50), Position(1, 10), "?"), QuoteKind.NESTED, None, 0),
            ),
            sources=(),
            mentions=(Mention(7, far, MentionKind.CREDIT),),
        ),
    )
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.show_post(broken)
    reader.next_quote()
    reader.previous_quote()
    assert reader.editor().document().blockCount() == len(post.blocks)
    empty = replace(post, blocks=(), analysis=Analysis(), resources=())
    reader.show_post(empty)
    reader.next_quote()
    assert reader.current_span() is None


def test_ctrl_wheel_zooms_the_reader_and_keeps_the_serif_body(
    qtbot: QtBot, view: ReaderView
) -> None:
    family = view.editor().document().defaultFont().family()
    viewport = view.editor().viewport()
    point = viewport.rect().center()
    with qtbot.waitSignal(view.zoom_changed) as blocker:
        event = QWheelEvent(
            QPointF(point),
            QPointF(viewport.mapToGlobal(point)),
            QPoint(0, 0),
            QPoint(0, 120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.ControlModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(viewport, event)
    assert blocker.args[0] > 1.0
    assert view.zoom() > 1.0
    assert view.editor().document().defaultFont().family() == family
    view.set_zoom(50.0)
    assert view.zoom() == 3.0


def test_opening_another_post_keeps_the_find_bar_and_its_matches(
    qtbot: QtBot, view: ReaderView, post: Post
) -> None:
    view.open_find()
    qtbot.keyClicks(view.find_bar().field(), "bridge")
    count = view.find_bar().match_count()
    assert count > 0
    view.show_post(post)
    assert view.find_bar().isVisible()
    assert view.find_bar().match_count() == count
    assert len(view.editor().extraSelections()) == count


def test_a_selection_is_clipped_by_the_library_exactly_as_the_reader_names_it(
    qtbot: QtBot, tmp_path: Path, post: Post
) -> None:
    library = Library.open(tmp_path / "library.sqlite3")
    try:
        stored = library.post(store(library, post, "river.txt"))
        reader = ReaderView()
        qtbot.addWidget(reader)
        reader.show_post(stored)
        start = block_start(reader, 6) + stored.blocks[6].text.index("\U0001f308")
        end = block_start(reader, 8) + stored.blocks[8].text.index(" were")
        select(reader, start + 1, end)  # after the first emoji (two Qt characters)
        with qtbot.waitSignal(reader.clip_requested) as blocker:
            reader.clip_current()
        span = blocker.args[0]
        clip, _ = library.clip(stored.id, span)
        assert clip.span == span
        assert clip.text.startswith("\U0001f308 with the words")
        assert clip.text.endswith("\nWhat residents said\nResidents interviewed by Reuters")
        reader.select_quote(4)
        reader.clip_current()
        quoted, _ = library.clip(stored.id, reader.current_span() or span)
        assert (quoted.speaker, quoted.role) == ("Hanna Okafor", "nurse at the district clinic")
        reader.set_clips(library.clips(post_id=stored.id))
        assert len(reader.editor().extraSelections()) == 2
    finally:
        library.close()


def test_the_current_quotes_speaker_is_named_under_the_text(view: ReaderView, post: Post) -> None:
    line = view.speaker_line()
    assert not line.isVisible()
    view.next_quote()
    assert line.isVisible()
    assert "<b>Ilse Brandt</b>, Mayor" in line.text()
    assert "quotation 1 of 7" in line.text()
    view.select_quote(3)
    assert "speaker unknown" in line.text()
    cursor = QTextCursor(view.editor().document())
    cursor.setPosition(block_start(view, 1))
    view.editor().setTextCursor(cursor)  # the reader clicked elsewhere
    assert not line.isVisible()


def test_speaker_labels_keep_to_the_margin_after_the_reader_widens(
    qtbot: QtBot, view: ReaderView
) -> None:
    """The labels and the header are placed from the column's edges; in a
    narrow reader the margins stay at their least while the width grows, and
    edges left from a narrower width put the names over the text."""
    editor = view.editor()
    for width in range(420, 901, 15):
        view.resize(width, 700)
        qtbot.wait(1)
        frame = editor.document().rootFrame().frameFormat()
        text_right = editor.viewport().width() - frame.rightMargin()
        assert editor.column_right == pytest.approx(text_right, abs=0.5), width
        assert editor.column_left == pytest.approx(frame.leftMargin(), abs=0.5), width
