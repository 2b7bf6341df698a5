"""Renaming a tag: where a user looks for it, the tag filter's right-click
menu (on the box, and on a tag in its open list), F2 on the filter, and
Edit > Rename tag…. Each asks for the new name with the old one filled in,
says before merging when the new name is a tag in use, and runs one
:class:`~quotemark.library.operations.RenameTag` (one Ctrl+Z puts every
post and clip back); every view follows the change as it follows any other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMenu

from quotemark.app.actions import in_menu
from quotemark.app.collections_tree import AskChoice, AskName, ask_choice_dialog, ask_name_dialog
from quotemark.app.controller import Confirm
from quotemark.library import operations
from quotemark.library.errors import QuotemarkError

if TYPE_CHECKING:
    from quotemark.app.main_window import MainWindow

_TAG = "tag:"
"""The filter choice's data prefix for a tag (see ``library_filters``)."""


def _tag_of(data: object) -> str | None:
    """The tag a filter choice's data names (None: all posts or a source)."""
    if isinstance(data, str) and data.startswith(_TAG):
        return data[len(_TAG) :]
    return None


class TagRenamer(QObject):
    """Asks for a tag's new name and renames it (undoably)."""

    status = Signal(str)  # what was done, or why not

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._controller = window.controller
        self._bar = window.library_pane.filter_bar
        self.ask_name: AskName = ask_name_dialog(window)
        self.ask_choice: AskChoice = ask_choice_dialog(window)
        self.confirm: Confirm = window.confirm
        box = self._bar.filter_box
        box.installEventFilter(self)
        box.view().installEventFilter(self)
        # A right click on a tag in the open list names that tag.
        box.view().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        box.view().customContextMenuRequested.connect(self._on_list_menu)

    def chosen_tag(self) -> str | None:
        """The tag the filter shows (``None``: all posts or a source)."""
        kind, value = self._bar.choice()
        return value if kind == "tag" else None

    def ask_rename(self, tag: str | None = None) -> bool:
        """Rename ``tag`` (else the filter's, else one picked from every tag)
        to a name asked for; False when cancelled or refused."""
        tag = tag or self.chosen_tag()
        if tag is None:
            try:
                tags = self._controller.tags()
            except QuotemarkError as error:
                self.status.emit(str(error))
                return False
            if not tags:
                self.status.emit("No post or clip has a tag yet: there is none to rename.")
                return False
            tag = self.ask_choice("Rename tag", "Tag to rename:", tags)
            if tag is None:
                return False
        try:
            use = self._controller.tag_use(tag)
        except QuotemarkError as error:
            self.status.emit(str(error))
            return False
        new = self.ask_name("Rename tag", f"New name for “{tag}” ({use.describe()}):", tag)
        if new is None:
            return False
        return self.rename(tag, new)

    def rename(self, tag: str, new: str) -> bool:
        """Rename ``tag`` to ``new``, asking first when that merges it into
        a tag in use; the status bar says what was done or why not."""
        name = " ".join(new.split())
        if not name:
            self.status.emit(f"A tag needs a name: “{tag}” was left as it was.")
            return False
        if name == tag:
            return False
        try:
            use = self._controller.tag_use(tag)
            target = self._controller.tag_use(name)
        except QuotemarkError as error:
            self.status.emit(str(error))
            return False
        # Tags differing only in case are two tags (the filter lists both):
        # a user changing "Ferry" to "ferry" may not have seen the other.
        case = " (the two differ only in capitals)" if name.casefold() == tag.casefold() else ""
        if target and not self.confirm(
            "Merge tags?",
            f"“{name}” is already a tag ({target.describe()}){case}. Renaming “{tag}” "
            f"({use.describe()}) to “{name}” merges the two into one tag, “{name}”.\n\n"
            "Undo (Ctrl+Z) separates them again.",
            "Merge tags",
        ):
            return False
        try:  # a list showing the tag follows it (``LibraryPane``)
            self._controller.run(operations.RenameTag(tag, name), self)
        except QuotemarkError as error:
            self.status.emit(str(error))
            return False
        verb = f"Merged tag “{tag}” into" if target else f"Renamed tag “{tag}” to"
        self.status.emit(f"{verb} “{name}” on {use.describe()} (Ctrl+Z undoes it).")
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # F2 names a tag to rename where the tags are: on the filter box
        # (its tag), in its open list (the tag under the cursor). F2 is the
        # window's Edit speaker key elsewhere: the override keeps it here.
        if (
            event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_F2
            and not event.modifiers()
        ):
            tag = self._tag_at(watched)
            if tag is None:
                return False
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # the key press comes here, not to Edit speaker
                return True
            self._close_list()
            self.ask_rename(tag)
            return True
        return super().eventFilter(watched, event)

    def _tag_at(self, watched: QObject) -> str | None:
        box = self._bar.filter_box
        if watched is box:
            return self.chosen_tag()
        if watched is box.view():
            return _tag_of(box.view().currentIndex().data(Qt.ItemDataRole.UserRole))
        return None

    def _close_list(self) -> None:
        self._bar.filter_box.hidePopup()

    @Slot(QPoint)
    def _on_list_menu(self, point: QPoint) -> None:
        view = self._bar.filter_box.view()
        tag = _tag_of(view.indexAt(point).data(Qt.ItemDataRole.UserRole))
        if tag is None:
            return
        menu = QMenu(view)
        # A tag's "&" doubled: a single one marked a mnemonic and was not
        # drawn ("Rename tag “ferry  pier”…").
        action = menu.addAction(f"Rename tag “{in_menu(tag)}”…")
        if menu.exec(view.viewport().mapToGlobal(point)) is action:
            self._close_list()
            self.ask_rename(tag)
