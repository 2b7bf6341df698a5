"""Turn a library file back into what an older Quotemark wrote, for the
tests of upgrades: each later migration that only added columns is taken
back here, in one place, so a new migration is one line in ``ADDED``
rather than an edit in every upgrade test."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from quotemark.library.model import SCHOLARLY_FIELDS

ADDED: dict[int, tuple[tuple[str, str], ...]] = {
    9: (("posts", "confidence"),),  # how sure the extractor was of each field
    10: (("posts", "imported_by"), ("clips", "made_by"), ("corrections", "made_by")),
    11: (("source_corrections", "made_by"),),  # who made a source correction
    14: (("posts", "title_key"),),  # the natural title order's key (and its index)
    15: (("clips", "quoted_by"),),  # who quoted a nested quotation's clip
    # journal and preprint facts
    19: tuple(("posts", name) for name in SCHOLARLY_FIELDS if name != "publisher"),
    20: (("posts", "publisher"),),  # the publisher a scholarly page names
}
"""The columns each schema version added (versions that changed more than
columns are not listed: a test taking those back does it itself)."""


def dropped_since(version: int) -> list[str]:
    """The statements taking back every column added after ``version``
    (the same SQL on SQLite and PostgreSQL)."""
    # An indexed column cannot be dropped: its index goes first.
    indexes = ["DROP INDEX IF EXISTS posts_by_title_key"] if version < 14 else []
    indexes += ["DROP INDEX IF EXISTS posts_by_doi"] if version < 20 else []  # lower(doi)
    indexes += ["DROP INDEX IF EXISTS posts_by_eprint"] if version < 20 else []  # typed arXiv id
    # Version 16 added a table, not a column: the posts whose clips may
    # lack who quoted them.
    tables = ["DROP TABLE IF EXISTS quoted_by_pending"] if version < 16 else []
    # Version 18 added the search fill's list, and a derived search text its
    # step adds only where missing (so the text a newer one wrote stays: the
    # fill writes it again).
    tables += ["DROP TABLE IF EXISTS search_fill"] if version < 18 else []
    return (
        indexes
        + tables
        + [
            f"ALTER TABLE {table} DROP COLUMN {column}"
            for added_in, columns in sorted(ADDED.items())
            if added_in > version
            for table, column in columns
        ]
    )


def as_version(path: Path, version: int, *extra_sql: str) -> None:
    """Rewrite the SQLite library at ``path`` to ``version``: drop the
    columns every later version in :data:`ADDED` added, run ``extra_sql``
    (what older versions did differently), and set the version number."""
    conn = sqlite3.connect(path)
    try:
        for statement in extra_sql:
            conn.execute(statement)
        for statement in dropped_since(version):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {version}")
        conn.commit()
    finally:
        conn.close()
