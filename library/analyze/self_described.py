"""Marked words a body gives itself in a which-clause: "a page called
Harbour Watch, which has 9,000 followers and describes itself as “…”"
(s44-left5).

The words are the body's own, as "Harbour Watch describes itself as “…”"
is read already; the relative "which" hid its subject from every phrase
search, so they were dropped as a scare quote. Only a reflexive naming
verb ("describes itself", "calls itself", "bills itself") ending the words
before the marks, in a which-clause set off by a comma right after a
capitalised name: that name.
"""

from __future__ import annotations

import re

from quotemark.library.analyze.attribution import Phrase, sentence_start
from quotemark.library.analyze.document import Document
from quotemark.library.analyze.quotes import Candidate

_WHICH_CALLS_ITSELF = re.compile(
    r"((?:[A-Z][\w\u2019'&-]*[ \u00a0]+){0,3}[A-Z][\w\u2019'&-]*),[ \u00a0]+which[ \u00a0]+"
    r"(?:(?:[^,;:\u201c\u201d\"]|(?<=\d),(?=\d)){0,80}?[ \u00a0]+)?"
    r"(?:describes|described|calls|called|bills|billed|styles|styled|brands|branded)"
    r"[ \u00a0]+itself[ \u00a0]+(?:as[ \u00a0]+)?"
)
"""A name, then a which-clause whose verb names the body itself, up to the
marks ("Harbour Watch, which has 9,000 followers and describes itself as
"); the name as group 1."""


def which_calls_itself(doc: Document, c: Candidate) -> Phrase | None:
    """The name a which-clause holding marked words goes back to, when the
    clause's verb names the body itself right before the marks ("Harbour
    Watch, which describes itself as “…”"): the name as the speaker phrase;
    else ``None``. Asked only of a partial quotation no other search gave a
    speaker, and searched only when "itself" stands just before the marks."""
    text = doc.scan
    if "itself" not in text[max(0, c.open - 12) : c.open]:
        return None  # (the cheap pre-test)
    begin = sentence_start(text, doc.lines[c.line].start, c.open)
    lo = max(begin, c.open - 240)
    found = None
    for m in _WHICH_CALLS_ITSELF.finditer(text, lo, c.open):
        if m.end() == c.open:
            found = m
    if found is None:
        return None
    return Phrase(found.start(1), found.end(1), found.group(1), "before")
