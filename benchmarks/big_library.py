"""Synthetic libraries of any size for the scale benchmarks, built once and cached.

Rows go straight into SQL (the bulk path ``benchmarks/store.py`` uses): the
pipeline would take most of an hour for 100,000 posts and measure nothing
new here. Unlike the search library there, these posts vary in everything the
library list sorts and filters by (title, site, published and import dates,
quote and clip counts, tags, cited sources) and each has real blocks, so a
post can be opened.

A built library is cached under the temporary folder, keyed by its size and
:data:`GENERATOR_VERSION` (raise it when the rows change), and copied into
each run's ``$QUOTEMARK_HOME``; Quotemark migrates the copy as it would a
user's library.
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import tempfile
from pathlib import Path

from quotemark.library.service import Library
from quotemark.library.store import codec
from quotemark.library.store.title_order import title_key

GENERATOR_VERSION = 2
"""Raise when the generated rows change, so cached libraries are rebuilt."""

_WORDS = (
    "harbour", "ferry", "island", "night", "council", "budget", "river", "bridge", "school",
    "market", "winter", "road", "report", "minister", "village", "doctor", "nurse", "teacher",
    "storm", "crossing", "timetable", "pier", "lights", "weather", "season", "workers",
    "families", "evening", "morning", "promise", "trial", "service", "town", "lantern",
    "quarry", "orchard", "railway", "tide", "mill", "census", "archive", "letter",
)  # fmt: skip
_SITES = 300
_SOURCES = 400
_TAGS = 30


def cache_dir() -> Path:
    """Where built libraries are kept between runs."""
    return Path(tempfile.gettempdir()) / "quotemark-bench-cache"


def cached(posts: int) -> Path:
    """The path of a built library of ``posts`` posts (built now if missing)."""
    target = cache_dir() / f"library-{posts}-v{GENERATOR_VERSION}.sqlite3"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        build(partial, posts)
        partial.rename(target)
    return target


def install(posts: int, home: Path) -> Path:
    """A fresh copy of the ``posts``-post library as ``home``'s library file."""
    target = home / "library.sqlite3"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(cached(posts), target)
    return target


def write(location: Path | str, sql: str, rows: list[tuple[object, ...]]) -> None:
    """Rows written as another process writes them: a connection of its own
    and one committed transaction, to a library file or (``postgresql://``)
    a shared library (the statement in SQLite's dialect, as the store's)."""
    if isinstance(location, Path):
        conn = sqlite3.connect(location)
        with conn:
            conn.executemany(sql, rows)
        conn.close()
        return
    from quotemark.library.store import db

    with Library.open(location) as other, db.transaction(other._conn, location) as shared:
        shared.executemany(sql, rows)


def write_new_post(location: Path | str, post_id: int) -> None:
    """A post "A new post" (key and content hash ``new<id>``, no text), written
    as another process writes it (:func:`write`): what the window must show
    when it arrives."""
    write(
        location,
        "INSERT INTO posts (id, key, title, title_key, authors, published, site, imported,"
        " file_name, content_hash, format, quote_count) VALUES (?, ?, 'A new post',"
        " 'a new post', '[]', NULL, NULL, '2030-01-01T00:00:00+00:00', 'x', ?, 'text', 0)",
        [(post_id, f"new{post_id}", f"new{post_id}")],
    )


def read(location: Path | str, sql: str) -> list[tuple[object, ...]]:
    """The rows of a query, read through a connection of its own."""
    if isinstance(location, Path):
        conn = sqlite3.connect(location)
        found = conn.execute(sql).fetchall()
        conn.close()
        return found
    with Library.open(location) as other:
        return [tuple(row) for row in other._conn.execute(sql).fetchall()]


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(words)).capitalize() + "."


def _block_sets(rng: random.Random) -> list[tuple[bytes, str]]:
    """A few packed bodies shared by all posts (packing 100,000 distinct
    bodies would only slow the build), each with its plain text."""
    sets = []
    for _ in range(12):
        texts = [f"“{_sentence(rng, 10)}” said a resident. {_sentence(rng, 25)}" for _ in range(8)]
        blocks: list[list[object]] = [["paragraph", text, [], 0, None] for text in texts]
        sets.append((codec.pack(blocks), "\n".join(texts)))
    return sets


def build(path: Path, posts: int) -> None:
    """Write a library of ``posts`` posts (about one in five with clips) to ``path``."""
    with Library.open(path):
        pass  # the current schema
    rng = random.Random(15)
    bodies = _block_sets(rng)
    analysis = codec.pack({"quotes": [], "sources": [], "mentions": []})
    document = codec.pack({"path": "", "html": "", "text": None, "url": None,
                           "saved_at": None, "encoding": None})  # fmt: skip
    original = codec.compress(b"")
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(
            "INSERT INTO sources (id, kind, name, norm, url) VALUES (?, ?, ?, ?, NULL)",
            [
                (n, "outlet", f"Source {n} {_WORDS[n % len(_WORDS)]}", f"source {n}")
                for n in range(1, _SOURCES + 1)
            ],
        )
        rows: list[tuple[object, ...]] = []
        content: list[tuple[object, ...]] = []
        fts: list[tuple[object, ...]] = []
        mentions: list[tuple[object, ...]] = []
        for number in range(1, posts + 1):
            title = f"{_sentence(rng, rng.randint(3, 9))} ({number})"
            site = None if number % 17 == 0 else f"Site {rng.randint(1, _SITES)}"
            published = (
                None
                if number % 11 == 0
                else f"20{rng.randint(5, 24):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            )
            # Imports come in batches: many posts share a second.
            stamp = number // 7
            imported = (
                f"2024-{1 + stamp // 400_000 % 12:02d}-{1 + stamp // 14_400 % 28:02d}T"
                f"{stamp // 3600 % 24:02d}:{stamp // 60 % 60:02d}:{stamp % 60:02d}+00:00"
            )
            blocks, body = bodies[number % len(bodies)]
            rows.append(
                (number, f"post{number}", title, json.dumps([f"Writer {number % 900}"]),
                 published, site, f"https://site.example.org/{number}",
                 f"http://site.example.org/{number}", "en", None, imported, "post.html",
                 f"hash{number}", "html", rng.randint(0, 40))
            )  # fmt: skip
            content.append((number, blocks, analysis, original, document))
            fts.append((number, title, body))
            mentions.extend(
                (number, rng.randint(1, _SOURCES), "mention", 0, 0, 0, 5, "Source")
                for _ in range(rng.randint(0, 3))
            )
            if len(rows) >= 5_000:
                _flush(conn, rows, content, fts, mentions)
        _flush(conn, rows, content, fts, mentions)
        _clips(conn, rng, posts)
    conn.execute("INSERT INTO post_fts(post_fts) VALUES ('optimize')")
    conn.execute("ANALYZE")
    conn.commit()
    conn.close()


def _flush(
    conn: sqlite3.Connection,
    rows: list[tuple[object, ...]],
    content: list[tuple[object, ...]],
    fts: list[tuple[object, ...]],
    mentions: list[tuple[object, ...]],
) -> None:
    conn.executemany(
        "INSERT INTO posts (id, key, title, authors, published, site, url, url_key, language,"
        " description, imported, file_name, content_hash, format, quote_count, title_key)"
        f" VALUES ({','.join('?' * 16)})",
        [(*row, title_key(str(row[2]))) for row in rows],  # as the store writes it
    )
    conn.executemany(
        "INSERT INTO post_content (post_id, blocks, analysis, original, document)"
        " VALUES (?, ?, ?, ?, ?)",
        content,
    )
    conn.executemany("INSERT INTO post_fts (rowid, title, body, clips) VALUES (?, ?, ?, '')", fts)
    conn.executemany(
        "INSERT INTO mentions (post_id, source_id, kind, start_block, start_offset, end_block,"
        " end_offset, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        mentions,
    )
    for batch in (rows, content, fts, mentions):
        batch.clear()


BENCH_READER = "Bench Reader"
"""Who made two clips in three (the display name the panel benchmark
takes); a colleague made the rest, so the Clips tab's Mine filter is
offered and has something to leave out."""
COLLEAGUE = "A. Colleague"


def _clips(conn: sqlite3.Connection, rng: random.Random, posts: int) -> None:
    """About one post in five has clips (a few have many), a third tagged;
    every third clip is a colleague's."""
    clips, tags = [], []
    number = 0
    for post_id in range(1, posts + 1):
        if rng.random() > 0.2:
            continue
        for _ in range(min(40, int(rng.paretovariate(1.5)))):
            number += 1
            clips.append(
                (number, post_id, f"post{post_id}-c{number}", 0, 0, 0, 20, _sentence(rng, 8),
                 None, None, None, 1, "", "2024-06-01T00:00:00+00:00",
                 COLLEAGUE if number % 3 == 1 else BENCH_READER)
            )  # fmt: skip
            if number % 3 == 0:
                tags.append((number, f"tag{rng.randint(1, _TAGS)}"))
    conn.executemany(
        "INSERT INTO clips (id, post_id, key, start_block, start_offset, end_block, end_offset,"
        " text, speaker, role, quote_index, paragraph, note, created, made_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        clips,
    )
    conn.executemany("INSERT INTO clip_tags (clip_id, tag) VALUES (?, ?)", tags)
