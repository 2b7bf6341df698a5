"""The library pane's date range: published from … until …, as two date
edits with calendar pop-ups (Alt+Down or F4 by keyboard), each open
("earliest", "latest") until a date is chosen, cleared with the ✕ button,
Delete or Backspace, remembered between runs.

The core filters by published date already (:class:`Listing`'s
``published_from`` / ``published_to``, both ends included); this only turns
the edits into those bounds.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, QPointF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QToolButton,
    QWidget,
)

from quotemark.app import settings
from quotemark.app.accessibility import describe

FROM_SETTING = "library/published_from"
TO_SETTING = "library/published_to"
_ISO = Qt.DateFormat.ISODate
_NONE = QDate(1000, 1, 1)
"""The edits' minimum, shown as "earliest" or "latest": a QDateEdit has no empty state."""
DELAY_MS = 250
"""Typing a year changes the date at each digit: the list waits for a pause."""

# The calendar's own parts, named for screen readers (Qt leaves them bare).
_CALENDAR_PARTS = {
    "qt_calendar_calendarview": ("Days", "Arrow keys choose a day; Enter takes it"),
    "qt_calendar_yearedit": ("Year", "Type a year; Enter goes to it"),
}


def _empty_when_cleared(edit: QDateEdit, empty_text: str) -> None:
    edit.setMinimumDate(_NONE)
    edit.setSpecialValueText(empty_text)
    edit.setDate(_NONE)


def open_calendar(edit: QDateEdit) -> None:
    """Open ``edit``'s calendar pop-up as a click on its arrow does (the
    only way Qt offers: the pop-up has no public call)."""
    option = QStyleOptionComboBox()
    option.initFrom(edit)
    option.editable = True
    option.subControls = QStyle.SubControl.SC_All
    arrow = edit.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, edit
    )
    where = QPointF(arrow.center())
    button = Qt.MouseButton.LeftButton
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        held = button if kind == QEvent.Type.MouseButtonPress else Qt.MouseButton.NoButton
        click = QMouseEvent(
            kind, where, edit.mapToGlobal(where), button, held, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(edit, click)


def _typed_date(edit: QDateEdit, event: QKeyEvent) -> bool:
    """Make a date typed as the edit shows one ("2024-03-20") land whole;
    True when the key was taken here. An empty end ("earliest") ignored
    every digit: a first digit starts from today's date with its year
    chosen, so the digits typed replace it part by part. Qt moves to the
    next part by itself once a part is full; the "-" typed after it (as
    the date is written) would skip a part, so it is taken here."""
    text = event.text()
    if not text or event.modifiers() & ~(
        Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
    ):
        return False
    if text.isdigit() and edit.date() == _NONE:
        edit.setDate(QDate.currentDate())
        edit.setSelectedSection(QDateEdit.Section.YearSection)
        return False  # the digit goes on, into the year
    line = edit.findChild(QLineEdit)
    if line is None or text.isdigit() or not text.isprintable():
        return False
    start = line.selectionStart() if line.hasSelectedText() else line.cursorPosition()
    # Just past the separator typed: the part after it is chosen already.
    return start > 0 and line.text()[start - 1] == text


class _Calendar(QCalendarWidget):
    """The pop-up calendar: an empty edit opens it on this month, not on the
    empty value's year 1000."""

    def __init__(self, edit: QDateEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        self.setGridVisible(False)
        self.setAccessibleName("Calendar")
        self.setAccessibleDescription("Choose a day; Page Up and Page Down change the month")
        for part in self.findChildren(QWidget):
            named = _CALENDAR_PARTS.get(part.objectName())
            if named is None and isinstance(part, QLineEdit):
                named = _CALENDAR_PARTS["qt_calendar_yearedit"]
            if named is not None:
                part.setAccessibleName(named[0])
                part.setAccessibleDescription(named[1])

    def showEvent(self, event: QShowEvent) -> None:
        if self._edit.date() == _NONE:
            # Today is chosen, so Enter takes it and arrows move from it.
            self.setSelectedDate(QDate.currentDate())
        super().showEvent(event)


class _DateEdit(QDateEdit):
    """A date edit whose calendar pop-up is made when it first opens (the
    two calendars were ~4 ms of the window's start, and most runs never
    open one). Qt opens the pop-up in its mouse press handler (Alt+Down and
    F4 send it a click: :func:`open_calendar`), so the calendar is in place
    before Qt asks for it; it is named for screen readers as the rest of the
    window was."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._calendar: _Calendar | None = None
        self._tabbing = False  # a Tab or Shift+Tab is being handled

    def event(self, event: QEvent) -> bool:
        tab = (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        )
        self._tabbing = tab
        try:
            return super().event(event)
        finally:
            self._tabbing = False

    def calendarWidget(self) -> QCalendarWidget:
        self._make_calendar()
        return super().calendarWidget()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._make_calendar()
        super().mousePressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Qt's date edit spends Tab on its year, month and day, and while it
        # shows "earliest" or "latest" it never lets go: the keyboard was
        # stuck in the library pane. Tab leaves, as in every other field.
        # Qt moves between the parts through this call too (a "-" typed):
        # only a Tab leaves, or typing "2024-03-20" left at the first "-".
        if self._tabbing:
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def has_calendar(self) -> bool:
        """Whether the pop-up calendar was made (it is when first opened)."""
        return self._calendar is not None

    def _make_calendar(self) -> None:
        if self._calendar is None:
            self._calendar = _Calendar(self)
            # Takes the edit's range and date, as a calendar set at once would.
            self.setCalendarWidget(self._calendar)
            describe(self)


class DateRange(QWidget):
    """The two ends of the published-date filter, as [from] – [until] ✕. No
    label: the row must fit the library pane at its narrowest (a 1024 px
    window), so the empty ends read "earliest" and "latest" and the tooltips
    and accessible names say what is filtered."""

    changed = Signal()  # either end changed (after a short pause while typing)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.from_edit = self._date_edit(
            "libraryFrom",
            "Published from",
            "Only posts published on or after this day",
            "earliest",
        )
        self.to_edit = self._date_edit(
            "libraryTo", "Published until", "Only posts published on or before this day", "latest"
        )
        dash = QLabel("–", self)
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("libraryDatesClear")
        self.clear_button.setText("✕")
        self.clear_button.setAutoRaise(True)
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.clear_button.setToolTip("Any date")
        self.clear_button.setAccessibleName("Clear the dates")
        self.clear_button.setAccessibleDescription("Lists posts of any date again")
        self.clear_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.from_edit, 1)
        layout.addWidget(dash)
        layout.addWidget(self.to_edit, 1)
        layout.addWidget(self.clear_button)
        QWidget.setTabOrder(self.from_edit, self.to_edit)
        QWidget.setTabOrder(self.to_edit, self.clear_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._restore()
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._on_edit_dateChanged)
        self._show_clear()

    # -- public -----------------------------------------------------------

    def bounds(self) -> tuple[str | None, str | None]:
        """(from, to) as ``YYYY-MM-DD``; ``None`` for an open end."""
        return self._bound(self.from_edit), self._bound(self.to_edit)

    def set_bounds(self, start: str | None, end: str | None) -> None:
        """Show ``start`` and ``end`` (``YYYY-MM-DD`` or ``None``); the list
        follows at once."""
        for edit, value in ((self.from_edit, start), (self.to_edit, end)):
            day = QDate.fromString(value, _ISO) if value else _NONE
            edit.blockSignals(True)
            edit.setDate(day if day.isValid() else _NONE)
            edit.blockSignals(False)
        self._settle()

    def is_set(self) -> bool:
        """Whether either end narrows the list."""
        return self.bounds() != (None, None)

    @Slot()
    def clear(self) -> None:
        """Any date again (both ends empty)."""
        self.set_bounds(None, None)

    # -- internals --------------------------------------------------------

    def _date_edit(
        self, object_name: str, name: str, description: str, empty_text: str
    ) -> QDateEdit:
        edit = _DateEdit(self)
        edit.setObjectName(object_name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        _empty_when_cleared(edit, empty_text)
        edit.setToolTip(f"{description} (Alt+Down: calendar; Delete: any date)")
        edit.setAccessibleName(name)
        edit.setAccessibleDescription(
            f"{description}; Alt+Down opens a calendar, Delete empties it"
        )
        inner = edit.findChild(QLineEdit)
        if inner is not None:
            inner.setAccessibleName(name)
            inner.setAccessibleDescription(description)
            inner.installEventFilter(self)
        edit.installEventFilter(self)
        return edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        edit = self._edit_of(watched)
        if edit is None or event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key, modifiers = event.key(), event.modifiers()
        # Alt+Down and F4 open a combo box's list everywhere; Qt's date edit
        # opens its calendar only for the mouse.
        if (key == Qt.Key.Key_Down and modifiers == Qt.KeyboardModifier.AltModifier) or (
            key == Qt.Key.Key_F4 and not modifiers
        ):
            open_calendar(edit)
            return True
        if _typed_date(edit, event):
            return True
        # Delete, or Backspace on a whole date, empties the end: a date edit
        # would otherwise only clear the digit under the cursor.
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not modifiers:
            line = edit.findChild(QLineEdit)
            whole = line is None or line.hasSelectedText() or edit.date() == _NONE
            if whole or key == Qt.Key.Key_Delete:
                edit.setDate(_NONE)
                return True
        return super().eventFilter(watched, event)

    def _edit_of(self, watched: QObject) -> QDateEdit | None:
        for edit in (self.from_edit, self.to_edit):
            if watched is edit or watched is edit.findChild(QLineEdit):
                return edit
        return None

    @staticmethod
    def _bound(edit: QDateEdit) -> str | None:
        day = edit.date()
        return None if day == _NONE or not day.isValid() else day.toString(_ISO)

    def _restore(self) -> None:
        for edit, key in ((self.from_edit, FROM_SETTING), (self.to_edit, TO_SETTING)):
            day = QDate.fromString(settings.get_str(key), _ISO)
            edit.setDate(day if day.isValid() and day > _NONE else _NONE)

    def _show_clear(self) -> None:
        self.clear_button.setEnabled(self.is_set())

    def _settle(self) -> None:
        self._timer.stop()
        start, end = self.bounds()
        settings.set_value(FROM_SETTING, start or "")
        settings.set_value(TO_SETTING, end or "")
        self._show_clear()
        self.changed.emit()

    @Slot(QDate)
    def _on_edit_dateChanged(self, _date: QDate) -> None:
        self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._settle()
