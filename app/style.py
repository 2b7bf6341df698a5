"""The application's look: Fusion with a light, dark or high-contrast palette.

The theme preference is ``system`` (default), ``light``, ``dark`` or
``high-contrast`` (white on black, yellow selection). Every text colour keeps
at least 4.5:1 against its background (WCAG AA; tests walk the palettes).
Quiet text (counts, empty-list notes) uses :func:`mute`, never a disabled
widget: disabled text is about 1.6:1 in Fusion's light palette, and a screen
reader announces a disabled label as unavailable. Fusion
draws the same on every desktop and follows the palette exactly, so the
side panels and dialogs match the reader (whose colours follow the colour
scheme: ``QStyleHints.colorScheme()`` and the palette's lightness).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

from quotemark.app.reader import theme as reader_theme
from quotemark.app.reader.highlight import contrast_ratio

THEMES = ("system", "light", "dark", "high-contrast")
THEME_LABELS = {
    "system": "Follow the system",
    "light": "Light",
    "dark": "Dark",
    "high-contrast": "High contrast",
}


def _palette(colours: dict[QPalette.ColorRole, str], disabled: str) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette


def dark_palette() -> QPalette:
    """A calm dark palette (no pure black; readable link and highlight)."""
    colours = {
        QPalette.ColorRole.Window: "#26262a",
        QPalette.ColorRole.WindowText: "#e6e4df",
        QPalette.ColorRole.Base: "#1e1e21",
        QPalette.ColorRole.AlternateBase: "#2a2a2e",
        QPalette.ColorRole.ToolTipBase: "#34343a",
        QPalette.ColorRole.ToolTipText: "#f0eee9",
        QPalette.ColorRole.PlaceholderText: "#a8a59f",
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
    return _palette(colours, disabled="#7a7874")


def light_palette() -> QPalette:
    """Fusion's own light palette with a warmer window colour."""
    style = QStyleFactory.create("Fusion")
    palette = style.standardPalette() if style is not None else QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f1efeb"))
    palette.setColor(QPalette.ColorRole.Button, QColor("#f4f2ee"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f6f4f0"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#2f6fbf"))
    # Fusion's placeholder is the text colour itself, and its visited links
    # are 3:1 on white.
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#66615a"))
    palette.setColor(QPalette.ColorRole.LinkVisited, QColor("#6b3fa0"))
    return palette


def high_contrast_palette() -> QPalette:
    """White on black with white frames and a yellow selection (every text
    pair above 12:1)."""
    colours = {
        QPalette.ColorRole.Window: "#000000",
        QPalette.ColorRole.WindowText: "#ffffff",
        QPalette.ColorRole.Base: "#000000",
        QPalette.ColorRole.AlternateBase: "#1a1a1a",
        QPalette.ColorRole.ToolTipBase: "#000000",
        QPalette.ColorRole.ToolTipText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#c8c8c8",
        QPalette.ColorRole.Text: "#ffffff",
        QPalette.ColorRole.Button: "#000000",
        QPalette.ColorRole.ButtonText: "#ffffff",
        QPalette.ColorRole.BrightText: "#ffd400",
        QPalette.ColorRole.Light: "#ffffff",
        QPalette.ColorRole.Midlight: "#d0d0d0",
        QPalette.ColorRole.Mid: "#a0a0a0",
        QPalette.ColorRole.Dark: "#ffffff",
        QPalette.ColorRole.Shadow: "#ffffff",
        QPalette.ColorRole.Highlight: "#ffd400",
        QPalette.ColorRole.HighlightedText: "#000000",
        QPalette.ColorRole.Link: "#8fd3ff",
        QPalette.ColorRole.LinkVisited: "#e2b8ff",
    }
    return _palette(colours, disabled="#a0a0a0")


_HIGH_CONTRAST_FRAMES = """
QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QAbstractItemView {
    border: 1px solid #ffffff;
}
QTabBar::tab { border: 1px solid #ffffff; padding: 4px 12px; margin-right: 2px; }
QTabBar::tab:selected { background: #ffd400; color: #000000; }
QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus, QPlainTextEdit:focus,
QAbstractItemView:focus {
    border: 2px solid #ffd400;
}
"""
"""Fusion draws frames a shade darker than the window: invisible on black,
so the high-contrast theme draws them white (yellow with the focus)."""


def palette_for(name: str, *, system_dark: bool = False) -> QPalette:
    """The palette of theme ``name`` (``system`` follows ``system_dark``)."""
    if name == "high-contrast":
        return high_contrast_palette()
    if name == "dark" or (name not in THEMES[1:] and system_dark):
        return dark_palette()
    return light_palette()


ERROR_ON_LIGHT = QColor("#c62828")
ERROR_ON_DARK = QColor("#ff8a80")
"""Error text: 4.9:1 on the light window, 6.7:1 on the dark one and 9:1 on
high contrast's black (the light red was 3.6:1 on black, 2.7:1 on dark)."""


def error_colour(palette: QPalette) -> QColor:
    """The red for error messages that reads on ``palette``'s window."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return ERROR_ON_DARK if dark else ERROR_ON_LIGHT


_ERROR_PROPERTY = "quotemarkErrorText"


def _paint_error(widget: QWidget) -> None:
    # The application's window colour, not the widget's own palette: a
    # widget with a style sheet keeps the palette it was polished with.
    wanted = f"color: {error_colour(QApplication.palette(widget)).name()};"
    if widget.styleSheet() != wanted:
        widget.setStyleSheet(wanted)


def show_as_error(widget: QWidget) -> None:
    """Draw ``widget``'s text as an error message, in a red that keeps at
    least 4.5:1 in every theme (:func:`apply_theme` repaints it)."""
    widget.setProperty(_ERROR_PROPERTY, True)
    _paint_error(widget)
    _follow_font()


_font_followed = False


def _follow_font() -> None:
    """Once: when the application's font changes (the system's text size,
    changed while Quotemark runs), the widgets given a style sheet here take
    it too. Qt leaves a styled widget at the font it was polished with: the
    Clips tab's "This post" and "All clips" stayed small beside larger text."""
    global _font_followed
    app = QApplication.instance()
    if _font_followed or not isinstance(app, QApplication):
        return
    _font_followed = True
    app.fontChanged.connect(_on_font_changed)


def _on_font_changed(_font: QFont) -> None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for widget in app.allWidgets():
        if widget.property(_ERROR_PROPERTY) or widget.property(_TOGGLE_PROPERTY):
            sheet = widget.styleSheet()
            widget.setStyleSheet("")  # the same sheet again would not polish
            widget.setStyleSheet(sheet)


_TOGGLE_PROPERTY = "quotemarkToggle"
TOGGLE_CONTRAST = 3.0
"""A checked toggle's fill against an unchecked one's face: at least WCAG's
3:1 for the parts of a control that show its state."""


def _paint_toggle(button: QWidget) -> None:
    # Fusion draws a checked button a shade darker than an unchecked one:
    # hard to tell in light, invisible in dark and high contrast. A checked
    # toggle takes the selection's colours, which every theme keeps readable
    # (4.5:1 and more); an unchecked one stays as Fusion draws it.
    palette = QApplication.palette(button)
    fill = palette.color(QPalette.ColorRole.Highlight)
    text = palette.color(QPalette.ColorRole.HighlightedText)
    face = palette.color(QPalette.ColorRole.Button)
    if contrast_ratio(fill, face) < TOGGLE_CONTRAST:
        # The dark theme's selection blue is 2.6:1 on its buttons: the
        # light link blue under dark text tells on and off apart instead.
        fill = palette.color(QPalette.ColorRole.Link)
        text = palette.color(QPalette.ColorRole.Base)
    ring = palette.color(QPalette.ColorRole.WindowText)
    wanted = (
        "QPushButton:checked {"
        f" background: {fill.name()}; color: {text.name()};"
        f" border: 1px solid {fill.darker(125).name()}; border-radius: 2px;"
        " padding: 4px 8px; }"
        # The keyboard's place stays visible on the filled button.
        f"QPushButton:checked:focus {{ border: 2px solid {ring.name()}; padding: 3px 7px; }}"
    )
    if button.styleSheet() != wanted:
        button.setStyleSheet(wanted)


def show_as_toggle(button: QWidget) -> None:
    """Draw checkable ``button``'s checked state so it shows in every theme
    (:func:`apply_theme` repaints it)."""
    button.setProperty(_TOGGLE_PROPERTY, True)
    _paint_toggle(button)
    _follow_font()


def mute(widget: QWidget) -> None:
    """Draw ``widget``'s text in the theme's quiet colour (still readable
    at 4.5:1, still enabled for screen readers and keyboard focus)."""
    widget.setForegroundRole(QPalette.ColorRole.PlaceholderText)


def system_is_dark() -> bool:
    """Whether the desktop asks for a dark scheme."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


_MARKS = frozenset(
    {
        QStyle.PixelMetric.PM_IndicatorWidth,
        QStyle.PixelMetric.PM_IndicatorHeight,
        QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
        QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
    }
)


class _FontSizedMarks(QProxyStyle):
    """Fusion with check box and radio button squares as tall as their
    text: Fusion draws them 14 px at any font, small marks beside labels at
    a 1.6x system font (at the usual font they are the same 14 px)."""

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        base = super().pixelMetric(metric, option, widget)
        if metric not in _MARKS:
            return base
        font = widget.font() if widget is not None else QApplication.font()
        return max(base, QFontMetrics(font).height())


def apply_theme(name: str) -> str:
    """Apply ``system``, ``light``, ``dark`` or ``high-contrast`` to the
    running application; returns the scheme in effect (``light``, ``dark``
    or ``high-contrast``)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return "light"
    app.setStyle(_FontSizedMarks("Fusion"))
    forced = {
        "dark": Qt.ColorScheme.Dark,
        "high-contrast": Qt.ColorScheme.Dark,
        "light": Qt.ColorScheme.Light,
    }.get(name, Qt.ColorScheme.Unknown)
    # The reader reads these when the change reaches it: first, so that every
    # signal and event below finds the new theme, whatever their order.
    reader_theme.set_high_contrast(name == "high-contrast")
    reader_theme.set_app_scheme(forced)
    hints = QGuiApplication.styleHints()
    if forced == Qt.ColorScheme.Unknown:
        hints.unsetColorScheme()
    else:
        hints.setColorScheme(forced)
    system_dark = system_is_dark()
    app.setPalette(palette_for(name, system_dark=system_dark))
    app.setStyleSheet(_HIGH_CONTRAST_FRAMES if name == "high-contrast" else "")
    # Changing the style sheet re-polishes every widget, and Qt then puts back
    # the palette a widget had when the sheet came: the reader's page could
    # keep the previous theme's colour under the new text. The reader looks
    # again once everything has changed, so the page never depends on the
    # order Qt's signals and events arrive in.
    from quotemark.app.reader.view import ReaderView  # late: the reader is heavy

    for widget in app.allWidgets():
        if isinstance(widget, ReaderView):
            widget.follow_theme()
        elif widget.property(_ERROR_PROPERTY):
            _paint_error(widget)
        elif widget.property(_TOGGLE_PROPERTY):
            _paint_toggle(widget)
    if name == "high-contrast":
        return name
    dark = name == "dark" or (name not in ("light", "dark") and system_dark)
    return "dark" if dark else "light"
