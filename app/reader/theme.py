"""The reader's colours and typography.

Light or dark follows the system (``QStyleHints.colorScheme()``; when the
platform does not say, the application palette's lightness decides). The
body is a serif face at a comfortable size, set in a column about
:data:`MEASURE` characters wide; zoom scales every size by one factor so
headings keep their proportions.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QPalette

MEASURE = 70
"""Characters per line the text column aims for."""

BODY_POINT_SIZE = 12.5
ZOOM_STEP = 1.1
ZOOM_MIN = 0.5
ZOOM_MAX = 3.0

_SERIF_FAMILIES = [
    "Source Serif 4",
    "Source Serif Pro",
    "Literata",
    "Noto Serif",
    "Charter",
    "Georgia",
    "DejaVu Serif",
    "Liberation Serif",
    "Times New Roman",
]
_MONO_FAMILIES = ["Source Code Pro", "DejaVu Sans Mono", "Liberation Mono", "Consolas"]


@dataclass(frozen=True, slots=True)
class Theme:
    """Colours for one scheme. ``dark`` picks the speaker palette's tones."""

    dark: bool
    background: QColor
    text: QColor
    muted: QColor  # paragraph numbers, captions
    link: QColor
    source: QColor  # links to the Sources view
    clip: QColor  # clipped-passage marks
    selection: QColor
    selection_text: QColor
    rule: QColor  # block-quote bar
    doubt: QColor  # wavy underline of quotes whose speaker is uncertain
    added: QColor  # margin mark of paragraphs the researcher added to the body


LIGHT = Theme(
    dark=False,
    background=QColor("#fbfaf7"),
    text=QColor("#1f1d1a"),
    muted=QColor("#6b665e"),
    link=QColor("#1d5fa8"),
    source=QColor("#7a3e9d"),
    clip=QColor("#c2410c"),
    selection=QColor("#2f6fd6"),
    selection_text=QColor("#ffffff"),
    rule=QColor("#d8d3ca"),
    doubt=QColor("#9f1239"),
    added=QColor("#0f766e"),
)

DARK = Theme(
    dark=True,
    background=QColor("#1c1d20"),
    text=QColor("#ebe8e1"),
    muted=QColor("#9d9a94"),
    link=QColor("#7fb2f0"),
    source=QColor("#c9a2e6"),
    clip=QColor("#f59e57"),
    selection=QColor("#3d6fbf"),
    selection_text=QColor("#ffffff"),
    rule=QColor("#45464b"),
    doubt=QColor("#ffd166"),
    added=QColor("#5eead4"),
)

HIGH_CONTRAST = Theme(
    dark=True,
    background=QColor("#000000"),
    text=QColor("#ffffff"),
    muted=QColor("#d0d0d0"),
    link=QColor("#8fd3ff"),
    source=QColor("#e2b8ff"),
    clip=QColor("#ffb347"),
    selection=QColor("#ffd400"),
    selection_text=QColor("#000000"),
    rule=QColor("#ffffff"),
    doubt=QColor("#ffe066"),
    added=QColor("#7fffd4"),
)
"""The reader in the high-contrast theme: white on black, yellow selection;
speakers keep the dark theme's tones (each at least 7:1 with white)."""

_high_contrast = False
_chosen = Qt.ColorScheme.Unknown
"""The scheme the application's theme forces (Unknown: it follows the
system). Kept here because ``QStyleHints.colorScheme()`` follows a request
only when the platform answers, an event later on some platforms: a reader
rebuilt in between would take the old scheme's colours. When the platform
reports no scheme at all, the palette's lightness decides, as before."""


def set_high_contrast(on: bool) -> None:
    """Whether the application runs the high-contrast theme (set by
    ``quotemark.app.style.apply_theme`` before it changes the palette)."""
    global _high_contrast
    _high_contrast = on


def set_app_scheme(scheme: Qt.ColorScheme) -> None:
    """The scheme the application's theme forces (``Unknown``: the system's),
    set by ``quotemark.app.style.apply_theme`` before anything repaints."""
    global _chosen
    _chosen = scheme


def system_is_dark() -> bool:
    """Whether the application's theme, or else the system, asks for a dark
    scheme."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme != Qt.ColorScheme.Unknown and _chosen != Qt.ColorScheme.Unknown:
        # The platform may still report the scheme before the switch.
        return _chosen == Qt.ColorScheme.Dark
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def theme_for(scheme: Qt.ColorScheme = Qt.ColorScheme.Unknown) -> Theme:
    """The theme for ``scheme``; ``Unknown`` follows the system. The
    high-contrast theme replaces the dark one (a forced light scheme stays
    light)."""
    if _high_contrast and scheme != Qt.ColorScheme.Light:
        return HIGH_CONTRAST
    if scheme == Qt.ColorScheme.Dark:
        return DARK
    if scheme == Qt.ColorScheme.Light:
        return LIGHT
    return DARK if system_is_dark() else LIGHT


@dataclass(frozen=True, slots=True)
class Typography:
    """The reader's type as chosen in Preferences: the body face (``""``:
    the bundled choice of serif faces), its size in points, the line height
    in percent of the font's, and the column's width in characters. Zoom
    scales the size on top."""

    family: str = ""
    size: float = BODY_POINT_SIZE
    line_height: int = 140
    measure: int = MEASURE


_typography = Typography()


def typography() -> Typography:
    """The type in effect."""
    return _typography


def set_typography(chosen: Typography) -> None:
    """Use ``chosen`` from now on (readers rebuild to show it)."""
    global _typography
    _typography = chosen


def body_font(zoom: float = 1.0) -> QFont:
    """The body font (serif unless another face was chosen) at ``zoom``."""
    font = QFont()
    if _typography.family:
        font.setFamilies([_typography.family, *_SERIF_FAMILIES])
    else:
        font.setFamilies(_SERIF_FAMILIES)
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(_typography.size * zoom)
    return font


def mono_font(zoom: float = 1.0) -> QFont:
    """The font for code blocks and tables."""
    font = QFont()
    font.setFamilies(_MONO_FAMILIES)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(_typography.size * 0.88 * zoom)
    return font


def heading_scale(level: int) -> float:
    """A heading's size relative to the body."""
    return {1: 1.7, 2: 1.45, 3: 1.25, 4: 1.12}.get(level, 1.05)


def measure_width(font: QFont) -> float:
    """The pixel width of a line of the chosen measure (:data:`MEASURE`
    characters unless changed) in ``font``."""
    metrics = QFontMetricsF(font)
    return metrics.averageCharWidth() * _typography.measure


def clamp_zoom(zoom: float) -> float:
    """Zoom kept to a readable range."""
    return max(ZOOM_MIN, min(ZOOM_MAX, zoom))


def page_colours(theme: Theme) -> dict[QPalette.ColorRole, QColor]:
    """The reader page's palette colours in ``theme`` (active and inactive
    alike; see :func:`apply_palette`)."""
    return {
        QPalette.ColorRole.Base: theme.background,
        QPalette.ColorRole.Text: theme.text,
        QPalette.ColorRole.Highlight: theme.selection,
        QPalette.ColorRole.HighlightedText: theme.selection_text,
        QPalette.ColorRole.Link: theme.link,
    }


def apply_palette(palette: QPalette, theme: Theme) -> QPalette:
    """``palette`` with the reader's base, text and selection colours."""
    result = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        result.setColor(group, QPalette.ColorRole.Base, theme.background)
        result.setColor(group, QPalette.ColorRole.Text, theme.text)
        result.setColor(group, QPalette.ColorRole.Highlight, theme.selection)
        result.setColor(group, QPalette.ColorRole.HighlightedText, theme.selection_text)
        result.setColor(group, QPalette.ColorRole.Link, theme.link)
    result.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base, theme.background)
    return result
