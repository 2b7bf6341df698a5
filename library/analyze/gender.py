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

From stop 38 (s38-she) a first name is used in one narrow way: when the text
says nothing at all of a person's sex, a first name that the name dictionary
of ``gender-guesser`` (Jörg Michael's, GFDL) calls firmly "male" or "female"
rules out a pronoun of the other sex (:meth:`Genders.fits`). It never says
what a person is (:meth:`Genders.of`), so it never makes anyone fit, and
any evidence the text gives (strong, weak or seen) overrides it. Its
"mostly_*" and "andy" answers are ignored.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
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
        if _POSSESSIVE.search(token):
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


_FIRM: dict[str, Gender] = {"male": "m", "female": "f"}
_FIRST_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_JOINED = re.compile(r" (?:and|&|or) ")


_ENGLISH = ("usa", "great_britain")
"""The countries whose name lists must agree with the whole dictionary's
answer: the text is English ("Jan" is firmly male over all of Europe, a
woman's name in the United States)."""


@functools.cache
def _name_dictionary() -> Callable[..., str]:
    """The name dictionary's lookup, loaded once on first use (about 0.25 s:
    it parses a 4 MB file; each lookup after that is a few microseconds)."""
    from gender_guesser.detector import Detector  # a heavy load: only when needed

    return Detector(case_sensitive=False).get_gender  # type: ignore[no-any-return]


@functools.lru_cache(maxsize=4096)
def of_first_name(name: str) -> Gender | None:
    """The sex the name dictionary firmly gives the first word of a full
    name ("Tom Hale" -> "m"); ``None`` for a one-word name (a surname), two
    names joined, a first word that is not a capitalised word (an initial,
    a title, capitals throughout), or an answer that is not firm."""
    words_ = name.split()
    if len(words_) < 2 or _JOINED.search(name) or not _FIRST_NAME.fullmatch(words_[0]):
        return None
    lookup = _name_dictionary()
    answers = {lookup(words_[0])} | {lookup(words_[0], country) for country in _ENGLISH}
    return _FIRM.get(answers.pop()) if len(answers) == 1 else None


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

    __slots__ = ("_guessed", "_seen", "_stated", "_strong", "_votes", "_weak")

    def __init__(self) -> None:
        self._strong: dict[str, Gender | None] = {}
        self._weak: dict[str, Gender | None] = {}
        self._votes: dict[str, list[int]] = {}
        self._seen: dict[str, list[int]] = {}
        self._guessed: dict[str, list[int]] = {}
        self._stated: set[str] = set()

    def note(
        self, name: str, gender: Gender | None, strong: bool = True, stated: bool = True
    ) -> None:
        """Record evidence; a person with both genders in strong evidence
        becomes unknown (``None``); weak evidence goes by the majority (a tie
        is unknown). ``stated`` is false for the pronoun after the person's
        own speech: a reading of the text, below a firm first name."""
        if gender is None:
            return
        if stated:
            self._stated.add(name)
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

    def of(self, name: str) -> Gender | None:
        """What the text says about this person; ``None`` when unknown."""
        if name in self._strong:
            return self._strong[name]
        read = self._weak[name] if name in self._weak else _majority(self._guessed.get(name))
        if read is None:
            return None
        if name not in self._weak and _majority(self._seen.get(name)) not in (None, read):
            return None  # the text shows otherwise: the guess was wrong
        if self._first_name(name) not in (None, read):
            return None  # "Tom Hale ... she added": a reading the name contradicts
        return read

    def fits(self, name: str, gender: Gender | None) -> bool:
        """Can a pronoun of ``gender`` mean this person?"""
        if gender is None:
            return True
        known = self.of(name)
        if known is None and name not in self._strong and name not in self._weak:
            known = _majority(self._seen.get(name))
        if known is None:
            # The text states nothing of this person's sex: a firm first name
            # ("Tom Hale") rules out the other sex's pronoun (stop 38, s38-she).
            known = self._first_name(name)
        return known is None or known == gender

    def _first_name(self, name: str) -> Gender | None:
        """The sex a firm first name gives ``name`` when the text states
        nothing of it: no title, role noun or description (``note`` with
        ``stated``) and no seen pronoun. A pronoun after the person's own
        speech and a quotation's pronoun are readings of whom a pronoun
        means, not statements, so the name outranks them ("“…,” Hale said.
        She said …": "She" is not Tom Hale)."""
        if name in self._stated or name in self._seen:
            return None
        return of_first_name(name)


def _majority(votes: list[int] | None) -> Gender | None:
    """The sex most (he, she) ``votes`` give; ``None`` on a tie or none."""
    if votes is None or votes[0] == votes[1]:
        return None
    return "m" if votes[0] > votes[1] else "f"
