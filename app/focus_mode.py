"""Distraction-free reading (View > Focus mode, F11): the window goes full
screen with only the reader (its find bar included); the library, the side
panel, the menus and the status bar step aside, every key still works, and
F11 or Esc brings everything back as it was."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

if TYPE_CHECKING:
    from quotemark.app.main_window import MainWindow


class FocusMode(QObject):
    """Turns the window's focus mode on and off."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._on = False
        self._was_maximized = False
        self._was_full_screen = False
        window.reader.editor().installEventFilter(self)

    def is_on(self) -> bool:
        """Whether only the reader shows."""
        return self._on

    def set_on(self, on: bool) -> None:
        """Show only the reader, full screen (or everything again)."""
        if on == self._on:
            return
        window = self._window
        self._on = on
        window.reader_room.hold_side(on)
        for widget in (
            window.library_pane,
            window.side_tabs,
            window.statusBar(),
            window.menuBar(),
            window.toolbar,
        ):
            widget.setVisible(not on)
        # A side panel the window was too narrow for (or the user hid)
        # stays hidden when focus mode ends.
        window.side_tabs.setVisible(not on and not window.reader_room.side_hidden())
        if on:
            self._was_maximized = window.isMaximized()
            self._was_full_screen = window.isFullScreen()
            window.showFullScreen()
            window.reader.editor().setFocus(Qt.FocusReason.OtherFocusReason)
        elif not self._was_full_screen:
            if self._was_maximized:
                window.showMaximized()
            else:
                window.showNormal()
        action = window.registry["view.focus_mode"]
        if action.isChecked() != on:
            action.setChecked(on)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Esc in the text leaves focus mode (it does nothing else there).
        if (
            self._on
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and not event.modifiers()
        ):
            self.set_on(False)
            return True
        return super().eventFilter(watched, event)
