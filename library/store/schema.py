"""The library's tables and their migrations (``PRAGMA user_version``).

``MIGRATIONS[n]`` takes a database from version ``n`` to ``n + 1``. Opening
a library runs the missing steps in one transaction after copying the file
to :func:`quotemark.library.paths.backups_dir`; a library from a newer Quotemark is
refused with :class:`~quotemark.library.errors.NewerLibrary` and left untouched.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from quotemark.library.errors import NewerLibrary
from quotemark.library.store import engine
from quotemark.library.store.db import transaction
from quotemark.library.store.title_order import fill_title_keys

_V1 = """
CREATE TABLE posts (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL COLLATE NOCASE UNIQUE,
    title TEXT NOT NULL,
    authors TEXT NOT NULL,              -- JSON list of names
    published TEXT,
    site TEXT,
    url TEXT,
    url_key TEXT,                       -- the URL normalised for duplicate checks
    language TEXT,
    description TEXT,
    imported TEXT NOT NULL,             -- ISO 8601 with offset
    file_name TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    format TEXT NOT NULL,               -- SourceFormat
    quote_count INTEGER NOT NULL,
    next_clip INTEGER NOT NULL DEFAULT 1,  -- clip key counter, never reused
    blocks BLOB NOT NULL,               -- zlib-compressed JSON
    analysis BLOB NOT NULL,             -- zlib-compressed JSON
    original BLOB NOT NULL,             -- zlib-compressed bytes read from disk
    document BLOB NOT NULL              -- zlib-compressed JSON: decoded html/text, url, ...
);
CREATE INDEX posts_url_key ON posts(url_key) WHERE url_key IS NOT NULL;
CREATE INDEX posts_content_hash ON posts(content_hash);

CREATE TABLE resources (
    post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    location TEXT NOT NULL,
    refs TEXT NOT NULL,                 -- JSON list: every reference naming it
    shown INTEGER NOT NULL,             -- 1 when the article uses it
    data BLOB NOT NULL,
    PRIMARY KEY (post_id, name)
);

CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    norm TEXT NOT NULL,
    url TEXT,
    UNIQUE (kind, norm)
);

CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources(id),
    kind TEXT NOT NULL,
    start_block INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_block INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX mentions_post ON mentions(post_id);
CREATE INDEX mentions_source ON mentions(source_id, post_id);

CREATE TABLE clips (
    id INTEGER PRIMARY KEY AUTOINCREMENT,  -- ids of deleted clips are not reused
    post_id INTEGER NOT NULL REFERENCES posts(id),
    key TEXT NOT NULL COLLATE NOCASE UNIQUE,
    start_block INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_block INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    text TEXT NOT NULL,
    speaker TEXT,
    role TEXT,
    quote_index INTEGER,
    paragraph INTEGER NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    lost INTEGER NOT NULL DEFAULT 0     -- 1 when re-extraction could not find the text
);
CREATE INDEX clips_post ON clips(post_id);

CREATE TABLE clip_tags (
    clip_id INTEGER NOT NULL REFERENCES clips(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (clip_id, tag)
) WITHOUT ROWID;
CREATE INDEX clip_tags_tag ON clip_tags(tag);

CREATE VIRTUAL TABLE post_fts USING fts5(
    title, body, clips,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
"""

# Version 2: the large columns move to their own table, so that listing
# 100,000 posts reads small rows (measured: 0.33 s -> see benchmarks/store.py)
# instead of one page per post.
_V2 = """
CREATE TABLE post_content (
    post_id INTEGER PRIMARY KEY REFERENCES posts(id) ON DELETE CASCADE,
    blocks BLOB NOT NULL,               -- zlib-compressed JSON
    analysis BLOB NOT NULL,             -- zlib-compressed JSON
    original BLOB NOT NULL,             -- zlib-compressed bytes read from disk
    document BLOB NOT NULL              -- zlib-compressed JSON: decoded html/text, url, ...
);
INSERT INTO post_content (post_id, blocks, analysis, original, document)
    SELECT id, blocks, analysis, original, document FROM posts;
ALTER TABLE posts DROP COLUMN blocks;
ALTER TABLE posts DROP COLUMN analysis;
ALTER TABLE posts DROP COLUMN original;
ALTER TABLE posts DROP COLUMN document;
CREATE INDEX posts_imported ON posts(imported, id);
"""

# Version 3: post ids and keys of deleted posts are not handed out again
# (SQLite gives a deleted newest post's id to the next one), so an undo, a
# script or a paper naming a post never reaches a different one. A retired
# key comes back only to the same post imported again (same URL or text).
_V3 = """
CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO counters (name, value) SELECT 'post_id', coalesce(max(id), 0) FROM posts;
CREATE TABLE retired_keys (
    key TEXT PRIMARY KEY COLLATE NOCASE,
    url_key TEXT,
    content_hash TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX retired_keys_url ON retired_keys(url_key);
CREATE INDEX retired_keys_hash ON retired_keys(content_hash);
"""

# Version 4: the change log (library/store/changelog.py), so a window sees
# what another process changed, in the same detail as its own edits.
_V4 = """
CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused, so readers can count on it
    kind TEXT NOT NULL,                 -- the operation: clip, delete_posts, import, ...
    origin TEXT NOT NULL,               -- the Library instance that made it
    at TEXT NOT NULL,                   -- ISO 8601 with offset
    change TEXT NOT NULL                -- JSON: the Change's fields that name ids
);
"""
# Version 5 (4 is the change log): the library list pages through the
# database (library/store/listing.py), so each of its orders gets an index,
# and a post's clip count is kept in its row by triggers (any writer, the
# command line included, keeps it right) so "most clips" is indexed too.
# Measured on 100,000 posts: a page or a post's row in a few ms instead of
# sorting the whole library (see benchmarks/scale.py).
_V5 = """
ALTER TABLE posts ADD COLUMN clip_count INTEGER NOT NULL DEFAULT 0;
UPDATE posts SET clip_count = (SELECT count(*) FROM clips WHERE clips.post_id = posts.id);
CREATE TRIGGER clips_count_added AFTER INSERT ON clips BEGIN
    UPDATE posts SET clip_count = clip_count + 1 WHERE id = NEW.post_id;
END;
CREATE TRIGGER clips_count_removed AFTER DELETE ON clips BEGIN
    UPDATE posts SET clip_count = clip_count - 1 WHERE id = OLD.post_id;
END;
CREATE TRIGGER clips_count_moved AFTER UPDATE OF post_id ON clips BEGIN
    UPDATE posts SET clip_count = clip_count - 1 WHERE id = OLD.post_id;
    UPDATE posts SET clip_count = clip_count + 1 WHERE id = NEW.post_id;
END;
CREATE INDEX posts_by_published ON posts(coalesce(published, ''), imported, id);
CREATE INDEX posts_by_title ON posts(title COLLATE NOCASE, imported DESC, id DESC);
CREATE INDEX posts_by_site ON posts(
    (coalesce(site, '') = ''), coalesce(site, '') COLLATE NOCASE, imported DESC, id DESC
);
CREATE INDEX posts_by_clips ON posts(clip_count, imported, id);
"""

# Version 6: the researcher's corrections, kept beside the machine's reading
# (library/store/corrections.py). A post's quote corrections are anchored
# by the quote's exact text and where it stood (found again like clips); a
# metadata correction names its field. Source corrections map a name the
# analysis gives to the library source it now is (NULL: removed as false),
# so re-extraction keeps renames, merges and removals.
_V6 = """
CREATE TABLE corrections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,                 -- speaker | add_quote | remove_quote | field
    target TEXT NOT NULL,               -- the quote's exact text, or the field's name
    near INTEGER NOT NULL DEFAULT 0,    -- the quote's offset in the post's text when made
    machine TEXT NOT NULL,              -- JSON: the machine's reading when made
    value TEXT NOT NULL,                -- JSON: the researcher's
    made TEXT NOT NULL                  -- ISO 8601 with offset
);
CREATE INDEX IF NOT EXISTS corrections_post ON corrections(post_id, kind);
ALTER TABLE posts ADD COLUMN entry_type TEXT;  -- the researcher's: blog, news or web
CREATE TABLE source_corrections (
    kind TEXT NOT NULL,                 -- the SourceKind the analysis gives
    norm TEXT NOT NULL,                 -- the analysis' name, normalised
    name TEXT NOT NULL,                 -- the analysis' name as it was
    source_id INTEGER,                  -- the library source it is now; NULL: not a source
    made TEXT NOT NULL,
    PRIMARY KEY (kind, norm)
) WITHOUT ROWID;
"""

# Version 7: collections (nested folders; a post may sit in several), and a
# post's own tags and Markdown note (library/store/collections.py). Rows go
# with their post (ON DELETE CASCADE); deleting a collection takes its
# subcollections and memberships, never posts.
_V7 = """
CREATE TABLE collections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,   -- ids of deleted collections are not reused
    parent_id INTEGER REFERENCES collections(id) ON DELETE CASCADE,
    name TEXT NOT NULL
);
CREATE UNIQUE INDEX collections_name ON collections(coalesce(parent_id, 0), name COLLATE NOCASE);
CREATE TABLE collection_posts (
    collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
    post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    PRIMARY KEY (collection_id, post_id)
) WITHOUT ROWID;
CREATE INDEX collection_posts_post ON collection_posts(post_id);
CREATE TABLE post_tags (
    post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (post_id, tag)
) WITHOUT ROWID;
CREATE INDEX post_tags_tag ON post_tags(tag);
CREATE TABLE post_notes (
    post_id INTEGER PRIMARY KEY REFERENCES posts(id) ON DELETE CASCADE,
    text TEXT NOT NULL                  -- Markdown, as the researcher wrote it
);
"""

# Version 8: a post's own tags and note are searched with its clips: the
# search row's ``clips`` column gets them appended (as refresh_index() writes
# them), for posts that have either.
_V8 = """
UPDATE post_fts SET clips = ltrim(
    clips
    || coalesce(char(10) || (SELECT group_concat(tag, ' ') FROM
        (SELECT tag FROM post_tags WHERE post_id = post_fts.rowid ORDER BY tag)), '')
    || coalesce(char(10) || (SELECT text FROM post_notes WHERE post_id = post_fts.rowid), ''),
    char(10)
) WHERE rowid IN (SELECT post_id FROM post_tags UNION SELECT post_id FROM post_notes);
"""

# Version 9: how sure the extractor is of a post's title, authors and date
# (JSON: field name -> 0..1; NULL for posts extracted before, read as sure).
# The Review tab lists the unsure ones until the researcher settles them.
_V9 = """
ALTER TABLE posts ADD COLUMN confidence TEXT;
"""

# Version 10: who made each clip and correction and who imported each post
# (on a shared library the database role or the researcher's display name;
# on a file the OS user or the display name). Rows made before stay NULL,
# shown as unknown.
_V10 = """
ALTER TABLE clips ADD COLUMN made_by TEXT;
ALTER TABLE corrections ADD COLUMN made_by TEXT;
ALTER TABLE posts ADD COLUMN imported_by TEXT;
"""

# Version 11: who made each source correction (a rename, merge or removal
# of a library source), as version 10 records it for the other corrections.
# Rows made before stay NULL, shown as unknown.
_V11 = """
ALTER TABLE source_corrections ADD COLUMN made_by TEXT;
"""

# Version 12: on PostgreSQL the search column is kept in the row rather than
# out of line (schema_pg.STEPS[12]), so a search reads one page per match
# instead of about five. SQLite's FTS5 index has no such setting; the step
# is empty here so both engines keep the same version numbers.
_V12 = ""

# Version 13: on PostgreSQL the numbers of posts and clips are kept, not
# counted (schema_pg.STEPS[13]): a count there reads every row. SQLite counts
# a table from its b-tree pages; the step is empty here, as version 12's.
_V13 = ""

# Version 14: the list's title order is natural ("Pier 2" before "Pier 10",
# case and accents folded), by a key kept beside the title
# (store/title_order.py: neither engine sorts so by itself), with an index
# in the list's order; the old index by the title ignoring ASCII case goes.
# The keys of the posts already there are written by AFTER[14].
_V14 = """
ALTER TABLE posts ADD COLUMN title_key TEXT NOT NULL DEFAULT '';
DROP INDEX IF EXISTS posts_by_title;
CREATE INDEX posts_by_title_key ON posts(title_key, imported DESC, id DESC);
"""

# Version 15: who quoted a clip's words, for a quotation inside a quotation
# (the outer quotation's speaker: "Ada Lind’s father, quoted by Ada Lind").
# Clips made before stay NULL until version 16's fill, a correction or a
# re-extraction of their post writes it.
_V15 = """
ALTER TABLE clips ADD COLUMN quoted_by TEXT;
"""

# Version 16: the posts whose clips may lack who quoted them (clips made
# before version 15 in a quotation: the column cannot tell "not nested" from
# "not yet known"). Listing them is one cheap statement; the clips are filled
# after opening, a short transaction per batch of posts, from each post's
# stored and corrected reading (store/quoted_by_fill.py), so a large library
# opens as fast as before and the window fills it in a thread.
_V16 = """
CREATE TABLE quoted_by_pending (post_id INTEGER PRIMARY KEY);
INSERT INTO quoted_by_pending (post_id)
    SELECT DISTINCT post_id FROM clips WHERE quote_index IS NOT NULL AND quoted_by IS NULL;
"""

# Version 17: the title keys written again: "Łódź", "Øya" and the other
# titles opening with a letter NFKD keeps whole now file by its base letter
# (store/title_order.py), not after "Zebra". No SQL; AFTER[17] writes them.
_V17 = ""

# Version 18: a fourth, derived search text per post (``more``:
# search.more_terms), so a word is found inside a Japanese run, under an
# Arabic article or Hebrew prefixes, and without its stroked letters. FTS5
# cannot add a column: the new table starts empty (instant on any library),
# store/search_fill.py fills it a batch of posts at a time after opening (the
# window in a thread) from the old one, which search reads until the fill
# swaps the tables. ``search_fill.done``: the highest post id copied.
# AFTER[18] swaps them at once when there is nothing to copy.
_V18 = """
CREATE VIRTUAL TABLE IF NOT EXISTS post_fts_next USING fts5(
    title, body, clips, more,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
CREATE TABLE IF NOT EXISTS search_fill (done INTEGER NOT NULL);
INSERT INTO search_fill (done) VALUES (0);
"""

# Version 19: a journal article's DOI, journal, volume, issue and pages, and
# a preprint's or report's archive, identifier there and arXiv class
# (model.Scholarly), as columns: every export reads them for every post, and
# the researcher corrects the DOI and journal as the other fields (kind
# 'field' writes a column). NULL for every post stored before and for every
# page not a journal article's; adding a column rewrites nothing.
_V19 = """
ALTER TABLE posts ADD COLUMN doi TEXT;
ALTER TABLE posts ADD COLUMN journal TEXT;
ALTER TABLE posts ADD COLUMN volume TEXT;
ALTER TABLE posts ADD COLUMN issue TEXT;
ALTER TABLE posts ADD COLUMN pages TEXT;
ALTER TABLE posts ADD COLUMN archive TEXT;
ALTER TABLE posts ADD COLUMN eprint TEXT;
ALTER TABLE posts ADD COLUMN eprint_class TEXT;
"""

# Version 20: the publisher a scholarly page names (model.Scholarly.publisher:
# a report's publishing house, a journal's publisher), and the index that
# finds a post by its DOI as typed (search.identified: ``lower(p.doi) = ?``;
# without it a typed DOI read every post of a 100,000-post library), and the
# one finding it by its arXiv identifier (search.BY_EPRINT: one range of
# ``eprint``, bare or versioned). Each index holds only the posts with the
# value. NULL for every post stored before.
_V20 = """
ALTER TABLE posts ADD COLUMN publisher TEXT;
CREATE INDEX IF NOT EXISTS posts_by_doi ON posts(lower(doi)) WHERE doi IS NOT NULL;
CREATE INDEX IF NOT EXISTS posts_by_eprint ON posts(eprint) WHERE eprint IS NOT NULL;
"""

MIGRATIONS: tuple[str, ...] = (
    _V1, _V2, _V3, _V4, _V5, _V6, _V7, _V8, _V9, _V10, _V11, _V12, _V13, _V14, _V15,
    _V16, _V17, _V18, _V19, _V20,
)  # fmt: skip
"""``MIGRATIONS[n]`` is the SQL taking version ``n`` to ``n + 1``."""

VERSION = len(MIGRATIONS)
"""The schema version this Quotemark writes."""


def _search_fill_if_empty(conn: sqlite3.Connection) -> None:
    from quotemark.library.store import search_fill

    search_fill.finish_if_empty(conn)


AFTER: dict[int, Callable[[sqlite3.Connection], None]] = {
    14: fill_title_keys,
    17: fill_title_keys,
    18: _search_fill_if_empty,
}
"""``AFTER[n]``: what Python writes once the SQL has taken a library to
version ``n`` (on both engines: ``schema_pg.migrate`` runs it too)."""


def version(conn: sqlite3.Connection) -> int:
    """The schema version of the open database (0 for a new file)."""
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def stored_version(path: Path) -> int | None:
    """The schema version written in the library file at ``path``, read
    without writing or locking anything (``None`` when there is no such
    file or it cannot be read as a database: opening it says why). A
    window asks before opening, so an upgrade is shown while it runs."""
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.2)
    except sqlite3.Error:
        return None
    try:
        return version(conn)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def refuse_if_upgraded(conn: sqlite3.Connection, location: Path | str) -> None:
    """Refuse to write to a library a newer Quotemark upgraded while this one
    had it open (call inside the write transaction, which then rolls back:
    nothing is written). Columns the newer version added would otherwise be
    left empty by this one's writes, unseen (a clip without who quoted it)."""
    if engine.engine_of(conn) == "postgresql":
        row = conn.execute("SELECT max(version) FROM quotemark_schema").fetchone()
    else:
        row = conn.execute("PRAGMA user_version").fetchone()
    found = int(row[0]) if row and row[0] is not None else 0
    if found > VERSION:
        shared = "shared library" if engine.engine_of(conn) == "postgresql" else "library"
        raise NewerLibrary(
            f"The {shared} {location} was upgraded by a newer Quotemark while this one had "
            f"it open (it is now schema version {found}; this Quotemark writes version "
            f"{VERSION}). Your change was not saved and nothing in the library was lost: "
            "update Quotemark, then open the library again to make the change.",
            path=str(location),
        )


def migrate(
    conn: sqlite3.Connection,
    path: Path,
    backups: Path,
    migrations: tuple[str, ...] = MIGRATIONS,
) -> None:
    """Bring the database to the newest version (``len(migrations)``),
    backing it up first when it holds an older one. Refuses a newer one."""
    target = len(migrations)
    current = version(conn)
    if current > target:
        raise NewerLibrary(
            f"The library {path} was written by a newer Quotemark (schema version "
            f"{current}; this Quotemark reads up to {target}). Update Quotemark to "
            "open it. The library was not changed.",
            path=str(path),
        )
    if current == target:
        return
    if current > 0:
        _backup(conn, backups, current)
    with transaction(conn, path):
        # Another process may have migrated while we waited for the lock.
        current = version(conn)
        for step in range(current, target):
            for statement in _statements(migrations[step]):
                conn.execute(statement)
            if step + 1 in AFTER:
                AFTER[step + 1](conn)
        conn.execute(f"PRAGMA user_version = {target}")


def _statements(script: str) -> list[str]:
    # executescript() would COMMIT our transaction; run statements one by one.
    # A trigger's body holds semicolons: pieces join until SQLite calls the
    # statement complete.
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    statements: list[str] = []
    pending = ""
    for piece in "\n".join(lines).split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                statements.append(pending.strip())
            pending = ""
    return statements


def _backup(conn: sqlite3.Connection, backups: Path, current: int) -> None:
    backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = sqlite3.connect(backups / f"library-v{current}-{stamp}.sqlite3")
    try:
        conn.backup(target)
    finally:
        target.close()
