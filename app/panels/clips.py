"""The Clips tab: this post's clips or all of them, edited in place.

Note, tags and citation key are edited in the form under the list; each
edit is an operation run by the controller (:mod:`quotemark.app.controller`) and lands
on its undo stack, so Ctrl+Z puts the previous value back. The panel follows
the controller's ``changed`` signal: rows of clips added, edited or removed
(here, by undo, or by another process) change in place, the selection and
any unsaved typing in the form stay. The library checks a key's form and
uniqueness and the panel shows its message under the list when it refuses
one (the old key stays, and nothing lands on the undo stack). Delete asks
the main window to delete the selection (an undoable command); "Copy as
citation" puts the passage with a formatted citation in the style chosen in
Preferences (via :mod:`quotemark.library.export.cite`) on the clipboard, as rich text
(HTML) and plain text.

The model is a thin adapter over :class:`~quotemark.library.model.Clip` rows; it
formats nothing expensive, so 100,000 clips list without a stall.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from quotemark.app import settings
from quotemark.app.actions import bindings, key_hint
from quotemark.app.controller import Controller
from quotemark.app.library_pane import SECONDARY_ROLE, TwoLineDelegate, select_row
from quotemark.app.note_edit import NoteEdit
from quotemark.app.panels.clip_pages import ClipPages, ClipSource
from quotemark.app.style import mute, show_as_error
from quotemark.library.errors import EditConflict, QuotemarkError
from quotemark.library.model import Change, Clip
from quotemark.library.records import ExportScope

if TYPE_CHECKING:
    from quotemark.library.export import Formatted

_Index = QModelIndex | QPersistentModelIndex
WHOSE_SETTING = "clips/whose"
"""Remembers the Mine / Everyone's filter ("mine" or "everyone")."""

COLUMNS = ("Passage", "Speaker", "¶", "Note", "Tags", "Key")
TEXT, SPEAKER, PARAGRAPH, NOTE, TAGS, KEY = range(len(COLUMNS))
EDITABLE = {NOTE: "note", TAGS: "tags", KEY: "key"}
CLIP_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_PREVIEW = 160


def parse_tags(text: str) -> list[str]:
    """Tags as typed: separated by commas, blanks dropped, order kept."""
    seen: dict[str, None] = {}
    for part in text.split(","):
        tag = part.strip()
        if tag:
            seen.setdefault(tag, None)
    return list(seen)


class ClipTableModel(QAbstractTableModel):
    """Clips as rows; edits are handed to ``edit`` (the panel)."""

    edit_requested = Signal(int, str, str)  # clip id, field, new value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Clip] = []
        # "All clips": rows read a page at a time (None: the fixed ``_rows``).
        self._pages: ClipPages | None = None
        # Whose name a row shows (see set_makers): none by default.
        self._makers_shown = False
        self._me: str | None = None

    def set_clips(self, clips: Sequence[Clip]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(clips)
        self._pages = None
        self.endResetModel()

    def list_all(self, source: ClipSource, *, mine: bool = False) -> None:
        """List every clip (``mine``: one's own), read from ``source`` a page
        at a time as the view shows them; the count now, no clip yet."""
        self.beginResetModel()
        self._rows = []
        self._pages = ClipPages(source, mine=mine)
        self.endResetModel()

    def pages(self) -> ClipPages | None:
        """The paged rows of "All clips" (``None`` for a fixed list)."""
        return self._pages

    def _at(self, row: int) -> Clip | None:
        if self._pages is not None:
            return self._pages.clip(row)
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def set_makers(self, shown: bool, me: str | None) -> None:
        """Name each clip's maker in its row when ``shown`` (everyone's
        clips listed), except one's own (``me``) and unknown makers: a
        one-person library stays as it was."""
        if (shown, me) == (self._makers_shown, self._me):
            return
        self._makers_shown, self._me = shown, me
        count = self.rowCount()
        if count:
            self.dataChanged.emit(self.index(0, 0), self.index(count - 1, 0))

    def maker(self, clip: Clip) -> str | None:
        """The colleague named in ``clip``'s row, if any."""
        if not self._makers_shown or clip.made_by is None or clip.made_by == self._me:
            return None
        return clip.made_by

    def replace_clip(self, clip: Clip) -> None:
        """Refresh one clip's row after an edit."""
        if self._pages is not None:
            row = self._pages.replace(clip)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
            return
        for row, existing in enumerate(self._rows):
            if existing.id == clip.id:
                self._rows[row] = clip
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
                return

    def remove_clips(self, clip_ids: Sequence[int], arriving: Sequence[int] = ()) -> None:
        """Take these clips' rows out (the others keep their selection);
        ``arriving``: clips of the same change the database lists already,
        to be added next (for "All clips", whose rows the database places)."""
        if self._pages is not None:
            self._move(self._pages.rows_removed(list(clip_ids), list(arriving)), removed=True)
            return
        gone = set(clip_ids)
        for row in range(len(self._rows) - 1, -1, -1):
            if self._rows[row].id in gone:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()

    def add_clips(self, clips: Sequence[Clip]) -> None:
        """Insert clips at their place (oldest first: by id)."""
        if self._pages is not None:
            kept = self._pages.cached_rows()
            for clip in clips:
                if clip.id in kept:
                    self.replace_clip(clip)
            fresh = [clip.id for clip in clips if clip.id not in kept]
            if fresh:
                self._move(self._pages.rows_added(fresh), removed=False)
            return
        for clip in sorted(clips, key=lambda c: c.id):
            if self.row_of(clip.id) is not None:
                self.replace_clip(clip)
                continue
            row = next((r for r, c in enumerate(self._rows) if c.id > clip.id), len(self._rows))
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.insert(row, clip)
            self.endInsertRows()

    def _move(self, rows: list[int] | None, *, removed: bool) -> None:
        """Tell the view of paged rows going or coming, one at a time (the
        database already holds the end state, so no row is read between);
        ``None``: they could not be placed, so the list is read again."""
        pages = self._pages
        assert pages is not None
        if rows is None:
            self.list_all(pages.source, mine=pages.mine)
            return
        pages.forget()
        pages.holding = True
        try:
            for row in reversed(rows) if removed else rows:
                if removed:
                    self.beginRemoveRows(QModelIndex(), row, row)
                    pages.count -= 1
                    self.endRemoveRows()
                else:
                    self.beginInsertRows(QModelIndex(), row, row)
                    pages.count += 1
                    self.endInsertRows()
        finally:
            pages.holding = False

    def clip(self, row: int) -> Clip:
        """The clip in ``row``."""
        found = self._at(row)
        if found is None:
            raise IndexError(f"no clip in row {row}")
        return found

    def clip_at(self, row: int) -> Clip | None:
        """The clip in ``row``, if it can be read (``None`` once the library
        is closed)."""
        return self._at(row)

    def clips(self) -> list[Clip]:
        """Every listed clip (for "All clips", every page is read)."""
        if self._pages is not None:
            found = (self._pages.clip(row) for row in range(self._pages.count))
            return [clip for clip in found if clip is not None]
        return list(self._rows)

    def row_of(self, clip_id: int) -> int | None:
        """The row of a clip, if listed."""
        if self._pages is not None:
            return self._pages.row_of(clip_id)
        for row, existing in enumerate(self._rows):
            if existing.id == clip_id:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return self._pages.count if self._pages is not None else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == PARAGRAPH:
            return "Paragraph number (the locator exports cite)"
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        clip = self._at(index.row()) if index.isValid() else None
        if clip is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TEXT:
                text = " ".join(clip.text.split())
                return text if len(text) <= _PREVIEW else text[: _PREVIEW - 1] + "…"
            return _value(clip, column)
        if role == Qt.ItemDataRole.EditRole:
            return _value(clip, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TEXT:
                who = f"\n— {clip.speaker}" + (f", {clip.role}" if clip.role else "")
                # Who made the clip; "—" for clips made before it was recorded.
                made = f"\nClipped by {clip.made_by or '—'}"
                return clip.text[:2000] + (who if clip.speaker else "") + made
            if column in EDITABLE:
                return "Double-click to edit" + (
                    " (tags separated by commas)" if column == TAGS else ""
                )
            return None
        if role == CLIP_ID_ROLE:
            return clip.id
        if role == SECONDARY_ROLE:
            return _details(clip, self.maker(clip))
        if role == Qt.ItemDataRole.AccessibleTextRole and column == TEXT:
            # A screen reader hears both lines of the row, the maker included.
            return f"{' '.join(clip.text.split())[:_PREVIEW]}. {_details(clip, self.maker(clip))}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PARAGRAPH:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        clip = self._at(index.row())
        if role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE or clip is None:
            return False
        text = "" if value is None else str(value)
        if text == _value(clip, index.column()):
            return False
        self.edit_requested.emit(clip.id, EDITABLE[index.column()], text)
        return True


def _details(clip: Clip, maker: str | None = None) -> str:
    """ "Marta Ilves · ¶ 4 · ilves2024night-c1 · #ferry · note", led by
    "Clipped by NAME" when ``maker`` is given."""
    speaker = clip.speaker or clip.role
    parts = [f"Clipped by {maker}"] if maker else []
    parts.extend(part for part in (speaker, f"¶ {clip.paragraph}", clip.key) if part)
    parts.extend(f"#{tag}" for tag in clip.tags)
    if clip.note:
        parts.append(" ".join(clip.note.split()))
    return " · ".join(parts)


def _value(clip: Clip, column: int) -> str:
    if column == TEXT:
        return clip.text
    if column == SPEAKER:
        return clip.speaker or ""
    if column == PARAGRAPH:
        return str(clip.paragraph)
    if column == NOTE:
        return clip.note
    if column == TAGS:
        return ", ".join(clip.tags)
    return clip.key


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
        # What each form field showed from the library when the user began
        # typing there, by (clip id, field): a save says it started from it,
        # so a colleague's change made meanwhile is refused, not overwritten.
        self._started_from: dict[tuple[int, str], str] = {}
        self.model = ClipTableModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("clipsList")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Edits go through the form under the list (a narrow pane has no room
        # for five editable columns); the list is one two-line column.
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setItemDelegateForColumn(TEXT, TwoLineDelegate(self.view))
        for column in range(1, len(COLUMNS)):
            self.view.setColumnHidden(column, True)
        self.view.horizontalHeader().setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        # Fixed-height rows and no content-based sizing: 100,000 rows list at once.
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(
            TwoLineDelegate(self).sizeHint(QStyleOptionViewItem(), self.model.index(0, 0)).height()
        )
        self.note_edit = NoteEdit(self)  # several lines: Shift+Enter
        self.note_edit.setObjectName("clipNote")
        self.note_edit.setPlaceholderText("A note for this clip (Shift+Enter: new line)")
        self.tags_edit = QLineEdit(self)
        self.tags_edit.setObjectName("clipTags")
        self.tags_edit.setPlaceholderText("tags, separated by commas")
        self.key_edit = QLineEdit(self)
        self.key_edit.setObjectName("clipKey")
        self.key_edit.setToolTip("The citation key (letters, digits and - _ : .); must be unique")
        self.form = QWidget(self)
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("Note:", self.note_edit)
        form.addRow("Tags:", self.tags_edit)
        form.addRow("Key:", self.key_edit)

        self.this_post_button = QPushButton("This post", self)
        self.all_button = QPushButton("All clips", self)
        self._scope = QButtonGroup(self)
        for button in (self.this_post_button, self.all_button):
            button.setCheckable(True)
            button.setFlat(False)
            self._scope.addButton(button)
        self.this_post_button.setChecked(True)
        # Whose clips: on a shared library, one's own or everyone's
        # (remembered; a combo box is reachable by Tab and arrow keys).
        self.whose_box = QComboBox(self)
        self.whose_box.setObjectName("clipsWhose")
        self.whose_box.addItem("Everyone's", "everyone")
        self.whose_box.addItem("Mine", "mine")
        self.whose_box.setAccessibleName("Whose clips")
        self.whose_box.setToolTip("List everyone's clips, or only those you made")
        self.whose_box.setCurrentIndex(
            max(self.whose_box.findData(settings.get_str(WHOSE_SETTING, "everyone")), 0)
        )
        self.copy_button = QPushButton("Copy as citation", self)
        self.copy_button.setToolTip("Copy the selected clips with a formatted citation")
        # "Copy as Pandoc" sits in a small menu beside the copy button, so
        # the panel needs no more width than before.
        self.pandoc_action = QAction("Copy as Pandoc", self)
        self.pandoc_action.setToolTip(
            "Copy the selected clips with Pandoc citations, [@key, para. 4], for Markdown"
        )
        self.copy_more_button = QToolButton(self)
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
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        # A row of its own: beside the scope buttons it widened the tab's
        # narrowest width, which the window's minimum adds up.
        whose = QHBoxLayout()
        whose.setContentsMargins(0, 0, 0, 0)
        whose.addWidget(self.whose_box)
        whose.addStretch(1)
        layout.addLayout(whose)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addLayout(bottom)

        self.model.edit_requested.connect(self._on_model_edit_requested)
        self._scope.buttonClicked.connect(self._on_scope_buttonClicked)
        self.whose_box.currentIndexChanged.connect(self._on_whose_box_currentIndexChanged)
        self.copy_button.clicked.connect(self.copy_citation)
        self.pandoc_action.triggered.connect(self.copy_pandoc)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.view.activated.connect(self._on_view_activated)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.note_edit.editingFinished.connect(self._on_note_edit_editingFinished)
        self.tags_edit.editingFinished.connect(self._on_tags_edit_editingFinished)
        self.key_edit.editingFinished.connect(self._on_key_edit_editingFinished)
        for edit in (self.note_edit, self.tags_edit, self.key_edit):
            edit.installEventFilter(self)
        controller.changed.connect(self._on_controller_changed)
        controller.refused.connect(self._on_controller_refused)
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
        """List only one's own clips, or everyone's (remembered)."""
        self.whose_box.setCurrentIndex(self.whose_box.findData("mine" if mine else "everyone"))

    def showing_mine(self) -> bool:
        """Whether only the clips one made are listed."""
        return bool(self.whose_box.currentData() == "mine")

    def refresh(self) -> None:
        """Reload the list from the library, keeping the selection."""
        selected = self.selected_clip_ids()
        mine = self.showing_mine()
        # Everyone's clips: each row names a colleague who made it.
        self.model.set_makers(not mine, self._library.who)
        if self.showing_all():
            # Read a page at a time as the list scrolls: tens of thousands
            # of clips are never read at once.
            self.model.list_all(self._library, mine=mine)
            pages = self.model.pages()
            if pages is not None and pages.failure:
                self.status.emit(pages.failure)
        else:
            try:
                clips = (
                    self._library.clips(post_id=self._post_id, mine=mine)
                    if self._post_id is not None
                    else []
                )
            except QuotemarkError as error:
                self.status.emit(str(error))
                clips = []
            self.model.set_clips(clips)
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

    def _show_count(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(f"{count} clip" + ("" if count == 1 else "s"))
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
        return self.citation_formatted(clip_ids).text

    def citation_formatted(self, clip_ids: Sequence[int]) -> Formatted:
        """:meth:`citation_text` as rich text and plain text, in the style
        chosen in Preferences (each post's reference once)."""
        # The export package (formats, CSL styles) is imported when a citation
        # is copied, not with the window: it was a tenth of the start.
        from quotemark.library.export import Formatted, format_clips
        from quotemark.library.export.stylebook import DEFAULT_STYLE

        if not clip_ids:
            return Formatted("", "")
        wanted = set(clip_ids)
        citations = self._library.citations(ExportScope(clip_ids=tuple(clip_ids)))
        chosen = [c for c in citations if c.clip is not None and c.clip.id in wanted]
        return format_clips(chosen, settings.get_str(settings.CITATION_STYLE, DEFAULT_STYLE))

    @Slot()
    def copy_citation(self) -> bool:
        """Copy the selected clips as citations; False when none is selected."""
        ids = self.selected_clip_ids()
        if not ids:
            self.status.emit("Select a clip to copy it as a citation.")
            return False
        try:
            formatted = self.citation_formatted(ids)
        except QuotemarkError as error:
            self.status.emit(str(error))
            return False
        data = QMimeData()
        data.setText(formatted.text)
        data.setHtml(formatted.html)
        QGuiApplication.clipboard().setMimeData(data)
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
        from quotemark.library.export.markdown import pandoc_clips

        wanted = set(ids)
        citations = self._library.citations(ExportScope(clip_ids=tuple(ids)))
        chosen = [c for c in citations if c.clip is not None and c.clip.id in wanted]
        QGuiApplication.clipboard().setText(pandoc_clips(chosen))
        self.status.emit("Copied for Pandoc.")
        return True

    # -- internals --------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A line edit claims Ctrl+Z even with nothing of its own to undo; then
        # the key belongs to the window's undo stack (the committed edit).
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(watched, (QLineEdit, NoteEdit))
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            # Escape drops what was typed (nothing is saved) and goes back to
            # the list, as it does in any editor.
            self._fill_form(force=True)
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(watched, (QLineEdit, NoteEdit))
            and isinstance(event, QKeyEvent)
        ):
            if event.matches(QKeySequence.StandardKey.Undo) and not watched.isUndoAvailable():
                return True
            if event.matches(QKeySequence.StandardKey.Redo) and not watched.isRedoAvailable():
                return True
        return super().eventFilter(watched, event)

    @Slot(int, str, str)
    def _on_model_edit_requested(self, clip_id: int, field: str, value: str) -> None:
        edit = self._library.edit_clip
        was = self._started_from.get((clip_id, field))
        if was is None:
            row = self.model.row_of(clip_id)
            column = next(c for c, name in EDITABLE.items() if name == field)
            was = _value(self.model.clip(row), column) if row is not None else None
        try:
            # Refused (a taken key, a colleague's change since): nothing
            # changes and nothing lands on the stack.
            if field == "note":
                clip = edit(clip_id, self, note=value, was_note=was)
            elif field == "tags":
                was_tags = None if was is None else tuple(parse_tags(was))
                clip = edit(clip_id, self, tags=parse_tags(value), was_tags=was_tags)
            else:
                clip = edit(clip_id, self, key=value.strip(), was_key=was)
        except EditConflict as error:
            # The message shows their value; saving again now is a choice
            # made knowing it.
            self._started_from[(clip_id, field)] = error.current
            self._on_edit_refused(str(error))
            return
        except QuotemarkError as error:
            self._on_edit_refused(str(error))  # the typed text stays, to be fixed
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

    @Slot(object, object)
    def _on_controller_changed(self, change: Change, initiator: object) -> None:
        """Follow a change made by undo, the window or another process:
        only the rows it names; the selection and unsaved typing stay."""
        if initiator is self:
            return  # our own edit: shown already
        touched = False
        wanted = change.clips_added + change.clips_changed
        if self.model.pages() is not None:
            if wanted or change.clips_removed:
                self._follow_all(change)
                touched = True
            wanted = ()
        elif change.clips_removed:
            self.model.remove_clips(change.clips_removed)
            touched = True
        if wanted:
            for clip in self._library.clips_by_id(wanted):
                listed = self.model.row_of(clip.id) is not None
                if listed:
                    self.model.replace_clip(clip)
                elif (self.showing_all() or clip.post_id == self._post_id) and (
                    not self.showing_mine()
                    or (clip.made_by is not None and clip.made_by == self._library.who)
                ):
                    self.model.add_clips([clip])
                touched = True
        if touched:
            self.message.hide()
            self._show_count()
            self._update_buttons(keep_typing=True)

    def _follow_all(self, change: Change) -> None:
        """ "All clips" follows a change: new clips are placed by the
        database's count of those before them, edited ones repaint if shown."""
        added = set(change.clips_added)
        wanted = change.clips_added + change.clips_changed
        clips = self._library.clips_by_id(wanted) if wanted else []
        who = self._library.who if self.showing_mine() else None
        listed = [c for c in clips if c.id in added and (who is None or c.made_by == who)]
        if change.clips_removed:
            self.model.remove_clips(change.clips_removed, arriving=[c.id for c in listed])
        self.model.add_clips(listed)
        for clip in clips:
            if clip.id not in added:
                self.model.replace_clip(clip)

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

    @Slot(int)
    def _on_whose_box_currentIndexChanged(self, _index: int) -> None:
        settings.set_value(WHOSE_SETTING, str(self.whose_box.currentData()))
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
        """Show the current clip's fields; ``force`` also clears each field's
        own typing history, so Ctrl+Z there reaches the window's undo stack;
        ``keep_typing`` leaves a field the user has typed into unsaved."""
        clip = self.current_clip()
        self.form.setEnabled(clip is not None)
        if clip is None or any(key[0] != clip.id for key in self._started_from):
            self._started_from = {}
        for field, edit, value in (
            ("note", self.note_edit, clip.note if clip else ""),
            ("tags", self.tags_edit, ", ".join(clip.tags) if clip else ""),
            ("key", self.key_edit, clip.key if clip else ""),
        ):
            if keep_typing and edit.isModified():
                continue  # what it showed before the typing stays its start
            if clip is not None:
                self._started_from[(clip.id, field)] = value
            if force or edit.text() != value:
                edit.setText(value)

    def _commit(self, column: int, text: str) -> None:
        clip = self.current_clip()
        if clip is None:
            return
        row = self.model.row_of(clip.id)
        if row is not None:
            self.model.setData(self.model.index(row, column), text)

    @Slot()
    def _on_note_edit_editingFinished(self) -> None:
        self._commit(NOTE, self.note_edit.text())

    @Slot()
    def _on_tags_edit_editingFinished(self) -> None:
        self._commit(TAGS, self.tags_edit.text())

    @Slot()
    def _on_key_edit_editingFinished(self) -> None:
        self._commit(KEY, self.key_edit.text().strip())

    @Slot()
    def _update_buttons(self, *, keep_typing: bool = False) -> None:
        has_selection = bool(self.view.selectionModel().selectedRows())
        self.copy_button.setEnabled(has_selection)
        self.pandoc_action.setEnabled(has_selection)
        self.delete_button.setEnabled(has_selection)
        self._fill_form(keep_typing=keep_typing)
