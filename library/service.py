"""The facade the GUI and the command line use: the only door into the core.

Every mutation returns a :class:`~library.model.Change` describing what it
changed so views update just that. Every method raises
:class:`~library.errors.QuotemarkError` subclasses for situations a user can
fix, with a message saying what to do.

A :class:`Library` object belongs to the thread that opened it (SQLite
connections do); a worker thread opens its own on the same file.
"""

from __future__ import annotations

import functools
import logging
import sqlite3
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Concatenate, ParamSpec, Protocol, TypeVar

from library import keys, paths
from library.errors import InvalidKey, LibraryError, NotFound, PostHasClips, QuotemarkError
from library.model import (
    Analysis,
    Change,
    Citation,
    Clip,
    Position,
    Post,
    PostSummary,
    SourceKind,
    Span,
    paragraph_locator,
    paragraph_numbers,
)
from library.store import anchors, batch, codec, db, deletion, schema
from library.store import citations as store_citations
from library.store import clips as store_clips
from library.store import listing as store_listing
from library.store import posts as store_posts
from library.store import search as store_search
from library.store import sources as store_sources
from library.store.db import DEFAULT_TIMEOUT
from library.store.listing import Listing
from library.store.reextract import innermost_quote, reextract_one

if TYPE_CHECKING:
    from library.pipeline import Processed

log = logging.getLogger(__name__)


class CancelToken(Protocol):
    """Anything with ``is_set()``; :class:`threading.Event` is one."""

    def is_set(self) -> bool: ...


ProgressCallback = Callable[[int, int, str], None]
"""Called as ``progress(done, total, current_path)`` during long work."""


class ImportStatus(StrEnum):
    """How one input of an import ended."""

    IMPORTED = "imported"
    DUPLICATE = "duplicate"  # already in the library: post_id is the existing post
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class ImportResult:
    """One input of an import: its path, what happened, and the post."""

    path: str
    status: ImportStatus
    post_id: int | None = None
    title: str = ""
    message: str = ""


@dataclass(frozen=True, slots=True)
class ImportReport:
    """Every input's result, in input order, and the change to the library."""

    results: tuple[ImportResult, ...]
    change: Change = field(default_factory=Change)

    @property
    def failed(self) -> tuple[ImportResult, ...]:
        """The inputs that could not be imported."""
        return tuple(r for r in self.results if r.status is ImportStatus.FAILED)


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A post matching a full-text search, with a highlighted snippet
    (matches wrapped in ``[`` ``]``)."""

    post: PostSummary
    snippet: str


@dataclass(frozen=True, slots=True)
class SourceSummary:
    """A source as listed in the Sources view."""

    id: int
    name: str
    kind: SourceKind
    url: str | None
    post_count: int
    mention_count: int


@dataclass(frozen=True, slots=True)
class SourceCitation:
    """One place a source is cited: the post, the span of the mention, and
    the quotation the mention credits, if any."""

    post_id: int
    post_title: str
    span: Span
    quote_text: str | None = None
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class ExportScope:
    """What to export: everything, one tag, or chosen posts and clips."""

    tag: str | None = None
    post_ids: tuple[int, ...] | None = None
    clip_ids: tuple[int, ...] | None = None


@dataclass(frozen=True, slots=True)
class DeletedPost:
    """What :meth:`Library.delete_post` removed, enough for
    :meth:`Library.restore_post` to put it back exactly (same ids, keys)."""

    post_id: int
    payload: bytes


@dataclass(frozen=True, slots=True)
class ReextractReport:
    """What :meth:`Library.reextract_posts` did: the change, and one message
    per post that could not be re-extracted (``failed``: left as they were)
    or whose clip text was not found again (``lost_clips``: they keep their
    old place and are never deleted)."""

    change: Change
    messages: tuple[str, ...] = ()
    lost_clips: tuple[int, ...] = ()
    failed: tuple[int, ...] = ()


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _guarded(
    method: Callable[Concatenate[Library, _P], _R],
) -> Callable[Concatenate[Library, _P], _R]:
    """Reads report SQLite trouble (a library locked by a migration in
    another Quotemark, a damaged file) as :class:`LibraryError`."""

    def guarded(self: Library, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as error:
            raise db.translate(error, self.path) from error

    functools.update_wrapper(guarded, method)
    return guarded


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


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

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        """Use :meth:`open`."""
        self._conn = conn
        self._path = path
        self._seen_version = self._data_version()

    def _data_version(self) -> int:
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    @_guarded
    def changed_elsewhere(self) -> bool:
        """Whether another connection (a second Quotemark, the command line,
        this app's import worker) committed a change since the last call:
        a view can reload then (for example when the window is activated)."""
        current = self._data_version()
        changed = current != self._seen_version
        self._seen_version = current
        return changed

    @classmethod
    def open(cls, path: Path | None = None, *, timeout: float = DEFAULT_TIMEOUT) -> Library:
        """Open (creating or migrating) the library at ``path``, by default
        :func:`library.paths.library_file`. ``timeout`` is how long a write
        waits for another Quotemark before :class:`LibraryLocked`."""
        target = Path(path) if path is not None else paths.library_file()
        conn = db.connect(target, timeout=timeout)
        try:
            schema.migrate(conn, target, paths.backups_dir())
        except sqlite3.Error as error:
            conn.close()
            raise db.translate(error, target) from error
        except BaseException:
            conn.close()
            raise
        return cls(conn, target)

    @property
    def path(self) -> Path:
        """The database file."""
        return self._path

    def close(self) -> None:
        """Close the database."""
        self._conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _write(self) -> AbstractContextManager[sqlite3.Connection]:
        return db.transaction(self._conn, self._path)

    # -- import --------------------------------------------------------

    @_guarded
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
        from library.importers import discover

        # (shown path, file to process or None, message when it cannot be)
        inputs: list[tuple[str, Path | None, str]] = []
        for given in paths:
            given = Path(given)
            try:
                found = list(discover([given]))
            except QuotemarkError as error:
                inputs.append((str(given), None, error.message))
                continue
            except OSError as error:
                inputs.append((str(given), None, f"{given}: {error.strerror or error}"))
                continue
            if not found:
                inputs.append((str(given), None, f"{given}: no saved posts found in it."))
            inputs.extend((str(f), f, "") for f in found)
        files = [f for _, f, _ in inputs if f is not None]
        results: list[ImportResult] = []
        added: list[int] = []
        done = 0
        total = len(inputs)
        processed = batch.process_all(files)
        try:
            for shown, file, message in inputs:
                if cancel is not None and cancel.is_set():
                    results.append(ImportResult(shown, ImportStatus.CANCELLED))
                    continue
                if file is None:
                    results.append(ImportResult(shown, ImportStatus.FAILED, message=message))
                else:
                    result = self.store_processed(shown, next(processed))
                    results.append(result)
                    if result.status is ImportStatus.IMPORTED and result.post_id is not None:
                        added.append(result.post_id)
                done += 1
                if progress is not None:
                    progress(done, total, shown)
        finally:
            processed.close()
        return ImportReport(tuple(results), Change(posts_added=tuple(added)))

    def store_processed(
        self, shown: str, outcome: Processed | batch.Prepared | BaseException
    ) -> ImportResult:
        """Store one pipeline result (or report the error it raised) as
        :meth:`import_paths` does for each file: duplicate check, key, one
        transaction. Benchmarks and tests that ran the pipeline themselves
        use it directly."""
        if isinstance(outcome, QuotemarkError):
            return ImportResult(shown, ImportStatus.FAILED, message=outcome.message)
        if isinstance(outcome, BaseException):
            log.error("importing %s failed", shown, exc_info=outcome)
            return ImportResult(
                shown,
                ImportStatus.FAILED,
                message=f"{shown}: Quotemark could not import it because of an internal "
                f"error ({type(outcome).__name__}: {outcome}). Please report this bug.",
            )
        packed = None
        if isinstance(outcome, batch.Prepared):
            packed = outcome.packed
            outcome = outcome.processed
        meta = outcome.article.metadata
        try:
            with self._write() as conn:
                existing = store_posts.find_duplicate(
                    conn, meta.url or outcome.raw.url, outcome.content_hash
                )
                if existing is not None:
                    title = conn.execute(
                        "SELECT title FROM posts WHERE id = ?", (existing,)
                    ).fetchone()[0]
                    return ImportResult(
                        shown,
                        ImportStatus.DUPLICATE,
                        existing,
                        title,
                        f"already in the library (id {existing})",
                    )
                key = deletion.retired_key(
                    conn, meta.url or outcome.raw.url, outcome.content_hash
                ) or keys.unique_key(keys.base_key(meta), store_posts.key_checker(conn))
                new = store_posts.NewPost(
                    outcome.raw,
                    outcome.article,
                    outcome.analysis,
                    outcome.content_hash,
                    Path(shown).name,
                    _now(),
                    packed,
                )
                post_id = store_posts.insert_post(conn, new, key)
        except LibraryError as error:
            return ImportResult(shown, ImportStatus.FAILED, message=error.message)
        return ImportResult(shown, ImportStatus.IMPORTED, post_id, meta.title)

    def import_sample(self) -> ImportResult:
        """Import the sample post that ships with Quotemark."""
        samples = resources.files("resources") / "samples"
        if isinstance(samples, Path):
            return self.import_paths([samples / SAMPLE]).results[0]
        with tempfile.TemporaryDirectory(prefix="quotemark-sample-") as folder:
            target = Path(folder)
            _copy_tree(samples, target)
            return self.import_paths([target / SAMPLE]).results[0]

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
        try:
            yield from store_listing.stream(self._conn, listing or Listing())
        except sqlite3.Error as error:
            raise db.translate(error, self._path) from error

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
        return post

    @_guarded
    def search(self, query: str, *, limit: int = 200) -> list[SearchHit]:
        """Full-text search over titles, text and clips. Any user-typed
        string is accepted (it is never passed to FTS as syntax)."""
        found = store_search.search(self._conn, query, limit)
        rows = store_posts.summaries_by_id(self._conn, [post_id for post_id, _ in found])
        return [SearchHit(rows[i], snippet) for i, snippet in found if i in rows]

    @_guarded
    def sources(self, *, post_id: int | None = None) -> list[SourceSummary]:
        """Sources of one post, or of the whole library. For one post,
        ``mention_count`` counts that post's mentions and ``post_count``
        stays library-wide."""
        return [
            SourceSummary(i, name, SourceKind(kind), url, posts, mentions)
            for i, name, kind, url, posts, mentions in store_sources.list_sources(
                self._conn, post_id
            )
        ]

    @_guarded
    def citing(self, source_id: int) -> list[SourceCitation]:
        """Every place in the library that cites a source."""
        analyses: dict[int, Analysis] = {}
        cited: list[SourceCitation] = []
        for post_id, title, span, blob in store_sources.citing(self._conn, source_id):
            if post_id not in analyses:
                analyses[post_id] = codec.analysis_from_json(codec.unpack(blob))
            quote = store_sources.credited_quote(analyses[post_id], span)
            cited.append(
                SourceCitation(
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
                raise QuotemarkError(
                    f"The text {_short(text)!r} is not in post {post_id} "
                    f"({_short(post.metadata.title)}). Copy it exactly as the post has it."
                )
            return found
        if quote is not None:
            count = len(post.analysis.quotes)
            if not 1 <= quote <= count:
                raise QuotemarkError(
                    f"Post {post_id} has {count} quotation(s); there is no quotation "
                    f"{quote}. See them with: quotemark show {post_id}"
                )
            return post.analysis.quotes[quote - 1].span
        if paragraph is not None:
            numbers = paragraph_numbers(post.blocks)
            if paragraph in numbers:
                index = numbers.index(paragraph)
                block = post.blocks[index]
                return Span(Position(index, 0), Position(index, len(block.text)), block.text)
            count = max((n for n in numbers if n is not None), default=0)
            raise QuotemarkError(
                f"Post {post_id} has {count} paragraph(s); there is no paragraph {paragraph}."
            )
        raise QuotemarkError("Say what to clip: a text, a quotation number or a paragraph.")

    def clip(
        self, post_id: int, span: Span, *, note: str = "", tags: Sequence[str] = ()
    ) -> tuple[Clip, Change]:
        """Keep a passage. The clip takes the speaker of the quotation the
        span lies in, its paragraph locator, and a new citation key.
        Whitespace at the ends of the selection is left out."""
        post = self.post(post_id)
        if not anchors.is_valid(post.blocks, span.start, span.end):
            raise QuotemarkError(
                f"The selection is not inside post {post_id}; select the passage again."
            )
        exact = anchors.trimmed(post.blocks, span.start, span.end)
        if exact is None:
            raise QuotemarkError("The selection holds no text to clip.")
        quote_index = innermost_quote(post.analysis, exact)
        speaker = post.analysis.quotes[quote_index].speaker if quote_index is not None else None
        with self._write() as conn:
            post_key, number = conn.execute(
                "SELECT key, next_clip FROM posts WHERE id = ?", (post_id,)
            ).fetchone()
            key = keys.clip_key(post_key, number)
            while store_posts.key_taken(conn, key):
                number += 1
                key = keys.clip_key(post_key, number)
            conn.execute("UPDATE posts SET next_clip = ? WHERE id = ?", (number + 1, post_id))
            new = Clip(
                id=0,
                post_id=post_id,
                key=key,
                span=exact,
                speaker=speaker.name if speaker else None,
                role=speaker.role if speaker else None,
                quote_index=quote_index,
                paragraph=paragraph_locator(post.blocks, exact.start.block),
                note=note,
                tags=store_clips.clean_tags(tags),
                created=_now(),
            )
            clip_id = store_clips.insert(conn, new, with_id=False)
            store_clips.refresh_index(conn, post_id)
        return replace(new, id=clip_id), Change(clips_added=(clip_id,), posts_changed=(post_id,))

    @_guarded
    def clips(self, *, post_id: int | None = None, tag: str | None = None) -> list[Clip]:
        """Clips, oldest first, of one post, one tag, or all."""
        return store_clips.select(self._conn, post_id=post_id, tag=tag)

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
        current = self.get_clip(clip_id)
        new_key = keys.check_key(key) if key is not None else None
        with self._write() as conn:
            if new_key is not None and new_key != current.key:
                self._check_free(conn, new_key, clip_id=clip_id)
                conn.execute("UPDATE clips SET key = ? WHERE id = ?", (new_key, clip_id))
            if note is not None:
                conn.execute("UPDATE clips SET note = ? WHERE id = ?", (note, clip_id))
                store_clips.refresh_index(conn, current.post_id)
            if tags is not None:
                store_clips.set_tags(conn, clip_id, tags)
        return Change(clips_changed=(clip_id,))

    def _check_free(
        self, conn: sqlite3.Connection, key: str, *, clip_id: int = 0, post_id: int = 0
    ) -> None:
        row = conn.execute(
            "SELECT 'post', id, title FROM posts WHERE key = ? AND id != ?"
            " UNION ALL SELECT 'clip', id, text FROM clips WHERE key = ? AND id != ?",
            (key, post_id, key, clip_id),
        ).fetchone()
        if row is not None:
            raise InvalidKey(
                f"The citation key {key!r} is already used by {row[0]} {row[1]} "
                f"({_short(row[2])}). Keys must be unique (ignoring case): choose another."
            )

    def delete_clips(self, clip_ids: Sequence[int]) -> tuple[list[Clip], Change]:
        """Delete clips; returns them so :meth:`restore_clips` can undo."""
        found = store_clips.select(self._conn, ids=list(dict.fromkeys(clip_ids)))
        missing = set(clip_ids) - {c.id for c in found}
        if missing:
            raise _not_found("clip", min(missing))
        posts = sorted({c.post_id for c in found})
        with self._write() as conn:
            conn.executemany("DELETE FROM clips WHERE id = ?", [(c.id,) for c in found])
            for post_id in posts:
                store_clips.refresh_index(conn, post_id)
        change = Change(clips_removed=tuple(c.id for c in found), posts_changed=tuple(posts))
        return found, change

    def restore_clips(self, clips: Sequence[Clip]) -> Change:
        """Put deleted clips back with their ids and keys (undo)."""
        posts = sorted({c.post_id for c in clips})
        with self._write() as conn:
            for post_id in posts:
                if conn.execute("SELECT 1 FROM posts WHERE id = ?", (post_id,)).fetchone() is None:
                    raise _not_found("post", post_id)
            for clip in clips:
                if conn.execute("SELECT 1 FROM clips WHERE id = ?", (clip.id,)).fetchone():
                    raise QuotemarkError(f"Clip {clip.id} is already in the library.")
                self._check_free(conn, clip.key, clip_id=clip.id)
                store_clips.insert(conn, clip, with_id=True)
            for post_id in posts:
                store_clips.refresh_index(conn, post_id)
        return Change(clips_added=tuple(c.id for c in clips), posts_changed=tuple(posts))

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

    # -- posts ---------------------------------------------------------

    def delete_post(self, post_id: int, *, force: bool = False) -> tuple[DeletedPost, Change]:
        """Delete a post. A post with clips needs ``force=True``
        (:class:`PostHasClips` otherwise)."""
        summary = self.post_summary(post_id)
        if summary.clip_count and not force:
            raise PostHasClips(
                f"Post {post_id} ({_short(summary.title)}) has {summary.clip_count} "
                "clip(s). Deleting the post deletes them too; confirm to go on "
                "(on the command line: --force)."
            )
        clip_ids = tuple(c.id for c in self.clips(post_id=post_id))
        with self._write() as conn:
            payload = deletion.snapshot(conn, post_id)
            deletion.delete(conn, post_id)
        change = Change(posts_removed=(post_id,), clips_removed=clip_ids)
        return DeletedPost(post_id, payload), change

    def restore_post(self, deleted: DeletedPost) -> Change:
        """Undo :meth:`delete_post`: the post and its clips come back with
        their ids and keys."""
        with self._write() as conn:
            if conn.execute("SELECT 1 FROM posts WHERE id = ?", (deleted.post_id,)).fetchone():
                raise QuotemarkError(f"Post {deleted.post_id} is already in the library.")
            try:
                post_id, clip_ids = deletion.restore(conn, deleted.payload)
            except sqlite3.IntegrityError as error:
                raise InvalidKey(
                    f"Post {deleted.post_id} cannot come back: its citation key or one of "
                    f"its clips' keys is now used by another entry ({error})."
                ) from error
        return Change(posts_added=(post_id,), clips_added=tuple(clip_ids))

    def set_post_key(self, post_id: int, key: str) -> Change:
        """Change a post's citation key (checked for form and uniqueness).
        Its clips keep their keys."""
        self.post_summary(post_id)
        new_key = keys.check_key(key)
        with self._write() as conn:
            self._check_free(conn, new_key, post_id=post_id)
            conn.execute("UPDATE posts SET key = ? WHERE id = ?", (new_key, post_id))
        return Change(posts_changed=(post_id,))

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

    @_guarded
    def reextract_posts(
        self,
        post_ids: Sequence[int] | None = None,
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> ReextractReport:
        """:meth:`reextract` with a message for each post that failed and each
        clip whose text is gone (kept at its old place, never deleted)."""
        ids = (
            list(post_ids)
            if post_ids is not None
            else [int(r[0]) for r in self._conn.execute("SELECT id FROM posts ORDER BY id")]
        )
        changed: list[int] = []
        clips_changed: list[int] = []
        lost: list[int] = []
        failed: list[int] = []
        messages: list[str] = []
        for done, post_id in enumerate(ids, 1):
            if cancel is not None and cancel.is_set():
                messages.append("Cancelled: the remaining posts were left as they were.")
                break
            outcome = reextract_one(self._conn, self._path, post_id)
            if outcome.message:
                messages.append(outcome.message)
            if outcome.changed:
                changed.append(post_id)
                clips_changed.extend(outcome.clips_moved)
            else:
                failed.append(post_id)
            lost.extend(outcome.clips_lost)
            if progress is not None:
                progress(done, len(ids), outcome.title)
        change = Change(posts_changed=tuple(changed), clips_changed=tuple(clips_changed))
        return ReextractReport(change, tuple(messages), tuple(lost), tuple(failed))

    @_guarded
    def reimport(self, post_id: int, path: Path) -> ReextractReport:
        """Replace a post's stored original with a newer save of it (the
        same post saved again, or saved better), keeping its id, key and
        clips (found again by their exact text, as :meth:`reextract` does).
        The file must read as an article; otherwise nothing changes."""
        from library.pipeline import process

        self.post_summary(post_id)
        outcome = reextract_one(self._conn, self._path, post_id, process(Path(path)))
        lost = tuple(outcome.clips_lost)
        messages = (outcome.message,) if outcome.message else ()
        if not outcome.changed:
            return ReextractReport(Change(), messages, lost, (post_id,))
        change = Change(posts_changed=(post_id,), clips_changed=tuple(outcome.clips_moved))
        return ReextractReport(change, messages, lost)

    # -- export --------------------------------------------------------

    @_guarded
    def citations(self, scope: ExportScope | None = None) -> list[Citation]:
        """What an export of ``scope`` contains: for each post, its post
        citation followed by its clips' citations. A tag keeps only the
        clips with that tag (and their posts); chosen posts come with all
        their clips; chosen clips with their posts."""
        scope = scope or ExportScope()
        return store_citations.build(
            self._conn, tag=scope.tag, post_ids=scope.post_ids, clip_ids=scope.clip_ids
        )

    def export(
        self, fmt: str, *, scope: ExportScope | None = None, posts_only: bool = False
    ) -> str:
        """Render the scope in a registered export format."""
        from library.export import ExportOptions, export

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
        from library.export import ExportOptions, entry_count, export, write_atomic

        citations = self.citations(scope)
        options = ExportOptions(posts_only=posts_only)
        text = export(fmt, citations, options)
        write_atomic(path, text)
        return entry_count(citations, options)


SAMPLE = "night-ferry.html"
"""The sample post in ``resources/samples`` (with its ``_files`` folder)."""


def _copy_tree(source: Traversable, target: Path) -> None:
    for entry in source.iterdir():
        if entry.is_dir():
            (target / entry.name).mkdir()
            _copy_tree(entry, target / entry.name)
        else:
            (target / entry.name).write_bytes(entry.read_bytes())


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
