"""The Clips tab's Mine / Everyone's filter and the display name set in
Preferences, on a real library file offscreen: a colleague's clip (made
through a second connection under another name) is listed under
Everyone's and left out under Mine."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from quotemark.app import identity, settings
from quotemark.app.actions import ActionRegistry
from quotemark.app.controller import Controller
from quotemark.app.dialogs.preferences import PreferencesDialog
from quotemark.app.panels.clip_whose import WHOSE_SETTING
from quotemark.app.panels.clips import ClipsPanel
from quotemark.library import paths
from quotemark.library.model import Clip, Position, Span
from quotemark.library.service import Library

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("propagateSizeHints"),
    pytest.mark.ferry_and_garden,
]


def _clip(library: Library, block: int) -> Clip:
    post = next(p for p in library.posts() if p.title == "The Harbour Ferry Sails at Night Again")
    text = library.post(post.id).blocks[block].text
    clip, _ = library.clip(post.id, Span(Position(block, 0), Position(block, len(text)), text))
    return clip


def _panel(qtbot: QtBot, library: Library) -> ClipsPanel:
    panel = ClipsPanel(Controller(library))
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_all(True)
    return panel


def _listed(panel: ClipsPanel) -> set[int]:
    return {panel.model.clip(row).id for row in range(panel.model.rowCount())}


def test_mine_lists_only_ones_own_clips_and_is_remembered(qtbot: QtBot, library: Library) -> None:
    mine = _clip(library, 1)
    with Library.open(paths.library_file()) as colleague:
        colleague.set_display_name("Bob Colleague")
        theirs = _clip(colleague, 0)
    panel = _panel(qtbot, library)
    assert panel.whose_box.accessibleName() == "Whose clips"
    assert _listed(panel) == {mine.id, theirs.id}
    # By keyboard: the filter takes focus and the arrow key picks "Mine".
    panel.whose_box.setFocus()
    assert panel.whose_box.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.keyClick(panel.whose_box, Qt.Key.Key_Down)
    assert panel.showing_mine()
    assert _listed(panel) == {mine.id}
    assert settings.get_str(WHOSE_SETTING) == "mine"
    again = _panel(qtbot, library)
    assert again.showing_mine()
    assert _listed(again) == {mine.id}
    tip = panel.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert f"Clipped by {library.who}" in tip


def test_a_colleagues_new_clip_does_not_join_the_mine_list(qtbot: QtBot, library: Library) -> None:
    controller = Controller(library)
    panel = ClipsPanel(controller)
    qtbot.addWidget(panel)
    panel.show_all(True)
    panel.show_mine(True)
    with Library.open(paths.library_file()) as colleague:
        colleague.set_display_name("Bob Colleague")
        theirs = _clip(colleague, 0)
    controller.poll()
    assert theirs.id not in _listed(panel)
    panel.show_mine(False)
    assert theirs.id in _listed(panel)


def test_the_whose_filter_shows_only_once_a_colleague_has_clipped(
    qtbot: QtBot, library: Library
) -> None:
    settings.set_value(WHOSE_SETTING, "mine")  # chosen on another library
    mine = _clip(library, 1)
    controller = Controller(library)
    panel = ClipsPanel(controller)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_all(True)
    # Only one's own clips: no choice to make, no box, and every clip listed.
    assert panel.whose_box.isHidden()
    assert not panel.showing_mine()
    assert _listed(panel) == {mine.id}
    with Library.open(paths.library_file()) as colleague:
        colleague.set_display_name("Bob Colleague")
        theirs = _clip(colleague, 0)
    controller.poll()  # the colleague's clip arrives
    assert panel.whose_box.isVisible()
    # The remembered choice applies now that it chooses something.
    assert panel.showing_mine()
    assert _listed(panel) == {mine.id}
    panel.show_mine(False)
    assert _listed(panel) == {mine.id, theirs.id}
    # Their clip deleted here: the box goes again.
    controller.delete_clips([theirs.id])
    assert panel.whose_box.isHidden()
    assert _listed(panel) == {mine.id}


def test_preferences_keep_a_display_name_and_refuse_an_address(
    qtbot: QtBot, library: Library
) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    dialog = PreferencesDialog(ActionRegistry(holder))
    qtbot.addWidget(dialog)
    assert dialog.name_edit.accessibleName() == "Display name"
    dialog.name_edit.setText("postgresql://ann:secret@db.example/desk")
    assert not dialog.apply()
    assert "address" in dialog.message.text()
    assert identity.display_name() == ""
    dialog.name_edit.setText(" Ada  Lovelace ")
    assert dialog.apply()
    assert identity.display_name() == "Ada Lovelace"
    identity.apply(library)
    assert _clip(library, 1).made_by == "Ada Lovelace"


def test_everyones_clips_name_a_colleagues_clip_in_its_row_but_not_ones_own(
    qtbot: QtBot, library: Library
) -> None:
    from quotemark.app.library_pane import SECONDARY_ROLE

    mine = _clip(library, 1)
    with Library.open(paths.library_file()) as colleague:
        colleague.set_display_name("Bob Colleague")
        theirs = _clip(colleague, 0)
    panel = _panel(qtbot, library)
    assert not panel.showing_mine()

    def row_of(clip: Clip, role: int) -> str:
        row = panel.model.row_of(clip.id)
        assert row is not None
        return str(panel.model.index(row, 0).data(role))

    assert row_of(theirs, SECONDARY_ROLE).startswith("Clipped by Bob Colleague · ")
    assert "Clipped by Bob Colleague" in row_of(theirs, Qt.ItemDataRole.AccessibleTextRole)
    # One's own clips stay as they were: no name repeated on every row.
    assert "Clipped by" not in row_of(mine, SECONDARY_ROLE)
    panel.show_mine(True)
    assert "Clipped by" not in row_of(mine, SECONDARY_ROLE)
