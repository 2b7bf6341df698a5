"""A mail signature's motto: its owner's words.

A message saved as text may end in a signature under a "-- " line: the
writer's name (alone, or before "| a role" or ", a place"), a line or two
more, and often a motto in marks ("Fair winds and a following sea"). The
motto is a block quotation of the signature's owner, not of whoever the
message named last.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from quotemark.library.analyze.document import Document
from quotemark.library.model import Quote, QuoteKind, Speaker

_OWNER = re.compile(r"[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019.-]+){1,2}(?=$|\s*[|,])")
"""The signature's first line opens with its owner's name."""

_OWNER_LINE = 80
"""A signature's first line is a name and a role or a place, not a
sentence: longer, it is the text going on after a separator."""


def signature_owner(line: str) -> re.Match[str] | None:
    """The owner's name a signature's first line opens with ("Clara Voss",
    "Clara Voss | Honorary Secretary", "Clara Voss, Kellport"); ``None``
    for a sentence ("Ada Lind, who chairs the board, spoke first."), which
    ends in a full stop or runs longer than a signature's line. The text
    reader keeps a "-- " line over such a line, and the analysis reads it."""
    line = line.rstrip()
    if len(line) > _OWNER_LINE or line[-1:] in ".!?":
        return None
    return _OWNER.match(line)


def _sentence(text: str) -> bool:
    """Whether a block reads as a sentence of the text, not a signature's
    line or its motto: it ends in a full stop and opens with a letter (a
    motto opens with its mark)."""
    return text.rstrip()[-1:] in ".!?" and text[:1].isalnum()


_REACH = 3
"""How many blocks under the name a signature's motto may stand."""


def signed_mottos(doc: Document, quotes: Sequence[Quote]) -> Sequence[Quote]:
    """``quotes`` with each block quotation standing in a signature (under a
    "--" line and the owner's name) given to the owner."""
    marks = [i for i, block in enumerate(doc.blocks) if block.text == "--"]
    if not marks:
        return quotes  # (the pre-test: a block "--" is a mail signature's)
    owners: dict[int, Speaker] = {}
    for at in marks:
        if at + 1 >= len(doc.blocks):
            continue
        owner = signature_owner(doc.blocks[at + 1].text)
        if owner is None:
            continue
        start = doc.starts[at + 1]
        speaker = Speaker(owner.group(), None, 0.85, doc.span(start, start + owner.end()))
        for block in range(at + 2, min(len(doc.blocks), at + 2 + _REACH)):
            if doc.blocks[block].text == "--" or _sentence(doc.blocks[block].text):
                break  # (the signature ends where the text goes on)
            owners[block] = speaker
    if not owners:
        return quotes
    return [
        replace(quote, speaker=owners[quote.span.start.block])
        if quote.kind is QuoteKind.BLOCK and quote.span.start.block in owners
        else quote
        for quote in quotes
    ]
