"""A shared library's connection is readied for the user's first clip once
the window shows (``Library.warm_up``): it must write nothing, leave no
transaction or lock behind, and the clip that follows must be the same as
without it, on both engines."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path
from typing import Any

from quotemark.library.service import Library
from tests.library.engines import second_connection
from tests.library.test_store_pages import write_post


def _state(location: Path | str) -> tuple[Any, ...]:
    """What a write would change, read on another connection."""
    with closing(second_connection(location)) as conn:
        return tuple(
            conn.execute(sql).fetchone()
            for sql in (
                "SELECT count(*), sum(next_clip), sum(clip_count) FROM posts",
                "SELECT count(*) FROM clips",
                "SELECT count(*) FROM clip_tags",
                "SELECT count(*), max(seq) FROM change_log",
            )
        )


def test_readying_writes_nothing_and_the_first_clip_follows(
    location: Path | str, tmp_path: Path
) -> None:
    paragraphs = ["The ferry left the harbour at dawn.", "The pier was quiet."]
    with Library.open(location) as lib:
        report = lib.import_paths(
            [write_post(tmp_path, "a.html", "A ferry", paragraphs=paragraphs)]
        )
        post_id = report.results[0].post_id
        assert post_id is not None
    before = _state(location)
    with Library.open(location) as lib:
        steps = list(lib.warm_up())
        # Done in steps on a server (the window runs one a turn); a file
        # needs none.
        assert (len(steps) > 1) == (lib.database == "postgresql")
        list(lib.warm_up())  # twice is harmless
        assert _state(location) == before
        # No transaction or lock kept: a colleague clips at once.
        with Library.open(location, timeout=0.5) as colleague:
            first, _ = colleague.clip(post_id, colleague.find_span(post_id, paragraph=1))
        clip, _ = lib.clip(post_id, lib.find_span(post_id, paragraph=2))
        # Nothing was taken from the clips' numbering either.
        assert (first.id, clip.id) == (1, 2)
        assert lib.post_summary(post_id).clip_count == 2
        assert [c.text for c in lib.clips(post_id=post_id)] == [
            "The ferry left the harbour at dawn.",
            "The pier was quiet.",
        ]
