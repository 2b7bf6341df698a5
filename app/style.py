"""The application's look: Fusion with a light or dark palette.

The theme preference is ``system`` (default), ``light`` or ``dark``. Fusion
draws the same on every desktop and follows the palette exactly, so the
side panels and dialogs match the reader (whose colours follow the colour
scheme: ``QStyleHints.colorScheme()`` and the palette's lightness).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES = ("system", "light", "dark")
THEME_LABELS = {"system": "Follow the system", "light": "Light", "dark": "Dark"}


def dark_palette() -> QPalette:
    """A calm dark palette (no pure black; readable link and highlight)."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#26262a",
        QPalette.ColorRole.WindowText: "#e6e4df",
        QPalette.ColorRole.Base: "#1e1e21",
        QPalette.ColorRole.AlternateBase: "#2a2a2e",
        QPalette.ColorRole.ToolTipBase: "#34343a",
        QPalette.ColorRole.ToolTipText: "#f0eee9",
        QPalette.ColorRole.PlaceholderText: "#8d8b86",
        QPalette.ColorRole.Text: "#e6e4df",
        QPalette.ColorRole.Button: "#303035",
        QPalette.ColorRole.ButtonText: "#e6e4df",
        QPalette.ColorRole.BrightText: "#ff8a80",
        QPalette.ColorRole.Light: "#404046",
        QPalette.ColorRole.Midlight: "#36363b",
        QPalette.ColorRole.Mid: "#2c2c30",
        QPalette.ColorRole.Dark: "#151517",
        QPalette.ColorRole.Shadow: "#000000",
        QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.LinkVisited: "#c58af9",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QColor("#7a7874")
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def light_palette() -> QPalette:
    """Fusion's own light palette with a warmer window colour."""
    style = QStyleFactory.create("Fusion")
    palette = style.standardPalette() if style is not None else QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f1efeb"))
    palette.setColor(QPalette.ColorRole.Button, QColor("#f4f2ee"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f6f4f0"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#2f6fbf"))
    return palette


def system_is_dark() -> bool:
    """Whether the desktop asks for a dark scheme."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_theme(name: str) -> str:
    """Apply ``system``, ``light`` or ``dark`` to the running application;
    returns the scheme in effect (``light`` or ``dark``)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return "light"
    app.setStyle("Fusion")
    hints = QGuiApplication.styleHints()
    if name == "dark":
        hints.setColorScheme(Qt.ColorScheme.Dark)
    elif name == "light":
        hints.setColorScheme(Qt.ColorScheme.Light)
    else:
        hints.unsetColorScheme()
    dark = name == "dark" or (name not in ("light", "dark") and system_is_dark())
    app.setPalette(dark_palette() if dark else light_palette())
    return "dark" if dark else "light"
