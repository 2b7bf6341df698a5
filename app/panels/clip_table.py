"""The Clips tab's list: a thin Qt table model over
:class:`~quotemark.library.model.Clip` rows.

A row is one clip: its passage and, on a second line, its speaker,
paragraph, key, tags and note (led by "Clipped by NAME" for a colleague's
clip when everyone's clips are listed). "This post" lists a fixed set of
rows; "All clips" reads its rows a page at a time
(:mod:`quotemark.app.panels.clip_pages`). :func:`clip_view` is the list
that shows them. The model formats nothing
expensive, so 100,000 clips list without a stall. Edits of the note, tags
and key are not saved here: :attr:`ClipTableModel.edit_requested` hands them
to the panel (:mod:`quotemark.app.panels.clips`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from quotemark.app.library_pane import SECONDARY_ROLE, TwoLineDelegate
from quotemark.app.panels.clip_pages import ClipPages, ClipSource
from quotemark.library.model import Clip, quoted_by_words
from quotemark.library.quoting import isolated

_Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("Passage", "Speaker", "¶", "Note", "Tags", "Key")
TEXT, SPEAKER, PARAGRAPH, NOTE, TAGS, KEY = range(len(COLUMNS))
EDITABLE = {NOTE: "note", TAGS: "tags", KEY: "key"}
CLIP_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_PREVIEW = 160


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
        # "part 1 of 3" of the one post listed (see set_clips).
        self._part = ""

    def set_clips(self, clips: Sequence[Clip], part: str = "") -> None:
        """Replace every row: one post's clips, ``part`` ("part 1 of 3",
        :meth:`Reading.part_words`) leading each paragraph when that post is
        one part of a longer article."""
        self.beginResetModel()
        self._rows = list(clips)
        self._pages = None
        self._part = part
        self.endResetModel()

    def list_all(
        self, source: ClipSource, *, mine: bool = False, ask: Callable[[int], None] | None = None
    ) -> None:
        """List every clip (``mine``: one's own), read from ``source`` a page
        at a time as the view shows them; the count now, no clip yet.
        ``ask``: where a row's post's part is asked for (see
        :attr:`ClipPages.ask`; :meth:`parts_read` brings it)."""
        self.beginResetModel()
        self._rows = []
        self._pages = ClipPages(source, mine=mine, ask=ask)
        self._part = ""  # many posts' clips: each row's part is its post's (_part_of)
        self.endResetModel()

    def parts_read(self, parts: dict[int, str]) -> None:
        """Posts' parts read in the worker: their rows say them now."""
        if self._pages is not None:
            self._repaint(self._pages.learn(parts))

    def parts_changed(self, post_ids: frozenset[int]) -> None:
        """These posts changed (re-extracted, replaced): their rows' parts
        are read again."""
        if self._pages is not None and post_ids:
            self._pages.forget_parts(post_ids)
            # Every row: what the worker was reading for others is dropped
            # too (it may be from before the change), and they ask again.
            if self._pages.count:
                self._repaint([0, self._pages.count - 1])

    def _repaint(self, rows: list[int]) -> None:
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), 0))

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
            self.list_all(pages.source, mine=pages.mine, ask=pages.ask)
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
            return column_text(clip, column)
        if role == Qt.ItemDataRole.EditRole:
            return column_text(clip, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TEXT:
                # "Name, role" (a described speaker's role alone); for a
                # quotation inside a quotation, who quoted it too.
                named = ", ".join(part for part in (clip.speaker, clip.role) if part)
                said = quoted_by_words(named, clip.quoted_by)
                who = f"\n— {said}" if said else ""
                # Who made the clip; "—" for clips made before it was recorded.
                made = f"\nClipped by {clip.made_by or '—'}"
                # Why the reader does not mark it: the post was replaced.
                lost = f"\n{LOST}: the post was replaced by a newer copy." if clip.lost else ""
                return clip.text[:2000] + who + made + lost
            if column in EDITABLE:
                return "Double-click to edit" + (
                    " (tags separated by commas)" if column == TAGS else ""
                )
            return None
        if role == CLIP_ID_ROLE:
            return clip.id
        if role == SECONDARY_ROLE:
            return _details(clip, self.maker(clip), part=self._part_of(clip))
        if role == Qt.ItemDataRole.AccessibleTextRole and column == TEXT:
            # A screen reader hears both lines of the row, the maker included
            # (without the isolates that only order the drawn line: a
            # braille display shows them as unknown cells).
            details = _details(clip, self.maker(clip), isolate=False, part=self._part_of(clip))
            return f"{' '.join(clip.text.split())[:_PREVIEW]}. {details}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PARAGRAPH:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _part_of(self, clip: Clip) -> str:
        # "All clips" lists many posts' clips: a clip of a "part 1 of 3"
        # page said "¶ 2" alone there while its post's list said the part.
        return self._pages.part_words(clip.post_id) if self._pages is not None else self._part

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        clip = self._at(index.row())
        if role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE or clip is None:
            return False
        text = "" if value is None else str(value)
        if text == column_text(clip, index.column()):
            return False
        self.edit_requested.emit(clip.id, EDITABLE[index.column()], text)
        return True


LOST = "Passage no longer in the post"
"""Leads the row of a clip whose passage a newer copy of the post lacks."""


def _details(clip: Clip, maker: str | None = None, *, isolate: bool = True, part: str = "") -> str:
    """ "Marta Ilves · ¶ 4 · ilves2024night-c1 · #ferry · note" ("part 1 of
    3, ¶ 4" with ``part``, as exports locate it), led by
    "Clipped by NAME" when ``maker`` is given and by :data:`LOST` when the
    clip's passage is no longer in the post; each part set apart in its own
    direction unless ``isolate`` is false (what is read out, not drawn)."""
    speaker = quoted_by_words(clip.speaker or clip.role or "", clip.quoted_by)
    parts = [LOST] if clip.lost else []
    if maker:
        parts.append(f"Clipped by {maker}")
    where = f"{part}, ¶ {clip.paragraph}" if part else f"¶ {clip.paragraph}"
    parts.extend(piece for piece in (speaker, where, clip.key) if piece)
    parts.extend(f"#{tag}" for tag in clip.tags)
    if clip.note:
        parts.append(" ".join(clip.note.split()))
    # Each part in its own direction: an Arabic or Hebrew name took the
    # "· ¶ 2" after it into its run ("2 ¶ · <name>").
    return " · ".join(isolated(part) if isolate else part for part in parts)


def column_text(clip: Clip, column: int) -> str:
    """What ``clip`` holds in ``column``, as a field shows and edits it
    (tags joined by commas)."""
    if column == TEXT:
        return clip.text
    if column == SPEAKER:
        if clip.quoted_by:  # "Ada Lind’s father, quoted by Ada Lind"
            return quoted_by_words(clip.speaker or clip.role or "", clip.quoted_by)
        return clip.speaker or ""
    if column == PARAGRAPH:
        return str(clip.paragraph)
    if column == NOTE:
        return clip.note
    if column == TAGS:
        return ", ".join(clip.tags)
    return clip.key


def clip_view(model: ClipTableModel, parent: QWidget) -> QTableView:
    """The list of ``model``'s clips: one two-line column (passage, then
    details), whole rows selected, of a fixed height."""
    view = QTableView(parent)
    view.setObjectName("clipsList")
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    # Edits go through the form under the list (a narrow pane has no room
    # for five editable columns); the list is one two-line column.
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().hide()
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setItemDelegateForColumn(TEXT, TwoLineDelegate(view))
    for column in range(1, len(COLUMNS)):
        view.setColumnHidden(column, True)
    view.horizontalHeader().setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
    # Fixed-height rows and no content-based sizing: 100,000 rows list at once.
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(
        TwoLineDelegate(parent).sizeHint(QStyleOptionViewItem(), model.index(0, 0)).height()
    )
    return view
