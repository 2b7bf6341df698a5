"""Small helpers the construction modules of the speaker search share: the
head of a description up to its first prepositional phrase, where the line
before a position starts, whether a position stands inside a quotation,
where the narrative's sentences before a speaker open, the patterns of a
definite article and of a sentence break.

It answers nothing about a speaker by itself and imports no other module of
this package's speaker search (:mod:`.holders`, :mod:`.groups`,
:mod:`.issuers` ... import it, never the other way round).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from quotemark.library.analyze.document import Document

_DEFINITE = re.compile(r"(?:the|this|that)\s+[a-z0-9]", re.IGNORECASE)
_OF_PHRASE = re.compile(r"\s(?:of|for|at|with|from)\s")


def _head_phrase(description: str) -> str:
    """A description up to its first prepositional phrase ("the founder of
    Studiocomix Press" -> "the founder"): what kind of speaker it is."""
    return _OF_PHRASE.split(description, 1)[0]


_SENTENCE_BREAK = re.compile(r"[.!?\n](?:(?<=\n)|(?<=[.!?])[\u201d\"\u2019')]*\s+)")
"""A sentence's end: a stop and any closing marks, then spaces; or a line
break. The same matches as the alternation it was (stop, marks and spaces,
or a line break), written to open with one class: sre skips to its
characters, where it tried the alternation at every character (the
analysis of the 181 benchmark pages -6.9 M instructions; 60 M less over
their whole texts)."""


def _previous_line_start(doc: Document, pos: int) -> int:
    """Where the line before the one holding ``pos`` starts."""
    index = bisect.bisect_right(doc.line_starts, pos) - 1
    if index <= 0:
        return 0
    index -= 1
    floor = max(0, index - 20)  # (bounded: the pass stays linear)
    while index > floor and not doc.scan[doc.lines[index].start : doc.lines[index].end].strip():
        index -= 1  # (an empty line is no paragraph)
    return doc.lines[index].start


def _inside_quotation(text: str, lo: int, pos: int) -> bool:
    """Is ``pos`` inside a quotation opened after ``lo``: is the last
    quotation mark before it an opening one, read by where it stands (after
    a space or the start, before a word), since pages mix their marks
    ("“… possibility." Republicans say")?"""
    at = max(text.rfind(mark, lo, pos) for mark in '\u201c\u201d"')
    if at < 0:
        return False
    before = text[at - 1] if at > lo else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return (before.isspace() or before in "(\u2014") and not after.isspace()


def _narrative_starts(doc: Document, pos: int) -> Iterator[int]:
    """Where the sentences before ``pos`` in its paragraph and the one
    before open (spaces passed over), the nearest first, leaving out a
    sentence opened by a quotation mark or standing inside a quotation: the
    narrative's sentences, whose subject a speaker "he", "she" or "it" may
    mean (not the words quoted)."""
    text = doc.scan
    lo = _previous_line_start(doc, pos)
    starts = [lo, *(m.end() for m in _SENTENCE_BREAK.finditer(text, lo, pos))]
    for start in reversed(starts):
        while start < pos and text[start] in " \u00a0":
            start += 1
        if start >= pos or text[start] in '\u201c"' or _inside_quotation(text, lo, start):
            continue  # the words quoted, not the narrative's subject
        yield start
