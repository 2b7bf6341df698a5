"""The Info tab's authors field makes the organisation form findable: the
field says how an organisation is written, and an "Organisation" toggle
braces the cursor's line (one undoable correction), which every export
then prints whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from quotemark.app.controller import Controller
from quotemark.app.main_window import MainWindow
from quotemark.library.service import Library
from tests.app.test_main_window_support import show
from tests.library.test_field_confidence import STATED

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def _open(qtbot: QtBot, library: Library, tmp_path: Path) -> tuple[MainWindow, int]:
    path = tmp_path / "page.html"
    path.write_text(STATED, encoding="utf-8")
    post_id = library.import_paths([path]).results[0].post_id
    assert post_id is not None
    window = show(qtbot, MainWindow(Controller(library, poll_ms=0)))
    assert window.open_post(post_id)
    return window, post_id


def test_the_organisation_toggle_braces_the_line_and_undo_takes_it_back(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    window, post_id = _open(qtbot, library, tmp_path)
    info = window.info_panel
    field = info.authors_field
    # The form is told where a researcher looks: placeholder and tooltip.
    assert "{Organisation}" in info.authors.placeholderText()
    assert "organisation" in info.authors.toolTip().lower()
    assert "organisation" in info.authors.accessibleDescription().lower()
    info.authors.setFocus()
    info.authors.moveCursor(QTextCursor.MoveOperation.Start)
    assert not field.organisation.isChecked()
    qtbot.mouseClick(field.organisation, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: library.post(post_id).metadata.authors == ("{Mari Tamm}",))
    assert field.organisation.isChecked()
    window.reader.editor().setFocus()
    qtbot.keyClick(window.reader.editor(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: library.post(post_id).metadata.authors == ("Mari Tamm",))
    assert info.authors.toPlainText() == "Mari Tamm"


def test_ctrl_shift_g_in_the_field_toggles_the_line_saved_on_leaving(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    window, post_id = _open(qtbot, library, tmp_path)
    info = window.info_panel
    info.authors.setFocus()
    info.authors.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(info.authors, Qt.Key.Key_Return)
    qtbot.keyClicks(info.authors, "Harbour Authority")
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(info.authors, Qt.Key.Key_G, ctrl_shift)
    assert info.authors.toPlainText() == "Mari Tamm\n{Harbour Authority}"
    assert info.authors_field.organisation.isChecked()
    qtbot.keyClick(info.authors, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: library.post(post_id).metadata.authors == ("Mari Tamm", "{Harbour Authority}")
    )
    # Toggling again makes it a person.
    qtbot.keyClick(info.authors, Qt.Key.Key_G, ctrl_shift)
    assert info.authors.toPlainText() == "Mari Tamm\nHarbour Authority"
    assert not info.authors_field.organisation.isChecked()
