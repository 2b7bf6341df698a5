"""Full-text search: any typed text, never FTS syntax.

Each word the user typed becomes a quoted FTS5 string, so ``AND``, ``NEAR``,
``*``, ``"`` and ``:`` are just text; the last word matches as a prefix
(search-as-you-type). Results are ranked by BM25 with the title weighted
above the body.
"""

from __future__ import annotations

import re
import sqlite3

_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """The FTS5 query for user ``text``, or ``None`` when it has no words."""
    words = _WORD.findall(text)
    if not words:
        return None
    quoted = ['"' + word.replace('"', '""') + '"' for word in words]
    quoted[-1] += " *"
    return " ".join(quoted)


def search(conn: sqlite3.Connection, text: str, limit: int) -> list[tuple[int, str]]:
    """``(post_id, snippet)`` of the best matches, best first; matched words
    in the snippet are wrapped in ``[`` ``]``."""
    query = fts_query(text)
    if query is None or limit <= 0:
        return []
    ranked = [
        int(row[0])
        for row in conn.execute(
            "SELECT rowid FROM post_fts WHERE post_fts MATCH ?"
            " ORDER BY bm25(post_fts, 4.0, 1.0, 2.0) LIMIT ?",
            (query, limit),
        )
    ]
    if not ranked:
        return []
    marks = ",".join("?" * len(ranked))
    snippets = {
        int(row[0]): str(row[1])
        for row in conn.execute(
            "SELECT rowid, snippet(post_fts, -1, '[', ']', '…', 16) FROM post_fts"
            f" WHERE post_fts MATCH ? AND rowid IN ({marks})",
            (query, *ranked),
        )
    }
    return [(post_id, snippets.get(post_id, "")) for post_id in ranked]
