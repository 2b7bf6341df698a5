"""Corrections of the library's sources: rename, merge aliases, remove a
false one.

Sources are library-wide. A correction changes the ``sources`` and
``mentions`` rows and records, in ``source_corrections``, what each name
the analysis gives now stands for, so re-extraction (which stores mentions
again from the analysis' names) keeps it. The inverse of every source
operation is :class:`PutSourceState`: the rows as they were, put back, so a
merge of many names is one undo step.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from quotemark.library.errors import EditConflict, InvalidCorrection
from quotemark.library.model import Change
from quotemark.library.operations.base import Operation, OpResult, Session, now, plural
from quotemark.library.operations.conflicts import SeenSource, check_source_name, check_sources
from quotemark.library.store.sources import normalise


@dataclass(frozen=True, slots=True)
class SourceState:
    """The rows a source correction touches, as they were: the sources,
    their mentions, and the ``source_corrections`` rows naming them or
    keyed by their names (each row's ``_CORRECTIONS`` columns)."""

    sources: tuple[tuple[Any, ...], ...]  # (id, name, norm)
    mentions: tuple[tuple[Any, ...], ...]  # every column of the mentions
    corrections: tuple[tuple[Any, ...], ...]

    def keys(self) -> set[tuple[Any, Any]]:
        """The (kind, norm) keys of its ``source_corrections`` rows."""
        return {(row[0], row[1]) for row in self.corrections}


_MENTION_COLUMNS = (
    "id, post_id, source_id, kind, start_block, start_offset, end_block, end_offset, text"
)
_CORRECTIONS = "kind, norm, name, source_id, made, made_by"


def _state(
    conn: sqlite3.Connection, ids: tuple[int, ...], keys: set[tuple[Any, Any]] | None = None
) -> SourceState:
    """The rows of sources ``ids``: only these, so undoing a correction
    leaves every other source's corrections (a colleague's) alone; ``keys``
    adds those ``source_corrections`` rows (names that stood for them)."""
    marks = ",".join("?" * len(ids))
    sources = conn.execute(
        f"SELECT id, name, norm FROM sources WHERE id IN ({marks}) ORDER BY id", ids
    )
    mentions = conn.execute(
        f"SELECT {_MENTION_COLUMNS} FROM mentions WHERE source_id IN ({marks}) ORDER BY id", ids
    )
    found = {
        (row[0], row[1]): tuple(row)
        for row in conn.execute(
            f"SELECT {_CORRECTIONS} FROM source_corrections c WHERE c.source_id IN ({marks})"
            f" OR EXISTS (SELECT 1 FROM sources s WHERE s.id IN ({marks})"
            " AND s.kind = c.kind AND s.norm = c.norm)",
            (*ids, *ids),
        )
    }
    for kind, norm in sorted((keys or set()) - set(found)):
        row = conn.execute(
            f"SELECT {_CORRECTIONS} FROM source_corrections WHERE kind = ? AND norm = ?",
            (kind, norm),
        ).fetchone()
        if row is not None:
            found[(kind, norm)] = tuple(row)
    corrections = tuple(found[key] for key in sorted(found))
    return SourceState(tuple(map(tuple, sources)), tuple(map(tuple, mentions)), corrections)


def _posts(conn: sqlite3.Connection, ids: tuple[int, ...]) -> tuple[int, ...]:
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        f"SELECT DISTINCT post_id FROM mentions WHERE source_id IN ({marks}) ORDER BY post_id", ids
    )
    return tuple(int(r[0]) for r in rows)


def _change(ids: tuple[int, ...], posts: tuple[int, ...]) -> Change:
    return Change(posts_changed=posts, quotes_changed=posts, sources_changed=ids)


@dataclass(frozen=True, slots=True)
class PutSourceState(Operation[None]):
    """Put the sources ``ids`` and their mentions back as ``state`` has them
    (the inverse of a source correction)."""

    kind = "correct_sources"
    ids: tuple[int, ...]
    state: SourceState
    label: str = "Source correction"
    expect: SourceState | None = None
    """The rows as the correction being undone left them: when they are
    not so now, someone changed these sources since, and the undo is
    refused rather than reverting their change; None: not checked."""

    def apply(self, session: Session) -> OpResult[None]:
        """Restore the rows; the inverse is the state found now."""
        with session.write() as conn:
            keys = self.state.keys() | (self.expect.keys() if self.expect else set())
            current = _state(conn, self.ids, keys)
            if self.expect is not None and current != self.expect:
                raise EditConflict(
                    f"Someone else (a colleague, another window or the command line) has "
                    f"corrected these sources since “{self.label}”; undoing it now would "
                    "revert their change, so nothing was changed.",
                    current=", ".join(str(s[1]) for s in current.sources),
                )
            posts_before = _posts(conn, self.ids)
            marks = ",".join("?" * len(self.ids))
            conn.execute(f"DELETE FROM mentions WHERE source_id IN ({marks})", self.ids)
            conn.executemany(
                "DELETE FROM mentions WHERE id = ?", [(m[0],) for m in self.state.mentions]
            )
            conn.executemany(
                f"INSERT INTO mentions ({_MENTION_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?)",
                self.state.mentions,
            )
            # Names first moved aside, so two swapped names never collide.
            conn.executemany(
                "UPDATE sources SET norm = ' moving ' || id WHERE id = ?",
                [(s[0],) for s in self.state.sources],
            )
            conn.executemany(
                "UPDATE sources SET name = ?, norm = ? WHERE id = ?",
                [(s[1], s[2], s[0]) for s in self.state.sources],
            )
            # Only these sources' rows; each as it was, with who made it:
            # undo never makes a colleague's correction one's own.
            conn.executemany(
                "DELETE FROM source_corrections WHERE kind = ? AND norm = ?",
                sorted(current.keys() | self.state.keys()),
            )
            conn.executemany(
                f"INSERT INTO source_corrections ({_CORRECTIONS}) VALUES (?,?,?,?,?,?)",
                self.state.corrections,
            )
            posts = tuple(sorted(set(posts_before) | set(_posts(conn, self.ids))))
            change = _change(self.ids, posts)
            session.log(self.kind, change)
            left = _state(conn, self.ids, current.keys())
        undo = PutSourceState(self.ids, current, self.label, left)
        return OpResult(self.label, change, undo, None)


def _find(conn: sqlite3.Connection, name: str) -> list[tuple[int, str, str, str]]:
    """``(id, kind, name, norm)`` of the library's sources called ``name``
    (ignoring case, accents and punctuation), those cited first."""
    norm = normalise(name) or name.strip()
    rows = conn.execute(
        "SELECT s.id, s.kind, s.name, s.norm FROM sources s WHERE s.norm = ?"
        " ORDER BY (SELECT count(*) FROM mentions m WHERE m.source_id = s.id) DESC, s.id",
        (norm,),
    ).fetchall()
    cited = [
        r
        for r in rows
        if conn.execute("SELECT 1 FROM mentions WHERE source_id = ? LIMIT 1", (r[0],)).fetchone()
    ]
    found = cited or rows
    if not found:
        raise InvalidCorrection(
            f"There is no source named {name!r} in the library. See them with: quotemark sources"
        )
    return [(int(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in found]


def _alias(
    conn: sqlite3.Connection,
    kind: str,
    norm: str,
    name: str,
    target: int | None,
    who: str | None,
) -> None:
    """From now on the analysis' ``name`` (of ``kind``) stands for
    ``target``, as ``who`` said."""
    row = conn.execute(
        "SELECT name FROM source_corrections WHERE kind = ? AND norm = ?", (kind, norm)
    ).fetchone()
    machine = str(row[0]) if row is not None else name
    conn.execute(
        f"INSERT OR REPLACE INTO source_corrections ({_CORRECTIONS}) VALUES (?,?,?,?,?,?)",
        (kind, norm, machine, target, now(precise=True), who),
    )


def _redirect(conn: sqlite3.Connection, old: int, new: int | None) -> None:
    """Names that stood for ``old`` now stand for ``new``."""
    conn.execute("UPDATE source_corrections SET source_id = ? WHERE source_id = ?", (new, old))


def _result(
    session: Session,
    kind: str,
    ids: tuple[int, ...],
    before: SourceState,
    posts: tuple[int, ...],
    label: str,
) -> OpResult[None]:
    change = _change(ids, posts)
    session.log(kind, change)
    left = _state(session.conn, ids, before.keys())  # inside the write transaction
    return OpResult(label, change, PutSourceState(ids, before, label, left), None)


@dataclass(frozen=True, slots=True)
class RenameSource(Operation[None]):
    """Give a source a new name across the library."""

    kind = "correct_sources"
    old: str
    new: str
    seen: tuple[SeenSource, ...] = ()
    """The source as shown when the rename started: one renamed, merged
    or removed since refuses it (see
    :mod:`~quotemark.library.operations.conflicts`). Whether given or not,
    ``old`` must still be a listed source's name: a name a correction moved
    is refused (the command line names sources and shows nothing else)."""

    def apply(self, session: Session) -> OpResult[None]:
        """Rename every source called ``old`` (refused when ``new`` is
        another source's name: merge them instead)."""
        new = " ".join(self.new.split())
        if not new:
            raise InvalidCorrection("A source needs a name; the new name is empty.")
        with session.write() as conn:
            check_sources(conn, self.seen)
            check_source_name(conn, self.old, session.who)
            found = _find(conn, self.old)
            ids = tuple(f[0] for f in found)
            before = _state(conn, ids)
            for ident, kind, name, norm in found:
                clash = conn.execute(
                    "SELECT name FROM sources WHERE kind = ? AND norm = ? AND id != ?",
                    (kind, normalise(new) or new, ident),
                ).fetchone()
                if clash is not None:
                    raise InvalidCorrection(
                        f"There is a source named {clash[0]!r} already: merge them with "
                        f"quotemark source merge {self.old!r} --into {clash[0]!r}"
                    )
                _alias(conn, kind, norm, name, ident, session.who)
                conn.execute(
                    "UPDATE sources SET name = ?, norm = ? WHERE id = ?",
                    (new, normalise(new) or new, ident),
                )
            label = f"Rename source {found[0][2]} to {new}"
            return _result(session, self.kind, ids, before, _posts(conn, ids), label)


@dataclass(frozen=True, slots=True)
class MergeSources(Operation[None]):
    """Make several sources one (aliases such as AP / Associated Press /
    apnews.com) under the name ``into``, in one step."""

    kind = "correct_sources"
    names: tuple[str, ...]
    into: str
    seen: tuple[SeenSource, ...] = ()
    """The sources as shown (see :class:`RenameSource`)."""

    def apply(self, session: Session) -> OpResult[None]:
        """Move every mention to the source called ``into`` (the first
        source named takes that name when there is none)."""
        into = " ".join(self.into.split())
        if not into:
            raise InvalidCorrection("Say which name the merged source takes (--into NAME).")
        with session.write() as conn:
            check_sources(conn, self.seen)
            for name in (*self.names, self.into):
                check_source_name(conn, name, session.who)
            parts = [f for name in self.names for f in _find(conn, name)]
            if not parts:
                raise InvalidCorrection("Name the sources to merge.")
            try:
                target = _find(conn, into)[0]
            except InvalidCorrection:
                target = parts[0]
            others = [p for p in dict.fromkeys(parts) if p[0] != target[0]]
            if not others:
                raise InvalidCorrection(f"Nothing to merge: every name is {target[2]!r} already.")
            ids = tuple(dict.fromkeys((target[0], *(o[0] for o in others))))
            before = _state(conn, ids)
            posts = _posts(conn, ids)
            if normalise(into) != target[3]:
                _alias(conn, target[1], target[3], target[2], target[0], session.who)
                conn.execute(
                    "UPDATE sources SET name = ?, norm = ? WHERE id = ?",
                    (into, normalise(into) or into, target[0]),
                )
            for ident, kind, name, norm in others:
                conn.execute(
                    "UPDATE mentions SET source_id = ? WHERE source_id = ?", (target[0], ident)
                )
                _redirect(conn, ident, target[0])
                _alias(conn, kind, norm, name, target[0], session.who)
            label = f"Merge {plural(len(others) + 1, 'source')} into {into}"
            return _result(session, self.kind, ids, before, posts, label)


@dataclass(frozen=True, slots=True)
class RemoveSource(Operation[None]):
    """Say a name the analysis took for a source is none (its mentions go;
    re-extraction does not bring it back)."""

    kind = "correct_sources"
    name: str
    seen: tuple[SeenSource, ...] = ()
    """The source as shown (see :class:`RenameSource`)."""

    def apply(self, session: Session) -> OpResult[None]:
        """Remove every source called ``name``."""
        with session.write() as conn:
            check_sources(conn, self.seen)
            check_source_name(conn, self.name, session.who)
            found = _find(conn, self.name)
            ids = tuple(f[0] for f in found)
            before = _state(conn, ids)
            posts = _posts(conn, ids)
            for ident, kind, name, norm in found:
                conn.execute("DELETE FROM mentions WHERE source_id = ?", (ident,))
                _redirect(conn, ident, None)
                _alias(conn, kind, norm, name, None, session.who)
            return _result(session, self.kind, ids, before, posts, f"Remove source {found[0][2]}")
