"""Turn a speaker phrase into a :class:`Speaker`: split name and role, resolve
pronouns and bare surnames against the people the article has named.

People are found once, in one pass over the text (runs of two or more
capitalised words that are not organisations, months or sentence openers).
A pronoun goes to the last person named before it, preferring one named as a
sentence's subject (followed by a verb) over one named as an object; a bare
surname or "Mr. Hemming" goes to the full name seen with that surname.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from library.analyze.lexicon import MONTHS_AND_DAYS, NOT_NAMES, SPEECH_VERBS
from library.analyze.names import PERSON_RUN, clean, looks_like_organisation, surname

_NEXT_WORD = re.compile(r"[\s,]*([A-Za-z\u2019']+)")
_VERB_LIKE = re.compile(r"^(?:[a-z]+(?:ed|es|s)|has|had|was|is|will|would|did|says|told|wrote)$")
_HORIZON = 3000


@dataclass(slots=True)
class People:
    """Who the article names, and where."""

    positions: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    subject: list[bool] = field(default_factory=list)
    by_surname: dict[str, str] = field(default_factory=dict)

    def add(self, pos: int, name: str, is_subject: bool) -> None:
        """Record a person named at ``pos`` (positions must not decrease
        much; out-of-order additions are inserted in place)."""
        i = bisect.bisect_right(self.positions, pos)
        self.positions.insert(i, pos)
        self.names.insert(i, name)
        self.subject.insert(i, is_subject)
        if len(name.split()) > 1:
            self.by_surname.setdefault(surname(name), name)

    def full(self, name: str) -> str:
        """A bare surname expanded to the full name seen with it."""
        if len(name.split()) == 1:
            return self.by_surname.get(name.lower(), name)
        return name

    def resolve(self, pos: int) -> str | None:
        """The person a pronoun at ``pos`` most likely means."""
        i = bisect.bisect_left(self.positions, pos)
        fallback: str | None = None
        j = i - 1
        steps = 0
        while j >= 0 and pos - self.positions[j] <= _HORIZON and steps < 12:
            if self.subject[j]:
                return self.names[j]
            if fallback is None:
                fallback = self.names[j]
            j -= 1
            steps += 1
        return fallback


def find_people(text: str, limit: int = 5000) -> People:
    """Every personal name the text mentions (capped at ``limit``)."""
    people = People()
    for m in PERSON_RUN.finditer(text):
        name = m.group()
        tokens = name.split()
        while tokens and clean(tokens[0]).lower() in NOT_NAMES:
            tokens.pop(0)
        if len(tokens) < 2:
            continue
        words = [clean(t).lower() for t in tokens]
        if any(w in MONTHS_AND_DAYS for w in words):
            continue
        name = " ".join(clean(t) for t in tokens)
        if looks_like_organisation(name):
            continue
        nxt = _NEXT_WORD.match(text, m.end())
        follower = nxt.group(1) if nxt else ""
        is_subject = follower in SPEECH_VERBS or bool(_VERB_LIKE.match(follower))
        people.add(m.end() - len(" ".join(tokens)), _strip_honorific(name), is_subject)
        if len(people.positions) >= limit:
            break
    return people


def _strip_honorific(name: str) -> str:
    tokens = name.split()
    while len(tokens) > 2 and tokens[0].rstrip(".").lower() in {
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "general",
        "president",
        "sen",
        "senator",
        "gov",
        "governor",
        "mayor",
        "premier",
        "minister",
        "judge",
        "justice",
        "chief",
        "col",
        "colonel",
        "lt",
        "sgt",
        "det",
        "const",
        "rev",
        "sir",
        "dame",
        "lord",
        "councillor",
        "coach",
        "inspector",
        "sheriff",
        "officer",
        "detective",
    }:
        tokens.pop(0)
    return " ".join(tokens)
