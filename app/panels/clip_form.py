"""The form under the Clips tab's list: the selected clip's note, tags and
citation key.

A field is saved when the user is done typing in it (Enter, or the focus
leaving it): the form says so with :attr:`ClipForm.edited`, and the panel
(:mod:`quotemark.app.panels.clips`) hands the edit to :meth:`ClipForm.save`,
which runs it through the controller, so it lands on the window's undo
stack. A save says what the field showed from the library when the user
began typing there: a colleague's change made meanwhile is refused
(:class:`~quotemark.library.errors.EditConflict`), not overwritten.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from quotemark.app.controller import Controller
from quotemark.app.note_edit import NoteEdit
from quotemark.app.panels.clip_table import KEY, NOTE, TAGS, column_text
from quotemark.app.undo import hand_undo_to_window
from quotemark.library.errors import EditConflict
from quotemark.library.model import Clip


def parse_tags(text: str) -> list[str]:
    """Tags as typed: separated by commas, blanks dropped, order kept."""
    seen: dict[str, None] = {}
    for part in text.split(","):
        tag = part.strip()
        if tag:
            seen.setdefault(tag, None)
    return list(seen)


class ClipForm(QWidget):
    """Note, tags and key of the clip the panel shows in it."""

    edited = Signal(int, str)  # the field's column (NOTE, TAGS, KEY), its text
    escape_pressed = Signal()  # in a field: what was typed is to be dropped

    def __init__(
        self, controller: Controller, initiator: QObject, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._library = controller
        # Edits are made in the panel's name: it skips the changes it made
        # itself and explains the undo steps the controller refuses.
        self._initiator = initiator
        # What each field showed from the library when the user began
        # typing there, by (clip id, field): a save says it started from it,
        # so a colleague's change made meanwhile is refused, not overwritten.
        self._started_from: dict[tuple[int, str], str] = {}
        self.note_edit = NoteEdit(self)  # several lines: Shift+Enter
        self.note_edit.setObjectName("clipNote")
        self.note_edit.setPlaceholderText("A note for this clip (Shift+Enter: new line)")
        self.tags_edit = QLineEdit(self)
        self.tags_edit.setObjectName("clipTags")
        self.tags_edit.setPlaceholderText("tags, separated by commas")
        self.key_edit = QLineEdit(self)
        self.key_edit.setObjectName("clipKey")
        self.key_edit.setToolTip("The citation key (letters, digits and - _ : .); must be unique")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("Note:", self.note_edit)
        form.addRow("Tags:", self.tags_edit)
        form.addRow("Key:", self.key_edit)

        self.note_edit.editingFinished.connect(self._on_note_edit_editingFinished)
        self.tags_edit.editingFinished.connect(self._on_tags_edit_editingFinished)
        self.key_edit.editingFinished.connect(self._on_key_edit_editingFinished)
        for edit in (self.note_edit, self.tags_edit, self.key_edit):
            edit.installEventFilter(self)
        hand_undo_to_window(self, self.note_edit, self.tags_edit, self.key_edit)

    def show_clip(
        self, clip: Clip | None, *, force: bool = False, keep_typing: bool = False
    ) -> None:
        """Show ``clip``'s fields (none: an empty, disabled form); ``force``
        also clears each field's own typing history, so Ctrl+Z there reaches
        the window's undo stack; ``keep_typing`` leaves a field the user has
        typed into unsaved."""
        self.setEnabled(clip is not None)
        if clip is None or any(key[0] != clip.id for key in self._started_from):
            self._started_from = {}
        for field, edit, column in (
            ("note", self.note_edit, NOTE),
            ("tags", self.tags_edit, TAGS),
            ("key", self.key_edit, KEY),
        ):
            value = column_text(clip, column) if clip else ""
            if keep_typing and edit.isModified():
                continue  # what it showed before the typing stays its start
            if clip is not None:
                self._started_from[(clip.id, field)] = value
            if force or edit.text() != value:
                edit.setText(value)

    def started_from(self, clip_id: int, field: str) -> str | None:
        """What ``field`` showed of the clip when the user began typing
        there (``None``: the form has not shown it)."""
        return self._started_from.get((clip_id, field))

    def save(self, clip_id: int, field: str, value: str, was: str | None) -> Clip:
        """Save ``value`` as the clip's ``field`` ("note", "tags" or "key"),
        saying it started from ``was``; the clip as it is now. Refused (a
        taken key, a colleague's change since): a
        :class:`~quotemark.library.errors.QuotemarkError`, nothing changes
        and nothing lands on the undo stack."""
        edit = self._library.edit_clip
        try:
            if field == "note":
                return edit(clip_id, self._initiator, note=value, was_note=was)
            if field == "tags":
                was_tags = None if was is None else tuple(parse_tags(was))
                return edit(clip_id, self._initiator, tags=parse_tags(value), was_tags=was_tags)
            return edit(clip_id, self._initiator, key=value.strip(), was_key=was)
        except EditConflict as error:
            # The message shows their value; saving again now is a choice
            # made knowing it.
            self._started_from[(clip_id, field)] = error.current
            raise

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(watched, (QLineEdit, NoteEdit))
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            # Escape drops what was typed (nothing is saved) and goes back to
            # the list, as it does in any editor.
            self.escape_pressed.emit()
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def _on_note_edit_editingFinished(self) -> None:
        self.edited.emit(NOTE, self.note_edit.text())

    @Slot()
    def _on_tags_edit_editingFinished(self) -> None:
        self.edited.emit(TAGS, self.tags_edit.text())

    @Slot()
    def _on_key_edit_editingFinished(self) -> None:
        self.edited.emit(KEY, self.key_edit.text().strip())
