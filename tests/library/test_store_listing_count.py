"""Counting the whole library for its list is a look at the table's size,
not a walk through every post (issue 15). Counted in SQLite's own steps
(its progress handler), not in time."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from quotemark.library.store import listing
from quotemark.library.store.listing import Listing
from tests.library.bulk import fill


def _steps(conn: sqlite3.Connection, chosen: Listing) -> tuple[int, int]:
    steps = 0

    def step() -> int:
        nonlocal steps
        steps += 1
        return 0

    conn.set_progress_handler(step, 100)  # called every 100 virtual-machine steps
    try:
        counted = listing.count(conn, chosen)
    finally:
        conn.set_progress_handler(None, 0)
    return counted, steps


def test_the_whole_librarys_count_does_not_walk_its_posts(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    fill(path, 20_000, clipped=50)
    conn = sqlite3.connect(path)
    try:
        counted, steps = _steps(conn, Listing())
        assert counted == 20_000
        assert steps < 20  # under 2,000 steps; a walk takes one step or more per post
        # A filter still counts what it keeps.
        tagged, _ = _steps(conn, Listing(tag="missing"))
        assert tagged == 0
    finally:
        conn.close()
