"""Small helpers the construction modules of the speaker search share: the
head of a description up to its first prepositional phrase, where the line
before a position starts, the patterns of a definite article and of a
sentence break.

It answers nothing about a speaker by itself and imports no other module of
this package's speaker search (:mod:`.holders`, :mod:`.groups`,
:mod:`.issuers` ... import it, never the other way round).
"""

from __future__ import annotations

import bisect
import re

from quotemark.library.analyze.document import Document

_DEFINITE = re.compile(r"(?:the|this|that)\s+[a-z0-9]", re.IGNORECASE)
_OF_PHRASE = re.compile(r"\s(?:of|for|at|with|from)\s")


def _head_phrase(description: str) -> str:
    """A description up to its first prepositional phrase ("the founder of
    Studiocomix Press" -> "the founder"): what kind of speaker it is."""
    return _OF_PHRASE.split(description, 1)[0]


_SENTENCE_BREAK = re.compile(r"[.!?][\u201d\"\u2019')]*\s+|\n")


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
