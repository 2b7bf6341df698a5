"""The Clips tab: this post's clips or all of them (everyone's or one's
own), edited in place.

The panel puts together the list (its model: :mod:`.clip_table`, "All
clips" read a page at a time by :mod:`.clip_pages`), the form under it
(note, tags and citation key: :mod:`.clip_form`) and the copy buttons
(:mod:`.clip_citations`). Each edit is an operation run by the controller
(:mod:`quotemark.app.controller`) and lands on its undo stack, so Ctrl+Z
puts the previous value back. The panel follows the controller's
``changed`` signal: rows of clips added, edited or removed (here, by undo,
or by another process) change in place, the selection and any unsaved
typing in the form stay. The library checks a key's form and uniqueness and
the panel shows its message under the list when it refuses one (the old key
stays, and nothing lands on the undo stack). Delete asks the main window to
delete the selection (an undoable command).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from quotemark.app.actions import bindings, key_hint
from quotemark.app.controller import Controller
from quotemark.app.library_pane import select_row
from quotemark.app.panels import clip_changes, clip_citations, inset
from quotemark.app.panels.clip_form import ClipForm
from quotemark.app.panels.clip_pages import ClipPages
from quotemark.app.panels.clip_parts import PartsReader
from quotemark.app.panels.clip_table import EDITABLE, ClipTableModel, clip_view, column_text
from quotemark.app.panels.clip_whose import WhoseChoice
from quotemark.app.style import mute, show_as_error, show_as_toggle
from quotemark.library.errors import QuotemarkError
from quotemark.library.model import Change, Clip

BUSY_SHOWN_MS = 300
"""How long the rows' posts are read before the count says so."""


class ClipsPanel(QWidget):
    """The Clips tab."""

    clip_activated = Signal(object)  # a Clip to show in the reader
    delete_requested = Signal(list)  # clip ids (the window asks the controller)
    status = Signal(str)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = controller
        # The controller's stack, so one Ctrl+Z serves every edit.
        self.undo_stack = controller.undo_stack
        self._post_id: int | None = None
        self.model = ClipTableModel(self)
        self.view = clip_view(self.model, self)
        # "All clips" rows' "part 1 of 3", read in the worker thread: a
        # screenful of posts' documents read here stalled the window.
        self.parts = PartsReader(controller, self)
        self.parts.read.connect(self.model.parts_read)
        self.parts.busy_changed.connect(self._on_parts_busy_changed)
        # The count says "reading" only when the reading is not over at once.
        self._busy_shown = QTimer(self)
        self._busy_shown.setSingleShot(True)
        self._busy_shown.setInterval(BUSY_SHOWN_MS)
        self._busy_shown.timeout.connect(self._on_busy_shown_timeout)
        self._reading_shown = False
        self.form = ClipForm(controller, self, self)
        # The fields, as the window and the tests reach them.
        self.note_edit = self.form.note_edit
        self.tags_edit = self.form.tags_edit
        self.key_edit = self.form.key_edit

        self.this_post_button = QPushButton("This post", self)
        self.all_button = QPushButton("All clips", self)
        self._scope = QButtonGroup(self)
        self.this_post_button.setObjectName("clipsThisPost")
        self.all_button.setObjectName("clipsAll")
        # Two toggles, one of them on: drawn filled when on, in every theme,
        # and read out as toggles (checkable, checked) with what they list.
        self.this_post_button.setAccessibleDescription(
            "Toggle: list the open post's clips (the other choice is All clips)"
        )
        self.all_button.setAccessibleDescription(
            "Toggle: list every clip in the library (the other choice is This post)"
        )
        for button in (self.this_post_button, self.all_button):
            button.setCheckable(True)
            button.setFlat(False)
            show_as_toggle(button)
            self._scope.addButton(button)
        self.this_post_button.setChecked(True)
        # Whose clips: one's own or everyone's, offered once someone else
        # has clipped here.
        self.whose = WhoseChoice(controller, self)
        self.whose_box = self.whose.box
        self.copy_button = QPushButton("Copy as citation", self)
        self.copy_button.setToolTip("Copy the selected clips with a formatted citation")
        # "Copy as Pandoc" sits in a small menu beside the copy button, so
        # the panel needs no more width than before.
        self.pandoc_action = QAction("Copy as Pandoc", self)
        self.pandoc_action.setToolTip(
            "Copy the selected clips with Pandoc citations, [@key, para. 4], for Markdown"
        )
        self.copy_more_button = QToolButton(self)
        self.copy_more_button.setObjectName("clipsCopyMore")
        self.copy_more_button.setToolTip("More ways to copy")
        self.copy_more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.copy_more_button.setArrowType(Qt.ArrowType.DownArrow)
        copy_menu = QMenu(self.copy_more_button)
        copy_menu.addAction(self.pandoc_action)
        self.copy_more_button.setMenu(copy_menu)
        self.delete_button = QPushButton("Delete", self)
        # An empty list says how clips are made (the reader's key), instead
        # of a blank box.
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("clipsEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        mute(self.empty_label)
        self._name_keys()
        bindings().changed.connect(self._name_keys)
        self.message = QLabel(self)
        self.message.setObjectName("clipsMessage")
        self.message.setWordWrap(True)
        show_as_error(self.message)
        self.message.hide()
        self.count_label = QLabel(self)
        mute(self.count_label)
        # Stops reading the rows' posts (as an import's Cancel stops it):
        # a line under the list, shown while the count says it reads ("600
        # clips…"). Under the list, not beside the count: there it widened
        # the tab's narrowest width by 52 px (the panes jump); here the
        # list's last row gives way while it shows.
        self.reading_row = QWidget(self)
        self.reading_row.setObjectName("clipsReading")
        self.reading_label = QLabel("Reading the clips' posts…", self.reading_row)
        self.reading_label.setObjectName("clipsReadingLabel")
        self.reading_label.setAccessibleName("Reading the clips' posts")
        self.reading_label.setWordWrap(True)
        mute(self.reading_label)
        self.cancel_reading_button = QToolButton(self.reading_row)
        self.cancel_reading_button.setObjectName("clipsCancelReading")
        self.cancel_reading_button.setText("Cancel")
        self.cancel_reading_button.setAccessibleName("Stop reading the clips' posts")
        self.cancel_reading_button.setAccessibleDescription(
            "Rows keep their paragraph without which part of a longer article each is;"
            " listing the clips again reads them"
        )
        self.cancel_reading_button.setToolTip("Stop reading the posts of the clips shown")
        self.cancel_reading_button.clicked.connect(self.cancel_reading)
        reading = QHBoxLayout(self.reading_row)
        reading.setContentsMargins(0, 0, 0, 0)
        reading.addWidget(self.reading_label, 1)
        reading.addWidget(self.cancel_reading_button)
        self.reading_row.hide()

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.this_post_button)
        top.addWidget(self.all_button)
        top.addStretch(1)
        top.addWidget(self.count_label)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.copy_button)
        bottom.addWidget(self.copy_more_button)
        bottom.addStretch(1)
        bottom.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        inset(layout)
        layout.addLayout(top)
        # A row of its own: beside the scope buttons it widened the tab's
        # narrowest width, which the window's minimum adds up. Hidden, it
        # takes no room.
        layout.addWidget(self.whose_box, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.reading_row)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addLayout(bottom)

        self.model.edit_requested.connect(self._on_model_edit_requested)
        self._scope.buttonClicked.connect(self._on_scope_buttonClicked)
        self.whose.changed.connect(self.refresh)
        self.copy_button.clicked.connect(self.copy_citation)
        self.pandoc_action.triggered.connect(self.copy_pandoc)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.view.activated.connect(self._on_view_activated)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.form.edited.connect(self._on_form_edited)
        self.form.escape_pressed.connect(self._on_form_escape_pressed)
        controller.changed.connect(self._on_controller_changed)
        controller.refused.connect(self._on_controller_refused)
        # Tab goes as the eye reads the tab, top to bottom (the widgets
        # were made list and form first). The two toggles are one stop, as
        # a choice of two: Left and Right move between them.
        chain = (
            self.this_post_button,
            self.all_button,
            self.whose_box,
            self.view,
            self.note_edit,
            self.tags_edit,
            self.key_edit,
            self.copy_button,
            self.copy_more_button,
            self.delete_button,
        )
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        self._update_buttons()

    # -- public -----------------------------------------------------------

    def set_post(self, post_id: int | None) -> None:
        """Follow the open post (the "This post" list)."""
        self._post_id = post_id
        self.refresh()

    def show_all(self, all_clips: bool) -> None:
        """Switch between this post's clips and every clip."""
        (self.all_button if all_clips else self.this_post_button).setChecked(True)
        self.refresh()

    def showing_all(self) -> bool:
        """Whether every clip is listed."""
        return self.all_button.isChecked()

    def show_mine(self, mine: bool) -> None:
        """List only one's own clips, or everyone's (remembered; Mine
        applies while someone else has clipped here)."""
        self.whose.choose_mine(mine)

    def showing_mine(self) -> bool:
        """Whether only the clips one made are listed."""
        return self.whose.mine()

    def start_over(self) -> None:
        """Read everything again: whether someone else has clipped (another
        library, a restored backup, the maker renamed in Preferences) and
        the list."""
        self.whose.check()
        self.refresh()

    def refresh(self) -> None:
        """Reload the list from the library, keeping the selection."""
        selected = self.selected_clip_ids()
        mine = self.showing_mine()
        # Everyone's clips: each row names a colleague who made it.
        self.model.set_makers(not mine, self._library.who)
        # What the worker reads for the list read before is not this one's;
        # a new listing is read again, even after a Cancel.
        self.parts.forget()
        self.parts.resume()
        if self.showing_all():
            # Read a page at a time as the list scrolls: tens of thousands
            # of clips are never read at once; each row's post's part in
            # the worker thread.
            self.model.list_all(self._library, mine=mine, ask=self.parts.want)
            pages = self.model.pages()
            if pages is not None and pages.failure:
                self.status.emit(pages.failure)
        else:
            part = ""
            try:
                clips = (
                    self._library.clips(post_id=self._post_id, mine=mine)
                    if self._post_id is not None
                    else []
                )
                if self._post_id is not None:
                    # Read even with no clip yet: the first clip arrives
                    # as a row added to this list (add_clips), not a reload.
                    reading = self._library.reading(self._post_id)
                    part = reading.part_words() if reading is not None else ""
            except QuotemarkError as error:
                self.status.emit(str(error))
                clips = []
            self.model.set_clips(clips, part)
        selection = self.view.selectionModel()
        for clip_id in selected[: ClipPages.PAGE]:
            row = self.model.row_of(clip_id)
            if row is not None:
                selection.select(
                    self.model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
        self._show_count()
        self._update_buttons()

    @Slot()
    def _show_count(self) -> None:
        count = self.model.rowCount()
        counted = f"{count} clip" + ("" if count == 1 else "s")
        # Still reading the rows' posts: "600 clips…", room for its "…"
        # kept all along (a longer "· reading…" widened the tab's narrowest
        # width by 60 px while it showed, and the panes jumped).
        self.count_label.setText(counted + ("…" if self._reading_shown else ""))
        self.count_label.setMinimumWidth(
            self.count_label.fontMetrics().horizontalAdvance(counted + "…")
        )
        self.count_label.setToolTip(
            "Reading the posts of the clips shown (which part of a longer article each is)"
            if self._reading_shown
            else ""
        )
        self.reading_row.setVisible(self._reading_shown)
        self.empty_label.setVisible(count == 0)

    def selected_clip_ids(self) -> list[int]:
        """The selected clips, in list order."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        found = (self.model.clip_at(row) for row in rows)
        return [clip.id for clip in found if clip is not None]

    def select_clip(self, clip_id: int) -> None:
        """Make ``clip_id`` the selected row."""
        row = self.model.row_of(clip_id)
        if row is not None:
            select_row(self.view, self.model.index(row, 0))

    def request_delete(self) -> bool:
        """Ask to delete the selected clips; False when none is selected."""
        ids = self.selected_clip_ids()
        if ids:
            self.delete_requested.emit(ids)
        return bool(ids)

    def citation_text(self, clip_ids: Sequence[int]) -> str:
        """The clips as quoted passages with their formatted citations:
        ``“passage” — Speaker (Author 2017, para. 1)`` then the reference."""
        return clip_citations.formatted(self._library, clip_ids).text

    @Slot()
    def copy_citation(self) -> bool:
        """Copy the selected clips as citations; False when none is selected."""
        ids = self.selected_clip_ids()
        if not ids:
            self.status.emit("Select a clip to copy it as a citation.")
            return False
        try:
            clip_citations.copy_formatted(self._library, ids)
        except QuotemarkError as error:
            self.status.emit(str(error))
            return False
        self.status.emit("Copied a citation." if len(ids) == 1 else f"Copied {len(ids)} citations.")
        return True

    @Slot()
    def copy_pandoc(self) -> bool:
        """Copy the selected clips with Pandoc citations; False when none is
        selected."""
        ids = self.selected_clip_ids()
        if not ids:
            self.status.emit("Select a clip to copy it with a Pandoc citation.")
            return False
        clip_citations.copy_pandoc(self._library, ids)
        self.status.emit("Copied for Pandoc.")
        return True

    # -- internals --------------------------------------------------------

    @Slot()
    def _on_form_escape_pressed(self) -> None:
        # Escape drops what was typed (nothing is saved) and goes back to
        # the list, as it does in any editor.
        self._fill_form(force=True)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(int, str, str)
    def _on_model_edit_requested(self, clip_id: int, field: str, value: str) -> None:
        was = self.form.started_from(clip_id, field)
        if was is None:
            row = self.model.row_of(clip_id)
            column = next(c for c, name in EDITABLE.items() if name == field)
            was = column_text(self.model.clip(row), column) if row is not None else None
        try:
            clip = self.form.save(clip_id, field, value, was)
        except QuotemarkError as error:
            # Refused (a taken key, a colleague's change since): nothing
            # changes, nothing lands on the stack, the typed text stays.
            self._on_edit_refused(str(error))
            return
        self.message.hide()
        self.model.replace_clip(clip)
        self._fill_form(force=True)
        what = {"note": "note", "tags": "tags", "key": "citation key"}[field]
        self.status.emit(f"Saved the clip's {what}. {key_hint('edit.undo')} undoes.")

    @Slot()
    def _name_keys(self) -> None:
        # The tooltip names the undo key the user has now.
        self.delete_button.setToolTip(f"Delete the selected clips ({key_hint('edit.undo')} undoes)")
        self.empty_label.setText(
            f"No clips here yet. Select a passage in the text and press "
            f"{key_hint('clip.selection')}: it is kept with its speaker and paragraph."
        )

    @Slot()
    def cancel_reading(self) -> None:
        """Stop reading the rows' posts (the count's Cancel): the rows stay,
        without their part of a longer article, until listed again."""
        self.parts.cancel()
        self.status.emit(
            "Stopped reading the clips' posts: rows show no part of a longer article"
            " until the list is read again."
        )

    def stop_reading(self) -> None:
        """Stop reading the rows' posts and wait for the worker (closing)."""
        self.parts.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        # A panel shown on its own (the window stops it in its own closeEvent).
        self.stop_reading()
        super().closeEvent(event)

    @Slot(bool)
    def _on_parts_busy_changed(self, busy: bool) -> None:
        if busy:
            if not self._busy_shown.isActive():
                self._busy_shown.start()
            return
        self._busy_shown.stop()
        if self._reading_shown:
            self._reading_shown = False
            self._show_count()

    @Slot()
    def _on_busy_shown_timeout(self) -> None:
        self._reading_shown = self.parts.busy()
        self._show_count()

    @Slot(object, object)
    def _on_controller_changed(self, change: Change, initiator: object) -> None:
        """Follow a change made by undo, the window or another process:
        only the rows it names; the selection and unsaved typing stay."""
        changed = frozenset(change.posts_changed + change.posts_removed)
        if changed and self.model.pages() is not None:
            # A post re-extracted or replaced may be another part now: what
            # is being read may be from before the change.
            self.parts.forget()
            self.model.parts_changed(changed)
        if self.whose.follow(change):
            self.refresh()  # Mine applies now, or no longer: list again
            return
        if initiator is self:
            return  # our own edit: shown already
        if clip_changes.follow(
            self.model,
            change,
            self._library,
            post_id=self._post_id,
            all_clips=self.showing_all(),
            mine=self.showing_mine(),
        ):
            self.message.hide()
            self._show_count()
            self._update_buttons(keep_typing=True)

    @Slot(str, object)
    def _on_controller_refused(self, message: str, initiator: object) -> None:
        """Undo or redo of one of our edits was refused: say why here."""
        if initiator is self:
            self._on_edit_refused(message)

    def _on_edit_refused(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()
        self.status.emit(message)

    @Slot()
    def _on_scope_buttonClicked(self) -> None:
        self.refresh()

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        self.request_delete()

    @Slot(QModelIndex)
    def _on_view_activated(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() not in EDITABLE:
            self.clip_activated.emit(self.model.clip(index.row()))

    def current_clip(self) -> Clip | None:
        """The clip the form edits: the only selected one."""
        ids = self.selected_clip_ids()
        if len(ids) != 1:
            return None
        row = self.model.row_of(ids[0])
        return None if row is None else self.model.clip(row)

    def _fill_form(self, *, force: bool = False, keep_typing: bool = False) -> None:
        """Show the current clip in the form (see :meth:`ClipForm.show_clip`)."""
        self.form.show_clip(self.current_clip(), force=force, keep_typing=keep_typing)

    @Slot(int, str)
    def _on_form_edited(self, column: int, text: str) -> None:
        # Saved through the model, as an edit in the list would be.
        clip = self.current_clip()
        if clip is None:
            return
        row = self.model.row_of(clip.id)
        if row is not None:
            self.model.setData(self.model.index(row, column), text)

    @Slot()
    def _update_buttons(self, *, keep_typing: bool = False) -> None:
        has_selection = bool(self.view.selectionModel().selectedRows())
        self.copy_button.setEnabled(has_selection)
        self.pandoc_action.setEnabled(has_selection)
        self.delete_button.setEnabled(has_selection)
        self._fill_form(keep_typing=keep_typing)
