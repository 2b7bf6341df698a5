"""SQLite's statement text in PostgreSQL's words, without a driver.

What :class:`quotemark.library.store.pg.PgConnection` (psycopg, ``%s``
placeholders) and :mod:`quotemark.library.store.pg_light` (libpq itself,
``$1``, ``$2``... placeholders) both send: one translation, so the two
paths run the same statement. Importing it loads no driver: a shared
library's window reads its first screen before psycopg is imported.

- ``?`` outside a quoted literal becomes the placeholder (``%s``, or ``$n``
  numbered from 1 in order);
- for psycopg a literal ``%`` is doubled (its placeholders are ``%``
  forms); libpq takes it as it is;
- ``group_concat(`` becomes ``string_agg(``;
- ``WHERE 1`` / ``AND 1`` / ``OR 1`` (SQLite's integer as truth) becomes
  ``TRUE``.
"""

from __future__ import annotations

import functools
import re

_TRUE = re.compile(r"\b(WHERE|AND|OR)\s+1\b(?!\s*(?:[-+*/=<>!.,]|\d|IS\b|IN\b))", re.IGNORECASE)
_GROUP_CONCAT = re.compile(r"\bgroup_concat\(", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def translate(sql: str, numbered: bool = False) -> str:
    """``sql`` (SQLite's dialect, ``?`` placeholders) for PostgreSQL: with
    psycopg's ``%s`` placeholders, or libpq's ``$1``... when ``numbered``."""
    out: list[str] = []
    quoted = False
    count = 0
    for char in sql:
        if char == "'":
            quoted = not quoted
            out.append(char)
        elif char == "%" and not numbered:
            out.append("%%")
        elif char == "?" and not quoted:
            count += 1
            out.append(f"${count}" if numbered else "%s")
        else:
            out.append(char)
    text = _GROUP_CONCAT.sub("string_agg(", "".join(out))
    return _TRUE.sub(r"\1 TRUE", text)
