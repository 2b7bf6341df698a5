"""Fixtures shared by the GUI tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from quotemark.app.controller import Controller
from quotemark.app.main_window import MainWindow
from quotemark.app.reader.view import ReaderView
from quotemark.library import paths
from quotemark.library.model import Post
from quotemark.library.service import Library
from tests.app.test_main_window_support import ferry_and_garden, show
from tests.fixtures.gui.posts import river_post

W = TypeVar("W", bound=QWidget)


def shown(qtbot: QtBot, widget: W, width: int, height: int) -> W:
    """``widget`` at the given size, on screen, closed after the test."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def library(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Library]:
    """The test's own library file (QUOTEMARK_HOME is a tmp folder),
    opened as the window opens it; a module marked ``ferry_and_garden``
    gets it with the ferry and garden posts imported."""
    if request.node.get_closest_marker("ferry_and_garden"):
        lib = ferry_and_garden(tmp_path)
    else:
        lib = Library.open(paths.library_file())
    yield lib
    lib.close()


@pytest.fixture
def window(qtbot: QtBot, library: Library) -> MainWindow:
    """The main window on the test's library, shown and active; a module
    overrides it to open a post first."""
    return show(qtbot, MainWindow(Controller(library)))


@pytest.fixture
def post() -> Post:
    """The hand-written river post (quotes, nested quotes, sources, links,
    images); a module overrides this fixture to read another post."""
    return river_post()


@pytest.fixture
def view(qtbot: QtBot, post: Post) -> ReaderView:
    """A reader in the light scheme showing ``post``."""
    reader = ReaderView()
    reader.set_color_scheme(Qt.ColorScheme.Light)
    shown(qtbot, reader, 900, 700).show_post(post)
    return reader


class UrlCatcher(QObject):
    """Stands in for the system browser (Qt's own URL-handler hook)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def browser() -> Iterator[UrlCatcher]:
    """Web links opened during the test, instead of a real browser."""
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "open")
    yield catcher
    QDesktopServices.unsetUrlHandler("https")
