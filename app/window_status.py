"""The window's status bar and what it says: messages (each shown for
:data:`STATUS_MS`), the library's name when it is not the user's own, the
"12 posts · 34 clips" counts, and Undo and Redo, each confirmed there (an
edit made in a side panel is undone out of sight of the reader) and named in
the Edit menu by the step they would take.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, Qt, Slot
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QStyle, QStyleOption, QWidget

from quotemark.app.actions import in_menu
from quotemark.app.style import mute
from quotemark.library.errors import QuotemarkError

if TYPE_CHECKING:
    from quotemark.app.main_window import MainWindow

STATUS_MS = 6000


class ElidingStatusBar(QStatusBar):
    """A status bar whose message ends in "…" where the counts and buttons
    at its right begin, its whole text in the tooltip. Qt's own cuts it off
    mid-word under them (at 900 px and a 1.6x font, "Opened “Harbour note
    number 4: the board and the pier" lost its end under "6 posts").
    ``currentMessage()`` is still the whole message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown = ""  # the message as it fits
        self.messageChanged.connect(self._fit)

    def shown_message(self) -> str:
        """The message as drawn (elided when it does not fit)."""
        return self._shown

    def message_rect(self) -> QRect:
        """Where Qt draws the message: from the left to the first widget
        shown at the right (while a message shows, only the permanent ones)."""
        right = self.width() - 12
        for child in self.children():
            if isinstance(child, QWidget) and child.isVisible() and not child.isWindow():
                right = min(right, child.x() - 2)
        return QRect(6, 0, max(right - 6, 0), self.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def paintEvent(self, event: QPaintEvent) -> None:
        message = self.currentMessage()
        if not message:
            super().paintEvent(event)
            return
        # As QStatusBar paints a message, with the text elided (fitted
        # again: a button at the right may have come or gone since).
        rect = self.message_rect()
        self._fit_to(rect.width())
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter, self)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(
            rect,
            Qt.AlignmentFlag.AlignLeading
            | Qt.AlignmentFlag.AlignVCenter
            | Qt.TextFlag.TextSingleLine,
            self._shown,
        )

    @Slot()
    def _fit(self) -> None:
        self._fit_to(self.message_rect().width())

    def _fit_to(self, width: int) -> None:
        # The message elided to ``width`` (a paint passes the rect it draws
        # in: the children are walked once a paint, not twice).
        message = self.currentMessage()
        shown = self.fontMetrics().elidedText(message, Qt.TextElideMode.ElideRight, width)
        if shown != message and shown.endswith("…"):
            # At a word's end, as a sentence read aloud stops ("the pier…",
            # not "the pi…"); a word longer than half the room is cut.
            head = shown[:-1]
            space = head.rfind(" ")
            if space > len(head) // 2:
                shown = head[:space].rstrip(" ,;:·–—") + "…"
        self._shown = shown
        self.setToolTip(message if message and self._shown != message else "")


class StatusLine(QObject):
    """The status bar of one window: made with the window, before its menus."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._messages_shown = 0  # lets undo tell whether its step explained itself
        self._totals: tuple[int, int] | None = None  # (posts, clips), as last asked
        self._totals_known = False  # the last ask was answered
        window.statusBar().setSizeGripEnabled(True)
        self.counts_label = QLabel(window)
        self.counts_label.setObjectName("libraryCounts")
        mute(self.counts_label)  # a fact, not a message
        # Which library, when it is not the user's own (the title says it
        # too, but a full-screen window or a screenshot has no title bar).
        self.library_label = QLabel(window)
        self.library_label.setObjectName("libraryName")
        mute(self.library_label)
        window.statusBar().addPermanentWidget(self.library_label)
        window.statusBar().addPermanentWidget(self.counts_label)

    @Slot(str)
    def show(self, message: str) -> None:
        """A message in the status bar."""
        self._messages_shown += 1
        self._window.statusBar().showMessage(message, STATUS_MS)

    def name_library(self, name: str | None) -> None:
        """Name a library other than the user's own (``name``; None: the
        user's own, not named)."""
        controller = self._window.controller
        kind = "Shared library" if controller.is_shared else "Library"
        self.library_label.setText(f"{kind}: {name} ·" if name else "")
        self.library_label.setToolTip(controller.shown_location if name else "")
        self.library_label.setVisible(bool(name))

    def update_counts(self) -> None:
        """ "12 posts · 34 clips" at the right of the status bar, the
        library asked again for its totals: when posts or clips were added
        or removed, or the library reloaded or switched. A closed library
        is not asked (as the list reads nothing from it): a bug that closed
        the library under the window should show its one traceback, not
        one more each time the list reloads."""
        self._ask_totals()
        self.update_listed()

    def _ask_totals(self) -> None:
        # Unanswered (a busy shared library, a closed one), the totals are
        # asked again at the next reload of the list rather than kept: the
        # ones from before the change would stand until the next post or
        # clip came or went.
        self._totals_known = False
        if self._window.controller.closed:
            return
        try:
            self._totals = self._window.controller.counts()
        except QuotemarkError:
            return
        self._totals_known = True

    @Slot()
    def update_listed(self) -> None:
        """The counts again with the list's own ("5 of 12 posts listed"
        while a search, filter, collection or dates narrow it; the whole
        count alone read as the list's), after each reload of the list.
        The library's totals are the ones last asked: a search or a filter
        changes what is listed, not what the library holds (each keystroke
        of a search asked for them again, a round trip on a shared
        library; and a post added asked twice, for its reload and its
        change)."""
        if not self._totals_known:
            self._ask_totals()
        if self._totals is None:
            return
        posts, clips = self._totals
        pane = self._window.library_pane
        if pane.lists_best_matches():
            # The search found more than it lists, best first.
            listed = f"best {pane.post_count()} matches of "
        else:
            listed = "" if pane.lists_everything() else f"{pane.post_count()} of "
        self.counts_label.setText(
            f"{listed}{posts} post{'' if posts == 1 else 's'}{' listed' if listed else ''}"
            f" · {clips} clip{'' if clips == 1 else 's'}"
        )
        self.counts_label.setToolTip(
            "The search lists its best matches first; more words narrow it."
            if pane.lists_best_matches()
            else ""
        )

    # -- undo and redo ------------------------------------------------------

    def undo(self) -> None:
        """Undo the last step and say so (unless the step said why it could not)."""
        stack = self._window.undo_stack
        text = stack.undoText()
        if not stack.canUndo():
            self.show("Nothing to undo.")
            return
        shown = self._messages_shown
        stack.undo()
        if self._messages_shown == shown:  # a refused step has said why instead
            self.show(f"Undone: {text}.")

    def redo(self) -> None:
        """Redo the step last undone and say so."""
        stack = self._window.undo_stack
        text = stack.redoText()
        if not stack.canRedo():
            self.show("Nothing to redo.")
            return
        shown = self._messages_shown
        stack.redo()
        if self._messages_shown == shown:
            self.show(f"Redone: {text}.")

    @Slot(str)
    def name_undo(self, text: str) -> None:
        """Edit > Undo names the step it would undo."""
        self._window.registry["edit.undo"].setText(f"&Undo {in_menu(text)}" if text else "&Undo")

    @Slot(str)
    def name_redo(self, text: str) -> None:
        """Edit > Redo names the step it would redo."""
        self._window.registry["edit.redo"].setText(f"&Redo {in_menu(text)}" if text else "&Redo")
