"""File > Restore from Backup: the library's backups, newest first; the
chosen one replaces the library after a confirmation (the current library is
backed up first, so a restore can itself be undone by restoring that)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from quotemark.app.dialog_size import remember_size
from quotemark.app.dialogs.confirm import ask_destructive
from quotemark.library.errors import QuotemarkError

if TYPE_CHECKING:
    from quotemark.app.controller import Controller

_PATH_ROLE = Qt.ItemDataRole.UserRole + 1
_KINDS = {
    "daily": "daily backup",
    "migration": "before an update",
    "before-restore": "before a restore",
    "damaged": "damaged library, moved aside",
}


class RestoreDialog(QDialog):
    """Choose a backup; ``restored`` carries the backup of the library as it
    was before."""

    restored = Signal(str)

    def __init__(self, library: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Restore from Backup")
        self.setObjectName("restoreDialog")
        self._library = library
        self.list = QListWidget(self)
        for backup in library.list_backups():
            size = backup.size / 1024 / 1024
            item = QListWidgetItem(
                f"{backup.made:%Y-%m-%d %H:%M}  ·  {_KINDS.get(backup.kind, backup.kind)}"
                f"  ·  {size:.1f} MB"
            )
            item.setData(_PATH_ROLE, str(backup.path))
            item.setToolTip(str(backup.path))
            self.list.addItem(item)
        empty = self.list.count() == 0
        text = (
            "There are no backups of this library yet. Quotemark makes one each day "
            "the library is opened."
            if empty
            else "Choose a backup to replace the library with. The library as it is now "
            "is backed up first."
        )
        label = QLabel(text, self)
        label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(
            "&Restore", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(not empty)
        if not empty:
            self.list.setCurrentRow(0)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        # Said in the dialog, not in a box over it: the choice stays in view.
        self.note = QLabel(self)
        self.note.setObjectName("restoreNote")
        self.note.setWordWrap(True)
        self.note.setAccessibleName("Restore note")
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(520, 320)
        remember_size(self, "restore")

    def chosen(self) -> Path | None:
        """The selected backup."""
        item = self.list.currentItem()
        return Path(str(item.data(_PATH_ROLE))) if item is not None else None

    def confirm(self, backup: Path) -> bool:
        """Ask before replacing the library (tests answer for the user)."""
        return ask_destructive(
            self,
            "Restore from Backup?",
            f"The library will be replaced with the backup {backup.name}. The library "
            "as it is now is set aside in a backup of its own, so Restore from Backup "
            "brings it back.",
            "Restore",
        )

    def _on_buttons_accepted(self) -> None:
        backup = self.chosen()
        if backup is None:
            return
        if self._library.busy:
            # The import (or re-extraction) would write its posts into the
            # restored library, or the restore would wait on its writes.
            self.note.setText(
                "An import or re-extraction is running. Restore the backup when it has "
                "finished (the status bar shows its progress)."
            )
            self.note.show()
            return
        if not self.confirm(backup):
            return
        try:
            saved = self._library.restore_backup(backup)
        except QuotemarkError as error:
            QMessageBox.warning(self, "Could not restore the backup", str(error))
            return
        self.restored.emit(str(saved))
        self.accept()
