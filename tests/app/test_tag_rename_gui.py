"""Renaming a tag in the window: F2 on the tag filter, the filter's right-
click menu and Collections > Rename tag… ask for the new name; every view
(the list, its filter, the open post's tags) shows it at once; one Ctrl+Z
puts the old name back; a name in use is merged only after a question that
says so; an empty name is refused, saying why."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from quotemark.app.main_window import MainWindow
from quotemark.library.operations import ClipSpan, TagPosts
from quotemark.library.service import Library
from tests.app.test_collections_gui import listed, post_id
from tests.app.test_main_window_support import FERRY, GARDEN, quiet_window

pytestmark = [pytest.mark.gui, pytest.mark.ferry_and_garden]


@pytest.fixture
def window(qtbot: QtBot, library: Library) -> MainWindow:
    return quiet_window(qtbot, library)


def filter_tags(window: MainWindow) -> list[str]:
    box = window.library_pane.filter_box
    return [box.itemText(i) for i in range(box.count()) if box.itemText(i).startswith("Tag: ")]


def choose_filter(window: MainWindow, text: str) -> None:
    box = window.library_pane.filter_box
    index = box.findText(text)
    assert index >= 0, text
    box.setCurrentIndex(index)
    box.activated.emit(index)


def status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def test_f2_on_the_tag_filter_renames_the_tag_everywhere_in_one_undo_step(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    ferry, garden = post_id(library, FERRY), post_id(library, GARDEN)
    window.controller.run(TagPosts((ferry, garden), add=("ferrys", "to read")))
    span = library.find_span(ferry, paragraph=1)
    clip = window.controller.run(ClipSpan(ferry, span, tags=("ferrys",))).value
    window.open_post(ferry)
    window.clips_panel.select_clip(clip.id)
    assert window.clips_panel.tags_edit.text() == "ferrys"
    choose_filter(window, "Tag: ferrys")
    assert listed(window) == sorted([FERRY, GARDEN])
    asked: list[tuple[str, str]] = []

    def ask_name(_title: str, label: str, current: str) -> str:
        asked.append((label, current))
        return "ferries"

    window.tag_renamer.ask_name = ask_name
    box = window.library_pane.filter_box
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_F2)  # F2 is Edit speaker elsewhere
    assert asked == [("New name for “ferrys” (2 posts and 1 clip):", "ferrys")]
    assert filter_tags(window) == ["Tag: ferries", "Tag: to read"]
    # The list goes on showing the same posts, under the tag's new name.
    assert box.currentText() == "Tag: ferries"
    assert listed(window) == sorted([FERRY, GARDEN])
    assert window.notes_panel.tags_edit.text() == "ferries, to read"
    assert window.clips_panel.tags_edit.text() == "ferries"  # the clip's, in the Clips tab
    assert "Renamed tag “ferrys” to “ferries” on 2 posts and 1 clip" in status(window)
    assert library.post_tags(garden) == ("ferries", "to read")

    window.undo_stack.undo()  # one step for both posts
    assert library.post_tags(ferry) == ("ferrys", "to read")
    assert library.post_tags(garden) == ("ferrys", "to read")
    assert filter_tags(window) == ["Tag: ferrys", "Tag: to read"]
    assert window.notes_panel.tags_edit.text() == "ferrys, to read"
    assert window.clips_panel.tags_edit.text() == "ferrys"
    # The list goes back to the tag by its old name, the same posts.
    assert box.currentText() == "Tag: ferrys"
    assert listed(window) == sorted([FERRY, GARDEN])
    window.undo_stack.redo()
    assert library.post_tags(ferry) == ("ferries", "to read")
    assert box.currentText() == "Tag: ferries"


def test_renaming_onto_a_tag_in_use_asks_first_and_says_it_merges(
    window: MainWindow, library: Library
) -> None:
    ferry, garden = post_id(library, FERRY), post_id(library, GARDEN)
    window.controller.run(TagPosts((ferry,), add=("ferrys",)))
    window.controller.run(TagPosts((garden,), add=("ferry",)))
    questions: list[tuple[str, str, str]] = []
    answer = False

    def confirm(title: str, text: str, action: str) -> bool:
        questions.append((title, text, action))
        return answer

    renamer = window.tag_renamer
    renamer.confirm = confirm
    renamer.ask_name = lambda _title, _label, _current: "ferry"
    renamer.ask_choice = lambda _title, _label, choices: choices[choices.index("ferrys")]
    steps = window.undo_stack.count()
    window.registry["tag.rename"].trigger()  # Collections > Rename tag…, no tag shown
    title, text, action = questions[-1]
    assert (title, action) == ("Merge tags?", "Merge tags")
    assert "“ferry” is already a tag (1 post)" in text
    assert "merges the two" in text
    assert library.tags() == ["ferry", "ferrys"]  # declined: nothing changed
    assert window.undo_stack.count() == steps

    answer = True
    window.registry["tag.rename"].trigger()
    assert library.tags() == ["ferry"]
    assert filter_tags(window) == ["Tag: ferry"]
    assert "Merged tag “ferrys” into “ferry” on 1 post" in status(window)
    choose_filter(window, "Tag: ferry")
    assert listed(window) == sorted([FERRY, GARDEN])
    window.undo_stack.undo()
    assert library.post_tags(ferry) == ("ferrys",)
    assert library.post_tags(garden) == ("ferry",)
    assert listed(window) == [GARDEN]


def test_an_empty_name_is_refused_saying_why(window: MainWindow, library: Library) -> None:
    ferry = post_id(library, FERRY)
    window.controller.run(TagPosts((ferry,), add=("ferrys",)))
    choose_filter(window, "Tag: ferrys")
    window.tag_renamer.ask_name = lambda _title, _label, _current: "   "
    steps = window.undo_stack.count()
    window.tag_renamer.ask_rename()
    assert "A tag needs a name: “ferrys” was left as it was." in status(window)
    assert library.tags() == ["ferrys"]
    assert window.undo_stack.count() == steps


def test_the_tag_filter_offers_rename_on_a_right_click(window: MainWindow) -> None:
    box = window.library_pane.filter_box
    assert box.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert window.registry["tag.rename"] in box.actions()
    assert box.view().contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu


def test_undo_and_redo_of_a_rename_keep_the_list_on_the_renamed_tag(
    window: MainWindow, library: Library
) -> None:
    """The list filtered by the new name: undo shows the old name's posts
    (not all posts), redo the new name's again, Ctrl+Z and Ctrl+Shift+Z."""
    ferry, garden = post_id(library, FERRY), post_id(library, GARDEN)
    window.controller.run(TagPosts((ferry,), add=("harbour board",)))
    window.controller.run(TagPosts((garden,), add=("pier",)))
    choose_filter(window, "Tag: harbour board")
    window.tag_renamer.ask_name = lambda _title, _label, _current: "Harbour Board"
    assert window.tag_renamer.ask_rename()  # a change of case only is a rename
    box = window.library_pane.filter_box
    assert box.currentText() == "Tag: Harbour Board"
    assert listed(window) == [FERRY]
    window.undo_stack.undo()
    assert box.currentText() == "Tag: harbour board"
    assert listed(window) == [FERRY]
    window.undo_stack.redo()
    assert box.currentText() == "Tag: Harbour Board"
    assert listed(window) == [FERRY]


def test_undo_of_a_rename_leaves_another_tag_shown_as_it_was(
    window: MainWindow, library: Library
) -> None:
    """Only the tag the rename moved is followed: a list showing another tag
    stays on it."""
    ferry, garden = post_id(library, FERRY), post_id(library, GARDEN)
    window.controller.run(TagPosts((ferry,), add=("ferrys",)))
    window.controller.run(TagPosts((garden,), add=("pier",)))
    window.tag_renamer.rename("ferrys", "ferries")
    choose_filter(window, "Tag: pier")
    window.undo_stack.undo()
    assert window.library_pane.filter_box.currentText() == "Tag: pier"
    assert listed(window) == [GARDEN]


def test_a_merge_of_tags_differing_only_in_case_says_so(
    window: MainWindow, library: Library
) -> None:
    ferry, garden = post_id(library, FERRY), post_id(library, GARDEN)
    window.controller.run(TagPosts((ferry,), add=("Ferry",)))
    window.controller.run(TagPosts((garden,), add=("ferry",)))
    questions: list[str] = []
    window.tag_renamer.confirm = lambda _title, text, _action: bool(questions.append(text))
    assert not window.tag_renamer.rename("Ferry", "ferry")  # Esc: nothing changed
    assert "“ferry” is already a tag (1 post) (the two differ only in capitals)" in questions[0]
    assert library.tags() == ["Ferry", "ferry"]
    window.tag_renamer.rename("ferry", "harbour")
    window.tag_renamer.rename("Ferry", "Harbour")  # not a merge: no question
    assert len(questions) == 1


# The offscreen platform cannot raise a popup or grab the keyboard for it.
@pytest.mark.qt_log_ignore("propagateSizeHints", r"raise\(\)", "grabbing the keyboard")
def test_the_right_click_menu_shows_an_ampersand_in_the_tag(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    # "Rename tag “ferry & pier”…" showed "ferry  pier": a single "&" in a
    # menu item marks its mnemonic and is not drawn.
    window.controller.run(TagPosts((post_id(library, FERRY),), add=("ferry & pier",)))
    box = window.library_pane.filter_box
    box.showPopup()
    view = box.view()
    row = box.findText("Tag: ferry & pier")
    assert row >= 0
    shown: list[str] = []

    def read_and_close() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu) or menu.parent() is not view:
            QTimer.singleShot(20, read_and_close)  # not open yet
            return
        shown.extend(action.text() for action in menu.actions())
        menu.close()

    QTimer.singleShot(0, read_and_close)
    view.customContextMenuRequested.emit(view.visualRect(view.model().index(row, 0)).center())
    box.hidePopup()
    assert shown == ["Rename tag “ferry && pier”…"]
