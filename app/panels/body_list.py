"""The researcher's body corrections of the open post, listed in the Review
tab: passages added back from the original page and passages removed.

Enter (or a double click, or the Restore button) on a removed passage asks
for it to be restored, which takes the removal back as one undoable
correction; on an added passage it shows the passage in the reader. A
correction whose place is gone after a re-extraction is listed as such,
never hidden.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quotemark.app.panels.quotes import preview
from quotemark.library.model import Block, paragraph_numbers
from quotemark.library.store.body import ADD, REMOVE, paragraphs
from quotemark.library.store.corrections import Row

_WRAP = int(Qt.TextFlag.TextWordWrap)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2


def fits(row: Row) -> bool:
    """Whether the correction found its place the last time it was applied."""
    return not (isinstance(row.machine, dict) and row.machine.get("fits") is False)


def added_blocks(blocks: Sequence[Block], rows: Sequence[Row]) -> list[int]:
    """The blocks of the body that passages added back became (each
    paragraph of a passage is a block of its own text), in order."""
    texts = [block.text for block in blocks]
    found: set[int] = set()
    for row in rows:
        if row.kind != ADD or not fits(row):
            continue
        for paragraph in paragraphs(row.target):
            at = next(
                (i for i, text in enumerate(texts) if text == paragraph and i not in found), None
            )
            if at is not None:
                found.add(at)
    return sorted(found)


def added_description(blocks: Sequence[Block], added: Sequence[int], *, by_you: bool = True) -> str:
    """The sentence a screen reader hears about the added paragraphs
    ("by you" left out when a colleague added some of them)."""
    if not added:
        return ""
    numbers = paragraph_numbers(tuple(blocks))
    names = [str(numbers[i] if numbers[i] is not None else i + 1) for i in added]
    who = " by you" if by_you else ""
    if len(names) == 1:
        return f"Paragraph {names[0]} was added{who} from the original page."
    listed = ", ".join(names[:-1]) + f" and {names[-1]}"
    return f"Paragraphs {listed} were added{who} from the original page."


class BodyCorrectionsList(QWidget):
    """The open post's added and removed passages."""

    restore_requested = Signal(int)  # the id of a removal to take back
    show_requested = Signal(int)  # the id of an added passage to show

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bodyCorrections")
        self.title = QLabel("Your body corrections", self)
        self.list = QListWidget(self)
        self.list.setObjectName("bodyCorrectionsList")
        self.list.setAccessibleName("Body corrections")
        self.list.setAccessibleDescription(
            "Passages you added to the body or removed from it; Enter on a removed "
            "passage restores it"
        )
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.title.setBuddy(self.list)
        self.restore = QPushButton("&Restore removed passage", self)
        self.restore.setObjectName("restorePassage")
        self.restore.setAccessibleDescription(
            "Puts the removed passage back into the body (Edit > Undo takes it out again)"
        )
        self.restore.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.list.itemActivated.connect(self._on_list_itemActivated)
        self.list.currentItemChanged.connect(self._on_list_currentItemChanged)
        self.restore.clicked.connect(self._on_restore_clicked)
        self.set_rows(())

    def set_rows(self, rows: Sequence[Row], me: str | None = None) -> None:
        """List these body corrections (oldest first); hidden when none.
        One made by someone other than ``me`` names its maker (one's own
        and those of unknown maker do not: a one-person library stays calm)."""
        current = self.current_id()
        self.list.clear()
        theirs = False
        for row in rows:
            text = preview(row.target)
            by = row.made_by if row.made_by and row.made_by != me else ""
            theirs = theirs or bool(by)
            # A colleague's is named (the list's title says these are the
            # body's), kept short so it wraps less in a narrow tab.
            if row.kind == ADD:
                label = f"Added by {by}:" if by else "Added from the original page:"
            elif row.kind == REMOVE:
                label = f"Removed by {by}" if by else "Removed from the body"
                label += " (Enter restores it):"
            else:
                continue
            label += f"\n{text}"
            if not fits(row):
                label += "\n(its place is no longer in the page's text; kept)"
            item = QListWidgetItem(label)
            item.setData(ROW_ROLE, row.id)
            item.setData(KIND_ROLE, row.kind)
            self.list.addItem(item)
            if row.id == current:
                self.list.setCurrentItem(item)
        self.title.setText("Body corrections" if theirs else "Your body corrections")
        self._fit_height()
        self.setVisible(self.list.count() > 0)
        self._on_list_currentItemChanged(self.list.currentItem(), None)

    def _fit_height(self) -> None:
        # A compact list: as tall as its entries (each two or three lines),
        # up to four of them; more scroll. Measured again at each width:
        # entries wrap to more lines in a narrower tab.
        shown = min(max(self.list.count(), 1), 4)
        line = self.fontMetrics().lineSpacing()
        spacing = self.list.spacing() * 2
        # The list's own size hint does not wrap its entries: wrap each
        # entry's text at the width it is shown in (less the item margins).
        # (This widget's width: the list's own is set only after this
        # widget's resize, which is when this runs.)
        inner = self.contentsRect().width() - self.list.frameWidth() * 2
        width = max(inner - spacing - 8, 40)
        metrics = self.list.fontMetrics()

        def wrapped(row: int) -> int:
            text = self.list.item(row).text()
            box = metrics.boundingRect(QRect(0, 0, width, 100_000), _WRAP, text)
            return box.height() + 4

        height = sum(
            max(self.list.sizeHintForRow(row), wrapped(row), line * 3) + spacing
            for row in range(min(self.list.count(), shown))
        )
        self.list.setFixedHeight(max(height, line * 3) + self.list.frameWidth() * 2 + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()

    def current_id(self) -> int | None:
        """The id of the correction whose entry is current."""
        item = self.list.currentItem()
        return int(item.data(ROW_ROLE)) if item is not None else None

    def removed_ids(self) -> list[int]:
        """The ids of the removals listed, in order."""
        return [
            int(self.list.item(i).data(ROW_ROLE))
            for i in range(self.list.count())
            if self.list.item(i).data(KIND_ROLE) == REMOVE
        ]

    def select(self, row_id: int) -> None:
        """Make the entry of correction ``row_id`` current."""
        for i in range(self.list.count()):
            if self.list.item(i).data(ROW_ROLE) == row_id:
                self.list.setCurrentRow(i)
                return

    @Slot(QListWidgetItem)
    def _on_list_itemActivated(self, item: QListWidgetItem) -> None:
        row_id = int(item.data(ROW_ROLE))
        if item.data(KIND_ROLE) == REMOVE:
            self.restore_requested.emit(row_id)
        else:
            self.show_requested.emit(row_id)

    @Slot(object, object)
    def _on_list_currentItemChanged(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        self.restore.setEnabled(current is not None and current.data(KIND_ROLE) == REMOVE)

    @Slot()
    def _on_restore_clicked(self) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(KIND_ROLE) == REMOVE:
            self.restore_requested.emit(int(item.data(ROW_ROLE)))
