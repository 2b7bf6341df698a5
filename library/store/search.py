"""Full-text search: any typed text, never FTS syntax.

Each word the user typed becomes a quoted FTS5 string, so ``AND``, ``NEAR``,
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

import re
import sqlite3
import unicodedata

RANK_WINDOW = 1_000
"""At most this many matching posts (the newest) are ranked by relevance."""

SNIPPET_WORDS = 18

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_TITLE, _BODY, _CLIPS = 4.0, 1.0, 2.0


def fts_query(text: str) -> str | None:
    """The FTS5 query for user ``text``, or ``None`` when it has no words."""
    words = _WORD.findall(text)
    if not words:
        return None
    quoted = ['"' + word.replace('"', '""') + '"' for word in words]
    last = words[-1]
    # One typed Latin letter as a prefix matches most of the library and
    # costs ~50 ms on 100,000 posts: it waits for the second letter.
    if len(last) > 1 or not last.isascii():
        quoted[-1] += " *"
    return " ".join(quoted)


def fold(word: str) -> str:
    """A word as the index compares it: case and accents ignored."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def search(conn: sqlite3.Connection, text: str, limit: int) -> list[tuple[int, str]]:
    """``(post_id, snippet)`` of the best matches, best first; matched words
    in the snippet are wrapped in ``[`` ``]``."""
    query = fts_query(text)
    if query is None or limit <= 0:
        return []
    newest = conn.execute(
        "SELECT rowid FROM post_fts WHERE post_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
        (query, RANK_WINDOW + 1),
    ).fetchall()
    if not newest:
        return []
    floor = int(newest[-1][0]) if len(newest) > RANK_WINDOW else 0
    ranked = [
        int(row[0])
        for row in conn.execute(
            "SELECT rowid FROM post_fts WHERE post_fts MATCH ? AND rowid >= ?"
            f" ORDER BY bm25(post_fts, {_TITLE}, {_BODY}, {_CLIPS}) LIMIT ?",
            (query, floor, limit),
        )
    ]
    words = [fold(w) for w in _WORD.findall(text)]
    pattern = _pattern(words)
    texts = _texts(conn, ranked)
    empty = ("", "", "")
    return [(i, snippet(texts.get(i, empty), words, pattern)) for i in ranked]


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
    whole = "|".join(re.escape(w) for w in sorted(set(exact), key=len, reverse=True))
    prefix = re.escape(last) + r"[^\W_]*"
    if len(last) == 1 and last.isascii():
        return re.compile(rf"(?<![^\W_])(?:{whole})(?![^\W_])")
    either = f"{whole}|{prefix}" if whole else prefix
    return re.compile(rf"(?<![^\W_])(?:{either})(?![^\W_])")


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
