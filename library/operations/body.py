"""Corrections of a post's body: a passage the extractor dropped added back
from the stored original page, a passage it kept (page chrome) removed.

Each stores a body override (:mod:`quotemark.library.store.body`) and
re-extracts the post from its stored original in the same transaction, so
the override is applied exactly as a later re-extraction applies it: the
quotes are found again in the corrected body, clips are found again by
their text, and the post's row, search index and mentions read the body the
researcher sees. :class:`PutBody` is the one mechanism; its inverse is the
same operation with the rows swapped.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from quotemark.library.errors import InvalidCorrection
from quotemark.library.model import Block, Position
from quotemark.library.operations.base import Operation, OpResult, Session, not_found, now
from quotemark.library.operations.conflicts import body_fingerprint, check_body
from quotemark.library.operations.posts import reextract_post
from quotemark.library.quoting import short
from quotemark.library.store import anchors
from quotemark.library.store import body as store_body
from quotemark.library.store import corrections as store
from quotemark.library.store import posts as store_posts


@dataclass(frozen=True, slots=True)
class BodyResult:
    """What a body correction did: the override rows stored, and a message
    when clips lost their text (they keep their place, never deleted)."""

    ids: tuple[int, ...]
    message: str = ""


@dataclass(frozen=True, slots=True)
class PutBody(Operation[BodyResult]):
    """Take away the body override rows ``remove``, store ``add`` (with
    their ids when they have them), and rebuild the post's body from its
    stored original with the overrides now in effect."""

    kind = "correct_body"
    post_id: int
    remove: tuple[int, ...] = ()
    add: tuple[store.Row, ...] = ()
    label: str = "Correct the body"
    seen_body: str | None = None
    """The body the correction started from
    (:func:`~quotemark.library.operations.conflicts.body_fingerprint`): a
    body someone else changed meanwhile refuses it; None: not checked."""

    def apply(self, session: Session) -> OpResult[BodyResult]:
        """One transaction: the rows, then the post extracted again."""
        conn = session.conn
        _blocks(conn, self.post_id)
        check_body(conn, self.post_id, self.seen_body)
        removed = store.rows_by_id(conn, self.remove)
        if len(removed) != len(set(self.remove)) or any(
            r.post_id != self.post_id or r.kind not in store_body.KINDS for r in removed
        ):
            raise InvalidCorrection(
                f"A body correction of post {self.post_id} was changed elsewhere meanwhile; "
                "nothing was changed."
            )
        added: list[int] = []

        def put(conn: sqlite3.Connection) -> None:
            # Checked again holding the write lock: nothing changes between
            # this check and the write.
            check_body(conn, self.post_id, self.seen_body)
            added.clear()  # a retried transaction starts again
            store.delete(conn, self.remove)
            added.extend(store.insert(conn, row, session.who) for row in self.add)

        outcome, before, change = reextract_post(session, self.post_id, None, put)
        if before is None:
            raise InvalidCorrection(
                f"Post {self.post_id}: the body could not be corrected, nothing was changed. "
                f"{outcome.message}".strip()
            )
        undo = PutBody(self.post_id, tuple(added), tuple(removed), self.label)
        return OpResult(self.label, change, undo, BodyResult(tuple(added), outcome.message))


def _check_seen(
    blocks: tuple[Block, ...], seen: str | None, conn: sqlite3.Connection, post_id: int
) -> None:
    # Before working anything out from the body: a selection made in an
    # older body could name other words in this one.
    if seen is not None and body_fingerprint(blocks) != seen:
        check_body(conn, post_id, seen)


def _blocks(conn: sqlite3.Connection, post_id: int) -> tuple[Block, ...]:
    blocks = store_posts.load_blocks(conn, post_id)
    if blocks is None:
        raise not_found("post", post_id)
    return blocks


@dataclass(frozen=True, slots=True)
class AddPassage(Operation[BodyResult]):
    """Add a passage of the stored original page back to the body (``text``
    as it reads there; a line break starts a new paragraph), where it
    stands in the page's order."""

    kind = "correct_body"
    post_id: int
    text: str
    seen_body: str | None = None
    """The body as shown (see :attr:`PutBody.seen_body`)."""

    def apply(self, session: Session) -> OpResult[BodyResult]:
        """Check the passage against the original, place it, store it."""
        # (Imported here: the extraction loads the analysis, which the
        # window does not load before a post is read.)
        from quotemark.library.extract.original import in_page, original_page, place

        conn = session.conn
        blocks = _blocks(conn, self.post_id)
        _check_seen(blocks, self.seen_body, conn, self.post_id)
        passage = store_body.paragraphs(self.text)
        if not passage:
            raise InvalidCorrection(
                f"Post {self.post_id}: there is no text to add; give the passage as it "
                "reads in the original page."
            )
        joined = "\n".join(passage)
        raw = store_posts.load_raw(conn, self.post_id)
        if raw is None:
            raise not_found("post", self.post_id)
        page = original_page(raw)
        if not in_page(page.text, joined):
            raise InvalidCorrection(
                f"Post {self.post_id}: “{short(joined)}” is not in its stored original page "
                f"({raw.path}); only text of the page can be added back, exactly as it reads."
            )
        if store_body.contains(blocks, passage):
            raise InvalidCorrection(
                f"Post {self.post_id}: “{short(joined)}” is already in the body; nothing "
                "was changed."
            )
        at = place(page.text, blocks, joined)
        assert at is not None  # in_page said the passage is there
        after = blocks[at - 1].text if at > 0 else ""
        near = anchors.starts(blocks)[at - 1] + len(after) + 1 if at > 0 else 0
        row = store.Row(
            0, self.post_id, store_body.ADD, joined, near, {"fits": True}, {"after": after}, now()
        )
        label = f"Add to the body: {short(joined, 40)}"
        return PutBody(self.post_id, add=(row,), label=label, seen_body=self.seen_body).apply(
            session
        )


@dataclass(frozen=True, slots=True)
class RemovePassage(Operation[BodyResult]):
    """Remove ``start``..``end`` of the body (page chrome the extractor
    kept); whole paragraphs go, part of one leaves the rest of it."""

    kind = "correct_body"
    post_id: int
    start: Position
    end: Position
    seen_body: str | None = None
    """The body the positions are in, as shown (see
    :attr:`PutBody.seen_body`): in a body someone else changed meanwhile
    they could name other words."""

    def apply(self, session: Session) -> OpResult[BodyResult]:
        """Store the removal, anchored by the exact text."""
        blocks = _blocks(session.conn, self.post_id)
        _check_seen(blocks, self.seen_body, session.conn, self.post_id)
        if not anchors.is_valid(blocks, self.start, self.end):
            raise InvalidCorrection(
                f"Post {self.post_id}: that selection is not in the post's body; nothing "
                "was changed."
            )
        span = anchors.trimmed(blocks, self.start, self.end)
        if span is None:
            raise InvalidCorrection(
                f"Post {self.post_id}: the selection is only white space; nothing was changed."
            )
        near = anchors.offset_of(blocks, span.start)
        row = store.Row(
            0, self.post_id, store_body.REMOVE, span.text, near, {"fits": True}, None, now()
        )
        label = f"Remove from the body: {short(span.text, 40)}"
        return PutBody(self.post_id, add=(row,), label=label, seen_body=self.seen_body).apply(
            session
        )


@dataclass(frozen=True, slots=True)
class RemoveParagraph(Operation[BodyResult]):
    """Remove block ``number`` (1-based, as ``quotemark body POST`` numbers
    them) from the body."""

    kind = "correct_body"
    post_id: int
    number: int
    seen_body: str | None = None
    """The body as shown (see :attr:`PutBody.seen_body`)."""

    def apply(self, session: Session) -> OpResult[BodyResult]:
        """Remove the whole block, found again later by its text."""
        blocks = _blocks(session.conn, self.post_id)
        _check_seen(blocks, self.seen_body, session.conn, self.post_id)
        if not 1 <= self.number <= len(blocks):
            raise InvalidCorrection(
                f"Post {self.post_id} has {len(blocks)} paragraph(s); there is no paragraph "
                f"{self.number}. See them with: quotemark body {self.post_id}"
            )
        block = blocks[self.number - 1]
        if not block.text.strip():
            raise InvalidCorrection(
                f"Post {self.post_id}: paragraph {self.number} is an image without text, so "
                "a removal could not be found again after re-extraction; nothing was changed."
            )
        last = Position(self.number - 1, len(block.text))
        first = Position(self.number - 1, 0)
        return RemovePassage(self.post_id, first, last, self.seen_body).apply(session)
