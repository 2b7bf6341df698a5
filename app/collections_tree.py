"""The collections tree above the library list: "All posts", then every
collection, nested. Choosing one filters the list (its subcollections'
posts included); posts dragged from the list onto a collection go in it.

Every change is an operation run through the controller (undoable); the
tree follows ``changed`` for collections made, renamed, moved or removed
here, in another window or on the command line.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QObject, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from quotemark.app.actions import key_hint
from quotemark.app.dialogs.ask import get_item, get_text
from quotemark.app.dialogs.focus import restore_focus
from quotemark.library import operations
from quotemark.library.errors import QuotemarkError
from quotemark.library.model import Change

if TYPE_CHECKING:
    from quotemark.app.controller import Controller
    from quotemark.library.operations import Operation

POSTS_MIME = "application/x-quotemark-post-ids"
"""Dragged posts: a JSON list of post ids."""

COLLECTION_MIME = "application/x-quotemark-collection-id"
"""A dragged collection (moved onto another, or onto "All posts": to the top)."""

_ID = Qt.ItemDataRole.UserRole

AskName = Callable[[str, str, str], "str | None"]
"""Asks for a name: ``ask(title, label, current)``; ``None`` when cancelled."""

AskChoice = Callable[[str, str, list[str]], "str | None"]
"""Asks to pick one: ``ask(title, label, choices)``; ``None`` when cancelled."""


def ask_choice_dialog(parent: QWidget) -> AskChoice:
    """An :data:`AskChoice` showing a list to pick from over ``parent``."""

    def ask(title: str, label: str, choices: list[str]) -> str | None:
        previous = QApplication.focusWidget()
        text, ok = get_item(parent, title, label, choices, 0, False)
        restore_focus(parent.window(), previous)
        return text if ok else None

    return ask


def ask_name_dialog(parent: QWidget) -> AskName:
    """An :data:`AskName` asking for a line of text over ``parent``."""

    def ask(title: str, label: str, current: str) -> str | None:
        # The window active again and the keyboard where it was, as after
        # the window's other dialogs (nothing else re-activates it).
        previous = QApplication.focusWidget()
        text, ok = get_text(parent, title, label, current)
        restore_focus(parent.window(), previous)
        return text if ok else None

    return ask


def posts_mime(post_ids: Sequence[int]) -> QMimeData:
    """Mime data carrying dragged posts."""
    data = QMimeData()
    data.setData(POSTS_MIME, QByteArray(json.dumps(list(post_ids)).encode("ascii")))
    return data


def _ids(data: QMimeData, mime: str) -> list[int]:
    if not data.hasFormat(mime):
        return []
    try:
        value = json.loads(bytes(data.data(mime).data()).decode("ascii"))
    except (ValueError, UnicodeDecodeError):
        return []
    values = value if isinstance(value, list) else [value]
    return [v for v in values if isinstance(v, int)]


class PostDragger(QObject):
    """Starts a drag of the selected posts from the library list (the list's
    model is the database's and knows nothing of dragging)."""

    def __init__(self, view: QAbstractItemView, selected: Callable[[], list[int]]) -> None:
        super().__init__(view)
        self._view = view
        self._selected = selected
        self._pressed: QPoint | None = None
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not isinstance(event, QMouseEvent):
            return False
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            self._pressed = event.position().toPoint()
        elif kind == QEvent.Type.MouseButtonRelease:
            self._pressed = None
        elif (
            kind == QEvent.Type.MouseMove
            and self._pressed is not None
            and event.buttons() & Qt.MouseButton.LeftButton
            and (event.position().toPoint() - self._pressed).manhattanLength()
            >= QApplication.startDragDistance()
        ):
            self._pressed = None
            ids = self._selected()
            if ids:
                drag = QDrag(self._view)
                drag.setMimeData(posts_mime(ids))
                drag.exec(Qt.DropAction.CopyAction)
                return True
        return False


class CollectionsTree(QTreeWidget):
    """All posts and the collections; the chosen one filters the list."""

    collection_chosen = Signal(object)  # a collection id, or None for all posts
    status = Signal(str)  # a message for the status bar

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.ask_name: AskName = ask_name_dialog(self)
        self.ask_choice: AskChoice = ask_choice_dialog(self)
        self.setObjectName("collectionsTree")
        self.setAccessibleName("Collections")
        self.setAccessibleDescription(
            "All posts and your collections. Choosing one shows its posts in the list; "
            "drop posts on a collection to add them."
        )
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setAcceptDrops(True)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDropIndicatorShown(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._chosen: int | None = None
        self.reload()
        self.currentItemChanged.connect(self._on_currentItemChanged)
        controller.changed.connect(self._on_controller_changed)
        controller.reset.connect(self.reload)  # changed beyond the log: read again

    # -- public -----------------------------------------------------------

    def chosen(self) -> int | None:
        """The collection shown (``None``: all posts)."""
        return self._chosen

    def choose(self, collection_id: int | None) -> None:
        """Show ``collection_id`` (``None``: all posts) as the current item."""
        item = self._item(collection_id)
        if item is not None:
            self.setCurrentItem(item)

    def reload(self) -> None:
        """Read the collections again, keeping the current one (all posts when
        it is gone)."""
        expanded = {
            item.data(0, _ID) for item in self._items() if item.isExpanded() and item.childCount()
        }
        first = self.topLevelItemCount() == 0
        self.blockSignals(True)
        self.clear()
        everything = QTreeWidgetItem(self, ["All posts"])
        everything.setData(0, _ID, None)
        everything.setToolTip(0, "Every post in the library")
        try:
            collections = self._controller.collections()
        except QuotemarkError as error:
            self.status.emit(str(error))
            collections = []
        items: dict[int, QTreeWidgetItem] = {}
        for info in collections:
            parent = items.get(info.parent_id) if info.parent_id is not None else None
            item = QTreeWidgetItem(parent if parent is not None else self, [info.name])
            item.setData(0, _ID, info.id)
            posts = f"{info.post_count} post{'' if info.post_count == 1 else 's'}"
            item.setToolTip(0, f"{info.path}: {posts} (besides its subcollections')")
            items[info.id] = item
        for ident, item in items.items():
            item.setExpanded(first or ident in expanded)
        current = self._item(self._chosen) or everything
        self.setCurrentItem(current)
        self.blockSignals(False)
        if self._chosen is not None and self._chosen not in items:
            self._chosen = None
            self.collection_chosen.emit(None)

    def new_collection(
        self, name: str, parent_id: int | None = None, post_ids: Sequence[int] = ()
    ) -> int | None:
        """Make a collection, holding ``post_ids`` from the start (one step
        to undo); its id, or ``None`` when refused."""
        operation = operations.CreateCollection(name, parent_id, tuple(post_ids))
        try:
            result = self._controller.run(operation, self)
        except QuotemarkError as error:
            self.status.emit(str(error))
            return None
        ident = result.value
        self.reload()
        self.choose(ident)
        # Said, as adding and deleting are: the list now shows the new
        # collection, and the status bar still told of the edit before.
        item = self._item(ident)
        made = item.text(0) if item is not None else name.strip()
        if post_ids:
            count = len(result.change.posts_changed)
            self.status.emit(
                f"Made the collection “{made}” with the {count} "
                f"post{'' if count == 1 else 's'} selected."
            )
        else:
            self.status.emit(
                f"Made the collection “{made}”; {key_hint('collection.add_posts')} adds "
                "posts to it (or drag them onto it)."
            )
        return ident

    def rename_collection(self, collection_id: int, name: str) -> bool:
        """Rename (undoable); False when refused."""
        return self._run(operations.RenameCollection(collection_id, name))

    def delete_collection(self, collection_id: int) -> bool:
        """Delete with its subcollections (undoable; posts stay)."""
        item = self._item(collection_id)
        name = item.text(0) if item is not None else ""
        done = self._run(operations.DeleteCollection(collection_id))
        if done:
            self.status.emit(f"Deleted collection “{name}”; its posts stay in the library.")
        return done

    def add_posts(self, collection_id: int, post_ids: Sequence[int]) -> bool:
        """Put posts in a collection (undoable)."""
        try:
            added = self._controller.run(
                operations.AddToCollection(collection_id, tuple(post_ids)), self
            )
        except QuotemarkError as error:
            self.status.emit(str(error))
            return False
        item = self._item(collection_id)
        name = item.text(0) if item is not None else "the collection"
        count = len(added.value)
        already = len(set(post_ids)) - count
        extra = f" ({already} already there)" if already else ""
        self.status.emit(f"Added {count} post{'' if count == 1 else 's'} to “{name}”{extra}.")
        return True

    def remove_posts(self, collection_id: int, post_ids: Sequence[int]) -> bool:
        """Take posts out of a collection (undoable; never out of the library)."""
        return self._run(operations.RemoveFromCollection(collection_id, tuple(post_ids)))

    def ask_new(self, post_ids: Sequence[int] = ()) -> int | None:
        """Ask for a name and make a collection inside the current one (at
        the top when "All posts" is current), holding ``post_ids``."""
        parent = self._chosen
        where = "inside the chosen collection" if parent is not None else "at the top"
        holding = ""
        if post_ids:
            count = len(post_ids)
            holding = f", holding the {count} post{'' if count == 1 else 's'} selected"
        label = f"Name of the new collection ({where}{holding}):"
        name = self.ask_name("New collection", label, "")
        return self.new_collection(name, parent, post_ids) if name is not None else None

    def ask_new_from(self, post_ids: Sequence[int]) -> int | None:
        """Collections > New collection from selection: a collection
        holding the posts selected (the list's selection survives no
        switch to an empty new collection, so making then adding meant
        selecting them all again)."""
        if not post_ids:
            self.status.emit("Select posts in the list first.")
            return None
        return self.ask_new(post_ids)

    def ask_add(self, post_ids: Sequence[int]) -> bool:
        """Ask which collection the posts go in (by keyboard: the list's
        alternative to dragging), making one holding them when there is none
        (one step to undo, as New collection from selection)."""
        if not post_ids:
            self.status.emit("Select posts in the list first.")
            return False
        collections = self._controller.collections()
        if not collections:
            return self.ask_new(post_ids) is not None
        paths = [c.path for c in collections]
        count = len(post_ids)
        label = f"Add {count} post{'' if count == 1 else 's'} to:"
        chosen = self.ask_choice("Add to collection", label, paths)
        if chosen is None:
            return False
        return self.add_posts(collections[paths.index(chosen)].id, post_ids)

    def remove_from_current(self, post_ids: Sequence[int]) -> bool:
        """Take the posts out of the collection shown (never out of the library)."""
        if self._chosen is None:
            self.status.emit("Choose a collection first: posts are removed from the one shown.")
            return False
        item = self._item(self._chosen)
        done = self._run(operations.RemoveFromCollection(self._chosen, tuple(post_ids)))
        if done and item is not None:
            count = len(post_ids)
            self.status.emit(
                f"Took {count} post{'' if count == 1 else 's'} out of “{item.text(0)}” "
                "(they stay in the library)."
            )
        return done

    def ask_rename(self) -> None:
        """Ask for a new name for the current collection."""
        item = self.currentItem()
        if self._chosen is None or item is None:
            self.status.emit("Choose a collection to rename.")
            return
        name = self.ask_name("Rename collection", "New name:", item.text(0))
        if name is not None:
            self.rename_collection(self._chosen, name)

    def delete_current(self) -> None:
        """Delete the current collection (undoable)."""
        if self._chosen is None:
            self.status.emit("Choose a collection to delete.")
            return
        self.delete_collection(self._chosen)

    # -- drag and drop ------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [POSTS_MIME, COLLECTION_MIME]

    def mimeData(self, items: Sequence[QTreeWidgetItem]) -> QMimeData:
        data = QMimeData()
        ids = [item.data(0, _ID) for item in items if item.data(0, _ID) is not None]
        data.setData(COLLECTION_MIME, QByteArray(json.dumps(ids).encode("ascii")))
        return data

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(POSTS_MIME) or event.mimeData().hasFormat(COLLECTION_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        item = self.itemAt(event.position().toPoint())
        target = item.data(0, _ID) if item is not None else None
        data = event.mimeData()
        posts_on_collection = data.hasFormat(POSTS_MIME) and target is not None
        collection_on_item = data.hasFormat(COLLECTION_MIME) and item is not None
        if posts_on_collection or collection_on_item:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        item = self.itemAt(event.position().toPoint())
        if item is None:
            event.ignore()
            return
        target = item.data(0, _ID)
        data = event.mimeData()
        if data.hasFormat(POSTS_MIME) and target is not None:
            self.add_posts(int(target), _ids(data, POSTS_MIME))
            event.acceptProposedAction()
        elif data.hasFormat(COLLECTION_MIME):
            for moved in _ids(data, COLLECTION_MIME):
                if moved != target:
                    self._run(
                        operations.MoveCollection(moved, None if target is None else int(target))
                    )
            # The tree is rebuilt from the library; Qt must not move items itself.
            event.setDropAction(Qt.DropAction.IgnoreAction)
            event.accept()
        else:
            event.ignore()

    # -- internals --------------------------------------------------------

    def _run(self, operation: Operation[Any]) -> bool:
        try:
            self._controller.run(operation, self)
        except QuotemarkError as error:
            self.status.emit(str(error))
            return False
        self.reload()
        return True

    def _items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        stack = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item is None:
                continue
            found.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
        return found

    def _item(self, collection_id: int | None) -> QTreeWidgetItem | None:
        for item in self._items():
            if item.data(0, _ID) == collection_id:
                return item
        return None

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_currentItemChanged(
        self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        chosen = current.data(0, _ID) if current is not None else None
        if chosen != self._chosen:
            self._chosen = chosen
            self.collection_chosen.emit(chosen)

    @Slot(object, object)
    def _on_controller_changed(self, change: Change, initiator: object) -> None:
        # Our own edits reloaded already; counts change with posts leaving too.
        if initiator is not self and (change.collections_changed or change.posts_removed):
            self.reload()
