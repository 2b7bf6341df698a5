"""File > Open Shared Library: a ``postgresql://`` URL, tried before anything
else happens, then opened in a window of its own.

The URL is remembered in the settings without any password (libpq finds the
password in ``~/.pgpass``, ``PGPASSWORD`` or a service file). Opening checks
the connection and the schema here first, so a missing server, a wrong
password or a newer library is shown in this dialog and the window's own
library stays open and untouched. The shared library then opens as a
separate ``quotemark --library URL`` process: one window per library, as
everywhere else (:mod:`quotemark.app.single_instance`).
"""

from __future__ import annotations

import os
import sys
from urllib.parse import urlsplit

from PySide6.QtCore import QProcess, QProcessEnvironment, Signal
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


def remembered_url() -> str:
    """The shared library opened last (without its password), or ``""``."""
    return settings.get_str(SHARED_URL, "")


def check(url: str) -> str | None:
    """Open and close the shared library at ``url`` as the window would:
    ``None`` when it works, else the message saying why not (naming the
    library without its password)."""
    from quotemark.app.controller import try_open

    if not engine.is_url(url):
        return f"“{url}” is not a shared library's address: it starts with postgresql://"
    return try_open(url)


def _password(url: str) -> str | None:
    try:
        return urlsplit(url).password
    except ValueError:
        return None


def window_command(url: str) -> tuple[str, list[str], dict[str, str]]:
    """The program, arguments and extra environment that open the shared
    library at ``url`` in a window of its own: ``quotemark --library URL``
    with the URL's password left out, given to it as ``PGPASSWORD``
    instead (never on a command line, which other users can list)."""
    shown = engine.shown_url(url)
    if getattr(sys, "frozen", False):
        arguments = ["--library", shown]  # the frozen executable is quotemark
    else:
        arguments = ["-m", "quotemark.app", "--library", shown]
    password = _password(url)
    return sys.executable, arguments, {"PGPASSWORD": password} if password else {}


def start_window(url: str) -> bool:
    """Start the window on the shared library at ``url`` as its own process
    (it outlives this one, see :func:`window_command`); True when it started."""
    program, arguments, extra = window_command(url)
    process = QProcess()
    process.setProgram(program)
    process.setArguments(arguments)
    environment = QProcessEnvironment.systemEnvironment()
    for name, value in extra.items():
        environment.insert(name, value)
    process.setProcessEnvironment(environment)
    process.setWorkingDirectory(os.getcwd())
    started, _pid = process.startDetached()
    return bool(started)


class OpenSharedDialog(QDialog):
    """Asks for a shared library's URL; on OK checks it and, when it opens,
    remembers it and starts its window. A failure is shown in the dialog,
    which stays open for another try. ``opened`` carries the URL as typed
    (the window starts the new process, :func:`start_window`)."""

    opened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Open Shared Library")
        self.setObjectName("openSharedDialog")
        label = QLabel(
            "The shared library's address on its PostgreSQL server, such as "
            "postgresql://server.example.org/desk. The password comes from ~/.pgpass "
            "or PGPASSWORD; Quotemark never stores it.",
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
        """Check the address; remember it and say so only when it works."""
        url = self.url_edit.text().strip()
        problem = check(url)
        if problem is not None:
            self.error_label.setText(problem)
            self.error_label.show()
            self.url_edit.setFocus()
            return
        settings.set_value(SHARED_URL, engine.shown_url(url))
        super().accept()
        self.opened.emit(url)
