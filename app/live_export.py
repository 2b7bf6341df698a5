"""The app's background writer for "Keep this file current" (the export
dialog): a file the researcher chose once (a LaTeX project's ``refs.bib``)
is rewritten whenever the library changes, by this window, another window
or the command line.

It polls on a timer with a connection of its own, so the window's own
edits count as changes from elsewhere (SQLite's ``data_version`` ignores a
connection's own commits); the writing is :mod:`quotemark.library.watch`'s (settled
changes, atomic, only when the text changed). The choice is kept in the
settings and resumes with the next window.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from quotemark.app import settings
from quotemark.library.errors import QuotemarkError
from quotemark.library.records import ExportScope
from quotemark.library.service import Library
from quotemark.library.watch import WatchOptions, write_if_changed

_KEY = "export/live/"


@dataclass(frozen=True, slots=True)
class LiveChoice:
    """What to keep current: the file, the format, a tag (or the whole
    library) and whether to leave the clips out."""

    path: Path
    fmt: str
    tag: str | None = None
    posts_only: bool = False

    def options(self) -> WatchOptions:
        """The watch options for this choice."""
        scope = ExportScope(tag=self.tag) if self.tag else None
        return WatchOptions(self.fmt, scope, self.posts_only)


def saved_choice() -> LiveChoice | None:
    """The file kept current, from the settings; None when there is none."""
    path = settings.get_str(_KEY + "path")
    if not path:
        return None
    return LiveChoice(
        Path(path),
        settings.get_str(_KEY + "format", "biblatex"),
        settings.get_str(_KEY + "tag") or None,
        settings.get_bool(_KEY + "posts_only"),
    )


class LiveExport(QObject):
    """Keeps one exported file current while the window is open."""

    written = Signal(str, int)  # path, entries
    failed = Signal(str)

    def __init__(self, library_path: Path | str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library_path = library_path
        self._library: Library | None = None
        self.choice: LiveChoice | None = None
        self._changed_at: float | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(500)
        self._timer.timeout.connect(self._on_timer_timeout)

    def start(self, choice: LiveChoice) -> None:
        """Keep ``choice`` current from now on (and in later windows)."""
        self.choice = choice
        settings.set_value(_KEY + "path", str(choice.path))
        settings.set_value(_KEY + "format", choice.fmt)
        settings.set_value(_KEY + "tag", choice.tag or "")
        settings.set_value(_KEY + "posts_only", choice.posts_only)
        self._changed_at = time.monotonic()  # write once now
        self._timer.start()

    def resume(self) -> None:
        """Start again with the choice kept in the settings, if any."""
        choice = saved_choice()
        if choice is not None:
            self.start(choice)

    def stop(self, *, forget: bool = False) -> None:
        """Stop writing; with ``forget`` also for later windows."""
        self._timer.stop()
        if forget:
            self.choice = None
            settings.set_value(_KEY + "path", "")
        if self._library is not None:
            self._library.close()
            self._library = None

    def move_to(self, library_path: Path | str) -> None:
        """Keep the chosen file current from another library (the window
        switched to it), as a new window on that library would."""
        self.stop()
        self._library_path = library_path
        self.resume()

    def is_active(self) -> bool:
        """Whether a file is being kept current."""
        return self._timer.isActive()

    @Slot()
    def _on_timer_timeout(self) -> None:
        choice = self.choice
        if choice is None:
            return
        try:
            if self._library is None:
                self._library = Library.open(self._library_path, daily_backup=False)
                self._library.changed_elsewhere()
            if self._library.changed_elsewhere():
                self._changed_at = time.monotonic()
            settle = choice.options().settle
            if self._changed_at is None or time.monotonic() - self._changed_at < settle:
                return
            self._changed_at = None
            count = write_if_changed(self._library, choice.path, choice.options())
        except (QuotemarkError, OSError) as error:
            self.stop()
            self.failed.emit(f"Stopped keeping {choice.path} current: {error}")
            return
        if count is not None:
            self.written.emit(str(choice.path), count)
