"""Two people correcting the same thing: the optimistic checks.

A window (or any caller) that starts a correction from what it showed says
what that was: a quotation's text and speaker (:class:`SeenQuote`), a
source's name (:class:`SeenSource`), the post's body
(:func:`body_fingerprint`). The operation compares it with the library
inside its write transaction, which holds the write lock, so nothing can
change between the check and the write; a difference means someone else (a
colleague on a shared library, another window, the command line) changed it
meanwhile, and the correction is refused with :class:`EditConflict` naming
the current value, nothing written.

The command line names what it corrects instead: a source by its name, so
a name a correction has moved since (renamed, merged, removed) is refused
(:func:`check_source_name`, for every caller); a quotation by its number,
and, given ``--expect TEXT``, by how it begins as listed
(:meth:`SeenQuote.expect`), then checked as a window's correction is. A
quotation named by its number alone is not checked.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass

from quotemark.library.errors import EditConflict, InvalidCorrection
from quotemark.library.model import Analysis, Block, Quote
from quotemark.library.quoting import short
from quotemark.library.store import corrections as store
from quotemark.library.store import posts as store_posts
from quotemark.library.store.sources import instant, normalise

_NOT_SAVED = (
    "Your correction was not saved, so nothing was overwritten: look at theirs, "
    "then correct it again if it is still needed."
)
_SOMEONE = "Someone else (a colleague, another window or the command line)"


@dataclass(frozen=True, slots=True)
class SeenQuote:
    """A quotation as it was shown when a correction of it started: its
    number (1-based), exact text and speaker."""

    number: int
    text: str
    name: str | None = None
    role: str | None = None

    @classmethod
    def of(cls, analysis: Analysis, number: int) -> SeenQuote:
        """Quotation ``number`` of ``analysis`` as it reads now."""
        quote = analysis.quotes[number - 1]
        speaker = quote.speaker
        return cls(
            number,
            quote.span.text,
            speaker.name if speaker else None,
            speaker.role if speaker else None,
        )

    @classmethod
    def expect(cls, analysis: Analysis, number: int, begins: str) -> SeenQuote:
        """Quotation ``number`` of ``analysis`` as it reads now, for a caller
        that names it by its number and by how it begins as listed (the
        command line's ``--expect TEXT``; spacing, case and curly or
        straight quotation marks aside). When it no longer begins so (a
        colleague added, removed, joined or split quotations, so the numbers
        moved, or changed its extent) or is gone, :class:`EditConflict`
        naming what quotation ``number`` is now, nothing written."""
        typed = _folded(begins)
        if not typed:
            raise InvalidCorrection(f"Say how quotation {number} begins: its first words.")
        quotes = analysis.quotes
        quote = quotes[number - 1] if 0 < number <= len(quotes) else None
        if quote is not None and _folded(quote.span.text).startswith(typed):
            return cls.of(analysis, number)
        current = quote.span.text if quote is not None else ""
        now_reads = f"now reads “{short(current)}”" if current else "is no longer there"
        moved = next(
            (n for n, q in enumerate(quotes, 1) if _folded(q.span.text).startswith(typed)), None
        )
        where = f" The quotation beginning so is now number {moved}." if moved else ""
        raise EditConflict(
            f"Quotation {number} does not begin “{short(begins)}” any more: it {now_reads}. "
            f"{_SOMEONE} changed this post's quotations since they were listed.{where} "
            "Nothing was changed: list them again and give the number shown now.",
            current=current,
        )


_STRAIGHT = str.maketrans(
    dict.fromkeys("\u2018\u2019\u201a\u201b\u2039\u203a", "'")
    | dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb", '"')
)
"""Curly quotation marks and apostrophes as a shell user types them."""


def _folded(text: str) -> str:
    # How a typed beginning is compared with a quotation's text: spacing,
    # case and the shape of quotation marks and apostrophes do not count.
    return " ".join(text.translate(_STRAIGHT).split()).casefold()


def speaker_words(name: str | None, role: str | None) -> str:
    """A speaker as a message names it ("unknown" for none)."""
    return ", ".join(p for p in (name, role) if p) or "unknown"


def _speaker_of(quote: Quote) -> tuple[str | None, str | None]:
    return (quote.speaker.name, quote.speaker.role) if quote.speaker else (None, None)


def check_quotes(analysis: Analysis, seen: tuple[SeenQuote, ...]) -> None:
    """Raise :class:`EditConflict` when a quotation of ``analysis`` (the
    post as corrected now) is not as ``seen`` says it was shown."""
    for was in seen:
        quote = analysis.quotes[was.number - 1] if 0 < was.number <= len(analysis.quotes) else None
        if quote is None or quote.span.text != was.text:
            current = quote.span.text if quote is not None else ""
            now_reads = f"now reads “{short(current)}”" if current else "is no longer there"
            raise EditConflict(
                f"{_SOMEONE} changed the quotations of this post while you were correcting "
                f"quotation {was.number} (“{short(was.text)}”); quotation {was.number} "
                f"{now_reads}. {_NOT_SAVED}",
                current=current,
            )
        if _speaker_of(quote) != (was.name, was.role):
            current = speaker_words(*_speaker_of(quote))
            raise EditConflict(
                f"{_SOMEONE} changed the speaker of quotation {was.number} "
                f"(“{short(was.text)}”) while you were correcting it; it is now “{current}”. "
                f"{_NOT_SAVED}",
                current=current,
            )


def check_post_quotes(conn: sqlite3.Connection, post_id: int, seen: tuple[SeenQuote, ...]) -> None:
    """:func:`check_quotes` against the post as stored and corrected now."""
    if not seen:
        return
    post = store_posts.load_post(conn, post_id)
    if post is None:
        return  # the caller says the post is gone
    check_quotes(store.corrected_analysis(conn, post_id, post.blocks, post.analysis), seen)


@dataclass(frozen=True, slots=True)
class SeenSource:
    """A library source as it was shown when a correction of it started:
    its id and name."""

    id: int
    name: str


def check_sources(conn: sqlite3.Connection, seen: tuple[SeenSource, ...]) -> None:
    """Raise :class:`EditConflict` when a source named in ``seen`` was
    renamed, merged into another or removed since it was shown."""
    for was in seen:
        row = conn.execute(
            "SELECT kind, name, norm FROM sources WHERE id = ?", (was.id,)
        ).fetchone()
        cited = _cited(conn, was.id)
        if row is not None and cited and str(row[1]) == was.name:
            continue
        if row is not None and cited:
            current, what = str(row[1]), f"renamed it “{row[1]}”"
        else:
            current = _stands_for(conn, row)
            what = f"merged it into “{current}”" if current else "removed it as no source"
        raise EditConflict(
            f"{_SOMEONE} changed the source “{was.name}” while you were correcting it: they "
            f"{what}. {_NOT_SAVED}",
            current=current,
        )


def check_source_name(conn: sqlite3.Connection, name: str, who: str | None) -> None:
    """Raise :class:`EditConflict` when ``name`` no longer names a source the
    library lists because a correction moved it: renamed, merged into
    another or removed as no source (by a colleague, or by ``who`` before).
    For a caller that names the source it corrects (the command line)
    instead of saying which one it was shown: the name is what it saw, and
    correcting a name a correction has moved would overwrite that one."""
    norm = normalise(name) or name.strip()
    rows = [int(r[0]) for r in conn.execute("SELECT id FROM sources WHERE norm = ?", (norm,))]
    if any(_cited(conn, ident) for ident in rows):
        return
    # The latest correction of the name (one per kind of source) by the
    # instant it was made, not its stamp's text: colleagues' clocks may
    # give other UTC offsets.
    moved = max(
        conn.execute(
            "SELECT c.source_id, s.name, c.made_by, c.made FROM source_corrections c"
            " LEFT JOIN sources s ON s.id = c.source_id WHERE c.norm = ?",
            (norm,),
        ).fetchall(),
        key=lambda row: instant(str(row[3])),
        default=None,
    )
    if moved is None or (moved[0] is not None and int(moved[0]) in rows):
        return  # not moved: the caller says whether there is such a source
    target = int(moved[0]) if moved[0] is not None else None
    current = str(moved[1]) if target is not None and _cited(conn, target) else ""
    if not current:
        what = "removed it as no source"
    elif rows:
        what = f"merged it into “{current}”"
    else:
        what = f"renamed it “{current}”"
    maker = moved[2]
    by = "you" if maker is not None and maker == who else (maker or "someone")
    raise EditConflict(
        f"“{name}” is no longer a source's name: {by} {what}. Nothing was changed; see the "
        "sources with: quotemark sources",
        current=current,
    )


def _cited(conn: sqlite3.Connection, source_id: int) -> bool:
    found = conn.execute("SELECT 1 FROM mentions WHERE source_id = ? LIMIT 1", (source_id,))
    return found.fetchone() is not None


def _stands_for(conn: sqlite3.Connection, row: tuple[object, ...] | None) -> str:
    # What a source no longer cited now is: the name of the source its
    # name was merged into, or "" when it was removed as no source.
    if row is None:
        return ""
    found = conn.execute(
        "SELECT s.name FROM source_corrections c JOIN sources s ON s.id = c.source_id"
        " WHERE c.kind = ? AND c.norm = ?",
        (row[0], row[2]),
    ).fetchone()
    return str(found[0]) if found is not None else ""


def body_fingerprint(blocks: tuple[Block, ...]) -> str:
    """A short digest of a post's body (each block's kind and text), to say
    which body a correction of it started from without carrying the text."""
    digest = hashlib.blake2b(digest_size=16)
    for block in blocks:
        digest.update(f"{block.kind}\x1f{block.text}\x1e".encode())
    return digest.hexdigest()


def check_body(conn: sqlite3.Connection, post_id: int, seen: str | None) -> None:
    """Raise :class:`EditConflict` when the post's body is no longer the one
    fingerprinted ``seen`` (someone added or removed a passage, or
    re-extracted the post, meanwhile)."""
    if seen is None:
        return
    blocks = store_posts.load_blocks(conn, post_id)
    if blocks is None or body_fingerprint(blocks) == seen:
        return
    latest = store.rows(conn, post_id)
    body = [r for r in latest if r.kind in (store.ADD_PASSAGE, store.REMOVE_PASSAGE)]
    if body:
        row = body[-1]
        verb = "added" if row.kind == store.ADD_PASSAGE else "removed"
        by = f" by {row.made_by}" if row.made_by else ""
        current = f"passage {verb}{by}: “{short(row.target)}”"
    else:
        current = "the post was extracted again"
    raise EditConflict(
        f"{_SOMEONE} changed this post's body while you were correcting it (last change: "
        f"{current}). {_NOT_SAVED}",
        current=current,
    )


def check_new_quotes(conn: sqlite3.Connection, post_id: int, rows: tuple[store.Row, ...]) -> None:
    """Raise :class:`EditConflict` when a passage an ``ADD_QUOTE`` row of
    ``rows`` makes a quotation is one already in the post as stored and
    corrected now: two people adding the same quotation at once would
    otherwise both store it (the caller's own check ran before the lock)."""
    adding = {(r.target, r.near) for r in rows if r.kind == store.ADD_QUOTE}
    if not adding:
        return
    post = store_posts.load_post(conn, post_id)
    if post is None:
        return  # the caller says the post is gone
    corrected, _ = store.apply(post.blocks, post.analysis, store.rows(conn, post_id))
    for quote in corrected.quotes:
        if store.anchor(post.blocks, quote.span) in adding:
            speaker = speaker_words(*_speaker_of(quote))
            raise EditConflict(
                f"{_SOMEONE} made “{short(quote.span.text)}” a quotation while you were "
                f"adding it (speaker: {speaker}). {_NOT_SAVED}",
                current=quote.span.text,
            )
