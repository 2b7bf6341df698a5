"""Work that waits until the window has been painted once.

A shared library's window reads its first screen through libpq and loads
psycopg only for the listening connection and the warm-up
(:mod:`quotemark.library.store.pg_light`): ~0.15 s of the GUI thread that
must not come before the user sees the window. :class:`FirstPaint` watches
the window's own paint events (a top-level widget is painted first, its
children in the same pass; a filter on the window alone costs nothing per
event elsewhere) and runs the queued actions on a timer once that painting is
done; a window that is not painted soon (hidden, minimised, a platform that
paints late) gets them after :data:`FALLBACK_MS` anyway.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 1000
"""The actions run this long after the gate is made if no paint came."""

AFTER_PAINT_MS = 1
"""Each action runs on a timer this long after the first paint: the paint
events of one update are sent together, so the whole window is drawn before
the first action starts."""


class FirstPaint(QObject):
    """Runs actions once ``window`` has been painted (see the module)."""

    def __init__(self, window: QWidget, fallback_ms: int = FALLBACK_MS) -> None:
        super().__init__(window)
        self._window = window
        self._waiting: list[Callable[[], None]] = []
        self._painted = False
        window.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._open)

    @property
    def painted(self) -> bool:
        """Whether the first paint (or the fallback) came."""
        return self._painted

    def then(self, action: Callable[[], None]) -> None:
        """Run ``action`` after the first paint (soon, when that came)."""
        if self._painted:
            QTimer.singleShot(AFTER_PAINT_MS, self, action)
        else:
            self._waiting.append(action)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._open()
        return False

    def _open(self) -> None:
        if self._painted:
            return
        self._painted = True
        self._window.removeEventFilter(self)
        waiting, self._waiting = self._waiting, []
        for action in waiting:
            QTimer.singleShot(AFTER_PAINT_MS, self, action)
