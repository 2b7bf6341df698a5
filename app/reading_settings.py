"""The reader's type in the settings: face, size, line height and column
width, chosen in Preferences (:class:`quotemark.app.reader.theme.Typography`)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import QDoubleSpinBox, QFontComboBox, QFormLayout, QSpinBox, QWidget

from quotemark.app import settings
from quotemark.app.reader.theme import BODY_POINT_SIZE, MEASURE, Typography, body_font

FAMILY, SIZE, LINE_HEIGHT, MEASURE_KEY = (
    "reader/font",
    "reader/font_size",
    "reader/line_height",
    "reader/measure",
)


def stored() -> Typography:
    """The type the settings hold (defaults where they hold nothing usable)."""
    return Typography(
        family=settings.get_str(FAMILY, ""),
        size=min(max(_float(SIZE, BODY_POINT_SIZE), 8.0), 32.0),
        line_height=min(max(settings.get_int(LINE_HEIGHT, 140), 100), 220),
        measure=min(max(settings.get_int(MEASURE_KEY, MEASURE), 40), 120),
    )


def _float(key: str, default: float) -> float:
    value = settings.settings().value(key)
    try:
        return float(value) if value is not None else default
    except (TypeError, ValueError):
        return default


def store(chosen: Typography) -> None:
    """Remember ``chosen``."""
    settings.set_value(FAMILY, chosen.family)
    settings.set_value(SIZE, chosen.size)
    settings.set_value(LINE_HEIGHT, chosen.line_height)
    settings.set_value(MEASURE_KEY, chosen.measure)


class TypographyFields:
    """The four choices, as rows of a form in Preferences."""

    def __init__(self, form: QFormLayout, current: Typography, parent: QWidget) -> None:
        self.font_box = QFontComboBox(parent)
        self.font_box.setObjectName("readerFont")
        self.font_box.setAccessibleName("Reader font")
        self.font_box.setAccessibleDescription("The face of the reader's text")
        self.font_box.setEditable(False)
        # Nothing chosen: the box names the face the reader resolves its
        # serif default to (not the list's first face, a sans over serif text).
        # Set before the signal is connected, so the default stays unstored.
        shown = current.family or QFontInfo(body_font()).family()
        self.font_box.setCurrentFont(QFont(shown))
        self.font_box.currentFontChanged.connect(self._on_family_currentFontChanged)
        self.size_box = QDoubleSpinBox(parent)
        self.size_box.setObjectName("readerFontSize")
        self.size_box.setRange(8.0, 32.0)
        self.size_box.setSingleStep(0.5)
        self.size_box.setSuffix(" pt")
        self.size_box.setValue(current.size)
        self.size_box.setAccessibleName("Reader font size")
        self.line_box = QSpinBox(parent)
        self.line_box.setObjectName("readerLineHeight")
        self.line_box.setRange(100, 220)
        self.line_box.setSingleStep(5)
        self.line_box.setSuffix(" %")
        self.line_box.setValue(current.line_height)
        self.line_box.setAccessibleName("Reader line spacing")
        self.measure_box = QSpinBox(parent)
        self.measure_box.setObjectName("readerMeasure")
        self.measure_box.setRange(40, 120)
        self.measure_box.setSingleStep(5)
        self.measure_box.setSuffix(" characters")
        self.measure_box.setValue(current.measure)
        self.measure_box.setAccessibleName("Reader column width")
        self.measure_box.setAccessibleDescription(
            "About how many characters a line of the text holds"
        )
        self._family = current.family
        form.addRow("Reader &font:", self.font_box)
        form.addRow("Font si&ze:", self.size_box)
        form.addRow("&Line spacing:", self.line_box)
        form.addRow("Column &width:", self.measure_box)

    def _on_family_currentFontChanged(self, font: QFont) -> None:
        self._family = font.family()

    def chosen(self) -> Typography:
        """What the fields say."""
        return Typography(
            family=self._family,
            size=round(self.size_box.value(), 1),
            line_height=self.line_box.value(),
            measure=self.measure_box.value(),
        )
