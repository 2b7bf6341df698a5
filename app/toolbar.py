"""The main toolbar: the everyday actions of the registry (same keys, same
enabled state), with the desktop theme's standard icons and Quotemark's own
drawings where the theme has none (resources/icons/actions)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QMainWindow, QToolBar

from quotemark.app.actions import ActionRegistry
from quotemark.resources import path as resource_path

# (action id, freedesktop icon name, short label under the icon)
ITEMS: tuple[tuple[str, str, str], ...] = (
    ("file.import", "document-import", "Import"),
    ("file.export", "document-export", "Export"),
    ("", "", ""),
    ("edit.undo", "edit-undo", "Undo"),
    ("edit.redo", "edit-redo", "Redo"),
    ("", "", ""),
    ("clip.selection", "edit-clip", "Clip"),
    ("edit.find", "edit-find", "Find"),
    ("collection.new", "folder-new", "New collection"),
    ("", "", ""),
    ("view.focus_mode", "view-fullscreen", "Focus"),
    ("edit.preferences", "preferences-system", "Preferences"),
)


_INK = "#4a5560"
"""The stroke colour the bundled drawings are saved with (recoloured to the
palette's text colour, so they read in the dark and high-contrast themes)."""


def _drawing(name: str, colour: QColor) -> QIcon:
    bundled = resource_path("icons", "actions", f"{name}.svg")
    if not bundled.is_file():
        return QIcon()
    svg = bundled.read_text(encoding="utf-8").replace(_INK, colour.name())
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    for side in (16, 20, 24, 32, 48):
        pixmap = QPixmap(side, side)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        result.addPixmap(pixmap)
    return result


def icon(name: str, colour: QColor | None = None) -> QIcon:
    """The desktop theme's icon called ``name``, else the bundled drawing in
    ``colour`` (by default the application's text colour)."""
    if QIcon.hasThemeIcon(name):
        return QIcon.fromTheme(name)
    ink = colour or QApplication.palette().color(QPalette.ColorRole.WindowText)
    return _drawing(name, ink)


_FONT_EVENTS = (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange)
ICON_SIDE = 20
"""The icons' side in px beside the font the window started with."""


def build(window: QMainWindow, registry: ActionRegistry) -> QToolBar:
    """The toolbar, added to the top of ``window``."""
    bar = QToolBar("Main toolbar", window)
    bar.setObjectName("mainToolbar")
    bar.setMovable(False)
    bar.setIconSize(QSize(ICON_SIDE, ICON_SIDE))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action_id, icon_name, label in ITEMS:
        if not action_id:
            bar.addSeparator()
            continue
        action = registry[action_id]
        action.setIcon(icon(icon_name))
        action.setIconText(label)
        bar.addAction(action)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    bar.installEventFilter(_Recolour(bar, registry))
    return bar


class _Recolour(QObject):
    """Draws the bundled icons again when the theme (palette) changes, and
    sizes them to the font when it changes."""

    def __init__(self, bar: QToolBar, registry: ActionRegistry) -> None:
        super().__init__(bar)
        self._registry = registry
        self._started_at = QFontMetrics(bar.font()).height()

    def _fit_icons(self, bar: QToolBar) -> None:
        # A system font grown while Quotemark runs: the icons grow as much
        # (at 1.6x they stayed 20 px beside labels 1.6 times as tall).
        height = QFontMetrics(bar.font()).height()
        side = max(ICON_SIDE, round(ICON_SIDE * height / max(self._started_at, 1)))
        bar.setIconSize(QSize(side, side))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange:
            for action_id, icon_name, _label in ITEMS:
                if action_id:
                    self._registry[action_id].setIcon(icon(icon_name))
        elif event.type() in _FONT_EVENTS and isinstance(watched, QToolBar):
            self._fit_icons(watched)
        return super().eventFilter(watched, event)
