"""Operations on whole posts: delete and restore, set the citation key,
re-extract (and re-import a newer save), and replace a post by a snapshot
(the inverse of a re-extraction).

Deleting keeps every row of the post (:mod:`quotemark.library.store.deletion`), so
its inverse puts it back with the same ids and keys.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from quotemark.library import keys
from quotemark.library.errors import AlreadyInLibrary, InvalidKey, PostHasClips, QuotemarkError
from quotemark.library.model import Change, Processed
from quotemark.library.operations.base import Operation, OpResult, Session, not_found, plural
from quotemark.library.operations.clips import check_free
from quotemark.library.quoting import short, titled
from quotemark.library.store import deletion
from quotemark.library.store.reextract import Outcome, reextract_one


@dataclass(frozen=True, slots=True)
class DeletedPost:
    """What deleting a post removed, enough to put it back exactly (same ids,
    same keys); also what a re-extraction replaced."""

    post_id: int
    payload: bytes


@dataclass(frozen=True, slots=True)
class ReextractReport:
    """What a re-extraction did: the change, and one message per post that
    could not be re-extracted (``failed``: left as they were) or whose clip
    text was not found again (``lost_clips``: they keep their old place and
    are never deleted)."""

    change: Change
    messages: tuple[str, ...] = ()
    lost_clips: tuple[int, ...] = ()
    failed: tuple[int, ...] = ()


def _sources(conn: sqlite3.Connection, post_id: int) -> tuple[int, ...]:
    rows = conn.execute(
        "SELECT DISTINCT source_id FROM mentions WHERE post_id = ? ORDER BY source_id", (post_id,)
    )
    return tuple(int(r[0]) for r in rows)


def _clip_ids(conn: sqlite3.Connection, post_id: int) -> tuple[int, ...]:
    rows = conn.execute("SELECT id FROM clips WHERE post_id = ? ORDER BY id", (post_id,))
    return tuple(int(r[0]) for r in rows)


def _tags(conn: sqlite3.Connection, post_id: int) -> tuple[str, ...]:
    rows = conn.execute(
        "SELECT t.tag FROM clip_tags t JOIN clips c ON c.id = t.clip_id WHERE c.post_id = ?"
        " UNION SELECT tag FROM post_tags WHERE post_id = ? ORDER BY 1",
        (post_id, post_id),
    )
    return tuple(str(r[0]) for r in rows)


def _collections(conn: sqlite3.Connection, post_id: int) -> tuple[int, ...]:
    rows = conn.execute(
        "SELECT collection_id FROM collection_posts WHERE post_id = ? ORDER BY 1", (post_id,)
    )
    return tuple(int(r[0]) for r in rows)


def _title(conn: sqlite3.Connection, post_id: int) -> str:
    row = conn.execute("SELECT title FROM posts WHERE id = ?", (post_id,)).fetchone()
    if row is None:
        raise not_found("post", post_id)
    return str(row[0])


def removal(conn: sqlite3.Connection, post_id: int) -> Change:
    """The change of removing ``post_id`` (read before it goes)."""
    return Change(
        posts_removed=(post_id,),
        clips_removed=_clip_ids(conn, post_id),
        quotes_changed=(post_id,),
        sources_changed=_sources(conn, post_id),
        tags_changed=_tags(conn, post_id),
        collections_changed=_collections(conn, post_id),
    )


def arrival(conn: sqlite3.Connection, post_id: int) -> Change:
    """The change of ``post_id`` arriving (read after it came)."""
    return Change(
        posts_added=(post_id,),
        clips_added=_clip_ids(conn, post_id),
        quotes_changed=(post_id,),
        sources_changed=_sources(conn, post_id),
        tags_changed=_tags(conn, post_id),
        collections_changed=_collections(conn, post_id),
    )


def _merged(changes: list[Change]) -> Change:
    from quotemark.library.store.changelog import merge

    return merge(changes)


@dataclass(frozen=True, slots=True)
class DeletePosts(Operation[tuple[DeletedPost, ...]]):
    """Delete posts (one transaction). A post with clips needs ``force``
    (:class:`PostHasClips` otherwise); the inverse restores them all."""

    kind = "delete_posts"
    post_ids: tuple[int, ...]
    force: bool = False

    def apply(self, session: Session) -> OpResult[tuple[DeletedPost, ...]]:
        """Delete every post named, or none."""
        deleted: list[DeletedPost] = []
        changes: list[Change] = []
        titles: list[str] = []
        with session.write() as conn:
            for post_id in dict.fromkeys(self.post_ids):
                title = _title(conn, post_id)
                titles.append(title)
                change = removal(conn, post_id)
                if change.clips_removed and not self.force:
                    raise PostHasClips(
                        f"Post {post_id} ({short(title)}) has "
                        f"{len(change.clips_removed)} clip(s). Deleting the post deletes "
                        "them too; confirm to go on (on the command line: --force)."
                    )
                deleted.append(DeletedPost(post_id, deletion.snapshot(conn, post_id)))
                deletion.delete(conn, post_id)
                changes.append(change)
            change = _merged(changes)
            session.log(self.kind, change)
        label = f"Delete {titled(titles[0])}" if len(titles) == 1 else f"Delete {len(titles)} posts"
        return OpResult(label, change, RestorePosts(tuple(deleted)), tuple(deleted))


@dataclass(frozen=True, slots=True)
class RestorePosts(Operation[tuple[int, ...]]):
    """Put deleted posts back with their clips, ids and keys."""

    kind = "restore_posts"
    deleted: tuple[DeletedPost, ...]

    def apply(self, session: Session) -> OpResult[tuple[int, ...]]:
        """Restore every post, or none (refused when one is back already or
        its keys are now used by other entries)."""
        changes: list[Change] = []
        with session.write() as conn:
            for item in self.deleted:
                if conn.execute("SELECT 1 FROM posts WHERE id = ?", (item.post_id,)).fetchone():
                    raise AlreadyInLibrary(f"Post {item.post_id} is already in the library.")
                try:
                    post_id, _ = deletion.restore(conn, item.payload)
                except sqlite3.IntegrityError as error:
                    raise InvalidKey(
                        f"Post {item.post_id} cannot come back: its citation key or one of "
                        f"its clips' keys is now used by another entry ({error})."
                    ) from error
                changes.append(arrival(conn, post_id))
            change = _merged(changes)
            session.log(self.kind, change)
        ids = tuple(d.post_id for d in self.deleted)
        return OpResult(
            f"Restore {plural(len(ids), 'post')}", change, DeletePosts(ids, force=True), ids
        )


@dataclass(frozen=True, slots=True)
class SetPostKey(Operation[str]):
    """Change a post's citation key (checked for form and uniqueness); its
    clips keep theirs."""

    kind = "set_post_key"
    post_id: int
    key: str

    def apply(self, session: Session) -> OpResult[str]:
        """Set the key; the value is the key as stored."""
        new_key = keys.check_key(self.key)
        with session.write() as conn:
            row = conn.execute("SELECT key FROM posts WHERE id = ?", (self.post_id,)).fetchone()
            if row is None:
                raise not_found("post", self.post_id)
            check_free(conn, new_key, post_id=self.post_id)
            conn.execute("UPDATE posts SET key = ? WHERE id = ?", (new_key, self.post_id))
            change = Change(posts_changed=(self.post_id,))
            session.log(self.kind, change)
        return OpResult("Change citation key", change, SetPostKey(self.post_id, row[0]), new_key)


@dataclass(frozen=True, slots=True)
class ReplacePosts(Operation[tuple[int, ...]]):
    """Put posts back as a snapshot has them (the inverse of re-extraction):
    content, analysis, clips and keys; the inverse is the snapshot taken now."""

    kind = "replace_posts"
    snapshots: tuple[DeletedPost, ...]

    def apply(self, session: Session) -> OpResult[tuple[int, ...]]:
        """Replace every post named, or none."""
        current: list[DeletedPost] = []
        changes: list[Change] = []
        with session.write() as conn:
            for item in self.snapshots:
                _title(conn, item.post_id)
                gone = removal(conn, item.post_id)
                current.append(DeletedPost(item.post_id, deletion.snapshot(conn, item.post_id)))
                deletion.delete(conn, item.post_id)
                deletion.restore(conn, item.payload)
                came = arrival(conn, item.post_id)
                changes.append(_replaced(gone, came, item.post_id))
            change = _merged(changes)
            session.log(self.kind, change)
        ids = tuple(s.post_id for s in self.snapshots)
        return OpResult(
            f"Put back {plural(len(ids), 'post')}", change, ReplacePosts(tuple(current)), ids
        )


def _replaced(gone: Change, came: Change, post_id: int) -> Change:
    """A post replaced in place: its clips that stay are changed, not
    removed and added again."""
    kept = set(gone.clips_removed) & set(came.clips_added)
    return Change(
        posts_changed=(post_id,),
        clips_added=tuple(c for c in came.clips_added if c not in kept),
        clips_changed=tuple(sorted(kept)),
        clips_removed=tuple(c for c in gone.clips_removed if c not in kept),
        quotes_changed=(post_id,),
        sources_changed=tuple(sorted(set(gone.sources_changed) | set(came.sources_changed))),
        tags_changed=tuple(sorted(set(gone.tags_changed) ^ set(came.tags_changed))),
    )


def reextract_post(
    session: Session,
    post_id: int,
    replacement: Processed | None,
    first: Callable[[sqlite3.Connection], None] | None = None,
) -> tuple[Outcome, DeletedPost | None, Change]:
    """Re-extract one post, logging its change in its own transaction
    (``first`` runs at its start: a body override being stored); returns
    the outcome, the snapshot before (to undo) and the change."""
    conn = session.conn
    if conn.execute("SELECT 1 FROM posts WHERE id = ?", (post_id,)).fetchone() is None:
        missing = Outcome(message=f"There is no post with id {post_id} in the library.")
        return missing, None, Change()
    before = DeletedPost(post_id, deletion.snapshot(conn, post_id))
    sources_before = _sources(conn, post_id)
    found: list[Change] = []

    def log(conn: sqlite3.Connection) -> None:
        change = Change(
            posts_changed=(post_id,),
            clips_changed=_clip_ids(conn, post_id),
            quotes_changed=(post_id,),
            sources_changed=tuple(sorted(set(sources_before) | set(_sources(conn, post_id)))),
        )
        session.log(ReextractPosts.kind, change)
        found.append(change)

    from quotemark.library.pipeline import reprocess

    outcome = reextract_one(conn, session.path, post_id, reprocess, replacement, log, first)
    if not outcome.changed:
        return outcome, None, Change()
    return outcome, before, found[0] if found else Change()


@dataclass(frozen=True, slots=True)
class ReextractPosts(Operation[ReextractReport]):
    """Run the current extractor and analysis again on stored originals
    (all posts when ``post_ids`` is ``None``), one transaction per post,
    keeping every clip (found again by its exact text) and every key. The
    inverse puts the posts back as they were."""

    kind = "reextract"
    post_ids: tuple[int, ...] | None = None

    def apply(self, session: Session) -> OpResult[ReextractReport]:
        """Re-extract; a post that fails is left as it was and named."""
        ids = (
            list(self.post_ids)
            if self.post_ids is not None
            else [int(r[0]) for r in session.conn.execute("SELECT id FROM posts ORDER BY id")]
        )

        def step(post_id: int) -> _Step:
            outcome, before, change = reextract_post(session, post_id, None)
            told = [outcome.message] if outcome.message else []
            return post_id, before, change, outcome.clips_lost, told, outcome.title

        change, report, undo, count = _each_post(session, ids, step)
        return OpResult(f"Re-extract {plural(count, 'post')}", change, undo, report)


_Item = TypeVar("_Item")
_Step = tuple[int, DeletedPost | None, Change, Sequence[int], list[str], str]
"""One post of a batch: its id, the snapshot before (None: left as it
was), the change, the clips lost, what to tell, and the progress label."""


def _each_post(
    session: Session, items: Sequence[_Item], step: Callable[[_Item], _Step]
) -> tuple[Change, ReextractReport, ReplacePosts | None, int]:
    """Run ``step`` on each item in turn, with progress; cancelling stops at
    the next one. The merged change, the report, the inverse (every post
    replaced put back) and how many posts were replaced."""
    snapshots: list[DeletedPost] = []
    changes: list[Change] = []
    lost: list[int] = []
    failed: list[int] = []
    messages: list[str] = []
    for done, item in enumerate(items, 1):
        if session.cancelled():
            messages.append("Cancelled: the remaining posts were left as they were.")
            break
        post_id, before, change, clips_lost, told, label = step(item)
        messages.extend(told)
        if before is not None:
            snapshots.append(before)
            changes.append(change)
        else:
            failed.append(post_id)
        lost.extend(clips_lost)
        if session.progress is not None:
            session.progress(done, len(items), label)
    change = _merged(changes)
    report = ReextractReport(change, tuple(messages), tuple(lost), tuple(failed))
    undo = ReplacePosts(tuple(snapshots)) if snapshots else None
    return change, report, undo, len(snapshots)


def _field_readings(conn: sqlite3.Connection, post_id: int) -> dict[str, object]:
    """The machine's reading of each field the researcher corrected."""
    from quotemark.library.store.corrections import field_rows

    return {name: row.machine for name, row in field_rows(conn, post_id).items()}


def _shown(value: object) -> str:
    # A field's value as a message names it: authors joined, quoted.
    if isinstance(value, list | tuple):
        value = ", ".join(str(v) for v in value)
    return f"\u201c{value or ''}\u201d"


def _corrections_told(
    conn: sqlite3.Connection, post_id: int, name: str, before: dict[str, object]
) -> list[str]:
    """One message per corrected field whose machine reading the new copy
    changed: the researcher's value is kept (it was written over the new
    reading), and they are told what the new copy says, to decide."""
    from quotemark.library.store.corrections import field_rows

    told: list[str] = []
    for field_name, row in field_rows(conn, post_id).items():
        if field_name in before and before[field_name] != row.machine:
            told.append(
                f"{name} (post {post_id}): the new copy reads its {field_name} as "
                f"{_shown(row.machine)}; your correction {_shown(row.value)} was kept."
            )
    return told


def reimport_one(
    session: Session, post_id: int, path: Path, processed: Processed | None = None
) -> tuple[Outcome, DeletedPost | None, Change, list[str]]:
    """Replace ``post_id`` by the file at ``path`` (read here unless
    ``processed``), in its own transaction: clips found again by their text
    (the rest marked lost, never deleted), corrections, tags, collections
    and notes kept. Returns the outcome, the snapshot before (None when
    nothing changed), the change and what to tell (the file named)."""
    from quotemark.library.pipeline import process

    name = Path(path).name
    if processed is None:
        try:
            processed = process(Path(path))
        except QuotemarkError as error:
            # The core's message names the file by its whole path: once is enough.
            why = error.message.removeprefix(f"{path}: ")
            failed = Outcome(message=f"{name}: post {post_id} was left as it was: {why}")
            return failed, None, Change(), [failed.message]
    readings = _field_readings(session.conn, post_id)
    outcome, before, change = reextract_post(session, post_id, processed)
    if before is None:
        return outcome, None, Change(), [outcome.message] if outcome.message else []
    told = [f"{name}: {outcome.message}"] if outcome.message else []
    told.extend(_corrections_told(session.conn, post_id, name, readings))
    if processed.raw.images_left_out:
        # As an import says it: the new copy shows less than the saved page.
        from quotemark.library.importers.webpage_complete import left_out_words

        told.append(f"{name}: {left_out_words(processed.raw.images_left_out)}.")
    return outcome, before, change, told


@dataclass(frozen=True, slots=True)
class Reimport(Operation[ReextractReport]):
    """Replace a post's stored original with a newer save of it, keeping its
    id, key and clips; the file must read as an article, otherwise nothing
    changes. The inverse puts the post back as it was."""

    kind = "reimport"
    post_id: int
    path: Path
    processed: Processed | None = field(default=None, compare=False)

    def apply(self, session: Session) -> OpResult[ReextractReport]:
        """Read the file (unless already processed) and replace the post."""
        from quotemark.library.pipeline import process

        _title(session.conn, self.post_id)
        processed = self.processed if self.processed is not None else process(Path(self.path))
        outcome, before, change, told = reimport_one(
            session, self.post_id, Path(self.path), processed
        )
        lost = tuple(outcome.clips_lost)
        if before is None:
            report = ReextractReport(Change(), tuple(told), lost, (self.post_id,))
            return OpResult("Re-import", Change(), None, report)
        report = ReextractReport(change, tuple(told), lost)
        return OpResult("Re-import", change, ReplacePosts((before,)), report)


@dataclass(frozen=True, slots=True)
class ReimportPosts(Operation[ReextractReport]):
    """Replace posts by newer saves of them, ``(post_id, file)`` each (the
    files an import found saved again from a stored post's address, or one
    the researcher chose), one transaction per post and one undoable step
    for all: the inverse puts every post and clip back as it was. A file
    that does not read as an article leaves its post as it was, named."""

    kind = "reimport"
    items: tuple[tuple[int, Path], ...]

    def apply(self, session: Session) -> OpResult[ReextractReport]:
        """Replace each post in turn, with progress; cancelling stops at the
        next file (the posts already replaced stay replaced, in this step)."""

        def step(item: tuple[int, Path]) -> _Step:
            post_id, path = item
            outcome, before, change, told = reimport_one(session, post_id, Path(path))
            lost = outcome.clips_lost if before is not None else ()
            return post_id, before, change, lost, told, Path(path).name

        change, report, undo, count = _each_post(session, self.items, step)
        label = f"Replace {plural(count, 'post')} with the new copy" + ("" if count == 1 else "s")
        return OpResult(label, change, undo, report)
