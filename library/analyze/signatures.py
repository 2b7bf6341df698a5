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
        owner = _OWNER.match(doc.blocks[at + 1].text)
        if owner is None:
            continue
        start = doc.starts[at + 1]
        speaker = Speaker(owner.group(), None, 0.85, doc.span(start, start + owner.end()))
        for block in range(at + 2, min(len(doc.blocks), at + 2 + _REACH)):
            if doc.blocks[block].text == "--":
                break
            owners[block] = speaker
    if not owners:
        return quotes
    return [
        replace(quote, speaker=owners[quote.span.start.block])
        if quote.kind is QuoteKind.BLOCK and quote.span.start.block in owners
        else quote
        for quote in quotes
    ]
