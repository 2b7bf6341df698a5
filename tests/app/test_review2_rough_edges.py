"""Rough edges a researcher's walk through the window found (stop 21,
second round): each test is what a user meets, on the real window."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from quotemark.app.dialogs.export import ask_overwrite
from quotemark.app.dialogs.restore import RestoreDialog
from quotemark.app.main_window import MainWindow
from quotemark.app.reader.view import ReaderView
from quotemark.library.model import Position, Quote, QuoteKind, Span
from quotemark.library.service import Library
from tests.app.conftest import shown
from tests.app.test_main_window_support import open_ferry, press
from tests.fixtures.gui.posts import river_post

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise"),
]


def _answer_box(answer: Callable[[QMessageBox], None], seen: list[QMessageBox]) -> None:
    """Answer the confirmation box once it is up (it runs its own loop)."""

    def now() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box)
        answer(box)

    QTimer.singleShot(150, now)


def _button(box: QMessageBox, text: str) -> QAbstractButton:
    found = [b for b in box.buttons() if b.text().replace("&", "") == text]
    if not found:  # close rather than leave the test waiting on the box
        box.reject()
    return found[0]


def test_deleting_a_post_names_the_action_and_escape_keeps_the_post(
    qtbot: QtBot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    """The question says what goes and that Undo brings it back; its
    buttons are "Delete Post" and Cancel, and Enter or Escape keep the post."""
    open_ferry(qtbot, window, tmp_path)
    press(qtbot, "J")
    press(qtbot, "Ctrl+Shift+C")
    assert len(library.clips()) == 1
    seen: list[QMessageBox] = []
    read: dict[str, object] = {}

    def read_then_escape(box: QMessageBox) -> None:
        cancel = box.button(QMessageBox.StandardButton.Cancel)
        read["text"] = box.text()
        read["buttons"] = sorted(b.text().replace("&", "") for b in box.buttons())
        read["default is cancel"] = cancel is not None and box.defaultButton() is cancel
        read["escape is cancel"] = cancel is not None and box.escapeButton() is cancel
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    _answer_box(read_then_escape, seen)
    window.registry["file.delete_post"].trigger()
    assert len(seen) == 1
    assert len(library.posts()) == 1
    assert len(library.clips()) == 1
    assert read["buttons"] == ["Cancel", "Delete Post"]
    assert read["default is cancel"]
    assert read["escape is cancel"]
    assert "its 1 clip will be deleted" in str(read["text"])
    assert "Undo (Ctrl+Z) brings them back" in str(read["text"])

    _answer_box(lambda box: qtbot.keyClick(box, Qt.Key.Key_Return), seen)
    window.registry["file.delete_post"].trigger()
    assert len(library.posts()) == 1  # Enter answers Cancel, the default

    _answer_box(lambda box: _button(box, "Delete Post").click(), seen)
    window.registry["file.delete_post"].trigger()
    assert library.posts() == []
    assert library.clips() == []
    window.undo_stack.undo()
    assert len(library.posts()) == 1
    assert len(library.clips()) == 1


def test_replacing_an_export_file_names_the_action(qtbot: QtBot, window: MainWindow) -> None:
    seen: list[QMessageBox] = []
    _answer_box(lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape), seen)
    assert not ask_overwrite(window, Path("/tmp/library.bib"))
    box = seen[0]
    assert sorted(b.text().replace("&", "") for b in box.buttons()) == ["Cancel", "Replace"]
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert box.escapeButton() is box.defaultButton()

    _answer_box(lambda box: _button(box, "Replace").click(), seen)
    assert ask_overwrite(window, Path("/tmp/library.bib"))


def test_the_info_tab_tags_and_note_line_up_with_the_fields_above(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The Tags and Note labels start where Title and the other labels do,
    and their fields end where the fields above end."""
    open_ferry(qtbot, window, tmp_path)
    window.side_tabs.setCurrentWidget(window.info_panel)
    info, notes = window.info_panel, window.notes_panel
    qtbot.waitUntil(notes.tags_edit.isVisible)

    def left(widget: QWidget) -> int:
        return widget.mapTo(info, QPoint(0, 0)).x()

    title = info.fields["title"]
    labels = [label for label in info.findChildren(QLabel) if label.buddy() is title]
    assert len(labels) == 1
    assert left(notes.tags_label) == left(labels[0])
    assert left(notes.note_label) == left(labels[0])
    right = left(title) + title.width()
    assert left(notes.tags_edit) + notes.tags_edit.width() == right
    assert left(notes.pages) + notes.pages.width() == right


def _tab_stops(qtbot: QtBot, reader: ReaderView) -> list[tuple[int, str]]:
    """(start, text) of the link each Tab selects, once round the reader's
    text (until the focus leaves it)."""
    editor = reader.editor()
    reader.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    stops: list[tuple[int, str]] = []
    for _ in range(20):
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
        cursor = editor.textCursor()
        if QApplication.focusWidget() is not editor or not cursor.hasSelection():
            break
        stops.append((cursor.selectionStart(), cursor.selectedText()))
    return stops


def test_tab_stops_once_per_link_even_when_a_quote_splits_it(qtbot: QtBot) -> None:
    """The review saw "Valley Courier" and "Reuters" twice in a row: they
    are cited twice each (a sentence and a photo credit). Every mention is
    one stop, also one whose format a quotation's edge splits in two, and
    Enter on it lists the source."""
    post = river_post()
    engineer = post.blocks[3].text
    start = engineer.index("according to the Valley")
    half = Span(Position(3, start), Position(3, start + 23), engineer[start : start + 23])
    split = dataclasses.replace(
        post,
        analysis=dataclasses.replace(
            post.analysis, quotes=(*post.analysis.quotes, Quote(half, QuoteKind.INLINE, None))
        ),
    )
    reader = ReaderView()
    shown(qtbot, reader, 900, 700).show_post(split)
    stops = _tab_stops(qtbot, reader)
    assert [text for _, text in stops] == [
        *("Valley Courier", "Valley Courier", "Reuters", "Reuters"),
        *("its website", "Associated Press"),
    ]
    assert len({start for start, _ in stops}) == len(stops)  # six places, none twice

    opened: list[int] = []
    reader.source_activated.connect(opened.append)
    reader.editor().setFocus()
    reader.editor().moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClick(reader.editor(), Qt.Key.Key_Tab)
    qtbot.keyClick(reader.editor(), Qt.Key.Key_Return)
    assert opened == [0]  # the Valley Courier


def test_restoring_a_backup_names_the_action_and_cancel_is_the_default(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = RestoreDialog(window.controller, window)
    qtbot.addWidget(dialog)
    read: dict[str, object] = {}

    def read_then_enter(box: QMessageBox) -> None:
        read["buttons"] = sorted(b.text().replace("&", "") for b in box.buttons())
        read["text"] = box.text()
        qtbot.keyClick(box, Qt.Key.Key_Return)  # the default: Cancel

    seen: list[QMessageBox] = []
    _answer_box(read_then_enter, seen)
    assert not dialog.confirm(Path("quotemark-2026-12-01.sqlite"))
    assert read["buttons"] == ["Cancel", "Restore"]
    assert "set aside in a backup of its own" in str(read["text"])


@pytest.mark.ferry_and_garden
def test_deleting_several_posts_counts_them_on_the_button(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    ids = [summary.id for summary in library.posts()]
    for post_id in ids:
        library.clip(post_id, library.post(post_id).analysis.quotes[0].span)
    read: dict[str, object] = {}

    def read_then_escape(box: QMessageBox) -> None:
        read["buttons"] = sorted(b.text().replace("&", "") for b in box.buttons())
        read["text"] = box.text()
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    seen: list[QMessageBox] = []
    _answer_box(read_then_escape, seen)
    assert window.controller.delete_posts_asking(ids, window.confirm) == ""
    assert read["buttons"] == ["Cancel", "Delete 2 Posts"]
    assert "These 2 posts and their 2 clips will be deleted." in str(read["text"])
    assert len(library.posts()) == 2
