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

import functools
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


@functools.lru_cache(maxsize=256)
def _introduction(noun: str) -> re.Pattern[str]:
    """An indefinite description with ``noun`` as its head, up to two
    adjectives before it, and a prepositional phrase naming a body after it
    ("An official of the Port Trust", "a spokeswoman for the Minister")."""
    return re.compile(
        r"(?<![\w-])[Aa]n?[ \t\u00a0]+((?:[a-z][\w-]*[ \t\u00a0]+){0,2}?)"
        rf"{noun}\b"
        r"((?:[ \t\u00a0]+(?:of|for|from|at|with)[ \t\u00a0]+(?:the[ \t\u00a0]+)?"
        rf"{_CAPITAL}(?:[ \t\u00a0]+(?:(?:of|and|for|the)[ \t\u00a0]+)*{_CAPITAL})*)?)"
    )


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
    found = None
    for m in _introduction(noun).finditer(text, lo, pos):
        found = m
    if found is None or not found.group(2):
        return None  # (no body named: "A senior official" is shown as written)
    return found.group(0)
