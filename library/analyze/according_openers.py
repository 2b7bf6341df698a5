"""A one-word "according to" opening a sentence is no first name (stop 50,
branch s50-speakers).

"Enligt Holm är bron ”inte säker längre”." writes the opener and the surname
as one capitalised run, so :func:`.speakers.find_people` remembered "Enligt
Holm" as a full name and expanded the speaker "Holm" to it (stop 49's
leftover: "Zdaniem Nowaka", "Selon Texier", "Según Crespo" the same). The
word opens the run only at a sentence's start, where every word is
capitalised; it is never a given name there. A name that merely holds the
word later ("Victoria Enligt") keeps it: only the run's first word is
asked.

The words are the one-word "according to" the attribution tables read
(:mod:`.attribution`'s one-word forms, :mod:`.said_nouns`' forms with no
comma after the source): French, Spanish, Italian, Portuguese, Polish,
Dutch, Swedish, Czech and Danish or Norwegian. The French "Pour" (in X's
view) opens such a sentence as well. Left out: words that are also name
particles or given names in the languages read ("De", "Per", "En").

One set lookup on a run's first word, in a function cached by the run.
"""

from __future__ import annotations

from quotemark.library.analyze.lexicon import words

ACCORDING_OPENERS: frozenset[str] = words(
    """
    selon según secondo segundo według zdaniem pour volgens enligt podle
    ifølge conforme d'après d\u2019après
    """
)
"""A capitalised run's first word, lower-cased, that is "according to" in
one word (or "in the view of"): never part of the name after it."""


def opens_with_according(tokens: list[str], first: str) -> bool:
    """Does the capitalised run ``tokens`` open with a one-word "according
    to" (``first``: its first word cleaned and lower-cased), to be dropped
    from the name after it? A run of that word alone is a surname
    ("säger Enligt" after "Victoria Enligt")."""
    return len(tokens) > 1 and first in ACCORDING_OPENERS
