"""An aside naming the medium between a subject and its verb of saying:
"The Federation of Island Councils, in a submission to the marine
committee, said that ...".

The clause between the last two commas before the verb is read as the
verb's subject; a set phrase ("in a statement", "for its part") is known
to be an aside and stepped over to the subject before it. A
longer aside of the same shape, "in" and a determiner before the written
or spoken thing the words were given in, with what follows it ("in a letter
to the minister", "in its submission on the bill"), is the same aside: it
says how the subject spoke, never who did.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotemark.library.analyze.lexicon import words

_DETERMINERS = words("a an its his her their the")

_MEDIA = words(
    "statement submission letter interview tweet post email e-mail speech filing memo "
    "note response reply release message briefing report"
)
"""The written or spoken things words are given in."""

_MAX_WORDS = 8
"""An aside's most words: longer, it is a clause of its own."""


def medium_aside(words_: Sequence[str]) -> bool:
    """Are ``words_`` (lower case, points and commas off) an aside naming the
    medium the subject spoke in: "in", a determiner, the medium, and at most
    :data:`_MAX_WORDS` words in all ("in a submission to the marine
    committee")?"""
    return (
        3 <= len(words_) <= _MAX_WORDS
        and words_[0] == "in"
        and words_[1] in _DETERMINERS
        and words_[2] in _MEDIA
    )
