"""Words before a full name that say what the person does, not who they are:
a job noun capitalised at the head of the run ("Principal Gloria Mendoza
said", "Fisherman Danilo Reyes, 45, said"), and a traditional ruler's title
after "HRH" ("HRH Eze Obinna Chukwu"). :func:`names.strip_titles` sends them
to the role, as it does the offices of :data:`lexicon.TITLES`.

They are not titles everywhere: "Eze" and "Driver" are surnames too ("Mrs.
Ngozi Eze", "Minnie Driver"), so each is read only before a name of two
words or more, never at a run's end (review 4, stop 43: the name shown held
"Principal", "Fisherman", "HRH Eze").
"""

from __future__ import annotations

from collections.abc import Sequence

from quotemark.library.analyze.lexicon import words

JOB_NOUNS: frozenset[str] = words(
    """
    principal headteacher headmaster headmistress teacher lecturer student pupil
    fisherman fisherwoman fisher farmer boatman ferryman skipper deckhand trawlerman
    businessman businesswoman shopkeeper vendor trader stallholder landlord landlady
    publican nurse midwife paramedic doctor surgeon lawyer solicitor barrister
    engineer architect mechanic carpenter plumber electrician builder driver
    firefighter lifeguard coastguard volunteer resident survivor witness
    """
)
"""Nouns of one person by their work or part that a sentence may open with,
capitalised, before the full name ("Principal Gloria Mendoza", "Survivor Tom
Hale"): not offices, so :data:`lexicon.TITLES` does not hold them."""

_ROYAL_STYLES = frozenset({"hrh", "hrm", "hm", "hih"})
"""Royal styles ("His Royal Highness" written short) before a traditional
ruler's title and name ("HRH Eze Obinna Chukwu", "HRH Oba Adeyemi Ladapo")."""


def _key(token: str) -> str:
    """``token`` lower-cased without the punctuation around it."""
    return token.strip(".,;:()\u201c\u201d\"'").lower()


def office_before_name(tokens: Sequence[str], i: int) -> bool:
    """Is ``tokens[i]`` a word of what the person does in a capitalised run,
    before a name of two words or more: a job noun opening the run
    ("Principal Gloria Mendoza"), or the title after a royal style ("HRH
    Eze Obinna Chukwu": "Eze", "HRH" being a title already)?"""
    if len(tokens) - i < 3:
        return False  # (a name of two words must follow: "Tom Driver" stays)
    key = _key(tokens[i])
    if i == 0:
        return key in JOB_NOUNS or key in _ROYAL_STYLES
    return i == 1 and _key(tokens[0]) in _ROYAL_STYLES and tokens[i][:1].isupper()
