"""Colours the reader sets on its own widgets, kept whatever else changes
their palettes.

Changing the application's style sheet (the high-contrast theme adds one,
the others remove it) re-polishes every widget, and Qt then puts back the
palette each widget had when the sheet came, at a moment that depends on
event timing. The reader's page and header would show the previous theme's
colours (a light page under white text) until their next change. A widget
held here gets its colours back in the same palette event.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

_GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)


class KeptColours(QObject):
    """Holds chosen palette colours on widgets (see the module's note)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._held: dict[QWidget, dict[QPalette.ColorRole, QColor]] = {}

    def hold(self, widget: QWidget, colours: dict[QPalette.ColorRole, QColor]) -> None:
        """Give ``widget`` these colours (active and inactive) and keep them."""
        if widget not in self._held:
            widget.installEventFilter(self)
            widget.destroyed.connect(self._on_widget_destroyed)
        self._held[widget] = dict(colours)
        self._restore(widget)

    def _restore(self, widget: QWidget) -> None:
        wanted = self._held.get(widget)
        if not wanted:
            return
        palette = widget.palette()
        if all(palette.color(g, r) == c for g in _GROUPS for r, c in wanted.items()):
            return  # already right: no palette event, so no loop
        palette = QPalette(palette)
        for group in _GROUPS:
            for role, colour in wanted.items():
                palette.setColor(group, role, colour)
        widget.setPalette(palette)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange and isinstance(watched, QWidget):
            self._restore(watched)
        return super().eventFilter(watched, event)

    def _on_widget_destroyed(self, gone: QObject) -> None:
        self._held = {w: c for w, c in self._held.items() if w is not gone}
