"""The window changing libraries: File > Open Shared Library…, File > Recent
Libraries and File > Open Local Library.

The window stays; its library changes under it. The new library is opened
first, so a failure (no server, a refused login, a newer schema, a file
that is gone) leaves the current library open and untouched and says why,
naming a shared library without its password. Before that, an edit being
typed is saved (the field loses the keyboard, which saves it); when the
save is refused the window stays where it is, so the typing is not lost.
The choice is remembered (:mod:`quotemark.app.library_choice`): the next
start opens it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from quotemark.app import library_choice
from quotemark.app.dialogs.focus import return_focus_after
from quotemark.app.dialogs.open_shared import OpenSharedDialog
from quotemark.app.single_instance import hand_over, server_name
from quotemark.library import paths
from quotemark.library.errors import QuotemarkError
from quotemark.library.store import engine

if TYPE_CHECKING:
    from quotemark.app.main_window import MainWindow

_UNSAVED = (
    "An edit in this window could not be saved (its tab says why), so this library "
    "stays open: save or undo the edit, then open the other library."
)


class LibrarySwitch(QObject):
    """Opens another library in ``window`` and keeps the File menu's
    Recent Libraries; ``switched(location)`` once the window shows it."""

    switched = Signal(object)  # Path | str: the library now open

    def __init__(self, window: MainWindow, file_menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self.recent_menu = QMenu("Rece&nt Libraries", window)
        self.recent_menu.setObjectName("recentLibrariesMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        # Right after Open Shared Library, with Open Local Library.
        actions = file_menu.actions()
        shared = window.registry["file.open_shared"]
        after = actions[actions.index(shared) + 1] if shared in actions[:-1] else None
        if after is not None:
            file_menu.insertMenu(after, self.recent_menu)
        else:
            file_menu.addMenu(self.recent_menu)
        window.registry.on_trigger("file.open_shared", self.show_open_shared_dialog)
        window.registry.on_trigger("file.open_local", self.open_local)
        window.controller.switched.connect(self._on_controller_switched)
        self._fill_recent_menu()

    # -- what the user does -------------------------------------------------

    @Slot()
    def show_open_shared_dialog(self) -> OpenSharedDialog | None:
        """File > Open Shared Library…: the address is tried here, a failure
        is shown in the dialog (which stays for another try). An edit being
        typed is saved first; when that is refused, no dialog."""
        window = self._window
        if not self._save_pending_edit():
            window.show_status(_UNSAVED)
            return None
        dialog = OpenSharedDialog(window, opener=self.switch_to)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return_focus_after(dialog, window, window.focus_default)
        dialog.open()
        return dialog

    @Slot()
    def open_local(self) -> None:
        """File > Open Local Library: back to the user's own library file."""
        own = paths.library_file()
        problem = self.switch_to(own, create=True)
        if problem is not None:
            self._window.show_error("Could not open your library", problem)

    def open_recent(self, remembered: str) -> None:
        """File > Recent Libraries > one of them."""
        problem = self.switch_to(library_choice.as_location(remembered))
        if problem is not None:
            self._window.show_error("Could not open the library", problem)

    # -- the switch ----------------------------------------------------------

    def switch_to(self, location: Path | str, *, create: bool = False) -> str | None:
        """Show the library at ``location`` in this window: ``None`` when it
        does (or already did), else why not, with the current library still
        open and untouched. ``create``: a missing file becomes a new library
        (only the user's own; a remembered file that is gone is reported)."""
        window = self._window
        controller = window.controller
        where = library_choice.memory_text(location)
        if where == library_choice.memory_text(controller.location):
            window.show_status(f"{_named(location)} is the library open now.")
            return None
        if controller.busy:
            return (
                "Quotemark is still working on this library (an import or a re-extraction): "
                f"let it finish, or cancel it, then open {_named(location)}."
            )
        if not self._save_pending_edit():
            return _UNSAVED
        if not engine.is_url(location) and not create and not Path(location).is_file():
            return f"{location}: there is no library file there any more."
        if server_name(location) != server_name(controller.location) and hand_over(location, ()):
            # Another Quotemark window has it open: that one came to the front.
            window.show_status(f"{_named(location)} is open in another Quotemark window.")
            return None
        try:
            if create and isinstance(location, Path):
                location.parent.mkdir(parents=True, exist_ok=True)
            library = controller.open_library(location)
        except (QuotemarkError, OSError) as error:
            # A QuotemarkError names a shared library without its password.
            return str(error)
        before = controller.location
        controller.use(library, location)
        # Both in Recent Libraries, the one left too, the new one first.
        library_choice.remember(before, last=False)
        library_choice.remember(location)
        window.focus_default()  # the field that had the keyboard was let go above
        if library_choice.is_own(location):
            window.show_status("Opened your library.")
        else:
            kind = "the shared library" if engine.is_url(location) else "the library"
            window.show_status(f"Opened {kind} {library_choice.short_name(location)}.")
        return None

    def _save_pending_edit(self) -> bool:
        """Save what is being typed in this window (a field saves when it
        loses the keyboard); False when that save was refused."""
        controller = self._window.controller
        refused = controller.refusals
        focused = self._window.focusWidget()
        if focused is not None and focused.hasFocus():
            focused.clearFocus()
        return controller.refusals == refused

    @Slot()
    def _on_controller_switched(self) -> None:
        """Every view reads the new library; nothing of the old one stays
        (its post, its filters, its undo steps)."""
        window = self._window
        controller = window.controller
        window.show_library(controller.location)
        self._fill_recent_menu()
        self.switched.emit(controller.location)

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        current = library_choice.memory_text(self._window.controller.location)
        remembered = library_choice.recent()
        for text in remembered:
            action = QAction(library_choice.menu_text(text), menu)
            location = library_choice.as_location(text)
            gone = not engine.is_url(location) and not Path(location).is_file()
            action.setCheckable(True)
            action.setChecked(text == current)
            action.setEnabled(text != current and not gone)
            if gone:
                action.setText(action.text() + " (missing)")
            action.triggered.connect(lambda _checked=False, t=text: self.open_recent(t))
            menu.addAction(action)
        if not remembered:
            empty = menu.addAction("No libraries opened yet")
            empty.setEnabled(False)


def _named(location: Path | str) -> str:
    """A library as a message names it (a URL without its password)."""
    return engine.shown_url(str(location)) if engine.is_url(location) else str(location)
