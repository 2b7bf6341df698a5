"""A crowd's verb of singing right before marks: "The crowd sang “…”".

"The crowd sang “Tommy Hale, he scores when he wants” for the last five
minutes" has no verb of saying; the words are the crowd's chant, whole (as
after "chanted"). Only a crowd sings here: "Ada Lind sang “Harbour Lights”"
names a song (a title), and "the band leader ..., singing “…”" stays as it
was read.
"""

from __future__ import annotations

import re

_S = r"[ \u00a0]+"

SINGING = frozenset(("sang", "sing", "sings", "singing", "sung", "chorused"))
"""Verbs of singing, as the word right before the marks."""

_CROWD_SANG = re.compile(
    r"(?P<who>(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)"
    + _S
    + r"(?:[a-z]+"
    + _S
    + r"){0,2}?(?:crowd|fans|supporters|faithful|terraces|stands|away[ \u00a0]end))"
    + _S
    + r"(?:(?:was|were|had|have|kept|began|started)"
    + _S
    + r")?(?:"
    + "|".join(sorted(SINGING))
    + r")[ \u00a0]+$"
)


def crowd_singing(text: str, begin: int, open_at: int) -> re.Match[str] | None:
    """The crowd ("The crowd", "the away fans") whose verb of singing ends
    right before the marks opening at ``open_at`` (its group ``who``), read
    from ``begin`` (the sentence's start) at most 80 characters back; else
    ``None``. A look at the 8 characters before the marks first
    (:func:`sung_right_before`)."""
    if not sung_right_before(text, open_at):
        return None
    return _CROWD_SANG.search(text, max(begin, open_at - 80), open_at)


def sung_right_before(text: str, open_at: int) -> bool:
    """Could a verb of singing end right before the marks opening at
    ``open_at``? :func:`crowd_singing`'s pre-test, a look at the 8
    characters before them: a caller asks it before finding the sentence's
    start."""
    return text.endswith(("ng ", "ngs ", "rused "), max(0, open_at - 8), open_at)
