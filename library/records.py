"""Values the library's read methods return: search hits, sources and
where they are cited, and what an export covers. (Kept apart from the
service so views can name them without reaching for the library itself.)"""

from __future__ import annotations

from dataclasses import dataclass, field

from quotemark.library.model import Change, PostSummary, SourceKind, Span


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
class CollectionInfo:
    """A collection as the tree shows it: its parent (``None`` at the top),
    its name, its path from the top (``Reading/Climate``) and how many posts
    it holds itself (not counting its subcollections)."""

    id: int
    parent_id: int | None
    name: str
    path: str
    post_count: int


@dataclass(frozen=True, slots=True)
class RepairReport:
    """What :meth:`~quotemark.library.service.Library.repair` did (kept
    here, not in the service: listing posts needs no dataclass, issue 15)."""

    indexed: int
    """Posts written to the rebuilt search index."""
    reextracted: tuple[int, ...] = ()
    """Damaged posts rebuilt from their stored originals."""
    messages: tuple[str, ...] = ()
    change: Change = field(default_factory=Change)
