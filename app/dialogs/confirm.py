"""The one way the app asks before a destructive step (deleting posts with
clips, replacing an export file, restoring a backup over the library).

The button names the action ("Delete Post", "Delete 3 Posts", "Replace",
"Restore") rather than a bare Yes, so the user reads what a click does;
Cancel is the default button and Escape's answer, so an absent-minded Enter
or Escape never destroys anything. The text says what goes and how to get
it back (Undo, or the backup kept aside).
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def destructive_box(parent: QWidget | None, title: str, text: str, action: str) -> QMessageBox:
    """The confirmation box, not yet shown: a warning icon, ``action`` as
    the destructive button, Cancel the default and the Escape answer."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box


def ask_destructive(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before a destructive step; True only when the user chose
    ``action`` (Cancel, Escape and closing the box all say no)."""
    box = destructive_box(parent, title, text, action)
    box.exec()
    clicked = box.clickedButton()
    agreed = (
        clicked is not None and box.buttonRole(clicked) == QMessageBox.ButtonRole.DestructiveRole
    )
    box.deleteLater()
    return agreed
