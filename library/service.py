"""The facade the GUI and the command line use: the only door into the core.

Every mutation returns a :class:`~quotemark.library.model.Change` describing what it
changed so views update just that. Every method raises
:class:`~quotemark.library.errors.QuotemarkError` subclasses for situations a user can
fix, with a message saying what to do.

A :class:`Library` object belongs to the thread that opened it (SQLite
connections do); a worker thread opens its own on the same file.
"""

from __future__ import annotations

import functools
import os
import sqlite3
from collections.abc import Callable, Generator, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar, cast

from quotemark.library import paths
from quotemark.library import who as who_module
from quotemark.library.errors import (
    LibraryError,
    LibraryUnreachable,
    NoPassageGiven,
    NotFound,
    PassageNotFound,
    PostHasClips,
)
from quotemark.library.store import backups, db, engine, schema
from quotemark.library.store import listing as store_listing
from quotemark.library.store.db import DEFAULT_TIMEOUT
from quotemark.library.store.listing import Listing

if TYPE_CHECKING:
    from quotemark.library import model, records
    from quotemark.library.model import (
        Analysis,
        Change,
        Citation,
        Clip,
        Post,
        PostSummary,
        Processed,
        Reading,
        Span,
        TextRepair,
    )
    from quotemark.library.records import (
        CollectionInfo,
        ExportScope,
        RepairReport,
        SearchHit,
        SourceCitation,
        SourceSummary,
    )
    from quotemark.library.store import (
        anchors,
        changelog,
        codec,
        integrity,
    )
    from quotemark.library.store import citations as store_citations
    from quotemark.library.store import clips as store_clips
    from quotemark.library.store import collections as store_collections
    from quotemark.library.store import corrections as store_corrections
    from quotemark.library.store import posts as store_posts
    from quotemark.library.store import sources as store_sources


class _OnFirstUse:
    """A module of the core imported when one of its names is first used,
    then put in this module's place: opening a library and listing its posts
    (``quotemark posts``, the window's list) need none of the modules below,
    and defining their values cost a third of ``quotemark posts --json``'s
    CPU (measured; issue 15)."""

    def __init__(self, binding: str, module: str) -> None:
        self._binding = binding
        self._module = module

    def __getattr__(self, name: str) -> Any:
        import importlib

        module = importlib.import_module(self._module)
        globals()[self._binding] = module  # later uses skip this proxy
        return getattr(module, name)


if not TYPE_CHECKING:
    model = _OnFirstUse("model", "quotemark.library.model")
    records = _OnFirstUse("records", "quotemark.library.records")
    anchors = _OnFirstUse("anchors", "quotemark.library.store.anchors")
    changelog = _OnFirstUse("changelog", "quotemark.library.store.changelog")
    codec = _OnFirstUse("codec", "quotemark.library.store.codec")
    integrity = _OnFirstUse("integrity", "quotemark.library.store.integrity")
    store_citations = _OnFirstUse("store_citations", "quotemark.library.store.citations")
    store_clips = _OnFirstUse("store_clips", "quotemark.library.store.clips")
    store_collections = _OnFirstUse("store_collections", "quotemark.library.store.collections")
    store_corrections = _OnFirstUse("store_corrections", "quotemark.library.store.corrections")
    store_posts = _OnFirstUse("store_posts", "quotemark.library.store.posts")
    store_sources = _OnFirstUse("store_sources", "quotemark.library.store.sources")

# The operations (and the import's process pool, and search) are imported
# when first used: `quotemark posts` and other readers start without them.
if TYPE_CHECKING:
    from quotemark.library.extract.original import OriginalPage
    from quotemark.library.operations import (
        DeletedPost,
        ImportReport,
        ImportResult,
        ImportStatus,
        Operation,
        OpResult,
        ReextractReport,
        Session,
        TagUse,
    )
    from quotemark.library.operations.base import CancelToken, ProgressCallback
    from quotemark.library.operations.imports import SAMPLE
    from quotemark.library.store import batch
    from quotemark.library.store.copying import CopyReport
    from quotemark.library.store.pg import PgConnection

__all__ = [
    "SAMPLE",
    "CancelToken",
    "DeletedPost",
    "ExportScope",
    "ImportReport",
    "ImportResult",
    "ImportStatus",
    "Library",
    "PostHasClips",
    "ProgressCallback",
    "ReextractReport",
    "SearchHit",
    "SourceCitation",
    "SourceSummary",
]

_LAZY = {
    "RepairReport": "quotemark.library.records",
    "ExportScope": "quotemark.library.records",
    "SearchHit": "quotemark.library.records",
    "SourceCitation": "quotemark.library.records",
    "SourceSummary": "quotemark.library.records",
    "SAMPLE": "quotemark.library.operations.imports",
    "CancelToken": "quotemark.library.operations.base",
    "ProgressCallback": "quotemark.library.operations.base",
    "DeletedPost": "quotemark.library.operations",
    "ImportReport": "quotemark.library.operations",
    "ImportResult": "quotemark.library.operations",
    "ImportStatus": "quotemark.library.operations",
    "ReextractReport": "quotemark.library.operations",
}


def __getattr__(name: str) -> Any:
    # The names above, re-exported from the operations without importing
    # them at start (PEP 562).
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_P = ParamSpec("_P")
_R = TypeVar("_R")
_T = TypeVar("_T")

Upgrading = Callable[[tuple[int, int], Callable[[], None]], None]
"""Runs a library's upgrade from schema ``(from, to)`` (the callable given),
showing it meanwhile: see :meth:`Library.open`."""


def _guarded(
    method: Callable[Concatenate[Library, _P], _R],
) -> Callable[Concatenate[Library, _P], _R]:
    """Reads report SQLite trouble from outside Quotemark (a library locked
    by a migration in another Quotemark, a damaged file) as
    :class:`LibraryError`; a bug in a statement stays the bug it is."""

    def guarded(self: Library, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        with db.reported(self._path):
            return method(self, *args, **kwargs)

    functools.update_wrapper(guarded, method)
    return guarded


def _host_name() -> str:
    """This computer's name, for the change log's instance names."""
    # os.uname gives it for free where it exists; importing socket for it
    # cost ~4 ms of CPU on every start (measured).
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def _not_found(what: str, ident: int) -> NotFound:
    return NotFound(f"There is no {what} with id {ident} in the library.")


class Library:
    """A Quotemark library: one SQLite file.

    Added to the original contract (all documented below): ``open(...,
    timeout=)``, :attr:`path` and use as a context manager;
    :meth:`store_processed` (one pipeline result, as an import stores it);
    :meth:`find_span` (a passage by text, quotation or paragraph number);
    :meth:`lost_clips`; :meth:`changed_elsewhere`; :meth:`reextract_posts`
    and :meth:`reimport` (with per-post messages); :class:`PostHasClips`
    from :meth:`delete_post`.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path | str, origin: str = "") -> None:
        """Use :meth:`open`. ``path`` is the SQLite file, or a shared
        library's URL (without its password)."""
        self._conn = conn
        self._path = path
        # Names this instance in the change log, so it can skip its own rows.
        # Eight random hex digits as uuid4().hex[:8] gave, without importing
        # uuid (a few ms of every command's start).
        self._origin = origin or f"{_host_name()}:{os.getpid()}:{os.urandom(4).hex()}"
        # The change counter as this instance last saw it; a shared library
        # reads it when watching begins (:meth:`watch`, or the first
        # :meth:`changed_elsewhere`), not at open: a window's start sent the
        # same read three times. SQLite's costs nothing.
        self._seen_version: int | None = (
            None if engine.engine_of(conn) == "postgresql" else self._data_version()
        )
        self._display_name = ""
        self._default_who: str | None = None
        self._default_known = False
        self._closed = False

    @property
    def who(self) -> str | None:
        """The name new clips, corrections and imports are recorded as made
        by: the display name when one is set, else the database role
        (shared library) or the OS user (file)."""
        if self._display_name:
            return self._display_name
        if not self._default_known:
            self._default_who = who_module.default_name(self._conn)
            self._default_known = True
        return self._default_who

    def set_display_name(self, name: str) -> None:
        """Record changes under ``name`` from now on ("" goes back to the
        default); raises :class:`~quotemark.library.who.BadDisplayName` for a
        URL or a value holding credentials."""
        self._display_name = who_module.clean_display_name(name)

    def _data_version(self) -> int:
        return engine.data_version(self._conn, self._origin)

    @property
    def origin(self) -> str:
        """The name this instance writes in the change log (a worker opened
        with the same ``origin`` counts as this instance)."""
        return self._origin

    @_guarded
    def changed_elsewhere(self) -> bool:
        """Whether another connection (a second Quotemark, the command line,
        this app's import worker) committed a change since the last call:
        a cheap check before reading the change log. The first call on a
        shared library (before any :meth:`watch`) starts the count and
        answers ``False``; on a file it counts from the open."""
        current = self._data_version()
        changed = self._seen_version is not None and current != self._seen_version
        self._seen_version = current
        return changed

    @_guarded
    def watch(self) -> int:
        """Begin watching for changes made elsewhere: the newest change-log
        sequence number (for :meth:`changes_since`), and
        :meth:`changed_elsewhere` counts from now. What :meth:`last_change`
        and :meth:`changed_elsewhere` give together, in one statement on a
        shared library."""
        last, self._seen_version = engine.change_marks(self._conn, self._origin)
        return last

    @_guarded
    def last_change(self) -> int:
        """The newest change-log sequence number (0 when none)."""
        return changelog.last(self._conn)

    @_guarded
    def changes_since(self, seq: int) -> changelog.Entries:
        """The logged changes after sequence number ``seq``, by every
        instance (see :mod:`quotemark.library.store.changelog`)."""
        return changelog.since(self._conn, seq)

    def _session(
        self, progress: ProgressCallback | None = None, cancel: CancelToken | None = None
    ) -> Session:
        from quotemark.library.operations import Session

        return Session(self._conn, self._path, self._origin, progress, cancel, self.who)

    @_guarded
    def run(
        self,
        operation: Operation[_T],
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> OpResult[_T]:
        """Apply one operation (see :mod:`quotemark.library.operations`): what it did,
        what changed, and the operation that undoes it."""
        return operation.apply(self._session(progress, cancel))

    @classmethod
    def open(
        cls,
        path: Path | str | None = None,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        origin: str = "",
        daily_backup: bool = True,
        light_start: bool = False,
        upgrading: Upgrading | None = None,
    ) -> Library:
        """Open (creating or migrating) the library at ``path``, by default
        :func:`quotemark.library.paths.library_file`. ``timeout`` is how long a write
        waits for another Quotemark before :class:`LibraryLocked`; ``origin``
        names the instance in the change log (by default a new name).
        ``daily_backup=False`` leaves the day's backup to the caller (the
        window makes it in a thread once it is shown,
        :func:`quotemark.library.store.backups.daily_backup_of`); a migration still
        backs the file up first.

        ``path`` may be a ``postgresql://`` URL: a shared library on a
        PostgreSQL server (created in an empty database, migrated like a
        file; the server's administrator keeps its backups). With
        ``light_start`` (the window's start) its reads go through libpq
        until a write, the warm-up or a value only psycopg reads needs
        psycopg (:mod:`quotemark.library.store.pg_light`), when the library
        needs no creating or migrating. ``upgrading``: how a shared library
        found older at a light start is upgraded (the window shows it in
        progress, as :meth:`upgrade_pending` lets it for a file): called with
        ``(from, to)`` and the upgrade to run, then the library opens."""
        if engine.is_url(path):
            if light_start:
                light = cls._open_light(
                    str(path), timeout=timeout, origin=origin, upgrading=upgrading
                )
                if light is not None:
                    return light
            return cls._open_shared(str(path), timeout=timeout, origin=origin)
        target = Path(path) if path is not None else paths.library_file()
        backups.check_file(target)
        conn = db.connect(target, timeout=timeout)
        try:
            with db.reported(target):
                backups.check_tables(conn, target)
                schema.migrate(conn, target, paths.backups_dir())
                if daily_backup:
                    backups.daily_backup(conn, target)
        except BaseException:
            conn.close()
            raise
        return cls(conn, target, origin)

    @staticmethod
    def upgrade_pending(path: Path | str) -> tuple[int, int] | None:
        """``(from, to)`` when opening the library file at ``path`` will
        upgrade it from an older schema version (a backup, then the
        migrations: about 1 s at 100,000 posts), else ``None``: a new or
        current file, one that cannot be read (opening it says why), or a
        shared library (its server is not asked before it is opened: its
        start's schema check finds it older, see ``upgrading`` of :meth:`open`)."""
        if engine.is_url(path):
            return None
        found = schema.stored_version(Path(path))
        if found is None or found == 0 or found >= schema.VERSION:
            return None
        return found, schema.VERSION

    @classmethod
    def _open_light(
        cls, url: str, *, timeout: float, origin: str, upgrading: Upgrading | None = None
    ) -> Library | None:
        # None: the ordinary path opens it (see pg_light.connect).
        from quotemark.library.store import pg_light

        try:
            conn = pg_light.connect(url, timeout=timeout, version=schema.VERSION)
        except pg_light.Behind as behind:
            if upgrading is None:
                return None
            # The schema check read the old version: the upgrade is shown
            # running (the ordinary path's, on a connection of its own),
            # then the library is current and opens light.
            upgrading(
                (behind.found, schema.VERSION),
                lambda: cls._open_shared(url, timeout=timeout, origin=origin).close(),
            )
            return cls._open_light(url, timeout=timeout, origin=origin)
        except pg_light.NotHere:
            return None
        return cls(cast(sqlite3.Connection, conn), conn.location, origin)

    @classmethod
    def _open_shared(cls, url: str, *, timeout: float, origin: str) -> Library:
        from typing import cast

        try:
            from quotemark.library.store import pg, schema_pg
        except ImportError as error:
            # psycopg or its libpq missing (a build that lost psycopg_binary
            # on a machine without a PostgreSQL client): a message, not a
            # traceback; the local library is another matter and still opens.
            shown = engine.shown_url(url)
            raise LibraryUnreachable(
                f"The shared library {shown} cannot be opened: this Quotemark cannot load "
                f"its PostgreSQL driver (psycopg: {error}). Reinstall Quotemark with "
                "psycopg[binary]. Your local library was not touched.",
                path=shown,
            ) from error

        conn = pg.connect(url, timeout=timeout, then=schema_pg.VERSION_QUERY)
        try:
            schema_pg.migrate(conn)
        except BaseException:
            conn.close()
            raise
        # The store is written against sqlite3.Connection's interface, which
        # PgConnection offers (store/engine.py: Connection).
        return cls(cast(sqlite3.Connection, conn), conn.location, origin)

    @property
    def path(self) -> Path:
        """The database file (a shared library has none: see
        :attr:`location`)."""
        if isinstance(self._path, str):
            raise LibraryError(
                f"The shared library {self._path} is on a server, not in a file.",
                path=self._path,
            )
        return self._path

    @property
    def location(self) -> str:
        """Where the library is, as messages name it: the file, or a shared
        library's URL without its password."""
        return str(self._path)

    @property
    def database(self) -> engine.Engine:
        """``"sqlite"`` (a file) or ``"postgresql"`` (a shared library)."""
        return engine.engine_of(self._conn)

    @_guarded
    def copy_into(self, other: Library) -> CopyReport:
        """Copy this library's posts (keys, clips, corrections, originals and
        images with them) into ``other``, which must be empty or an earlier
        copy; running it again copies nothing (see
        :mod:`quotemark.library.store.copying`)."""
        from quotemark.library.store import copying

        return copying.copy_library(self._conn, other._conn, other._path)

    def close(self) -> None:
        """Close the database."""
        self._closed = True
        self._conn.close()

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called: views asking for rows after it
        (a window painting on while its library went away) get none."""
        return self._closed

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- import --------------------------------------------------------

    def import_paths(
        self,
        paths: Sequence[Path],
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> ImportReport:
        """Import files and folders (folders recursively). Each post is one
        transaction; a bad input fails alone and changes nothing else.
        Already-imported posts come back as DUPLICATE with their id."""
        from quotemark.library.operations import ImportFiles

        operation = ImportFiles(tuple(Path(p) for p in paths))
        return self.run(operation, progress=progress, cancel=cancel).value

    @_guarded
    def store_processed(
        self, shown: str, outcome: Processed | batch.Prepared | BaseException
    ) -> ImportResult:
        """Store one pipeline result (or report the error it raised) as
        :meth:`import_paths` does for each file: duplicate check, key, one
        transaction. Benchmarks and tests that ran the pipeline themselves
        use it directly."""
        from quotemark.library.operations import imports

        return imports.store_processed(self._session(), shown, outcome)[0]

    def import_sample(self) -> ImportResult:
        """Import the sample post that ships with Quotemark."""
        from quotemark.library.operations import ImportSample

        return self.run(ImportSample()).value.results[0]

    # -- reading -------------------------------------------------------

    @_guarded
    def posts(self, *, tag: str | None = None, source_id: int | None = None) -> list[PostSummary]:
        """The library's posts, newest import first, optionally only those
        with clips tagged ``tag`` or citing source ``source_id``."""
        return store_posts.summaries(self._conn, tag=tag, source_id=source_id)

    @_guarded
    def listing_count(self, listing: Listing) -> int:
        """How many posts the library list shows for ``listing`` (an order
        and filters), counted by the database."""
        return store_listing.count(self._conn, listing)

    @_guarded
    def listing_page(self, listing: Listing, offset: int, limit: int) -> list[PostSummary]:
        """Up to ``limit`` rows of the library list from row ``offset``."""
        return store_listing.page(self._conn, listing, offset, limit)

    @_guarded
    def listing_row(self, listing: Listing, post_id: int) -> int | None:
        """Where ``post_id`` stands in the library list (from 0), or
        ``None`` when it is not listed."""
        return store_listing.row_of(self._conn, listing, post_id)

    def stream_posts(self, listing: Listing | None = None) -> Iterator[PostSummary]:
        """Every row of the library list, read a chunk at a time (the first
        rows come at once, however big the library)."""
        with db.reported(self._path):
            yield from store_listing.stream(self._conn, listing or Listing())

    def stream_post_rows(
        self, listing: Listing | None = None
    ) -> Generator[list[tuple[Any, ...]], None, None]:
        """The rows of :meth:`stream_posts` as plain tuples, a chunk at a
        time, fields in :data:`quotemark.library.store.listing.ROW_FIELDS`
        order: for a writer of 100,000 rows that would only take each
        :class:`PostSummary` apart again."""
        with db.reported(self._path):
            yield from store_listing.stream_rows(self._conn, listing or Listing())

    @_guarded
    def post_summary(self, post_id: int) -> PostSummary:
        """One post's library row."""
        found = store_posts.summaries_by_id(self._conn, [post_id])
        if post_id not in found:
            raise _not_found("post", post_id)
        return found[post_id]

    @_guarded
    def post(self, post_id: int) -> Post:
        """A post with its blocks, analysis and resources."""
        post = store_posts.load_post(self._conn, post_id)
        if post is None:
            raise _not_found("post", post_id)
        # The researcher's corrections over the machine's reading.
        analysis = store_corrections.corrected_analysis(
            self._conn, post_id, post.blocks, post.analysis
        )
        # The analysis package compiles its rules on import (50 ms): paid
        # by the first post opened, after the window is shown, not at start.
        from dataclasses import replace

        from quotemark.library.analyze.marked import post_with_marked

        return post_with_marked(replace(post, analysis=analysis))

    @_guarded
    def uncertain(self, post_id: int) -> list[int]:
        """Indexes of the post's quotations (as :meth:`post` gives them)
        whose speaker is missing or low in confidence and not yet reviewed."""
        post = self.post(post_id)
        return store_corrections.uncertain(self._conn, post_id, post.blocks, post.analysis)

    @_guarded
    def uncertain_fields(self, post_id: int) -> list[str]:
        """The post's citation fields (title, authors, date) the extractor
        was unsure of and the researcher has not settled; see
        :func:`quotemark.library.store.corrections.uncertain_fields`."""
        post = self.post(post_id)
        return store_corrections.uncertain_fields(self._conn, post_id, post.metadata)

    @_guarded
    def text_repair(self, post_id: int) -> TextRepair | None:
        """What the import restored in the post's text that a wrong encoding
        had garbled, so the text shown differs from the saved file's bytes
        (``None``: nothing; see :mod:`quotemark.library.importers.mojibake`)."""
        try:
            return store_posts.load_repair(self._conn, post_id)
        except LookupError:
            raise _not_found("post", post_id) from None

    @_guarded
    def reading(self, post_id: int) -> Reading | None:
        """What the extraction said about the post's text that a researcher
        should know before quoting it: part N of M of a longer article, or
        text read from the page's data rather than what it showed (``None``:
        nothing to tell; see :class:`quotemark.library.model.Reading`)."""
        try:
            return store_posts.load_reading(self._conn, post_id)
        except LookupError:
            raise _not_found("post", post_id) from None

    @_guarded
    def body_corrections(self, post_id: int) -> list[store_corrections.Row]:
        """A post's body overrides (passages added back, passages removed),
        oldest first; see :mod:`quotemark.library.store.body`."""
        from quotemark.library.store import body as store_body

        if store_posts.load_blocks(self._conn, post_id) is None:
            raise _not_found("post", post_id)
        return store_body.rows(self._conn, post_id)

    @_guarded
    def original_page(self, post_id: int) -> OriginalPage:
        """The post's stored original page as local HTML with nothing remote
        in it, and its text (to see what extraction dropped or kept)."""
        from quotemark.library.extract.original import original_page

        raw = store_posts.load_raw(self._conn, post_id)
        if raw is None:
            raise _not_found("post", post_id)
        return original_page(raw)

    @_guarded
    def corrections(self) -> list[dict[str, Any]]:
        """Every correction as evaluation data (the machine's reading, the
        researcher's, the post; see :func:`quotemark.library.store.corrections.gold`)."""
        return store_corrections.gold(self._conn)

    @_guarded
    def search(
        self, query: str, *, limit: int = 200, listing: Listing | None = None
    ) -> list[SearchHit]:
        """Full-text search over titles, text and clips, in the query
        language of :mod:`quotemark.library.query` (phrases, ``author:``, ``site:``,
        ``tag:``, ``-word``); ``listing``'s filters narrow it. Any user-typed
        string is accepted (it is never passed to FTS as syntax)."""
        from quotemark.library.store import search as store_search

        found = store_search.search(self._conn, query, limit, listing)
        rows = store_posts.summaries_by_id(self._conn, [post_id for post_id, _ in found])
        return [records.SearchHit(rows[i], snippet) for i, snippet in found if i in rows]

    @_guarded
    def search_lazily(
        self, query: str, *, limit: int = 200, listing: Listing | None = None
    ) -> tuple[list[PostSummary], Callable[[int], str]]:
        """The posts :meth:`search` finds, best first, and a function giving a
        hit's snippet by post id, cut only when first asked for (a list
        shows a screenful of the hits; cutting every snippet was most of a
        keystroke's work)."""
        from quotemark.library.store import search as store_search

        ranked, snippets = store_search.hits(self._conn, query, limit, listing)
        rows = store_posts.summaries_by_id(self._conn, ranked)

        def snippet_of(post_id: int) -> str:
            with db.reported(self._path):
                return snippets.get(post_id)

        return [rows[i] for i in ranked if i in rows], snippet_of

    @_guarded
    def sources(self, *, post_id: int | None = None) -> list[SourceSummary]:
        """Sources of one post, or of the whole library. For one post,
        ``mention_count`` counts that post's mentions and ``post_count``
        stays library-wide."""
        return [
            records.SourceSummary(i, name, model.SourceKind(kind), url, posts, mentions)
            for i, name, kind, url, posts, mentions in store_sources.list_sources(
                self._conn, post_id
            )
        ]

    @_guarded
    def source_makers(self) -> dict[int, str]:
        """Who last corrected each library source (a rename or a merge into
        it), by source id; see :func:`~quotemark.library.store.sources.makers`."""
        return store_sources.makers(self._conn)

    @_guarded
    def sources_by_id(self, source_ids: Sequence[int]) -> list[SourceSummary]:
        """The library-wide :meth:`sources` rows of these sources alone, in
        no particular order; a source no post cites any more is left out
        (what a change naming sources needs, without counting them all)."""
        return [
            records.SourceSummary(i, name, model.SourceKind(kind), url, posts, mentions)
            for i, name, kind, url, posts, mentions in store_sources.summaries_of(
                self._conn, source_ids
            )
        ]

    @_guarded
    def cited_source_names(self) -> list[tuple[int, str]]:
        """``(id, name)`` of every source the library's posts cite, cheaply
        (no post counts: :meth:`sources` has them)."""
        return store_sources.cited_names(self._conn)

    @_guarded
    def post_sources(self, post_id: int) -> dict[int, SourceSummary]:
        """The library's record of each of a post's sources, by the source's
        index in the post's analysis (sources the library does not hold for
        it are left out)."""
        row = self._conn.execute(
            "SELECT analysis FROM post_content WHERE post_id = ?", (post_id,)
        ).fetchone()
        if row is None:
            raise _not_found("post", post_id)
        analysis = codec.analysis_from_json(codec.unpack(row[0]))
        ids = store_sources.source_ids_of(self._conn, post_id, analysis)
        by_id = {s.id: s for s in self.sources(post_id=post_id)}
        return {index: by_id[i] for index, i in ids.items() if i in by_id}

    @_guarded
    def citing(self, source_id: int) -> list[SourceCitation]:
        """Every place in the library that cites a source."""
        analyses: dict[int, Analysis] = {}
        cited: list[SourceCitation] = []
        for post_id, title, span, blob in store_sources.citing(self._conn, source_id):
            if post_id not in analyses:
                try:
                    analyses[post_id] = codec.analysis_from_json(codec.unpack(blob))
                except codec.DAMAGE:
                    analyses[post_id] = model.Analysis()  # a damaged post: cited, quote unknown
            quote = store_sources.credited_quote(analyses[post_id], span)
            cited.append(
                records.SourceCitation(
                    post_id,
                    title,
                    span,
                    quote.span.text if quote else None,
                    quote.speaker.label or None if quote and quote.speaker else None,
                )
            )
        return cited

    # -- clips ---------------------------------------------------------

    @_guarded
    def find_span(
        self,
        post_id: int,
        *,
        text: str | None = None,
        quote: int | None = None,
        paragraph: int | None = None,
    ) -> Span:
        """A span of a post chosen the command line's way: the first
        occurrence of exact ``text``, quotation number ``quote`` (1-based,
        as ``quotemark show`` numbers them) or the whole of paragraph
        number ``paragraph`` (the reader's margin number)."""
        post = self.post(post_id)
        if text is not None:
            found = anchors.find(post.blocks, text.strip())
            if found is None:
                raise PassageNotFound(
                    f"The text {_short(text)!r} is not in post {post_id} "
                    f"({_short(post.metadata.title)}). Copy it exactly as the post has it."
                )
            return found
        if quote is not None:
            count = len(post.analysis.quotes)
            if not 1 <= quote <= count:
                raise PassageNotFound(
                    f"Post {post_id} has {count} quotation(s); there is no quotation "
                    f"{quote}. See them with: quotemark show {post_id}"
                )
            return post.analysis.quotes[quote - 1].span
        if paragraph is not None:
            numbers = model.paragraph_numbers(post.blocks)
            if paragraph in numbers:
                index = numbers.index(paragraph)
                block = post.blocks[index]
                position = model.Position
                return model.Span(position(index, 0), position(index, len(block.text)), block.text)
            count = max((n for n in numbers if n is not None), default=0)
            raise PassageNotFound(
                f"Post {post_id} has {count} paragraph(s); there is no paragraph {paragraph}."
            )
        raise NoPassageGiven("Say what to clip: a text, a quotation number or a paragraph.")

    def clip(
        self, post_id: int, span: Span, *, note: str = "", tags: Sequence[str] = ()
    ) -> tuple[Clip, Change]:
        """Keep a passage (:class:`~quotemark.library.operations.ClipSpan`)."""
        from quotemark.library.operations import ClipSpan

        result = self.run(ClipSpan(post_id, span, note, tuple(tags)))
        return result.value, result.change

    def quoted_by_pending(self) -> bool:
        """Whether clips made before schema version 15 may still lack who
        quoted them (:meth:`fill_quoted_by` has posts to read)."""
        with db.reported(self._path):
            return (
                self._conn.execute("SELECT 1 FROM quoted_by_pending LIMIT 1").fetchone() is not None
            )

    def fill_quoted_by(self, stop: Callable[[], bool] = lambda: False) -> int:
        """Give clips made before schema version 15 who quoted them, from each
        post's stored and corrected reading, a short transaction per batch of
        posts until none is left or ``stop()`` says so (asked between
        batches); returns the clips filled. Never a speaker, and never a
        "quoted by" already written (:mod:`quotemark.library.store.quoted_by_fill`).
        The window runs it in a thread with a connection of its own."""
        from quotemark.library.store import quoted_by_fill

        filled = 0
        while not stop() and not self._closed:
            done = quoted_by_fill.fill_batch(self._conn, self._path, self._origin)
            if done is None:
                break
            filled += len(done)
        return filled

    def search_fill_pending(self) -> bool:
        """Whether posts saved before schema version 18 still wait for their
        derived search text (:meth:`fill_search` has posts to write)."""
        from quotemark.library.store import search_fill

        with db.reported(self._path):
            return search_fill.pending(self._conn)

    def fill_search(self, stop: Callable[[], bool] = lambda: False) -> int:
        """Write the derived search text of posts saved before schema version
        18 (a Japanese word inside a run, an Arabic or Hebrew word under its
        prefixes, a word without its stroked letters), a short transaction
        per batch of posts until none is left or ``stop()`` says so (asked
        between batches); returns the posts written. Until it ends, search
        finds words as before (:mod:`quotemark.library.store.search_fill`).
        The window runs it in a thread with a connection of its own."""
        from quotemark.library.store import search_fill

        written = 0
        while not stop() and not self._closed:
            with db.reported(self._path):
                done = search_fill.fill_batch(self._conn, self._path, origin=self._origin)
            if done is None:
                break
            written += done
        return written

    def warm_up(self) -> Iterator[None]:
        """Ready a shared library's connection for the user's first clip or
        correction, writing nothing, a short step per ``next``
        (:meth:`PgConnection.warm_up
        <quotemark.library.store.pg.PgConnection.warm_up>`; the window runs
        the steps once it is shown): a first clip on a fresh connection took
        2-5 times the next one's time, the server's process reading the
        catalog. The name changes are recorded under (:attr:`who`) is read
        first. No steps on a file: SQLite has no such first cost."""
        if engine.engine_of(self._conn) != "postgresql":
            return
        with db.reported(self._path):
            self.who  # noqa: B018 - read once and kept
        yield
        # A light start's connection makes psycopg's in its first step
        # (store/pg_light.py), which imports psycopg: not before.
        steps = cast("PgConnection", self._conn).warm_up()
        while not self._closed:
            with db.reported(self._path):
                done = next(steps, True)
            if done:
                return
            yield

    @_guarded
    def clips(
        self, *, post_id: int | None = None, tag: str | None = None, mine: bool = False
    ) -> list[Clip]:
        """Clips, oldest first, of one post, one tag, or all; ``mine``: only
        those made under this library's :attr:`who`."""
        if mine and self.who is None:
            return []
        made_by = self.who if mine else None
        return store_clips.select(self._conn, post_id=post_id, tag=tag, made_by=made_by)

    @_guarded
    def clipped_by_others(self) -> bool:
        """Whether anyone but :attr:`who` has clipped in this library (a
        colleague on a shared one, another display name on a file): only
        then is there a choice between one's own clips and everyone's."""
        return store_clips.made_by_others(self._conn, self.who)

    @_guarded
    def clip_list_count(self, *, mine: bool = False) -> int:
        """How many clips "All clips" lists (``mine``: only this library's
        :attr:`who`'s), counted by the database."""
        if mine and self.who is None:
            return 0
        return store_clips.listed_count(self._conn, self.who if mine else None)

    @_guarded
    def clip_list_page(self, offset: int, limit: int, *, mine: bool = False) -> list[Clip]:
        """Up to ``limit`` clips of "All clips" (oldest first) from row ``offset``."""
        if mine and self.who is None:
            return []
        return store_clips.listed_page(self._conn, offset, limit, self.who if mine else None)

    @_guarded
    def clip_list_row(self, clip_id: int, *, mine: bool = False) -> int:
        """The row of "All clips" where ``clip_id`` stands, or would stand
        (the clips listed before it)."""
        if mine and self.who is None:
            return 0
        return store_clips.listed_before(self._conn, clip_id, self.who if mine else None)

    @_guarded
    def counts(self) -> tuple[int, int]:
        """How many posts and clips the library holds."""
        return store_listing.library_counts(self._conn)

    @_guarded
    def clips_by_id(self, clip_ids: Sequence[int]) -> list[Clip]:
        """The clips of these ids that exist, oldest first (one query per 500)."""
        return store_clips.select(self._conn, ids=list(dict.fromkeys(clip_ids)))

    @_guarded
    def get_clip(self, clip_id: int) -> Clip:
        """One clip."""
        found = store_clips.select(self._conn, ids=[clip_id])
        if not found:
            raise _not_found("clip", clip_id)
        return found[0]

    def update_clip(
        self,
        clip_id: int,
        *,
        note: str | None = None,
        tags: Sequence[str] | None = None,
        key: str | None = None,
    ) -> Change:
        """Edit a clip's note, tags or citation key (checked for form and
        uniqueness)."""
        tag_values = tuple(tags) if tags is not None else None
        from quotemark.library.operations import EditClip

        return self.run(EditClip(clip_id, note=note, tags=tag_values, key=key)).change

    def delete_clips(self, clip_ids: Sequence[int]) -> tuple[list[Clip], Change]:
        """Delete clips; returns them so :meth:`restore_clips` can undo."""
        from quotemark.library.operations import DeleteClips

        result = self.run(DeleteClips(tuple(clip_ids)))
        return list(result.value), result.change

    def restore_clips(self, clips: Sequence[Clip]) -> Change:
        """Put deleted clips back with their ids and keys (undo)."""
        from quotemark.library.operations import RestoreClips

        return self.run(RestoreClips(tuple(clips))).change

    @_guarded
    def lost_clips(self) -> set[int]:
        """Ids of the clips whose exact text re-extraction did not find
        again: they keep their old place (and their key) until the user
        looks at them."""
        return {int(r[0]) for r in self._conn.execute("SELECT id FROM clips WHERE lost = 1")}

    @_guarded
    def tags(self) -> list[str]:
        """Every tag in use, sorted."""
        return store_clips.all_tags(self._conn)

    @_guarded
    def tag_use(self, tag: str) -> TagUse:
        """The posts and clips tagged exactly ``tag`` (what renaming it, or
        merging another into it, would touch)."""
        from quotemark.library.operations.collections import tag_use

        return tag_use(self._conn, tag)

    # -- collections, a post's own tags and note -------------------------

    @_guarded
    def collections(self) -> list[CollectionInfo]:
        """Every collection, depth first (see :func:`quotemark.library.store.collections.tree`)."""
        return store_collections.tree(self._conn)

    @_guarded
    def find_collection(self, path: str) -> int:
        """The id of the collection at ``path`` (``Reading/Climate``) or with that id."""
        return store_collections.resolve(self._conn, path)

    @_guarded
    def collection_post_ids(self, collection_id: int, *, nested: bool = True) -> list[int]:
        """The posts of a collection (with ``nested``, also of those below it)."""
        store_collections.get(self._conn, collection_id)
        return store_collections.post_ids(self._conn, collection_id, nested=nested)

    @_guarded
    def post_collections(self, post_id: int) -> list[int]:
        """The collections a post is in."""
        return store_collections.collections_of(self._conn, post_id)

    @_guarded
    def post_tags(self, post_id: int) -> tuple[str, ...]:
        """A post's own tags (its clips' tags are the clips')."""
        return store_collections.post_tags(self._conn, post_id)

    @_guarded
    def post_note(self, post_id: int) -> str:
        """A post's Markdown note (empty when it has none)."""
        return store_collections.note(self._conn, post_id)

    # -- posts ---------------------------------------------------------

    def delete_post(self, post_id: int, *, force: bool = False) -> tuple[DeletedPost, Change]:
        """Delete a post. A post with clips needs ``force=True``
        (:class:`PostHasClips` otherwise)."""
        from quotemark.library.operations import DeletePosts

        result = self.run(DeletePosts((post_id,), force=force))
        return result.value[0], result.change

    def restore_post(self, deleted: DeletedPost) -> Change:
        """Undo :meth:`delete_post`: the post and its clips come back with
        their ids and keys."""
        from quotemark.library.operations import RestorePosts

        return self.run(RestorePosts((deleted,))).change

    def set_post_key(self, post_id: int, key: str) -> Change:
        """Change a post's citation key (checked for form and uniqueness).
        Its clips keep their keys."""
        from quotemark.library.operations import SetPostKey

        return self.run(SetPostKey(post_id, key)).change

    def reextract(
        self,
        post_ids: Sequence[int] | None = None,
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> Change:
        """Run the current extractor and analysis again on stored originals,
        keeping every clip (found again by its exact text) and every key."""
        return self.reextract_posts(post_ids, progress=progress, cancel=cancel).change

    def reextract_posts(
        self,
        post_ids: Sequence[int] | None = None,
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> ReextractReport:
        """:meth:`reextract` with a message for each post that failed and each
        clip whose text is gone (kept at its old place, never deleted)."""
        ids = tuple(post_ids) if post_ids is not None else None
        from quotemark.library.operations import ReextractPosts

        return self.run(ReextractPosts(ids), progress=progress, cancel=cancel).value

    def reimport(self, post_id: int, path: Path) -> ReextractReport:
        """Replace a post's stored original with a newer save of it (the
        same post saved again, or saved better), keeping its id, key and
        clips (found again by their exact text, as :meth:`reextract` does).
        The file must read as an article; otherwise nothing changes."""
        from quotemark.library.operations import Reimport

        return self.run(Reimport(post_id, Path(path))).value

    # -- health --------------------------------------------------------

    @_guarded
    def check(self) -> integrity.CheckReport:
        """SQLite's integrity, foreign-key and search-index checks, and every
        stored post decoded; nothing is changed."""
        return integrity.check(self._conn)

    @_guarded
    def repair(
        self,
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> RepairReport:
        """Rebuild the search index, then re-extract every damaged post whose
        stored original is intact (keeping its clips and key). A post whose
        original is damaged too is named in the messages: only deleting it
        and importing the page again can help."""
        indexed = integrity.rebuild_index(self._conn, self._path)
        damage = integrity.check(self._conn).damaged
        fixable = [d.post_id for d in damage if d.repairable]
        messages = [
            f"Post {d.post_id} ({d.title}): its stored original is damaged too; delete it "
            f"(quotemark delete {d.post_id}) and import the saved page again."
            for d in damage
            if not d.repairable
        ]
        report = self.reextract_posts(fixable, progress=progress, cancel=cancel)
        messages.extend(report.messages)
        return records.RepairReport(
            indexed,
            tuple(i for i in fixable if i not in report.failed),
            tuple(messages),
            report.change,
        )

    def list_backups(self) -> list[backups.Backup]:
        """This library's backups, newest first."""
        if isinstance(self._path, str):
            return []  # a shared library's backups are the server's
        return backups.list_backups(self._path)

    @_guarded
    def restore_backup(self, backup: Path) -> Path:
        """Replace the library's content with ``backup``'s (brought to the
        current schema), after saving the current content as a backup of its
        own; returns that backup. Every open connection sees the restored
        library."""
        saved = backups.restore_open(self._conn, Path(backup), self.path)
        schema.migrate(self._conn, self.path, paths.backups_dir())
        self._seen_version = -1
        return saved

    # -- export --------------------------------------------------------

    @_guarded
    def citations(self, scope: ExportScope | None = None) -> list[Citation]:
        """What an export of ``scope`` contains: for each post, its post
        citation followed by its clips' citations. A tag keeps only the
        clips with that tag (and their posts); chosen posts come with all
        their clips; chosen clips with their posts."""
        scope = scope or records.ExportScope()
        return store_citations.build(
            self._conn, tag=scope.tag, post_ids=scope.post_ids, clip_ids=scope.clip_ids
        )

    def export(
        self, fmt: str, *, scope: ExportScope | None = None, posts_only: bool = False
    ) -> str:
        """Render the scope in a registered export format."""
        from quotemark.library.export import ExportOptions, export

        return export(fmt, self.citations(scope), ExportOptions(posts_only=posts_only))

    def export_to_file(
        self,
        path: Path,
        fmt: str,
        *,
        scope: ExportScope | None = None,
        posts_only: bool = False,
    ) -> int:
        """Write an export atomically (temporary file, then rename); returns
        the number of entries written."""
        from quotemark.library.export import ExportOptions, entry_count, export, write_atomic

        citations = self.citations(scope)
        options = ExportOptions(posts_only=posts_only)
        text = export(fmt, citations, options)
        write_atomic(path, text)
        return entry_count(citations, options)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
