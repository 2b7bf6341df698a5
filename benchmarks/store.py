"""Library speed: importing 1,000 posts, searching 100,000, listing 100,000 clips.

Goals (issue 2): import 1,000 posts in under 15 s using both cores; full-text
search over 100,000 posts in under 20 ms. Issue 5: listing 100,000 clips
without a visible stall (we aim under 1 s for ``Library.clips()``).

The 1,000 posts are generated HTML files written to a temporary folder and
imported through ``Library.import_paths`` (the real pipeline, process pool
and all). The 100,000-post library for search is filled with synthetic rows
straight through SQL (building it through the pipeline would take minutes
and measure nothing new); its text has a Zipf-like vocabulary so common and
rare words both occur.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from quotemark.library.service import Library
from quotemark.library.store import batch, codec

IMPORT_POSTS = int(os.environ.get("QUOTEMARK_BENCH_IMPORT_POSTS") or 1_000)  # as gui.py
IMPORT_GOAL = 15.0
SEARCH_POSTS = 100_000
SEARCH_GOAL_MS = 20.0
CLIPS = 100_000
CLIPS_GOAL = 1.0

_COMMON = (
    "the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "as", "was", "with", "be",
    "by", "on", "not", "he", "this", "are", "or", "his", "from", "at", "which", "but", "have",
    "an", "they", "you", "were", "her", "she", "there", "been", "one", "all", "we", "their",
    "has", "would", "when", "if", "said", "ferry", "harbour", "island", "night", "people",
    "minister", "army", "city", "report", "water", "road", "school"
)  # fmt: skip


def _vocabulary(rng: random.Random, size: int = 20_000) -> list[str]:
    letters = "abcdefghijklmnoprstuvwyz"
    words = set(_COMMON)
    while len(words) < size:
        words.add("".join(rng.choice(letters) for _ in range(rng.randint(4, 10))))
    ordered = list(_COMMON) + sorted(words - set(_COMMON))
    return ordered


def _sentence(rng: random.Random, vocab: list[str], weights: list[float], n: int) -> str:
    words = rng.choices(vocab, cum_weights=weights, k=n)
    return " ".join(words).capitalize() + "."


def _page(number: int, rng: random.Random, vocab: list[str], weights: list[float]) -> str:
    """A saved blog post of realistic size (~17 KB): 20 paragraphs with
    quotes, a photo, and the chrome extraction must remove (navigation,
    sidebar links, share buttons, labels, a comment thread)."""
    paragraphs = "\n".join(
        f"<p>“{_sentence(rng, vocab, weights, 12)}” said Official {number % 97}. "
        f'{_sentence(rng, vocab, weights, 40)} <a href="https://src.example.org/{n}">'
        f"{_sentence(rng, vocab, weights, 3)}</a> {_sentence(rng, vocab, weights, 20)}</p>"
        for n in range(20)
    )
    sidebar = "\n".join(
        f'<li><a href="https://blog.example.org/{n}">{_sentence(rng, vocab, weights, 5)}</a></li>'
        for n in range(30)
    )
    comments = "\n".join(
        f'<div class="comment"><b>Reader {n}</b> <p>{_sentence(rng, vocab, weights, 25)}</p>'
        f'<a class="reply" href="#">Reply</a></div>'
        for n in range(12)
    )
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Report {number}: {_sentence(rng, vocab, weights, 6)}</title>
<meta name="author" content="Writer {number % 50} Example">
<meta property="article:published_time" content="20{10 + number % 15}-03-0{1 + number % 9}">
<link rel="canonical" href="https://bench.example.org/{number}">
<style>body {{ font-family: serif; }} .sidebar {{ float: right; }}</style>
<script>var tracking = {{"page": {number}}};</script>
</head><body><div class="navbar"><a href="/">Home</a> <a href="/archive">Archive</a>
<a href="/about">About</a></div>
<div class="main"><article class="post"><h1>Report {number}</h1>
<div class="post-body">
{paragraphs}
<figure><img src="https://cdn.example.org/{number}.jpg" alt="photo">
<figcaption>Photo: Agency {number % 7}</figcaption></figure>
</div>
<div class="share-buttons"><a href="#">Share on Twitter</a> <a href="#">Facebook</a></div>
<div class="post-labels">Labels: news, reports</div>
</article>
<div class="comments"><h3>12 comments</h3>{comments}</div></div>
<div class="sidebar"><h3>Popular posts</h3><ul>{sidebar}</ul></div>
<footer>Copyright Bench Blog</footer></body></html>"""


def _import(folder: Path, rng: random.Random, vocab: list[str], weights: list[float]) -> str:
    load = os.getloadavg()[0]
    posts = folder / "posts"
    posts.mkdir()
    for number in range(IMPORT_POSTS):
        (posts / f"post{number:04d}.html").write_text(
            _page(number, rng, vocab, weights), encoding="utf-8"
        )
    with Library.open(folder / "import.sqlite3") as library:
        before = os.times()
        started = time.perf_counter()
        report = library.import_paths([posts])
        seconds = time.perf_counter() - started
        after = os.times()
    main_cpu = after.user + after.system - before.user - before.system
    workers_cpu = (
        after.children_user + after.children_system
        - before.children_user - before.children_system
    )  # fmt: skip
    # The same files in one process, for the speed-up the pool gives.
    serial_limit, batch.PARALLEL_MIN = batch.PARALLEL_MIN, 10**9
    try:
        with Library.open(folder / "serial.sqlite3") as library:
            started = time.perf_counter()
            library.import_paths([posts])
            serial = time.perf_counter() - started
    finally:
        batch.PARALLEL_MIN = serial_limit
    failed = len(report.failed)
    verdict = "OK" if seconds < IMPORT_GOAL and not failed else "SLOWER than goal"
    return (
        f"  import {IMPORT_POSTS:,} posts     {seconds:7.2f} s  "
        f"({IMPORT_POSTS / seconds:,.0f} posts/s, {batch.worker_count()} workers, "
        f"{failed} failed)  goal < {IMPORT_GOAL:.0f} s: {verdict}\n"
        f"  CPU: writing thread {main_cpu:.1f} s + workers {workers_cpu:.1f} s = "
        f"{(main_cpu + workers_cpu) / seconds:.2f} cores busy on average\n"
        f"  same, in one process       {serial:7.2f} s  (pool speed-up x{serial / seconds:.2f}; "
        f"load average from other programs at start: {load:.2f})"
    )


def _fill(
    path: Path, rng: random.Random, vocab: list[str], weights: list[float], clips: int = CLIPS
) -> None:
    """100,000 synthetic posts (and ``clips`` clips) written straight to SQL."""
    with Library.open(path):
        pass  # creates the schema
    import sqlite3

    conn = sqlite3.connect(path)
    empty_blocks = codec.pack([])
    empty_analysis = codec.pack({"quotes": [], "sources": [], "mentions": []})
    empty_doc = codec.pack({"path": "", "html": "", "text": None, "url": None,
                            "saved_at": None, "encoding": None})  # fmt: skip
    original = codec.compress(b"")
    with conn:
        rows = []
        fts = []
        for number in range(1, SEARCH_POSTS + 1):
            title = _sentence(rng, vocab, weights, 7)
            body = "\n".join(_sentence(rng, vocab, weights, 25) for _ in range(6))
            authors = json.dumps([f"Writer {number % 700} Example"])
            rows.append(
                (number, f"key{number}", title, authors, "2020-01-01",
                 "Bench", f"https://bench.example.org/{number}", f"http://bench/{number}",
                 "en", None, "2024-01-01T00:00:00+00:00", "x.html", f"hash{number}", "html",
                 0, 1, empty_blocks, empty_analysis, original, empty_doc)
            )  # fmt: skip
            fts.append((number, title, body))
            if len(rows) == 5_000:
                _flush(conn, rows, fts)
        _flush(conn, rows, fts)
        clip_rows = [
            (n, 1 + n % SEARCH_POSTS, f"key{1 + n % SEARCH_POSTS}-c{n}", 0, 0, 0, 40,
             _sentence(rng, vocab, weights, 8), "Speaker" if n % 2 else None, None, None,
             1, "note" if n % 3 == 0 else "", "2024-01-01T00:00:00+00:00")
            for n in range(1, clips + 1)
        ]  # fmt: skip
        conn.executemany(
            "INSERT INTO clips (id, post_id, key, start_block, start_offset, end_block,"
            " end_offset, text, speaker, role, quote_index, paragraph, note, created)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            clip_rows,
        )
        conn.executemany(
            "INSERT INTO clip_tags (clip_id, tag) VALUES (?, ?)",
            [(n, f"tag{n % 20}") for n in range(1, clips + 1, 3)],
        )
    conn.execute("INSERT INTO post_fts(post_fts) VALUES ('optimize')")
    conn.commit()
    conn.close()


def _flush(conn: object, rows: list[tuple[object, ...]], fts: list[tuple[object, ...]]) -> None:
    import sqlite3

    assert isinstance(conn, sqlite3.Connection)
    marks = ",".join("?" * 16)
    conn.executemany(
        "INSERT INTO posts (id, key, title, authors, published, site, url, url_key, language,"
        " description, imported, file_name, content_hash, format, quote_count, next_clip)"
        f" VALUES ({marks})",
        [row[:16] for row in rows],
    )
    conn.executemany(
        "INSERT INTO post_content (post_id, blocks, analysis, original, document)"
        " VALUES (?, ?, ?, ?, ?)",
        [(row[0], *row[16:]) for row in rows],
    )
    conn.executemany("INSERT INTO post_fts (rowid, title, body, clips) VALUES (?, ?, ?, '')", fts)
    rows.clear()
    fts.clear()


def queries(vocab: list[str]) -> dict[str, str]:
    """The searches measured, by label: rare, common and typed words, and hostile syntax."""
    return {
        "rare word": vocab[5_000],
        "two words": f"{vocab[60]} {vocab[900]}",
        "common word": "ferry",
        "prefix (typing)": vocab[3_000][:3],
        "typing, 2 letters": "ha",
        "phrase-ish, 3 words": f"harbour {vocab[200]} {vocab[70]}",
        "hostile syntax": '"ferry" AND (NEAR* -army',
    }


def _search(path: Path, vocab: list[str]) -> list[str]:
    lines = []
    with Library.open(path) as library:
        for label, query in queries(vocab).items():
            library.search(query)  # warm the page cache
            times = []
            count = 0
            for _ in range(15):
                started = time.perf_counter()
                count = len(library.search(query))
                times.append((time.perf_counter() - started) * 1000)
            median = statistics.median(times)
            verdict = "OK" if median < SEARCH_GOAL_MS else "SLOWER than goal"
            lines.append(
                f"  search {label:<22} {median:7.2f} ms  ({count} hits shown)  "
                f"goal < {SEARCH_GOAL_MS:.0f} ms: {verdict}"
            )
        started = time.perf_counter()
        listed = library.posts()
        lines.append(
            f"  Library.posts() {len(listed):,} posts {time.perf_counter() - started:7.2f} s"
            "  (the library list; no goal set)"
        )
        started = time.perf_counter()
        clips = library.clips()
        seconds = time.perf_counter() - started
        verdict = "OK" if seconds < CLIPS_GOAL else "SLOWER than goal"
        lines.append(
            f"  Library.clips() {len(clips):,} clips {seconds:7.2f} s  "
            f"goal < {CLIPS_GOAL:.0f} s: {verdict}"
        )
    return lines


def run(shared: Path) -> str:
    """Every store measurement as a small table."""
    rng = random.Random(20240309)
    vocab = _vocabulary(rng)
    # Cumulative Zipf weights (choices() would re-add plain weights per call).
    weights = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(vocab))))
    lines = ["Library store"]
    with tempfile.TemporaryDirectory(prefix="quotemark-bench-") as folder:
        lines.append(_import(Path(folder), rng, vocab, weights))
        big = Path(folder) / "search.sqlite3"
        started = time.perf_counter()
        _fill(big, rng, vocab, weights)
        lines.append(
            f"  (built {SEARCH_POSTS:,} posts + {CLIPS:,} clips in "
            f"{time.perf_counter() - started:.0f} s; {big.stat().st_size / 1e6:.0f} MB)"
        )
        lines.extend(_search(big, vocab))
    return "\n".join(lines)


if __name__ == "__main__":
    print(run(Path("../shared")))
