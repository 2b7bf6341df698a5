"""A word in marks that the sentence gives to others by naming their use of
it: "Voss questioned the authors' use of the word “permanent”" quotes the
authors' word, not Voss's (review 3, stop 43: it went to the sentence's
subject). The owner of the use is the speaker phrase.
"""

from __future__ import annotations

import re

from quotemark.library.analyze.attribution import Phrase
from quotemark.library.analyze.document import Document
from quotemark.library.analyze.quotes import Candidate

_USE_OF_THE_WORD = re.compile(
    r"\b((?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)[ \t\u00a0]+(?:[\w-]+[ \t\u00a0]+){0,3}?[\w-]+)"
    r"(?:['\u2019]s|(?<=s)['\u2019])[ \t\u00a0]+use[ \t\u00a0]+of[ \t\u00a0]+the[ \t\u00a0]+"
    r"(?:word|term|phrase|expression|label)[ \t\u00a0]*$"
)
"""A possessive description, "use of the word", and the marks right after."""

_REACH = 80
"""(How far before the marks the owner of the use may start.)"""


def word_user(doc: Document, c: Candidate) -> Phrase | None:
    """The description whose use of the word in ``c``'s marks the sentence
    names ("the authors' use of the word “permanent”": the authors), as a
    speaker phrase; ``None`` elsewhere. Only a description, not a name (a
    named person's "claim" or "call" is :func:`subject.possessor_phrase`'s)."""
    text = doc.scan
    if text.rfind(" use of the ", max(0, c.open - 30), c.open) < 0:
        return None  # (cheap: the words must stand right before the marks)
    m = _USE_OF_THE_WORD.search(text, max(0, c.open - _REACH), c.open)
    if m is None:
        return None
    owner = m.group(1)
    # (Its verb end at the marks: the span is the marked word alone, as
    # for "Ada Lind's “47 percent” comment".)
    return Phrase(m.start(1), m.start(1) + len(owner), owner, "before", m.end())
