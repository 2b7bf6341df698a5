"""Undo for clip edits in the real window: note, tags and key edited in the
Clips panel come back with Ctrl+Z; a refused key is never an undo step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from quotemark.app.library_pane import SECONDARY_ROLE
from quotemark.app.main_window import MainWindow
from quotemark.library.model import Clip, Position, Span
from quotemark.library.service import Library
from tests.app.test_main_window_support import (
    open_ferry,
    press,
)

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def window(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> MainWindow:
    return open_ferry(qtbot, window, tmp_path)


@pytest.fixture
def clip(qtbot: QtBot, window: MainWindow, library: Library) -> Clip:
    press(qtbot, "J")
    press(qtbot, "Ctrl+Shift+C")
    (made,) = library.clips()
    window.side_tabs.setCurrentWidget(window.clips_panel)
    window.clips_panel.select_clip(made.id)
    return made


def type_into(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    """Replace a field's text by typing, then Enter (as a user edits)."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_ctrl_z_in_the_note_field_restores_the_previous_note(
    qtbot: QtBot, window: MainWindow, library: Library, clip: Clip
) -> None:
    panel = window.clips_panel
    type_into(qtbot, panel.note_edit, "first draft")
    type_into(qtbot, panel.note_edit, "for chapter 2")
    assert library.get_clip(clip.id).note == "for chapter 2"
    assert window.registry["edit.undo"].text() == "&Undo Edit clip note"

    press(qtbot, "Ctrl+Z")  # the note field still has the keyboard
    assert library.get_clip(clip.id).note == "first draft"
    assert panel.note_edit.text() == "first draft"
    assert "first draft" in panel.model.index(0, 0).data(SECONDARY_ROLE)
    press(qtbot, "Ctrl+Z")
    assert library.get_clip(clip.id).note == ""
    assert panel.note_edit.text() == ""
    press(qtbot, "Ctrl+Shift+Z")
    assert library.get_clip(clip.id).note == "first draft"
    assert panel.note_edit.text() == "first draft"


def test_typing_in_the_note_field_is_undone_there_before_it_is_committed(
    qtbot: QtBot, window: MainWindow, library: Library, clip: Clip
) -> None:
    panel = window.clips_panel
    type_into(qtbot, panel.note_edit, "saved")
    qtbot.keyClicks(panel.note_edit, " and more")
    press(qtbot, "Ctrl+Z")  # the field's own typing goes first
    assert panel.note_edit.text() != "saved and more"
    assert library.get_clip(clip.id).note == "saved"


def test_tags_and_key_edits_undo_in_order(
    qtbot: QtBot, window: MainWindow, library: Library, clip: Clip
) -> None:
    panel = window.clips_panel
    type_into(qtbot, panel.tags_edit, "ferry, chapter-2")
    type_into(qtbot, panel.key_edit, "holm2024waited")
    assert library.get_clip(clip.id).key == "holm2024waited"

    window.reader.editor().setFocus()
    press(qtbot, "Ctrl+Z")
    assert library.get_clip(clip.id).key == clip.key
    assert panel.key_edit.text() == clip.key
    assert sorted(library.get_clip(clip.id).tags) == ["chapter-2", "ferry"]
    press(qtbot, "Ctrl+Z")
    assert library.get_clip(clip.id).tags == ()
    assert panel.tags_edit.text() == ""
    # Next undo is the clip itself, then nothing.
    press(qtbot, "Ctrl+Z")
    assert library.clips() == []


def test_a_refused_key_never_lands_on_the_undo_stack(
    qtbot: QtBot, window: MainWindow, library: Library, clip: Clip
) -> None:
    panel = window.clips_panel
    depth = window.undo_stack.count()
    type_into(qtbot, panel.key_edit, "bad key{with}braces")
    assert panel.message.isVisible()
    assert window.undo_stack.count() == depth
    assert library.get_clip(clip.id).key == clip.key
    # Ctrl+Z now undoes the clip (the last real change), not a phantom key edit.
    window.reader.editor().setFocus()
    press(qtbot, "Ctrl+Z")
    assert library.clips() == []


def test_undoing_to_a_key_taken_since_is_explained_not_forced(
    qtbot: QtBot, window: MainWindow, library: Library, clip: Clip
) -> None:
    panel = window.clips_panel
    type_into(qtbot, panel.key_edit, "holm2024waited")
    # Meanwhile another clip takes the old key (from the command line, say).
    text = library.post(clip.post_id).blocks[3].text
    other, _ = library.clip(clip.post_id, Span(Position(3, 0), Position(3, len(text)), text))
    library.update_clip(other.id, key=clip.key)

    window.reader.editor().setFocus()
    press(qtbot, "Ctrl+Z")
    assert library.get_clip(clip.id).key == "holm2024waited"
    assert library.get_clip(other.id).key == clip.key
    assert panel.message.isVisible()
    assert clip.key in panel.message.text()
    assert clip.key in window.statusBar().currentMessage()


def test_the_status_bar_says_what_ctrl_z_undid(
    qtbot: QtBot, window: MainWindow, library: Library, clip: Clip
) -> None:
    type_into(qtbot, window.clips_panel.tags_edit, "ferry")
    press(qtbot, "Ctrl+Z")
    assert window.statusBar().currentMessage() == "Undone: Edit clip tags."
    press(qtbot, "Ctrl+Shift+Z")
    assert window.statusBar().currentMessage() == "Redone: Edit clip tags."
    assert library.get_clip(clip.id).tags == ("ferry",)


def test_escape_in_a_clip_field_drops_the_typing_and_saves_nothing(
    qtbot: QtBot, window: MainWindow, library: Library, clip: Clip
) -> None:
    panel = window.clips_panel
    type_into(qtbot, panel.note_edit, "kept")
    depth = window.undo_stack.count()
    panel.note_edit.setFocus()
    qtbot.keyClicks(panel.note_edit, " and not this")
    qtbot.keyClick(panel.note_edit, Qt.Key.Key_Escape)
    assert panel.note_edit.text() == "kept"
    assert QApplication.focusWidget() is panel.view
    assert library.get_clip(clip.id).note == "kept"
    assert window.undo_stack.count() == depth


def test_a_clip_note_holds_several_lines(
    qtbot: QtBot, window: MainWindow, library: Library, clip: Clip
) -> None:
    panel = window.clips_panel
    note = panel.note_edit
    note.setFocus()
    qtbot.keyClicks(note, "why it matters")
    qtbot.keyClick(note, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(note, "- compare with the 2019 route")
    assert library.get_clip(clip.id).note == ""  # Shift+Enter only starts a line
    qtbot.keyClick(note, Qt.Key.Key_Return)
    assert library.get_clip(clip.id).note == "why it matters\n- compare with the 2019 route"
    assert note.hasFocus()
    window.undo_stack.undo()
    assert library.get_clip(clip.id).note == ""
    assert note.text() == ""
