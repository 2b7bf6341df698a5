"""What the researcher's afternoon left (stop 40, s40-ui3), through a real
window (offscreen): the New collection and Add to collection fields have a
name of their own; each side tab has its own keys (Ctrl+Alt+1 to 5), shown
in its tooltip and the shortcuts sheet; the search text comes back after a
restart with the list it filtered; the Sources tab lists each linked
document by its link text under its site."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quotemark.app.main_window import MainWindow
from quotemark.app.panels.source_lists import DOCUMENT_TEXT_ROLE
from quotemark.library.service import Library
from tests.app.test_main_window_support import open_ferry, press

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def _answer(qtbot: QtBot, seen: list[tuple[str, str]], text: str = "") -> None:
    """Note the focused field's accessible name and description in the next
    dialog, then type ``text`` (or nothing) and press Return."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        field = QApplication.focusWidget()
        if dialog is None or field is None or not dialog.isAncestorOf(field):
            QTimer.singleShot(20, act)
            return
        seen.append((field.accessibleName(), field.accessibleDescription()))
        if text:
            qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)

    QTimer.singleShot(0, act)


def test_the_collection_dialogs_fields_have_names_of_their_own(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    open_ferry(qtbot, window, tmp_path)
    window.focus_reader()
    seen: list[tuple[str, str]] = []
    _answer(qtbot, seen, "Harbour piece")
    press(qtbot, "Ctrl+Shift+N")
    qtbot.waitUntil(lambda: window.controller.collections() != [])
    assert seen[0][0].startswith("Name of the new collection")
    assert "Enter" in seen[0][1]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.reader.editor())
    window.library_pane.view.setFocus()
    window.library_pane.view.selectRow(0)
    _answer(qtbot, seen)
    press(qtbot, "Ctrl+Shift+L")
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen[1][0]
    assert not seen[1][0].endswith(":")
    assert "Up and Down" in seen[1][1]
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


def test_each_side_tab_has_its_own_keys_named_in_its_tooltip_and_the_sheet(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from quotemark.app.dialogs.shortcuts import ShortcutsDialog

    open_ferry(qtbot, window, tmp_path)
    window.focus_reader()
    tabs = window.side_tabs
    for keys, page in (
        ("Ctrl+Alt+3", window.clips_panel),
        ("Ctrl+Alt+2", window.sources_panel),
        ("Ctrl+Alt+5", window.review_panel),
        ("Ctrl+Alt+1", window.quotes_panel),
        ("Ctrl+Alt+4", window.info_panel),
    ):
        press(qtbot, keys)
        assert tabs.currentWidget() is page
        # The keyboard in the tab, not left in the reader.
        focus = QApplication.focusWidget()
        assert focus is not None
        assert page.isAncestorOf(focus) or focus is tabs.tabBar()
    clips = tabs.indexOf(window.clips_panel)
    assert "Ctrl+Alt+3" in tabs.tabBar().tabToolTip(clips)
    assert tabs.tabBar().tabToolTip(clips).startswith("Clips of the open post")
    sheet = ShortcutsDialog(window.registry, window)
    qtbot.addWidget(sheet)
    rows = dict(sheet.rows())
    assert rows["Clips tab"] == "Ctrl+Alt+3"
    assert rows["Reader: the post's next or previous link"] == "Tab, Shift+Tab"
    assert rows["Reader: open the selected link"] == "Enter"


def test_a_side_tab_key_remapped_is_named_in_the_tooltip(qtbot: QtBot, window: MainWindow) -> None:
    window.registry.set_keys("view.tab_clips", ["Ctrl+Alt+9"])
    clips = window.side_tabs.indexOf(window.clips_panel)
    assert "Ctrl+Alt+9" in window.side_tabs.tabBar().tabToolTip(clips)
    window.registry.set_keys("view.tab_clips", [])
    assert "Ctrl+Alt" not in window.side_tabs.tabBar().tabToolTip(clips)


def test_the_search_comes_back_after_a_restart_with_the_list_it_filtered(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    from quotemark.app.controller import Controller
    from tests.app.test_main_window_support import (
        FERRY_POST,
        GARDEN,
        GARDEN_POST,
        import_and_wait,
        show,
        write_post,
    )

    first = show(qtbot, MainWindow(Controller(library)))
    posts = [
        write_post(tmp_path, "ferry.txt", FERRY_POST),
        write_post(tmp_path, "garden.txt", GARDEN_POST),
    ]
    import_and_wait(qtbot, first, posts)
    press(qtbot, "Ctrl+K")
    qtbot.keyClicks(first.library_pane.search_box, "allotment")
    qtbot.keyClick(first.library_pane.search_box, Qt.Key.Key_Return)
    assert _titles(first) == [GARDEN]
    first.close()

    second = show(qtbot, MainWindow(Controller(library)))
    assert second.library_pane.search_box.text() == "allotment"
    assert _titles(second) == [GARDEN]
    # Cleared, it stays cleared next run (must not come back).
    second.library_pane.search_box.clear()
    second.library_pane.refresh()
    assert len(_titles(second)) == 2
    second.close()
    third = show(qtbot, MainWindow(Controller(library)))
    assert third.library_pane.search_box.text() == ""
    assert len(_titles(third)) == 2


def _titles(window: MainWindow) -> list[str]:
    model = window.library_pane.model
    return sorted(str(model.index(row, 0).data()) for row in range(model.rowCount()))


HARBOUR_PAGE = """<!doctype html><html><head><title>The Pier Vote</title></head><body>
<article><h1>The Pier Vote</h1>
<p>The harbour board voted on the pier on Tuesday. Ada Lind read
<a href="https://example.org/board/minutes.pdf">the minutes</a> aloud, and the
members passed round <a href="https://www.example.org/letters/hale">a letter to the
board</a> from Tom Hale, who has fished from the pier for forty years.</p>
<p>"The pier is older than all of us," Hale said. The board will meet again in May,
and <a href="https://example.org/board/minutes.pdf#vote">the minutes</a> list the
members who voted.</p>
</article></body></html>
"""


def open_pier(qtbot: QtBot, window: MainWindow, folder: Path) -> None:
    """Import the pier page (two links to one document, one to another, on
    one site) through the window, with the keyboard in the reader."""
    from tests.app.test_main_window_support import import_and_wait

    page = folder / "pier.html"
    page.write_text(HARBOUR_PAGE, encoding="utf-8")
    import_and_wait(qtbot, window, [page])
    qtbot.waitUntil(lambda: window.current_post() is not None)
    window.focus_reader()


def test_the_sources_tab_lists_each_linked_document_under_its_site(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    open_pier(qtbot, window, tmp_path)
    press(qtbot, "Ctrl+Alt+2")
    tree = window.sources_panel.sources_list()
    sites = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    site = next(item for item in sites if item is not None and item.text(0) == "example.org")
    documents = [site.child(i) for i in range(site.childCount())]
    # One row per document, by its link's words, how often linked, its address.
    # (The words alone in their role: the row reads "the minutes · 2 links", s41.)
    assert [(d.data(0, DOCUMENT_TEXT_ROLE), d.text(2)) for d in documents] == [
        ("the minutes", "2"),
        ("a letter to the board", "1"),
    ]
    assert "https://www.example.org/letters/hale" in documents[1].toolTip(0)
    assert site.isExpanded()
    # Chosen by keyboard, the document's links in this post are listed;
    # the corrections still act on the site (the library's source).
    tree.setFocus()
    tree.setCurrentItem(site)
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentItem() is documents[1]
    assert "a letter to the board" in window.sources_panel.citations_heading()
    assert len(window.sources_panel.citation_rows()) == 1
    assert window.sources_panel.current_source() == "example.org"


def test_a_post_without_links_keeps_its_flat_list_of_sources(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # Must not fire: no linked site, no groups (no expander column either).
    open_ferry(qtbot, window, tmp_path)
    tree = window.sources_panel.sources_list()
    assert not tree.rootIsDecorated()
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert all(row is not None and row.childCount() == 0 for row in rows)


def test_the_reader_walks_its_links_both_ways_as_the_sheet_says(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    open_pier(qtbot, window, tmp_path)
    editor = window.reader.editor()
    walked = []
    for key, shift in (
        (Qt.Key.Key_Tab, False),
        (Qt.Key.Key_Tab, False),
        (Qt.Key.Key_Backtab, True),
    ):
        modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)
        walked.append(" ".join(editor.textCursor().selectedText().split()))
    assert walked == ["the minutes", "a letter to the board", "the minutes"]
