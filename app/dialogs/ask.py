"""The one-line questions (a name to type, one of a list to pick) as
QInputDialog asks them, with the field named after its label: the static
``QInputDialog.getText``/``getItem`` leave the field without an accessible
name of its own (a screen reader had only the dialog's label to go by)."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QInputDialog, QLineEdit, QWidget


def field_name(label: str) -> str:
    """The field's accessible name: its label without the mnemonic marker
    and the colon ("Name of the new collection (top level)")."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")


class _Asking(QInputDialog):
    """A QInputDialog naming its field when shown (Qt makes the field it
    shows, a line edit or a combo box, lazily, and lays it out on show)."""

    def __init__(self, parent: QWidget, title: str, label: str, description: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setLabelText(label)
        self._name = field_name(label)
        self._description = description

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        combo = self.findChild(QComboBox)
        shown = combo if combo is not None and combo.isVisibleTo(self) else None
        field = shown or self.findChild(QLineEdit)
        if field is not None:
            field.setAccessibleName(self._name)
            field.setAccessibleDescription(self._description)


def get_text(parent: QWidget, title: str, label: str, text: str = "") -> tuple[str, bool]:
    """Ask for a line of text, as ``QInputDialog.getText``: (text, accepted)."""
    dialog = _Asking(parent, title, label, f"{title}: Enter accepts, Escape cancels")
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setTextValue(text)
    return _answer(dialog)


def get_item(
    parent: QWidget,
    title: str,
    label: str,
    items: list[str],
    current: int = 0,
    editable: bool = True,
) -> tuple[str, bool]:
    """Ask to pick one of ``items``, as ``QInputDialog.getItem``: (text, accepted)."""
    description = f"{title}: Up and Down choose, Enter accepts, Escape cancels"
    dialog = _Asking(parent, title, label, description)
    dialog.setComboBoxItems(items)
    dialog.setComboBoxEditable(editable)
    if 0 <= current < len(items):
        dialog.setTextValue(items[current])
    return _answer(dialog)


def _answer(dialog: _Asking) -> tuple[str, bool]:
    """Show ``dialog`` until answered: (its text, accepted); then let it go."""
    accepted = dialog.exec() == QInputDialog.DialogCode.Accepted
    value = dialog.textValue()
    dialog.deleteLater()
    return value, accepted
