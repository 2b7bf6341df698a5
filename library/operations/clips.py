"""Operations on clips: clip a passage, edit a clip, delete and restore clips.

Each returns its inverse: a new clip is undone by deleting it, a deletion by
restoring the same rows (same ids, same keys: a key, once given, never
changes), an edit by the same edit with the old values.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace

from quotemark.library import keys
from quotemark.library.errors import (
    AlreadyInLibrary,
    EditConflict,
    EmptySelection,
    InvalidKey,
    SelectionOutsidePost,
)
from quotemark.library.model import Change, Clip, Span, paragraph_locator
from quotemark.library.operations.base import (
    Operation,
    OpResult,
    Session,
    not_found,
    now,
    plural,
)
from quotemark.library.quoting import short
from quotemark.library.store import anchors
from quotemark.library.store import clips as store_clips
from quotemark.library.store import corrections as store_corrections
from quotemark.library.store import posts as store_posts
from quotemark.library.store.reextract import clip_speaker, innermost_quote


def check_free(conn: sqlite3.Connection, key: str, *, clip_id: int = 0, post_id: int = 0) -> None:
    """Refuse ``key`` when another post or clip has it (ignoring case)."""
    row = conn.execute(
        "SELECT 'post', id, title FROM posts WHERE key = ? AND id != ?"
        " UNION ALL SELECT 'clip', id, text FROM clips WHERE key = ? AND id != ?",
        (key, post_id, key, clip_id),
    ).fetchone()
    if row is not None:
        raise InvalidKey(
            f"The citation key {key!r} is already used by {row[0]} {row[1]} "
            f"({short(row[2])}). Keys must be unique (ignoring case): choose another."
        )


def _tags_of(clips: Sequence[Clip]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(tag for clip in clips for tag in clip.tags))


@dataclass(frozen=True, slots=True)
class ClipSpan(Operation[Clip]):
    """Keep a passage of a post. The clip takes the speaker of the quotation
    the span lies in, its paragraph locator and a new citation key;
    whitespace at the ends of the selection is left out."""

    kind = "clip"
    post_id: int
    span: Span
    note: str = ""
    tags: tuple[str, ...] = ()

    def apply(self, session: Session) -> OpResult[Clip]:
        """Store the clip (refused when the span is not in the post)."""
        post = store_posts.load_post(session.conn, self.post_id)
        if post is None:
            raise not_found("post", self.post_id)
        if not anchors.is_valid(post.blocks, self.span.start, self.span.end):
            raise SelectionOutsidePost(
                f"The selection is not inside post {self.post_id}; select the passage again."
            )
        exact = anchors.trimmed(post.blocks, self.span.start, self.span.end)
        if exact is None:
            raise EmptySelection("The selection holds no text to clip.")
        # The researcher's corrections decide who said it.
        analysis = store_corrections.corrected_analysis(
            session.conn, self.post_id, post.blocks, post.analysis
        )
        quote_index = innermost_quote(analysis, exact)
        name, role, quoted_by = clip_speaker(analysis, quote_index)
        with session.write() as conn:
            post_key, number = conn.execute(
                "SELECT key, next_clip FROM posts WHERE id = ?", (self.post_id,)
            ).fetchone()
            key = keys.clip_key(post_key, number)
            while store_posts.key_taken(conn, key):
                number += 1
                key = keys.clip_key(post_key, number)
            conn.execute("UPDATE posts SET next_clip = ? WHERE id = ?", (number + 1, self.post_id))
            new = Clip(
                id=0,
                post_id=self.post_id,
                key=key,
                span=exact,
                speaker=name,
                role=role,
                quote_index=quote_index,
                paragraph=paragraph_locator(post.blocks, exact.start.block),
                note=self.note,
                tags=store_clips.clean_tags(self.tags),
                created=now(),
                made_by=session.who,
                quoted_by=quoted_by,
            )
            clip = replace(new, id=store_clips.insert(conn, new, with_id=False))
            store_clips.refresh_index(conn, self.post_id)
            change = Change(
                clips_added=(clip.id,), posts_changed=(self.post_id,), tags_changed=clip.tags
            )
            session.log(self.kind, change)
        words = len(clip.text.split())
        return OpResult(f"Clip {words} words", change, DeleteClips((clip.id,)), clip)


@dataclass(frozen=True, slots=True)
class DeleteClips(Operation[tuple[Clip, ...]]):
    """Delete clips; the value is the deleted clips, the inverse restores them."""

    kind = "delete_clips"
    clip_ids: tuple[int, ...]

    def apply(self, session: Session) -> OpResult[tuple[Clip, ...]]:
        """Delete every clip named (refused, with nothing deleted, when one is missing)."""
        wanted = list(dict.fromkeys(self.clip_ids))
        with session.write() as conn:
            found = tuple(store_clips.select(conn, ids=wanted))
            missing = set(wanted) - {c.id for c in found}
            if missing:
                raise not_found("clip", min(missing))
            posts = tuple(sorted({c.post_id for c in found}))
            conn.executemany("DELETE FROM clips WHERE id = ?", [(c.id,) for c in found])
            for post_id in posts:
                store_clips.refresh_index(conn, post_id)
            change = Change(
                clips_removed=tuple(c.id for c in found),
                posts_changed=posts,
                tags_changed=_tags_of(found),
            )
            session.log(self.kind, change)
        label = "Delete clip" if len(found) == 1 else f"Delete {len(found)} clips"
        return OpResult(label, change, RestoreClips(found), found)


@dataclass(frozen=True, slots=True)
class RestoreClips(Operation[tuple[Clip, ...]]):
    """Put deleted clips back with their ids and keys (refused when a key is
    now used by another entry, or their post is gone)."""

    kind = "restore_clips"
    clips: tuple[Clip, ...]

    def apply(self, session: Session) -> OpResult[tuple[Clip, ...]]:
        """Insert the clips as they were."""
        posts = tuple(sorted({c.post_id for c in self.clips}))
        with session.write() as conn:
            for post_id in posts:
                if conn.execute("SELECT 1 FROM posts WHERE id = ?", (post_id,)).fetchone() is None:
                    raise not_found("post", post_id)
            for clip in self.clips:
                if conn.execute("SELECT 1 FROM clips WHERE id = ?", (clip.id,)).fetchone():
                    raise AlreadyInLibrary(f"Clip {clip.id} is already in the library.")
                check_free(conn, clip.key, clip_id=clip.id)
                store_clips.insert(conn, clip, with_id=True)
            for post_id in posts:
                store_clips.refresh_index(conn, post_id)
            change = Change(
                clips_added=tuple(c.id for c in self.clips),
                posts_changed=posts,
                tags_changed=_tags_of(self.clips),
            )
            session.log(self.kind, change)
        ids = tuple(c.id for c in self.clips)
        label = f"Restore {plural(len(ids), 'clip')}"
        return OpResult(label, change, DeleteClips(ids), self.clips)


_FIELD_TITLES = {"note": "note", "tags": "tags", "key": "citation key"}


def _check_unchanged(edit: EditClip, stored: Clip) -> None:
    """Refuse ``edit`` when a field it changes no longer holds the value it
    started from (optimistic concurrency: checked inside the write
    transaction, which holds the library's write lock)."""
    checks: tuple[tuple[str, object, object, object, str], ...] = (
        ("note", edit.note, edit.was_note, stored.note, stored.note),
        ("key", edit.key, edit.was_key, stored.key, stored.key),
        (
            "tags",
            edit.tags,
            None if edit.was_tags is None else sorted(edit.was_tags),
            sorted(stored.tags),
            ", ".join(stored.tags),
        ),
    )
    for field, new, was, stored_value, shown in checks:
        if new is None or was is None or was == stored_value:
            continue
        raise EditConflict(
            f"Someone else changed this clip's {_FIELD_TITLES[field]} while you were "
            f"editing it (a colleague, another window or the command line); it now reads "
            f"“{shown}”. Your edit was not saved, so nothing was overwritten: look at "
            "theirs, then edit again.",
            current=shown,
        )


@dataclass(frozen=True, slots=True)
class EditClip(Operation[Clip]):
    """Edit a clip's note, tags or citation key (``None``: left as it is).
    A key is checked for form and uniqueness; the inverse puts the old
    values back (and is refused, never forced, if the old key was taken
    since)."""

    kind = "edit_clip"
    clip_id: int
    note: str | None = None
    tags: tuple[str, ...] | None = None
    key: str | None = None
    was_note: str | None = None
    """The note the edit started from (``None``: not checked). When the
    stored one differs, someone else changed it since and the edit is
    refused (:class:`EditConflict`) instead of overwriting theirs."""
    was_tags: tuple[str, ...] | None = None
    """The tags the edit started from (in any order; ``None``: not checked)."""
    was_key: str | None = None
    """The citation key the edit started from (``None``: not checked)."""

    def apply(self, session: Session) -> OpResult[Clip]:
        """Make the edit; the value is the clip as it is now."""
        new_key = keys.check_key(self.key) if self.key is not None else None
        with session.write() as conn:
            found = store_clips.select(conn, ids=[self.clip_id])
            if not found:
                raise not_found("clip", self.clip_id)
            before = found[0]
            _check_unchanged(self, before)
            if new_key is not None and new_key != before.key:
                check_free(conn, new_key, clip_id=self.clip_id)
                conn.execute("UPDATE clips SET key = ? WHERE id = ?", (new_key, self.clip_id))
            if self.note is not None:
                conn.execute("UPDATE clips SET note = ? WHERE id = ?", (self.note, self.clip_id))
                store_clips.refresh_index(conn, before.post_id)
            if self.tags is not None:
                store_clips.set_tags(conn, self.clip_id, self.tags)
            after = store_clips.select(conn, ids=[self.clip_id])[0]
            tags = tuple(set(before.tags) ^ set(after.tags))
            change = Change(clips_changed=(self.clip_id,), tags_changed=tuple(sorted(tags)))
            session.log(self.kind, change)
        # Undo puts the old values back only over this edit's own values:
        # a colleague's later edit is never undone unseen.
        inverse = EditClip(
            self.clip_id,
            note=before.note if self.note is not None else None,
            tags=before.tags if self.tags is not None else None,
            key=before.key if self.key is not None else None,
            was_note=after.note if self.note is not None else None,
            was_tags=after.tags if self.tags is not None else None,
            was_key=after.key if self.key is not None else None,
        )
        fields = [f for f in ("note", "tags", "key") if getattr(self, f) is not None]
        label = "Edit clip " + (_FIELD_TITLES[fields[0]] if len(fields) == 1 else "")
        return OpResult(label.strip(), change, inverse, after)


@dataclass(frozen=True, slots=True)
class ReadParts(Operation[dict[int, str]]):
    """Reads, changes nothing: each post's "part 1 of 3" (or "") that leads
    its clips' locators in "All clips" (:meth:`Reading.part_words`). The
    reading sits in the post's stored document, so each post costs a
    document's decoding: the window runs this in its worker thread
    (:class:`quotemark.app.workers.OperationJob`), a screenful of rows'
    posts at a time. Stops between posts when cancelled, with what it read;
    a post removed meanwhile reads "" (its rows go with the change)."""

    post_ids: tuple[int, ...]

    def apply(self, session: Session) -> OpResult[dict[int, str]]:
        parts: dict[int, str] = {}
        total = len(self.post_ids)
        for done, post_id in enumerate(self.post_ids, start=1):
            if session.cancelled():
                break
            try:
                reading = store_posts.load_reading(session.conn, post_id)
            except LookupError:
                reading = None
            parts[post_id] = reading.part_words() if reading is not None else ""
            if session.progress is not None:
                session.progress(done, total, "")
        return OpResult("Read parts", Change(), None, parts)
