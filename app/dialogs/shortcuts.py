"""Help > Keyboard shortcuts: every action of the registry with the keys in
effect (the user's remapping included), grouped by menu, then the few keys
that work in place (in the search box, the find bar, the clip fields)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quotemark.app.accessibility import describe
from quotemark.app.actions import MENUS, ActionRegistry, display_keys
from quotemark.app.dialog_size import remember_size
from quotemark.app.style import mute

FIXED_KEYS: tuple[tuple[str, str], ...] = (
    ("Library search: clear, then back to the reader", "Esc"),
    ("Library search: into the results, back from the first", "Down, Up"),
    ("Library order (newest, date, title, site, clips)", "Alt+O"),
    ("Reader: the post's next or previous link", "Tab, Shift+Tab"),
    ("Reader: open the selected link", "Enter"),
    ("Side tabs: choose another (on the tab bar)", "Left, Right"),
    ("Close the find bar", "Esc"),
    ("Clip fields: save the edit", "Enter"),
    ("Clip fields: drop the edit", "Esc"),
)
"""(what, keys) handled where the keyboard is, listed so they are found."""


def plain(text: str) -> str:
    """A menu text without its mnemonic marker and ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


class ShortcutsDialog(QDialog):
    """The shortcuts sheet."""

    def __init__(self, registry: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.setObjectName("shortcutsSheet")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutsList")
        self.tree.setHeaderLabels(["Action", "Keys"])
        self.tree.setRootIsDecorated(False)
        for menu in MENUS:
            group = QTreeWidgetItem([menu, ""])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.tree.addTopLevelItem(group)
            for spec, _action in registry:
                if spec.menu != menu:
                    continue
                item = QTreeWidgetItem(
                    ["    " + plain(spec.text), display_keys(registry.keys(spec.id)) or "—"]
                )
                item.setToolTip(0, spec.tip or plain(spec.text))
                self.tree.addTopLevelItem(item)
        # Keys that belong to one widget, not to the window (not remappable).
        group = QTreeWidgetItem(["In place", ""])
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        self.tree.addTopLevelItem(group)
        for text, keys in FIXED_KEYS:
            self.tree.addTopLevelItem(QTreeWidgetItem(["    " + text, keys]))
        # Both columns whole: the keys as wide as the longest ("Ctrl+Shift+Z,
        # Ctrl+Y" was cut to "Ctrl…"), the names taking the rest, and the
        # sheet at least as wide as the two with the scroll bar beside them.
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setMinimumWidth(
            self.tree.sizeHintForColumn(0)
            + self.tree.sizeHintForColumn(1)
            + self.tree.verticalScrollBar().sizeHint().width()
            + 2 * self.tree.frameWidth()
        )
        note = QLabel("Change any key above “In place” in Edit > Preferences.", self)
        mute(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleDescription(
            "Closes the shortcuts sheet"
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(max(460, layout.minimumSize().width()), 560)
        remember_size(self, "shortcuts")
        describe(self)

    def rows(self) -> list[tuple[str, str]]:
        """(action, keys) rows as shown, group headings left out."""
        out: list[tuple[str, str]] = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None and item.text(1):
                out.append((item.text(0).strip(), item.text(1)))
        return out
