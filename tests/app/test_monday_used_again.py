"""The Monday's window changes used again as a researcher would (stop 41,
s41-uirev), through a real window (offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QToolButton
from pytestqt.qtbot import QtBot

from quotemark.app.main_window import MainWindow
from quotemark.library.operations import DeletePosts
from quotemark.library.service import Library
from tests.app import test_monday_left as left
from tests.app.test_main_window_support import import_and_wait, larger_system_font, press
from tests.app.test_monday_left import PIER, _ids

# The Monday's six long posts and its window (fixtures shared, not copied).
library = left.library
window = left.window

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def _opened(window: MainWindow, name: str) -> QMenu:
    """A menu of the bar as it is about to show (its items named then)."""
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == name)
    menu.aboutToShow.emit()
    return menu


def _kind_item(window: MainWindow) -> str:
    """The kind item as the Edit menu shows it, once the menu has opened."""
    _opened(window, "&Edit")
    return window.registry["correct.kind"].text()


def _quotes_menu(qtbot: QtBot, window: MainWindow) -> str:
    """The kind item's text in the Quotes tab's right-click menu, read
    while the menu shows (then closed)."""
    tree = window.quotes_panel.tree()
    seen: list[str] = []

    def read() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        seen.extend(a.text() for a in menu.actions() if a is window.registry["correct.kind"])
        menu.close()

    QTimer.singleShot(50, read)
    rect = tree.visualItemRect(tree.currentItem())
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, rect.center(), tree.viewport().mapToGlobal(rect.center())
    )
    QApplication.sendEvent(tree.viewport(), event)
    qtbot.waitUntil(lambda: bool(seen))
    # As a user would, type on only once the menu is gone and the focus is
    # back (on a loaded machine the offscreen popup hands it back a little
    # later: the next key press found no focused widget, stop 47).
    qtbot.waitUntil(
        lambda: QApplication.activePopupWidget() is None
        and QApplication.focusWidget() is not None
    )
    return seen[0]


def _open_pier(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "pier.txt"
    path.write_text(PIER, encoding="utf-8")
    import_and_wait(qtbot, window, [path])
    qtbot.waitUntil(lambda: window.current_post() is not None)


def test_the_kind_correction_is_named_by_the_words_it_leaves(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # "a gamble" made direct: the undo menu and the status bar read "Make
    # quotation “the new timetable was “a gamb…” direct", naming the clause
    # just said to be the writer's, marks inside marks, cut in a word.
    _open_pier(qtbot, window, tmp_path)
    window.reader.select_quote(0)
    window.focus_reader()
    press(qtbot, "Ctrl+Shift+K")
    assert window.statusBar().currentMessage() == "Make “a gamble” a direct quotation"
    assert window.undo_stack.undoText() == "Make “a gamble” a direct quotation"
    window.reader.select_quote(1)
    press(qtbot, "Ctrl+Shift+K")
    assert window.undo_stack.undoText() == (
        "Make “We will open the pier in May” a partial quotation"
    )


@pytest.mark.qt_log_ignore("grabbing the keyboard")  # the offscreen popup menu
def test_the_kind_item_says_which_way_it_goes(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # "Partial or direct quotation" left the researcher (and a screen
    # reader, which reads the item's text) guessing what it would do to
    # this quote: the item is named for the quote it is about.
    _open_pier(qtbot, window, tmp_path)
    window.reader.select_quote(0)  # Hale's "a gamble": partial
    window.focus_reader()
    assert _kind_item(window) == "Make quotation direct (not partia&l)"
    window.reader.select_quote(1)  # Lind's: direct
    assert _kind_item(window) == "Make quotation partia&l"
    press(qtbot, "Ctrl+Shift+K")
    assert _kind_item(window) == "Make quotation direct (not partia&l)"
    # The Quotes tab's right-click menu: its current row's quote, named
    # as the menu opens (the row's quote made partial by keys just before).
    tree = window.quotes_panel.tree()
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    assert _quotes_menu(qtbot, window) == "Make quotation direct (not partia&l)"
    tree.setCurrentItem(tree.topLevelItem(1))
    assert _quotes_menu(qtbot, window) == "Make quotation direct (not partia&l)"
    press(qtbot, "Ctrl+Shift+K")  # Lind's quote direct again
    assert _quotes_menu(qtbot, window) == "Make quotation partia&l"
    press(qtbot, "Ctrl+Z")  # partial
    press(qtbot, "Ctrl+Z")  # direct, as the analysis read it
    assert window.quotes_panel.current_index() == 1
    assert _quotes_menu(qtbot, window) == "Make quotation partia&l"
    # With no post open the item has its plain name, as in the shortcuts
    # sheet and Preferences.
    window.close_post()
    assert _kind_item(window) == "Partia&l or direct quotation"


def test_undo_in_the_quotes_tab_keeps_the_row_it_was_on(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # By keys in the Quotes tab: Lind's quote made partial, Ctrl+Z; the
    # list was refilled with no current row, so the next Ctrl+Shift+K
    # went to the reader's quote (Hale's) and Down started at the top.
    _open_pier(qtbot, window, tmp_path)
    tree = window.quotes_panel.tree()
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(1))
    press(qtbot, "Ctrl+Shift+K")
    assert window.quotes_panel.current_index() == 1
    press(qtbot, "Ctrl+Z")
    assert tree.hasFocus()
    assert window.quotes_panel.current_index() == 1
    press(qtbot, "Ctrl+Shift+K")
    assert window.undo_stack.undoText() == (
        "Make “We will open the pier in May” a partial quotation"
    )


def _view_items(window: MainWindow) -> tuple[str, str]:
    _opened(window, "&View")
    return window.registry["view.back"].text(), window.registry["view.forward"].text()


def test_back_and_forward_name_the_post_they_would_open(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    # Comparing posts, "Back" alone did not say which post it would open
    # (nor, to a screen reader, where the keys go): the View menu names it.
    ids = _ids(library)
    window.open_post(ids["Pier"])
    window.open_post(ids["Ferry"])
    window.open_post(ids["Timetable"])
    assert _view_items(window) == ("Bac&k to “The Ferry Story”", "For&ward")
    window.focus_reader()
    press(qtbot, "Alt+Left")
    assert _view_items(window) == ("Bac&k to “The Pier Story”", "For&ward to “The Timetable Story”")
    # A post deleted since is skipped there too, as Back skips it.
    window.controller.run(DeletePosts((ids["Pier"],)))
    assert _view_items(window) == ("Bac&k", "For&ward to “The Timetable Story”")


def test_the_posts_a_collection_was_made_from_stay_selected_in_it(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    # Five posts chosen by Shift+Down, Ctrl+Alt+N: the list showed the new
    # collection with its first row alone selected, so the next command on
    # "the selected posts" (Add to collection, Export selection) meant one.
    pane = window.library_pane
    tree = pane.collections
    tree.ask_name = lambda title, label, current: "Harbour week"
    pane.view.setFocus()
    press(qtbot, "Home")
    for _ in range(4):
        press(qtbot, "Shift+Down")
    chosen = pane.selected_post_ids()
    assert len(chosen) == 5
    press(qtbot, "Ctrl+Alt+N")
    assert pane.post_count() == 5
    assert sorted(pane.selected_post_ids()) == sorted(chosen)
    asked: list[str] = []

    def choice(title: str, label: str, items: list[str]) -> None:
        asked.append(label)

    tree.ask_choice = choice
    press(qtbot, "Ctrl+Shift+L")
    assert asked == ["Add 5 posts to:"]


def test_add_to_collection_with_none_yet_keeps_them_selected_too(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    pane = window.library_pane
    pane.collections.ask_name = lambda title, label, current: "Pier days"
    pane.view.setFocus()
    press(qtbot, "Home")
    press(qtbot, "Shift+Down")
    chosen = pane.selected_post_ids()
    press(qtbot, "Ctrl+Shift+L")
    assert pane.post_count() == 2
    assert sorted(pane.selected_post_ids()) == sorted(chosen)


def test_every_key_in_preferences_is_whole_at_a_larger_text_size(
    qtbot: QtBot, window: MainWindow
) -> None:
    # At 1.6x the actions' names took all but 118 px of the table and the
    # key fields scrolled: "Ctrl+Shift+Del" read "Shift+Del" (27 keys cut
    # so), a key a researcher would then press wrongly.
    with larger_system_font(1.6):
        dialog = window.dialogs.show_preferences()
        qtbot.waitExposed(dialog)
        cut = []
        for editor in dialog._editors.values():
            field = editor.findChild(QLineEdit)
            assert field is not None
            shown = [b for b in field.findChildren(QToolButton) if b.isVisible()]
            room = (shown[0].geometry().left() if shown else field.width()) - 4
            if field.fontMetrics().horizontalAdvance(field.text()) > room:
                cut.append(field.text())
        dialog.reject()
    assert cut == []
