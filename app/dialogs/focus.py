"""Giving the keyboard back when a dialog closes.

A window manager re-activates the window under a closed dialog; a bare X
session (no window manager, as the end-to-end run uses) does not, so after
a dialog closes no window is active and every key goes nowhere. The window
that opened a dialog therefore activates itself again and puts the focus
back where it was, unless another of our windows is already active.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from shiboken6 import Shiboken


def usable(widget: QWidget | None, window: QWidget) -> bool:
    """Whether ``widget`` can take the keyboard inside ``window`` now (it
    may have been deleted or hidden while the dialog was open)."""
    return (
        widget is not None
        and Shiboken.isValid(widget)
        and widget.window() is window
        and widget.isVisible()
        and widget.isEnabled()
    )


def restore_focus(
    window: QWidget,
    previous: QWidget | None,
    fallback: Callable[[], None] | None = None,
    *,
    closing: QWidget | None = None,
) -> bool:
    """Activate ``window`` and focus ``previous`` (else call ``fallback``);
    False when another visible window of ours has the keyboard (a second
    dialog), which is then left alone. ``closing`` is the dialog just
    closed: it may still count as active until the platform says otherwise."""
    if not Shiboken.isValid(window) or not window.isVisible():
        return False
    if QGuiApplication.applicationState() != Qt.ApplicationState.ApplicationActive:
        # The user is in another program (a long import ended meanwhile):
        # never take the keyboard from it.
        return False
    active = QApplication.activeWindow()
    if active is not None and active is not window and active is not closing and active.isVisible():
        return False
    window.activateWindow()
    if usable(previous, window):
        assert previous is not None
        previous.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
    elif fallback is not None:
        fallback()
    return True


def return_focus_after(
    dialog: QDialog, window: QWidget, fallback: Callable[[], None] | None = None
) -> None:
    """When ``dialog`` finishes, give the keyboard back to the widget that
    has it now (see :func:`restore_focus`)."""
    previous = QApplication.focusWidget()
    if previous is not None and previous.window() is not window:
        previous = None

    def _on_dialog_finished(_result: int) -> None:
        restore_focus(window, previous, fallback, closing=dialog)

    dialog.finished.connect(_on_dialog_finished)
