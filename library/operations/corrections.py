"""Corrections of one post's reading: speakers, quotations, citation data.

Every correction operation works out which correction rows to add and which
to take away (:mod:`quotemark.library.store.corrections`) and hands them to
:class:`PutCorrections`, whose inverse is the same operation with the two
swapped: undo and redo are one mechanism. The post's clips take the
corrected speaker in the same transaction.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Any

from quotemark.library import keys
from quotemark.library.errors import EditConflict, InvalidCorrection
from quotemark.library.export.dates import MONTH_MACROS
from quotemark.library.extract.text import dates as written_dates
from quotemark.library.identifiers import arxiv_id, normalise_doi
from quotemark.library.model import (
    PREPRINT_ARCHIVE_NAMES,
    Analysis,
    Block,
    Change,
    Position,
    Quote,
    QuoteKind,
    Span,
)
from quotemark.library.operations.base import Operation, OpResult, Session, not_found, now
from quotemark.library.operations.clips import check_free
from quotemark.library.operations.conflicts import (
    SeenQuote,
    check_new_quotes,
    check_post_quotes,
    check_quotes,
)
from quotemark.library.quoting import short
from quotemark.library.store import anchors
from quotemark.library.store import corrections as store
from quotemark.library.store import posts as store_posts
from quotemark.library.store.reextract import clip_speaker, innermost_quote


@dataclass(frozen=True, slots=True)
class PutCorrections(Operation[tuple[int, ...]]):
    """Take away the correction rows ``remove`` and store ``add`` (with
    their ids when they have them), optionally setting the post's citation
    key; the value is the ids of the rows stored."""

    kind = "correct"
    post_id: int
    remove: tuple[int, ...] = ()
    add: tuple[store.Row, ...] = ()
    key: str | None = None
    label: str = "Correction"
    expect: tuple[tuple[str, Any], ...] = ()
    """(field or ``"key"``, value) the edit started from: when the post
    shows another value now, someone else changed it meanwhile and the edit
    is refused (:class:`EditConflict`), nothing overwritten."""
    seen: tuple[SeenQuote, ...] = ()
    """The quotations the correction started from, as shown: one someone
    else changed meanwhile refuses it likewise (see
    :mod:`~quotemark.library.operations.conflicts`)."""

    def apply(self, session: Session) -> OpResult[tuple[int, ...]]:
        """Change the rows in one transaction, then the columns and clips
        that show them."""
        if not self.remove and not self.add and self.key is None:
            return OpResult(self.label, Change(), None, ())  # nothing to change
        with session.write() as conn:
            if conn.execute("SELECT 1 FROM posts WHERE id = ?", (self.post_id,)).fetchone() is None:
                raise not_found("post", self.post_id)
            # Inside the write transaction (the write lock is held): what is
            # compared is what this edit would replace.
            _check_unchanged(conn, self.post_id, self.expect)
            check_post_quotes(conn, self.post_id, self.seen)
            removed = store.rows_by_id(conn, self.remove)
            if len(removed) != len(set(self.remove)) or any(
                r.post_id != self.post_id for r in removed
            ):
                raise InvalidCorrection(
                    f"A correction of post {self.post_id} was changed elsewhere meanwhile; "
                    "nothing was changed."
                )
            store.delete(conn, self.remove)
            # After the removals this edit makes (re-adding a removed
            # quotation, moving an added one), before its additions.
            check_new_quotes(conn, self.post_id, self.add)
            added = tuple(store.insert(conn, row, session.who) for row in self.add)
            old_key = None
            if self.key is not None:
                old_key = _set_key(conn, self.post_id, self.key)
            _write_fields(conn, self.post_id, removed, self.add)
            clips = refresh(conn, self.post_id)
            change = Change(
                posts_changed=(self.post_id,), clips_changed=clips, quotes_changed=(self.post_id,)
            )
            session.log(self.kind, change)
        undo = PutCorrections(self.post_id, added, tuple(removed), old_key, self.label)
        return OpResult(self.label, change, undo, added)


def _shown_value(conn: sqlite3.Connection, post_id: int, name: str) -> Any:
    if name == "key":
        return conn.execute("SELECT key FROM posts WHERE id = ?", (post_id,)).fetchone()[0]
    value = store.column_value(conn, post_id, name)
    return value if value is not None else ""


def _check_unchanged(
    conn: sqlite3.Connection, post_id: int, expect: tuple[tuple[str, Any], ...]
) -> None:
    for name, was in expect:
        now_shown = _shown_value(conn, post_id, name)
        if (was if was is not None else "") == now_shown:
            continue
        text = "; ".join(now_shown) if isinstance(now_shown, list) else str(now_shown)
        raise EditConflict(
            f"Someone else changed this post's {_WORDS.get(name, name)} while you were "
            f"editing it (a colleague, another window or the command line); it now reads "
            f"“{text}”. Your edit was not saved, so nothing was overwritten: look at "
            "theirs, then edit again.",
            current=text,
        )


def _set_key(conn: sqlite3.Connection, post_id: int, key: str) -> str:
    new_key = keys.check_key(key)
    old = str(conn.execute("SELECT key FROM posts WHERE id = ?", (post_id,)).fetchone()[0])
    check_free(conn, new_key, post_id=post_id)
    conn.execute("UPDATE posts SET key = ? WHERE id = ?", (new_key, post_id))
    return old


def _write_fields(
    conn: sqlite3.Connection, post_id: int, removed: list[store.Row], added: tuple[store.Row, ...]
) -> None:
    """The post's columns show the newest correction of each field touched,
    or the machine's value when none is left."""
    current = store.field_rows(conn, post_id)
    for row in removed:
        if row.kind == store.FIELD and row.target not in current:
            store.write_field(conn, post_id, row.target, row.machine)
    for name in {r.target for r in (*removed, *added) if r.kind == store.FIELD}:
        if name in current:
            store.write_field(conn, post_id, name, current[name].value)


def refresh(conn: sqlite3.Connection, post_id: int) -> tuple[int, ...]:
    """Give the post's clips the corrected speakers (and its row the
    corrected quotation count); returns the clips that changed."""
    post = store_posts.load_post(conn, post_id)
    if post is None:
        return ()
    analysis = store.corrected_analysis(conn, post_id, post.blocks, post.analysis)
    conn.execute("UPDATE posts SET quote_count = ? WHERE id = ?", (len(analysis.quotes), post_id))
    changed: list[int] = []
    for ident, sb, so, eb, eo, text, speaker, role, quoted_by, index in conn.execute(
        "SELECT id, start_block, start_offset, end_block, end_offset, text, speaker, role,"
        " quoted_by, quote_index FROM clips WHERE post_id = ? AND lost = 0",
        (post_id,),
    ).fetchall():
        span = Span(Position(sb, so), Position(eb, eo), text)
        quote = innermost_quote(analysis, span)
        new = (*clip_speaker(analysis, quote), quote)
        if new != (speaker, role, quoted_by, index):
            conn.execute(
                "UPDATE clips SET speaker = ?, role = ?, quoted_by = ?, quote_index = ?"
                " WHERE id = ?",
                (*new, ident),
            )
            changed.append(int(ident))
    return tuple(changed)


def reading(conn: sqlite3.Connection, post_id: int) -> tuple[tuple[Block, ...], Analysis]:
    """A post's blocks and its analysis as corrected."""
    post = store_posts.load_post(conn, post_id)
    if post is None:
        raise not_found("post", post_id)
    return post.blocks, store.corrected_analysis(conn, post_id, post.blocks, post.analysis)


def quote_numbered(analysis: Analysis, post_id: int, number: int) -> Quote:
    """Quotation ``number`` (1-based, as ``quotemark show`` numbers them)."""
    count = len(analysis.quotes)
    if not 1 <= number <= count:
        raise InvalidCorrection(
            f"Post {post_id} has {count} quotation(s); there is no quotation {number}. "
            f"See them with: quotemark show {post_id}"
        )
    return analysis.quotes[number - 1]


def rows_on(
    conn: sqlite3.Connection, post_id: int, blocks: tuple[Block, ...], span: Span, kinds: set[str]
) -> list[store.Row]:
    """The post's correction rows of ``kinds`` anchored on ``span``."""
    found: list[store.Row] = []
    for row in store.rows(conn, post_id):
        if row.kind in kinds:
            place = store.locate(blocks, row)
            if place is not None and place.start == span.start and place.end == span.end:
                found.append(row)
    return found


def _clean(value: str | None) -> str | None:
    return " ".join(value.split()) or None if value is not None else None


@dataclass(frozen=True, slots=True)
class SetSpeaker(Operation[tuple[int, ...]]):
    """Say who said quotation ``number`` (1-based, as ``quotemark show``
    numbers them): a name and role, or neither for "unknown". With
    ``every``, every quotation of the post given to the same speaker."""

    kind = "correct"
    post_id: int
    number: int
    name: str | None
    role: str | None = None
    every: bool = False
    seen: SeenQuote | None = None
    """The quotation as shown when the edit started (see
    :mod:`~quotemark.library.operations.conflicts`); None: not checked."""

    def apply(self, session: Session) -> OpResult[tuple[int, ...]]:
        """Store a speaker correction for each quotation named."""
        conn = session.conn
        blocks, analysis = reading(conn, self.post_id)
        seen = (self.seen,) if self.seen is not None else ()
        check_quotes(analysis, seen)
        chosen = quote_numbered(analysis, self.post_id, self.number)
        quotes = [chosen]
        if self.every:
            label = chosen.speaker.label if chosen.speaker else ""
            quotes = [q for q in analysis.quotes if (q.speaker.label if q.speaker else "") == label]
        value = {"name": _clean(self.name), "role": _clean(self.role)}
        remove: list[int] = []
        add: list[store.Row] = []
        for quote in quotes:
            old = rows_on(conn, self.post_id, blocks, quote.span, {store.SPEAKER})
            remove.extend(r.id for r in old)
            machine = old[0].machine if old else store.speaker_json(quote.speaker)
            text, near = store.anchor(blocks, quote.span)
            add.append(store.Row(0, self.post_id, store.SPEAKER, text, near, machine, value, now()))
        who = value["name"] or value["role"] or "unknown"
        if self.every:
            before = chosen.speaker.label if chosen.speaker else "unknown"
            label = f"Quotes by {before}: {who}"
        else:
            label = f"Speaker of quote {self.number}: {who}"
        return PutCorrections(
            self.post_id, tuple(remove), tuple(add), label=label, seen=seen
        ).apply(session)


@dataclass(frozen=True, slots=True)
class AddQuote(Operation[tuple[int, ...]]):
    """Make a passage of the post a quotation (``text`` exactly as the post
    has it, or ``span`` from a selection), with a speaker or none."""

    kind = "correct"
    post_id: int
    text: str = ""
    span: Span | None = None
    name: str | None = None
    role: str | None = None

    def apply(self, session: Session) -> OpResult[tuple[int, ...]]:
        """Store the new quotation (or take back its removal)."""
        conn = session.conn
        blocks, analysis = reading(conn, self.post_id)
        if self.span is not None:
            if not anchors.is_valid(blocks, self.span.start, self.span.end):
                raise InvalidCorrection(
                    f"The selection is not inside post {self.post_id}; select the passage again."
                )
            found = anchors.trimmed(blocks, self.span.start, self.span.end)
        else:
            found = anchors.find(blocks, self.text.strip())
        if found is None:
            raise InvalidCorrection(
                f"The text {short(self.text)!r} is not in post {self.post_id}. "
                "Copy it exactly as the post has it."
            )
        if any(q.span.start == found.start and q.span.end == found.end for q in analysis.quotes):
            raise InvalidCorrection(f"“{short(found.text)}” is a quotation already.")
        removed = rows_on(conn, self.post_id, blocks, found, {store.REMOVE_QUOTE})
        text, near = store.anchor(blocks, found)
        value = {"name": _clean(self.name), "role": _clean(self.role)}
        add = store.Row(0, self.post_id, store.ADD_QUOTE, text, near, None, value, now())
        label = f"Add quotation “{short(found.text, 30)}”"
        if removed:
            # The machine had it and the researcher removed it: take that back.
            speaker = store.Row(0, self.post_id, store.SPEAKER, text, near, None, value, now())
            adds = (speaker,) if value["name"] or value["role"] else ()
            return PutCorrections(
                self.post_id, tuple(r.id for r in removed), adds, label=label
            ).apply(session)
        return PutCorrections(self.post_id, (), (add,), label=label).apply(session)


@dataclass(frozen=True, slots=True)
class RemoveQuote(Operation[tuple[int, ...]]):
    """Say quotation ``number`` is no quotation."""

    kind = "correct"
    post_id: int
    number: int
    seen: SeenQuote | None = None
    """The quotation as shown (see :class:`SetSpeaker`)."""

    def apply(self, session: Session) -> OpResult[tuple[int, ...]]:
        """Store the removal (an added quotation's addition is taken back)."""
        conn = session.conn
        blocks, analysis = reading(conn, self.post_id)
        seen = (self.seen,) if self.seen is not None else ()
        check_quotes(analysis, seen)
        quote = quote_numbered(analysis, self.post_id, self.number)
        on = rows_on(
            conn,
            self.post_id,
            blocks,
            quote.span,
            {store.ADD_QUOTE, store.SPEAKER, store.QUOTE_KIND},
        )
        label = f"Remove quotation “{short(quote.span.text, 30)}”"
        add: tuple[store.Row, ...] = ()
        if not any(r.kind == store.ADD_QUOTE for r in on):
            text, near = store.anchor(blocks, quote.span)
            machine = {"text": quote.span.text, **store.speaker_json(quote.speaker)}
            row = store.Row(0, self.post_id, store.REMOVE_QUOTE, text, near, machine, None, now())
            add = (row,)
        return PutCorrections(
            self.post_id, tuple(r.id for r in on), add, label=label, seen=seen
        ).apply(session)


@dataclass(frozen=True, slots=True)
class SetQuoteKind(Operation[tuple[int, ...]]):
    """Say quotation ``number`` is partial (only its words are the
    speaker's, a fragment the writer worked into their own sentence) or,
    with ``partial`` false, direct (a partial quotation's marked words are
    a quotation of their own; the clause around them was the writer's).
    Said back to what the analysis read, the correction is taken away."""

    kind = "correct"
    post_id: int
    number: int
    partial: bool
    seen: SeenQuote | None = None
    """The quotation as shown (see :class:`SetSpeaker`)."""

    def apply(self, session: Session) -> OpResult[tuple[int, ...]]:
        """Refused when the quotation is that kind already, or cannot be
        it (:func:`~quotemark.library.store.corrections.with_kind`)."""
        conn = session.conn
        blocks, analysis = reading(conn, self.post_id)
        seen = (self.seen,) if self.seen is not None else ()
        check_quotes(analysis, seen)
        quote = quote_numbered(analysis, self.post_id, self.number)
        wanted = store.PARTIAL if self.partial else store.DIRECT
        is_partial = quote.kind is QuoteKind.PARTIAL
        if is_partial == self.partial:
            raise InvalidCorrection(f"Quotation {self.number} is {wanted} already.")
        if store.with_kind(blocks, quote, wanted) is None:
            raise InvalidCorrection(_kind_refused(quote, wanted))
        # The kind rows that made this quotation what it is: one anchored on
        # it, or (a partial one made direct) on the clause it came from.
        old = [
            row
            for row in store.rows(conn, self.post_id)
            if row.kind == store.QUOTE_KIND and _made(blocks, row, quote)
        ]
        label = _kind_label(quote, wanted)
        machine = old[0].machine if old else str(quote.kind)
        add: tuple[store.Row, ...] = ()
        if (machine == QuoteKind.PARTIAL) != self.partial:
            # Not the analysis' reading: stored (on the first row's anchor).
            text, near = (old[0].target, old[0].near) if old else store.anchor(blocks, quote.span)
            add = (
                store.Row(0, self.post_id, store.QUOTE_KIND, text, near, machine, wanted, now()),
            )
        return PutCorrections(
            self.post_id, tuple(r.id for r in old), add, label=label, seen=seen
        ).apply(session)


def _kind_label(quote: Quote, wanted: str) -> str:
    # Named by the words the quotation is afterwards: a partial one made
    # direct by its marked words ("the new timetable was “a gamb…” named
    # the clause the researcher had just said was the writer's, marks
    # inside marks), so the undo menu and the status bar read the way the
    # reader and the Quotes tab show it.
    words = quote.marked[0].text if wanted == store.DIRECT and quote.marked else quote.span.text
    return f"Make “{short(words, 40)}” a {wanted} quotation"


def _made(blocks: tuple[Block, ...], row: store.Row, quote: Quote) -> bool:
    # Whether ``row`` (a kind correction) made ``quote``: anchored on it,
    # or a "direct" anchored on the clause holding its words.
    place = store.locate(blocks, row)
    if place is None:
        return False
    if place.start == quote.span.start and place.end == quote.span.end:
        return True
    return (
        row.value == store.DIRECT
        and place.start <= quote.span.start
        and quote.span.end <= place.end
    )


def _kind_refused(quote: Quote, wanted: str) -> str:
    if wanted == store.PARTIAL:
        what = "a block quotation" if quote.kind is QuoteKind.BLOCK else "a nested quotation"
        return f"This is {what}: only a quotation in running text can be partial."
    return (
        f"This partial quotation has {len(quote.marked)} quoted parts: mark the one that is a "
        "quotation of its own with “Selection is the quote's extent”."
    )


ENTRY_TYPES: tuple[str, ...] = ("blog", "news", "web", "journal", "preprint", "report")
"""What a post can be said to be: a blog post, a news article, a web page,
a journal article, a preprint, a technical report."""

# Field names as the Edit menu's "Undo ..." says them.
_WORDS = {
    "published": "date",
    "entry_type": "entry type",
    "url": "URL",
    "key": "citation key",
    "doi": "DOI",
    "eprint_class": "arXiv class",
    "eprint": "archive identifier",
}

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")


def check_field(name: str, value: Any) -> Any:
    """The value as stored, or :class:`InvalidCorrection` saying what is
    wrong with it. Empty means "unknown" (except the title)."""
    if name == "authors":
        names = tuple(n for n in (_clean(str(v)) for v in value) if n)
        return list(names)
    text = _clean(str(value)) if value is not None else None
    if name == "title":
        if not text:
            raise InvalidCorrection("A post needs a title; the title cannot be empty.")
        return text
    if text is None:
        return None
    if name == "published":
        return _read_date(text)
    if name == "url" and not re.match(r"^https?://\S+$", text):
        raise InvalidCorrection(f"{text!r} is not a web address: it starts with https://.")
    if name == "entry_type" and text not in ENTRY_TYPES:
        raise InvalidCorrection(f"{text!r} is not an entry type: say {', '.join(ENTRY_TYPES)}.")
    if name == "doi":
        doi = normalise_doi(text)
        if doi is None:
            raise InvalidCorrection(
                f"{text!r} is not a DOI: it reads 10.NNNN/..., with or without https://doi.org/."
            )
        return doi
    if name == "pages":
        # "101-118" as exports write it: an en dash between the pages.
        return re.sub(r"\s*[-\u2010-\u2015]+\s*", "\u2013", text)
    if name == "archive":
        # A server typed in any case, or as pages write it, is the server
        # exports know ("arxiv", "arxiv.org": arXiv, a preprint's, not an
        # institution named "arxiv").
        return PREPRINT_ARCHIVE_NAMES.get(text.casefold(), text)
    if name == "eprint" and text.casefold().startswith("arxiv"):
        # "arXiv:2103.04417v2" as the header shows it: the identifier.
        return arxiv_id(text) or text
    if name == "language" and not _LANGUAGE.match(text):
        raise InvalidCorrection(f"{text!r} is not a language tag such as en or pt-BR.")
    if name not in store.FIELDS:
        raise InvalidCorrection(f"{name!r} is not a field of a post's citation data.")
    return text


_DATE_FORMS_READ = (
    "write it as 4 Dec 2026; 4 December 2026; December 4, 2026; 2026-12-04; "
    "or a month or year alone: December 2026; 2026"
)
# Day and month both 12 or less, in either order: 4/12/2026 is 4 December in
# Britain and April 12 in the US; which one was meant is not guessed.
_AMBIGUOUS = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-]\d{4}$")


def _read_date(text: str) -> str:
    """A date as typed (as the Info tab shows one, "4 Dec 2026", or as ISO),
    as stored: ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``."""
    found: str | None = None
    if _DATE.match(text):
        found = text
    else:
        numeric = _AMBIGUOUS.match(text)
        first, second = (int(numeric[1]), int(numeric[2])) if numeric else (0, 0)
        if first != second and 0 < first <= 12 and 0 < second <= 12:
            # English names (not calendar.month_abbr, which follows the
            # process locale Qt sets): the message is in English.
            day_first, month_first = MONTH_MACROS[second - 1], MONTH_MACROS[first - 1]
            raise InvalidCorrection(
                f"{text!r} could be {first} {day_first.title()} or {month_first.title()} "
                f"{second}: write the month as a word (4 Dec 2026) or the date as 2026-12-04."
            )
        # The reader of a post's own date line: the forms a page writes
        # a date in are the forms a person types one in.
        found = written_dates.parse_date(text) or written_dates.parse_month_year(text)
    match = _DATE.match(found) if found else None
    try:
        if match is None:
            raise ValueError(text)
        date(int(match[1]), int(match[2] or 1), int(match[3] or 1))
    except ValueError:
        raise InvalidCorrection(f"{text!r} is not a date: {_DATE_FORMS_READ}.") from None
    return match[0]


@dataclass(frozen=True, slots=True)
class EditMetadata(Operation[tuple[int, ...]]):
    """Correct a post's citation data: ``fields`` as (name, value) pairs
    (names from :data:`quotemark.library.store.corrections.FIELDS`), and the key."""

    kind = "correct"
    post_id: int
    fields: tuple[tuple[str, Any], ...] = ()
    key: str | None = None
    was: tuple[tuple[str, Any], ...] = ()
    """(field or ``"key"``, value) as shown when the edit started: a field
    someone else changed since is not overwritten (see
    :attr:`PutCorrections.expect`)."""

    def apply(self, session: Session) -> OpResult[tuple[int, ...]]:
        """Store one correction per field that differs from what the post shows."""
        conn = session.conn
        if conn.execute("SELECT 1 FROM posts WHERE id = ?", (self.post_id,)).fetchone() is None:
            raise not_found("post", self.post_id)
        current = store.field_rows(conn, self.post_id)
        remove: list[int] = []
        add: list[store.Row] = []
        changing = {"key"} if self.key is not None else set()
        for name, raw in self.fields:
            value = check_field(name, raw)
            if value == store.column_value(conn, self.post_id, name):
                continue
            changing.add(name)
            old = current.get(name)
            machine = old.machine if old else store.column_value(conn, self.post_id, name)
            if old is not None:
                remove.append(old.id)
            if value != machine:
                add.append(store.Row(0, self.post_id, store.FIELD, name, 0, machine, value, now()))
        names = [_WORDS.get(n, n) for n, _ in self.fields]
        if self.key is not None:
            names.append("citation key")
        label = f"Edit {', '.join(names)}" if names else "Edit"
        expect = tuple((n, v) for n, v in self.was if n in changing)
        return PutCorrections(
            self.post_id, tuple(remove), tuple(add), key=self.key, label=label, expect=expect
        ).apply(session)


@dataclass(frozen=True, slots=True)
class AcceptField(Operation[tuple[int, ...]]):
    """Accept the extractor's value of a metadata field as right (the
    Review tab's "accept"): a correction that keeps the value settles it."""

    kind = "correct"
    post_id: int
    name: str

    def apply(self, session: Session) -> OpResult[tuple[int, ...]]:
        """Store the field's current value as the researcher's."""
        conn = session.conn
        if conn.execute("SELECT 1 FROM posts WHERE id = ?", (self.post_id,)).fetchone() is None:
            raise not_found("post", self.post_id)
        if self.name not in store.FIELDS:
            raise InvalidCorrection(f"{self.name!r} is no field of a post's citation data.")
        old = store.field_rows(conn, self.post_id).get(self.name)
        value = store.column_value(conn, self.post_id, self.name)
        machine = old.machine if old else value
        row = store.Row(0, self.post_id, store.FIELD, self.name, 0, machine, value, now())
        remove = (old.id,) if old else ()
        label = f"Accept {_WORDS.get(self.name, self.name)}"
        return PutCorrections(self.post_id, remove, (row,), label=label).apply(session)
