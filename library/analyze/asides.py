"""An aside between a subject and its verb of saying: "The Federation of
Island Councils, in a submission to the marine committee, said that ...",
"The crew, in the harbour office, said ...".

The clause between the last two commas before the verb is read as the
verb's subject; a set phrase ("in a statement", "for its part") is known
to be an aside and stepped over to the subject before it. A longer aside
of the same shape, "in" and a determiner and what follows ("in a letter to
the minister", "in its submission on the bill", "in the harbour office",
"in the early morning fog"), is the same aside: a phrase of the medium,
place or time, it says how, where or when the subject spoke, never who
did (a prepositional phrase is no subject; s44-rev6 read only the medium's,
s44-final-analyze2 the rest).
"""

from __future__ import annotations

from collections.abc import Sequence

from quotemark.library.analyze.lexicon import words

_DETERMINERS = words("a an its his her their the")

_MAX_WORDS = 8
"""An aside's most words: longer, it is a clause of its own."""


def medium_aside(words_: Sequence[str]) -> bool:
    """Are ``words_`` (lower case, points and commas off) an aside of the
    medium, place or time the subject spoke in: "in", a determiner, and at
    most :data:`_MAX_WORDS` words in all ("in a submission to the marine
    committee", "in the harbour office")?"""
    return 3 <= len(words_) <= _MAX_WORDS and words_[0] == "in" and words_[1] in _DETERMINERS
