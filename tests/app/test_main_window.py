"""The real main window on a real library (SQLite in $QUOTEMARK_HOME),
driven as a user would: keys, clicks, drops."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from quotemark.app.main_window import MainWindow
from quotemark.app.reader.highlight import QUOTE_PROPERTY
from quotemark.library.service import ImportStatus, Library
from tests.app.test_main_window_support import (
    FERRY_POST,
    GARDEN_POST,
    focused_in,
    import_and_wait,
    press,
    write_post,
)

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def ferry(tmp_path: Path) -> Path:
    return write_post(tmp_path, "ferry.txt", FERRY_POST)


@pytest.fixture
def opened(qtbot: QtBot, window: MainWindow, ferry: Path) -> MainWindow:
    report = import_and_wait(qtbot, window, [ferry])
    assert [r.status for r in report.results] == [ImportStatus.IMPORTED]
    qtbot.waitUntil(lambda: window.current_post() is not None)
    return window


def quote_ranges(window: MainWindow) -> list[tuple[int, str]]:
    """(quote index, text) of every run of text carrying a quote format."""
    doc = window.reader.editor().document()
    runs: list[tuple[int, str]] = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            value = fragment.charFormat().property(QUOTE_PROPERTY)
            if isinstance(value, int):
                runs.append((value, fragment.text()))
            it += 1
        block = block.next()
    return runs


def test_an_empty_library_shows_the_welcome_view(window: MainWindow) -> None:
    assert window.showing_welcome()
    assert window.windowTitle() == "Quotemark"
    assert window.welcome.import_button.isVisible()
    assert window.welcome.sample_button.isVisible()


def test_the_sample_button_opens_the_sample_post_in_the_reader(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    with qtbot.waitSignal(window.post_opened, timeout=30_000):
        qtbot.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
    post = window.current_post()
    assert post is not None
    assert not window.showing_welcome()
    assert window.windowTitle() == f"{post.metadata.title} — Quotemark"
    assert [p.id for p in library.posts()] == [post.id]
    assert focused_in(window.reader.editor())


def test_an_imported_post_opens_with_its_quotes_highlighted_and_the_reader_focused(
    opened: MainWindow,
) -> None:
    post = opened.current_post()
    assert post is not None
    assert post.metadata.title == "The Harbour Ferry Sails at Night Again"
    assert opened.windowTitle() == "The Harbour Ferry Sails at Night Again — Quotemark"
    assert focused_in(opened.reader.editor())
    runs = quote_ranges(opened)
    highlighted = "".join(text for _, text in runs)
    assert "We waited a long time for this" in highlighted
    assert "It is a lifeline" in highlighted
    # Narrative text is not a quote.
    assert "ministry said the route" not in highlighted
    assert opened.library_pane.post_count() == 1


def test_j_then_ctrl_shift_c_clips_the_quote_with_its_speaker_and_undo_removes_it(
    qtbot: QtBot, opened: MainWindow, library: Library
) -> None:
    press(qtbot, "J")
    span = opened.reader.current_span()
    assert span is not None
    assert "We waited a long time for this" in span.text
    press(qtbot, "Ctrl+Shift+C")
    clips = library.clips()
    assert len(clips) == 1
    assert clips[0].speaker == "Mara Holm"
    assert "We waited a long time for this" in clips[0].text
    message = opened.statusBar().currentMessage()
    assert message.startswith("Clipped ")
    assert "“The Harbour Ferry Sails at Night Again”" in message
    assert opened.clips_panel.model.rowCount() == 1
    assert opened.library_pane.model.summary(0).clip_count == 1
    assert opened.counts_label.text() == "1 post · 1 clip"
    key = clips[0].key

    press(qtbot, "Ctrl+Z")
    assert library.clips() == []
    assert opened.clips_panel.model.rowCount() == 0
    press(qtbot, "Ctrl+Shift+Z")
    restored = library.clips()
    assert [c.key for c in restored] == [key]
    assert restored[0].speaker == "Mara Holm"


def test_k_goes_back_to_the_previous_quote(qtbot: QtBot, opened: MainWindow) -> None:
    press(qtbot, "J")
    press(qtbot, "J")
    second = opened.reader.current_span()
    assert second is not None
    assert "lifeline" in second.text
    press(qtbot, "K")
    first = opened.reader.current_span()
    assert first is not None
    assert "We waited" in first.text


def test_j_typed_in_the_search_box_is_text_not_a_quote_jump(
    qtbot: QtBot, opened: MainWindow
) -> None:
    press(qtbot, "Ctrl+K")
    assert focused_in(opened.library_pane.search_box)
    qtbot.keyClicks(opened.library_pane.search_box, "jk")
    assert opened.library_pane.search_box.text() == "jk"
    assert opened.reader.current_quote() is None


def test_ctrl_shift_c_with_nothing_selected_outside_a_quote_says_so(
    qtbot: QtBot, opened: MainWindow, library: Library
) -> None:
    cursor = opened.reader.editor().textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    opened.reader.editor().setTextCursor(cursor)
    press(qtbot, "Ctrl+Shift+C")
    assert library.clips() == []
    assert "Select a passage" in opened.statusBar().currentMessage()


def test_delete_in_the_clips_panel_deletes_and_ctrl_z_restores(
    qtbot: QtBot, opened: MainWindow, library: Library
) -> None:
    press(qtbot, "J")
    press(qtbot, "Ctrl+Shift+C")
    clip = library.clips()[0]
    opened.side_tabs.setCurrentWidget(opened.clips_panel)
    opened.clips_panel.view.setFocus()
    opened.clips_panel.select_clip(clip.id)
    press(qtbot, "Delete")
    assert library.clips() == []
    assert "Deleted a clip" in opened.statusBar().currentMessage()
    press(qtbot, "Ctrl+Z")
    assert [c.key for c in library.clips()] == [clip.key]
    assert opened.clips_panel.model.rowCount() == 1


def test_dropping_files_on_the_window_imports_them(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, library: Library
) -> None:
    files = [
        write_post(tmp_path, "ferry.txt", FERRY_POST),
        write_post(tmp_path, "garden.txt", GARDEN_POST),
    ]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    where = QPointF(window.rect().center())
    enter = QDragEnterEvent(
        QPoint(int(where.x()), int(where.y())),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        where,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.import_finished, timeout=30_000):
        QApplication.sendEvent(window, drop)
    titles = sorted(p.title for p in library.posts())
    assert titles == [
        "Allotment Gardens Open a Waiting List",
        "The Harbour Ferry Sails at Night Again",
    ]
    assert window.library_pane.post_count() == 2
    assert not window.showing_welcome()


def test_reimporting_a_post_opens_the_one_already_there(
    qtbot: QtBot, opened: MainWindow, ferry: Path, library: Library
) -> None:
    first = opened.current_post()
    assert first is not None
    opened.close_post()
    report = import_and_wait(qtbot, opened, [ferry])
    assert [r.status for r in report.results] == [ImportStatus.DUPLICATE]
    current = opened.current_post()
    assert current is not None
    assert current.id == first.id
    assert len(library.posts()) == 1


def test_a_failed_file_is_listed_with_its_problem(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    good = write_post(tmp_path, "ferry.txt", FERRY_POST)
    report = import_and_wait(qtbot, window, [empty, good], open_first=False)
    assert [r.status for r in report.results] == [ImportStatus.FAILED, ImportStatus.IMPORTED]
    from quotemark.app.dialogs.import_report import ImportReportDialog

    dialog = window.findChild(ImportReportDialog)
    assert dialog is not None
    assert dialog.isVisible()
    rows = dialog.failed_files()
    assert [name for name, _ in rows] == ["empty.html"]
    assert rows[0][1]  # the reason the core gave
    assert "could not be imported" in window.statusBar().currentMessage()
    # The line stays after the report closes: it names the file.
    assert "(empty.html)" in window.statusBar().currentMessage()
    dialog.close()


def test_deleting_a_post_with_clips_asks_first_and_undo_brings_it_back(
    qtbot: QtBot, opened: MainWindow, library: Library
) -> None:
    press(qtbot, "J")
    press(qtbot, "Ctrl+Shift+C")
    answers = ["Cancel", "Delete Post"]
    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        chosen = answers.pop(0)
        next(b for b in box.buttons() if b.text().replace("&", "") == chosen).click()

    QTimer.singleShot(150, answer)
    opened.registry["file.delete_post"].trigger()
    assert len(library.posts()) == 1  # cancelled
    assert "1 clip" in asked[0]
    QTimer.singleShot(150, answer)
    opened.registry["file.delete_post"].trigger()
    assert library.posts() == []
    assert library.clips() == []
    assert opened.current_post() is None
    assert opened.windowTitle() == "Quotemark"
    opened.undo_stack.undo()
    assert len(library.posts()) == 1
    assert len(library.clips()) == 1


def test_zoom_and_paragraph_number_actions_reach_the_reader(
    qtbot: QtBot, opened: MainWindow
) -> None:
    before = opened.reader.zoom()
    press(qtbot, "Ctrl+=")
    assert opened.reader.zoom() > before
    press(qtbot, "Ctrl+0")
    assert opened.reader.zoom() == before
    shown = opened.reader.paragraph_numbers_visible()
    opened.registry["view.paragraph_numbers"].trigger()
    assert opened.reader.paragraph_numbers_visible() is not shown


def test_ctrl_f_opens_the_find_bar(qtbot: QtBot, opened: MainWindow) -> None:
    press(qtbot, "Ctrl+F")
    assert opened.reader.find_bar().isVisible()


def test_j_typed_in_a_clip_note_is_text_not_a_quote_jump(
    qtbot: QtBot, opened: MainWindow, library: Library
) -> None:
    press(qtbot, "J")
    press(qtbot, "Ctrl+Shift+C")
    before = opened.reader.current_quote()
    opened.side_tabs.setCurrentWidget(opened.clips_panel)
    opened.clips_panel.select_clip(library.clips()[0].id)
    note = opened.clips_panel.note_edit
    note.setFocus()
    qtbot.keyClicks(note, "jk")
    qtbot.keyClick(note, Qt.Key.Key_Return)
    assert library.clips()[0].note == "jk"
    assert opened.reader.current_quote() == before


def test_the_library_can_list_only_posts_citing_a_source(
    qtbot: QtBot, opened: MainWindow, library: Library
) -> None:
    with qtbot.waitSignal(opened.import_finished, timeout=30_000):
        opened.open_sample()
    sources = library.sources(post_id=opened.current_post().id)  # type: ignore[union-attr]
    assert sources, "the sample post cites sources"
    pane = opened.library_pane
    index = pane.filter_box.findData(f"source:{sources[0].id}")
    assert index > 0
    pane.filter_box.setCurrentIndex(index)
    pane.filter_box.activated.emit(index)
    listed = [pane.model.summary(r).id for r in range(pane.model.rowCount())]
    assert opened.current_post().id in listed  # type: ignore[union-attr]
    ferry = next(p.id for p in library.posts() if p.title.startswith("The Harbour"))
    assert ferry not in listed


def test_delete_leaves_a_clip_alone_while_the_clips_tab_is_hidden(
    qtbot: QtBot, opened: MainWindow, library: Library
) -> None:
    press(qtbot, "J")
    press(qtbot, "Ctrl+Shift+C")
    opened.side_tabs.setCurrentWidget(opened.quotes_panel)
    opened.focus_reader()
    press(qtbot, "Delete")
    assert len(library.clips()) == 1


def test_an_undo_the_library_refuses_is_explained_not_raised(
    qtbot: QtBot, opened: MainWindow, library: Library
) -> None:
    press(qtbot, "J")
    press(qtbot, "Ctrl+Shift+C")
    post = opened.current_post()
    assert post is not None
    library.delete_post(post.id, force=True)  # behind the window's back
    press(qtbot, "Ctrl+Z")
    assert opened.last_error
    assert "clip" in opened.last_error.lower()
    boxes = [b for b in opened.findChildren(QMessageBox) if b.isVisible()]
    assert boxes
    for box in boxes:
        box.close()
