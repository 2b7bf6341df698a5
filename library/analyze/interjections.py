"""A quotation shouted into another's attribution: "“…,” Fell said, as
some in the room shouted “No!” “…”".

A clause of "as", "while" or "when" after the attribution of one quotation
can bring in a second voice with its own words (a crowd's "No!", an
aide's "Hear, hear"). That voice interrupts; it does not take over: the
quotation after it, with no attribution of its own, goes on with the one
who was speaking, not with the interruption. So the interjection is not
the "previous quotation" a bare quotation continues.
"""

from __future__ import annotations

import re

_REACH = 200
"""The most characters between the first quotation's close and the
interjection's opening mark: an attribution and one short clause."""

_AS_CLAUSE = re.compile(r",[ \u00a0]+(?:as|while|when)[ \u00a0]+[^,.;:!?\n\u2028]{1,80}$")
"""The clause of time that brings the interjection in, right before its
marks ("..., as some in the room shouted ")."""


def interjected(scan: str, prev_close: int, open_at: int) -> bool:
    """Do the marks opening at ``open_at`` stand in a clause of "as",
    "while" or "when" hung on the attribution of the quotation closing at
    ``prev_close`` (no sentence's end between)?"""
    if not 0 <= prev_close < open_at or open_at - prev_close > _REACH:
        return False
    between = scan[prev_close + 1 : open_at].rstrip(" \u00a0")
    if any(ch in between for ch in '.!?\n\u2028\u201c\u201d"'):
        return False
    return _AS_CLAUSE.search(between) is not None
