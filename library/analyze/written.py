"""Words a document says, given to whoever wrote it.

"Tom Hale wrote a letter to the board in May. It says: “…”" and "Ada Lind
keeps a letter she wrote in 1988. ... It reads in part: “…”": the opening
"It" is the letter the sentences before name, and its words are its
writer's. Read only when the speaker phrase found is a bare "It" before a
verb a document speaks by, and a sentence up to :data:`_REACH` back in the
paragraph says who wrote the letter (a name, a pronoun, or "my class").
"""

from __future__ import annotations

import bisect
import re

from quotemark.library.analyze.attribution import Phrase, sentence_start
from quotemark.library.analyze.document import Document
from quotemark.library.analyze.issuers import _DOCUMENT_OBJECT, _THINGS
from quotemark.library.analyze.quotes import Candidate
from quotemark.library.analyze.speakers import People

_IT_READS = re.compile(
    r"[ \u00a0]+(?:reads|says|said|read|begins|began|goes|went|runs|ran)"
    r"(?:[ \u00a0]+in[ \u00a0]+(?:part|full))?[ \u00a0]*[:,]?\s*"
)
"""What stands between "It" and the marks: a verb a written thing speaks
by, "in part" or "in full", a colon or comma (the marks may open the
next paragraph)."""

_WRITTEN = r"(?:letters?|notes?|messages?|e-?mails?|cards?|postcards?|memos?|diary|poems?)"
_WRITER = (
    r"(?:[A-Z][\w'\u2019-]+(?:[ \u00a0][A-Z][\w'\u2019-]+){0,2}"
    r"|(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)[ \u00a0][a-z]+|he|she|they|[IW]e?)"
)
_WRITER_BEFORE = re.compile(
    r"(?<![\w'\u2019])(?P<who>" + _WRITER + r")[ \u00a0]+(?:had[ \u00a0]+)?wrote[ \u00a0]+"
    r"(?:(?:a|an|the|this|that|these|those|[a-z]+)[ \u00a0]+)?" + _WRITTEN + r"\b"
)
""""Tom Hale wrote a letter", "My class wrote letters"."""
_WRITER_AFTER = re.compile(
    r"\b" + _WRITTEN + r"[ \u00a0]+(?:that[ \u00a0]+)?(?P<who>" + _WRITER + r")[ \u00a0]+"
    r"(?:had[ \u00a0]+)?wrote\b"
)
""""a letter he wrote", "the note that Ada Lind wrote"."""

_REACH = 3
"""Sentences back, in the paragraph, where the writer may be named."""


def _names_a_document(text: str, begin: int, end: int) -> bool:
    """Whether ``text[begin:end]`` names a document with an article or a
    possessive ("a sign on the gate"): the "It" after it is that one."""
    return any(
        m.group(1) in _THINGS or m.group(1).removesuffix("s") in _THINGS
        for m in _DOCUMENT_OBJECT.finditer(text, begin, end)
    )


def document_writer(doc: Document, c: Candidate, phrase: Phrase) -> Phrase | None:
    """The writer of the document an "It reads:" or "It says:" before the
    marks means, as the speaker phrase; ``None`` when ``phrase`` is no bare
    "It" before such a verb or no sentence just before says who wrote it."""
    text = doc.scan
    if phrase.how != "before" or text[phrase.start : phrase.end] not in ("It", "it"):
        return None
    if _IT_READS.fullmatch(text, phrase.end, c.open) is None:
        return None
    line = doc.line_starts[bisect.bisect_right(doc.line_starts, phrase.start) - 1]
    end = sentence_start(text, line, phrase.start)
    for _ in range(_REACH):
        if end <= line:
            return None
        begin = sentence_start(text, line, end - 1)
        found = _WRITER_BEFORE.search(text, begin, end) or _WRITER_AFTER.search(text, begin, end)
        if found is not None:
            start, stop = found.span("who")
            return Phrase(start, stop, text[start:stop], "before", phrase.verb_end)
        if _names_a_document(text, begin, end):
            return None  # ("The board put up a sign. It says: …": the sign's)
        end = begin
    return None


_FROM_WRITER = re.compile(
    r"\bfrom[ \u00a0]+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \u00a0]+)?"
    r"(?P<who>[A-Z][\w'\u2019-]+(?:[ \u00a0][A-Z][\w'\u2019-]+){1,2})"
    r"(?:[ \u00a0]+of[ \u00a0]+[A-Z][\w'\u2019-]+(?:[ \u00a0][A-Z][\w'\u2019-]+){0,3})?"
    r",?(?:[ \u00a0]+in[ \u00a0]+(?:part|full))?[ \u00a0]*:[ \u00a0]*$"
)
""""We print one, from Mr Tom Hale of Gull Lane, in part:": a letter's writer
after "from", ending the paragraph before it."""


def letter_from(doc: Document, c: Candidate, people: People) -> Phrase | None:
    """The writer a paragraph ending in a colon names after "from" ("We print
    one, from Mr Tom Hale of Gull Lane, in part:") right before the block
    quotation ``c``, as the speaker phrase, when the text shows that person
    as a man or a woman (an honorific, a pronoun: not a place, "from Harbour
    Town:"); else ``None``. Asked only of a block whose phrase is none or
    the page's "We"; a look at the colon first."""
    text = doc.scan
    colon = text.rfind(":", max(0, c.open - 4), c.open)
    if colon < 0 or text[colon + 1 : c.open].strip():
        return None
    found = _FROM_WRITER.search(text, max(0, colon - 120), colon + 1)
    if found is None or people.genders.of(found.group("who")) is None:
        return None  # (a person the text gives a sex: "Mr", "his"; not "Harbour Town")
    start, stop = found.span("who")
    return Phrase(start, stop, text[start:stop], "before", colon + 1)
