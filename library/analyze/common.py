"""Small helpers the construction modules of the speaker search share: the
head of a description up to its first prepositional phrase, where the line
before a position starts, whether a position stands inside a quotation,
where the narrative's sentences before a speaker open, where a word is
written as a word of its own, the patterns of a definite article and of a
sentence break.

It answers nothing about a speaker by itself and imports no other module of
this package's speaker search (:mod:`.holders`, :mod:`.groups`,
:mod:`.issuers` ... import it, never the other way round).
"""

from __future__ import annotations

import bisect
import re
import weakref
from collections.abc import Callable, Iterator

from quotemark.library.analyze.document import Document

_DEFINITE = re.compile(r"(?:the|this|that)\s+[a-z0-9]", re.IGNORECASE)
_OF_PHRASE = re.compile(r"\s(?:of|for|at|with|from)\s")


def _head_phrase(description: str) -> str:
    """A description up to its first prepositional phrase ("the founder of
    Studiocomix Press" -> "the founder"): what kind of speaker it is."""
    return _OF_PHRASE.split(description, 1)[0]


_SENTENCE_BREAK = re.compile(r"[.!?\n](?:(?<=\n)|(?<=[.!?])[\u201d\"\u2019')]*\s+)")
"""A sentence's end: a stop and any closing marks, then spaces; or a line
break. The same matches as the alternation it was (stop, marks and spaces,
or a line break), written to open with one class: sre skips to its
characters, where it tried the alternation at every character (the
analysis of the 181 benchmark pages -6.9 M instructions; 60 M less over
their whole texts)."""


def word_starts(
    text: str,
    word: str,
    lo: int = 0,
    hi: int | None = None,
    *,
    letters: Callable[[str], bool] = str.isalpha,
    plural: bool = False,
) -> Iterator[int]:
    """Each place, left to right, where ``word`` is written between ``lo``
    and ``hi`` as a word of its own: no character ``letters`` accepts right
    before it nor right after it (read past ``lo`` and ``hi`` too, to the
    text's ends); with ``plural``, one "s" may stand after it ("mayors" for
    "mayor"). Found by ``str.find``, resuming after each occurrence tried,
    found or not (no pattern compiled for the word). The one "find a whole
    word" loop of the speaker search (stop 47: five loops wrote it out). An
    empty ``word`` is found nowhere (``str.find`` would find it at ``lo``
    for ever)."""
    if not word:
        return
    stop = len(text) if hi is None else hi
    size = len(word)
    length = len(text)
    at = text.find(word, lo, stop)
    while at >= 0:
        end = at + size
        if (at == 0 or not letters(text[at - 1])) and (
            end == length
            or not letters(text[end])
            or (plural and text[end] == "s" and (end + 1 == length or not letters(text[end + 1])))
        ):
            yield at
        at = text.find(word, end, stop)


def _previous_line_start(doc: Document, pos: int) -> int:
    """Where the line before the one holding ``pos`` starts."""
    index = bisect.bisect_right(doc.line_starts, pos) - 1
    if index <= 0:
        return 0
    index -= 1
    floor = max(0, index - 20)  # (bounded: the pass stays linear)
    while index > floor and not doc.scan[doc.lines[index].start : doc.lines[index].end].strip():
        index -= 1  # (an empty line is no paragraph)
    return doc.lines[index].start


def _reach_back(text: str, lo: int, pos: int, reach: int) -> int:
    """``lo``, or where the first sentence within ``reach`` characters
    before ``pos`` opens when ``lo`` is further back (``pos - reach`` when
    no sentence opens there): a look-back bound for a walk over a paragraph's
    sentences that each quotation makes, which a paragraph of a thousand
    quotations made the square of its length (s42-quad)."""
    if pos - lo <= reach:
        return lo
    found = _SENTENCE_BREAK.search(text, pos - reach, pos)
    return found.end() if found is not None else pos - reach


def _inside_quotation(text: str, lo: int, pos: int) -> bool:
    """Is ``pos`` inside a quotation opened after ``lo``: is the last
    quotation mark before it an opening one, read by where it stands (after
    a space or the start, before a word), since pages mix their marks
    ("“… possibility." Republicans say")?"""
    return _opening_mark(text, lo, max(text.rfind(mark, lo, pos) for mark in _MARKS))


_MARKS = '\u201c\u201d"'
_MARK = re.compile(f"[{_MARKS}]")


def _opening_mark(text: str, lo: int, at: int) -> bool:
    """Does the quotation mark at ``at`` (``-1``: none) open a quotation, by
    where it stands (after a space, a bracket, a dash or ``lo``, before a
    word)? :func:`_inside_quotation`'s reading of the last mark."""
    if at < 0:
        return False
    before = text[at - 1] if at > lo else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return (before.isspace() or before in "(\u2014") and not after.isspace()


class _Narrative:
    """The narrative sentence starts of the text from one line start ``lo``
    on, found as far as asked and kept: every quotation of a paragraph asks
    from the same ``lo``, so a paragraph is scanned once, not once for each
    of its quotations (a pasted transcript of 2,000 quotations as one
    paragraph took 5.3 s, the square of its length; stop 42)."""

    def __init__(self, text: str, lo: int) -> None:
        self.text = text
        self.lo = lo
        self.breaks = _SENTENCE_BREAK.finditer(text, lo)
        self.marks = _MARK.finditer(text, lo)
        self.mark = -1  # the last quotation mark before the start read last
        self.next_mark = self._next_mark()
        self.reached = -1  # the last sentence start read (before spaces)
        self.starts: list[int] = []  # the narrative ones, spaces passed over
        self._read(lo)

    def _next_mark(self) -> int:
        found = next(self.marks, None)
        return len(self.text) if found is None else found.start()

    def _read(self, start: int) -> None:
        """Keep the sentence start ``start`` if it opens narrative."""
        self.reached = start
        text = self.text
        while start < len(text) and text[start] in " \u00a0":
            start += 1
        while self.next_mark < start:  # (the marks are read forward once)
            self.mark, self.next_mark = self.next_mark, self._next_mark()
        if start >= len(text) or text[start] in '\u201c"':
            return  # the words quoted, not the narrative's subject
        if _opening_mark(text, self.lo, self.mark):
            return  # the words quoted, not the narrative's subject
        self.starts.append(start)

    def before(self, pos: int) -> int:
        """How many of :attr:`starts` stand before ``pos`` (read on as far as
        ``pos`` first)."""
        while self.reached < pos:
            found = next(self.breaks, None)
            if found is None:
                self.reached = len(self.text)
                break
            self._read(found.end())
        return bisect.bisect_left(self.starts, pos)


_NARRATIVES: weakref.WeakKeyDictionary[Document, dict[int, _Narrative]] = (
    weakref.WeakKeyDictionary()
)


def _narrative_starts(doc: Document, pos: int) -> Iterator[int]:
    """Where the sentences before ``pos`` in its paragraph and the one
    before open (spaces passed over), the nearest first, leaving out a
    sentence opened by a quotation mark or standing inside a quotation: the
    narrative's sentences, whose subject a speaker "he", "she" or "it" may
    mean (not the words quoted)."""
    lo = _previous_line_start(doc, pos)
    kept = _NARRATIVES.setdefault(doc, {})
    narrative = kept.get(lo)
    if narrative is None:
        narrative = kept[lo] = _Narrative(doc.scan, lo)
    starts = narrative.starts
    for k in range(narrative.before(pos) - 1, -1, -1):
        yield starts[k]  # (by index: the walk stops at the first it needs)
