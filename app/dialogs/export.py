"""File > Export (Ctrl+E): format, scope (the whole library, clips with a
tag, the selected posts or clips, or a collection with its subcollections),
posts only or posts with their clips, and the file. File > Export
collection… opens it on the chosen collection.

The last choice is remembered (QSettings ``export/*``); an existing file is
only replaced after the user says so; the library writes atomically
(temporary file, then rename), so a failed export never leaves half a .bib.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quotemark.app import settings
from quotemark.app.dialog_size import remember_size
from quotemark.app.dialogs.confirm import ask_destructive
from quotemark.app.dialogs.focus import restore_focus
from quotemark.app.live_export import LiveChoice, saved_choice
from quotemark.app.style import show_as_error
from quotemark.library import export as exports
from quotemark.library.errors import QuotemarkError
from quotemark.library.records import ExportScope

if TYPE_CHECKING:
    from quotemark.app.controller import Controller

SCOPES = ("all", "tag", "selection", "collection")
_COLLECTION = "collection:"  # the scope box's data for a collection: collection:<id>

Confirm = Callable[[Path], bool]


def ask_overwrite(parent: QWidget, path: Path) -> bool:
    """Ask before replacing an existing file."""
    return ask_destructive(
        parent,
        "Replace File?",
        f"“{path.name}” already exists in {path.parent}. Replacing it overwrites "
        "its contents with this export; Undo cannot bring them back.",
        "Replace",
    )


class ExportDialog(QDialog):
    """Choose what to export and where; :meth:`export` writes it."""

    exported = Signal(str, int)  # path, entries written
    keep_current = Signal(object)  # LiveChoice: keep the exported file current

    def __init__(
        self,
        library: Controller,
        *,
        post_ids: Sequence[int] = (),
        clip_ids: Sequence[int] = (),
        collection_id: int | None = None,
        parent: QWidget | None = None,
        confirm_overwrite: Confirm | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export citations")
        self.setObjectName("exportDialog")
        self._library = library
        self._post_ids = tuple(post_ids)
        self._clip_ids = tuple(clip_ids)
        self._confirm = confirm_overwrite or self._ask_overwrite

        self.format_box = QComboBox(self)
        for name in exports.formats():
            self.format_box.addItem(exports.exporter(name).label, name)
        try:
            tags = library.tags()
            collections = library.collections()
        except QuotemarkError:
            tags, collections = [], []
        # One combo box, not a column of radio buttons: a library with fifty
        # collections would make the dialog taller than the screen.
        self.scope_box = QComboBox(self)
        self.scope_box.setObjectName("exportScope")
        self.scope_box.setAccessibleName("Export scope")
        self.scope_box.setAccessibleDescription(
            "What to export: the whole library, clips with a tag, the selection, or a collection"
        )
        self.scope_box.addItem("The whole library", "all")
        self.scope_box.addItem("Clips tagged", "tag")
        self.scope_box.addItem(self._selection_text(), "selection")
        for info in collections:
            posts = f"{info.post_count} post{'' if info.post_count == 1 else 's'}"
            self.scope_box.addItem(f"Collection: {info.path}", f"{_COLLECTION}{info.id}")
            self.scope_box.setItemData(
                self.scope_box.count() - 1,
                f"{info.path} and its subcollections ({posts} of its own)",
                Qt.ItemDataRole.ToolTipRole,
            )
        # Choices that cannot be used now stay listed (greyed), so the user
        # learns they exist; the arrow keys pass over them.
        self._enable_choice("tag", bool(tags))
        self._enable_choice("selection", bool(self._post_ids or self._clip_ids))
        self.tag_box = QComboBox(self)
        self.tag_box.setObjectName("exportTag")
        self.tag_box.setAccessibleName("Tag to export")
        self.tag_box.addItems(tags)
        self.posts_only = QCheckBox("&Posts only (leave out the clip entries)", self)
        self.keep_current_box = QCheckBox(
            "&Keep this file current (rewrite it whenever the library changes)", self
        )
        self.keep_current_box.setToolTip(
            "For a LaTeX project's .bib: keys never change; the file is replaced whole, never "
            "half-written. Not for a selection or a collection."
        )
        live = saved_choice()
        self.live_label = QLabel(
            f"Kept current now: {live.path} ({live.fmt})" if live else "", self
        )
        self.live_label.setVisible(live is not None)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("exportPath")
        self.browse_button = QPushButton("&Browse…", self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        show_as_error(self.message)
        self.message.hide()

        scope = QHBoxLayout()
        scope.addWidget(self.scope_box, 2)
        scope.addWidget(self.tag_box, 1)
        scope_label = QLabel("&Scope:", self)
        scope_label.setBuddy(self.scope_box)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        # Alt+O and Alt+F reach the format and the file without a mouse (or
        # a dozen Tabs through the choices between them).
        file_label = QLabel("&File:", self)
        file_label.setBuddy(self.path_edit)
        form = QFormLayout()
        form.addRow("F&ormat:", self.format_box)
        form.addRow(scope_label, scope)
        form.addRow("", self.posts_only)
        form.addRow(file_label, path_row)
        form.addRow("", self.keep_current_box)
        form.addRow("", self.live_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Ok, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Export")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self._restore()
        if collection_id is not None:
            self.set_scope("collection", collection_id=collection_id)
        self._show_tag_box()
        self.scope_box.currentIndexChanged.connect(self._on_scope_box_currentIndexChanged)
        self.format_box.currentIndexChanged.connect(self._on_format_box_currentIndexChanged)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.resize(520, self.sizeHint().height())
        remember_size(self, "export")

    # -- choices ----------------------------------------------------------

    def fmt(self) -> str:
        """The chosen format's name."""
        return str(self.format_box.currentData())

    def set_format(self, name: str) -> None:
        """Choose a format by name."""
        index = self.format_box.findData(name)
        if index >= 0:
            self.format_box.setCurrentIndex(index)

    def scope_name(self) -> str:
        """``all``, ``tag``, ``selection`` or ``collection``."""
        data = str(self.scope_box.currentData() or "all")
        return "collection" if data.startswith(_COLLECTION) else data

    def collection_id(self) -> int | None:
        """The collection chosen as the scope, if one is."""
        data = str(self.scope_box.currentData() or "")
        ident = data.removeprefix(_COLLECTION)
        return int(ident) if data.startswith(_COLLECTION) and ident.isdigit() else None

    def set_scope(
        self, name: str, tag: str | None = None, *, collection_id: int | None = None
    ) -> None:
        """Choose the scope (a disabled or missing choice falls back to the
        whole library)."""
        data = f"{_COLLECTION}{collection_id}" if name == "collection" else name
        index = self.scope_box.findData(data)
        if index < 0 or not self._enabled(index):
            index = 0
        self.scope_box.setCurrentIndex(index)
        if tag is not None:
            found = self.tag_box.findText(tag)
            if found >= 0:
                self.tag_box.setCurrentIndex(found)

    def scope(self) -> ExportScope | None:
        """The library scope for the choice (a collection's posts are read
        now, its subcollections' included)."""
        name = self.scope_name()
        if name == "tag":
            return ExportScope(tag=self.tag_box.currentText())
        if name == "selection":
            return ExportScope(post_ids=self._post_ids or None, clip_ids=self._clip_ids or None)
        collection = self.collection_id()
        if collection is not None:
            return ExportScope(post_ids=tuple(self._library.collection_post_ids(collection)))
        return None

    def path(self) -> Path | None:
        """The file to write, or None when none is given."""
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    # -- doing it ---------------------------------------------------------

    def export(self) -> bool:
        """Write the export; False (with the reason shown) when it did not."""
        path = self.path()
        if path is None:
            return self._fail("Choose a file to export to.")
        if path.is_dir():
            return self._fail(f"{path} is a folder: add a file name.")
        try:
            scope = self.scope()
        except QuotemarkError as error:
            return self._fail(str(error))
        if scope is not None and scope.post_ids == ():  # an empty collection
            return self._fail("That collection holds no posts yet: nothing to export.")
        if path.exists() and not self._confirm(path):
            return False
        try:
            count = self._library.export_to_file(
                path, self.fmt(), scope=scope, posts_only=self.posts_only.isChecked()
            )
        except QuotemarkError as error:
            return self._fail(str(error))
        except OSError as error:
            return self._fail(f"Could not write {path}: {error.strerror or error}.")
        self._remember(path)
        self.exported.emit(str(path), count)
        if self.keep_current_box.isChecked() and self.scope_name() in {"all", "tag"}:
            tag = self.tag_box.currentText() if self.scope_name() == "tag" else None
            self.keep_current.emit(LiveChoice(path, self.fmt(), tag, self.posts_only.isChecked()))
        return True

    def _ask_overwrite(self, path: Path) -> bool:
        previous = QApplication.focusWidget()
        answer = ask_overwrite(self, path)
        restore_focus(self, previous)
        return answer

    def _fail(self, message: str) -> bool:
        self.message.setText(message)
        self.message.show()
        return False

    # -- memory -----------------------------------------------------------

    def _restore(self) -> None:
        self.set_format(settings.get_str("export/format", exports.formats()[0]))
        self.set_scope(
            settings.get_str("export/scope", "all"),
            settings.get_str("export/tag"),
            collection_id=settings.get_int("export/collection"),
        )
        self.posts_only.setChecked(settings.get_bool("export/posts_only"))
        folder = settings.get_str("export/folder") or str(Path.home())
        stem = settings.get_str("export/stem", "quotemark")
        self.path_edit.setText(str(Path(folder) / (stem + self._extension())))

    def _remember(self, path: Path) -> None:
        settings.set_value("export/format", self.fmt())
        settings.set_value("export/scope", self.scope_name())
        settings.set_value("export/tag", self.tag_box.currentText())
        settings.set_value("export/collection", self.collection_id() or 0)
        settings.set_value("export/posts_only", self.posts_only.isChecked())
        settings.set_value("export/folder", str(path.parent))
        settings.set_value("export/stem", path.stem)

    def _extension(self) -> str:
        return exports.exporter(self.fmt()).extension

    def _selection_text(self) -> str:
        posts, clips = len(self._post_ids), len(self._clip_ids)
        if not posts and not clips:
            return "The selection (select posts or clips first)"
        parts = []
        if posts:
            parts.append(f"{posts} selected post" + ("" if posts == 1 else "s"))
        if clips:
            parts.append(f"{clips} selected clip" + ("" if clips == 1 else "s"))
        return "The selection: " + " and ".join(parts)

    def _enable_choice(self, data: str, enabled: bool) -> None:
        model = self.scope_box.model()
        index = self.scope_box.findData(data)
        if isinstance(model, QStandardItemModel) and index >= 0:
            item = model.item(index)
            if item is not None:
                item.setEnabled(enabled)

    def _enabled(self, index: int) -> bool:
        model = self.scope_box.model()
        item = model.item(index) if isinstance(model, QStandardItemModel) else None
        return item is None or item.isEnabled()

    def _show_tag_box(self) -> None:
        name = self.scope_name()
        self.tag_box.setVisible(name == "tag")
        # A live export follows the whole library or a tag; a selection or a
        # collection is exported once (the box says so by being greyed).
        self.keep_current_box.setEnabled(name in {"all", "tag"})

    @Slot(int)
    def _on_scope_box_currentIndexChanged(self, _index: int) -> None:
        self._show_tag_box()

    @Slot(int)
    def _on_format_box_currentIndexChanged(self, _index: int) -> None:
        path = self.path()
        if path is not None:
            self.path_edit.setText(str(path.with_suffix(self._extension())))

    @Slot()
    def _on_browse_button_clicked(self) -> None:
        previous = QApplication.focusWidget()
        chosen, _filter = QFileDialog.getSaveFileName(
            self, "Export to", self.path_edit.text(), f"*{self._extension()};;All files (*)"
        )
        restore_focus(self, previous)
        if chosen:
            self.path_edit.setText(chosen)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if self.export():
            self.accept()
