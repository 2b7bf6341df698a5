"""Collections, and a post's own tags and note, as stored (schema version 7).

Collections nest (``parent_id``); a post may sit in several. A name is
unique among its siblings (ignoring ASCII case) and holds no ``/``, so a
path such as ``Reading/Climate`` names one collection on the command line.
The operations in :mod:`quotemark.library.operations.collections` change these rows;
this module only reads and writes them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from quotemark.library.errors import InvalidCollection, NotFound
from quotemark.library.records import CollectionInfo
from quotemark.library.store.clips import clean_tags, refresh_index

SEPARATOR = "/"
"""Between the names of a collection path (``Reading/Climate``)."""

_SUBTREE = """
WITH RECURSIVE sub(id) AS (
    SELECT ? UNION ALL SELECT c.id FROM collections c JOIN sub ON c.parent_id = sub.id
)
"""


def tree(conn: sqlite3.Connection) -> list[CollectionInfo]:
    """Every collection, depth first, siblings by name (ignoring case)."""
    rows = conn.execute(
        "SELECT c.id, c.parent_id, c.name,"
        " (SELECT count(*) FROM collection_posts m WHERE m.collection_id = c.id)"
        " FROM collections c"
    ).fetchall()
    children: dict[int | None, list[tuple[int, str, int]]] = {}
    for ident, parent, name, count in rows:
        children.setdefault(parent, []).append((int(ident), str(name), int(count)))
    found: list[CollectionInfo] = []

    def walk(parent: int | None, prefix: str) -> None:
        for ident, name, count in sorted(children.get(parent, []), key=lambda r: r[1].casefold()):
            path = prefix + name
            found.append(CollectionInfo(ident, parent, name, path, count))
            walk(ident, path + SEPARATOR)

    walk(None, "")
    return found


def get(conn: sqlite3.Connection, collection_id: int) -> tuple[int | None, str]:
    """``(parent_id, name)`` of a collection; :class:`NotFound` when missing."""
    row = conn.execute(
        "SELECT parent_id, name FROM collections WHERE id = ?", (collection_id,)
    ).fetchone()
    if row is None:
        raise NotFound(f"There is no collection with id {collection_id} in the library.")
    return (None if row[0] is None else int(row[0])), str(row[1])


def subtree(conn: sqlite3.Connection, collection_id: int) -> list[int]:
    """The collection and every collection below it, parents before children."""
    rows = conn.execute(_SUBTREE + "SELECT id FROM sub", (collection_id,)).fetchall()
    return [int(r[0]) for r in rows]


def resolve(conn: sqlite3.Connection, path: str) -> int:
    """The id of the collection at ``path`` (``Reading/Climate``, names
    ignoring case); a number is taken as an id. :class:`NotFound` names the
    first part that does not exist."""
    text = path.strip()
    if text.isdigit():
        get(conn, int(text))
        return int(text)
    parent: int | None = None
    walked: list[str] = []
    for part in (p.strip() for p in text.split(SEPARATOR)):
        row = conn.execute(
            "SELECT id, name FROM collections WHERE coalesce(parent_id, 0) = ?"
            " AND name = ? COLLATE NOCASE",
            (parent or 0, part),
        ).fetchone()
        if row is None:
            where = f" in {SEPARATOR.join(walked)!r}" if walked else ""
            raise NotFound(
                f"There is no collection named {part!r}{where}. "
                "'quotemark collection list' shows the collections."
            )
        parent = int(row[0])
        walked.append(str(row[1]))
    if parent is None:
        raise NotFound("No collection named: give its name or path, such as Reading/Climate.")
    return parent


def clean_name(name: str) -> str:
    """``name`` on one line; refuses an empty name or one with ``/``."""
    text = " ".join(name.split())
    if not text:
        raise InvalidCollection("A collection needs a name.")
    if SEPARATOR in text:
        raise InvalidCollection(
            f"A collection name cannot hold {SEPARATOR!r} ({text!r}): it separates the names "
            "of nested collections. Make the outer collection first."
        )
    return text


def check_free(
    conn: sqlite3.Connection, parent_id: int | None, name: str, *, collection_id: int = 0
) -> None:
    """Refuse ``name`` when a sibling under ``parent_id`` has it (ignoring case)."""
    row = conn.execute(
        "SELECT name FROM collections WHERE coalesce(parent_id, 0) = ?"
        " AND name = ? COLLATE NOCASE AND id != ?",
        (parent_id or 0, name, collection_id),
    ).fetchone()
    if row is not None:
        where = "at the top" if parent_id is None else "in that collection"
        raise InvalidCollection(
            f"There is already a collection named {row[0]!r} {where}: choose another name."
        )


def post_ids(conn: sqlite3.Connection, collection_id: int, *, nested: bool = True) -> list[int]:
    """The posts in a collection (and, with ``nested``, in those below it)."""
    if nested:
        sql = (
            _SUBTREE + "SELECT DISTINCT post_id FROM collection_posts"
            " WHERE collection_id IN (SELECT id FROM sub) ORDER BY post_id"
        )
    else:
        sql = "SELECT post_id FROM collection_posts WHERE collection_id = ? ORDER BY post_id"
    return [int(r[0]) for r in conn.execute(sql, (collection_id,))]


def members(conn: sqlite3.Connection, collection_id: int, post_ids: Sequence[int]) -> set[int]:
    """Which of ``post_ids`` are in the collection itself."""
    if not post_ids:
        return set()
    marks = ",".join("?" * len(post_ids))
    rows = conn.execute(
        f"SELECT post_id FROM collection_posts WHERE collection_id = ? AND post_id IN ({marks})",
        [collection_id, *post_ids],
    )
    return {int(r[0]) for r in rows}


def collections_of(conn: sqlite3.Connection, post_id: int) -> list[int]:
    """The collections a post is in (itself, not through a parent)."""
    rows = conn.execute(
        "SELECT collection_id FROM collection_posts WHERE post_id = ? ORDER BY collection_id",
        (post_id,),
    )
    return [int(r[0]) for r in rows]


def post_tags(conn: sqlite3.Connection, post_id: int) -> tuple[str, ...]:
    """A post's own tags, sorted ignoring case."""
    rows = conn.execute("SELECT tag FROM post_tags WHERE post_id = ?", (post_id,))
    return tuple(sorted((str(r[0]) for r in rows), key=lambda t: (t.casefold(), t)))


def set_post_tags(conn: sqlite3.Connection, post_id: int, tags: Sequence[str]) -> None:
    """Replace a post's own tags."""
    conn.execute("DELETE FROM post_tags WHERE post_id = ?", (post_id,))
    conn.executemany(
        "INSERT INTO post_tags (post_id, tag) VALUES (?, ?)",
        [(post_id, tag) for tag in clean_tags(tags)],
    )
    refresh_index(conn, post_id)  # a post is found by its own tags


def note(conn: sqlite3.Connection, post_id: int) -> str:
    """A post's note (Markdown; empty when it has none)."""
    row = conn.execute("SELECT text FROM post_notes WHERE post_id = ?", (post_id,)).fetchone()
    return "" if row is None else str(row[0])


def set_note(conn: sqlite3.Connection, post_id: int, text: str) -> None:
    """Replace a post's note; an empty (or blank) note is removed."""
    if text.strip():
        conn.execute(
            "INSERT INTO post_notes (post_id, text) VALUES (?, ?)"
            " ON CONFLICT (post_id) DO UPDATE SET text = excluded.text",
            (post_id, text),
        )
    else:
        conn.execute("DELETE FROM post_notes WHERE post_id = ?", (post_id,))
    refresh_index(conn, post_id)  # and by the words of its note
