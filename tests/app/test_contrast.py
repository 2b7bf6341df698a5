"""Every text colour of every theme is readable: at least 4.5:1 against the
background it is drawn on (WCAG AA), walked over the palettes themselves,
and the high-contrast theme reaches the whole window, reader included."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quotemark.app.main_window import MainWindow
from quotemark.app.reader.highlight import contrast_ratio
from quotemark.app.reader.theme import DARK, HIGH_CONTRAST, LIGHT, Theme
from quotemark.app.style import THEMES, apply_theme, palette_for

pytestmark = pytest.mark.gui

AA = 4.5
Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# (text role, the background it is drawn on) for text a user has to read.
# Disabled text is exempt in WCAG, and Quotemark draws no readable text with
# it: quiet labels use PlaceholderText (app.style.mute).
TEXT_ON = [
    (Role.WindowText, Role.Window),
    (Role.PlaceholderText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.PlaceholderText, Role.Base),
    (Role.ButtonText, Role.Button),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.HighlightedText, Role.Highlight),
    (Role.Link, Role.Base),
    (Role.LinkVisited, Role.Base),
]


@pytest.fixture(autouse=True)
def _light_again(qapp: QApplication) -> Iterator[None]:
    yield
    apply_theme("light")
    QGuiApplication.styleHints().unsetColorScheme()


@pytest.mark.parametrize("name", [*THEMES[1:], "system-dark"])
@pytest.mark.parametrize(("text", "background"), TEXT_ON, ids=lambda r: r.name)
def test_every_palette_text_role_is_readable(name: str, text: Role, background: Role) -> None:
    palette = palette_for(name.removesuffix("-dark"), system_dark=name.endswith("-dark"))
    for group in (Group.Active, Group.Inactive):
        ratio = contrast_ratio(palette.color(group, text), palette.color(group, background))
        assert ratio >= AA, f"{name}: {text.name} on {background.name} is {ratio:.2f}:1"


@pytest.mark.parametrize("theme", [LIGHT, DARK, HIGH_CONTRAST], ids=["light", "dark", "hc"])
@pytest.mark.parametrize("role", ["text", "muted", "link", "source", "clip"])
def test_every_reader_colour_is_readable(theme: Theme, role: str) -> None:
    assert contrast_ratio(getattr(theme, role), theme.background) >= AA
    assert contrast_ratio(theme.selection_text, theme.selection) >= AA


def test_the_status_bar_counts_are_readable_and_not_disabled(
    qtbot: QtBot, window: MainWindow
) -> None:
    # They were a disabled label: 1.6:1, and announced as unavailable.
    for name in THEMES[1:]:
        apply_theme(name)
        label = window.counts_label
        assert label.isEnabled()
        palette = label.palette()
        ink = palette.color(label.foregroundRole())
        paper = window.statusBar().palette().color(Role.Window)
        assert contrast_ratio(ink, paper) >= AA, name


def test_high_contrast_from_preferences_reaches_the_reader(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = window.dialogs.show_preferences()
    try:
        dialog.theme_box.setCurrentIndex(dialog.theme_box.findData("high-contrast"))
        assert dialog.apply()
        qtbot.waitUntil(lambda: window.reader.theme() == HIGH_CONTRAST)
        editor = window.reader.editor()
        assert editor.palette().color(Role.Base) == HIGH_CONTRAST.background
        assert QApplication.palette().color(Role.Window).lightness() == 0
    finally:
        dialog.close()
    apply_theme("light")
    qtbot.waitUntil(lambda: window.reader.theme() == LIGHT)


def test_error_messages_are_readable_in_every_theme(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # They were a fixed #c62828: 3.6:1 on high contrast's black, 2.7:1 on dark.
    dialog = window.dialogs.make_export_dialog()
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path))  # a folder: the dialog explains
    assert not dialog.export()
    labels = [dialog.message, window.clips_panel.message]
    for name in THEMES[1:]:
        apply_theme(name)
        paper = QApplication.palette().color(Role.Window)
        for label in labels:
            label.ensurePolished()
            ink = label.palette().color(Role.WindowText)
            assert contrast_ratio(ink, paper) >= AA, f"{name}: {label.objectName()}"
