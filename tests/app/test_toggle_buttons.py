"""Toggle buttons look and announce as toggles: the Clips tab's This post /
All clips and the note's Preview. The one that is on is filled so it tells
from the one that is off in every theme (3:1 at least, WCAG's ask of a
control's state), and a screen reader hears a checkable button, its state
and what each choice lists."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from quotemark.app.controller import Controller
from quotemark.app.panels.clips import ClipsPanel
from quotemark.app.panels.post_notes import PostNotesPanel
from quotemark.app.reader.highlight import contrast_ratio
from quotemark.app.style import apply_theme
from quotemark.library.service import Library

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def panel(qtbot: QtBot, library: Library) -> Iterator[ClipsPanel]:
    clips = ClipsPanel(Controller(library, poll_ms=0))
    qtbot.addWidget(clips)
    clips.resize(320, 400)
    clips.show()
    qtbot.waitExposed(clips)
    yield clips
    apply_theme("light")
    QGuiApplication.styleHints().unsetColorScheme()


def face(button: QPushButton) -> QColor:
    """The button's colour as drawn, left of its text, halfway down."""
    image = button.grab().toImage()
    return QColor(image.pixel(5, image.height() // 2))


@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast"])
def test_the_button_that_is_on_shows_it_in_every_theme(panel: ClipsPanel, theme: str) -> None:
    apply_theme(theme)
    QApplication.processEvents()
    on, off = panel.this_post_button, panel.all_button
    assert on.isChecked()
    assert not off.isChecked()
    assert contrast_ratio(face(on), face(off)) >= 3.0
    off.click()  # the fill follows the choice
    QApplication.processEvents()
    assert contrast_ratio(face(off), face(on)) >= 3.0
    assert panel.showing_all()


def state(button: QPushButton) -> tuple[bool, bool]:
    interface = QAccessible.queryAccessibleInterface(button)
    assert interface is not None
    found = interface.state()
    return bool(found.checkable), bool(found.checked)


def description(button: QPushButton) -> str:
    interface = QAccessible.queryAccessibleInterface(button)
    assert interface is not None
    return interface.text(QAccessible.Text.Description)


def test_the_toggles_are_read_out_as_toggles(qtbot: QtBot, panel: ClipsPanel) -> None:
    assert state(panel.this_post_button) == (True, True)
    assert state(panel.all_button) == (True, False)
    assert "open post's clips" in description(panel.this_post_button)
    assert "every clip" in description(panel.all_button)
    panel.all_button.setFocus()
    qtbot.keyClick(panel.all_button, Qt.Key.Key_Space)
    assert state(panel.all_button) == (True, True)
    assert state(panel.this_post_button) == (True, False)


def test_the_notes_preview_is_a_toggle_too(qtbot: QtBot, library: Library) -> None:
    notes = PostNotesPanel(Controller(library, poll_ms=0))
    qtbot.addWidget(notes)
    notes.show()
    qtbot.waitExposed(notes)
    button = notes.preview_button
    assert state(button) == (True, False)
    assert description(button).startswith("Toggle:")
    button.setEnabled(True)
    off = face(button)
    button.setChecked(True)
    assert state(button) == (True, True)
    assert contrast_ratio(face(button), off) >= 3.0
