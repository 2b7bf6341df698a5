"""Authors cited by surname in academic prose (s42-left2).

A blog post or a paper names the people it cites by surname alone, with a
year: "Ross (2019) argues that “…”", "(Ross 2018, p. 112)", "as Ross
notes". Such a surname is a person (the author), never a place or a firm,
and never the full name of someone else of that surname the text names
later (a discussant "Emma Ross" is not the author "Ross" cited before:
s42-left tried expanding and gave the author's words to the discussant).

Pure text functions; :mod:`.speakers` records the subjects they find and
the analysis shows a cited phrase's name as cited."""

from __future__ import annotations

import re
from collections.abc import Iterator

_NAME = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_YEAR = r"(?:19|20)\d\d[a-z]?"
_AUTHORS = rf"({_NAME}(?:[ \u00a0]+(?:and|&)[ \u00a0]+{_NAME}|[ \u00a0]+et[ \u00a0]+al\.)?)"

_CITED_PHRASE = re.compile(rf"{_AUTHORS}[ \u00a0]*\({_YEAR}(?:,[ \u00a0]*pp?\.[ \u00a0]*\d+)?\)")
"""A speaker phrase that is an author-year citation alone: "Ross (2019)",
"Quinn and Easton (2024)", "Ross (2019, p. 4)"."""

_CITATION = re.compile(
    rf"(?<![\w.])(?:{_AUTHORS}[ \u00a0]*\({_YEAR}|\({_AUTHORS},?[ \u00a0]+{_YEAR})"
)
"""An author-year citation in running text: "Ross (2019", "(Ross 2018"."""


def cited_author(phrase: str) -> str | None:
    """The author(s) of a speaker phrase that is an author-year citation
    alone ("Ross (2019)" -> "Ross"; the year is no part of the name), else
    ``None`` ("The Hale (2019) report": a document, read as before)."""
    m = _CITED_PHRASE.fullmatch(phrase.strip())
    return " ".join(m.group(1).split()) if m is not None else None


_CITED_PAIR = re.compile(
    rf"{_NAME}(?:[ \u00a0]+(?:and|&)[ \u00a0]+{_NAME}|[ \u00a0]+et[ \u00a0]+al\.)"
    rf"[ \u00a0]*\({_YEAR}\)"
)


def cited_pair_end(text: str, at: int, limit: int) -> int | None:
    """Where an author-year citation of two authors (or "et al.") starting
    at ``at`` ends ("Quinn and Hale (2024)", "Lind et al. (2019)"), so that
    the subject it opens is both authors and not the first surname alone
    (stop 43, s43-left); ``None`` when no such citation starts there."""
    m = _CITED_PAIR.match(text, at, limit)
    return m.end() if m is not None else None


def cited_surnames(text: str) -> frozenset[str]:
    """Every surname ``text`` cites with a year ("Ross (2019)", "(Ross
    2018, p. 112)"), both of a pair. Empty, at the cost of one substring
    test, when no "(19"/"(20" or " 19"/" 20" year stands in the text after
    a bracket; not a surname after "the" ("the Hale (2019) report")."""
    if "(19" not in text and "(20" not in text and not _YEAR_AFTER_NAME.search(text):
        return frozenset()
    found: set[str] = set()
    for m in _CITATION.finditer(text):
        authors = m.group(1) or m.group(2)
        before = text[max(0, m.start() - 4) : m.start()]
        if m.group(1) and before.endswith(("the ", "The ")):
            continue
        found.update(w for w in authors.split() if w[:1].isupper())
    return frozenset(found)


_YEAR_AFTER_NAME = re.compile(rf"\([A-Z][a-z]+[^()]{{0,40}}\b{_YEAR}\b")
"""A bracket opening a citation of a name and a year ("(Ross 2018")."""


_NAME_END = re.compile(r"\b(?![\u2019']s)")
"""After a cited surname: the word's end, and no possessive."""
_CAPITAL_NEXT = re.compile(r"[ \u00a0]+[A-Z]")
_YEAR_NEXT = re.compile(rf"[ \u00a0]*\({_YEAR}(?:,[^()]{{0,12}})?\)")


def _alone_at(text: str, name: str) -> Iterator[int]:
    """The starts of the matches of ``NAME\\b(?![\u2019']s)`` in ``text``, as
    its ``finditer`` gives them, with no pattern compiled for the surname
    (one compile a surname before stop 45): the surname (letters and
    hyphens, :data:`_NAME`, so its own literal pattern) found as a string,
    the search resuming after each match, and one place on after a miss."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if _NAME_END.match(text, end):
            yield at
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)


def cited_mentions(text: str, surnames: frozenset[str]) -> Iterator[tuple[int, str, int]]:
    """Each place a cited surname stands alone in ``text``: its start, the
    surname and where it ends (its year, when a year in brackets follows,
    skipped: "Ross (2019) argues" ends after the bracket). Not inside a
    longer capitalised name ("Tom Ross", "Ross Street")."""
    for name in surnames:
        # (The character before is asked apart, not looked behind at in the
        # pattern: with the look-behind first the engine tried the pattern
        # at every character of the text, once for each surname, where the
        # name's first letter alone lets it skip ahead: 12 ms -> 0.5 ms for
        # ten surnames over 48,000 characters. A match the character before
        # rules out hides no other: one starting inside it has a letter or
        # "-" before it.)
        for start in _alone_at(text, name):
            end = start + len(name)
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] in _NOT_BEFORE):
                continue  # "McRoss", "J.Ross", "O’Ross", "Smith-Ross"
            if _CAPITAL_NEXT.match(text[end : end + 3]):
                continue  # "Ross Street"
            before = text[max(0, start - 20) : start].split()[-1:]
            if before and before[0][:1].isupper() and before[0][-1:] not in '.!?:;,\u201d"':
                continue  # "Tom Ross", "The Ross"
            year = _YEAR_NEXT.match(text[end : end + 24])
            end += year.end() if year is not None else 0
            pair = _PAIR_BEFORE.search(text, max(0, start - 30), start)
            if pair is not None and pair.group(1) in surnames:
                # "Quinn and Easton (2024) collected": both authors, one subject.
                yield pair.start(1), f"{pair.group(1)} and {name}", end
            else:
                yield start, name, end


_NOT_BEFORE = "_.\u2019'-"
"""Characters besides letters and digits (``isalnum``, the engine's ``\\w``
with "_") that may not stand right before a cited surname."""


_PAIR_BEFORE = re.compile(rf"(?<![\w.\u2019'-])({_NAME})[ \u00a0]+(?:and|&)[ \u00a0]+$")
"""A cited surname and "and" right before another ("Quinn and ")."""
