"""Edit > Preferences: remap any action's keys, choose the theme and the
citation style of "Copy as citation" (the shipped CSL styles and any
``.csl`` file in the user's styles folder, which the dialog names).

Keys are edited per action with a ``QKeySequenceEdit`` (the first key; an
action's other default keys stay only while its first key is the default).
Two actions sharing a key is refused with a message naming both.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quotemark.app import identity, reading_settings, settings
from quotemark.app.accessibility import describe
from quotemark.app.actions import ActionRegistry, spec
from quotemark.app.dialog_size import remember_size
from quotemark.app.dialogs.shortcuts import plain
from quotemark.app.reading_settings import TypographyFields
from quotemark.app.style import THEME_LABELS, THEMES, apply_theme, show_as_error
from quotemark.library.export import stylebook
from quotemark.library.who import BadDisplayName, clean_display_name, save_display_name

_PORTABLE = QKeySequence.SequenceFormat.PortableText


class PreferencesDialog(QDialog):
    """Key bindings, theme, citation style and the reader's type."""

    applied = Signal()  # the choices were saved

    def __init__(self, registry: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.setObjectName("preferences")
        self._registry = registry
        self.theme_box = QComboBox(self)
        self.theme_box.setObjectName("themeChoice")
        for name in THEMES:
            self.theme_box.addItem(THEME_LABELS[name], name)
        current = settings.get_str("appearance/theme", "system")
        self.theme_box.setCurrentIndex(max(self.theme_box.findData(current), 0))

        self.style_box = QComboBox(self)
        self.style_box.setObjectName("citationStyle")
        for info in stylebook.available():
            shown = f"{info.label} (yours)" if info.user else info.label
            self.style_box.addItem(shown, info.name)
        chosen = settings.get_str(settings.CITATION_STYLE, stylebook.DEFAULT_STYLE)
        self.style_box.setCurrentIndex(max(self.style_box.findData(chosen), 0))
        self.style_box.setToolTip(
            f"Add your own .csl styles to {stylebook.user_styles_dir()} and reopen Preferences."
        )

        # Who new clips, corrections and imports are recorded as made by.
        self.name_edit = QLineEdit(identity.display_name(), self)
        self.name_edit.setObjectName("displayName")
        self.name_edit.setAccessibleName("Display name")
        self.name_edit.setPlaceholderText("your database role or login name")
        self.name_edit.setToolTip(
            "The name colleagues see on your clips, corrections and imports."
            " Leave empty to use your database role (shared library) or login name."
        )

        self.table = QTableWidget(self)
        self.table.setObjectName("keyTable")
        self.table.setColumnCount(2)
        self.table.setHorizontalHeaderLabels(["Action", "Key"])
        self.table.verticalHeader().hide()
        self._editors: dict[str, QKeySequenceEdit] = {}
        items = list(registry)
        self.table.setRowCount(len(items))
        for row, (item, _action) in enumerate(items):
            label = QTableWidgetItem(f"{item.menu}: {plain(item.text)}")
            label.setToolTip(item.tip)
            self.table.setItem(row, 0, label)
            keys = registry.keys(item.id)
            editor = QKeySequenceEdit(QKeySequence(keys[0] if keys else ""), self.table)
            editor.setClearButtonEnabled(True)
            # Read out by the action it keys, not as one of 40 nameless fields.
            editor.setAccessibleName(f"Key for {item.menu}: {plain(item.text)}")
            editor.setAccessibleDescription(
                "Press the new key here; the clear button leaves the action without one"
            )
            # Reached by Enter on its row, not by Tab: Tab walked the table
            # and its 70 fields two by two before anything below them.
            editor.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            editor.editingFinished.connect(self._on_editor_editingFinished)
            self.table.setCellWidget(row, 1, editor)
            self._editors[item.id] = editor
        self._fit_columns()
        self.table.setTabKeyNavigation(False)  # Tab leaves; the arrows choose a row
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.installEventFilter(self)

        self.reset_button = QPushButton("&Restore default keys", self)
        self.reset_button.setObjectName("restoreKeys")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        show_as_error(self.message)
        self.message.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout()
        form.addRow("&Theme:", self.theme_box)
        form.addRow("Citation &style:", self.style_box)
        form.addRow("Display &name:", self.name_edit)
        self.typography = TypographyFields(form, reading_settings.stored(), self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        shortcuts_label = QLabel(
            "&Keyboard shortcuts (Enter on an action, or a click on its key, then the new key):",
            self,
        )
        shortcuts_label.setWordWrap(True)
        shortcuts_label.setBuddy(self.table)
        layout.addWidget(shortcuts_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reset_button)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.resize(560, 620)
        remember_size(self, "preferences")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleDescription(
            "Saves the choices and closes Preferences"
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleDescription(
            "Closes Preferences without saving"
        )
        # Tab in the order the fields are seen: the reader's type (made
        # after the table) came after it and its keys.
        order = [
            self.theme_box,
            self.style_box,
            self.name_edit,
            self.typography.font_box,
            self.typography.size_box,
            self.typography.line_box,
            self.typography.measure_box,
            self.table,
            self.reset_button,
        ]
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)
        describe(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            editor = self.table.cellWidget(max(self.table.currentRow(), 0), 1)
            if editor is not None:
                # The row's key field takes the next keys pressed.
                editor.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        # The Key column as wide as the widest key (or the field's prompt)
        # beside the clear button, the actions' names taking the rest, and
        # the table at least as wide as both with its scroll bar: at 1.6x
        # the names took all but 118 px and "Ctrl+Shift+Del" read
        # "Shift+Del" (27 keys were cut so).
        table = self.table
        fields = [f for e in self._editors.values() if (f := e.findChild(QLineEdit)) is not None]
        widest = 0
        if fields:
            # The fields are alike (one style, one font): their button and
            # frame measured once, not on each of the 70 rows.
            field = fields[0]
            metrics = field.fontMetrics()
            style = field.style()
            icon = min(style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, field), 32)
            frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, field)
            # Qt's clear button: the icon, 6 px about it and a quarter icon
            # of margin; then the frame and the text's own margins each side.
            clear = icon + 6 + icon // 4
            texts = [t for f in fields for t in (f.text(), f.placeholderText())]
            widest = max(metrics.horizontalAdvance(t) for t in texts) + clear + 2 * frame + 8
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(1, widest)
        table.setMinimumWidth(
            table.sizeHintForColumn(0)
            + widest
            + table.verticalScrollBar().sizeHint().width()
            + 2 * table.frameWidth()
        )

    @Slot()
    def _on_editor_editingFinished(self) -> None:
        # A key taken: back to the table, where Tab leaves and Enter edits again.
        focused = QApplication.focusWidget()
        if focused is not None and self.table.isAncestorOf(focused):
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_key(self, action_id: str, key: str) -> None:
        """Type a key for an action (what a user does in the editor)."""
        self._editors[action_id].setKeySequence(QKeySequence(key))

    def bindings(self) -> dict[str, list[str]]:
        """The keys as edited, per action."""
        out: dict[str, list[str]] = {}
        for action_id, editor in self._editors.items():
            first = editor.keySequence().toString(_PORTABLE)
            defaults = list(spec(action_id).keys)
            if defaults and first == QKeySequence(defaults[0]).toString(_PORTABLE):
                out[action_id] = defaults
            else:
                out[action_id] = [first] if first else []
        return out

    def apply(self) -> bool:
        """Save keys and theme; False (with the problem shown) if two actions
        would share a key or the display name is an address or credentials."""
        try:
            name = clean_display_name(self.name_edit.text())
        except BadDisplayName as error:
            self.message.setText(error.message)
            self.message.show()
            return False
        bindings = self.bindings()
        clashes = self._registry.conflicts(bindings)
        if clashes:
            key, first, second = clashes[0]
            self.message.setText(
                f"{key} is given to both “{plain(spec(first).text)}” and "
                f"“{plain(spec(second).text)}”. Give one of them another key."
            )
            self.message.show()
            return False
        for action_id, keys in bindings.items():
            if keys != self._registry.keys(action_id):
                self._registry.set_keys(action_id, keys)
        settings.set_value(settings.CITATION_STYLE, str(self.style_box.currentData()))
        try:
            save_display_name(name)
        except OSError as error:
            self.message.setText(f"The display name could not be saved: {error}")
            self.message.show()
            return False
        reading_settings.store(self.typography.chosen())
        theme = str(self.theme_box.currentData())
        settings.set_value("appearance/theme", theme)
        apply_theme(theme)
        self.applied.emit()
        return True

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if self.apply():
            self.accept()

    @Slot()
    def _on_reset_button_clicked(self) -> None:
        for action_id, editor in self._editors.items():
            defaults = spec(action_id).keys
            editor.setKeySequence(QKeySequence(defaults[0] if defaults else ""))
