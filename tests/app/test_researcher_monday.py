"""A researcher's Monday (stop 41, s41-ui), through a real window
(offscreen): what the morning's work by keyboard tripped on."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from quotemark.app.main_window import MainWindow
from quotemark.app.post_commands import chosen_post_ids
from quotemark.library.operations import TagPosts
from quotemark.library.service import Library
from tests.app.test_main_window_support import press
from tests.app.test_window_ui3 import open_pier

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("propagateSizeHints"),
    pytest.mark.ferry_and_garden,
]

FERRY = "The Harbour Ferry Sails at Night Again"
GARDEN = "Allotment Gardens Open a Waiting List"


def listed(window: MainWindow) -> list[str]:
    pane = window.library_pane
    return [str(pane.model.index(row, 0).data()) for row in range(pane.post_count())]


@pytest.mark.parametrize("tab", ["quotes", "sources"])
def test_tab_leaves_the_reader_when_no_post_is_open(
    qtbot: QtBot, window: MainWindow, tab: str
) -> None:
    # The side tab, with nothing to list, hands the focus to its hidden list:
    # Tab from the empty reader went nowhere (a keyboard trap), and Shift+Tab
    # from the side tabs stopped there too.
    window.side_tabs.setCurrentWidget(getattr(window, f"{tab}_panel"))
    window.focus_reader()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.reader.editor())
    press(qtbot, "Tab")
    landed = QApplication.focusWidget()
    assert landed is not None
    assert window.side_tabs.isAncestorOf(landed)
    assert landed.isVisible()
    press(qtbot, "Shift+Tab")
    assert QApplication.focusWidget() is window.reader.editor()


def test_typing_a_tags_name_in_the_filter_box_chooses_it(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    # The choices read "Tag: pier": typing "pier" (the tag's name, what a
    # researcher has in mind) chose nothing, only "t", "a", "g" did.
    ids = {p.title: p.id for p in library.posts()}
    ferry, garden = ids[FERRY], ids[GARDEN]
    window.controller.run(TagPosts((ferry,), add=("pier",)))
    window.controller.run(TagPosts((garden,), add=("plots", "Pier walk")))
    pane = window.library_pane
    box = pane.filter_box
    box.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
    qtbot.keyClicks(box, "pl")
    assert box.currentText() == "Tag: plots"
    qtbot.waitUntil(lambda: pane.post_count() == 1)
    qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a new search
    qtbot.keyClicks(box, "pier")
    assert box.currentText() == "Tag: pier"  # before "Pier walk": case first
    at = box.currentIndex()
    press(qtbot, "Down")  # the arrows still move through the choices
    assert box.currentIndex() == at + 1
    press(qtbot, "Up")
    assert box.currentIndex() == at
    qtbot.waitUntil(lambda: listed(window) == [FERRY])


def test_the_status_bar_counts_the_posts_listed_of_the_library(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    # A tag and last week's dates left five posts in the list while the
    # status bar went on saying "300 posts": how many the narrowing left
    # was nowhere to read (a screen reader neither).
    ids = {p.title: p.id for p in library.posts()}
    window.controller.run(TagPosts((ids[FERRY],), add=("pier",)))
    counts = window.counts_label
    assert counts.text() == "2 posts · 0 clips"
    pane = window.library_pane
    pane.filter_bar.choose("tag:pier")
    pane.refresh()
    qtbot.waitUntil(lambda: counts.text() == "1 of 2 posts listed · 0 clips")
    pane.filter_bar.choose_all()
    pane.refresh()
    qtbot.waitUntil(lambda: counts.text() == "2 posts · 0 clips")
    pane.search_box.setText("allotment")
    pane.refresh()
    qtbot.waitUntil(lambda: counts.text() == "1 of 2 posts listed · 0 clips")


def _document_rows(window: MainWindow) -> list[QTreeWidgetItem]:
    tree = window.sources_panel.sources_list()
    sites = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    site = next(item for item in sites if item is not None and item.text(0) == "example.org")
    return [site.child(i) for i in range(site.childCount())]


def test_a_linked_documents_words_show_whole_at_the_default_width(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # "a letter to the bo…": the indent under its site and the Kind, Here
    # and Posts columns left the words 124 px in the 340 px side panel.
    open_pier(qtbot, window, tmp_path)
    press(qtbot, "Ctrl+Alt+2")
    tree = window.sources_panel.sources_list()
    qtbot.waitUntil(lambda: len(_document_rows(window)) == 2)
    for row in _document_rows(window):
        words = row.data(0, Qt.ItemDataRole.AccessibleTextRole) or row.text(0)
        assert row.text(0).startswith(row.toolTip(0).split("\n")[0])
        # Column 0's rect takes in the indent: under a site, two steps.
        room = tree.visualRect(tree.indexFromItem(row, 0)).width() - 2 * tree.indentation()
        assert room > tree.fontMetrics().horizontalAdvance(row.text(0)) + 8, words
    # How often the post links to it is still on the row, and heard.
    letter = _document_rows(window)[1]
    assert "1 link" in letter.text(0)
    assert "linked document" in letter.data(0, Qt.ItemDataRole.AccessibleTextRole)


def test_a_link_reached_by_tab_in_the_reader_selects_its_documents_row(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # Tab walked the reader's links while the Sources tab stayed on the
    # site's row: the document linked was never the one shown.
    open_pier(qtbot, window, tmp_path)
    press(qtbot, "Ctrl+Alt+2")
    window.focus_reader()
    tree = window.sources_panel.sources_list()
    documents = _document_rows(window)
    press(qtbot, "Tab")  # "the minutes"
    qtbot.waitUntil(lambda: tree.currentItem() is documents[0])
    press(qtbot, "Tab")  # "a letter to the board"
    qtbot.waitUntil(lambda: tree.currentItem() is documents[1])
    assert "a letter to the board" in window.sources_panel.citations_heading()
    assert QApplication.focusWidget() is window.reader.editor()  # reading goes on


def test_preferences_tab_reaches_every_field_in_order_and_enter_edits_a_key(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Tab went theme, style, name, then into the key table, where it walked
    # the table and its 70 key fields two by two (140 presses) before the
    # reader's font, size and measure (above the table) or Restore and OK.
    preferences = window.dialogs.show_preferences()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is preferences.theme_box)
    order = [QApplication.focusWidget()]
    for _ in range(11):
        press(qtbot, "Tab")
        order.append(QApplication.focusWidget())
    fields = preferences.typography
    table = preferences.table
    assert order[:8] == [
        preferences.theme_box,
        preferences.style_box,
        preferences.name_edit,
        fields.font_box,
        fields.size_box,
        fields.line_box,
        fields.measure_box,
        table,
    ]
    assert order[8] is preferences.reset_button
    # In the table, the arrows choose an action and Enter takes its new key.
    table.setFocus()
    press(qtbot, "Down")
    row = table.currentRow()
    press(qtbot, "Return")
    editor = table.cellWidget(row, 1)
    assert QApplication.focusWidget() is editor
    qtbot.keyClick(editor, Qt.Key.Key_F9, Qt.KeyboardModifier.ControlModifier)
    assert editor.keySequence().toString() == "Ctrl+F9"
    preferences.reject()


def test_the_speaker_editor_says_one_quote_plainly(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    # "All 1 quotes given to Mara Holm" (greyed) under a speaker with one
    # quote; a speaker with several keeps "All 2 quotes given to …".
    window.open_post({p.title: p.id for p in library.posts()}[FERRY])
    window.focus_reader()
    window.reader.select_quote(0)
    seen: list[tuple[str, bool]] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, read_and_close)
            return
        every = dialog.findChild(QCheckBox, "speakerEvery")
        seen.append((every.text(), every.isEnabled()))
        dialog.reject()

    QTimer.singleShot(0, read_and_close)
    press(qtbot, "F2")
    qtbot.waitUntil(lambda: bool(seen))
    text, enabled = seen[0]
    assert "All 1 quotes" not in text
    assert text.replace("&", "") == "Only this quote is given to Mara Holm"
    assert not enabled


def test_a_post_opened_that_the_list_does_not_show_is_what_commands_act_on(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    # A post opened from elsewhere (an import, a citation, a clip) that the
    # narrowed list does not show left the last row selected: the list
    # pointed at another post than the reader's, and "the selected posts"
    # (Delete, Add to collection, Re-extract) meant that other one.
    ids = {p.title: p.id for p in library.posts()}
    window.controller.run(TagPosts((ids[GARDEN],), add=("plots",)))
    pane = window.library_pane
    pane.filter_bar.choose("tag:plots")
    pane.refresh()
    qtbot.waitUntil(lambda: listed(window) == [GARDEN])
    pane.view.setFocus()
    pane.view.selectRow(0)
    press(qtbot, "Return")
    qtbot.waitUntil(lambda: window.current_post() is not None)
    assert pane.selected_post_ids() == [ids[GARDEN]]
    window.open_post(ids[FERRY])
    assert pane.selected_post_ids() == []
    assert chosen_post_ids(window) == [ids[FERRY]]
    # Opened again from the list, its row is selected as before.
    window.open_post(ids[GARDEN])
    assert pane.selected_post_ids() == [ids[GARDEN]]
