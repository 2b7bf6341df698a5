"""A chant's words: the crowd's that raises it.

"The crowd has started another chant: “…”" and "a last chant from the
crowd: “…”" name who chants with a noun of chanting, not a verb of saying,
so the words went to the last speaker (in a live text, the turn before).
Read only for marks right after a colon whose sentence has a noun of
chanting just before it.
"""

from __future__ import annotations

import re

from quotemark.library.analyze.attribution import Phrase, sentence_start
from quotemark.library.analyze.document import Document
from quotemark.library.analyze.quotes import Candidate
from quotemark.library.analyze.singing import crowd_singing, sung_right_before

_S = r"[ \u00a0]+"
_CHANT = r"(?:chant|song|refrain|cry|slogan)"
_GROUP = (
    r"(?:[Tt]he|[Aa]|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)" + _S + r"[a-z]+"
    r"|[A-Z][\w'\u2019-]+(?:[ \u00a0][A-Z][\w'\u2019-]+){0,2}"
)
_STARTED = re.compile(
    r"(?P<who>" + _GROUP + r")" + _S + r"(?:(?:has|have|had|is|are|was|were)" + _S + r")?"
    r"(?:start(?:s|ed|ing)|beg(?:ins|an|un|inning)|(?:br(?:eaks|oke|eaking)|burst(?:s|ing)?)"
    + _S
    + r"into|(?:str(?:ikes|uck|iking)|t(?:akes|ook|aking))"
    + _S
    + r"up)"
    + _S
    + r"(?:(?:a|an|another|the|its|their|one|new|last|fresh|more)"
    + _S
    + r"){0,2}(?:[a-z]+"
    + _S
    + r")?"
    + _CHANT
    + r"[ \u00a0]*:[ \u00a0]*$"
)
""""The crowd has started another chant:", "the fans struck up a song:"."""
_CHANT_FROM = re.compile(
    r"\b(?:a|an|another|one|the)"
    + _S
    + r"(?:[a-z]+"
    + _S
    + r")?"
    + _CHANT
    + _S
    + r"(?:from|by|of)"
    + _S
    # (A common noun only after "the": "a cry of joy", "a song of hope"
    # name a feeling, not who raises it; the subject before keeps them.)
    + r"(?P<who>the"
    + _S
    + r"[a-z]+|[A-Z][\w'\u2019-]+(?:[ \u00a0][A-Z][\w'\u2019-]+){0,2})[ \u00a0]*:[ \u00a0]*$"
)
""""a last chant from the crowd:"."""
_CHANT_NEAR = re.compile(_CHANT)


def sung_source(doc: Document, c: Candidate) -> Phrase | None:
    """The crowd whose verb of singing comes right before the marks ("The
    crowd sang “…” for the last five minutes"), as the speaker phrase;
    ``None`` for any other shape (:func:`.singing.crowd_singing`)."""
    text = doc.scan
    if not sung_right_before(text, c.open):
        return None  # (asked of most quotations with no phrase: no sentence start sought)
    sang = crowd_singing(text, sentence_start(text, doc.lines[c.line].start, c.open), c.open)
    if sang is None:
        return None
    start, stop = sang.span("who")
    return Phrase(start, stop, text[start:stop], "before", c.open)


def chant_source(doc: Document, c: Candidate) -> Phrase | None:
    """Who raises the chant a colon before the marks introduces, as the
    speaker phrase; ``None`` for any other shape."""
    text = doc.scan
    colon = text.rfind(":", max(0, c.open - 3), c.open)
    if colon < 0 or text[colon + 1 : c.open].strip():
        return None  # (the pre-test: a colon right before the marks)
    begin = sentence_start(text, doc.lines[c.line].start, colon)
    if _CHANT_NEAR.search(text, max(begin, colon - 60), colon) is None:
        return None  # (no noun of chanting just before the colon)
    found = _STARTED.search(text, begin, c.open) or _CHANT_FROM.search(text, begin, c.open)
    if found is None:
        return None
    start, stop = found.span("who")
    return Phrase(start, stop, text[start:stop], "before", colon + 1)
