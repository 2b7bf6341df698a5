"""The teller of an "as told to" piece: a first-person account written down
by someone else ("Ruth Kerrigan, 74, has lived on Quay Row for fifty years.
She told her story to Daniel Obi." / "As told to Daniel Obi"). The "I" of
its narrative is the teller the standfirst names, not the one who wrote it
down (whose name a byline gives) nor an unnamed author.

It answers only who "I" is in such a piece; the speaker search in the
package's ``__init__`` asks it for the writer of a post's own "I said",
and gives that teller the piece's headline in marks (:func:`teller_headline`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from quotemark.library.model import Block, Quote, Speaker

_STANDFIRST_REACH = 1500
"""How far into the text the "as told to" line may stand: the standfirst."""

_TOLD_TO = re.compile(
    r"(?:^|\n)[ \t\u00a0]*[Aa]s[ \t\u00a0]+told[ \t\u00a0]+to[ \t\u00a0]+[A-Z]"
    r"|[.!?][ \t\u00a0]+(?:She|He|They)[ \t\u00a0]+told[ \t\u00a0]+(?:his|her|their)"
    r"[ \t\u00a0]+story[ \t\u00a0]+to[ \t\u00a0]+(?!The\b)[A-Z]"
)
"""An "As told to Daniel Obi" line, or "She told her story to Daniel Obi" in
the teller's own standfirst, its subject a pronoun after a sentence of hers
(not "Tom Hale, a fisherman, told his story to The Courier in 2019", a
news story's sentence about someone, nor "He told his story to The Courier":
an outlet; s45-final-analyze)."""

_TELLER = re.compile(
    r"(?:^|\n)[ \t\u00a0]*([A-Z][a-z\u2019'-]+(?:[ \t\u00a0]+[A-Z][a-z\u2019'-]+){1,2}),"
    r"[ \t\u00a0]+(?:\d{1,3},[ \t\u00a0]+)?[a-z]"
)
"""A standfirst paragraph opening with the teller's name, then a comma, an
age perhaps, and a word in lower case: a verb or a description ("Ruth
Kerrigan, 74, has lived", "Gwilym Rowe, 66, drove"; not a list of verbs, which
stop 46's held-out piece showed fitted to its one example)."""


def teller(text: str) -> str | None:
    """The teller's name when ``text`` is an "as told to" piece: the name
    opening a standfirst paragraph before the marker; else ``None``. One
    substring test, then two bounded searches of the standfirst."""
    head = text[:_STANDFIRST_REACH]
    if "told" not in head:
        return None
    marker = _TOLD_TO.search(head)
    if marker is None:
        return None
    m = _TELLER.search(head, 0, marker.start() + 1)
    if m is None:
        return None
    as_told = marker.group().lstrip().startswith(("A", "a"))
    if not as_told and "\n" in head[m.end() : marker.start()]:
        return None  # ("She told her story to ...": in the teller's paragraph)
    return m.group(1).replace("\u00a0", " ")


_HEADLINE_MARKS = "\u201c\u201d\"\u2018\u2019' \t"
"""What may stand around a headline's quoted words: the marks and blanks."""


_TITLE_CASE = re.compile(
    r"[A-Z][\w'\u2019-]*(?:[ \u00a0]+(?:[A-Z0-9][\w'\u2019-]*"
    r"|a|an|the|and|or|of|in|on|at|to|for|by|with|from))*[.!?]?"
)
"""A headline in title case: every word capitalised but the short ones a
title leaves small ("Under Milk Wood", "The Long Tide"). A teller's words
are a sentence ("The last stop was always the best part"): a title in
marks is a book's, a song's, a show's, not the teller's (stop 46's second
reading)."""


def teller_headline(
    blocks: Sequence[Block], quotes: Sequence[Quote], name: str
) -> tuple[Quote, ...]:
    """``quotes`` with the piece's headline given to its teller ``name``:
    an "as told to" piece is headed by the teller's own words in marks
    ("“I watched the pier fall from my kitchen window”"), which no verb
    attributes. Only a quotation with no speaker that is the whole of the
    first block with text; any other quotation is left as it is."""
    first = next((i for i, block in enumerate(blocks) if block.text.strip()), None)
    if first is None:
        return tuple(quotes)
    whole = blocks[first].text.strip(_HEADLINE_MARKS)
    if _TITLE_CASE.fullmatch(whole):
        return tuple(quotes)  # ("“Under Milk Wood”": a title, no one's words)
    return tuple(
        replace(q, speaker=Speaker(name, None, 0.5, None))
        if q.speaker is None
        and q.parent is None
        and q.span.start.block == first
        and q.span.text.strip(_HEADLINE_MARKS) == whole
        else q
        for q in quotes
    )
