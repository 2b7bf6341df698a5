"""Embedded social-media posts: a post's words are its writer's.

A roundup saved as text shows each embedded post as a line opened by the
writer's handle and a colon ("@adalind: Pier lights are out ..."), maybe a
reply ("@benross replying to @adalind: ...") or a quote-post's quoted post
("Quoting @adalind: ..."), and under them the signature line the embed
carries: "— Ada Lind (@adalind) May 3, 2026". The words after each
handle's colon are a block quotation
(:attr:`~quotemark.library.model.QuoteKind.BLOCK`, as a transcript's
answer is: :mod:`~quotemark.library.analyze.transcripts`) given to the
person the signatures name for that handle.

Only a clear embed is read: the handle lines must stand right above a
signature line of their own, and a handle is given a name only by a
signature ("— Name (@handle) date"), never guessed from the text, so an
"@" in running prose or an e-mail address is left alone.
"""

from __future__ import annotations

import re

from quotemark.library.analyze.document import Document
from quotemark.library.analyze.transcripts import Answer
from quotemark.library.model import BlockKind

_SIGNATURE = re.compile(
    r"[\u2014\u2013-]{1,2}[ \u00a0]*"
    r"(?P<name>[A-Z][\w'\u2019.-]*(?:[ \u00a0][A-Z][\w'\u2019.-]*){0,3})"
    r"[ \u00a0]+\(@(?P<handle>\w{1,30})\)[ \u00a0]+"
    r"(?P<date>[A-Z][a-z]{2,8}\.?[ \u00a0]\d{1,2},[ \u00a0]\d{4})[ \t\u00a0]*$"
)
"""An embed's signature line: a dash, the writer's name, the handle in
brackets and the date ("— Ada Lind (@adalind) May 3, 2026")."""

_HANDLE_LINE = re.compile(
    r"(?P<quoting>Quoting[ \u00a0]+)?@(?P<handle>\w{1,30})"
    r"(?:[ \u00a0]+replying[ \u00a0]+to[ \u00a0]+@\w{1,30})?:[ \t\u00a0]+(?=\S)"
)
"""A post's line: the handle (a reply's, or a quote-post's quoted post's)
and its colon, the words after it the post's."""

_DASHES = frozenset("\u2014\u2013-")


def _signatures(doc: Document) -> dict[int, tuple[str, tuple[int, int], str]]:
    """Each signature line's number: the name it signs, where the name
    stands, and the handle. (A loop over the lines looking at one character
    of most.)"""
    text = doc.scan
    out: dict[int, tuple[str, tuple[int, int], str]] = {}
    for number, line in enumerate(doc.lines):
        if line.start >= line.end or text[line.start] not in _DASHES:
            continue
        m = _SIGNATURE.match(text, line.start, line.end)
        if m is not None:
            out[number] = (m.group("name"), m.span("name"), m.group("handle"))
    return out


def embedded_posts(doc: Document) -> list[Answer]:
    """The words of every embedded post standing over its signature line,
    each given to the name a signature gives its handle, in text order.
    Empty when the text holds no "(@" (the pre-test: most pages)."""
    if "(@" not in doc.scan:
        return []
    signed = _signatures(doc)
    if not signed:
        return []
    names = {handle: (name, at) for name, at, handle in signed.values()}
    text = doc.scan
    out: list[Answer] = []
    for number in signed:
        above = number - 1
        while above >= 0 and above not in signed:
            line = doc.lines[above]
            m = _HANDLE_LINE.match(text, line.start, line.end)
            if m is None:
                break
            writer = names.get(m.group("handle"))
            end = line.end
            while end > m.end() and text[end - 1].isspace():
                end -= 1
            if writer is not None:
                out.append(Answer(m.end(), end, above, writer[0], writer[1]))
            above -= 1
        if above == number - 1 and above >= 0 and above not in signed:
            words = _unsigned_words(doc, above, signed[number])
            if words is not None:
                out.append(words)
    return sorted(out, key=lambda a: a.start)


_WORDS_LEAD = frozenset("\u201c\u2018\"'@")
"""How words that are no embed's bare post open: in marks (a quotation read
as such, signed by :mod:`.signatures`) or with a handle line's "@"."""


def _unsigned_words(
    doc: Document, number: int, signature: tuple[str, tuple[int, int], str]
) -> Answer | None:
    """The post a signature line signs when the line above it is a paragraph
    of its own with no handle (stop 47): an embed saved as text keeps the
    post's words and the signature under them ("We want a ferry that turns
    up." over "— Craig Dunmore (@craigdunmore) January 9, 2025"). ``None``
    when that line is one of a longer block, opens with a mark or a handle,
    ends with a colon (the writer's lead-in), or names the signer or the
    handle (the writer's sentence about the post)."""
    line = doc.lines[number]
    block = doc.blocks[line.block]
    text = doc.scan
    start, end = line.start, line.end
    while end > start and text[end - 1].isspace():
        end -= 1
    if block.kind is not BlockKind.PARAGRAPH:
        return None  # (a block quotation is read as one already, its signature under it)
    if start >= end or doc.starts[line.block] != start or len(block.text.strip()) != end - start:
        return None
    name, at, handle = signature
    words = text[start:end]
    if words[0] in _WORDS_LEAD or words[-1] == ":" or name in words or f"@{handle}" in words:
        return None
    return Answer(start, end, number, name, at)
