"""Marked words a passive naming verb gives to its agent: "forced
evictions, defined by the Harbour Trust as “…”" (s44-left5).

The agent after "by" says the words (its definition, its name for the
thing), as "the Harbour Trust defines them as “…”" would; a passive before
the marks otherwise hides every subject from the phrase searches, and the
words were dropped as a scare quote. Only "defined", "described", "termed"
or "characterised" with "by" and its agent right before "as" and the marks,
the agent opening with "the" or a capital.
"""

from __future__ import annotations

import re

from quotemark.library.analyze.attribution import Phrase
from quotemark.library.analyze.document import Document
from quotemark.library.analyze.quotes import Candidate

_DEFINED_BY = re.compile(
    r"\b(?:defined|described|termed|characteri[sz]ed)[ \u00a0]+by[ \u00a0]+"
    r"((?:the[ \u00a0]+)?[A-Z][^.;:!?\u201c\u201d\"]{0,100}?)[ \u00a0]+as[ \u00a0]+$"
)
"""A passive naming verb, "by" and its agent up to "as" before the marks;
the agent as group 1."""


def agent_of_definition(doc: Document, c: Candidate) -> Phrase | None:
    """The agent a passive naming verb before the marks gives ("defined by
    the Harbour Trust as “…”"): its words as the speaker phrase; else
    ``None``. Asked only of a partial quotation no other search gave a
    speaker, and searched only when " as " ends the words before the marks."""
    text = doc.scan
    if not text.endswith(" as ", 0, c.open):
        return None  # (the cheap pre-test)
    lo = max(doc.lines[c.line].start, c.open - 160)
    m = _DEFINED_BY.search(text[lo : c.open])
    if m is None:
        return None
    return Phrase(lo + m.start(1), lo + m.end(1), m.group(1), "before")
