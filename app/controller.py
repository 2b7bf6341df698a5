"""The one place the window's library lives and every change flows through.

Views ask the controller for data (the read methods below mirror the
library's) and ask it for changes; it runs each change as one operation of
the core (:mod:`quotemark.library.operations`), long ones (imports) in the worker
thread (:mod:`quotemark.app.workers`), pushes undoable ones on the one
:class:`~PySide6.QtGui.QUndoStack` as one generic command
(:class:`quotemark.app.undo.OperationCommand`), and emits ``changed(change,
initiator)``. Every view subscribes, updates only what the change names and
ignores changes it initiated itself (it has shown them already).

Every :data:`POLL_MS` it also asks the library whether another process
committed (``PRAGMA data_version``, a no-op read) and only then reads the
change log (a shared library instead announces each commit with
PostgreSQL's ``NOTIFY``, which the controller waits for on a connection of
its own: no polling of the server); those changes arrive with the
initiator :data:`ELSEWHERE`, in the same detail as this window's own.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from quotemark.app import identity
from quotemark.app.actions import key_hint, key_text
from quotemark.app.undo import OperationCommand, passage_size
from quotemark.app.workers import (
    ImportJob,
    OperationJob,
    freeze_gc,
    thaw_gc,
)
from quotemark.library.errors import QuotemarkError
from quotemark.library.model import quoted_by_words
from quotemark.library.quoting import titled
from quotemark.library.service import Library, Upgrading
from quotemark.library.store import backups
from quotemark.library.store.listing import Listing

if TYPE_CHECKING:
    # Types only: the operations, the values, verification and the
    # extraction load when first used, after the window is shown (the
    # operations alone were ~15 ms of CPU at start; issue 15).
    from quotemark.library.extract.original import OriginalPage
    from quotemark.library.model import Citation, Clip, Post, PostSummary, Reading, Span, TextRepair
    from quotemark.library.operations import Operation, OpResult, ReextractReport, TagUse
    from quotemark.library.records import (
        CollectionInfo,
        ExportScope,
        SearchHit,
        SourceCitation,
        SourceSummary,
    )
    from quotemark.library.store.backups import Backup
    from quotemark.library.store.corrections import Row as CorrectionRow
    from quotemark.library.store.notify_pg import ChangeListener
    from quotemark.library.verify import Report

T = TypeVar("T")

Confirm = Callable[[str, str, str], bool]
"""Asks the user before a destructive step: ``confirm(title, text, action)``,
``action`` naming the button that agrees ("Delete Post")."""

ELSEWHERE = "elsewhere"
"""The initiator of changes another process (or window) made."""

POLL_MS = 500

DRIVER_WAIT_MS = 10
"""How often the GUI thread looks whether psycopg's import (in a thread) is done."""
"""How often the controller looks for changes made elsewhere."""

AFTER_SHOWN_MS = 1
"""What a shared library's window does once shown (listening, readying the
connection for a clip) waits this long: a timer, so it runs after the work
queued for the event loop's first turn (the first paint, the start's own
steps), not before."""


class Controller(QObject):
    """The window's library, its undo stack and its change signal."""

    changed = Signal(object, object)  # Change, initiator (a view, None, or ELSEWHERE)
    reset = Signal()  # changed elsewhere beyond the change log: reload everything
    refused = Signal(str, object)  # why an undo/redo step was refused; the edit's initiator
    import_started = Signal(int)  # number of inputs
    import_finished = Signal(object)  # ImportReport, or None when it could not run
    import_failed = Signal(str)
    work_finished = Signal(object)  # the OpResult of a long operation (run_in_worker)
    work_failed = Signal(str)
    switched = Signal()  # another library took this one's place (use): reload everything

    def __init__(
        self,
        library: Library,
        parent: QObject | None = None,
        *,
        poll_ms: int = POLL_MS,
        location: Path | str | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        # What the import worker and live export connect to: the file, or a
        # shared library's URL as given (a password in it stays in memory
        # only; library.location has it left out, for messages).
        self._location: Path | str = location if location is not None else _location_of(library)
        self.undo_stack = QUndoStack(self)
        self._job: OperationJob | None = None  # the long operation running now
        self._backup: threading.Thread | None = None  # the day's backup, once started
        # Clips made before schema 15 given who quoted them, in a thread.
        self._fill: threading.Thread | None = None
        self._fill_stop = threading.Event()
        self._seen = library.watch()  # and changes elsewhere count from now
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self.poll)
        self._listener: ChangeListener | None = None
        self._polling = False  # start_polling was called, stop_polling not since
        self._notifier: QSocketNotifier | None = None
        self._refusals = 0
        self._later: Callable[[Callable[[], None]], None] = self._after_shown
        self._driver: threading.Thread | None = None  # psycopg's import, once started
        # The change log's newest entry when the running import started:
        # an import that fails partway has committed posts the window must
        # still be told of (the poll skips this window's own entries).
        self._import_from: int | None = None

    def _after_shown(self, action: Callable[[], None]) -> None:
        QTimer.singleShot(AFTER_SHOWN_MS, self, action)

    def defer_with(self, later: Callable[[Callable[[], None]], None]) -> None:
        """What the listening connection and the warm-up wait for: by default
        a timer of :data:`AFTER_SHOWN_MS`; the window passes its first paint
        (:class:`quotemark.app.first_paint.FirstPaint`), since both load
        psycopg (~0.15 s of the GUI thread) after a light start."""
        self._later = later

    def start_polling(self) -> None:
        """Look for changes made elsewhere from now on (the window starts
        this while it is open): on a shared library by listening for the
        server's notices, else (or when listening fails) every ``poll_ms``."""
        if self._timer.interval() <= 0 or self._polling:
            return
        self._polling = True
        if self.is_shared:
            # Listening takes a second connection (a new server process,
            # 8-12 ms of a start measured) and psycopg: made once the window
            # has been painted.
            self._later(lambda: self._with_driver(self._start_listening))
            return
        self._timer.start()

    def _with_driver(self, action: Callable[[], None]) -> None:
        # A shared library's listening and warm-up need psycopg, which a
        # light start has not imported: its import (~0.15-0.3 s of CPU, one
        # block) runs in a thread, so the GUI thread, idle in Qt's event
        # loop, keeps answering between the thread's turns with the GIL;
        # the action runs on the GUI thread once it is done.
        if not self.is_shared:
            action()
            return
        if self._driver is None:
            self._driver = threading.Thread(
                target=_import_driver, name="quotemark-psycopg-import", daemon=True
            )
            self._driver.start()
        if self._driver.is_alive():
            QTimer.singleShot(DRIVER_WAIT_MS, self, lambda: self._with_driver(action))
        else:
            action()

    def _start_listening(self) -> None:
        if not self._polling or self._listener is not None or self._library.closed:
            return
        if self._listen():
            self.poll()  # what colleagues committed before listening began
        else:
            self._timer.start()

    def stop_polling(self) -> None:
        """Stop looking (the window closed)."""
        self._polling = False
        self._timer.stop()
        self._stop_listening()

    def _listen(self) -> bool:
        try:
            # Imported here: psycopg loads only for a shared library (and
            # may be missing where a light start needed only libpq).
            from quotemark.library.store.notify_pg import ChangeListener

            listener = ChangeListener(str(self._location))
        except (QuotemarkError, ImportError):
            return False  # the timer looks instead
        self._listener = listener
        # Qt's event loop waits on the listening socket with every other
        # event: no request reaches the server until a colleague commits.
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)
        return True

    def _on_notifier_activated(self) -> None:
        listener = self._listener
        if listener is None:
            return
        try:
            listener.drain()
        except QuotemarkError:
            # The listening connection is gone: look every poll_ms instead.
            self._stop_listening()
            self._timer.start()
        self.poll()

    def _stop_listening(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None

    @classmethod
    def open(cls, location: Path | str, parent: QObject | None = None) -> Controller:
        """Open (creating or migrating) the library at ``location``: a file,
        or a ``postgresql://`` URL of a shared library. The day's backup is
        left for :meth:`start_daily_backup`, so the window is not kept
        waiting for it (1.6 s at 100,000 posts)."""
        return cls(cls.open_library(location), parent, location=location)

    @staticmethod
    def open_library(location: Path | str) -> Library:
        """Open the library at ``location`` as a window uses it (no backup
        yet; changes recorded under the display name set in Preferences);
        raises :class:`QuotemarkError` (or ``OSError``) when it cannot."""
        # An older library is upgraded first with a window saying so: the
        # upgrade takes about 1 s at 100,000 posts, which looked frozen.
        versions = Library.upgrade_pending(location)
        if versions is not None:
            from quotemark.app.upgrade_progress import upgrade_shown

            upgrade_shown(
                location, versions, lambda: Library.open(location, daily_backup=False).close()
            )
        # A shared library reads through libpq until the warm-up (or a
        # write) loads psycopg, after the window's first paint; one found
        # older there is upgraded with the same window saying so.
        library = Library.open(
            location, daily_backup=False, light_start=True, upgrading=_upgrade_shown(location)
        )
        identity.apply(library)  # new clips and corrections record who made them
        return library

    def use(self, library: Library, location: Path | str) -> None:
        """Work on ``library`` (opened by :meth:`open_library` from
        ``location``) instead of the current one, which is closed: the undo
        stack empties (its steps belong to the other library), looking for
        changes made elsewhere starts over on the new one, and ``switched``
        tells the views to read everything again. Never while a long
        operation runs (:attr:`busy`): it writes to the current library."""
        if self._job is not None:
            raise RuntimeError("a long operation is running on the current library")
        watching = self._timer.isActive() or self._listener is not None
        self.stop_polling()
        if self._backup is not None:
            self._backup.join()  # a half-written backup would be left behind
            self._backup = None  # the new library gets its own day's backup
        self._stop_fill()
        old, self._library, self._location = self._library, library, location
        old.close()
        self.undo_stack.clear()
        self._seen = library.watch()  # and changes elsewhere count from now
        if watching:
            self.start_polling()
        self.switched.emit()

    @property
    def busy(self) -> bool:
        """Whether a long operation (an import, a re-extraction) is running."""
        return self._job is not None

    @property
    def refusals(self) -> int:
        """How many changes this window asked for were refused so far (a
        view that saves on leaving a field reports the refusal itself; the
        window compares this count before and after to know)."""
        return self._refusals

    def start_daily_backup(self) -> None:
        """Make the day's backup in a thread with its own connection (the
        window calls this once it is shown); nothing when made already, and
        nothing on a shared library (its server's administrator backs it up)."""
        if self._backup is not None or self.is_shared:
            return
        self._backup = threading.Thread(
            target=backups.daily_backup_of,
            args=(self._library.path,),
            name="quotemark-daily-backup",
        )
        self._backup.start()

    def start_quoted_by_fill(self) -> None:
        """Give clips made before schema 15 who quoted them
        (:meth:`Library.fill_quoted_by`), then posts saved before schema 18
        their derived search text (:meth:`Library.fill_search`), in a thread
        with its own connection,
        a short transaction per batch of posts, so the window never waits for
        it; its changes reach the views through the change log, as a
        colleague's do. Stopped between batches when the window closes or
        changes libraries; what is left is filled at the next start."""
        if self._fill is not None or self._library.closed:
            return
        try:
            if not (self._library.quoted_by_pending() or self._library.search_fill_pending()):
                return
        except QuotemarkError:
            return  # the user's next action reports a library gone
        self._fill_stop = threading.Event()
        self._fill = threading.Thread(
            target=_fill_quoted_by,
            args=(self._location, self._fill_stop),
            name="quotemark-quoted-by",
            daemon=True,
        )
        self._fill.start()

    def _stop_fill(self) -> None:
        if self._fill is not None:
            self._fill_stop.set()
            # A batch ends within FILL_STOP_WAIT_S; a thread still waiting
            # longer is stuck in a connection (an unreachable PostgreSQL
            # server takes its 10 s connect timeout) and is left to end on
            # its own: it is a daemon, each batch is its own transaction,
            # and what it had not written is filled at the next start.
            self._fill.join(FILL_STOP_WAIT_S)
            self._fill = None

    def warm_up(self) -> None:
        """Ready a shared library's connection for the first clip or
        correction without writing (:meth:`Library.warm_up`), a short step
        per turn of the event loop, so a user's action never waits behind
        more than one; the window calls it once shown. A server that fails
        here is left for the user's next action to report."""
        steps = self._library.warm_up()
        self._later(lambda: self._with_driver(lambda: self._warm_steps(steps)))

    def _warm_steps(self, steps: Iterator[None]) -> None:
        if self._library.closed:
            return
        try:
            if next(steps, True):
                return
        except QuotemarkError:
            return
        QTimer.singleShot(0, self, lambda: self._warm_steps(steps))

    def close(self) -> None:
        """Stop polling, let a backup in progress finish (a half-written
        one would be left behind), and close the library."""
        self.stop_polling()
        if self._backup is not None:
            self._backup.join()
        self._stop_fill()
        self._library.close()

    @property
    def closed(self) -> bool:
        """Whether the library was closed: the views then read nothing."""
        return self._library.closed

    @property
    def path(self) -> Path:
        """The library file (a shared library has none: see :attr:`location`)."""
        return self._library.path

    @property
    def location(self) -> Path | str:
        """What another connection to this library opens: the file, or the
        shared library's URL (with any password it was given: never show or
        store it; :attr:`shown_location` is for people)."""
        return self._location

    @property
    def shown_location(self) -> str:
        """The library as messages name it (a URL without its password)."""
        return self._library.location

    @property
    def is_shared(self) -> bool:
        """Whether the library is a shared one on PostgreSQL."""
        return self._library.database == "postgresql"

    # -- reading ----------------------------------------------------------

    def posts(self, *, tag: str | None = None, source_id: int | None = None) -> list[PostSummary]:
        """See :meth:`quotemark.library.service.Library.posts`."""
        return self._library.posts(tag=tag, source_id=source_id)

    def listing_count(self, listing: Listing) -> int:
        """See :meth:`quotemark.library.service.Library.listing_count`."""
        return self._library.listing_count(listing)

    def listing_page(self, listing: Listing, offset: int, limit: int) -> list[PostSummary]:
        """See :meth:`quotemark.library.service.Library.listing_page`."""
        return self._library.listing_page(listing, offset, limit)

    def listing_row(self, listing: Listing, post_id: int) -> int | None:
        """See :meth:`quotemark.library.service.Library.listing_row`."""
        return self._library.listing_row(listing, post_id)

    def post_summary(self, post_id: int) -> PostSummary:
        """See :meth:`quotemark.library.service.Library.post_summary`."""
        return self._library.post_summary(post_id)

    def post(self, post_id: int) -> Post:
        """See :meth:`quotemark.library.service.Library.post`."""
        return self._library.post(post_id)

    def original_page(self, post_id: int) -> OriginalPage:
        """See :meth:`quotemark.library.service.Library.original_page`."""
        return self._library.original_page(post_id)

    def body_corrections(self, post_id: int) -> list[CorrectionRow]:
        """See :meth:`quotemark.library.service.Library.body_corrections`."""
        return self._library.body_corrections(post_id)

    def uncertain_fields(self, post_id: int) -> list[str]:
        """See :meth:`quotemark.library.service.Library.uncertain_fields`."""
        return self._library.uncertain_fields(post_id)

    def text_repair(self, post_id: int) -> TextRepair | None:
        """See :meth:`quotemark.library.service.Library.text_repair`."""
        return self._library.text_repair(post_id)

    def reading(self, post_id: int) -> Reading | None:
        """See :meth:`quotemark.library.service.Library.reading`."""
        return self._library.reading(post_id)

    def uncertain(self, post_id: int) -> list[int]:
        """See :meth:`quotemark.library.service.Library.uncertain`."""
        return self._library.uncertain(post_id)

    def search(self, query: str, listing: Listing | None = None) -> list[SearchHit]:
        """See :meth:`quotemark.library.service.Library.search`."""
        return self._library.search(query, listing=listing)

    def search_lazily(
        self, query: str, listing: Listing | None = None, limit: int = 200
    ) -> tuple[list[PostSummary], Callable[[int], str]]:
        """See :meth:`quotemark.library.service.Library.search_lazily`."""
        return self._library.search_lazily(query, listing=listing, limit=limit)

    def sources(self, *, post_id: int | None = None) -> list[SourceSummary]:
        """See :meth:`quotemark.library.service.Library.sources`."""
        return self._library.sources(post_id=post_id)

    def source_makers(self) -> dict[int, str]:
        """See :meth:`quotemark.library.service.Library.source_makers`."""
        return self._library.source_makers()

    def sources_by_id(self, source_ids: Sequence[int]) -> list[SourceSummary]:
        """See :meth:`quotemark.library.service.Library.sources_by_id`."""
        return self._library.sources_by_id(source_ids)

    def cited_source_names(self) -> list[tuple[int, str]]:
        """See :meth:`quotemark.library.service.Library.cited_source_names`."""
        return self._library.cited_source_names()

    def post_sources(self, post_id: int) -> dict[int, SourceSummary]:
        """See :meth:`quotemark.library.service.Library.post_sources`."""
        return self._library.post_sources(post_id)

    def citing(self, source_id: int) -> list[SourceCitation]:
        """See :meth:`quotemark.library.service.Library.citing`."""
        return self._library.citing(source_id)

    def clips(
        self, *, post_id: int | None = None, tag: str | None = None, mine: bool = False
    ) -> list[Clip]:
        """See :meth:`quotemark.library.service.Library.clips`."""
        return self._library.clips(post_id=post_id, tag=tag, mine=mine)

    def clipped_by_others(self) -> bool:
        """See :meth:`quotemark.library.service.Library.clipped_by_others`."""
        return self._library.clipped_by_others()

    def clip_list_count(self, *, mine: bool = False) -> int:
        """See :meth:`quotemark.library.service.Library.clip_list_count`."""
        return self._library.clip_list_count(mine=mine)

    def clip_list_page(self, offset: int, limit: int, *, mine: bool = False) -> list[Clip]:
        """See :meth:`quotemark.library.service.Library.clip_list_page`."""
        return self._library.clip_list_page(offset, limit, mine=mine)

    def clip_list_row(self, clip_id: int, *, mine: bool = False) -> int:
        """See :meth:`quotemark.library.service.Library.clip_list_row`."""
        return self._library.clip_list_row(clip_id, mine=mine)

    @property
    def who(self) -> str | None:
        """Who this window's changes are recorded as made by."""
        return self._library.who

    def set_display_name(self, name: str) -> None:
        """Record changes under ``name`` from now on ("" for the default);
        raises :class:`quotemark.library.who.BadDisplayName` for an address
        or credentials. The import worker reads it from the settings."""
        self._library.set_display_name(name)

    def clips_by_id(self, clip_ids: Sequence[int]) -> list[Clip]:
        """The clips of these ids that exist, oldest first."""
        return self._library.clips_by_id(clip_ids)

    def get_clip(self, clip_id: int) -> Clip:
        """See :meth:`quotemark.library.service.Library.get_clip`."""
        return self._library.get_clip(clip_id)

    def tags(self) -> list[str]:
        """See :meth:`quotemark.library.service.Library.tags`."""
        return self._library.tags()

    def tag_use(self, tag: str) -> TagUse:
        """See :meth:`quotemark.library.service.Library.tag_use`."""
        return self._library.tag_use(tag)

    def find_span(self, post_id: int, *, text: str) -> Span:
        """See :meth:`quotemark.library.service.Library.find_span`."""
        return self._library.find_span(post_id, text=text)

    def verify_file(self, path: Path) -> Report:
        """A manuscript's cited quotations checked against this library
        (what ``quotemark verify`` does)."""
        from quotemark.library.verify import verify_file
        from quotemark.library.verify.source import LibrarySource

        return verify_file(path, LibrarySource(self._library))

    def citations(self, scope: ExportScope | None = None) -> list[Citation]:
        """See :meth:`quotemark.library.service.Library.citations`."""
        return self._library.citations(scope)

    def export_to_file(
        self, path: Path, fmt: str, *, scope: ExportScope | None = None, posts_only: bool = False
    ) -> int:
        """See :meth:`quotemark.library.service.Library.export_to_file`."""
        return self._library.export_to_file(path, fmt, scope=scope, posts_only=posts_only)

    def collections(self) -> list[CollectionInfo]:
        """See :meth:`quotemark.library.service.Library.collections`."""
        return self._library.collections()

    def collection_post_ids(self, collection_id: int) -> list[int]:
        """See :meth:`quotemark.library.service.Library.collection_post_ids`."""
        return self._library.collection_post_ids(collection_id)

    def post_collections(self, post_id: int) -> list[int]:
        """See :meth:`quotemark.library.service.Library.post_collections`."""
        return self._library.post_collections(post_id)

    def post_tags(self, post_id: int) -> tuple[str, ...]:
        """See :meth:`quotemark.library.service.Library.post_tags`."""
        return self._library.post_tags(post_id)

    def post_note(self, post_id: int) -> str:
        """See :meth:`quotemark.library.service.Library.post_note`."""
        return self._library.post_note(post_id)

    def list_backups(self) -> list[Backup]:
        """See :meth:`quotemark.library.service.Library.list_backups`."""
        return self._library.list_backups()

    def restore_backup(self, backup: Path) -> Path:
        """Replace the library with a backup (see
        :meth:`quotemark.library.service.Library.restore_backup`): nothing on the undo
        stack holds any more, and every view reloads."""
        saved = self._library.restore_backup(backup)
        self.undo_stack.clear()
        self._seen = self._library.watch()
        self.reset.emit()
        return saved

    def counts(self) -> tuple[int, int]:
        """(posts, clips) in the library."""
        return self._library.counts()

    # -- changing ---------------------------------------------------------

    def run(
        self, operation: Operation[T], initiator: object = None, *, undoable: bool = True
    ) -> OpResult[T]:
        """Apply ``operation`` (raises :class:`QuotemarkError`, with nothing
        changed and nothing on the undo stack, when refused), tell every
        view, and put it on the undo stack."""
        try:
            result = self._library.run(operation)
        except QuotemarkError:
            self._refusals += 1
            raise
        self.changed.emit(result.change, initiator)
        if undoable and result.undo is not None:
            command = OperationCommand(
                result, self._step, lambda message: self.refused.emit(message, initiator)
            )
            self.undo_stack.push(command)
        return result

    def _step(self, operation: Operation[Any]) -> OpResult[Any]:
        """An undo or redo step: every view updates, the one that made the
        edit too (it shows the value put back)."""
        result = self._library.run(operation)
        self.changed.emit(result.change, None)
        return result

    def clip(self, post_id: int, span: Span, initiator: object = None) -> Clip:
        """Clip a passage (undoable)."""
        from quotemark.library.operations import ClipSpan

        return self.run(ClipSpan(post_id, span), initiator).value

    def edit_clip(
        self,
        clip_id: int,
        initiator: object = None,
        *,
        note: str | None = None,
        tags: Sequence[str] | None = None,
        key: str | None = None,
        was_note: str | None = None,
        was_tags: Sequence[str] | None = None,
        was_key: str | None = None,
    ) -> Clip:
        """Edit a clip's note, tags or key (undoable); the clip as it is now.
        ``was_*``: the value the edit started from; when someone else has
        changed it since, :class:`~quotemark.library.errors.EditConflict`."""
        from quotemark.library.operations import EditClip

        tag_values = tuple(tags) if tags is not None else None
        operation = EditClip(
            clip_id,
            note=note,
            tags=tag_values,
            key=key,
            was_note=was_note,
            was_tags=tuple(was_tags) if was_tags is not None else None,
            was_key=was_key,
        )
        return self.run(operation, initiator).value

    def delete_clips(self, clip_ids: Sequence[int], initiator: object = None) -> int:
        """Delete clips (undoable); how many."""
        from quotemark.library.operations import DeleteClips

        return len(self.run(DeleteClips(tuple(clip_ids)), initiator).value)

    def reextract(self, post_ids: Sequence[int], initiator: object = None) -> ReextractReport:
        """Extract posts again from their stored originals (undoable: the
        posts come back as they were); a handful, as the window asks for,
        runs here; the whole library belongs in a worker (OperationJob)."""
        from quotemark.library.operations import ReextractPosts

        return self.run(ReextractPosts(tuple(post_ids)), initiator).value

    def delete_posts(self, post_ids: Sequence[int], initiator: object = None) -> int:
        """Delete posts with their clips (undoable, one step); how many."""
        from quotemark.library.operations import DeletePosts

        return len(self.run(DeletePosts(tuple(post_ids), force=True), initiator).value)

    # -- flows: what the user is asked and told -------------------------------

    def delete_posts_asking(self, post_ids: Sequence[int], confirm: Confirm) -> str:
        """Delete posts, asking ``confirm(title, text, action)`` first when
        they have clips; the message for the status bar ("" when the user said
        no or none exists). Raises QuotemarkError when refused."""
        summaries = []
        for post_id in post_ids:
            try:
                summaries.append(self.post_summary(post_id))
            except QuotemarkError:
                continue
        if not summaries:
            return ""
        clips = sum(s.clip_count for s in summaries)
        clip_words = f"{clips} clip{'' if clips == 1 else 's'}"
        if len(summaries) == 1:
            title, action = "Delete Post?", "Delete Post"
            what = f"{titled(summaries[0].title)} and its {clip_words} will be deleted."
        else:
            title, action = "Delete Posts?", f"Delete {len(summaries)} Posts"
            what = f"These {len(summaries)} posts and their {clip_words} will be deleted."
        key = key_text("edit.undo")
        text = f"{what} Edit > Undo{f' ({key})' if key else ''} brings them back."
        if clips and not confirm(title, text, action):
            return ""
        count = self.delete_posts([s.id for s in summaries])
        if count == 1:
            return f"Deleted {titled(summaries[0].title)}. {key_hint('edit.undo')} undoes."
        return f"Deleted {count} posts. {key_hint('edit.undo')} undoes."

    def clip_telling(self, post_id: int, span: Span) -> tuple[Clip, str]:
        """Clip a passage (undoable); the clip and the message saying what
        was kept. Raises QuotemarkError when refused."""
        clip = self.clip(post_id, span)
        title = self.post_summary(post_id).title
        # A described speaker has only a role; a nested quotation's says who quoted it.
        speaker = quoted_by_words(clip.speaker or clip.role or "", clip.quoted_by)
        who = f" ({speaker})" if speaker else ""
        return clip, f"Clipped {passage_size(clip.text)}{who} from {titled(title)}."

    def delete_clips_telling(self, clip_ids: Sequence[int]) -> str:
        """Delete clips (undoable); the message saying so."""
        count = self.delete_clips(clip_ids)
        deleted = "Deleted a clip." if count == 1 else f"Deleted {count} clips."
        return f"{deleted} {key_hint('edit.undo')} undoes."

    # -- long operations ----------------------------------------------------

    def run_in_worker(
        self,
        operation: Operation[Any],
        parent: QWidget,
        *,
        title: str = "Working",
        show_progress: bool = True,
        undoable: bool = True,
        initiator: object = None,
    ) -> OperationJob | None:
        """Run a long operation (re-extracting the library, say) in the
        worker thread with progress and cancel; ``None`` while another runs.
        When it ends every view hears of the change, it lands on the undo
        stack (when ``undoable``), and ``work_finished(result)`` is emitted
        (``work_failed(message)`` when it could not run)."""
        if self._job is not None:
            return None
        job = OperationJob(
            self._location,
            operation,
            parent,
            show_progress=show_progress,
            origin=self._library.origin,
            title=title,
        )
        self._start(job, undoable, initiator)
        return job

    def import_paths(
        self, paths: Sequence[Path], parent: QWidget, *, show_progress: bool = True
    ) -> ImportJob | None:
        """Import in the worker thread; ``None`` when an import is running.
        ``import_finished`` (or ``import_failed``) tells when it ends."""
        if self._job is not None:
            return None
        try:
            self._import_from = self._library.last_change()
        except QuotemarkError:
            self._import_from = None  # busy now: a failure then reloads everything
        job = ImportJob(
            self._location, paths, parent, show_progress=show_progress, origin=self._library.origin
        )
        self._start(job, False, None)
        self.import_started.emit(len(paths))
        return job

    def import_job(self) -> ImportJob | None:
        """The import running now, if any."""
        return self._job if isinstance(self._job, ImportJob) else None

    def stop_work(self) -> None:
        """Cancel the running long operation, wait for its thread and end
        it here (closing).

        Its end is told to no one: queued to the GUI thread, it came after
        the window had closed (the closed window opened the import's first
        post, on a library its caller may have closed), or never, when the
        window was deleted first; and until it came the window's objects
        stayed frozen (:func:`~quotemark.app.workers.freeze_gc`), so the
        window's closing collected nothing and its garbage was left to a
        later window's close, or to the interpreter's exit after Qt had
        gone. Ended here, the closing window thaws and collects at once."""
        job = self._job
        if job is None:
            return
        if job.is_running():
            job.abandon()
            # The import's pool ends its own processes as it stops
            # (store.batch.process_all): none is left for the exit to wait for.
            job.wait()
        job.blockSignals(True)
        self._end_job(job)

    def _start(self, job: OperationJob, undoable: bool, initiator: object) -> None:
        job.finished.connect(lambda _value: self._on_job_finished(job, undoable, initiator))
        job.failed.connect(lambda message: self._on_job_failed(job, message))
        self._job = job
        # The window's objects frozen while the worker runs (workers.freeze_gc).
        freeze_gc()
        job.start()

    def _end_job(self, job: OperationJob) -> bool:
        """End ``job`` once (its thaw counted once); ``False`` when it was
        ended already (:meth:`stop_work`)."""
        if self._job is not job:
            return False
        self._job = None
        job.deleteLater()
        thaw_gc()
        return True

    def _on_job_finished(self, job: OperationJob, undoable: bool, initiator: object) -> None:
        if not self._end_job(job):
            return
        result = job.result()
        if result is None:
            return
        # The worker logged its rows under our origin: the poll skips them.
        self.changed.emit(result.change, initiator)
        if undoable and result.undo is not None:
            command = OperationCommand(
                result, self._step, lambda message: self.refused.emit(message, initiator)
            )
            self.undo_stack.push(command)
        if isinstance(job, ImportJob):
            self.import_finished.emit(result.value)
        else:
            self.work_finished.emit(result)

    def _on_job_failed(self, job: OperationJob, message: str) -> None:
        if not self._end_job(job):
            return
        if isinstance(job, ImportJob):
            self._imported_before_failing()
            self.import_failed.emit(message)
            self.import_finished.emit(None)
        else:
            self.work_failed.emit(message)

    def _imported_before_failing(self) -> None:
        """Tell the views of the posts a failed import committed before it
        stopped (one transaction per post: they stay in the library). Its
        change-log entries are this window's own, which the poll skips; a
        log that cannot be read, or was pruned past where the import began,
        reloads everything instead."""
        start, self._import_from = self._import_from, None
        try:
            found = self._library.changes_since(start) if start is not None else None
        except QuotemarkError:
            found = None
        if found is None or not found.complete:
            self.reset.emit()
            return
        from quotemark.library.operations import ImportFiles
        from quotemark.library.store.changelog import merge

        origin = self._library.origin
        change = merge(
            [e.change for e in found.entries if e.origin == origin and e.kind == ImportFiles.kind]
        )
        if change:
            self.changed.emit(change, None)

    # -- changes made elsewhere ---------------------------------------------

    @Slot()
    def poll(self) -> None:
        """Emit what other processes changed since the last look (cheap
        when nothing did: one ``PRAGMA data_version``)."""
        try:
            if not self._library.changed_elsewhere():
                return
            found = self._library.changes_since(self._seen)
        except QuotemarkError:
            return  # busy or locked now: the next poll looks again
        self._seen = found.last
        if not found.complete:
            if found.restored:
                # Another Quotemark restored a backup: this window's edits
                # were made to the library as it was, and undoing one would
                # write into the restored library (as a restore made here).
                self.undo_stack.clear()
            self.reset.emit()
            return
        origin = self._library.origin
        from quotemark.library.store.changelog import merge

        change = merge([e.change for e in found.entries if e.origin != origin])
        if change:
            self.changed.emit(change, ELSEWHERE)


def _upgrade_shown(location: Path | str) -> Upgrading:
    """Run an upgrade found while opening ``location`` with the progress
    window (see :func:`quotemark.app.upgrade_progress.upgrade_shown`)."""

    def run(versions: tuple[int, int], upgrade: Callable[[], None]) -> None:
        from quotemark.app.upgrade_progress import upgrade_shown

        upgrade_shown(location, versions, upgrade)

    return run


def _import_driver() -> None:
    """psycopg and the store's modules over it (see :meth:`Controller._with_driver`);
    a failure is left for the import on the GUI thread to report."""
    import contextlib
    import importlib

    with contextlib.suppress(ImportError):
        importlib.import_module("quotemark.library.store.notify_pg")


def _location_of(library: Library) -> Path | str:
    """The file of a local library, the password-less URL of a shared one
    (libpq finds the password in ~/.pgpass or PGPASSWORD)."""
    return library.location if library.database == "postgresql" else library.path


def try_open(location: Path | str) -> str | None:
    """Open and close the library at ``location`` (creating or migrating
    it): ``None`` when that works, else the message why not (a shared
    library named without its password). The window's own library is not
    touched (File > Open Shared Library tries a URL this way first)."""
    try:
        Library.open(location, daily_backup=False).close()
    except QuotemarkError as error:
        return str(error)
    return None


FILL_STOP_WAIT_S = 1.0
"""How long closing (or switching libraries) waits for the fill's thread to
stop between batches (:meth:`Controller.close`)."""

FILL_GAP_S = 0.02
"""The least pause between two batches of the "quoted by" fill, with the
write lock free (:func:`_fill_quoted_by`)."""


def _fill_quoted_by(location: Path | str, stop: threading.Event) -> None:
    """The thread of :meth:`Controller.start_quoted_by_fill`: a connection of
    its own; a library that cannot be written now (busy, gone, upgraded) is
    left for the next start, its user told by their own next action."""
    try:
        with Library.open(location, daily_backup=False) as library:
            paced = _paced(stop)
            library.fill_quoted_by(paced)
            library.fill_search(paced)
    except QuotemarkError:
        return


def _paced(stop: threading.Event) -> Callable[[], bool]:
    """``stop`` asked between the fill's batches after a pause with the lock
    free, as long as the batch before held it (:data:`FILL_GAP_S` at least).
    SQLite does not queue writers: a clip waiting for the lock retries after
    1, 2, 5 ... 100 ms, and a fill taking the lock again at once after each
    commit would win nearly every time, so the researcher's clip would wait
    for the whole fill (seconds on a large library, the window frozen) or
    fail as "locked" after 5 s."""
    last = time.monotonic()

    def asked() -> bool:
        nonlocal last
        held = time.monotonic() - last
        stopped = stop.wait(max(FILL_GAP_S, held))
        last = time.monotonic()
        return stopped

    return asked
