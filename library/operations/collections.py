"""Operations on collections and on a post's own tags and note.

Each returns its inverse: a new collection is undone by deleting it, a
deletion by restoring the same rows (same ids, so a later redo or a script
naming the id still reaches it), a rename or a move by the same with the
old values, adding posts by removing the ones that were not there before,
tags and notes by setting the old ones back, a tag renamed (or merged into
another) by giving each post and clip back the names it had.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from quotemark.library.errors import InvalidCollection, InvalidTag, NotFound
from quotemark.library.model import Change
from quotemark.library.operations.base import Operation, OpResult, Session, not_found, plural
from quotemark.library.quoting import titled
from quotemark.library.store import collections as store
from quotemark.library.store.clips import clean_tags, refresh_index


def _check_posts(conn: sqlite3.Connection, post_ids: Sequence[int]) -> tuple[int, ...]:
    wanted = tuple(dict.fromkeys(post_ids))
    if not wanted:
        return wanted
    marks = ",".join("?" * len(wanted))
    found = {int(r[0]) for r in conn.execute(f"SELECT id FROM posts WHERE id IN ({marks})", wanted)}
    missing = [i for i in wanted if i not in found]
    if missing:
        raise not_found("post", missing[0])
    return wanted


@dataclass(frozen=True, slots=True)
class CreateCollection(Operation[int]):
    """Make a collection at the top or inside ``parent_id``, holding
    ``post_ids`` from the start (the posts selected: one step to undo, not
    a collection made and then filled); the value is its id."""

    kind = "create_collection"
    name: str
    parent_id: int | None = None
    post_ids: tuple[int, ...] = ()

    def apply(self, session: Session) -> OpResult[int]:
        """Refused, with nothing made, when the name is empty, holds ``/``
        or is taken beside it, or a post is missing."""
        name = store.clean_name(self.name)
        with session.write() as conn:
            if self.parent_id is not None:
                store.get(conn, self.parent_id)
            store.check_free(conn, self.parent_id, name)
            posts = _check_posts(conn, self.post_ids)
            cursor = conn.execute(
                "INSERT INTO collections (parent_id, name) VALUES (?, ?)", (self.parent_id, name)
            )
            ident = int(cursor.lastrowid or 0)
            conn.executemany(
                "INSERT INTO collection_posts (collection_id, post_id) VALUES (?, ?)",
                [(ident, p) for p in posts],
            )
            change = Change(posts_changed=posts, collections_changed=(ident,))
            session.log(self.kind, change)
        label = f"New collection “{name}”"
        if posts:
            label += f" with {plural(len(posts), 'post')}"
        # Deleting it takes its posts out too; its redo puts them back.
        return OpResult(label, change, DeleteCollection(ident), ident)


@dataclass(frozen=True, slots=True)
class DeleteCollection(Operation[int]):
    """Delete a collection with its subcollections; posts stay in the
    library (and in their other collections)."""

    kind = "delete_collection"
    collection_id: int

    def apply(self, session: Session) -> OpResult[int]:
        """The value is how many posts left the deleted collections."""
        with session.write() as conn:
            _, name = store.get(conn, self.collection_id)
            ids = store.subtree(conn, self.collection_id)
            marks = ",".join("?" * len(ids))
            rows = tuple(
                (int(i), None if p is None else int(p), str(n))
                for i, p, n in conn.execute(
                    f"SELECT id, parent_id, name FROM collections WHERE id IN ({marks})", ids
                )
            )
            order = {ident: index for index, ident in enumerate(ids)}
            rows = tuple(sorted(rows, key=lambda r: order[r[0]]))  # parents first
            memberships = tuple(
                (int(c), int(p))
                for c, p in conn.execute(
                    "SELECT collection_id, post_id FROM collection_posts"
                    f" WHERE collection_id IN ({marks}) ORDER BY collection_id, post_id",
                    ids,
                )
            )
            # Children first: the parent's row is referenced by theirs.
            conn.executemany("DELETE FROM collections WHERE id = ?", [(i,) for i in reversed(ids)])
            posts = tuple(sorted({p for _, p in memberships}))
            change = Change(posts_changed=posts, collections_changed=tuple(ids))
            session.log(self.kind, change)
        undo = RestoreCollections(rows, memberships)
        return OpResult(f"Delete collection “{name}”", change, undo, len(posts))


@dataclass(frozen=True, slots=True)
class RestoreCollections(Operation[int]):
    """Put deleted collections back with their ids and memberships (the
    inverse of :class:`DeleteCollection`; the first row is the top one).
    Posts deleted since are left out."""

    kind = "restore_collections"
    rows: tuple[tuple[int, int | None, str], ...]
    memberships: tuple[tuple[int, int], ...] = ()

    def apply(self, session: Session) -> OpResult[int]:
        """The value is the top collection's id."""
        top = self.rows[0]
        with session.write() as conn:
            if top[1] is not None:
                store.get(conn, top[1])
            store.check_free(conn, top[1], top[2])
            conn.executemany(
                "INSERT INTO collections (id, parent_id, name) VALUES (?, ?, ?)", self.rows
            )
            conn.executemany(
                "INSERT INTO collection_posts (collection_id, post_id)"
                " SELECT ?, id FROM posts WHERE id = ?",
                self.memberships,
            )
            posts = tuple(sorted({p for _, p in self.memberships}))
            change = Change(posts_changed=posts, collections_changed=tuple(r[0] for r in self.rows))
            session.log(self.kind, change)
        return OpResult(f"Restore collection “{top[2]}”", change, DeleteCollection(top[0]), top[0])


@dataclass(frozen=True, slots=True)
class RenameCollection(Operation[str]):
    """Give a collection another name; the value is the old name."""

    kind = "rename_collection"
    collection_id: int
    name: str

    def apply(self, session: Session) -> OpResult[str]:
        """Refused when the name is empty, holds ``/`` or is taken beside it."""
        name = store.clean_name(self.name)
        with session.write() as conn:
            parent, old = store.get(conn, self.collection_id)
            store.check_free(conn, parent, name, collection_id=self.collection_id)
            conn.execute("UPDATE collections SET name = ? WHERE id = ?", (name, self.collection_id))
            change = Change(collections_changed=(self.collection_id,))
            session.log(self.kind, change)
        undo = RenameCollection(self.collection_id, old)
        return OpResult(f"Rename collection “{old}”", change, undo, old)


@dataclass(frozen=True, slots=True)
class MoveCollection(Operation[int | None]):
    """Put a collection inside another (``None``: at the top); the value is
    its old parent. Refused when the target is the collection or below it."""

    kind = "move_collection"
    collection_id: int
    parent_id: int | None

    def apply(self, session: Session) -> OpResult[int | None]:
        """Move it, keeping its subcollections and posts."""
        with session.write() as conn:
            old, name = store.get(conn, self.collection_id)
            if self.parent_id is not None:
                store.get(conn, self.parent_id)
                if self.parent_id in store.subtree(conn, self.collection_id):
                    raise InvalidCollection(
                        f"The collection “{name}” cannot go inside itself or one of its own "
                        "subcollections."
                    )
            store.check_free(conn, self.parent_id, name, collection_id=self.collection_id)
            conn.execute(
                "UPDATE collections SET parent_id = ? WHERE id = ?",
                (self.parent_id, self.collection_id),
            )
            change = Change(collections_changed=(self.collection_id,))
            session.log(self.kind, change)
        undo = MoveCollection(self.collection_id, old)
        return OpResult(f"Move collection “{name}”", change, undo, old)


@dataclass(frozen=True, slots=True)
class AddToCollection(Operation[tuple[int, ...]]):
    """Put posts in a collection (those already there stay); the value is
    the posts that were not there before."""

    kind = "add_to_collection"
    collection_id: int
    post_ids: tuple[int, ...]

    def apply(self, session: Session) -> OpResult[tuple[int, ...]]:
        """Refused, with nothing added, when a post or the collection is missing."""
        with session.write() as conn:
            _, name = store.get(conn, self.collection_id)
            wanted = _check_posts(conn, self.post_ids)
            there = store.members(conn, self.collection_id, wanted)
            new = tuple(p for p in wanted if p not in there)
            conn.executemany(
                "INSERT INTO collection_posts (collection_id, post_id) VALUES (?, ?)",
                [(self.collection_id, p) for p in new],
            )
            change = Change(posts_changed=new, collections_changed=(self.collection_id,))
            session.log(self.kind, change if new else Change())
        undo = RemoveFromCollection(self.collection_id, new) if new else None
        label = f"Add {plural(len(wanted), 'post')} to “{name}”"
        return OpResult(label, change if new else Change(), undo, new)


@dataclass(frozen=True, slots=True)
class RemoveFromCollection(Operation[tuple[int, ...]]):
    """Take posts out of a collection (never out of the library); the value
    is the posts that were in it."""

    kind = "remove_from_collection"
    collection_id: int
    post_ids: tuple[int, ...]

    def apply(self, session: Session) -> OpResult[tuple[int, ...]]:
        """Posts not in the collection are passed over."""
        with session.write() as conn:
            _, name = store.get(conn, self.collection_id)
            wanted = tuple(dict.fromkeys(self.post_ids))
            there = store.members(conn, self.collection_id, wanted)
            gone = tuple(p for p in wanted if p in there)
            conn.executemany(
                "DELETE FROM collection_posts WHERE collection_id = ? AND post_id = ?",
                [(self.collection_id, p) for p in gone],
            )
            change = Change(posts_changed=gone, collections_changed=(self.collection_id,))
            session.log(self.kind, change if gone else Change())
        undo = AddToCollection(self.collection_id, gone) if gone else None
        label = f"Remove {plural(len(gone), 'post')} from “{name}”"
        return OpResult(label, change if gone else Change(), undo, gone)


@dataclass(frozen=True, slots=True)
class SetPostTags(Operation[None]):
    """Give each named post exactly these tags (``(post_id, tags)`` pairs);
    the inverse sets the tags they had."""

    kind = "set_post_tags"
    tags: tuple[tuple[int, tuple[str, ...]], ...]

    def apply(self, session: Session) -> OpResult[None]:
        """Refused, with nothing changed, when a post is missing."""
        with session.write() as conn:
            _check_posts(conn, [post_id for post_id, _ in self.tags])
            old = tuple((p, store.post_tags(conn, p)) for p, _ in self.tags)
            touched: dict[str, None] = {}
            for (post_id, tags), (_, before) in zip(self.tags, old, strict=True):
                store.set_post_tags(conn, post_id, tags)
                after = store.post_tags(conn, post_id)
                touched.update(dict.fromkeys(sorted(set(after) ^ set(before))))
            changed = tuple(p for p, before in old if store.post_tags(conn, p) != before)
            change = Change(posts_changed=changed, tags_changed=tuple(touched))
            session.log(self.kind, change)
        label = "Tag post" if len(self.tags) == 1 else f"Tag {len(self.tags)} posts"
        return OpResult(label, change, SetPostTags(old) if changed else None, None)


@dataclass(frozen=True, slots=True)
class TagPosts(Operation[None]):
    """Add and remove tags on posts (their other tags stay)."""

    kind = "set_post_tags"
    post_ids: tuple[int, ...]
    add: tuple[str, ...] = ()
    remove: tuple[str, ...] = ()

    def apply(self, session: Session) -> OpResult[None]:
        """Refused, with nothing changed, when a post is missing."""
        adding, removing = clean_tags(self.add), set(clean_tags(self.remove))
        wanted: list[tuple[int, tuple[str, ...]]] = []
        for post_id in dict.fromkeys(self.post_ids):
            current = store.post_tags(session.conn, post_id)
            kept = [t for t in (*current, *adding) if t not in removing]
            wanted.append((post_id, clean_tags(kept)))
        return SetPostTags(tuple(wanted)).apply(session)


@dataclass(frozen=True, slots=True)
class SetPostNote(Operation[str]):
    """Replace a post's Markdown note (empty removes it); the value is the old note."""

    kind = "set_post_note"
    post_id: int
    text: str

    def apply(self, session: Session) -> OpResult[str]:
        """Refused when the post is missing."""
        with session.write() as conn:
            title = conn.execute("SELECT title FROM posts WHERE id = ?", (self.post_id,)).fetchone()
            if title is None:
                raise not_found("post", self.post_id)
            old = store.note(conn, self.post_id)
            text = self.text if self.text.strip() else ""
            store.set_note(conn, self.post_id, text)
            change = Change(posts_changed=(self.post_id,)) if old != text else Change()
            session.log(self.kind, change)
        label = f"Edit note of {titled(str(title[0]), 40)}"
        undo = SetPostNote(self.post_id, old) if change else None
        return OpResult(label, change, undo, old)


@dataclass(frozen=True, slots=True)
class TagUse:
    """Where a tag is used: the posts tagged with it themselves and the
    clips tagged with it (by id, in id order)."""

    post_ids: tuple[int, ...] = ()
    clip_ids: tuple[int, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.post_ids or self.clip_ids)

    def describe(self) -> str:
        """``3 posts and 1 clip``, ``2 clips``: what a message names."""
        parts = [
            plural(len(ids), word)
            for ids, word in ((self.post_ids, "post"), (self.clip_ids, "clip"))
            if ids
        ]
        return " and ".join(parts) or "nothing"


def tag_use(conn: sqlite3.Connection, tag: str) -> TagUse:
    """The posts and clips tagged exactly ``tag`` (case counts: "Ferry" and
    "ferry" are two tags, as the tag list shows them)."""
    posts = conn.execute("SELECT post_id FROM post_tags WHERE tag = ? ORDER BY post_id", (tag,))
    post_ids = tuple(int(r[0]) for r in posts)
    clips = conn.execute("SELECT clip_id FROM clip_tags WHERE tag = ? ORDER BY clip_id", (tag,))
    return TagUse(post_ids, tuple(int(r[0]) for r in clips))


def _tag_name(name: str) -> str:
    """``name`` as a tag is stored (spaces run together), refused when empty."""
    cleaned = clean_tags((name,))
    if not cleaned:
        raise InvalidTag("A tag needs a name: the new name is empty.")
    return cleaned[0]


def _clip_posts(conn: sqlite3.Connection, clip_ids: Sequence[int]) -> tuple[int, ...]:
    if not clip_ids:
        return ()
    marks = ",".join("?" * len(clip_ids))
    rows = conn.execute(f"SELECT DISTINCT post_id FROM clips WHERE id IN ({marks})", clip_ids)
    return tuple(int(r[0]) for r in rows)


def _retag(
    conn: sqlite3.Connection, old: str, new: str, had_old: TagUse, had_new: TagUse, *, back: bool
) -> Change:
    """Give every post and clip in ``had_old`` the tag ``new`` in place of
    ``old``, keeping ``new`` where ``had_new`` says it was already (``back``:
    the other way, each item of ``had_old`` has ``old`` again and loses
    ``new`` unless ``had_new`` had it); the change, the search rows of the
    posts tagged written again."""
    for table, column, ids, both in (
        ("post_tags", "post_id", had_old.post_ids, set(had_new.post_ids)),
        ("clip_tags", "clip_id", had_old.clip_ids, set(had_new.clip_ids)),
    ):
        # One row per (item, tag): an item tagged both keeps its one "new"
        # row, the others' "old" row becomes "new" (and back).
        only_old = [i for i in ids if i not in both]
        conn.executemany(
            f"DELETE FROM {table} WHERE {column} = ? AND tag = ?",
            [(i, new) for i in only_old] if back else [(i, old) for i in ids],
        )
        conn.executemany(
            f"INSERT INTO {table} ({column}, tag) VALUES (?, ?)",
            [(i, old) for i in ids] if back else [(i, new) for i in only_old],
        )
    for post_id in had_old.post_ids:
        refresh_index(conn, post_id)  # a post is found by its own tags
    return Change(
        posts_changed=tuple(dict.fromkeys(had_old.post_ids + _clip_posts(conn, had_old.clip_ids))),
        clips_changed=had_old.clip_ids,
        tags_changed=(old, new),
    )


@dataclass(frozen=True, slots=True)
class RenameTag(Operation[TagUse]):
    """Call a tag by another name on every post and clip that has it; onto
    a tag already in use the two merge (an item with both keeps one). The
    value is where the old name was used; the inverse puts back exactly the
    items that had each name."""

    kind = "rename_tag"
    old: str
    new: str

    def apply(self, session: Session) -> OpResult[TagUse]:
        """Refused when the new name is empty or blank, or no post or clip
        has the old one; the same name again changes nothing."""
        new = _tag_name(self.new)
        with session.write() as conn:
            had_old = tag_use(conn, self.old)
            if not had_old:
                raise not_found_tag(self.old)
            if new == self.old:
                return OpResult(f"Rename tag “{self.old}”", Change(), None, had_old)
            had_new = tag_use(conn, new)
            change = _retag(conn, self.old, new, had_old, had_new, back=False)
            session.log(self.kind, change)
        undo = UnrenameTag(self.old, new, had_old, had_new)
        verb = "Merge tag" if had_new else "Rename tag"
        return OpResult(f"{verb} “{self.old}” into “{new}”", change, undo, had_old)


@dataclass(frozen=True, slots=True)
class UnrenameTag(Operation[TagUse]):
    """Undo :class:`RenameTag`: the items that had ``old`` have it again and
    lose ``new`` unless they had it before (``had_new``)."""

    kind = "rename_tag"
    old: str
    new: str
    had_old: TagUse
    had_new: TagUse

    def apply(self, session: Session) -> OpResult[TagUse]:
        """Put the old name back where it was."""
        with session.write() as conn:
            change = _retag(conn, self.old, self.new, self.had_old, self.had_new, back=True)
            session.log(self.kind, change)
        undo = RenameTag(self.old, self.new)
        return OpResult(f"Rename tag “{self.new}” back to “{self.old}”", change, undo, self.had_old)


def not_found_tag(tag: str) -> NotFound:
    """The error for a tag no post or clip has."""
    return NotFound(f"No post or clip is tagged “{tag}”.")
