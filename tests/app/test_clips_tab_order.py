"""Tab in the Clips tab goes the way the eye reads it: the This post / All
clips toggles at the top, the list, the note, tags and key fields under it,
then the copy and delete buttons at the bottom (it went from the toggles
straight to the buttons at the bottom, the list and the fields coming
before the toggles)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from quotemark.library.model import Position, Span
from quotemark.library.service import Library
from tests.app.test_main_window_support import FERRY, quiet_window

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("propagateSizeHints"),
    pytest.mark.ferry_and_garden,
]


def test_tab_walks_the_clips_tab_top_to_bottom(qtbot: QtBot, library: Library) -> None:
    post = next(p for p in library.posts() if p.title == FERRY)
    text = library.post(post.id).blocks[1].text
    clip, _ = library.clip(post.id, Span(Position(1, 0), Position(1, len(text)), text))
    window = quiet_window(qtbot, library, 1400, 860)
    assert window.open_post(post.id)
    panel = window.clips_panel
    window.side_tabs.setCurrentWidget(panel)
    panel.select_clip(clip.id)  # the form and the buttons take the keyboard
    panel.this_post_button.setFocus()

    walked: list[QWidget] = []
    for _ in range(12):
        widget = QApplication.focusWidget()
        if widget is None or not panel.isAncestorOf(widget) or widget in walked:
            break
        walked.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)

    def place(widget: QWidget) -> tuple[int, int]:
        where = widget.mapTo(panel, QPoint(0, 0))
        return (where.y(), where.x())

    # The two toggles are one stop (a choice of two, as radio buttons are).
    expected = [
        panel.this_post_button,
        panel.view,
        panel.note_edit,
        panel.tags_edit,
        panel.key_edit,
        panel.copy_button,
        panel.copy_more_button,
        panel.delete_button,
    ]
    assert walked == expected
    assert walked == sorted(walked, key=place)  # the eye's order, by position
    # Right moves between the toggles; Shift+Tab comes back up the same way.
    panel.this_post_button.setFocus()
    qtbot.keyClick(panel.this_post_button, Qt.Key.Key_Right)
    assert QApplication.focusWidget() is panel.all_button
    panel.note_edit.setFocus()
    qtbot.keyClick(panel.note_edit, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is panel.view
