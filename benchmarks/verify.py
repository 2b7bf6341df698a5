"""`quotemark verify` speed: a 100-page manuscript with 500 quotations
against a 10,000-post library.

Goal (issue 11): under 2 s, key look-up, post loading and comparison
included. The library is written straight through SQL (as the store
benchmark does), each post 20 paragraphs of Zipf-distributed words; the
manuscript is LaTeX, about 3,000 characters a page, its quotations taken
from random posts: most exact, some with an elision, a bracketed insertion,
a dash or a changed word.
"""

from __future__ import annotations

import itertools
import json
import random
import sqlite3
import tempfile
import time
from pathlib import Path

from benchmarks.store import _sentence, _vocabulary
from quotemark.library.model import Block, BlockKind
from quotemark.library.service import Library
from quotemark.library.store import codec
from quotemark.library.verify import verify_text
from quotemark.library.verify.source import LibrarySource

POSTS = 10_000
QUOTATIONS = 500
PAGES = 100
PAGE_CHARS = 3_000
GOAL_SECONDS = 2.0


def _library(path: Path, rng: random.Random) -> dict[int, list[str]]:
    """10,000 posts with text; returns each post's paragraphs by id."""
    vocab = _vocabulary(rng, 5_000)
    weights = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(vocab))))
    with Library.open(path):
        pass  # creates the schema
    paragraphs: dict[int, list[str]] = {}
    empty_analysis = codec.pack({"quotes": [], "sources": [], "mentions": []})
    empty_doc = codec.pack({"path": "", "html": "", "text": None, "url": None,
                            "saved_at": None, "encoding": None})  # fmt: skip
    original = codec.compress(b"")
    conn = sqlite3.connect(path)
    with conn:
        posts, content, fts = [], [], []
        for number in range(1, POSTS + 1):
            body = [_sentence(rng, vocab, weights, 25) for _ in range(20)]
            paragraphs[number] = body
            blocks = codec.blocks_to_json([Block(BlockKind.PARAGRAPH, text) for text in body])
            title = _sentence(rng, vocab, weights, 7)
            posts.append(
                (number, f"key{number}", title, json.dumps([f"Writer {number % 700}"]),
                 "2020-01-01", "Bench", f"https://bench.example.org/{number}",
                 f"http://bench/{number}", "en", None, "2024-01-01T00:00:00+00:00", "x.html",
                 f"hash{number}", "html", 0, 1)
            )  # fmt: skip
            content.append((number, codec.pack(blocks), empty_analysis, original, empty_doc))
            fts.append((number, title, "\n".join(body)))
        conn.executemany(
            "INSERT INTO posts (id, key, title, authors, published, site, url, url_key,"
            " language, description, imported, file_name, content_hash, format,"
            " quote_count, next_clip) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            posts,
        )
        conn.executemany(
            "INSERT INTO post_content (post_id, blocks, analysis, original, document)"
            " VALUES (?, ?, ?, ?, ?)",
            content,
        )
        conn.executemany(
            "INSERT INTO post_fts (rowid, title, body, clips) VALUES (?, ?, ?, '')", fts
        )
    conn.close()
    return paragraphs


def _manuscript(paragraphs: dict[int, list[str]], rng: random.Random) -> str:
    """LaTeX of about 100 pages holding 500 cited quotations."""
    filler_words = [
        "the",
        "argument",
        "of",
        "this",
        "chapter",
        "turns",
        "on",
        "what",
        "the",
        "sources",
        "said",
    ]
    parts: list[str] = []
    for number in range(QUOTATIONS):
        post = rng.randint(1, POSTS)
        words = rng.choice(paragraphs[post]).rstrip(".").split()
        start = rng.randint(0, max(len(words) - 12, 0))
        quoted = words[start : start + rng.randint(8, 12)]
        kind = number % 10
        if kind == 7 and len(quoted) > 6:
            quoted[3:5] = ["\\dots"]  # elision
        elif kind == 8:
            quoted.insert(2, "[the minister]")
        elif kind == 9:
            quoted[4] = "different"
        text = " ".join(quoted)
        filler = " ".join(rng.choice(filler_words) for _ in range(95))
        parts.append(f"{filler.capitalize()}: ``{text}'' \\parencite{{key{post}}}.\n\n")
    body = "".join(parts)
    while len(body) < PAGES * PAGE_CHARS:
        body += " ".join(rng.choice(filler_words) for _ in range(60)) + ".\n\n"
    return "\\documentclass{article}\n\\begin{document}\n" + body + "\\end{document}\n"


def run(shared: Path) -> str:
    """Time ``verify`` on the manuscript; returns a report."""
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "quotemark.library.sqlite"
        paragraphs = _library(path, rng)
        text = _manuscript(paragraphs, rng)
        with Library.open(path) as library:
            started = time.perf_counter()
            report = verify_text(text.replace("\\dots", "\u2026"), "tex", LibrarySource(library))
            seconds = time.perf_counter() - started
    pages = len(text) / PAGE_CHARS
    verdict = "OK" if seconds < GOAL_SECONDS else f"SLOWER than {GOAL_SECONDS:.0f} s goal"
    counts = ", ".join(f"{n} {status}" for status, n in sorted(report.counts.items()))
    return (
        f"verify: {len(report.findings)} quotations in a {pages:.0f}-page manuscript against "
        f"{POSTS:,} posts: {seconds:.2f} s  {verdict}\n  ({counts})"
    )


if __name__ == "__main__":
    print(run(Path("../shared")))
