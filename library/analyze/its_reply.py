"""An organisation's written reply quoted in parts, each part's sentence opened
by "It said" (s44-left5).

A report quotes the answer a body sent it: "In its reply, the harbour board
said that the closure “was lawful”. It said that “notice was posted” and
that owners “may apply for a refund”." The "It" is the body the quotation
before was given to; no phrase search reads a pronoun "it" as a speaker (it
is most often a thing), so the marked words after "It said" were dropped
as scare quotes. Only a past verb of saying right after the opening "It",
and only when the last quotation, in this paragraph or the one before, went
to an organisation and no person was named as a subject since: then "it"
can only be that body (or its letter, which speaks for it).
"""

from __future__ import annotations

import re

from quotemark.library.analyze.attribution import Phrase, sentence_start
from quotemark.library.analyze.common import _previous_line_start
from quotemark.library.analyze.document import Document
from quotemark.library.analyze.quotes import Candidate
from quotemark.library.analyze.sources import classify
from quotemark.library.analyze.speakers import People
from quotemark.library.model import SourceKind, Speaker

_IT_SAID = re.compile(
    r"(?:And[ \u00a0]+it|It)[ \u00a0]+(?:also[ \u00a0]+)?(said|stated|added|wrote)\b"
)
"""A sentence opened by "It" and a past verb of saying ("It said", "It also
stated")."""


def reply_it_source(
    doc: Document, c: Candidate, last: tuple[int, Speaker] | None, people: People
) -> Phrase | None:
    """The organisation an opening "It said" means, for marked words in its
    sentence: the one the last quotation went to, when that quotation stands
    in this paragraph or the one before and no person was named as a
    subject since ("the board said that the closure “…”. It said that
    “…”"). Its phrase there as the speaker phrase; ``None`` for any other
    shape. Asked only of a partial quotation no other search gave a
    speaker (one anchored match first)."""
    if last is None or last[1].span is None or last[1].name is None:
        return None
    text = doc.scan
    line = doc.lines[c.line].start
    begin = sentence_start(text, line, c.open)
    if _IT_SAID.match(text, begin, c.open) is None:
        return None
    prev = last[1]
    if prev.span is None or not (
        prev.name in people.organisations.names or classify(prev.name) is SourceKind.ORGANISATION
    ):
        return None  # (a person's words: "it" is no one they are)
    start = doc.starts[prev.span.start.block] + prev.span.start.offset
    end = doc.starts[prev.span.end.block] + prev.span.end.offset
    if start < _previous_line_start(doc, line) or end > begin:
        return None  # (further back, or not before this sentence)
    if people.resolve(begin, end) is not None:
        return None  # a person named as a subject since may be the "it"'s reader
    return Phrase(start, end, text[start:end], "before")
