"""Switching the theme repaints the reader's page at once and the same way
every time, whatever order Qt's signals and events arrive in: a screenshot
right after a switch once showed a light page under high contrast's white
text (the style sheet's polish kept the page's previous palette), and the
title stayed white on the light page after high contrast."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quotemark.app.main_window import MainWindow
from quotemark.app.reader.theme import DARK, HIGH_CONTRAST, LIGHT, Theme
from quotemark.app.style import apply_theme
from quotemark.library.service import Library
from tests.app.test_main_window_support import quiet_window

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("propagateSizeHints"),
    pytest.mark.ferry_and_garden,
]

THEMES: dict[str, Theme] = {"light": LIGHT, "dark": DARK, "high-contrast": HIGH_CONTRAST}


@pytest.fixture
def window(qtbot: QtBot, library: Library) -> Iterator[MainWindow]:
    apply_theme("light")
    win = quiet_window(qtbot, library, 1024, 700)
    assert win.open_post(library.posts()[0].id)
    yield win
    apply_theme("light")
    QGuiApplication.styleHints().unsetColorScheme()


def page_colour(window: MainWindow) -> QColor:
    """The colour of the reader's page as drawn now (its left margin)."""
    image = window.reader.editor().viewport().grab().toImage()
    return QColor(image.pixel(4, image.height() // 2))


@pytest.mark.parametrize(
    "order",
    [
        ("high-contrast", "light"),
        ("dark", "high-contrast", "light", "high-contrast"),
        ("high-contrast", "dark", "light", "dark"),
    ],
    ids="-".join,
)
def test_the_page_takes_each_theme_at_once(window: MainWindow, order: tuple[str, ...]) -> None:
    for name in order:
        apply_theme(name)  # no event processed before looking: a screenshot's moment
        assert_drawn_in(window, THEMES[name], name)
        QApplication.processEvents()  # and nothing arriving later undoes it
        assert_drawn_in(window, THEMES[name], f"{name}, later")


def assert_drawn_in(window: MainWindow, expected: Theme, when: str) -> None:
    assert window.reader.theme() == expected, when
    assert page_colour(window) == expected.background, when
    editor = window.reader.editor()
    assert editor.palette().color(QPalette.ColorRole.Text) == expected.text, when
    title = window.reader.header().title_label()
    assert title.palette().color(title.foregroundRole()) == expected.text, when


def test_a_palette_put_back_later_does_not_stick(window: MainWindow) -> None:
    # What a style sheet's re-polish does, at a moment that depends on event
    # timing: it puts back the palette a widget had under the previous theme.
    apply_theme("high-contrast")
    title = window.reader.header().title_label()
    viewport = window.reader.editor().viewport()
    old = {widget: widget.palette() for widget in (title, viewport)}
    apply_theme("light")
    for widget, palette in old.items():
        widget.setPalette(palette)
    assert_drawn_in(window, LIGHT, "after the old palettes came back")
