"""Where a source is cited: the rows of the Sources tab's lower list (no widgets).

A row is built from the post's own mentions (``post_rows``, without a
library or for a post it does not hold) or from every citation the library
knows (``citing_rows``, ``Library.citing``); ``heading`` is the line above
them. ``linked_documents`` names the documents a post links to on each
linked site (the library keeps one source per site; a researcher cites the
document: "the minutes", "a letter to the board").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from quotemark.app.rich_text import escape
from quotemark.library.errors import QuotemarkError
from quotemark.library.model import MentionKind, Post, Span, paragraph_numbers
from quotemark.library.quoting import inner_quotes

if TYPE_CHECKING:
    from quotemark.app.controller import Controller

CONTEXT_CHARS = 60


@dataclass(frozen=True, slots=True)
class CitationRow:
    """One row of the lower list: where to go and what to show."""

    post_id: int
    span: Span
    title: str
    detail: str


def context(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> str:
    """The words around ``text[start:end]``, trimmed to about ``width``
    characters each side, on one line."""
    before = text[max(0, start - width) : start]
    after = text[end : end + width]
    lead = "…" if start - width > 0 else ""
    tail = "…" if end + width < len(text) else ""
    if lead and not text[start - width - 1].isspace():
        before = before.split(" ", 1)[-1]  # a cut word is dropped
    if tail and not text[end + width].isspace():
        after = after.rsplit(" ", 1)[0]
    return (lead + before + text[start:end] + after + tail).replace("\u2028", " ")


@dataclass(frozen=True, slots=True)
class LinkedDocument:
    """A document the post links to on a linked site: the words of its
    first link ("the minutes"), its address and how many links go to it."""

    url: str
    text: str
    links: int


def link_url(post: Post, span: Span) -> str | None:
    """The address (without its #fragment: one document) of the post's
    hyperlink at ``span``; None when no link starts there."""
    if not 0 <= span.block < len(post.blocks):
        return None
    offset = span.start.offset
    for link in post.blocks[span.block].links:
        if link.start <= offset < max(link.end, link.start + 1):
            return link.url.split("#", 1)[0]
    return None


def linked_documents(post: Post) -> dict[int, list[LinkedDocument]]:
    """The documents the post's links go to, by the source number of their
    linked site: one per address, in the order first linked. (One pass over
    the mentions for every site, not one per site.)"""
    by_source: dict[int, dict[str, LinkedDocument]] = {}
    for mention in post.analysis.mentions:
        if mention.kind is not MentionKind.LINK:
            continue
        url = link_url(post, mention.span)
        if url is None:
            continue
        found = by_source.setdefault(mention.source, {})
        seen = found.get(url)
        if seen is not None:
            found[url] = LinkedDocument(url, seen.text, seen.links + 1)
            continue
        # The link's words; a bare link is named by its address.
        words = " ".join(mention.span.text.split())
        found[url] = LinkedDocument(url, words or url.split("://", 1)[-1], 1)
    return {source: list(found.values()) for source, found in by_source.items()}


def post_rows(post: Post, source: int, url: str | None = None) -> list[CitationRow]:
    """The post's own mentions of its source number ``source`` (only its
    links to the document at ``url``, when given)."""
    numbers = paragraph_numbers(post.blocks)
    rows: list[CitationRow] = []
    for mention in post.analysis.mentions:
        if mention.source != source:
            continue
        if url is not None and link_url(post, mention.span) != url:
            continue
        span = mention.span
        if not 0 <= span.block < len(post.blocks):
            continue
        text = post.blocks[span.block].text
        end = span.end.offset if span.end.block == span.block else len(text)
        number = numbers[span.block]
        where = f"¶ {number}" if number is not None else "heading"
        rows.append(
            CitationRow(
                post.id,
                span,
                f"{where} · {mention.kind.value.replace('_', ' ')}",
                context(text, span.start.offset, end),
            )
        )
    return rows


def citing_rows(
    lib: Controller | None, source_id: int, post_id: int | None
) -> list[CitationRow] | None:
    """Every citation of the library's source ``source_id`` (``post_id``'s
    marked as this post's), or None when the library cannot say."""
    if lib is None:
        return None
    try:
        citations = lib.citing(source_id)
    except QuotemarkError:
        return None
    rows: list[CitationRow] = []
    for citation in citations:
        if citation.quote_text:
            said = f" — {citation.speaker}" if citation.speaker else ""
            # A partial quotation is its clause, its own marks inside: those
            # become single ones ("“the crossings were ‘not viable.’”"), as
            # the exports quote a clip; kept, they doubled: ““everyone …””.
            detail = f"\u201c{inner_quotes(citation.quote_text)}\u201d{said}"
        else:
            detail = citation.span.text
        title = citation.post_title or "(untitled post)"
        if citation.post_id == post_id:
            title += " (this post)"
        rows.append(CitationRow(citation.post_id, citation.span, title, detail))
    return rows


def heading(name: str, rows: list[CitationRow], *, across: bool, maker: str | None) -> str:
    """The line above the citations (rich text): the source, how often it
    is cited, and in how many posts when ``across`` the library."""
    posts = len({row.post_id for row in rows})
    where = f"in {posts} post{'s' if posts != 1 else ''}" if across else "in this post"
    # A colleague's rename or merge is named, so a source that reads
    # differently from yesterday is explained (one's own is not).
    corrected = f"<br>Corrected by {escape(maker)}." if maker else ""
    return (
        f"<b>{escape(name)}</b> is cited {len(rows)} time{'s' if len(rows) != 1 else ''} "
        f"{where}.{corrected}"
    )
