"""File > Open Shared Library: a ``postgresql://`` URL, tried before anything
else happens.

The URL is remembered in the settings without any password (libpq finds the
password in ``~/.pgpass``, ``PGPASSWORD`` or a service file). The dialog
hands the address to its ``opener`` (the window switches to the library,
:mod:`quotemark.app.library_switch`), which answers why it could not: a
missing server, a wrong password or a newer library is shown in this dialog,
which stays open for another try, and the window's library stays open and
untouched.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from quotemark.app import settings
from quotemark.library.store import engine

SHARED_URL = "library/shared_url"
"""The settings key of the last shared library opened (no password in it)."""

Opener = Callable[[str], "str | None"]
"""Opens the shared library at a URL: ``None`` when it did, else why not."""


def remembered_url() -> str:
    """The shared library opened last (without its password), or ``""``."""
    return settings.get_str(SHARED_URL, "")


def address_problem(url: str) -> str | None:
    """Why ``url`` cannot name a shared library, or ``None``."""
    if not engine.is_url(url):
        return f"“{url}” is not a shared library's address: it starts with postgresql://"
    return None


def check(url: str) -> str | None:
    """Open and close the shared library at ``url`` as the window would:
    ``None`` when it works, else the message saying why not (naming the
    library without its password)."""
    from quotemark.app.controller import try_open

    return address_problem(url) or try_open(url)


class OpenSharedDialog(QDialog):
    """Asks for a shared library's URL; on Open gives it to ``opener``
    (by default only :func:`check`) and, when that works, remembers it and
    closes. A failure is shown in the dialog, which stays open for another
    try. ``opened`` carries the URL as typed."""

    opened = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, opener: Opener | None = None) -> None:
        super().__init__(parent)
        self._opener = opener
        self.setWindowTitle("Open Shared Library")
        self.setObjectName("openSharedDialog")
        label = QLabel(
            "The shared library's address on its PostgreSQL server, such as "
            "postgresql://server.example.org/desk. It opens in this window. The password "
            "comes from ~/.pgpass or PGPASSWORD; Quotemark never stores it.",
            self,
        )
        label.setWordWrap(True)
        self.url_edit = QLineEdit(remembered_url(), self)
        self.url_edit.setPlaceholderText("postgresql://host/database")
        self.url_edit.setAccessibleName("Shared library address")
        label.setBuddy(self.url_edit)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("openSharedError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.url_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(560, 200)

    def accept(self) -> None:
        """Open the address; remember it and close only when that works."""
        url = self.url_edit.text().strip()
        problem = address_problem(url)
        if problem is None:
            problem = check(url) if self._opener is None else self._opener(url)
        if problem is not None:
            self.error_label.setText(problem)
            self.error_label.show()
            self.url_edit.setFocus()
            return
        settings.set_value(SHARED_URL, engine.shown_url(url))
        super().accept()
        self.opened.emit(url)
