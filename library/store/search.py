"""Full-text search: any typed text, never FTS syntax.

The query language (phrases, ``author:``, ``site:``, ``tag:``, ``-word``) is
parsed in :mod:`quotemark.library.query`; each word becomes a quoted FTS5
string, so ``AND``, ``NEAR``,
``*``, ``"`` and ``:`` are just text; the last word matches as a prefix
(search-as-you-type). Results are ranked by BM25 with the title weighted
above the body.

Two measured choices keep a search over 100,000 posts under 20 ms:

- Ranking every match of a very common word costs ~100 ms, so when more
  than :data:`RANK_WINDOW` posts match, only the newest that many are
  ranked (found in rowid order, which FTS5 walks without ranking).
- FTS5's ``snippet()`` costs ~0.8 ms a row; snippets are cut here instead,
  from the stored text, with the same word rules (case and accents
  ignored).
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import closing
from typing import Any

from quotemark.library.folding import unstroked
from quotemark.library.identifiers import arxiv_id, normalise_doi
from quotemark.library.query import Query, fts, fts_any, fts_words, parse
from quotemark.library.scripts import KANA_CJK_RUN, bigrams, unprefixed
from quotemark.library.store import search_rows
from quotemark.library.store.engine import engine_of
from quotemark.library.store.listing import Listing
from quotemark.library.store.listing import where as listing_where

RANK_WINDOW = 1_000
"""At most this many matching posts (the newest) are ranked by relevance."""

SNIPPET_WORDS = 18

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_TITLE, _BODY, _CLIPS, _MORE = 4.0, 1.0, 2.0, 0.4


def fts_query(text: str) -> str | None:
    """The FTS5 query for user ``text``, or ``None`` when it has no words
    to find (see :mod:`quotemark.library.query`)."""
    return fts(parse(text))


def fold(word: str) -> str:
    """A word as the index compares it: case and accents ignored, and the
    stroked letters NFKD leaves whole (ł ø đ ...) as their base letter,
    as PostgreSQL's ``unaccent`` folds them: a shared library finds "Łódź"
    for "lodz" and its snippet must mark it."""
    decomposed = unicodedata.normalize("NFKD", unstroked(word))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def more_terms(*texts: str) -> str:
    """A post's extra search text, from its title, body and clips: what the
    index's word splitting alone cannot find, the same on both engines.

    Each word holding a letter accent-folding leaves whole once more without
    it (Łódź -> lodz); each Arabic or Hebrew word once more without its
    article or prefix letters (الميناء -> ميناء, שהמזח -> המזח מזח); each run
    of kana or ideographs as its character pairs and its last character
    alone (港湾組合 -> 港湾 湾組 組合 合), so a word typed from inside the
    run is the phrase of its pairs (:func:`search_form`). English text gives
    ``""``: its ranking cannot change. Never shown, never copied: computed
    again wherever a post's search row is written."""
    terms: list[str] = []
    for text in texts:
        if text.isascii():
            continue
        for found in _WORD.finditer(text):
            word = found.group()
            if word.isascii():
                continue
            plain = unstroked(word)
            if plain != word:
                terms.append(plain)
            terms.extend(unprefixed(word))
            for run in KANA_CJK_RUN.findall(word):
                terms.extend(bigrams(run))
                if len(run) > 1:
                    terms.append(run[-1])
    return " ".join(terms)


def search_form(word: str) -> str:
    """A typed ``word`` as :func:`more_terms` indexed it: a kana/CJK word as
    the space-separated pairs FTS5 and ``phraseto_tsquery`` read as a phrase
    ("港湾組合" -> "港湾 湾組 組合"), any other without its stroked letters
    (lodz matches the "lodz" of "Łódź"). A word mixing kana/CJK with other
    letters is left as typed (the index holds it whole)."""
    if word.isascii():
        return word
    if KANA_CJK_RUN.fullmatch(word):
        return " ".join(bigrams(word))
    return unstroked(word)


def search(
    conn: sqlite3.Connection, text: str, limit: int, listing: Listing | None = None
) -> list[tuple[int, str]]:
    """``(post_id, snippet)`` of the best matches, best first; matched words
    in the snippet are wrapped in ``[`` ``]``. ``text`` is in the query
    language of :mod:`quotemark.library.query`; ``listing``'s filters (tag, source,
    collection, dates) narrow the matches."""
    ranked, snippets = hits(conn, text, limit, listing)
    snippets.load(ranked)
    return [(i, snippets.get(i)) for i in ranked]


def hits(
    conn: sqlite3.Connection, text: str, limit: int, listing: Listing | None = None
) -> tuple[list[int], Snippets]:
    """The ids of the best matches, best first (as :func:`search`), and their
    snippets, cut only when asked for: a list shows a screenful of the
    hits, and cutting all of them was most of a keystroke's work."""
    parsed = parse(text)
    if parsed.is_empty() or limit <= 0:
        return [], Snippets(conn, [])
    where, params = _filters(parsed, listing)
    postgresql = engine_of(conn) == "postgresql"
    if not postgresql:
        # The filters call it (author:, site:), a phrase's candidates first.
        conn.create_function("qm_contains", 2, _contains, deterministic=True)
    more = search_rows.has_more(conn)
    loose: frozenset[tuple[str, ...]] = frozenset()
    if more and parsed.phrases:
        loose, where, params = _phrases_in_forms(conn, parsed, where, params)
    expression = fts(parsed, search_form if more else None, loose)
    snippets = Snippets(conn, [fold(w) for w in parsed.highlight()])
    if postgresql:
        ranked = _postgresql(conn, parsed, where, params, limit, snippets, loose)
    elif expression is None:
        ranked = _unranked(conn, parsed, where, params, limit, form=more)
    else:
        ranked = _ranked(conn, expression, where, params, limit, more)
    named = _identified(conn, text, where, params)
    if named:
        # The post a typed DOI or arXiv identifier names comes first.
        ranked = [*named, *(post_id for post_id in ranked if post_id not in named)][:limit]
    return ranked, snippets


_IDENTIFIER_SHAPED = re.compile(r"^\s*(?:(?:doi|arxiv)\s*:?\s*|https?)?\S*?\d", re.IGNORECASE)


def _identified(conn: sqlite3.Connection, text: str, where: str, params: list[Any]) -> list[int]:
    """The posts whose DOI or arXiv identifier is ``text`` (typed as a DOI,
    its ``doi:`` or ``https://doi.org/`` form, ``arXiv:2103.04417``, with
    or without a version), oldest first: the search index splits a DOI
    into numbers no typed DOI finds as one. Nothing for any other text."""
    if len(text) > 300 or not _IDENTIFIER_SHAPED.match(text):
        return []
    doi = normalise_doi(text)
    if doi is None and _SPACED.search(text):
        # A DOI copied across a line break: "10.1234/ jch.2023" is one.
        doi = normalise_doi(_SPACED.sub("", text))
    if doi is not None:
        # As the index posts_by_doi (schema 20) holds them: a typed DOI
        # reads its posts, not every post.
        condition, values = "p.doi IS NOT NULL AND lower(p.doi) = ?", [doi.lower()]
    else:
        typed = text.strip()
        found = arxiv_id(_ARXIV_ADDRESS.sub("", typed, count=1))
        if found is None:
            return []
        base = _VERSION.sub("", found)
        condition, values = BY_EPRINT, [base, f"{base}w", base, f"{base}v%"]
    if where != "1":
        condition, values = f"{condition} AND {where}", [*values, *params]
    rows = conn.execute(f"SELECT p.id FROM posts p WHERE {condition} ORDER BY p.id", values)
    return [int(row[0]) for row in rows]


_VERSION = re.compile(r"v\d+$")

BY_EPRINT = (
    "p.eprint IS NOT NULL AND p.eprint >= ? AND p.eprint < ?"
    " AND (p.eprint = ? OR p.eprint LIKE ?)"
)
"""The condition finding the posts an arXiv identifier typed without its
version names (values ``base``, ``base + "w"``, ``base``, ``base + "v%"``):
the identifier as stored, bare or with a version (one corrected as
``arXiv:2103.04417v2`` keeps it). One range of the index posts_by_eprint
(schema 20) holds them all, tested exactly after; a LIKE alone read every
post."""
_SPACED = re.compile(r"(?<=[/.])\s+|\s+(?=[/.])")
_ARXIV_ADDRESS = re.compile(r"^(?:https?://)?(?:www\.)?arxiv\.org/(?:abs|pdf)/", re.IGNORECASE)


class Snippets:
    """The snippets of one search's hits, each cut on first request and kept
    (the texts are read from the index as needed)."""

    def __init__(self, conn: sqlite3.Connection, words: list[str]) -> None:
        self._conn = conn
        self._words = words
        self._pattern = _pattern(words) if words else None
        self._texts: dict[int, tuple[str, str, str]] = {}
        self._made: dict[int, str] = {}

    def given(self, texts: dict[int, tuple[str, str, str]]) -> None:
        """Texts read with the hits (a shared library's ranking returns
        them, sparing a round trip to the server per hit shown)."""
        self._texts.update(texts)

    def load(self, post_ids: list[int]) -> None:
        """Read the texts of ``post_ids`` in one go (before asking for all)."""
        missing = [i for i in post_ids if i not in self._texts]
        self._texts.update(_texts(self._conn, missing))

    def get(self, post_id: int) -> str:
        """The snippet of hit ``post_id``, matched words in ``[`` ``]``."""
        made = self._made.get(post_id)
        if made is None:
            if post_id not in self._texts:
                self.load([post_id])
            columns = self._texts.pop(post_id, ("", "", ""))
            if self._pattern is None:
                made = " ".join(columns[1].split()[:SNIPPET_WORDS])
            else:
                made = snippet(columns, self._words, self._pattern)
            self._made[post_id] = made
        return made


def _contains(haystack: object, needle: object) -> int:
    """SQL ``qm_contains(text, part)``: whether ``part`` is in ``text``,
    ignoring case and accents (authors are stored as JSON with escapes, so
    they are decoded first)."""
    if not isinstance(haystack, str) or not isinstance(needle, str):
        return 0
    if haystack.startswith("["):
        try:
            names = json.loads(haystack)
        except ValueError:
            names = [haystack]
        haystack = " | ".join(str(n) for n in names) if isinstance(names, list) else haystack
    return int(fold(needle) in fold(haystack))


def _filters(query: Query, listing: Listing | None) -> tuple[str, list[Any]]:
    """The posts the query's fields and the listing's filters allow, as an
    SQL condition on ``posts p`` (``1``: all)."""
    parts: list[str] = []
    params: list[Any] = []
    if listing is not None:
        condition, values = listing_where(listing)
        if condition != "1":
            parts.append(condition)
            params.extend(values)
    for author in query.authors:
        parts.append("qm_contains(p.authors, ?)")
        params.append(author)
    for site in query.sites:
        parts.append("(qm_contains(p.site, ?) OR qm_contains(p.url, ?))")
        params.extend([site, site])
    if query.after:
        parts.append("coalesce(p.published, '') >= ?")
        params.append(query.after)
    if query.before:
        parts.append("p.published IS NOT NULL AND substr(p.published, 1, ?) <= ?")
        params.extend([len(query.before), query.before])
    for tag in query.tags:
        parts.append(
            "p.id IN (SELECT post_id FROM post_tags WHERE tag = ? COLLATE NOCASE"
            " UNION SELECT c.post_id FROM clips c JOIN clip_tags t ON t.clip_id = c.id"
            " WHERE t.tag = ? COLLATE NOCASE)"
        )
        params.extend([tag, tag])
    return (" AND ".join(parts) or "1"), params


def _phrases_in_forms(
    conn: sqlite3.Connection, query: Query, where: str, params: list[Any]
) -> tuple[frozenset[tuple[str, ...]], str, list[Any]]:
    """The phrases of ``query`` that some post holds only through the forms
    its words alone are found in ("Lodz harbour" in "Łódź harbour", "رئيس
    ميناء" in "رئيس الميناء"), and ``where`` narrowed to the posts holding each
    such phrase, as typed or in those forms.

    The derived text is a list of forms, never next to the words around
    them, so no index phrase can span it: the posts with derived text
    holding every word of the phrase (few: an English post has none) are
    read and the phrase looked for in their folded text, in Python, the
    same on both engines. A phrase no such post holds is asked as typed,
    as before."""
    loose: set[tuple[str, ...]] = set()
    conditions: list[str] = [] if where == "1" else [where]
    values = list(params)
    postgresql = engine_of(conn) == "postgresql"
    # One phrase on SQLite: its candidates narrowed by the whole query and
    # read newest first, and no more read once RANK_WINDOW + 1 hold it:
    # each of those passes the whole search, so an older one falls below
    # the ranked window's floor (_ranked) and is never listed. A common
    # phrase read every post holding its words (0.3 s at 5,000 posts).
    bounded = not postgresql and len(query.phrases) == 1
    for phrase in query.phrases:
        candidates: Iterable[tuple[int, tuple[str, str, str]]]
        if postgresql:
            from quotemark.library.store import search_pg

            candidates = search_pg.phrase_candidates(conn, phrase)
        elif bounded:
            whole = fts(query, search_form, frozenset(query.phrases))
            candidates = _phrase_candidates(conn, phrase, (whole or "", where, params))
        else:
            candidates = _phrase_candidates(conn, phrase)
        pattern = phrase_pattern(phrase)
        held: list[int] = []
        for post_id, columns in candidates:
            if any(pattern.search(_fold_in_place(column)) for column in columns):
                held.append(post_id)
                if bounded and len(held) > RANK_WINDOW:
                    break
        if not held:
            continue
        loose.add(phrase)
        ids = ",".join(str(post_id) for post_id in held)  # integers from the index
        if postgresql:
            typed, typed_values = search_pg.phrase_as_typed(phrase)
        else:
            typed = "p.id IN (SELECT rowid FROM post_fts WHERE post_fts MATCH ?)"
            typed_values = [fts(Query(phrases=(phrase,)))]
        conditions.append(f"(p.id IN ({ids}) OR {typed})")
        values.extend(typed_values)
    return frozenset(loose), (" AND ".join(conditions) or "1"), values


def _phrase_candidates(
    conn: sqlite3.Connection,
    phrase: tuple[str, ...],
    narrowed: tuple[str, str, list[Any]] | None = None,
) -> Iterator[tuple[int, tuple[str, str, str]]]:
    """SQLite's posts that may hold ``phrase`` only through the derived
    text: every word found, one at least in ``more`` (read from the index
    alone: an English library lists none). ``narrowed`` (an FTS expression
    and a condition on posts with its values): only posts that match both,
    the newest first, read as the caller goes."""
    words = fts_words(phrase, search_form)
    in_more = " OR ".join(
        dict.fromkeys(f'"{w}"' for part in phrase for w in (part, search_form(part)))
    )
    sql = "SELECT rowid, title, body, clips FROM post_fts WHERE post_fts MATCH ?"
    values: list[Any] = [f"{words} AND more : ({in_more})"]
    if narrowed is not None:
        expression, where, params = narrowed
        values = [f"({expression}) AND more : ({in_more})"]
        if where != "1":
            sql += f" AND +rowid IN (SELECT p.id FROM posts p WHERE {where})"
            values.extend(params)
        sql += " ORDER BY rowid DESC"
    # Read as the caller goes, closed when it stops (no statement left open).
    with closing(conn.execute(sql, values)) as rows:
        for row in rows:
            yield int(row[0]), (str(row[1]), str(row[2]), str(row[3]))


def phrase_pattern(phrase: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern of ``phrase`` in a text folded as snippets fold it: its
    words one after the other, each as typed or in its search form (an
    Arabic or Hebrew word after its prefix letters, as the derived text
    indexes it), a kana/CJK word anywhere in its run and with or without
    spaces beside it."""
    pieces: list[str] = []
    previous_run = False
    for index, part in enumerate(phrase):
        run = bool(KANA_CJK_RUN.search(part))
        # Folded as the text is: "Lodz" and "Łódź" are both "lodz".
        alternatives = re.escape(fold(part)) if run else _written(fold(part))
        if index == 0:
            pieces.append("" if run else r"(?<![^\W_])")
        else:
            pieces.append(r"[\W_]*" if run or previous_run else r"[\W_]+")
        pieces.append(f"(?:{alternatives})")
        previous_run = run
    if not previous_run:
        pieces.append(r"(?![^\W_])")
    return re.compile("".join(pieces))


def _ranked(
    conn: sqlite3.Connection,
    expression: str,
    where: str,
    params: list[Any],
    limit: int,
    more: bool = False,
) -> list[int]:
    """The best matches of an FTS expression among the allowed posts
    (``more``: the index has schema 18's derived text, weighted as
    PostgreSQL weighs it, D against the body's C)."""
    weights = f"{_TITLE}, {_BODY}, {_CLIPS}" + (f", {_MORE}" if more else "")
    # "+rowid": SQLite hands a bare "rowid IN (...)" to FTS5, which then ran
    # the whole MATCH again for each allowed post (5,000 posts in a
    # collection, or holding a phrase in its forms: 3-4 s); the matches are
    # read once and checked against the allowed list instead.
    allowed = "" if where == "1" else f" AND +rowid IN (SELECT p.id FROM posts p WHERE {where})"
    newest = conn.execute(
        f"SELECT rowid FROM post_fts WHERE post_fts MATCH ?{allowed} ORDER BY rowid DESC LIMIT ?",
        [expression, *params, RANK_WINDOW + 1],
    ).fetchall()
    if not newest:
        return []
    floor = int(newest[-1][0]) if len(newest) > RANK_WINDOW else 0
    return [
        int(row[0])
        for row in conn.execute(
            f"SELECT rowid FROM post_fts WHERE post_fts MATCH ? AND rowid >= ?{allowed}"
            f" ORDER BY bm25(post_fts, {weights}) LIMIT ?",
            [expression, floor, *params, limit],
        )
    ]


def _postgresql(
    conn: sqlite3.Connection,
    query: Query,
    where: str,
    params: list[Any],
    limit: int,
    snippets: Snippets,
    loose: frozenset[tuple[str, ...]] = frozenset(),
) -> list[int]:
    """The same search on a shared library (see :mod:`.search_pg`); the
    hits' texts go to ``snippets``."""
    from quotemark.library.store import search_pg

    if query.has_text():
        found = search_pg.ranked(conn, query, where, params, limit, RANK_WINDOW, loose)
        snippets.given(dict(found))
        return [post_id for post_id, _texts in found]
    return _unranked(conn, query, where, params, limit, search_pg.unwanted(query))


def _unranked(
    conn: sqlite3.Connection,
    query: Query,
    where: str,
    params: list[Any],
    limit: int,
    exclusion: tuple[str, list[Any]] | None = None,
    form: bool = False,
) -> list[int]:
    """Posts for a query with no words to find (only fields or exclusions),
    newest import first (``exclusion``: PostgreSQL's condition for the
    excluded words, where SQLite's is an FTS5 match; ``form``: the index
    has schema 18's derived text, an excluded word is asked in its form too)."""
    conditions = [where]
    values = list(params)
    unwanted = fts_any(query.excluded, search_form if form else None)
    if exclusion is not None:
        conditions.append(exclusion[0])
        values.extend(exclusion[1])
    elif unwanted is not None:
        conditions.append("p.id NOT IN (SELECT rowid FROM post_fts WHERE post_fts MATCH ?)")
        values.append(unwanted)
    sql = (
        f"SELECT p.id FROM posts p WHERE {' AND '.join(conditions)}"
        " ORDER BY p.imported DESC, p.id DESC LIMIT ?"
    )
    if engine_of(conn) == "postgresql":
        from quotemark.library.store import search_pg

        # Planned for its values each time, as a search with words is.
        rows: Iterable[Any] = search_pg.planned_each_time(conn, sql, [*values, limit])
    else:
        rows = conn.execute(sql, [*values, limit])
    return [int(r[0]) for r in rows]


def _texts(conn: sqlite3.Connection, ids: list[int]) -> dict[int, tuple[str, str, str]]:
    found: dict[int, tuple[str, str, str]] = {}
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        marks = ",".join("?" * len(part))
        for rowid, title, body, clips in conn.execute(
            f"SELECT rowid, title, body, clips FROM post_fts WHERE rowid IN ({marks})", part
        ):
            found[int(rowid)] = (str(title), str(body), str(clips))
    return found


# Folding one character to one keeps offsets, so matches found in the folded
# text mark the original; filled lazily with the characters met.
_FOLD_TABLE: dict[int, str] = {ord(c): c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
_ANY_CHAR = re.compile(".", re.DOTALL)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _fold_char(found: re.Match[str]) -> str:
    char = found.group()
    single = _FOLD_TABLE.get(ord(char))
    if single is None:
        folded, lower = fold(char), char.lower()
        single = folded if len(folded) == 1 else lower if len(lower) == 1 else char
        _FOLD_TABLE[ord(char)] = single
    return single


def _fold_in_place(text: str) -> str:
    if text.isascii():
        return text.lower()
    # Most saved posts are Latin text with a few curly quotes and dashes:
    # folding only the characters beyond ASCII is ten times faster than
    # translating every character through a table (measured: 0.15 s for a
    # page of 200 search hits).
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter lowercases to two ('İ'): the slow way
        return "".join(_fold_char(m) for m in _ANY_CHAR.finditer(text))
    return _NON_ASCII.sub(_fold_char, lowered)


def _pattern(words: list[str]) -> re.Pattern[str]:
    last = words[-1]
    exact = words if len(last) == 1 and last.isascii() else words[:-1]
    # A kana/CJK word is marked anywhere in its run (no spaces there to
    # bound it); the others between word boundaries, an Arabic or Hebrew
    # word with the article or prefix letters written onto it.
    inside = [w for w in words if KANA_CJK_RUN.search(w)]
    exact = [w for w in exact if w not in inside]
    whole = "|".join(_written(w) for w in sorted(set(exact), key=len, reverse=True))
    bounded = whole
    if not (len(last) == 1 and last.isascii()) and last not in inside:
        prefix = _written(last) + r"[^\W_]*"
        bounded = f"{whole}|{prefix}" if whole else prefix
    parts = [rf"(?<![^\W_])(?:{bounded})(?![^\W_])"] if bounded else []
    parts.extend(re.escape(w) for w in sorted(set(inside), key=len, reverse=True))
    return re.compile("|".join(parts))


_ARABIC_PREFIX = "(?:وال|بال|كال|فال|لل|ال)?"
_HEBREW_PREFIX = "[הובכלמש]{0,2}"


def _written(word: str) -> str:
    """The pattern of ``word`` as written in a text: an Arabic word after
    its article, a Hebrew one after up to two prefix letters (as
    :func:`~quotemark.library.scripts.unprefixed` indexes them)."""
    code = ord(word[0])
    if 0x0600 <= code <= 0x06FF:
        return _ARABIC_PREFIX + re.escape(word)
    if 0x05D0 <= code <= 0x05EA:
        return _HEBREW_PREFIX + re.escape(word)
    return re.escape(word)


def _densest(pattern: re.Pattern[str], folded: str, first: re.Match[str]) -> int:
    """Where the snippet should start for a query of several words: at the
    match (of those near the first) whose stretch of text holds the most
    different query words, the earliest on ties."""
    hits = [(first.start(), first.group())]
    for found in pattern.finditer(folded, first.end(), first.start() + 400):
        hits.append((found.start(), found.group()))
        if len(hits) >= 20:
            break
    best, best_count = hits[0][0], 0
    counts: dict[str, int] = {}
    end = 0
    for start, word in hits:  # a window sliding over the hits
        while end < len(hits) and hits[end][0] < start + 5 * SNIPPET_WORDS:
            counts[hits[end][1]] = counts.get(hits[end][1], 0) + 1
            end += 1
        if len(counts) > best_count:
            best, best_count = start, len(counts)
        counts[word] -= 1
        if not counts[word]:
            del counts[word]
    return best


def snippet(
    columns: tuple[str, str, str], words: list[str], pattern: re.Pattern[str] | None = None
) -> str:
    """A short passage around the first match in the body (else in the clip
    notes, else the title), matched words in ``[`` ``]``, ``…`` where it was
    cut. ``pattern`` is :func:`_pattern` of ``words``, made once per search."""
    pattern = pattern or _pattern(words)
    best = columns[1]
    first_hit = None
    for column in (columns[1], columns[2], columns[0]):
        folded = _fold_in_place(column)
        found = pattern.search(folded)
        if found is not None:
            best, first_hit = column, found.start()
            if len(set(words)) > 1:
                first_hit = _densest(pattern, folded, found)
            break
    if first_hit is None:
        return " ".join(best.split()[:SNIPPET_WORDS])
    # Only the words around the first match are needed: tokenise a window.
    low = max(0, first_hit - 48)
    high = min(len(best), first_hit + 10 * SNIPPET_WORDS)
    tokens = [m.span() for m in _WORD.finditer(best, low, high)]
    best_hits = [m.span() for m in pattern.finditer(_fold_in_place(best[low:high]))]
    best_hits = [(a + low, b + low) for a, b in best_hits]
    first = next((i for i, t in enumerate(tokens) if t[1] > first_hit), 0)
    start = max(0, first - 4)
    end = min(len(tokens), start + SNIPPET_WORDS)
    start = max(0, end - SNIPPET_WORDS)
    cut_before = start > 0 or (low > 0 and bool(best[:low].strip()))
    cut_after = end < len(tokens) or (high < len(best) and bool(best[high:].strip()))
    begin = tokens[start][0] if cut_before else 0
    finish = tokens[end - 1][1] if cut_after else len(best)
    out: list[str] = ["…"] if cut_before else []
    position = begin
    for hit_start, hit_end in best_hits:
        if hit_end <= begin or hit_start >= finish:
            continue
        out.append(best[position:hit_start])
        out.append(f"[{best[hit_start:hit_end]}]")
        position = hit_end
    out.append(best[position:finish])
    if cut_after:
        out.append("…")
    return " ".join("".join(out).split())
