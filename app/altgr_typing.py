"""Characters typed with AltGr reach the text field, not a Ctrl+Alt shortcut.

On Windows AltGr is Ctrl+Alt: AltGr+2 types "²" on a German keyboard, AltGr+N
"ń" on a Polish one, AltGr+7 "{" on many. The window's Ctrl+Alt keys (the side
tabs' Ctrl+Alt+1 to 5, New collection from selection's Ctrl+Alt+N, ...) took
those keys from the search box and every other field: the tab or the command
came and the character never did. A text field now keeps a Ctrl+Alt key
whose layout made a character of it (the event's text is printable and is
not the key's own letter or digit); a Ctrl+Alt key that types nothing, as on
an English layout, is still the shortcut.

Only where AltGr is Ctrl+Alt: Windows. Elsewhere a Ctrl+Alt key is always
one the user meant as such (X11 and Wayland send AltGr as a key of its own,
never Ctrl+Alt; on a Mac, Qt's Ctrl is Command), yet it can still carry a
character (Ctrl+Alt+N on a non-Latin layout under X11 can carry "т",
Command+Option+2 on a Mac "™": read from how those systems make text,
not seen on them). Taken for AltGr there, the field would type it and the
shortcut (Ctrl+Alt+N, Ctrl+Alt+2) could not be had from any field.

The filter is put on a text field when it takes the keyboard (the
application's ``focusChanged``), not on every event of the application.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

_CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
_MODIFIERS = _CTRL_ALT | Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.MetaModifier
ALTGR_IS_CTRL_ALT = sys.platform == "win32"
"""Whether the system sends AltGr as Ctrl+Alt (read at each key: tests set it)."""


def typed_with_altgr(event: QKeyEvent) -> bool:
    """Whether a Ctrl+Alt key event carries a character its layout made
    (AltGr on Windows), rather than the key's own letter or digit; never
    where AltGr is not Ctrl+Alt (see the module's note)."""
    if not ALTGR_IS_CTRL_ALT:
        return False
    held = event.modifiers() & _MODIFIERS
    if held & _CTRL_ALT != _CTRL_ALT or held & Qt.KeyboardModifier.MetaModifier:
        return False
    text = event.text()
    if len(text) != 1 or not text.isprintable():
        return False
    key = event.key()
    own = chr(key).lower() if 0x20 < key < 0x7F else ""
    return text.lower() != own


def _typing_field(widget: QWidget | None) -> bool:
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly()
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return not widget.isReadOnly()
    return False


class AltGrTyping(QObject):
    """Watches the fields that take the keyboard (one per application)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.focusChanged.connect(self._focus_changed)

    @Slot(QWidget, QWidget)
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if _typing_field(new):
            assert new is not None
            new.installEventFilter(self)  # once: Qt keeps one entry per filter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QWidget)
            and _typing_field(watched)
            and typed_with_altgr(event)
        ):
            event.accept()  # the field types it; no shortcut takes it
            return True
        return False


def watch(app: QApplication) -> None:
    """Let AltGr type in every text field of ``app`` (once)."""
    if app.findChild(AltGrTyping) is None:
        AltGrTyping(app)
