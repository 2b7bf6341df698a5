"""The Clips tab's Mine / Everyone's choice, offered only where it chooses
something: while someone other than this window's maker has clipped in the
library (a colleague on a shared library, another display name on a file).
Elsewhere every clip is one's own and the box would only take a row.

The remembered choice stays in the settings while the box is hidden; it
applies again when a colleague's first clip arrives.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QComboBox, QWidget

from quotemark.app import settings
from quotemark.app.controller import Controller
from quotemark.library.errors import QuotemarkError
from quotemark.library.model import Change

WHOSE_SETTING = "clips/whose"
"""Remembers the Mine / Everyone's filter ("mine" or "everyone")."""


class WhoseChoice(QObject):
    """The box (``box``, placed by the panel) and whether it is offered."""

    changed = Signal()  # what the list should hold changed: list it again

    def __init__(self, controller: Controller, parent: QWidget) -> None:
        super().__init__(parent)
        self._library = controller
        self._offered = False
        # A combo box is reachable by Tab and the arrow keys.
        self.box = QComboBox(parent)
        self.box.setObjectName("clipsWhose")
        self.box.addItem("Everyone's", "everyone")
        self.box.addItem("Mine", "mine")
        self.box.setAccessibleName("Whose clips")
        self.box.setToolTip("List everyone's clips, or only those you made")
        self.box.setCurrentIndex(
            max(self.box.findData(settings.get_str(WHOSE_SETTING, "everyone")), 0)
        )
        self.box.setVisible(False)
        self.box.currentIndexChanged.connect(self._on_box_currentIndexChanged)
        self.check()

    def offered(self) -> bool:
        """Whether the box is offered (someone else has clipped here)."""
        return self._offered

    def mine(self) -> bool:
        """Whether only one's own clips are listed: chosen, and offered."""
        return self._offered and self.box.currentData() == "mine"

    def choose_mine(self, mine: bool) -> None:
        """Choose Mine or Everyone's (remembered; applies when offered)."""
        self.box.setCurrentIndex(self.box.findData("mine" if mine else "everyone"))

    def check(self) -> bool:
        """Ask the library whether someone else has clipped, and show or
        hide the box; True when that changes what the list holds."""
        try:
            others = self._library.clipped_by_others()
        except QuotemarkError:
            return False  # unreachable for now: keep what is shown
        if others == self._offered:
            return False
        was = self.mine()
        self._offered = others
        self.box.setVisible(others)
        return self.mine() != was

    def follow(self, change: Change) -> bool:
        """Check again when ``change`` could make the answer differ (a clip
        added while none of another's was known, one removed while one
        was); True when the list should be read again."""
        if change.clips_added if not self._offered else change.clips_removed:
            return self.check()
        return False

    @Slot(int)
    def _on_box_currentIndexChanged(self, _index: int) -> None:
        settings.set_value(WHOSE_SETTING, str(self.box.currentData()))
        if self._offered:
            self.changed.emit()
