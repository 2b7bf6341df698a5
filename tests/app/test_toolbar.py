"""The toolbar: the everyday actions of the registry with icons (the
desktop theme's, else Quotemark's own drawn in the theme's text colour, so
they read on dark and high-contrast backgrounds too)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quotemark.app.main_window import MainWindow
from quotemark.app.style import apply_theme
from tests.app.test_main_window_support import larger_system_font

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def ink_lightness(window: MainWindow, action_id: str) -> int:
    image = window.registry[action_id].icon().pixmap(24, 24).toImage()
    dark = [
        image.pixelColor(x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 200
    ]
    assert dark, f"the {action_id} icon draws nothing"
    return sum(c.lightness() for c in dark) // len(dark)


def test_the_toolbar_offers_the_main_actions_with_icons(qtbot: QtBot, window: MainWindow) -> None:
    bar = window.toolbar
    ids = [action.objectName() for action in bar.actions() if not action.isSeparator()]
    for wanted in ("file.import", "file.export", "edit.undo", "edit.redo", "clip.selection"):
        assert wanted in ids
    for action in bar.actions():
        assert action.isSeparator() or not action.icon().isNull()
    if QIcon.hasThemeIcon("document-import"):
        pytest.skip("the desktop's icon theme draws these icons; its colours are its own")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        apply_theme("light")
        light = ink_lightness(window, "file.import")
        apply_theme("high-contrast")
        qtbot.waitUntil(lambda: ink_lightness(window, "file.import") > 180, timeout=3000)
        text = app.palette().color(QPalette.ColorRole.WindowText)
        assert text.lightness() > 180
        assert light < 120
    finally:
        apply_theme("light")
        QGuiApplication.styleHints().unsetColorScheme()


def test_the_toolbar_icons_grow_with_a_larger_system_font(qtbot: QtBot, window: MainWindow) -> None:
    # At 1.6 times the system font the labels grew and the icons stayed at
    # 20 px, small marks beside them.
    bar = window.toolbar
    assert bar.iconSize().width() == 20
    with larger_system_font():
        qtbot.waitUntil(lambda: bar.iconSize().width() >= 30)
        assert bar.iconSize().width() >= QFontMetrics(bar.font()).height()
    qtbot.waitUntil(lambda: bar.iconSize().width() == 20)
