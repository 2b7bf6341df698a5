"""Libraries of many posts for tests, written straight through SQL.

Importing 20,000 posts through the pipeline would take minutes; the list
only needs the rows a real import leaves (posts, their content, the search
index), so they are inserted directly, as ``benchmarks/store.py`` does.
Titles, sites and dates vary (case, missing values, ties) so every order
and filter has something to decide.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from quotemark.library.service import Library
from quotemark.library.store import codec, engine
from quotemark.library.store.title_order import title_key
from tests.library.engines import second_connection

_WORDS = ("harbour", "Ferry", "island", "night", "Council", "budget", "river", "bridge")


def fill(
    path: Path | str, count: int, *, seed: int = 1, clipped: int = 0, imported: str | None = None
) -> None:
    """Add ``count`` posts to the library at ``path`` (created if missing,
    else used at the schema version it has);
    ``clipped`` of them (spread out) get one to three clips, some tagged;
    every seventh cites the source with id 1 (AP). ``imported`` is the
    import time of all of them (by default three days in November 2026)."""
    shared = engine.is_url(path)
    if shared or not Path(path).exists():
        with Library.open(path):
            pass
    rng = random.Random(seed)
    blocks = codec.pack([["paragraph", "The ferry sails at night.", [], 0, None]])
    analysis = codec.pack({"quotes": [], "sources": [], "mentions": []})
    document = codec.pack({"path": "", "html": "", "text": None, "url": None,
                           "saved_at": None, "encoding": None})  # fmt: skip
    original = codec.compress(b"")
    conn = second_connection(path)
    # A library older than schema version 14 has no title key to write.
    keyed = "title_key" in {d[0] for d in conn.execute("SELECT * FROM posts LIMIT 0").description}
    conn.execute("BEGIN")
    start = int(conn.execute("SELECT coalesce(max(id), 0) FROM posts").fetchone()[0])
    posts, content, fts = [], [], []
    for post_id in range(start + 1, start + count + 1):
        title = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 3)))
        site = rng.choice((None, "", "Courier", "courier", "Harbour Lights", "Bee"))
        published = rng.choice((None, "", "2024-05-01", "2023-01-09", "2024-05-01T10:00"))
        stamp = imported or f"2026-11-{1 + post_id % 3:02d}T09:00:00+00:00"  # many ties
        posts.append(
            (post_id, f"k{post_id}", title, json.dumps([]), published, site, None, None,
             None, None, stamp, "x.txt", f"h{post_id}", "text", rng.randint(0, 9),
             *((title_key(title),) if keyed else ()))
        )  # fmt: skip
        content.append((post_id, blocks, analysis, original, document))
        fts.append((post_id, title, "The ferry sails at night."))
    conn.executemany(
        "INSERT INTO posts (id, key, title, authors, published, site, url, url_key,"
        " language, description, imported, file_name, content_hash, format, quote_count"
        f"{', title_key' if keyed else ''}) VALUES ({','.join('?' * (16 if keyed else 15))})",
        posts,
    )
    conn.executemany("INSERT INTO post_content VALUES (?, ?, ?, ?, ?)", content)
    conn.executemany("INSERT INTO post_fts (rowid, title, body, clips) VALUES (?, ?, ?, '')", fts)
    clip_id = int(conn.execute("SELECT coalesce(max(id), 0) FROM clips").fetchone()[0])
    step = max(1, count // clipped) if clipped else 0
    for post_id in range(start + 1, start + count + 1, step) if step else ():
        for _ in range(rng.randint(1, 3)):
            clip_id += 1
            conn.execute(
                "INSERT INTO clips (id, post_id, key, start_block, start_offset, end_block,"
                " end_offset, text, paragraph, created) VALUES (?, ?, ?, 0, 0, 0, 5,"
                " 'ferry', 1, '2026-11-05T09:00:00+00:00')",
                (clip_id, post_id, f"k{post_id}-c{clip_id}"),
            )
            if clip_id % 2:
                conn.execute(
                    "INSERT INTO clip_tags (clip_id, tag) VALUES (?, ?)",
                    (clip_id, rng.choice(("ferry", "night"))),
                )
    conn.execute(
        "INSERT OR IGNORE INTO sources (id, kind, name, norm) VALUES (1, 'agency', 'AP', 'ap')"
    )
    conn.executemany(
        "INSERT INTO mentions (post_id, source_id, kind, start_block, start_offset,"
        " end_block, end_offset, text) VALUES (?, 1, 'credit', 0, 0, 0, 2, 'AP')",
        [(post_id,) for post_id in range(start + 1, start + count + 1, 7)],
    )
    if shared:
        # Rows inserted with their ids leave PostgreSQL's id sequences
        # behind; a clip made next must not get one of these ids.
        for table in ("clips", "sources"):
            conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                f" (SELECT coalesce(max(id), 1) FROM {table}))"
            )
    conn.execute("COMMIT")
    conn.close()
