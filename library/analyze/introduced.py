"""The description that brought in someone the text never names: "An official
of the Port Trust, who did not wish to be named, said ... “…,” the official
said" shows the official as the text introduced them, "An official of the
Port Trust", not as the later sentence shortens it (review 4, stop 43: a
reader writes the description the text gave first).

Read only when nothing else gave the definite description a speaker, and
only when the introduction names the body the person speaks for ("a
spokeswoman for the Minister"): "a spokeswoman" or "A senior official"
says nothing a reader needs that "the spokeswoman" does not, and earlier
stops' reviews show those as written ("the official", "the keeper").
"""

from __future__ import annotations

import re

from quotemark.library.analyze.issuers import _THINGS

_SHORT_DEFINITE = re.compile(r"[Tt]he[ \t\u00a0]+([a-z]+)")
"""A description of one person by its noun alone ("the official", "the
spokeswoman"): the later, shortened mention."""

_CAPITAL = r"[A-Z][\w\u2019'-]*"
"""A capitalised word of a body's name ("Port", "Trust", "Minister")."""

_REACH = 1500
"""(How far back an introduction is looked for: the paragraph and the one
before it, as the resolution of a description to a name reads.)"""


_OPENING = re.compile(r"(?<![\w-])[Aa]n?[ \t\u00a0]+")
"""The indefinite article an introduction opens with ("An ", "a ")."""

_ADJECTIVE = re.compile(r"[a-z][\w-]*[ \t\u00a0]+")
"""One lower-case word before the noun ("senior ", "former ")."""

_BODY = re.compile(
    r"(?:[ \t\u00a0]+(?:of|for|from|at|with)[ \t\u00a0]+(?:the[ \t\u00a0]+)?"
    rf"{_CAPITAL}(?:[ \t\u00a0]+(?:(?:of|and|for|the)[ \t\u00a0]+)*{_CAPITAL})*)?"
)
"""The body named after the noun (" of the Port Trust", " for the
Minister"), or nothing."""

_WORD_CHAR = re.compile(r"\w")
"""(A character that would continue the noun: no word boundary there.)"""

_MAX_ADJECTIVES = 2


def _last_introduction(text: str, noun: str, lo: int, pos: int) -> tuple[int, int, int] | None:
    """The last indefinite description with ``noun`` as its head between
    ``lo`` and ``pos``, up to two adjectives before the noun and the body it
    names after it ("An official of the Port Trust"), as (start, the noun's
    end, the end); ``None`` when there is none.

    The same matches, in the same order, as one pattern per noun
    ("an? (adjective ){0,2}? NOUN\\b(body)?" searched left to right, each
    search from the last match's end) would find; the patterns here are
    compiled once, where one per noun cost a compile (~0.7 ms) for each new
    noun in a process. The article and each adjective match one way only
    (a word runs to the whitespace, which cannot open the next word), so the
    fewest adjectives before the noun is the lazy repeat's first success."""
    found = None
    i = lo
    while True:
        opening = _OPENING.search(text, i, pos)
        if opening is None:
            return found
        at = opening.end()
        noun_end = -1
        for adjectives in range(_MAX_ADJECTIVES + 1):
            end = at + len(noun)
            if text.startswith(noun, at, pos) and _WORD_CHAR.match(text, end, pos) is None:
                noun_end = end
                break
            if adjectives == _MAX_ADJECTIVES:
                break
            adjective = _ADJECTIVE.match(text, at, pos)
            if adjective is None:
                break
            at = adjective.end()
        if noun_end < 0:
            i = opening.start() + 1
            continue
        body = _BODY.match(text, noun_end, pos)
        end = body.end() if body is not None else noun_end
        found = (opening.start(), noun_end, end)
        i = end


def introduced_as(text: str, lo: int, pos: int, description: str) -> str | None:
    """For a description of a person by its noun alone at ``pos`` ("the
    official"; not a document, "the statement"), the last indefinite
    description with that noun from ``lo`` on (at most :data:`_REACH` back)
    that names a body after the noun, as written ("An official of the Port
    Trust"); ``None`` when the description is longer, or no such
    introduction stands there."""
    short = _SHORT_DEFINITE.fullmatch(description.strip())
    if short is None:
        return None
    noun = short.group(1)
    if noun in _THINGS:
        return None  # ("the statement": a document, no one brought in)
    lo = max(lo, pos - _REACH)
    if text.find(noun, lo, pos) < 0:
        return None  # (cheap: the noun must be there before it)
    found = _last_introduction(text, noun, lo, pos)
    if found is None or found[2] == found[1]:
        return None  # (no body named: "A senior official" is shown as written)
    return text[found[0] : found[2]]
