"""A live text's turns by the crowd: a group's words are the group's.

A rally or meeting written up live marks each speaker's turn with a label
and a colon (:mod:`~quotemark.library.analyze.transcripts` reads the turns
a person's label opens). Between them the crowd answers, its turn labelled
by the group, not by a name: "Crowd: Nowhere!", "Voice from the crowd:
Shame on the board!". Such a turn is a block quotation given to the label
as a description (no name), read only inside a transcript already found
(the people's turns), so a "Crowd: ..." line in a story is left alone.
"""

from __future__ import annotations

import re

from quotemark.library.analyze.document import Document
from quotemark.library.analyze.lexicon import words
from quotemark.library.analyze.transcripts import Answer

_GROUP_LABEL = re.compile(
    r"[ \t\u00a0]*([A-Z][a-z]+\.?(?:[ \u00a0][A-Za-z][a-z]*){0,3}|[A-Z]+(?:[ \u00a0][A-Z]+){0,3}):"
    r"[ \t\u00a0]+(?=\S)"
)
"""A turn's label written as a description: a capitalised word and up to
three more, or all in capitals as a transcript prints its labels, then a
colon ("Voice from the crowd:", "Crowd:", "AUDIENCE MEMBER:"; a debate
record's "Hon. Members:", stop 46)."""

_GROUPS = words("crowd crowds audience gallery hecklers protesters protestors chorus members")
"""Nouns of a gathering whose turn the label gives: the label's last word."""

_REACH = 30
"""How far into a paragraph a group label's colon may stand (the pre-test)."""


def crowd_turns(doc: Document, said: list[Answer]) -> list[Answer]:
    """Each paragraph opened by a group's label ("Crowd:"), its words after
    the colon given to the label (``described``), in text order; only
    when ``said`` holds a transcript's turns (else empty)."""
    if not said:
        return []
    text = doc.scan
    taken = {a.line for a in said}
    out: list[Answer] = []
    for number, line in enumerate(doc.lines):
        if number in taken or line.start >= line.end or not text[line.start].isupper():
            continue
        if text.find(":", line.start, min(line.end, line.start + _REACH)) < 0:
            continue
        m = _GROUP_LABEL.match(text, line.start, line.end)
        if m is None or not _group_label(m.group(1).lower().split()):
            continue
        end = line.end
        while end > m.end() and text[end - 1].isspace():
            end -= 1
        out.append(Answer(m.end(), end, number, m.group(1), m.span(1), described=True))
    return out


def _group_label(label: list[str]) -> bool:
    """Does a label's words (lower-cased) name a gathering ("crowd", "voice
    from the crowd") or one member of it ("audience member": one of the
    audience, unnamed; s43-left2)?"""
    if label[-1] in _GROUPS:
        return True
    return len(label) == 2 and label[1] == "member" and label[0] in _GROUPS
