"""Citation fields the extractor was unsure of, in the window offscreen:
the Info tab names them, the Review tab lists them after the quotes,
Shift+J steps onto them, Ctrl+Shift+A accepts one, F2 edits one in the
Info tab, and Ctrl+Z takes a correction back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quotemark.app.controller import Controller
from quotemark.app.main_window import MainWindow
from quotemark.library.service import Library
from tests.app.test_main_window_support import show
from tests.library.test_field_confidence import SEEN, STATED

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def _open(qtbot: QtBot, library: Library, tmp_path: Path, html: str) -> MainWindow:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    post_id = library.import_paths([path]).results[0].post_id
    assert post_id is not None
    window = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    assert window.open_post(post_id)
    return window


def test_unsure_fields_are_named_stepped_accepted_and_edited(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    window = _open(qtbot, library, tmp_path, SEEN)
    review = window.review_panel
    info = window.info_panel
    assert review.fields() == ["authors", "published"]
    assert "authors (60%)" in info.unsure.text()
    assert "date (60%)" in info.unsure.text()
    assert "unsure" in info.authors.accessibleDescription()
    editor = window.reader.editor()
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_J, Qt.KeyboardModifier.ShiftModifier)
    assert review.current_field() == "authors"
    assert "the authors" in window.statusBar().currentMessage()
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(editor, Qt.Key.Key_A, ctrl_shift)
    qtbot.waitUntil(lambda: review.fields() == ["published"], timeout=5000)
    assert "authors" not in info.unsure.text()
    qtbot.keyClick(editor, Qt.Key.Key_J, Qt.KeyboardModifier.ShiftModifier)
    assert review.current_field() == "published"
    qtbot.keyClick(editor, Qt.Key.Key_F2)
    date = info.fields["published"]
    assert date.hasFocus()
    date.selectAll()
    qtbot.keyClicks(date, "2024-03-11")
    qtbot.keyClick(date, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: review.fields() == [], timeout=5000)
    assert not info.unsure.isVisible()
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: review.fields() == ["published"], timeout=5000)


def test_a_page_that_states_its_metadata_has_nothing_to_check(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    window = _open(qtbot, library, tmp_path, STATED)
    assert window.review_panel.fields() == []
    assert not window.info_panel.unsure.isVisible()


@pytest.mark.sqlite_only("it blanks the confidence column as a post stored before version 9")
def test_a_post_stored_before_the_fields_were_rated_says_so(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    path = tmp_path / "page.html"
    path.write_text(SEEN, encoding="utf-8")
    post_id = library.import_paths([path]).results[0].post_id
    assert post_id is not None
    file = library.path
    library.close()
    conn = sqlite3.connect(file)
    conn.execute("UPDATE posts SET confidence = NULL")
    conn.commit()
    conn.close()
    with Library.open(file) as reopened:
        window = show(qtbot, MainWindow(Controller(reopened, poll_ms=0)))
        assert window.open_post(post_id)
        info = window.info_panel
        # No field is marked, and the tab says that is not "sure".
        assert window.review_panel.fields() == []
        assert info.unsure.isVisibleTo(info)
        assert "Not rated" in info.unsure.text()
        assert "Re-extract" in info.unsure.text()
        window.registry["file.reextract_post"].trigger()
        qtbot.waitUntil(lambda: window.review_panel.fields() == ["authors", "published"])
        assert "Not rated" not in info.unsure.text()
        assert "authors (60%)" in info.unsure.text()
        window.close()


def test_a_quote_key_on_a_field_entry_of_the_review_list_falls_back_to_the_reader(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    # With a citation field's entry current in the Review list, a key about
    # a quote (here Ctrl+Shift+J, join with the next) used to index past
    # the quotes and raise; it now acts on the quote under the reader's
    # cursor, or says there is none.
    window = _open(qtbot, library, tmp_path, SEEN)
    review = window.review_panel
    window.side_tabs.setCurrentWidget(review)
    review.select_field("authors")
    review.list.setFocus()
    assert review.list.hasFocus()
    assert review.current_field() == "authors"
    from_review = window.corrections.target_quote()
    window.reader.editor().setFocus()
    assert from_review == window.corrections.target_quote()


def test_a_post_with_no_author_or_date_says_the_citation_goes_without(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    # Nothing uncertain to list (the extractor is sure there is none), yet a
    # citation of it lacks its author and date: the Review tab says so.
    path = tmp_path / "notes.txt"
    path.write_text(
        "Notes from the pier\n\n\u201cThe lights are out again,\u201d a ferry hand said."
        " Nobody on the board answered.\n\nThe pier office was closed.\n",
        encoding="utf-8",
    )
    post_id = library.import_paths([path]).results[0].post_id
    assert post_id is not None
    window = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    assert window.open_post(post_id)
    review = window.review_panel
    assert "authors" not in review.fields()
    assert "published" not in review.fields()
    assert "No author or date found" in review.summary.text()
    assert "Info tab" in review.summary.text()
    # A page that states both has no such line.
    other = _open(qtbot, library, tmp_path, STATED)
    assert "found on the page" not in other.review_panel.summary.text()
