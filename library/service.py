"""The facade the GUI and the command line use: the only door into the core.

Every mutation returns a :class:`~library.model.Change` describing what it
changed so views update just that. Every method raises
:class:`~library.errors.QuotemarkError` subclasses for situations a user can
fix, with a message saying what to do.

A :class:`Library` object belongs to the thread that opened it (SQLite
connections do); a worker thread opens its own on the same file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from library.model import (
    Change,
    Citation,
    Clip,
    Post,
    PostSummary,
    SourceKind,
    Span,
)


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


class Library:
    """A Quotemark library: one SQLite file."""

    @classmethod
    def open(cls, path: Path | None = None) -> Library:
        """Open (creating or migrating) the library at ``path``, by default
        :func:`library.paths.library_file`."""
        raise NotImplementedError

    def close(self) -> None:
        """Close the database."""
        raise NotImplementedError

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
        raise NotImplementedError

    def import_sample(self) -> ImportResult:
        """Import the sample post that ships with Quotemark."""
        raise NotImplementedError

    # -- reading -------------------------------------------------------

    def posts(self, *, tag: str | None = None, source_id: int | None = None) -> list[PostSummary]:
        """The library's posts, newest import first, optionally only those
        with clips tagged ``tag`` or citing source ``source_id``."""
        raise NotImplementedError

    def post_summary(self, post_id: int) -> PostSummary:
        """One post's library row."""
        raise NotImplementedError

    def post(self, post_id: int) -> Post:
        """A post with its blocks, analysis and resources."""
        raise NotImplementedError

    def search(self, query: str, *, limit: int = 200) -> list[SearchHit]:
        """Full-text search over titles, text and clips. Any user-typed
        string is accepted (it is never passed to FTS as syntax)."""
        raise NotImplementedError

    def sources(self, *, post_id: int | None = None) -> list[SourceSummary]:
        """Sources of one post, or of the whole library."""
        raise NotImplementedError

    def citing(self, source_id: int) -> list[SourceCitation]:
        """Every place in the library that cites a source."""
        raise NotImplementedError

    # -- clips ---------------------------------------------------------

    def clip(
        self, post_id: int, span: Span, *, note: str = "", tags: Sequence[str] = ()
    ) -> tuple[Clip, Change]:
        """Keep a passage. The clip takes the speaker of the quotation the
        span lies in, its paragraph locator, and a new citation key."""
        raise NotImplementedError

    def clips(self, *, post_id: int | None = None, tag: str | None = None) -> list[Clip]:
        """Clips, oldest first, of one post, one tag, or all."""
        raise NotImplementedError

    def get_clip(self, clip_id: int) -> Clip:
        """One clip."""
        raise NotImplementedError

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
        raise NotImplementedError

    def delete_clips(self, clip_ids: Sequence[int]) -> tuple[list[Clip], Change]:
        """Delete clips; returns them so :meth:`restore_clips` can undo."""
        raise NotImplementedError

    def restore_clips(self, clips: Sequence[Clip]) -> Change:
        """Put deleted clips back with their ids and keys (undo)."""
        raise NotImplementedError

    def tags(self) -> list[str]:
        """Every tag in use, sorted."""
        raise NotImplementedError

    # -- posts ---------------------------------------------------------

    def delete_post(self, post_id: int, *, force: bool = False) -> tuple[DeletedPost, Change]:
        """Delete a post. A post with clips needs ``force=True``."""
        raise NotImplementedError

    def restore_post(self, deleted: DeletedPost) -> Change:
        """Undo :meth:`delete_post`."""
        raise NotImplementedError

    def set_post_key(self, post_id: int, key: str) -> Change:
        """Change a post's citation key (checked for form and uniqueness)."""
        raise NotImplementedError

    def reextract(
        self,
        post_ids: Sequence[int] | None = None,
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> Change:
        """Run the current extractor and analysis again on stored originals,
        keeping every clip (found again by its exact text) and every key."""
        raise NotImplementedError

    # -- export --------------------------------------------------------

    def citations(self, scope: ExportScope | None = None) -> list[Citation]:
        """What an export of ``scope`` contains: for each post, its post
        citation followed by its clips' citations."""
        raise NotImplementedError

    def export(
        self, fmt: str, *, scope: ExportScope | None = None, posts_only: bool = False
    ) -> str:
        """Render the scope in a registered export format."""
        raise NotImplementedError

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
        raise NotImplementedError
