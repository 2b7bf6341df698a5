"""Gender evidence for named people, read from the text itself.

A "she said" should not go to a man named just before. The only evidence
used is what the article writes about the person: an honorific ("Mrs.",
"Sir", "Dame"), a gendered role noun beside the name ("spokeswoman Jane
Doe", "Jane Doe, a company spokesman,"), or the pronoun that follows the
person's own speech ("Doe said ... she added"). First names are never used:
they guess, and guess wrong often enough to mislead.

Honorifics and role nouns are strong evidence; the pronoun after a person's
speech is weak, used only when nothing strong is known. The office nouns in
"-man" ("spokesman", "chairman", "congressman") are weak too: newsrooms
write them for women as well ("Trump spokesman Hope Hicks ... she said").
Conflicting strong evidence leaves the person unknown; weak evidence is
counted and the majority decides (a tie is unknown). An unknown person stays
eligible for either pronoun.

From stop 38 the whole text is read before any pronoun is resolved, so what
it shows late counts from the start: a reflexive in a subject's own clause
("Lind found herself") and the "He"/"She" opening the sentence after one the
subject opens alone are "seen" evidence, which only rules a pronoun out. The
pronoun a quotation is given to a person for is a guess, below all of the
text's evidence: a wrong guess cannot mark a woman a man.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from quotemark.library.analyze.choices import word_choice
from quotemark.library.analyze.lexicon import SPEECH_VERBS, words

Gender = Literal["m", "f"]

_MALE = words(
    """
    mr mr. sir lord king prince duke baron earl emperor father brother monsignor
    spokesman chairman congressman councilman alderman businessman policeman fireman
    fisherman salesman anchorman sportsman statesman assemblyman selectman committeeman
    headmaster schoolboy boy man gentleman husband widower son father grandfather
    grandson uncle nephew actor waiter monk
    """
)
_FEMALE = words(
    """
    mrs mrs. ms ms. miss madam madame mme mme. dame lady queen princess duchess baroness
    countess empress sister
    spokeswoman chairwoman congresswoman councilwoman alderwoman businesswoman
    policewoman firewoman fisherwoman saleswoman anchorwoman sportswoman stateswoman
    assemblywoman selectwoman committeewoman headmistress schoolgirl girl woman lady
    wife widow daughter mother grandmother granddaughter aunt niece actress waitress nun
    """
)
# Office nouns in "-man" that newsrooms also use for women: weak evidence.
_OFFICE_MAN = words(
    """
    spokesman chairman congressman councilman alderman assemblyman selectman
    committeeman anchorman statesman
    """
)
_PRONOUNS: dict[str, Gender] = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}

_WORD = re.compile(r"[A-Za-z][\w.\u2019'-]*")
_STOP = words(
    """
    who whose which that and or but while whom his her their its my our your
    with to be is was are were has had have
    """
)
_HONORIFICS = words("mr mr. mrs mrs. ms ms. miss sir dame lord lady madam")
_POSSESSIVE = re.compile(r"['\u2019]s?$")


def of_pronoun(pronoun: str | None) -> Gender | None:
    """The gender a pronoun states ("she" -> "f"); ``None`` for "they", "it"."""
    return _PRONOUNS.get(pronoun or "")


def of_word(word: str) -> Gender | None:
    """The gender one honorific or role noun states, if any."""
    key = word.lower().strip(".,;:\"'\u201c\u201d\u2018\u2019()")
    if key in _MALE or key + "." in _MALE:
        return "m"
    if key in _FEMALE or key + "." in _FEMALE:
        return "f"
    return None


def is_strong(text: str) -> bool:
    """Is the gender ``text`` states strong evidence? Not when it rests on an
    office noun in "-man" (see the module doc)."""
    return not any(
        m.group().lower().strip(".,;:") in _OFFICE_MAN for m in _WORD.finditer(text[:160])
    )


def of_words(tokens: Sequence[str]) -> Gender | None:
    """The gender a run of titles states ("Dame", "Mrs."); ``None`` when
    none do, or they disagree."""
    found = {g for g in (of_word(t) for t in tokens) if g is not None}
    return found.pop() if len(found) == 1 else None


def of_description(description: str) -> Gender | None:
    """The gender a description of a person states: its first gendered noun
    ("a spokeswoman for the port" -> "f"). Reading stops at a clause or a
    possessive that starts talking about someone else ("whose husband",
    "her father", "Tom's wife" is read, "Tom's" skipped)."""
    for m in _WORD.finditer(description[:160]):
        token = m.group()
        lowered = token.lower()
        if lowered in _STOP or lowered in SPEECH_VERBS or lowered in _HONORIFICS:
            return None  # "whose husband", "said the boy", "with Ms. Carr": someone else
        if ("'" in token or "\u2019" in token) and _POSSESSIVE.search(token):
            continue  # "the mayor's": about the mayor, not this person
        gender = of_word(token)
        if gender is not None:
            return gender
    return None


_VERBS = word_choice(SPEECH_VERBS)  # grouped by first letter: see choices.word_choice
SPEECH_PRONOUN = re.compile(
    rf"\b(?:([Hh]e|[Ss]he)(?:\s+\w+ly)?\s+(?:{_VERBS})\b|(?:{_VERBS}),?\s+(he|she)\b)"
)
"""A pronoun attributing speech ("she added", "he said", "said she")."""


class Genders:
    """Gender evidence per full name, in ranks: strong (titles, role nouns),
    weak (the pronoun after the person's own speech), seen (a pronoun the
    whole text can only mean them by: "Lind found herself", "Lind knew the
    pier. She ...") and guessed (the pronoun a quotation was given to them
    for). Strong and weak evidence say what a person is (:meth:`of`); seen
    evidence only rules a pronoun out (:meth:`fits`), so the rules that
    prefer a person the text has shown to fit are not moved by it; a guess is
    the reader's, not the text's, and gives way to what the text shows,
    however late it shows it (stop 38)."""

    __slots__ = ("_given", "_guessed", "_seen", "_strong", "_votes", "_weak")

    def __init__(self) -> None:
        self._strong: dict[str, Gender | None] = {}
        self._weak: dict[str, Gender | None] = {}
        self._votes: dict[str, list[int]] = {}
        self._seen: dict[str, list[int]] = {}
        self._guessed: dict[str, list[int]] = {}
        self._given: dict[str, list[int]] = {}

    def note(self, name: str, gender: Gender | None, strong: bool = True) -> None:
        """Record evidence; a person with both genders in strong evidence
        becomes unknown (``None``); weak evidence goes by the majority (a tie
        is unknown)."""
        if gender is None:
            return
        if not strong:
            votes = self._votes.setdefault(name, [0, 0])  # (he, she)
            votes[gender == "f"] += 1
            male, female = votes
            self._weak[name] = None if male == female else "m" if male > female else "f"
            return
        if name in self._strong and self._strong[name] != gender:
            self._strong[name] = None
        else:
            self._strong[name] = gender

    def seen(self, name: str, gender: Gender | None) -> None:
        """Record a pronoun the text can only mean ``name`` by (the
        majority decides; a tie is unknown)."""
        if gender is not None:
            self._seen.setdefault(name, [0, 0])[gender == "f"] += 1

    def guess(self, name: str, gender: Gender | None) -> None:
        """Record the pronoun a quotation was given to ``name`` for (the
        majority decides; a tie is unknown)."""
        if gender is not None:
            self._guessed.setdefault(name, [0, 0])[gender == "f"] += 1

    def give(self, name: str, gender: Gender | None) -> None:
        """Record the pronoun any quotation was given to ``name`` for, after
        their own speech or not: read only by :meth:`given_other`, never
        as evidence of what the person is."""
        if gender is not None:
            self._given.setdefault(name, [0, 0])[gender == "f"] += 1

    def given_other(self, name: str, gender: Gender | None) -> bool:
        """Was ``name`` given quotations by the other pronoun only (by the
        majority), with nothing the text shows of them ("Tom Hale chaired the
        board. “…,” he said" before a "she said")?"""
        if gender is None or name in self._strong or name in self._weak or name in self._seen:
            return False
        given = _majority(self._given.get(name))
        return given is not None and given != gender

    def called(self, name: str, gender: Gender) -> bool:
        """Has the text called ``name`` by the pronoun of ``gender``: what
        it says of them, else the pronoun their quotations were given for
        (by the majority), where nothing it says rules that pronoun out?"""
        known = self.of(name)
        if known is not None:
            return known == gender
        return self.fits(name, gender) and _majority(self._given.get(name)) == gender

    def of(self, name: str) -> Gender | None:
        """What the text says about this person; ``None`` when unknown."""
        if name in self._strong:
            return self._strong[name]
        if name in self._weak:
            return self._weak[name]
        guessed = _majority(self._guessed.get(name))
        if guessed is not None and _majority(self._seen.get(name)) not in (None, guessed):
            return None  # the text shows otherwise: the guess was wrong
        return guessed

    def fits(self, name: str, gender: Gender | None) -> bool:
        """Can a pronoun of ``gender`` mean this person?"""
        if gender is None:
            return True
        known = self.of(name)
        if known is None and name not in self._strong and name not in self._weak:
            known = _majority(self._seen.get(name))
        return known is None or known == gender


def _majority(votes: list[int] | None) -> Gender | None:
    """The sex most (he, she) ``votes`` give; ``None`` on a tie or none."""
    if votes is None or votes[0] == votes[1]:
        return None
    return "m" if votes[0] > votes[1] else "f"
