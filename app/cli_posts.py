"""``quotemark posts --json`` written straight from the library's rows.

At 100,000 posts building a :class:`~quotemark.library.model.PostSummary`,
then a dict, then asking :class:`json.JSONEncoder` for each line was most
of the command's time. Here each line is put together from the row tuple,
with only the text values going through the C string encoder and each
distinct ``authors`` value encoded once (a blog's posts share it). The
bytes are exactly what ``json.dumps(summary, ensure_ascii=False)`` of the
old dict gave; a row with an unusual value (a damaged column of another
type) takes that old path.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from json.encoder import encode_basestring
from typing import Any, TextIO

from quotemark.library.store.listing import decode_authors


def _authors_encoder() -> Callable[[object], tuple[str, bool]]:
    known: dict[object, tuple[str, bool]] = {}

    def encoded(raw: object) -> tuple[str, bool]:
        # The stored text as the JSON list of names, and whether it is damaged.
        try:
            return known[raw]
        except KeyError:
            names = decode_authors(raw)
            value = "[" + ", ".join(map(encode_basestring, names or ())) + "]", names is None
            known[raw] = value
            return value
        except TypeError:  # not hashable: cannot come from SQLite, but stay exact
            names = decode_authors(raw)
            return "[" + ", ".join(map(encode_basestring, names or ())) + "]", names is None

    return encoded


def _old_line(row: tuple[Any, ...], authors: tuple[str, bool], encode: Callable[[Any], str]) -> str:
    post_id, key, title, _raw, published, site, url, imported, quotes, clips, by = row
    names = json.loads(authors[0])
    return encode({
        "id": post_id,
        "key": key,
        "title": title if isinstance(title, str) else str(title),
        "authors": names,
        "published": published,
        "site": site,
        "url": url,
        "imported": imported,
        "imported_by": by,
        "quotes": quotes,
        "clips": clips,
        "damaged": authors[1],
    })  # fmt: skip


def json_lines(chunks: Iterable[list[tuple[Any, ...]]]) -> Iterator[list[str]]:
    """Each chunk of rows (see :data:`quotemark.library.store.listing.ROW_FIELDS`)
    as its lines of JSON, each ending in a newline."""
    authors_of = _authors_encoder()
    encode = json.JSONEncoder(ensure_ascii=False).encode
    text = encode_basestring
    number = int.__repr__  # a TypeError for anything not an int (bool never comes from SQL)
    for rows in chunks:
        lines: list[str] = []
        add = lines.append
        for row in rows:
            authors = authors_of(row[3])
            try:
                post_id, key, title, _raw, published, site, url, imported, quotes, clips, by = row
                add(
                    f'{{"id": {number(post_id)}, "key": {text(key)}, "title": {text(title)}, '
                    f'"authors": {authors[0]}, '
                    f'"published": {"null" if published is None else text(published)}, '
                    f'"site": {"null" if site is None else text(site)}, '
                    f'"url": {"null" if url is None else text(url)}, '
                    f'"imported": {text(imported)}, '
                    f'"imported_by": {"null" if by is None else text(by)}, '
                    f'"quotes": {number(quotes)}, '
                    f'"clips": {number(clips)}, "damaged": {"true" if authors[1] else "false"}}}\n'
                )
            except TypeError:
                add(_old_line(row, authors, encode) + "\n")
        yield lines


# A shared library read through libpq directly (store/libpq.py) sends each
# line made but for its authors: the text values already in JSON, escaped by
# PostgreSQL's to_json exactly as json.encoder.encode_basestring escapes
# them (the same seven short escapes, other characters below U+0020 as
# lowercase \u00XX, everything else as it is), so the client joins three
# pieces per row instead of decoding and encoding eleven values. Separated
# by U+001F, which no JSON text holds unescaped. The authors go through
# the same decoding as on the ordinary path (damaged ones included).
SHARED_LINE_COLUMNS = (
    """'{"id": ' || p.id || ', "key": ' || to_json(p.key)::text"""
    """ || ', "title": ' || to_json(p.title)::text || E'\\x1f'"""
    """ || to_json(p.authors)::text || E'\\x1f'"""
    """ || '"published": ' || coalesce(to_json(p.published)::text, 'null')"""
    """ || ', "site": ' || coalesce(to_json(p.site)::text, 'null')"""
    """ || ', "url": ' || coalesce(to_json(p.url)::text, 'null')"""
    """ || ', "imported": ' || to_json(p.imported)::text"""
    """ || ', "imported_by": ' || coalesce(to_json(p.imported_by)::text, 'null')"""
    """ || ', "quotes": ' || p.quote_count || ', "clips": ' || p.clip_count"""
)
"""The select list (PostgreSQL) whose one value per row
:func:`shared_json_lines` completes."""


def shared_json_lines(chunks: Iterable[list[tuple[Any, ...]]]) -> Iterator[list[str]]:
    """Each chunk of :data:`SHARED_LINE_COLUMNS` rows as its lines of JSON
    (the bytes :func:`json_lines` gives for the same posts)."""
    authors_of = _authors_encoder()
    known: dict[str, tuple[str, bool]] = {}
    for rows in chunks:
        lines: list[str] = []
        add = lines.append
        for (value,) in rows:
            head, escaped, tail = value.split("\x1f")
            try:
                authors = known[escaped]
            except KeyError:
                authors = known[escaped] = authors_of(json.loads(escaped))
            add(
                f'{head}, "authors": {authors[0]}, {tail}, '
                f'"damaged": {"true" if authors[1] else "false"}}}\n'
            )
        yield lines


def write_json(chunks: Iterable[list[tuple[Any, ...]]], out: TextIO | None = None) -> None:
    """Write every row as a line of JSON to ``out`` (standard output): the
    first line at once (a pipe sees it before the rest is read), then one
    write per chunk."""
    write_lines(json_lines(chunks), out)


def write_lines(chunks: Iterable[list[str]], out: TextIO | None = None) -> None:
    """Write chunks of lines to ``out`` (standard output) as
    :func:`write_json` does."""
    out = out or sys.stdout
    first = True
    for lines in chunks:
        if first and lines:
            out.write(lines[0])
            out.flush()
            out.write("".join(lines[1:]))
            first = False
        else:
            out.write("".join(lines))
