"""The list's title order: natural, as a reader sorts titles by eye.

"Pier 2" comes before "Pier 10" (a run of digits compares as a number),
"école" beside "ecole" and "Zebra" beside "zebra" (case and accents folded:
``casefold`` then NFKD with the combining marks dropped, so "ß" is "ss" and
"ﬁ" is "fi"; the letters NFKD keeps whole by their base, so "Łódź" files
under L, not after "Zebra": schema version 17 wrote the keys again), a
quoted title under its first word, an untitled post last.
Neither engine can be asked for that order the same way:
SQLite has no such collation (one made in Python is a callback per
comparison, and per connection: the command line's, a second window's),
and PostgreSQL's ICU ``kn`` collation numbers digits but folds by its own
rules. So each post keeps its key in ``posts.title_key`` (schema version
14), written with the title, compared by code point on both engines (on
PostgreSQL the column's collation is ``"C"``), with an index in the list's
order: a page of the list stays an index walk at 100,000 posts.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata

from quotemark.library.folding import unstroked

_DIGITS = re.compile(r"[0-9]+")


def _number(match: re.Match[str]) -> str:
    # The digits' count first (two digits), then the digits without leading
    # zeros: "2" -> "012", "10" -> "0210", so a shorter number sorts first.
    digits = match.group().lstrip("0") or "0"
    return f"{min(len(digits), 99):02d}{digits}"


UNTITLED = chr(0x10FFFF)
"""The key of a post without a title: after every title (the highest code
point, first byte 0xF4 in UTF-8 on both engines), as posts without a date
or site come after the others."""


def title_key(title: str | None) -> str:
    """The key a title sorts by (see the module's docstring). Marks before
    the first letter or digit are passed over, as a catalogue files a title
    by its first word: “Pier 10”, "Pier 2", ‘Pier 3’, …and (Pier 4) file
    under P, where a curly quotation mark (U+201C) sorted after "Z"."""
    title = title or ""
    if title.isascii():
        # The same key without the per-character passes (ASCII has no marks
        # to drop and casefolds as it lowers): most titles, and the upgrade
        # to version 17 reads every one of them.
        plain = " ".join(title.lower().split())
    else:
        folded = unicodedata.normalize("NFKD", title.casefold())
        plain = " ".join(
            unstroked("".join(c for c in folded if not unicodedata.combining(c))).split()
        )
    if not plain:
        return UNTITLED
    start = next((i for i, c in enumerate(plain) if c.isalnum()), 0)
    return _DIGITS.sub(_number, plain[start:])


def fill_title_keys(conn: sqlite3.Connection) -> None:
    """Write every post's key that differs from the stored one, in chunks
    (the migration to version 14: the column is new, so each is written;
    and to version 17, where the letters with a stroke came to file by
    their base letter: only those few titles are written again)."""
    # Only the changed rows: rewriting every key wrote every row and its
    # index entry (100,000 on a large library, held under a shared
    # library's write lock) for the few titles with a stroked letter.
    rows = conn.execute("SELECT id, title, title_key FROM posts ORDER BY id").fetchall()
    changed = [
        (key, post_id) for post_id, title, stored in rows if (key := title_key(title)) != stored
    ]
    for start in range(0, len(changed), 1000):
        conn.executemany(
            "UPDATE posts SET title_key = ? WHERE id = ?", changed[start : start + 1000]
        )
