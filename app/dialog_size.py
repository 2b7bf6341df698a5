"""Dialogs keep the size the researcher gave them: a Preferences or
shortcuts sheet widened to read more rows opens that wide next time (and
next run), never larger than the screen it opens on."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from quotemark.app import settings


def _key(name: str) -> str:
    return f"dialogs/{name}/size"


def stored_size(name: str) -> tuple[int, int] | None:
    """The width and height the dialog ``name`` was last closed at (None:
    never, or the setting is unreadable)."""
    width, _, height = settings.get_str(_key(name)).partition("x")
    if not (width.isdigit() and height.isdigit()):
        return None
    return int(width), int(height)


def remember_size(dialog: QDialog, name: str) -> None:
    """Open ``dialog`` at the size it was last closed at (its own default
    the first time, set before this is called) and store its size when it
    closes, accepted or not."""
    size = stored_size(name)
    if size is not None:
        width, height = size
        screen = dialog.screen() or QGuiApplication.primaryScreen()
        if screen is not None:  # a smaller screen since: it still fits
            room = screen.availableGeometry().size()
            width, height = min(width, room.width()), min(height, room.height())
        dialog.resize(max(width, dialog.minimumSizeHint().width()), height)
    dialog.finished.connect(
        lambda _result: settings.set_value(_key(name), f"{dialog.width()}x{dialog.height()}")
    )
