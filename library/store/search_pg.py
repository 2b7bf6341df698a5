"""Full-text search on a PostgreSQL library: which posts match, best first.

The same query language and the same filters as on SQLite
(:mod:`quotemark.library.store.search`, which also cuts the snippets, in
Python from the stored text, on both engines: one rule for marking words,
and the same snippet a colleague sees on a local copy). The index is
``post_fts.doc``, a weighted ``tsvector`` (title A, clips B, body C) under a
GIN index; each typed word is its own phrase query (``phraseto_tsquery``
splits it as the index split the text, so user text is never tsquery
syntax), the last one a prefix while it is being typed. Ranking is
``ts_rank`` with weights in the ratio SQLite's BM25 uses (title 4, clips 2,
body 1), over the newest :data:`~quotemark.library.store.search.RANK_WINDOW`
matches, as on SQLite.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any, Protocol, cast

from quotemark.library.query import Query, one_latin_letter


class _Preparing(Protocol):
    """A shared library's connection (``PgConnection``, or the window's
    ``StartConnection`` at start, whose libpq reads are never prepared)."""

    def execute(
        self, sql: str, parameters: Sequence[Any] = (), *, prepare: bool | None = None
    ) -> Any: ...


_WEIGHTS = "{0.1, 0.25, 0.5, 1.0}"  # D (more), C (body), B (clips), A (title)

# Schema 18's derived text joins the post's tsvector at weight D, as the
# partial index post_fts_more holds it (the expression must read the same
# for the planner to use that index); a post without one is its ``doc``.
_ALL = (
    "(CASE WHEN {f}more = '' THEN {f}doc"
    " ELSE {f}doc || setweight(to_tsvector('simple', qm_fold({f}more)), 'D') END)"
)
_INDEXED = "({f}doc || setweight(to_tsvector('simple', qm_fold({f}more)), 'D'))"


def _matches(f: str, q: str) -> str:
    """The condition "post ``f`` holds query ``q``", through either index.
    Each post is asked once, of its whole text: ``doc`` alone only where
    ``more`` is empty, as a query may exclude a word (``!!``) that a post
    holds only in ``more`` (its ``doc`` alone would let it through)."""
    return (
        f"(({f}.more = '' AND {f}.doc @@ {q})"
        f" OR ({f}.more <> '' AND {_INDEXED.format(f=f + '.')} @@ {q}))"
    )


_PHRASE = "phraseto_tsquery('simple', qm_fold(?))"


def _either(parts: tuple[str, ...]) -> tuple[str, list[Any]]:
    """The tsquery of an excluded phrase and its parameters: a one-word
    phrase in either form (as typed, or as the derived text holds it), as
    a wanted word is asked and as SQLite excludes it."""
    from quotemark.library.store.search import search_form

    if len(parts) == 1 and search_form(parts[0]) != parts[0]:
        return f"({_PHRASE} || {_PHRASE})", [parts[0], search_form(parts[0])]
    return _PHRASE, [" ".join(parts)]


def planned_each_time(conn: sqlite3.Connection, sql: str, params: Sequence[Any]) -> sqlite3.Cursor:
    """Run a search statement on a PostgreSQL library, never prepared on
    the server, so it is planned for its values at every run.

    psycopg prepares a statement once it has run 5 times on a connection;
    PostgreSQL plans a prepared statement for its values five times, then
    keeps one generic plan (without the typed words or the ``LIMIT``)
    when its estimate is no worse. For a search no generic plan is right:
    a rare word wants the GIN index, a common one the newest posts walked
    backwards, and the generic plan read every match. The search box runs
    the same statement at every keystroke, so at 100,000 posts "ferry"
    took 0.24-0.47 s from the eleventh search on (20-35 ms before), and
    "ha" typed next 0.57-0.91 s (13-35 ms planned each time). The
    session's ``plan_cache_mode = force_custom_plan`` (PostgreSQL 12+)
    would do the same for every statement, and every repeated plain one
    pays for it (a post's row by id: 0.05 -> 0.10 ms)."""
    cursor: sqlite3.Cursor = cast("_Preparing", conn).execute(sql, params, prepare=False)
    return cursor


def _whole(_word: str) -> str:
    return _PHRASE


def _prefix(word: str) -> str:
    # One Latin letter (typed "l", "é", "ł", or "l" for a typed "ł") waits
    # for the second, as on SQLite: as a prefix it matches most of the library.
    if one_latin_letter(word):
        return _PHRASE
    return (
        "coalesce(nullif(regexp_replace(phraseto_tsquery('simple', qm_fold(?))::text,"
        " '''$', ''':*'), '')::tsquery, ''::tsquery)"
    )


def tsquery(
    query: Query, *, excluded: bool = True, loose: frozenset[tuple[str, ...]] = frozenset()
) -> tuple[str, list[Any]] | None:
    """An SQL expression for the tsquery of ``query``'s words and phrases
    (with its exclusions unless ``excluded`` is false), and its parameters;
    ``None`` when there is nothing to find. A phrase in ``loose`` is asked
    as its words, each in either form (the caller checks their order, as
    :func:`quotemark.library.query.fts` does on SQLite)."""
    from quotemark.library.store.search import search_form

    parts: list[str] = []
    params: list[Any] = []
    for index, word in enumerate(query.words):
        last = index == len(query.words) - 1
        one = _prefix if last and query.prefix else _whole
        # As typed, or in its form in the derived text (schema 18).
        form = search_form(word)
        if form != word:
            parts.append(f"({one(word)} || {one(form)})")
            params.extend([word, form])
        else:
            parts.append(one(word))
            params.append(word)
    for phrase in query.phrases:
        if phrase in loose:
            each = [_either((word,)) for word in phrase]
            parts.append("(" + " && ".join(sql for sql, _values in each) + ")")
            params.extend(value for _sql, values in each for value in values)
        else:
            parts.append(_PHRASE)
            params.append(" ".join(phrase))
    if not parts:
        return None
    expression = " && ".join(parts)
    if excluded:
        for phrase in query.excluded:
            sql, values = _either(phrase)
            expression = f"({expression}) && !! {sql}"
            params.extend(values)
    return expression, params


def ranked(
    conn: sqlite3.Connection,
    query: Query,
    where: str,
    params: list[Any],
    limit: int,
    window: int,
    loose: frozenset[tuple[str, ...]] = frozenset(),
) -> list[tuple[int, tuple[str, str, str]]]:
    """The best matches among the posts ``where`` allows (an SQL condition
    on ``posts p``; ``1`` for all), best first, each with its title, body
    and clip texts (what its snippet is cut from); ``loose`` as for
    :func:`tsquery` (``where`` then holds the phrase's own condition)."""
    found = tsquery(query, loose=loose)
    if found is None:
        return []
    expression, values = found
    allowed = "" if where == "1" else f" AND f.rowid IN (SELECT p.id FROM posts p WHERE {where})"
    # Under a filter the walk would first have to find the allowed posts
    # among the newest (measured 400-590 ms against 70-85 ms by the index).
    common = not allowed and _common(conn, query)
    dense = _dense(conn, expression, values, window) if common else None
    if dense is not None:
        best = sorted(dense, key=lambda r: (-r[1], -r[0]))[:limit]
        return _with_texts(conn, [rowid for rowid, _rank in best])
    # One statement: the newest window + 1 matches (the window and the post
    # that marks its edge, which SQLite's floor also keeps), then only those
    # ranked, and the texts of the best returned with them. Ranking in the
    # inner select ranked every match whenever the planner read the matches
    # from the index before ordering them (1,996 ranked for a typed prefix
    # where 1,001 count: 36-49 -> 29-34 ms of SQL at load 7); and the texts
    # cost a second statement, and the search box one per hit shown (each a
    # round trip to the server). Two statements (find the floor, then rank
    # from it) read every matching tsvector twice (28 -> 24 ms).
    return [
        (int(row[0]), (str(row[1]), str(row[2]), str(row[3])))
        for row in planned_each_time(
            conn,
            "SELECT rowid, title, body, clips FROM (SELECT f.rowid, f.title, f.body, f.clips,"
            f" {_ALL.format(f='f.')} AS doc, wanted.q FROM post_fts f,"
            f" ({'SELECT ' + expression} AS q) AS wanted"
            f" WHERE {_matches('f', 'wanted.q')}{allowed} ORDER BY f.rowid DESC LIMIT ?) AS newest"
            f" ORDER BY ts_rank('{_WEIGHTS}', doc, q) DESC, rowid DESC LIMIT ?",
            [*values, *params, window + 1, limit],
        )
    ]


PROBE = 3
"""The newest ``PROBE`` times the ranking window's posts are tried first."""

COMMON = 0.5
"""A word the planner expects in at least this share of the posts is looked
for by walking the newest posts (see :func:`_dense`)."""


def _common(conn: sqlite3.Connection, query: Query) -> bool:
    """Whether every typed word starts a word that the column's statistics
    find in at least :data:`COMMON` of the posts (nothing read but
    ``pg_stats``; the planner's own estimate of a prefix is a fixed guess).
    An upper bound for several words: a wrong guess costs one probe."""
    words = [*query.words, *(word for phrase in query.phrases for word in phrase)]
    if not words:
        return False
    row = conn.execute(
        "SELECT min(best) FROM (SELECT w, coalesce(max(m.f), 0) AS best"
        " FROM unnest(?::text[]) AS w LEFT JOIN (pg_stats s CROSS JOIN"
        " unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS m(e, f))"
        " ON s.tablename = 'post_fts' AND s.attname = 'doc' AND m.e LIKE qm_fold(w) || '%'"
        " GROUP BY w) AS per_word",
        [words],
    ).fetchone()
    return row is not None and row[0] is not None and float(row[0]) >= COMMON


def _dense(
    conn: sqlite3.Connection, expression: str, values: list[Any], window: int
) -> list[tuple[int, float]] | None:
    """The newest ``window + 1`` matches with their rank, when the newest
    :data:`PROBE` windows of posts hold that many; else ``None``.

    A word most posts hold ("th" while typing "the") matched every post
    through the GIN index and read every matching ``tsvector`` to keep the
    newest: 1.1-1.4 s at 100,000 posts. Walking the newest posts in id
    order finds them after reading a few windows' worth; a rarer word is
    left to the index (the probe costs a few thousand ``tsvector`` checks)."""
    rows = planned_each_time(
        conn,
        f"SELECT f.rowid, ts_rank('{_WEIGHTS}', f.doc, wanted.q)"
        f" FROM (SELECT rowid, {_ALL.format(f='')} AS doc FROM post_fts"
        " ORDER BY rowid DESC LIMIT ?) AS f,"
        f" ({'SELECT ' + expression} AS q) AS wanted"
        " WHERE f.doc @@ wanted.q ORDER BY f.rowid DESC LIMIT ?",
        [PROBE * window, *values, window + 1],
    ).fetchall()
    if len(rows) <= window:
        return None
    return [(int(row[0]), float(row[1])) for row in rows]


def _with_texts(
    conn: sqlite3.Connection, rowids: list[int]
) -> list[tuple[int, tuple[str, str, str]]]:
    """These posts, in this order, each with its title, body and clip texts."""
    if not rowids:
        return []
    texts = {
        int(row[0]): (str(row[1]), str(row[2]), str(row[3]))
        for row in conn.execute(
            "SELECT rowid, title, body, clips FROM post_fts WHERE rowid = ANY(?)", [rowids]
        )
    }
    return [(rowid, texts[rowid]) for rowid in rowids if rowid in texts]


def unwanted(query: Query) -> tuple[str, list[Any]] | None:
    """A condition on ``p.id`` leaving out posts holding any excluded
    phrase, and its parameters (``None`` when nothing is excluded)."""
    if not query.excluded:
        return None
    each = [_either(phrase) for phrase in query.excluded]
    any_of = " || ".join(sql for sql, _values in each)
    return (
        f"p.id NOT IN (SELECT f.rowid FROM post_fts f, (SELECT {any_of} AS q) AS unwanted"
        f" WHERE {_matches('f', 'unwanted.q')})",
        [value for _sql, values in each for value in values],
    )


def phrase_candidates(
    conn: sqlite3.Connection, phrase: tuple[str, ...]
) -> list[tuple[int, tuple[str, str, str]]]:
    """The posts with derived text holding every word of ``phrase`` in
    either form, with their texts (where the phrase may stand in forms
    its typed words do not match); through the partial index
    ``post_fts_more`` alone, so an English library reads nothing."""
    found = tsquery(Query(phrases=(phrase,)), loose=frozenset({phrase}))
    assert found is not None  # a phrase has words
    expression, values = found
    return [
        (int(row[0]), (str(row[1]), str(row[2]), str(row[3])))
        for row in planned_each_time(
            conn,
            "SELECT f.rowid, f.title, f.body, f.clips FROM post_fts f,"
            f" (SELECT {expression} AS q) AS wanted"
            f" WHERE f.more <> '' AND {_INDEXED.format(f='f.')} @@ wanted.q",
            values,
        )
    ]


def phrase_as_typed(phrase: tuple[str, ...]) -> tuple[str, list[Any]]:
    """A condition on ``p.id``: the post holds ``phrase`` as typed."""
    return (
        f"p.id IN (SELECT f.rowid FROM post_fts f, (SELECT {_PHRASE} AS q) AS typed"
        f" WHERE {_matches('f', 'typed.q')})",
        [" ".join(phrase)],
    )
