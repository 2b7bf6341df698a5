"""Collections, post tags and notes in the window: a collection made, posts
added by keyboard and by drop, the list filtered by it, undo and redo, a
change made by another process followed; tags and a note typed in the
Notes tab saved and undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from quotemark.app.collections_tree import CollectionsTree, posts_mime
from quotemark.app.main_window import MainWindow
from quotemark.library import paths
from quotemark.library.operations import AddToCollection, DeleteCollection
from quotemark.library.records import ExportScope
from quotemark.library.service import Library
from tests.app.test_main_window_support import FERRY, GARDEN, press, quiet_window

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("propagateSizeHints"),
    pytest.mark.ferry_and_garden,
]


@pytest.fixture
def window(qtbot: QtBot, library: Library) -> MainWindow:
    return quiet_window(qtbot, library)


def listed(window: MainWindow) -> list[str]:
    model = window.library_pane.model
    return sorted(str(model.summary(row).title) for row in range(model.rowCount()))


def post_id(library: Library, title: str) -> int:
    return next(p.id for p in library.posts() if p.title == title)


COPY = Qt.DropAction.CopyAction
LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


def drag_over(tree: CollectionsTree, item: QTreeWidgetItem | None, ids: list[int]) -> bool:
    """Drag posts into the tree and over ``item``, as the mouse would:
    whether the tree would take them there."""
    assert item is not None
    where = tree.visualItemRect(item).center()
    data = posts_mime(ids)  # the events only point at it: it must outlive them
    enter = QDragEnterEvent(where, COPY, data, LEFT, NONE)
    QApplication.sendEvent(tree.viewport(), enter)
    move = QDragMoveEvent(where, COPY, data, LEFT, NONE)
    QApplication.sendEvent(tree.viewport(), move)
    return move.isAccepted()


def tree_names(window: MainWindow) -> list[str]:
    tree = window.library_pane.collections
    return [item.text(0) for item in tree._items()]


def test_a_collection_is_made_filled_by_keyboard_filtered_and_undone(
    window: MainWindow, library: Library
) -> None:
    tree = window.library_pane.collections
    tree.ask_name = lambda _title, _label, _current: "Harbours"
    window.library_pane.view.setFocus()
    press_action = window.registry["collection.new"]
    press_action.trigger()
    assert "Harbours" in tree_names(window)
    # The new collection is chosen: the list shows its (no) posts.
    assert listed(window) == []
    assert "No posts in this collection yet" in window.library_pane.empty_label.text()

    tree.choose(None)
    assert listed(window) == sorted([FERRY, GARDEN])
    window.library_pane.select_post(post_id(library, FERRY))
    tree.ask_choice = lambda _title, _label, choices: choices[0]
    window.registry["collection.add_posts"].trigger()
    assert "Added 1 post to “Harbours”" in window.statusBar().currentMessage()

    tree.choose(library.find_collection("Harbours"))
    assert listed(window) == [FERRY]
    window.undo_stack.undo()
    assert listed(window) == []
    window.undo_stack.redo()
    assert listed(window) == [FERRY]


def test_posts_dropped_on_a_collection_go_in_it(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    tree = window.library_pane.collections
    box = tree.new_collection("Reading list")
    assert box is not None
    tree.choose(None)
    item = tree._item(box)
    assert item is not None
    ids = [post_id(library, FERRY), post_id(library, GARDEN)]
    # "All posts" takes no posts; a collection does.
    assert not drag_over(tree, tree.topLevelItem(0), ids)
    assert drag_over(tree, item, ids)
    where = tree.visualItemRect(item).center().toPointF()
    data = posts_mime(ids)
    drop = QDropEvent(where, COPY, data, LEFT, NONE)
    QApplication.sendEvent(tree.viewport(), drop)
    assert sorted(library.collection_post_ids(box)) == sorted(ids)
    assert "Added 2 posts to “Reading list”" in window.statusBar().currentMessage()


def test_a_collection_deleted_elsewhere_leaves_the_tree_and_the_filter(
    window: MainWindow, library: Library
) -> None:
    tree = window.library_pane.collections
    box = tree.new_collection("Temporary")
    assert box is not None
    assert tree.chosen() == box
    with Library.open(paths.library_file()) as other:  # as the command line would
        other.run(DeleteCollection(box))
    window.controller.poll()
    assert "Temporary" not in tree_names(window)
    assert tree.chosen() is None
    assert listed(window) == sorted([FERRY, GARDEN])


def test_tags_and_a_note_are_typed_saved_and_undone(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    ferry = post_id(library, FERRY)
    window.open_post(ferry)
    window.registry["post.edit_tags"].trigger()
    notes = window.notes_panel
    assert window.side_tabs.currentWidget() is window.info_panel  # notes sit under Info
    assert notes.isVisible()
    assert QApplication.focusWidget() is notes.tags_edit
    qtbot.keyClicks(notes.tags_edit, "ferry, to read")
    press(qtbot, "Return")
    assert library.post_tags(ferry) == ("ferry", "to read")
    # Saved where the eye can tell, as the note's and a clip's saves are.
    assert window.statusBar().currentMessage() == "Tags saved: ferry, to read. Ctrl+Z undoes."

    window.registry["post.edit_note"].trigger()
    assert QApplication.focusWidget() is notes.note_edit
    for number, line in enumerate(("# Check", "", "- the *timetable*")):
        if number:
            qtbot.keyClick(notes.note_edit, Qt.Key.Key_Return)
        qtbot.keyClicks(notes.note_edit, line)
    assert notes.save_button.isEnabled()
    window.library_pane.view.setFocus()  # leaving the editor saves
    assert library.post_note(ferry) == "# Check\n\n- the *timetable*"
    notes.preview_button.click()
    assert "timetable" in notes.preview.toPlainText()
    assert "*" not in notes.preview.toPlainText()

    window.undo_stack.undo()
    assert library.post_note(ferry) == ""
    assert notes.note_edit.toPlainText() == ""
    window.undo_stack.undo()
    assert library.post_tags(ferry) == ()
    assert notes.tags_edit.text() == ""

    # The list's tag filter offers a post's own tags too.
    window.undo_stack.redo()
    box = window.library_pane.filter_box
    assert box.findData("tag:to read") >= 0


def test_a_collection_is_exported_from_the_window(window: MainWindow, library: Library) -> None:
    tree = window.library_pane.collections
    box = tree.new_collection("Chapter 2")
    assert box is not None
    assert window.dialogs.export_collection() is None  # empty: said, not exported
    assert "no posts yet" in window.statusBar().currentMessage()
    ferry = post_id(library, FERRY)
    window.controller.run(AddToCollection(box, (ferry,)))
    tree.choose(box)
    dialog = window.dialogs.export_collection()
    assert dialog is not None
    try:
        assert dialog.scope() == ExportScope(post_ids=(ferry,))
    finally:
        dialog.close()


def test_an_empty_collection_keeps_the_window_and_says_so_instead_of_the_welcome(
    qtbot: QtBot, library: Library
) -> None:
    from quotemark.app import settings
    from quotemark.app.library_pane import COLLECTION_SETTING
    from quotemark.library.operations import CreateCollection

    empty = library.run(CreateCollection("Harbours")).value
    # Remembered from the last run: the window opens on the empty collection.
    settings.set_value(COLLECTION_SETTING, empty)
    window = quiet_window(qtbot, library)
    pane = window.library_pane
    assert pane.collections.chosen() == empty
    # The library holds posts: no first-run welcome hiding the collections,
    # but the list's own hint about this collection.
    assert not window.showing_welcome()
    assert pane.collections.isVisible()
    assert pane.empty_label.isVisible()
    assert "No posts in this collection yet" in pane.empty_label.text()
    assert "Import some" not in pane.empty_label.text()
    # It names the menu the action is in, and its key.
    assert "Collections > Add to collection (Ctrl+Shift+L)" in pane.empty_label.text()
    pane.collections.choose(None)
    assert listed(window) == sorted([FERRY, GARDEN])
    pane.collections.choose(empty)
    assert not window.showing_welcome()
    assert pane.empty_label.isVisible()
