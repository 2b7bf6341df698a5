"""The Notes tab: the open post's own tags, the collections it is in, and its
Markdown note (written, or shown formatted).

Tags are saved when the field is left (or Enter); the note when the editor
loses the keyboard, when another post opens, or with Save (Ctrl+S while
typing in it). Each save is one undoable operation. A change made elsewhere
updates the tab, except for note text being typed here, which is never
overwritten.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from quotemark.app.actions import key_hint
from quotemark.app.style import show_as_toggle
from quotemark.app.undo import hand_undo_to_window
from quotemark.library import operations
from quotemark.library.errors import NotFound, QuotemarkError
from quotemark.library.model import Change

if TYPE_CHECKING:
    from quotemark.app.controller import Controller


def split_tags(text: str) -> tuple[str, ...]:
    """Tags typed as ``a, b c, d``: comma-separated, spaces kept inside."""
    return tuple(part.strip() for part in text.split(",") if part.strip())


class PostNotesPanel(QWidget):
    """The open post's tags, collections and note."""

    status = Signal(str)  # a message for the status bar

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._post_id: int | None = None
        self._saved_note = ""
        self.setObjectName("notesPanel")

        self.tags_label = QLabel("Ta&gs:", self)
        self.tags_edit = QLineEdit(self)
        self.tags_edit.setObjectName("postTags")
        # Short enough to read whole at a 1.6x font in the side panel (the
        # commas of the example say how tags are separated).
        self.tags_edit.setPlaceholderText("e.g. to read, climate")
        self.tags_edit.setAccessibleName("Post tags")
        self.tags_edit.setAccessibleDescription(
            "The open post's own tags, separated by commas; saved when you leave the field"
        )
        self.tags_label.setBuddy(self.tags_edit)
        self.collections_label = QLabel(self)
        self.collections_label.setObjectName("postCollections")
        self.collections_label.setWordWrap(True)
        self.collections_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.note_label = QLabel("&Note (Markdown):", self)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("postNote")
        self.note_edit.setAccessibleName("Post note")
        self.note_edit.setAccessibleDescription(
            "Your Markdown note on the open post; saved when you leave the editor or press Ctrl+S"
        )
        self.note_edit.setPlaceholderText("Why this post matters, what to check, … (Markdown)")
        self.note_edit.setTabChangesFocus(True)
        self.note_label.setBuddy(self.note_edit)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("postNotePreview")
        self.preview.setAccessibleName("Post note, formatted")
        self.preview.setAccessibleDescription("The note as formatted Markdown (read only)")
        self.preview.setOpenExternalLinks(True)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.note_edit)
        self.pages.addWidget(self.preview)
        self.preview_button = QPushButton("&Preview", self)
        self.preview_button.setObjectName("notePreview")
        self.preview_button.setCheckable(True)
        self.preview_button.setAccessibleDescription(
            "Toggle: on shows the note formatted, off edits it again"
        )
        self.preview_button.setToolTip("Show the note formatted (Alt+P again: edit it)")
        show_as_toggle(self.preview_button)
        self.save_button = QPushButton("&Save note", self)
        self.save_button.setEnabled(False)
        self.save_button.setAccessibleDescription("Save the note now (undoable)")

        # One column: the side panel is narrow at 1024 px, so nothing sits
        # side by side except the two buttons.
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tags_label)
        layout.addWidget(self.tags_edit)
        layout.addWidget(self.collections_label)
        layout.addWidget(self.note_label)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        self.tags_edit.editingFinished.connect(self.save_tags)
        self.note_edit.textChanged.connect(self._on_note_edit_textChanged)
        self.note_edit.installEventFilter(self)
        # "Tags saved: pier. Ctrl+Z undoes.": and it does, from the field.
        hand_undo_to_window(self, self.tags_edit, self.note_edit)
        self.preview_button.toggled.connect(self._on_preview_button_toggled)
        self.save_button.clicked.connect(self.save_note)
        controller.changed.connect(self._on_controller_changed)
        controller.reset.connect(self._on_controller_reset)
        self.set_post(None)

    # -- public -----------------------------------------------------------

    def post_id(self) -> int | None:
        """The post shown."""
        return self._post_id

    def set_post(self, post_id: int | None) -> None:
        """Show ``post_id`` (``None``: nothing open); a note being typed for
        the post shown before is saved first."""
        if self._post_id is not None and post_id != self._post_id:
            self.save_note()
            self.save_tags()
        self._post_id = post_id
        for widget in (self.tags_edit, self.note_edit, self.preview_button):
            widget.setEnabled(post_id is not None)
        self._load(note=True)

    def save_tags(self) -> bool:
        """Save the tags field (undoable); False when nothing changed or refused."""
        if self._post_id is None:
            return False
        tags = split_tags(self.tags_edit.text())
        try:
            if set(tags) == set(self._controller.post_tags(self._post_id)):
                return False
            self._controller.run(operations.SetPostTags(((self._post_id, tags),)), self)
        except QuotemarkError as error:
            self.status.emit(str(error))
            return False
        self._load(note=False)
        # Said in the status bar as the note's save is: the field gives no
        # sign that leaving it saved anything.
        undo = key_hint("edit.undo")
        if tags:
            self.status.emit(f"Tags saved: {', '.join(tags)}. {undo} undoes.")
        else:
            self.status.emit(f"Tags removed. {undo} undoes.")
        return True

    def save_note(self) -> bool:
        """Save the note (undoable); False when nothing changed or refused."""
        text = self.note_edit.toPlainText()
        if self._post_id is None or text == self._saved_note:
            return False
        try:
            self._controller.run(operations.SetPostNote(self._post_id, text), self)
        except NotFound:
            self._keep_typing_of_a_gone_post()  # deleted elsewhere, or restored away
            return False
        except QuotemarkError as error:
            self.status.emit(str(error))
            return False
        self._saved_note = text if text.strip() else ""
        self.save_button.setEnabled(False)
        self.status.emit("Note saved.")
        return True

    def is_dirty(self) -> bool:
        """Whether the note holds typing not saved yet."""
        return self.note_edit.toPlainText() != self._saved_note

    # -- internals --------------------------------------------------------

    def _load(self, *, note: bool) -> None:
        post_id = self._post_id
        tags: tuple[str, ...] = ()
        names: list[str] = []
        text = ""
        if post_id is not None:
            try:
                tags = self._controller.post_tags(post_id)
                mine = set(self._controller.post_collections(post_id))
                names = [c.path for c in self._controller.collections() if c.id in mine]
                text = self._controller.post_note(post_id) if note else self._saved_note
            except QuotemarkError as error:
                self.status.emit(str(error))
        self.tags_edit.setText(", ".join(tags))
        if post_id is None:
            self.collections_label.setText("Open a post to see its tags, collections and note.")
        elif names:
            self.collections_label.setText("In collections: " + "; ".join(names))
        else:
            # The keyboard's way first: dragging was all the line offered.
            self.collections_label.setText(
                f"In no collection: {key_hint('collection.add_posts')} adds it to one "
                "(or drag it onto one in the library)."
            )
        if note:
            self._saved_note = text
            self.note_edit.blockSignals(True)
            self.note_edit.setPlainText(text)
            self.note_edit.blockSignals(False)
            self.save_button.setEnabled(False)
            self.preview.setMarkdown(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.note_edit:
            if event.type() == QEvent.Type.FocusOut:
                self.save_note()
            elif (
                event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.matches(QKeySequence.StandardKey.Save)
            ):
                self.save_note()
                return True
        return super().eventFilter(watched, event)

    @Slot()
    def _on_note_edit_textChanged(self) -> None:
        self.save_button.setEnabled(self.is_dirty())

    @Slot(bool)
    def _on_preview_button_toggled(self, on: bool) -> None:
        if on:
            self.preview.setMarkdown(self.note_edit.toPlainText())
        # The button keeps its name and its Alt+P both ways (its checked
        # face shows the preview is on): "&Edit" took the Edit menu's key.
        self.pages.setCurrentWidget(self.preview if on else self.note_edit)

    @Slot(object, object)
    def _on_controller_changed(self, change: Change, initiator: object) -> None:
        post_id = self._post_id
        if post_id is None or initiator is self:
            return
        if post_id in change.posts_removed:
            self._keep_typing_of_a_gone_post()
        elif post_id in change.posts_changed or change.collections_changed:
            # Typing not saved yet is never replaced by another's note.
            self._load(note=not self.is_dirty())

    def _keep_typing_of_a_gone_post(self) -> None:
        """The post is gone (another Quotemark deleted it, or restored a
        backup without it): the panel empties, and a note typed for it and
        not saved is put on the clipboard rather than lost."""
        typed = self.note_edit.toPlainText() if self.is_dirty() else ""
        self._post_id = None  # nothing of it to save
        self.set_post(None)
        if typed.strip():
            QGuiApplication.clipboard().setText(typed)
            self.status.emit(
                "The post was removed elsewhere; the note you were typing is on the clipboard."
            )

    @Slot()
    def _on_controller_reset(self) -> None:
        # Changed beyond what the log names (a backup restored): tags,
        # collections and note read again; typing not saved yet is kept.
        if self._post_id is not None:
            self._load(note=not self.is_dirty())
