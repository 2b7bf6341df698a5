"""The reader tells the researcher's own paragraphs apart, and a removed
passage can be brought back, in the window offscreen: a passage added back
from the original page gets a dotted mark in the margin (visible in every
theme) and is named in the text's accessible description; the Review tab
lists the body corrections, and Enter on a removed passage restores it as
one undoable step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quotemark.app.controller import Controller
from quotemark.app.main_window import MainWindow
from quotemark.app.reader import theme
from quotemark.app.reader.highlight import contrast_ratio
from quotemark.library.operations import AddPassage
from quotemark.library.service import Library
from tests.app.test_main_window_support import show
from tests.library.test_body_corrections import CHROME, DROPPED, PAGE

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot: QtBot, library: Library, tmp_path: Path) -> MainWindow:
    """The window with the harbour post open (a pull-out dropped, a Share
    line kept)."""
    path = tmp_path / "harbour.html"
    path.write_text(PAGE, encoding="utf-8")
    post_id = library.import_paths([path]).results[0].post_id
    assert post_id is not None
    window = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    window.resize(1200, 800)
    assert window.open_post(post_id)
    return window


def _reader_text(window: MainWindow) -> str:
    return window.reader.editor().toPlainText()


def _mark_pixels(window: MainWindow) -> int:
    """Pixels of the reader's viewport in the added-paragraph colour."""
    colour = window.reader._theme.added.rgb()
    image = window.reader.editor().viewport().grab().toImage()
    return sum(
        1
        for y in range(0, image.height())
        for x in range(0, image.width() // 3)
        if image.pixel(x, y) == colour
    )


def test_the_mark_stands_out_from_the_page_in_every_theme() -> None:
    for chosen in (theme.LIGHT, theme.DARK, theme.HIGH_CONTRAST):
        assert contrast_ratio(chosen.added, chosen.background) >= 3.0
        # Not the clip bar's colour: the two marks sit side by side.
        assert chosen.added != chosen.clip


def test_an_added_paragraph_is_marked_and_named(qtbot: QtBot, window: MainWindow) -> None:
    post = window.current_post()
    assert post is not None
    assert window.reader.added() == frozenset()
    assert _mark_pixels(window) == 0
    window.controller.run(AddPassage(post.id, DROPPED))
    qtbot.waitUntil(lambda: DROPPED in _reader_text(window), timeout=5000)
    post = window.current_post()
    assert post is not None
    at = next(i for i, block in enumerate(post.blocks) if block.text == DROPPED)
    assert window.reader.added() == frozenset({at})
    description = window.reader.editor().accessibleDescription()
    assert "was added by you from the original page" in description
    qtbot.waitUntil(lambda: _mark_pixels(window) > 0, timeout=5000)
    entries = window.body_commands.corrections
    assert entries.isVisibleTo(window.review_panel)
    assert "Added from the original page" in entries.list.item(0).text()
    # Undo: the paragraph and its mark go.
    window.undo()
    qtbot.waitUntil(lambda: DROPPED not in _reader_text(window), timeout=5000)
    assert window.reader.added() == frozenset()
    assert "added by you" not in window.reader.editor().accessibleDescription()
    assert window.reader.editor().accessibleDescription()  # the text's own stays
    assert not entries.isVisibleTo(window.review_panel)


def test_a_removed_passage_is_restored_from_the_review_tab_by_keyboard(
    qtbot: QtBot, window: MainWindow
) -> None:
    editor = window.reader.editor()
    found = editor.document().find(CHROME)
    editor.setTextCursor(found)
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_X, CTRL_SHIFT)
    qtbot.waitUntil(lambda: CHROME not in _reader_text(window), timeout=5000)
    qtbot.waitUntil(lambda: window.body_commands.job() is None, timeout=5000)
    window.side_tabs.setCurrentWidget(window.review_panel)
    entries = window.body_commands.corrections
    assert entries.isVisible()
    assert len(entries.removed_ids()) == 1
    assert CHROME in entries.list.item(0).text()
    entries.list.setFocus()
    entries.list.setCurrentRow(0)
    assert entries.restore.isEnabled()
    qtbot.keyClick(entries.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: CHROME in _reader_text(window), timeout=5000)
    qtbot.waitUntil(lambda: window.body_commands.job() is None, timeout=5000)
    assert window.undo_stack.undoText().startswith("Restore removed passage")
    assert not entries.isVisible()  # nothing left to list
    # Undo puts the removal back, listed again.
    window.undo()
    qtbot.waitUntil(lambda: CHROME not in _reader_text(window), timeout=5000)
    assert len(entries.removed_ids()) == 1
