"""A shared library announces each committed change (PostgreSQL NOTIFY in
the change's own transaction), so a window hears of a colleague's clip
without asking the server again and again. Against the session's server."""

from __future__ import annotations

import select
from pathlib import Path

from quotemark.library.service import Library
from quotemark.library.store.notify_pg import ChangeListener
from tests.library.test_store_pages import write_post


def _wait(listener: ChangeListener) -> list[str]:
    """The origins announced, once the listening socket wakes (at most
    30 s: a loaded machine, not a speed goal)."""
    readable, _, _ = select.select([listener.fileno()], [], [], 30)
    assert readable, "no notice arrived"
    return listener.drain()


def test_a_colleagues_commits_are_announced_with_their_origin(pg_url: str, tmp_path: Path) -> None:
    with Library.open(pg_url, origin="desk-ann") as ann:
        listener = ChangeListener(pg_url)
        try:
            assert listener.drain() == []  # nothing yet
            report = ann.import_paths([write_post(tmp_path, "a.html", "Ferry")])
            post_id = report.results[0].post_id
            assert post_id is not None
            assert set(_wait(listener)) == {"desk-ann"}
            ann.posts()  # reading announces nothing
            ann.clip(post_id, ann.find_span(post_id, paragraph=1), note="ann's")
            assert _wait(listener) == ["desk-ann"]
            assert listener.drain() == []
        finally:
            listener.close()
