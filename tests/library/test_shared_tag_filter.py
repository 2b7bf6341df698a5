"""The tag filter on a shared library reads the tagged clips, not every
clip: the server looks each tagged clip's post up by the clip's id. Against
the test session's PostgreSQL server, with thousands of clips so that its
planner weighs the choice as it does in a large library."""

from __future__ import annotations

import json
from contextlib import closing
from pathlib import Path
from typing import Any

from quotemark.library.service import Library
from quotemark.library.store import listing, pg
from tests.library.test_store_pages import write_post

CLIPS = 5_000


def _clip_rows_read(plan: dict[str, Any]) -> int:
    # Rows a node over `clips` produced or threw away, over all its loops.
    here = 0
    if plan.get("Relation Name") == "clips":
        per_loop = plan.get("Actual Rows", 0) + plan.get("Rows Removed by Filter", 0)
        here = per_loop * plan.get("Actual Loops", 1)
    return here + sum(_clip_rows_read(child) for child in plan.get("Plans", []))


def test_the_tag_filter_reads_only_the_tagged_clips(pg_url: str, tmp_path: Path) -> None:
    with Library.open(pg_url) as lib:
        lib.import_paths(
            [write_post(tmp_path, f"{t}.html", t, paragraphs=[f"The {t}."]) for t in "AB"]
        )
    with closing(pg.connect(pg_url, timeout=5.0)) as conn:
        raw = conn.raw
        raw.execute(
            "INSERT INTO clips (post_id, key, start_block, start_offset, end_block, end_offset,"
            " text, paragraph, created) SELECT p.id, 'clip-' || p.id || '-' || g, 0, 0, 0, 1,"
            " 'T', 0, '2026-12-02' FROM posts p, generate_series(1, %s) g",
            (CLIPS // 2,),
        )
        raw.execute(
            "INSERT INTO clip_tags (clip_id, tag) SELECT id, 'ferry' FROM clips"
            " WHERE post_id = (SELECT min(id) FROM posts) ORDER BY id LIMIT 3"
        )
        raw.commit()
        raw.execute("ANALYZE")
        raw.commit()
        where, params = listing.where(listing.Listing(tag="ferry"))
        sql = pg.translate(f"SELECT count(*) FROM posts p WHERE {where}")
        row = raw.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) {sql}", params).fetchone()
        raw.rollback()
        assert row is not None
        plan = row[0] if isinstance(row[0], list) else json.loads(row[0])
        assert listing.count(conn, listing.Listing(tag="ferry")) == 1
        assert _clip_rows_read(plan[0]["Plan"]) <= 3
