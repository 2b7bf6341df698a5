"""Turn a speaker phrase into a :class:`Speaker`: split name and role, resolve
pronouns and bare surnames against the people the article has named.

People are found once, in one pass over the text (runs of two or more
capitalised words that are not organisations, months or sentence openers).
A pronoun goes to the last person named before it, preferring one named as a
sentence's subject (followed by a verb) over one named as an object, and
skipping people the text shows to be of the other gender ("he" passes over a
"Mrs. Lepp"; see :mod:`.gender`); a bare surname or "Mr. Hemming" goes to the
full name seen with that surname.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from quotemark.library.analyze.according_openers import opens_with_according
from quotemark.library.analyze.adverb_openings import ADVERB_GAP
from quotemark.library.analyze.choices import word_choice
from quotemark.library.analyze.citations import cited_mentions, cited_surnames
from quotemark.library.analyze.common import word_starts
from quotemark.library.analyze.gender import (
    SPEECH_PRONOUN,
    Gender,
    Genders,
    is_strong,
    of_description,
    of_pronoun,
    of_word,
    of_words,
)
from quotemark.library.analyze.inversions import opens_description
from quotemark.library.analyze.lexicon import (
    BODY_WORDS,
    DETERMINERS,
    ENGLISH_PREPOSITIONS,
    FRENCH_PERFECT_PARTIAL,
    KIN_WORDS,
    MONTHS_AND_DAYS,
    NAME_CONNECTORS,
    NAMING_VERBS,
    NOT_NAMES,
    OFFICE_PARTICIPLES,
    OFFICES_BEFORE_OF,
    ORGANISATION_WORDS,
    PREPOSITIONS,
    SPEECH_VERBS,
    TITLES,
    words,
)
from quotemark.library.analyze.names import (
    PLACE_NOUNS,
    WIDE_CAPITALS,
    WORD_OPENS,
    after_portfolio,
    after_possessive,
    clean,
    headline_at,
    is_initial,
    is_name_token,
    ja_named,
    looks_like_organisation,
    names_a_group,
    names_departments,
    nickname_end,
    opens_name,
    particles_before_capital,
    person_run_after_first,
    person_run_firsts,
    person_runs,
    shown_role,
    split_speaker,
    strip_titles,
    surname,
    title_case_line,
    wide_capitals,
)
from quotemark.library.analyze.organisations import Organisations, find_organisations
from quotemark.library.analyze.portfolio_runs import ends_portfolio
from quotemark.library.analyze.press_languages import (
    KOREAN_TEXT,
    POLISH_PREPOSITIONS,
    SPANISH_BELIEF_VERBS,
    chinese_subjects,
    cyrillic,
    hangul,
    korean_full,
    korean_subjects,
    polish_name_after_office,
    polish_verb_past_phrase,
    press_finite,
    press_role,
    russian_name_start,
    russian_nominatives,
    turkish_suffix_at,
    turkish_text,
    v2_subject,
)
from quotemark.library.analyze.sources import classify

_OWNED = re.compile(r"\w['\u2019]s$")
_TAG = r"\((?:[DRI]-[A-Z][A-Za-z.]{0,12}|[DRI]|[A-Z][a-z]{1,5}\.)\)"
"""A party or state tag after a name: "(I-Vt.)", "(R)", "(Tex.)"."""
_NEXT_WORD = re.compile(rf"\s*(?:{_TAG}\s*)?((?:[^\W\d_]|[\u2019'])+)")
"""The word after a name, past a party or state tag ("Bernie Sanders (I-Vt.)
said", "Wendy Nanney (R), a leader of ..., said"). Any letter, not A-Z only:
"Ольга Белова рассказала", "Hale kündigte" were read "" and "k" (stop 42;
matched at one place, so the wider class costs nothing)."""
_PAST_TAG = re.compile(rf"[ \u00a0]*{_TAG}")
_WHEN = re.compile(
    r"[ \u00a0]+(?:(?:on|last|this|early|late|earlier|later)[ \u00a0]+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night"
    r"|morning|afternoon|evening|weekend)|yesterday|today|tonight|earlier|recently)\b"
)
"""A time phrase between a name and its verb ("Ada Lind on Tuesday said",
"Brad Sherman last month joked"): the verb comes after it."""
_WHEN_SECOND = frozenset(" \u00a0oltery")
"""What a match of :data:`_WHEN` holds after its first space: another space
or the first letter of a time word (tested before the pattern)."""
_HORIZON = 3000
_LOOK_BACK = 64
"""How many earlier mentions a gendered pronoun may pass over (bounded, so
resolution stays linear)."""
_AFTER_SPEECH = 600
"""How far after a person's speech a pronoun still continues it."""
_THE_BEFORE = re.compile(r"\b(?:[Tt]he|[Ss]o-called)\s+$")
"""A run after "the" or "so-called" names a thing ("the Kihnu Star", "the
so-called Ferguson Effect"), not a person."""


@dataclass(slots=True)
class People:
    """Who the article names as the subject of a sentence, and where."""

    positions: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    by_surname: dict[str, str] = field(default_factory=dict)
    by_first: dict[str, str | None] = field(default_factory=dict)
    by_tail: dict[str, str | None] = field(default_factory=dict)
    """A name of three words or more by its last two, lower-cased: a
    two-word surname ("Enrique Peña Nieto" ... "Peña Nieto said") expands
    to the full name as a one-word surname does (``None`` when two people
    share the tail)."""
    roles: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    """The roles each person was given, with where, in text order ("General,
    Syrian Army spokesman"; :meth:`give_role`), so a later "he said" carries
    the one in force (:meth:`role_at`)."""
    unshown_roles: set[str] = field(default_factory=set)
    """People given a role that is neither shown nor carried (an honorific
    alone, "said Mrs Ross", since stop 40 shows no role): the text still said
    something of who they are, as a role given does."""
    genders: Genders = field(default_factory=Genders)
    """What the text says about each person's gender."""
    organisations: Organisations = field(default_factory=Organisations)
    """Where the narrative has an organisation speak ("it said" means one)."""
    text: str = ""
    """The text the people were found in."""
    lower_words: dict[str, bool] = field(default_factory=dict)
    """Whether :attr:`text` writes a word in lower case, by the word, asked
    once a word (:func:`_written_lower` searches the whole text)."""
    inside_sentence: dict[str, bool] = field(default_factory=dict)
    """Whether :attr:`text` writes a full name inside a sentence, by the name."""
    text_counts: dict[str, int] = field(default_factory=dict)
    """How often :attr:`text` writes a run of words, by the run, counted once
    a run (:meth:`count_in_text`)."""
    mentioned_at: list[int] = field(default_factory=list)
    mentioned: list[str] = field(default_factory=list)
    """Every person named outside quotations, subject or not, in text order:
    who a pronoun may mean when no subject is near (:meth:`mentioned_since`)."""
    surnamed: dict[str, list[str]] = field(default_factory=dict)
    """Every full name seen, by its lower-cased surname, in text order (two
    Hales: :meth:`titled` picks the one a "Mrs." means)."""
    possessors: set[str] = field(default_factory=set)
    """Full names the text shows as a possessor ("Tom Hale's company")."""
    persons: set[str] = field(default_factory=set)
    """Full names the text names as a person (not only as a possessor)."""
    subjects: set[str] = field(default_factory=set)
    """The full names in :attr:`names`, as a set."""
    nicknames: dict[str, str] = field(default_factory=dict)
    """A nickname the text gives in marks inside a name ("Tom “Big Tom”
    Hale"), to the name without it: "Big Tom" later is Tom Hale (stop 40)."""

    def know(self, name: str, tail: bool = True, possessor: bool = False) -> None:
        """Remember a full name so a bare surname or first name expands (and,
        with ``tail``, a name's last two words: not from inside a quotation,
        where a speaker's epithet is no part of a name, "than working Sly
        Ada Lind"); ``possessor``: seen only in a possessive here."""
        tokens = name.split()
        if len(tokens) < 2:
            return
        key = surname(name)
        same = self.surnamed.setdefault(key, [])
        if name not in same:
            same.append(name)
        self.by_surname.setdefault(key, name)
        (self.possessors if possessor else self.persons).add(name)
        first = tokens[0].lower()
        if self.by_first.get(first, name) != name:
            self.by_first[first] = None  # two people share it: no expansion
        else:
            self.by_first[first] = name
        if tail and 2 < len(tokens) < 5:
            last_two = " ".join(tokens[-2:]).lower()
            if self.by_tail.get(last_two, name) != name:
                self.by_tail[last_two] = None
            else:
                self.by_tail[last_two] = name

    def add(self, pos: int, name: str) -> None:
        """Record a person named as a subject (or speaker) at ``pos``."""
        self.know(name)
        self.subjects.add(name)
        i = bisect.bisect_right(self.positions, pos)
        self.positions.insert(i, pos)
        self.names.insert(i, name)

    def give_role(self, name: str, pos: int, role: str | None) -> str | None:
        """Record ``role`` given to ``name`` at ``pos`` as the label shows it
        (:func:`.names.shown_role`: an honorific alone gives none), its office
        only (:func:`_carried`), and return what was recorded."""
        # (press_role: "Dessen Vorsitzende" carries "Vorsitzende", as the
        # phrase shows it.)
        carried = _carried(shown_role(press_role(role) if role else None))
        if carried:
            bisect.insort(self.roles.setdefault(name, []), (pos, carried))
        elif role:
            self.unshown_roles.add(name)
        return carried

    def role_at(self, name: str, pos: int) -> str | None:
        """The role ``name`` is shown with at ``pos``: the latest given before
        it ("Sheriff Helen Marr said ... said Marr, the chief magistrate ...
        she said" is the chief magistrate), unless that one only repeats the
        one before it shorter ("Ada Lind, chair of the harbour board ... Lind,
        the chair," stays chair of the harbour board); else the first given
        after it (who the person is, once the text says it). Stop 40: the
        first role given used to win for good, a title over every later one."""
        given = self.roles.get(name)
        if not given:
            return None
        i = bisect.bisect_right(given, (pos, "\uffff"))
        if i == 0:
            return given[0][1]
        i -= 1
        while i > 0 and _repeats_shorter(given[i][1], given[i - 1][1]):
            i -= 1
        return given[i][1]

    def full(self, name: str) -> str:
        """A bare surname or first name expanded to the full name seen."""
        nicknamed = self.nicknames.get(name) if self.nicknames else None
        if nicknamed is not None:
            return nicknamed  # "Big Tom" after "Tom “Big Tom” Hale"
        tokens = name.split()
        if len(tokens) == 3 and tokens[1] == "and":
            # "Cruz and Trump" (names.split_speaker's joined names): each
            # surname expanded ("David and Jeanne Heidler" stays as written).
            return f"{self.full(tokens[0])} and {self.full(tokens[2])}"
        if len(tokens) == 1:
            key = name.lower()
            held = self.by_surname.get(key)
            if held is not None and held in self.possessors and held not in self.persons:
                # "Tom Hale's company ... Ada Hale spoke ... Hale said": a
                # name the text shows only as a possessor gives way to the
                # last one of its surname it names as a sentence's subject
                # (not one named in passing, "the administration of former
                # President Ada Hale": s38-left).
                named = [n for n in self.surnamed.get(key, ()) if n in self.subjects]
                if named:
                    return named[-1]
            found = held or self.by_first.get(key)
            if found is None and cyrillic(name):
                # "По словам Беловой": a Russian surname declines; the one
                # the text named is the nominative ("Белова").
                found = next(
                    (self.by_surname[k] for k in russian_nominatives(key) if k in self.by_surname),
                    None,
                )
            if found is None and hangul(name):
                # "박 원장": a Korean surname of one syllable, the name the
                # text gave in full before (박성호; stop 45).
                found = korean_full(name, self.names)
            return found or name
        if len(tokens) == 2 and self.by_tail:
            full = self.by_tail.get(name.lower())
            if (
                full is not None
                and not any(self._lower(word) for word in full.split()[:-2])
                and self.named_inside_sentence(full)
            ):
                return full
        return name

    def titled(self, full: str, title: str) -> str:
        """The person a title before a bare surname means: ``full`` (what
        :meth:`full` gave), or, when the text gave ``full`` the other sex
        than the title states, the one other person of that surname it gave
        the title's sex ("Tom Hale and his wife, Ada Hale ... Mrs. Hale")."""
        gender = of_word(title) if title.lower().strip(".") in _SEXED_TITLES else None
        if gender is None:
            return full
        known = self.genders.of(full)
        if known == gender:
            return full
        same = self.surnamed.get(surname(full), ())
        fits = [n for n in same if n != full and self.genders.of(n) == gender]
        if known is None:
            # ("Tom Hale said ... His wife, Ada Hale ... Mrs. Hale": the text
            # never gave Tom Hale a sex, but wrote Ada Hale as a spouse of
            # the title's sex, so the other of the surname is the other
            # sex. Not a daughter or a sister: two women share a surname.)
            fits = [n for n in fits if _written_as_spouse(self.text, n, gender)]
        return fits[0] if len(fits) == 1 else full

    def named_inside_sentence(self, name: str) -> bool:
        """Does the text write ``name`` inside a sentence at least once
        (remembered)? A name written only at a sentence's start may open
        with the sentence's capitalised word ("Farmer Tomas Berg spoke")."""
        known = self.inside_sentence.get(name)
        if known is None:
            known = self.inside_sentence[name] = _written_inside_sentence(self.text, name)
        return known

    def count_in_text(self, words: str) -> int:
        """How often the text writes ``words`` (remembered: a post in capitals
        asks it of every run of capitalised words, each a scan of the text)."""
        known = self.text_counts.get(words)
        if known is None:
            known = self.text_counts[words] = self.text.count(words)
        return known

    def _lower(self, word: str) -> bool:
        """Does the text also write ``word`` in lower case (remembered)?"""
        known = self.lower_words.get(word)
        if known is None:
            known = self.lower_words[word] = _written_lower(self.text, word)
        return known

    def mentioned_since(self, pos: int, since: int, gender: Gender | None = None) -> str | None:
        """The last person named (as a subject or not) between ``since`` and
        ``pos`` whom the text does not show to be of another ``gender``."""
        i = bisect.bisect_left(self.mentioned_at, pos)
        floor = max(0, i - _LOOK_BACK)
        while i > floor:
            i -= 1
            if self.mentioned_at[i] < since:
                return None
            if self.genders.fits(self.mentioned[i], gender):
                return self.mentioned[i]
        return None

    def named_at(self, pos: int) -> str | None:
        """The person registered as a subject right at ``pos``, if any."""
        i = bisect.bisect_left(self.positions, pos)
        if i < len(self.positions) and self.positions[i] == pos:
            return self.names[i]
        return None

    def resolve(
        self, pos: int, since: int = 0, gender: Gender | None = None, besides: str = ""
    ) -> str | None:
        """The person a pronoun at ``pos`` most likely means: the last one
        named as a subject or speaker before it (and not before ``since``)
        whom the text does not show to be of another ``gender``, and who is
        not ``besides``."""
        i = bisect.bisect_left(self.positions, pos)
        floor = max(0, i - _LOOK_BACK)
        while i > floor:
            i -= 1
            if pos - self.positions[i] > _HORIZON or self.positions[i] < since:
                return None
            if self.names[i] != besides and self.genders.fits(self.names[i], gender):
                return self.names[i]
        return None


_SUBJECT_NEXT = words(
    """
    is was has had will would who also then now says said told adds added spoke took went
    came gave made led ran met left saw got began became kept held brought sat stood lost
    won paid sent built spent found heard grew knew thought felt wrote does did can could
    should may might must cannot
    put rang
    can't won't doesn't didn't isn't wasn't hasn't hadn't wouldn't couldn't shouldn't
    can\u2019t won\u2019t doesn\u2019t didn\u2019t isn\u2019t wasn\u2019t hasn\u2019t
    hadn\u2019t wouldn\u2019t couldn\u2019t shouldn\u2019t
    """
)
"""Words after a name that make it a subject, mostly ones the ending test of
:func:`_verb_follows` (four letters or more in "-ed" or "-s") does not
reach: irregular past tenses, auxiliaries and their negations, "who",
"also", "then", "now" ("is", "was", "has" are short; "says", "added" are
listed though the test reaches them). "put" ("Lind put her trust in the
board", stop 37) alone of the past tenses that look like their present:
"cut", "hit", "let" and the other irregular pasts tried with it ("fought",
"drew", "struck"...) cost PolNeAR train tune and check strict speakers
(evaluation/README.md, stop 37). "rang" ("Clara Voss rang me and asked
whether ...", s41-rev2b) moved no figure on either half."""
_VERBS_LIKE_PLURALS = words(
    """
    wants represents presents prevents offers orders answers enters delivers remembers
    considers suffers prefers refers favors favours honors honours consists exists persists
    resists assists alters grants invents resents laments covers discovers gathers wonders
    """
)
"""Verbs ending like a plural person noun ("Hillary Clinton wants", "Obama
represents"), which the ending alone would take for one ("advisers")."""
_SPOUSES: dict[Gender, tuple[str, ...]] = {"f": ("wife", "widow"), "m": ("husband", "widower")}
"""The nouns of a spouse of each sex, written before the spouse's name."""


def _written_as_spouse(text: str, name: str, gender: Gender) -> bool:
    """Does ``text`` write ``name`` right after a spouse noun of ``gender``
    ("his wife, Ada Hale", "her husband Tom Hale")?"""
    return any(f"{noun}{gap}{name}" in text for noun in _SPOUSES[gender] for gap in (", ", " "))


_SEXED_TITLES = words("mr mrs ms miss sir dame")
"""Titles that state a sex and go before a surname alone ("Mrs. Hale")."""

_NAME_CAPITAL = f"[A-Z{WIDE_CAPITALS}]"
"""A capital a surname opens with: A-Z, accented Latin, Greek, Cyrillic
("Белова признала", "Żak said"; stop 42). Matched at one place (a word the
full names gave), never searched for through a text."""
_SURNAME = re.compile(
    rf"(?<![\w.\u2019'-])(?:(?:Mr|Mrs|Ms|Dr|Prof)\.\s+)?({_NAME_CAPITAL}[\w\u2019'-]+)"
)
_SURNAME_START = re.compile(rf"{_NAME_CAPITAL}(?<![\w.\u2019'-].)")
"""Where a _SURNAME match can start: a capital opening a word."""


def _surnames(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_SURNAME.finditer(text)``, found faster: _SURNAME
    opens with a look-behind, so the engine tries it at every position;
    every match starts at a capital opening a word, which
    ``_SURNAME_START`` skips to, and _SURNAME is tried only there."""
    end = 0
    for start in _SURNAME_START.finditer(text):
        if start.start() >= end:
            m = _SURNAME.match(text, start.start())
            if m is not None:
                yield m
                end = m.end()


_SURNAME_TITLE = re.compile(r"(?<![\w.\u2019'-])(?:Mr|Mrs|Ms|Dr|Prof)\.\s+")
"""_SURNAME's honorific and the space after it, alone."""
_SURNAME_TITLES = ("Mr", "Mrs", "Ms", "Dr", "Prof")
_WORDLIKE = re.compile(r"[\w.\u2019'-]")
"""A character that keeps a capital after it from opening a word."""
_NAME_WORD = re.compile(rf"{_NAME_CAPITAL}[\w\u2019'-]+")


def _wordlike(c: str) -> bool:
    r""":data:`_WORDLIKE` for one character, without a call into the engine
    (``\w`` is what ``str.isalnum`` accepts, and ``_``)."""
    return c.isalnum() or c in "_.\u2019'-"


def _name_letter(c: str) -> bool:
    r"""A character a surname's letters run on with (``[\w\u2019'-]``), for
    one character or none ("" at the text's end)."""
    return c != "" and (c.isalnum() or c in "_\u2019'-")


def _surname_at(text: str, pos: int) -> re.Match[str] | None:
    """The match of :func:`_surnames` whose group 1 starts at ``pos`` (a
    capital opening a word), if there is one. A match holds one word, or an
    honorific and the word after it ("Mr. Hemming"): the word at ``pos`` is
    the group of the match of the honorific before it when that honorific
    opens a match itself (is not the word of another: "Mr. Dr. Lee"), else
    of its own match, which then opens at ``pos``."""
    j = pos
    while j and text[j - 1].isspace():
        j -= 1
    if j < pos and j and text[j - 1] == ".":
        for title in _SURNAME_TITLES:
            start = j - 1 - len(title)
            if (
                start >= 0
                and text.startswith(title, start)
                and _SURNAME_TITLE.fullmatch(text, start, pos) is not None
            ):
                if _surname_at(text, start) is None:
                    return _SURNAME.match(text, start)
                break
    m = _SURNAME.match(text, pos)
    return m if m is not None and m.start(1) == pos else None


_GENERATION_END = re.compile(r"[ \u00a0]+(?:Jr|Sr|II|III|IV)\.?$")


def _without_generation(full: str) -> str:
    """``full`` without a generational suffix ("Harry Hurt III": "Harry
    Hurt"), so that its bare surname is read as its own (stop 45)."""
    if not full.endswith(("r", "r.", "I", "V")):
        return full  # (the cheap pre-test)
    m = _GENERATION_END.search(full)
    return full if m is None or full.count(" ") < 2 else full[: m.start()]


def _surnames_of(text: str, by_surname: dict[str, str]) -> list[re.Match[str]]:
    """The matches of :func:`_surnames` whose group 1 is the last word of
    the full name ``by_surname`` gives for it (the only ones the second pass
    of :func:`find_people` reads), in text order: each such word is looked
    for with ``str.find`` where it opens and ends a word, instead of every
    capitalised word of the text being matched and looked up."""
    wanted: set[str] = set()
    for key, full in by_surname.items():
        last = _without_generation(full)
        last = last[last.rfind(" ") + 1 :]
        if " " in full and last.lower() == key and _NAME_WORD.fullmatch(last):
            wanted.add(last)
    found: dict[int, re.Match[str]] = {}
    for word in wanted:
        i = text.find(word)
        while i >= 0:
            end = i + len(word)
            if (not i or not _wordlike(text[i - 1])) and not _name_letter(text[end : end + 1]):
                m = _surname_at(text, i)
                if m is not None:
                    found[m.start()] = m
            i = text.find(word, end)
    return [found[start] for start in sorted(found)]


_CONTRACTION = re.compile(r"['\u2019](?:ve|ll|re|m|d|t|s)$")
_PLACE_START = words("north south east west new saint st. lake mount port fort san los las el")
_AFFILIATION_END = words("democrat republican liberal conservative")


_REPORTED = re.compile(
    r"\b(?:that|because|although|though|unless|if|whether"
    r"|optimistic|confident|hopeful|sure|convinced|certain|afraid|worried|skeptical|sceptical"
    r"|doubtful|unsure)"
    r"[ \u00a0]+(?:[A-Z][a-z]+\.?[ \u00a0]+)?$"
)
"""A subject right after "that" is a reported clause's ("said that Obama
was", "the claim that Mr. Smith lied"), and after "because", "although",
"if"... a subordinate clause's ("only because Mr. Lynch agreed"): someone
talked about, not the person in focus whom a later "he said" means; so
after an adjective that takes a clause with its "that" left out ("he's
optimistic Nova Scotia is making strides"). (Not
after "when", "after", "while": there the subject usually is the main one;
tune halves 3027 -> 3024 right with them.)"""


_COMPARED = re.compile(r"\b(?:[Ll]ike|[Uu]nlike)[ \u00a0]+(?:[A-Z][a-z]+\.?[ \u00a0]+)?$")
"""A name after "like"/"unlike" ("who like Montalban was born in Mexico") is
a comparison, not the subject of the verb after it."""


_THOUGHT = re.compile(
    r"\b(?:thinks?|thought|believes?|believed|knows?|knew|hopes?|hoped|fears?|feared"
    r"|feels?|felt|suspects?|suspected|assumes?|assumed|expects?|expected|predicts?"
    r"|predicted|doubts?|doubted|suggests?|suggested|claims?|claimed|acknowledges?"
    r"|acknowledged|admits?|admitted|warns?|warned|concludes?|concluded|realizes?"
    r"|realized|bets?|guessed|guesses|figures?|figured)"
    r"[ \u00a0]+(?:[A-Z][a-z]+\.?[ \u00a0]+)?$"
)
"""A verb of thinking or claiming right before a name ("most of whom thought
Obama had no shot", "she believes Mr. Hale will"): a reported clause with
its "that" left out, whose subject is talked about."""


# The look-behind patterns above and below end in a word, then spacing, at the
# name: ``\b(?:<word>)[ \u00a0]+(?:<capitalised word>[ \u00a0]+)?$``. Python's
# ``re`` has no backward search, so ``search(text, start - n, start)`` tries the
# pattern at every position of the window. A match's word ends one of the last
# few whitespace-separated tokens of the window (``str.split`` and ``\s`` split
# on the same characters), so a window whose last tokens end in none of the
# words cannot match: those tokens are looked at first (stop 28, round 2).


def _endings(spec: str) -> dict[str, tuple[str, ...]]:
    """The words of ``spec`` by their last letter: :func:`_ends_before`
    tries a token only against the words that end in its own last letter
    (one dictionary look-up, where ``str.endswith`` tried every word)."""
    by_last: dict[str, tuple[str, ...]] = {}
    for word in spec.split():
        by_last[word[-1]] = (*by_last.get(word[-1], ()), word)
    return by_last


_THOUGHT_ENDS = _endings(
    """
    think thinks thought believe believes believed know knows knew hope hopes hoped fear
    fears feared feel feels felt suspect suspects suspected assume assumes assumed expect
    expects expected predict predicts predicted doubt doubts doubted suggest suggests
    suggested claim claims claimed acknowledge acknowledges acknowledged admit admits
    admitted warn warns warned conclude concludes concluded realize realizes realized bet
    bets guessed guesses figure figures figured
    """
)
_REPORTED_ENDS = _endings(
    """
    that because although though unless if whether optimistic confident hopeful sure
    convinced certain afraid worried skeptical sceptical doubtful unsure
    """
)
_COMPARED_ENDS = _endings("like Like")  # "unlike", "Unlike" end in "like"
_INVERTED_ENDS = _endings(
    """
    said says added adds explained explains noted notes wrote writes argued argues
    recalled recalls continued agreed agrees insisted insists
    """
)
_THE_ENDS = _endings("he called")  # "the", "The", "so-called", "So-called"
_VERBS_OF_A_TITLE = words(
    "writes wrote edits edited runs ran founded publishes published launched hosts hosted"
)
"""Verbs whose object after "the" and an adjective is a publication or a
show, not a person ("who writes the excellent Harbour Ledger", "edits the
weekly Tideline"); not a verb of saying ("said the embattled Hale")."""


_PLACE_OF_NOUNS = words(
    "village town city settlement island port district province county parish suburb hamlet"
)
"""Nouns of a place whose name follows "of" ("the town of Kerrow")."""


def _place_of(before: list[str]) -> bool:
    """Do the words ``before`` a capitalised run end with a place noun and
    "of" ("the fishing settlement of", "the town of"), so that the run is
    the place's name, no person's?"""
    return len(before) >= 2 and before[-1] == "of" and before[-2].lower() in _PLACE_OF_NOUNS


def _ends_before(last: list[str], ends: dict[str, tuple[str, ...]]) -> bool:
    """Does one of ``last`` (a window's last tokens, none empty) end in one
    of ``ends`` (:func:`_endings`)?"""
    # A loop, not any() over a generator: half the time for one to four tokens.
    for token in last:
        same = ends.get(token[-1])
        if same is not None and token.endswith(same):
            return True
    return False


def _reported(text: str, start: int) -> bool:
    """Does a name at ``start`` open a "that" clause ("suggested that Trump
    had", "the claim that Mr. Smith lied"), or one whose "that" is left out
    after a verb of thinking ("thought Obama had")?"""
    last = text[max(0, start - 30) : start].split()[-2:]
    if _ends_before(last, _THOUGHT_ENDS) and (
        _THOUGHT.search(text, max(0, start - 30), start) is not None
    ):
        return True
    window = max(0, start - 60)
    head = text[window:start]
    # (Only "... and " right before the name can start the pair: tested by
    # strips first, as most names follow no "and".)
    pair = (
        _AND_BEFORE.search(text, window, start)
        if head.rstrip(" \u00a0").endswith("and") and head[-1:] in (" ", "\u00a0")
        else None
    )
    if pair is not None and _reported(text, pair.start()):
        # "believe Khizr and Ghazala Khan should", "that both Reagan and
        # Trump battled": the second of two names shares the first's clause.
        return True
    m = (
        _REPORTED.search(text, max(0, start - 30), start)
        if _ends_before(last, _REPORTED_ENDS)
        else None
    )
    if m is None:
        # "recalled that before Iowa, Obama wasn't ...": an opening phrase
        # between the "that" and the reported clause's subject.
        return bool(
            last
            and last[-1].endswith(",")
            and _THAT_OPENING.search(text, max(0, start - 60), start) is not None
        )
    relative = _RELATIVE_THAT.search(text, max(0, m.start() - 30), m.end())
    return relative is None or relative.group(1).lower() in _CLAUSE_NOUNS


_THAT_OPENING = re.compile(
    r"\bthat,?[ \u00a0]+(?:in|on|at|before|after|since|during|when|if|as|despite|under|while"
    r"|once|until|for|with|without|by|from|unlike|like|given|though|although)"
    r"(?:[ \u00a0]+[\w.\u2019'-]+){1,4},[ \u00a0]+$"
)
"""A "that" and a short opening phrase with its comma right before a name
("recalled that before Iowa, Obama ...", "said that in 2008, Ada Lind"): the
name is still the reported clause's subject."""
_AND_BEFORE = re.compile(
    r"(?<![\w.\u2019'-])(?:both[ \u00a0]+)?((?:[A-Z][\w.\u2019'-]*[ \u00a0]+){1,3})and[ \u00a0]+$"
)
"""A name run and "and" right before another name ("Khizr and", "both Reagan
and"); group 1 is the first name's run."""
_RELATIVE_THAT = re.compile(
    r"\b(?:a|an|the|this|one)[ \u00a0]+([a-z]+)[ \u00a0]+that[ \u00a0]+"
    r"(?:[A-Z][a-z]+\.?[ \u00a0]+)?$"
)
"""A "that" after a noun ("It's a comment that Scheer found concerning")
opens a relative clause whose subject is the person in focus; after a noun
that takes a clause ("the claim that Mr. Smith lied") it reports."""
_CLAUSE_NOUNS = words(
    """
    claim suggestion idea fact notion belief news report argument assertion allegation
    view hope fear possibility sense word rumor rumour charge evidence impression
    message warning promise theory accusation case point reminder concern
    """
)


def _past_tag(text: str, end: int) -> int:
    """Where a name ends once a party or state tag after it is passed."""
    c = text[end : end + 1]
    if c != "(" and (c not in " \u00a0" or text[end + 1 : end + 2] not in " \u00a0("):
        return end  # (no bracket there, nor after one space: most names)
    tag = _PAST_TAG.match(text, end)
    return end if tag is None else tag.end()


_CONTRACTED = re.compile(r"['\u2019]s[ \u00a0]+been\b")
""""'s been": "has been", no possessive ("Christie's been making the case").
(Also before "not", "never", "already", "always", "still", "got": tune the
same, a check-half false positive more; so not.)"""
_CONTRACTED_WORD = re.compile(r"(?<![\w.'\u2019-])[A-Z][\w-]*[a-z]$")


def _in_quoted(quoted: Sequence[tuple[int, int]], starts: Sequence[int], pos: int) -> bool:
    """Is ``pos`` inside the ``quoted`` span that opens last at or before
    it (``starts``: the spans' openings, in order)? One bisection."""
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and pos < quoted[i][1]


def _japanese_subjects(people: People, text: str, quoted: Sequence[tuple[int, int]]) -> None:
    """Japanese names with an honorific or an office as a clause's subject
    outside quotations (田中太郎氏は港を訪れた): the people a later bare
    surname (田中は) or 彼 means."""
    starts = [q[0] for q in quoted]
    for m in ja_named().finditer(text):
        if _in_quoted(quoted, starts, m.start()):
            continue
        name = split_speaker(m.group(1)).name
        if name is not None:
            people.add(m.start(), name)


def _contracted_subjects(people: People, text: str, quoted: Sequence[tuple[int, int]]) -> None:
    """Record a person as the subject where the text writes the name with a
    contracted "has" ("Christie's been making the case"): a later "he said"
    may mean them."""
    if "'s been" not in text and "\u2019s been" not in text:
        return  # (cheap: most texts have no "'s been")
    starts = [q[0] for q in quoted]
    for tail in _CONTRACTED.finditer(text):
        m = _CONTRACTED_WORD.search(text, max(0, tail.start() - 40), tail.start())
        if m is None:
            continue
        full = _contracted_name(people, text, m)
        if full is None:
            continue
        if _in_quoted(quoted, starts, m.start()):
            continue
        if _reported(text, m.start()) or _after_preposition(text, m.start()):
            continue
        if people.named_at(m.start()) is None:
            people.add(m.start(), full)


_NAME_BEFORE = re.compile(r"(?:(?<![\w.'\u2019-])[A-Z][\w.'\u2019-]*[ \u00a0]+){1,3}$")


def _contracted_name(people: People, text: str, m: re.Match[str]) -> str | None:
    """The person a contracted subject ``m`` names: the name it ends ("Tom
    Hale's been"), else the full name seen for a lone surname ("Christie's
    been", once "Chris Christie" was named); else ``None`` (an organisation,
    "The Harbour Board's been")."""
    lead = _NAME_BEFORE.search(text, max(0, m.start() - 50), m.start())
    if lead is not None:
        run = _run_words(lead.group() + m.group())
        reading = None if run is None or run[2] else _name_reading(run[1])
        if reading is not None:
            return people.full(reading[0])
    full = people.by_surname.get(m.group().lower())
    if full is None or not full.endswith(" " + m.group()):
        return None
    return full


_SAID_AFTER = re.compile(
    r"[^.!?;\"\u201c\u201d\n\u2028]{0,150}?,[ \u00a0]+"
    r"(?:(he|she)|the[ \u00a0]+[a-z]+(?:[ \u00a0]+[a-z]+)?)[ \u00a0]+"
    r"(?:said|says|added|adds|argued|argues|noted|notes|wrote|writes|insisted|explained)"
    r"(?:\.|,[ \u00a0]+[a-z])"
)
"""(The verb ends the sentence or the clause goes on in lower case: "When
Hale arrived, he said, \u201cWe ...\u201d" is Hale's own words.)"""


def _said_after(text: str, start: int, end: int) -> bool:
    """Does the name's sentence go on, with nothing quoted, to a set-off
    attribution to a pronoun or a description ("Also, Tom Hale isn't a pilot,
    she said.", "Hale is so reckless, the mayor said, that ...")? Then the
    name is the subject of what was said, not of the narrative: its speaker
    is someone else. A pronoun is someone else's only when someone spoke
    just before the name (:data:`_SPOKE_BEFORE`); with no one speaking, "Tom
    Hale has worked at the pier for twenty years, he said." is Hale's own
    story. (``start``, ``end``: where the name is.)"""
    hi = end + 180
    if (
        text.find(", he ", end, hi) < 0
        and text.find(", she ", end, hi) < 0
        and text.find(", the ", end, hi) < 0
    ):
        return False  # (cheap: most names have no such attribution after them)
    said = _SAID_AFTER.match(text, end)
    if said is None:
        return False
    if said.group(1) is None:
        return True  # a description: "the mayor said"
    return _SPOKE_BEFORE.search(text, max(0, start - _SPOKE_REACH), start) is not None


_SPOKE_BEFORE = re.compile(
    r"[\u201d\"]|\b(?:said|says|told|tells|added|adds|argued|argues|noted|notes|wrote|writes"
    r"|insisted|insists|explained|explains|asked|asks)\b"
)
_SPOKE_REACH = 400
"""How far before a name :func:`_said_after` looks for someone speaking."""


_COMMA_WORD = re.compile(r",[ \u00a0]+([a-z\u00df-\u00f6\u00f8-\u00ff]+)\b")
"""A comma and the lower-case word after it: a stray comma before the verb
("Sen. Jack Reed (D-R.I.), said", :func:`_follower`), or the verb after a
name set off by commas ("..., Kevin Haley, agreed", :func:`_set_off_then_verb`).
Lower case past A-Z too (Latin-1: "..., Rosa Elizondo, defendió" read no
word; stop 42; matched at one place, so the wider class costs nothing)."""


_REFLEXIVE = re.compile(r"[ \u00a0]+(?:himself|herself|themselves)\b")
"""A reflexive that only stresses the subject before it ("Obama himself
seemed", "Clinton herself also signaled"): the verb comes after it."""


_MID_ADVERBS = words("again later still never always soon once first even just already often")
"""Adverbs between a subject and its verb of saying, as "-ly" ones stand
before any verb ("Sanders again reiterated", "Ada Lind never said"): the
verb is the word after (stop 45). Only a verb of saying: with any verb,
"Ms. Lind later served as the board's “sherpa”" made a term a quotation
(polnear-train check one false positive more)."""


def _follower(text: str, end: int) -> str:
    if text.startswith((" h", " t", "\u00a0"), end):
        reflexive = _REFLEXIVE.match(text, end)
        if reflexive is not None:
            end = reflexive.end()
    past = _past_tag(text, end)
    if past != end and text.startswith(",", past):
        stray = _COMMA_WORD.match(text, past)
        if stray is not None and stray.group(1) in SPEECH_VERBS:
            return stray.group(1)  # "Sen. Jack Reed (D-R.I.), said": a stray comma
    if text[past + 1 : past + 2] in _WHEN_SECOND:  # (a space, then a time word's letter)
        when = _WHEN.match(text, past)
        if when is not None:
            end = when.end()
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None:
        return ""
    word = nxt.group(1).lower()
    if len(word) > 4 and word.endswith("ly"):
        # "Obama passionately rebuked": the verb is after the adverb.
        verb = _NEXT_WORD.match(text, nxt.end())
        if verb is not None and not verb.group().startswith(("(", " (")):
            return verb.group(1).lower()
    if word in _MID_ADVERBS:
        # "Sanders again reiterated": a verb of saying after the adverb.
        verb = _NEXT_WORD.match(text, nxt.end())
        if verb is not None and verb.group(1).lower() in SPEECH_VERBS:
            return verb.group(1).lower()
    if word in POLISH_PREPOSITIONS:
        # "Ada Lind od dwudziestu lat prowadzi": past a Polish phrase of
        # time or place (the next four words, read only at such a word).
        after = text[nxt.start(1) : nxt.start(1) + 60].lower().split()[:4]
        return polish_verb_past_phrase(after, text) or word
    return word


_NOUN_THEN_PAST = re.compile(r"[ \u00a0]+[a-z]+s[ \u00a0]+[a-z]{2,}ed\b")
"""A word in "-s" right after a name, then a past tense: the "-s" word is a
plural noun the name modifies ("Cruz shirts booed", "Hale supporters
cheered"), not the name's verb."""


_GERMAN_WORDS = (" und ", " der ", " die ", " nicht ", " ist ")
_ENGLISH_WORDS = (" the ", " and ", " of ", " is ", " to ")
_GERMAN_AT_LEAST = 5


_german_seen: tuple[str, bool] = ("", False)


def german_text(text: str) -> bool:
    """Is ``text`` written in German: its commonest small words outnumber
    the English ones (five at least)? Asked only when a word that may be a
    German verb follows a name (a search for " und " through every text cost
    0.2 % of the analysis); the answer for the last text is kept (stop 42).
    (Not ``extract.text.language.guess_language``: it splits 20,000
    characters into words, ~1 ms a text; five counted words are enough.)"""
    global _german_seen
    seen = _german_seen  # (read once: another thread may set it in between)
    if seen[0] is text:
        return seen[1]
    german = 0
    if " und " in text:
        german = sum(text.count(w) for w in _GERMAN_WORDS)
    found = german >= _GERMAN_AT_LEAST and german > sum(text.count(w) for w in _ENGLISH_WORDS)
    _german_seen = (text, found)
    return found


_GERMAN_ARTICLES = words("der die das dem den des ein eine einer einem einen")


def _no_german_article(name: str) -> bool:
    """Does ``name`` hold no German article? German capitalises every noun,
    so "Die Wellen hätten", "Teil der Brücke bleibt", "Auch der Verband
    zeigt" are capitals before a verb too: a person's name holds no article
    (stop 42)."""
    return not any(word.lower() in _GERMAN_ARTICLES for word in name.split())


_NOT_GERMAN_VERBS = words("nicht jetzt selbst zuletzt seit erst heute gut bitte mitte")
"""German words in "-t"/"-te" that may follow a name and are no verb."""


def _german_finite(follower: str) -> bool:
    """Is ``follower`` a German verb in the third person, as it stands right
    after its subject (German puts the verb second: "Hale kündigte an",
    "Lind warnt", "Ross forderte"): "-t", "-te", "-ten"?"""
    return (
        len(follower) > 3
        and follower.endswith(("t", "te", "ten"))
        and follower.islower()
        and follower not in _NOT_GERMAN_VERBS
    )


def _verb_follows(follower: str, german: tuple[str, str] | None = None) -> bool:
    """Is the word after a name a verb, making the name a subject? With
    ``german`` (the text and the name), a German verb too
    (:func:`_german_finite`) when the text is German and the name holds no
    article (:func:`_no_german_article`): asked last, as it is rarely needed;
    then a French, Italian, Portuguese or Polish one
    (:func:`.press_languages.press_finite`, stop 43)."""
    if _english_verb(follower):
        return True
    if german is None:
        return False
    if _german_finite(follower) and german_text(german[0]) and _no_german_article(german[1]):
        return True
    return press_finite(follower, german[0])


def _english_verb(follower: str) -> bool:
    """:func:`_verb_follows` in an English sentence."""
    if follower in SPEECH_VERBS or follower in _SUBJECT_NEXT or follower in _VERBS_LIKE_PLURALS:
        return True
    if follower.endswith(("ers", "ors", "ists", "ians", "ants", "ents")):
        return False  # "White House advisers say": a plural noun, not a verb
    if follower.endswith(("'s", "\u2019s")):
        return False  # "the GOP nominee's support": a possessive noun, not a verb
    return (
        len(follower) > 3
        and follower.endswith(("ed", "s"))
        and not follower.endswith(("ss", "us", "is"))
    )


def find_people(text: str, quoted: Sequence[tuple[int, int]] = (), limit: int = 5000) -> People:
    """Every person the text names as a sentence's subject (capped). Names
    inside ``quoted`` stretches (sorted, non-overlapping) are the speaker's
    words, not the narrative's, and are only remembered for expansion."""
    people = People(text=text)
    starts = [q[0] for q in quoted]
    spoke: list[tuple[int, str]] = []  # (end, name) of "<name> said"
    surnames: dict[str, bool] = {}
    headlines: dict[int, bool] = {}  # (headline_at's answers, by line)
    title_lines: dict[int, bool] = {}  # (title_case_line's answers, by line)
    runs = _capital_scan(text)[0]
    nicknamed = _nicknamed(people, text) if "\u201c" in text or '"' in text else {}
    if nicknamed:
        # "knows Tom “Big Tom” Hale": one person, Tom Hale, named with his
        # nickname between his names, not "Big Tom" (stop 40).
        spans = [(start, end) for start, (_name, end) in nicknamed.items()]
        runs = sorted([r for r in runs if not any(a < r[1] and r[0] < b for a, b in spans)] + spans)
    # (Turkish names carry their case after an apostrophe, "Çelik'in";
    # Turkish sets the verb last, so a name with no case is the subject.)
    turkish = turkish_text(text)
    for start, end in runs:
        written = nicknamed[start][0] if start in nicknamed else text[start:end]
        cased = False
        if turkish and start not in nicknamed:
            cut = turkish_suffix_at(written)
            if cut is not None:
                end, written, cased = start + cut, written[:cut], True
        run = _run_words(written)
        if run is None:
            if text.endswith(("'s", "\u2019s"), start, end):
                _know_possessor(people, text, start, end - 2, starts, quoted)
            continue
        titles, tokens, titled, the_first = run
        if titles and len(tokens) > 2:
            # "Burmistrz Zatoki Lisiej Janusz Wrona": the place in the
            # genitive after a Polish office is no part of the name.
            tokens = polish_name_after_office(tokens, text)
        if titled:
            # "Judge Berman took", "President Obama backed": a surname after
            # an office names a person (the full name when one was seen).
            tokens = tuple(people.full(clean(tokens[0])).split())
        if not titles and _organisation_of(text, start):
            continue  # "the Commission on Presidential Debates": the rest of its name
        if len(tokens) > 2 and not titles and text.endswith(_OFFICE_LINKS, 0, start):
            tokens = _after_office_of(text, start, tokens)
        reading = _name_reading(tokens)
        if reading is None or text.startswith(("'s", "\u2019s"), end):
            continue
        if reading[3]:
            last = reading[0].rsplit(None, 1)[-1]
            alone = surnames.get(last)
            if alone is None:
                alone = surnames[last] = _speaks_alone(text, last)
            if not alone:
                continue  # (a group: "Muslim Americans say": people, but no person)
        if _promo_line(text, start):
            continue  # "WATCH: Burnaby RCMP warns of ...": a link to a video
        name, first_word, last_word, _group = reading
        if people.nicknames and name in people.nicknames:
            name = people.nicknames[name]  # "Big Tom himself tells": Tom Hale
        if name.count(" ") > 1:
            # "the Builder of the Year Tomas Berglund", "What Really Divides
            # Tomas Berglund": the words before the name are none of it.
            name = _name_proper(
                people, name, functools.partial(title_case_line, text, start, title_lines)
            )
            first_word = name.split(None, 1)[0].lower()
        if text[start - 1 : start] in _TITLE_OPENS and _work_title(text, start, end):
            continue  # "his show, \u201cHarbour Lights for Beginners,\u201d": a work, no one
        if text.startswith("of", start - 3) and _place_of(text[max(0, start - 40) : start].split()):
            continue  # "the fishing settlement of Lower Kerrow": a place (s44-rev5)
        inside = _in_quoted(quoted, starts, start)
        people.know(name, tail=not inside)
        _note_gender(people.genders, text, name, titles, start, end)
        if headline_at(text, start, headlines):
            # "NBC Drops Hale Over Remarks": a headline's capitals name no
            # subject and no one mentioned (a full name in it still expands
            # a bare surname, as it did).
            continue
        if first_word in _PLACE_START or last_word in _AFFILIATION_END:
            continue  # "North Korea has", "California Democrat said": not a person
        j = start - 1
        while j >= 0 and text[j] in " \t\u00a0":
            j -= 1
        follower = _verb_after(text, end)
        first_in_sentence = (
            j < 0 or text[j] in ".!?\n\u2028" or _after_closed_quotation(text, j)
        ) and (
            text.startswith(",", end) or follower in PREPOSITIONS
        )  # "Jim Eglinski, Yellowhead MP, said" / "John Goodwin with ... turned out"
        # The last tokens of the 60 characters before the name, for the
        # look-behind patterns' word tests (each window is at most 60 wide).
        before_name = text[max(0, start - 60) : start].split()[-4:]
        if the_first or (
            _ends_before(before_name[-1:], _THE_ENDS)
            and _THE_BEFORE.search(text, max(0, start - 10), start)
        ):
            continue  # "the Kihnu Star left": a ship, a building, a team
        if before_name and before_name[-1] in ("and", "&") and ends_portfolio(before_name):
            # (Its first test asked here: nearly no name follows "and".)
            continue  # "Minister for Rural and Community Development": an office
        if (
            len(before_name) >= 3
            and before_name[-2] == "the"
            and before_name[-1].isalpha()  # ("runs the ferry. Ruth Ames": a new sentence)
            and before_name[-1].islower()
            and before_name[-3] in _VERBS_OF_A_TITLE
        ):
            continue  # "who writes the excellent Harbour Ledger": a publication
        if not inside:
            people.mentioned_at.append(start)
            people.mentioned.append(name)
            if text.startswith(",", end):
                # "Clara Voss, chair of the residents' association, said ...":
                # the role a sentence with no quotation gives (stop 40).
                people.give_role(name, start, _set_off_role(text, start, end))
        if _reported(text, start) or (
            _ends_before(before_name[-2:], _COMPARED_ENDS)
            and _COMPARED.search(text, max(0, start - 20), start)
        ):
            continue  # "the suggestion that Obama was ...": talked about, not talking
        if before_name[-1:] in (["nor"], ["Nor"]):
            continue  # "Neither Tom Hale nor Ada Lind replied": no one did (s37-left3)
        inverted = _ends_before(before_name, _INVERTED_ENDS) and (
            _INVERTED.search(text, max(0, start - 16), start) is not None
            or _INVERTED_DESCRIBED.search(text, max(0, start - 60), start) is not None
        )
        german_name = (text, written)
        if inverted and _verb_follows(follower, german_name):
            continue  # "Pence said Trump will ...": a reported clause's subject
        if (
            titled
            and not _verb_follows(follower, german_name)
            and not _titled_apposition(text, start, end)
            and not _described_speaking(text, end)
        ):
            # Only as a verb's subject: "negotiated by President Obama, who
            # ..." describes someone talked about (tune: polnear-train
            # 3276 either way; check fell by one with the other conditions).
            continue
        if text.startswith(_WHO_LEADS, end) and _object_of_verb(text, start, end):
            continue  # "helped Clinton, who ...": an object, described
        if (
            (
                not inside
                and (
                    _verb_of_subject(follower, text, start, end, german_name)
                    or first_in_sentence
                    or _apposition_then_verb(text, end)
                    or _dashed_apposition_then_verb(text, end)
                    or _described_speaking(text, end)
                    or _set_off_then_verb(text, start, end)
                    or _kin_set_off_then_verb(text, start, end)
                    or _counted_then_name(text, start, end)
                    or (follower == "of" and _of_body_then_verb(text, end))
                    # "I'm talking about Alfonso Espinos, who was born in Mexico":
                    # a person the narrative goes on to describe is in focus.
                    or (
                        _described_at(text, _past_tag(text, end))
                        and not _place_of_unnamed(text, start)
                    )
                    or (
                        "ccording to" in text[max(0, start - 80) : start]
                        and _ACCORDING.search(text, max(0, start - 80), start) is not None
                    )
                    or (
                        text.startswith(",", end)
                        and _TO_VIEW.search(text, max(0, start - 100), start)
                    )
                    # "Across town, knocking on doors, is Ben Ross, a
                    # deckhand": the subject after an inverted "is" (stop 45).
                    or (
                        text.startswith(",", end)
                        and _INVERTED_COPULA.search(text, max(0, start - 8), start) is not None
                    )
                    or inverted
                    # "Op het eiland maakt schooldirecteur Fenna Bakker zich
                    # zorgen": Dutch and Swedish set the subject after the
                    # verb (one comparison in English text; stop 44).
                    or v2_subject(text, start)
                    or (turkish and not cased and _turkish_subject(text, end))
                )
            )
            and not _said_after(text, start, end)
        ):
            people.add(start, name)
            if titles:
                _note_title(people, name, start, titles)
            if follower in SPEECH_VERBS:
                spoke.append((end, name))
        if len(people.positions) >= limit:
            return people
    # Second pass: a bare surname as a subject ("Fry describes himself",
    # "Mr. Hemming said") names the person seen in full.
    for m in _surnames_of(text, people.by_surname):
        full = people.full(m.group(1))  # (a possessor-only name gives way: s38-left)
        if full is None or not _without_generation(full).endswith(" " + m.group(1)):
            continue
        if text.endswith(full, 0, m.end(1)):
            continue  # the full name itself, counted above
        if _another_first_name(text, m.start(), full):
            continue  # "Tom Hale" when "Bill Hale" came first: another person
        if _in_quoted(quoted, starts, m.start()):
            continue
        follower = _follower(text, m.end(1))
        if follower not in _SUBJECT_NEXT and _CAPITAL_NEXT.match(text, m.end(1)) is not None:
            continue  # "Private Jet Services": a word inside a longer name
        if _plural_noun_then_past(follower, text, m.end(1)):
            follower = ""
        words_before = text[max(0, m.start() - 20) : m.start()].split()[-2:]
        if _reported(text, m.start()) or (
            _ends_before(words_before, _COMPARED_ENDS)
            and _COMPARED.search(text, max(0, m.start() - 20), m.start())
        ):
            continue  # "the claim that Mr. Smith lied", "unlike Hale"
        inverted = (
            _ends_before(words_before, _INVERTED_ENDS)
            and _INVERTED.search(text, max(0, m.start() - 16), m.start()) is not None
        )
        if inverted and (not text.startswith(",", m.end(1)) or _said_by_subject(text, m.start())):
            continue  # "Pence said Trump will", "Hale said Lind, who ...": what was said
        if text.startswith(_WHO_LEADS, m.end(1)) and _object_of_verb(text, m.start(), m.end(1)):
            continue
        if (
            # "But, said Hale, “…”", "said Hale, who remains friendly": the
            # inverted subject of an attribution (as the first pass reads it)
            inverted
            or _verb_of_subject(follower, text, m.start(), m.end(1), (text, full))
            or (_described_at(text, m.end(1)) and not _place_of_unnamed(text, m.start()))
            # "Mr. Autor, like most economists, is still persuaded"
            or (
                m.group() != m.group(1)
                and text.startswith(",", m.end(1))
                and _titled_apposition(text, m.start(), m.end(1))
            )
            or _described_then_saying(text, m.start(), m.end(1))
            or _asked_aside_then_verb(text, m.start(), m.end(1))
            or _placed_aside_then_verb(text, m.start(), m.end(1))
            # "To harbour consultant Ross, the plan is silly": the view of
            # the one named in full before, as the first pass reads a full
            # name there (stop 45).
            or (
                text.startswith(",", m.end(1))
                and _TO_VIEW.search(text, max(0, m.start() - 100), m.start()) is not None
            )
            # "Сомов с критикой не согласен.": a Russian surname as the text  # noqa: RUF003
            # named it (the nominative) opening a sentence is its subject,
            # whatever follows (Russian declines the other roles: "Сомову").
            or (cyrillic(m.group(1)) and opens_sentence(text, m.start()))
        ) and not _said_after(text, m.start(), m.end(1)):
            if m.group() != m.group(1):  # "Mr. Hemming said"
                title = m.group().split()[0]
                full = people.titled(full, title)  # two Hales: "Mrs." the woman
                people.genders.note(full, of_word(title))
            people.add(m.start(), full)
            if follower in SPEECH_VERBS:
                spoke.append((m.end(), full))
            if len(people.positions) >= limit:
                break
    if "\u306f" in text or "\u304c" in text:
        _japanese_subjects(people, text, quoted)  # (は, が: a Japanese text)
    elif "\u3002" in text:
        # (。 and no は: a Chinese text; stop 44.)
        starts = [q[0] for q in quoted]
        for at, name in chinese_subjects(text):
            if not _in_quoted(quoted, starts, at):
                people.add(at, name)
    elif KOREAN_TEXT in text:
        # (다 and no 。: perhaps a Korean text; stop 45.)
        starts = [q[0] for q in quoted]
        for at, name in korean_subjects(text):
            if not _in_quoted(quoted, starts, at):
                people.add(at, name)
    _contracted_subjects(people, text, quoted)
    _kin_first_names(people, text, quoted)
    _possessed_first_names(people, text, quoted)
    _own_set_off_names(people, text, quoted)
    _titled_alone_subjects(people, text, quoted)
    _kin_first_bare(people, text, quoted)
    _cited_subjects(people, text, quoted)
    if "name" in text:  # (a cheap pre-test: the pattern needs the word)
        _given_first_names(people, text, quoted)
    _first_names_again(people, text, quoted)
    _one_name_described(people, text, quoted)
    spoke.extend(_one_name_speaking(people, text, quoted))
    spoke.extend(_one_name_then_pronoun(people, text, quoted))
    spoke.sort()
    _pronouns_after_speech(people, text, quoted, spoke)
    _pronouns_of_subjects(people, text, quoted)
    persons = {name for name in people.names if people.genders.of(name) is not None}
    people.organisations = find_organisations(text, quoted, persons)
    return people


def _note_title(people: People, name: str, at: int, titles: Sequence[str]) -> None:
    """Remember the office written before a subject's name ("Sheriff Helen
    Marr said ...") as the role a later "she said" shows, as a role given
    after the name in an attribution is (:attr:`People.roles`); an
    honorific ("Mr") is no office and no role (stop 40)."""
    people.give_role(name, at, " ".join(titles))


_NO_OFFICE_OPENERS = (PREPOSITIONS - {"of"}) | words(
    "he she it they we i you who whose which when while if as after or and but nor"
)
"""First words of a comma part that is no office ("As", "who met ...", "in
a statement", "or her aide"); not "of", which qualifies one ("Sen., of
Hawaii")."""


_CLAUSE_NEXT = DETERMINERS | PREPOSITIONS | words("him her them it")
"""Words after a word in -ed or -ing that make it a verb with its object or
its phrase ("issued a statement", "speaking on the radio")."""


def _carried(role: str | None) -> str | None:
    """The office of ``role`` that later quotations may carry: its comma
    parts but an age ("34, a North Dakota native" is "a North Dakota
    native"), up to one that is a participle's clause ("President, dedicating
    the museum" is "President"; a first part only when an object follows,
    "issued a statement after ...", not "undecided voter"; "managing
    director" is an office, :data:`~.lexicon.OFFICE_PARTICIPLES`), or a
    clause or an aside ("who met ...", "said on Twitter", "shortly before
    ...", "As", "in a statement", a lone "then"); ``None`` when nothing is
    left. The quotation the role came with still shows it whole."""
    if role is None:
        return None
    kept: list[str] = []
    for part in role.split(","):
        part = part.strip()
        if part.isdigit():
            continue  # an age
        words_ = part.split(None, 2)
        first = words_[0] if words_ else ""
        lower = first.lower()
        verb = (
            first.islower()
            and lower.endswith(("ing", "ed"))
            and lower not in OFFICE_PARTICIPLES
            and lower != "retired"
            # (a first part is the office written, "undecided voter", unless
            # its word in -ed/-ing takes an object: "issued a statement")
            and (bool(kept) or (len(words_) > 1 and words_[1] in _CLAUSE_NEXT))
        )
        if (
            not first
            or verb
            or lower in _NO_OFFICE_OPENERS
            or part.lower() == "then"
            or (first.islower() and (lower in SPEECH_VERBS or lower.endswith("ly")))
        ):
            break
        kept.append(part)
    return ", ".join(kept) or None


_ROLE_THEN_VERB = re.compile(
    r",[ \u00a0]+([^,.;:!?\n\u2028\"\u201c\u201d()]{2,100}),[ \u00a0]+"
    r"(?:(?:has|had|have|a)[ \u00a0]+)?([^\W\d_]+)"
)
"""A name's appositive set off by commas, then a verb ("Clara Voss, chair of
the association, said", "Tom Hale, the board's finance director, has
called", "Peter Quinn, le maire, a appelé"): the appositive and the verb."""
_VERB_AFTER_NAME = re.compile(r",[ \u00a0]+(?:(?:has|had|have|a)[ \u00a0]+)?([^\W\d_]+)")
"""The comma after a name, then its verb ("Ben Ross, said", "Peter Quinn, a
appelé")."""
_ROLE_OPENING = re.compile(
    r"(?:^|[.!?][\"\u201d\u2019]?[ \u00a0]+|\n)"
    r"([^,.;:!?\n\u2028\"\u201c\u201d()]{2,80}),[ \u00a0]*$"
)
"""A sentence opened by a description set off before a name ("Its regional
organiser, Ben Ross, said", "Le maire, Peter Quinn, a appelé")."""
_NAME_POSSESSIVE = re.compile(
    r"(?:[A-Z][\w.-]*[ \u00a0]+){0,3}[A-Z][\w.-]*['\u2019]s[ \u00a0]+[a-z]"
)
"""A description opened by a name's possessive ("Ada Lind's deputy")."""
_ROLE_VERBS = SPEECH_VERBS | NAMING_VERBS | FRENCH_PERFECT_PARTIAL
"""Verbs after a set-off role that make it the speaker's (:func:`_set_off_role`)."""


def _set_off_role(text: str, start: int, end: int) -> str | None:
    """The role a sentence gives the subject named at ``start:end`` beside it,
    set off by commas before a verb of saying: after the name ("Clara Voss,
    chair of the association, said residents had waited", "Tom Hale, the
    board's finance director, has called it") or opening the sentence before
    it ("Its regional organiser, Ben Ross, said:", "Le maire, Peter Quinn, a
    appelé", "Ada Lind's deputy, Tom Hale, said"). So a sentence that quotes
    no one still tells who the person is, as "said Clara Voss, chair of ..."
    does. Not a clause or an aside ("Tom Hale, whose father was the harbour
    master, said": :func:`_carried`; "Tom Hale, asked about wages, said"),
    nor, before the name, a part with no article or possessive opening it."""
    after = _ROLE_THEN_VERB.match(text, end, end + 140)
    if after is not None and after.group(2).lower() in _ROLE_VERBS:
        part = after.group(1).strip()
        first = part.split(None, 1)[0]
        if first.islower() and not (
            # "Tom Hale, asked about wages, said": an aside, no office
            first.endswith(("ing", "ed")) and first not in OFFICE_PARTICIPLES
        ):
            return part
    verb = _VERB_AFTER_NAME.match(text, end, end + 40)
    if verb is None or verb.group(1).lower() not in _ROLE_VERBS:
        return None
    before = _ROLE_OPENING.search(text, max(0, start - 90), start)
    if before is None:
        return None
    part = before.group(1).strip()
    opener = part.split(None, 1)[0].lower()
    if opener in DETERMINERS or opens_description(opener) or _NAME_POSSESSIVE.match(part):
        return part
    return None


_ROLE_FILLER = frozenset(("the", "a", "an", "its", "his", "her", "their", "our", "of"))
"""Words a role said again shorter may drop or add ("the chair" of "chair of
the harbour board")."""


def _repeats_shorter(later: str, earlier: str) -> bool:
    """Is the role ``later`` the role ``earlier`` said again shorter: every
    word of it but articles and possessives among ``earlier``'s, and fewer
    (:meth:`People.role_at`)?"""
    said = [w for w in later.lower().replace(",", " ").split() if w not in _ROLE_FILLER]
    before = set(earlier.lower().replace(",", " ").split())
    return len(said) < len(before - _ROLE_FILLER) and all(w in before for w in said)


def _nicknamed(people: People, text: str) -> dict[int, tuple[str, int]]:
    """The names written with a nickname in marks between their words
    ("Tom “Big Tom” Hale", "Ada “Skip” Lind"; :func:`.names.nickname_end`),
    by where each opens: the name without the nickname ("Tom Hale") and where
    it ends. Each nickname is remembered as one of its name's forms
    (:attr:`People.nicknames`). Not a name in marks in a headline, nor one
    beside a word that is no name's or a preposition ("Pence Endorses “Paul
    Ryan” With ...", "ESPN Fires “Schilling” Over ...")."""
    found: dict[int, tuple[str, int]] = {}
    # One search for each mark (a literal first character is found fast; a
    # class of two was tested at every character: ~27 M instructions a
    # round of the 181 benchmark pages), in the text's order.
    marks = sorted(m.start() for mark in _NICK_MARKS for m in mark.finditer(text))
    for mark in marks:
        # `before` below needs spaces just before the mark (or before a line
        # break there: its "$") after a name's letter: a quotation's mark
        # after "said, " or a line's start is passed over before the
        # nickname test (exact: those characters are none of the name's).
        space = mark - 2 if mark and text[mark - 1] == "\n" else mark - 1
        if space < 1 or text[space] not in " \u00a0" or text[space - 1] in _NOT_NAME_END:
            continue
        close = nickname_end(text, max(0, mark - 40), mark)
        if close is None:
            continue
        before = _WORDS_BEFORE_MARK.search(text, max(0, mark - 40), mark)
        after = _WORDS_AFTER_MARK.match(text, close)
        if before is None or after is None:
            continue
        written = before.group(1).split() + after.group(1).split()
        if not all(
            is_name_token(w) and w.lower() not in ENGLISH_PREPOSITIONS for w in written
        ) or headline_at(text, mark):
            continue  # ("ESPN Fires “Schilling” Over an Offensive Post.": a title)
        name = " ".join(written)
        nickname = " ".join(text[mark + 1 : close - 1].removeprefix("the ").split())
        people.nicknames.setdefault(nickname, name)
        found[before.start(1)] = (name, after.end(1))
    return found


_NOT_NAME_END = frozenset(',:;.!?()\u201c\u201d"\u2014\u2013\n')
"""Characters that end no name's word (:data:`_WORDS_BEFORE_MARK`)."""
_NICK_MARKS = (
    re.compile(r"\u201c(?=(?:the[ \u00a0])?[A-Z])"),
    re.compile(r"\"(?=(?:the[ \u00a0])?[A-Z])"),
)
"""An opening mark before a capital: where a nickname inside a name may open."""
_WORDS_BEFORE_MARK = re.compile(
    r"(?<![\w'\u2019-])((?:[A-Z][\w'\u2019-]*[ \u00a0]+)?[A-Z][\w'\u2019-]*)[ \u00a0]+$"
)
_WORDS_AFTER_MARK = re.compile(
    r"[ \u00a0]+([A-Z][\w'\u2019-]*(?:[ \u00a0]+[A-Z][\w'\u2019-]*)?)(?![\w'\u2019-])"
)


def _know_possessor(
    people: People,
    text: str,
    start: int,
    end: int,
    starts: Sequence[int],
    quoted: Sequence[tuple[int, int]],
) -> None:
    """Remember the full name a possessive gives ("Tom Hale\u2019s son, Daniel,
    was lost"): no subject, but the name a later "Hale says" expands to, so
    the bare surname is the person, not an unknown (stop 37)."""
    run = _run_words(text[start:end])
    if run is None or run[0] or run[2]:
        return  # a title ("President Obama's") expands through its own path
    reading = _name_reading(run[1])
    if reading is None or reading[3] or " " not in reading[0]:
        return
    if _in_quoted(quoted, starts, start):
        return
    kin = _KIN_APPOSITION.match(text, end + 2)
    if kin is not None and surname(kin.group(1)) == surname(reading[0]):
        # "Tom Hale\u2019s daughter, Ada Hale, chairs the board. ... Hale
        # said": the relative named with the surname is the one a bare
        # "Hale" means, as before stop 37 (review of stop 37).
        return
    people.know(reading[0], possessor=True)


_KIN_FIRST = re.compile(
    r"s[ \u00a0]+(wife|husband|son|daughter|brother|sister|mother|father|widow|widower),"
    r"[ \u00a0]+([A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)?),[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?"
    r"([a-z\u2019']+)\b"
)
"""A possessive's "s", its kin noun, a first name alone set off by commas,
and the word after it (past an adverb): "\u2019s husband, Bill, effectively
hurled". (It opens with a letter, which the engine searches for fast: one
scan of the text, about the cost of two ``str.find``.)"""
_OWNER = re.compile(r"(?<![\w.'\u2019-])[A-Z][\w-]*$")
"""The capitalised word a possessive's apostrophe ends ("Hale" of "Hale\u2019s")."""


def _kin_first_names(people: People, text: str, quoted: Sequence[tuple[int, int]]) -> None:
    """Record the relative a possessive names by first name alone as the
    subject of its sentence ("Tom Hale\u2019s husband, Bill, runs the ferry.
    ... \u201c\u2026,\u201d he said."): the first name and the possessor\u2019s
    surname, so a later pronoun of the kin noun\u2019s sex may mean them (stop
    39). Only when the possessor is a person the text names in full and a
    verb follows the set-off name ("\u2019s wife, Ada, a former pilot." is
    no subject). Not remembered for expansion: a later bare "Hale" is still
    the person named in full (stop 37)."""
    starts = [q[0] for q in quoted]
    for m in _KIN_FIRST.finditer(text):
        found = m.start()
        if text[found - 1 : found] not in ("\u2019", "'"):
            continue
        owner = _OWNER.search(text, max(0, found - 40), found - 1)
        if owner is None or not _verb_follows(m.group(3)):
            continue
        if m.group(3) == "who" and _after_verb_or_preposition(text, owner.start()):
            continue  # "Ruth Ames thanked Tom Hale's wife, Ada, who ...": an object
        last = owner.group()
        full = people.full(last)
        if " " not in full or surname(full) != surname(last):
            continue  # not a person the text names in full ("America's son")
        if _in_quoted(quoted, starts, m.start(2)):
            continue
        given = m.group(2).replace("\u00a0", " ")
        if " " not in given and people.by_first.get(given.lower()) is not None:
            continue  # the first name of someone named in full: that person
        if people.named_at(m.start(2)) is not None:
            continue
        # ("Tom Hale's wife, Ada Lind, runs": the name as written, her own
        # surname; only a first name alone takes the possessor's.)
        name = given if " " in given else f"{given} {full.split()[-1]}"
        _insert_named(people, m.start(2), name)  # (no name a bare surname expands to)
        people.genders.note(name, of_word(m.group(1)))


_POSSESSED_FIRST = re.compile(
    rf"H(is|er)[ \u00a0]+({word_choice(KIN_WORDS)}),"
    r"[ \u00a0]+([A-Z][a-z]+),[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?([a-z\u2019']+)\b"
)
"""A sentence's "His"/"Her", its kin noun, a first name alone set off by
commas and the word after it: "His wife, Clara, is blunter still". (It
opens with a capital letter the engine searches for fast.)"""


def _possessed_first_names(people: People, text: str, quoted: Sequence[tuple[int, int]]) -> None:
    """Record the relative "His wife, Clara, is ..." names by first name
    alone, opening a sentence as its subject: the first name and the family
    name of the one "his"/"her" means (the last person named in full as a
    subject who may be of that sex), of the kin noun's sex, so "Clara said"
    shows Clara Ross and a later "she says" may mean her (s40-kin; the
    possessive beside :func:`_kin_first_names`'s "Tom Hale's husband,
    Bill,"). Not when the first name is someone else's already."""
    starts = [q[0] for q in quoted]
    for m in _POSSESSED_FIRST.finditer(text):
        before = text[max(0, m.start() - 3) : m.start()].rstrip(" \u00a0")
        if before and before[-1] not in '.!?\u201d"\n\u2028':
            continue  # not a sentence's opening ("told His wife")
        if not _verb_follows(m.group(4)):
            continue  # "His wife, Clara, a former pilot.": no subject
        given = m.group(3)
        if not _free_first_name(people, quoted, starts, m.start(3), given):
            continue
        gender = of_pronoun(f"h{m.group(1)}")
        owner = people.resolve(m.start(), gender=gender)
        if (
            owner is not None
            and gender is not None
            and gave_the_pronoun(people, text, owner, m.start(), gender) is not None
        ):
            # "Tom Hale gives her the best lines. Her son, Mark, ...": the
            # subject whose verb took "her" as its object is not the one
            # "her" means (else "herself"); the one named before is.
            owner = people.resolve(m.start(), gender=gender, besides=owner)
            if owner is not None:
                people.genders.seen(owner, gender)  # no one else "her" could mean
        if owner is None or " " not in owner:
            continue
        name = f"{given} {owner.split()[-1]}"
        _insert_named(people, m.start(3), name)
        people.by_first[given.lower()] = name  # "Clara said": Clara Ross
        people.genders.note(name, of_word(m.group(2)))


_OWN_SET_OFF_REST = (
    r"[ \u00a0]+([a-z]+),[ \u00a0]+((?:(Mrs|Mr|Ms|Miss)\.?[ \u00a0]+)?[A-Z][a-z]+),"
    r"[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?([a-z\u2019']+)\b"
)
_OWN_SET_OFF = (re.compile("My" + _OWN_SET_OFF_REST), re.compile("Our" + _OWN_SET_OFF_REST))
"""A sentence opened by the narrator's "My"/"Our", a noun of one person and
a name of one word set off by commas, perhaps after a title, then the word
after it: "My husband, Frank, was in the garden", "Our neighbour, Mrs.
Doyle, came round". (Two patterns, each opening with a literal the engine
searches for fast; one with "(?:My|Our)" tried every character, 4 times
the cost.)"""


_NO_VERB_AFTER_SET_OFF = (
    DETERMINERS
    | ENGLISH_PREPOSITIONS
    | PREPOSITIONS
    | words("who whom whose which that and or but")
)
"""Words after "My son, Rhodri," that open no verb (an apposition, a
clause, a joined subject): any other word there is the name's verb, an
irregular past ("rode", "drove", "sat") as much as "was" (stop 46's
held-out piece: the verbs the first version knew were a list)."""


def _own_set_off_names(people: People, text: str, quoted: Sequence[tuple[int, int]]) -> None:
    """Record the person a first-person narrative brings in by a noun after
    "My"/"Our" and a name of one word set off by commas, as the subject of
    its sentence ("My husband, Frank, was in the garden. He came in and
    said, \u201c\u2026\u201d"): the name as written (a titled surname
    without its title, or the full name the text gave it), of the sex the
    noun or the title states, so a later pronoun of that sex may mean them
    over the narrator or someone named before (s45-left7). Only at a
    sentence's opening, when a verb follows, the sex is stated, and the name
    is no one else's already; a possessive "His wife, Clara," is
    :func:`_possessed_first_names`'."""
    starts = [q[0] for q in quoted]
    for m in (m for pattern in _OWN_SET_OFF for m in pattern.finditer(text)):
        if not _opens_sentence_at(text, m.start()):
            continue
        if m.group(4) in _NO_VERB_AFTER_SET_OFF:
            continue  # "My husband, Frank, a former pilot.": no subject
        gender = of_word(m.group(3)) if m.group(3) else of_word(m.group(1))
        if gender is None:
            continue  # ("Our neighbour, Frank,": the text says nothing of the sex)
        at = m.start(2) if m.group(3) is None else m.end(3)
        given = text[at : m.end(2)].lstrip(". \u00a0")
        at = m.end(2) - len(given)
        if m.group(3) is not None:
            full = people.full(given)
            if full != given:
                if people.named_at(at) is None and not _in_quoted(quoted, starts, at):
                    _insert_named(people, at, full)
                    people.genders.note(full, gender)
                continue
        if not _free_first_name(people, quoted, starts, at, given):
            continue
        _first_name_subject(people, at, given, gender)


_TITLED_ALONE = re.compile(
    r"M(rs|r|s|iss)\.?[ \u00a0]+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?![\u2019'-])"
)
"""A sexed title and one capitalised word after it: "Mr. Harlow", "Mrs
Doyle" (a surname the text may never give in full). It opens with a letter
the engine searches for fast (a look-behind before it, asked apart, made it
try every character: 16 times the cost)."""


def _titled_alone_subjects(people: People, text: str, quoted: Sequence[tuple[int, int]]) -> None:
    """Record a person the text names only by a sexed title and a surname,
    as a verb's subject ("Mr. Harlow was asleep in his chair. ... \u201c\u2026\u201d
    was all he said"): the surname alone (as "said Mr. Harlow" shows it), of
    the title's sex, so a later pronoun of that sex may mean them
    (s45-left7). The second pass reads a titled surname the text named in
    full; not one inside a quotation, nor the first of a full name ("Mr.
    Tom Hale"), nor one recorded there already; of no sex when a verb of
    saying follows (the attribution's speaker)."""
    starts = [q[0] for q in quoted]
    known: set[str] | None = None  # (every word of a name the text gave, once)
    for m in _TITLED_ALONE.finditer(text):
        if m.start() > 0 and _WORDLIKE.match(text, m.start() - 1) is not None:
            continue  # ("HMS Hale", "Tom.Ms Hale": no title of its own)
        last = m.group(2)
        if last.lower() in people.by_surname or last.lower() in people.by_first:
            continue  # (named in full: the second pass's, or a first name)
        if last in people.subjects or people.named_at(m.start()) is not None:
            continue  # ("President Obama ... Mr. Obama said": the capital runs')
        if known is None:
            known = {w for n in people.persons | people.possessors for w in n.split()}
        if last in known:
            continue  # ("Harry Hurt III ... Mr. Hurt": that person)
        if _CAPITAL_NEXT.match(text, m.end()) is not None:
            continue  # "Mr. Tom Hale": a full name, the capital runs'
        if _in_quoted(quoted, starts, m.start()) or people.named_at(m.start(2)):
            continue
        follower = _follower(text, m.end())
        if not _english_verb(follower) or _reported(text, m.start()):
            continue  # ("told Mr. Harlow that", "the claim that Mr. Harlow lied")
        # ("“…,” Mrs. Berg said": the attribution's speaker, her sex not
        # noted here; noted, it made her, just quoted, keep a "she" over the
        # senator the next sentence describes speaking: stop 32's test.)
        said = follower in SPEECH_VERBS
        _first_name_subject(people, m.start(2), last, None if said else of_word("M" + m.group(1)))


_KIN_FIRST_BARE = re.compile(
    rf"H(?:is|er)[ \u00a0]+"
    rf"(?:(?:young|younger|older|elder|eldest|youngest|little|teenage)[ \u00a0]+)?"
    rf"({word_choice(KIN_WORDS)})[ \u00a0]+([A-Z][a-z]+)"
    r"(?:[ \u00a0]+\([A-Z][\w\u2019'-]*(?:[ \u00a0]+[A-Z][\w\u2019'-]*){0,2}\))?"
    r"[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?([a-z\u2019']+)\b"
)
"""A sentence opened by "His"/"Her", a kin noun and a first name with no
comma, perhaps the actor who plays the part in brackets after it, then the
word after them: "Her son Danny (Ben Ross) wants her to ...", "His sister
Maria says". (Not "Her son Danny Hale": a full name is the capital runs';
"her son's school" has no name.)

The sentence opening is asked apart (:func:`_opens_sentence_at`): with it
in the pattern, a look-behind before the first letter, the engine tried
the pattern at every character of every text (1.8 % of the analysis).
"""
_SENTENCE_CLOSERS = '.!?\u201d"\n\u2028'
"""What may stand before a sentence-opening "His"/"Her" (past spaces)."""


def _opens_sentence_at(text: str, at: int) -> bool:
    """Does ``text[at]`` open a sentence or a line: the text's first
    character, or after one of :data:`_SENTENCE_CLOSERS` and any spaces?"""
    if at == 0:
        return True
    before = at
    while before > 0 and text[before - 1] in " \u00a0":
        before -= 1
    return before > 0 and text[before - 1] in _SENTENCE_CLOSERS


def _kin_first_bare_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_KIN_FIRST_BARE` whose "His"/"Her" opens a
    sentence, as the pattern with its look-behind found them: a match that
    opens no sentence is passed over one character on, not past its end."""
    at = 0
    while True:
        m = _KIN_FIRST_BARE.search(text, at)
        if m is None:
            return
        if _opens_sentence_at(text, m.start()):
            yield m
            at = m.end()
        else:
            at = m.start() + 1


def _kin_first_bare(people: People, text: str, quoted: Sequence[tuple[int, int]]) -> None:
    """Record the relative a sentence opens with, named by first name alone
    and with no commas ("Her son Danny (Ben Ross) wants her to let it go.
    \u201c\u2026,\u201d he tells her."): the first name, of the kin noun's
    sex, so a later pronoun of that sex may mean them, not the person named
    in full before (s42-left2; :func:`_possessed_first_names` reads the
    set-off "His wife, Clara, is"). The first name alone: in a review the
    one "her" means may be the actor named before, whose surname is not
    the character's. Only when a verb follows; not a first name someone
    else has."""
    starts = [q[0] for q in quoted]
    for m in _kin_first_bare_matches(text):
        if not _verb_follows(m.group(3)):
            continue  # "Her son Danny in the film": no subject
        given = m.group(2)
        if not _free_first_name(people, quoted, starts, m.start(2), given):
            continue
        _first_name_subject(people, m.start(2), given, of_word(m.group(1)))


def _cited_subjects(people: People, text: str, quoted: Sequence[tuple[int, int]]) -> None:
    """Record a surname the text cites with a year ("Ross (2019) argues",
    "(Ross 2018, p. 112)") where it stands alone as a verb's subject ("Ross
    is careful here; he concedes \u201c\u2026\u201d", "as Ross notes",
    "Ross (2019) argues that"): the author, as cited, so a later "he" may
    mean them (s42-left2). As cited, never expanded to someone of that
    surname the text names in full ("Emma Ross", a discussant named later,
    is another person). Not a surname named in full before, nor inside a
    quotation."""
    cited = cited_surnames(text)
    if not cited:
        return
    starts = [q[0] for q in quoted]
    for start, name, end in cited_mentions(text, cited):
        if not _verb_follows(_follower(text, end)):
            continue  # "Ross's study", "consistent with Ross."
        if (" " not in name and " " in people.full(name)) or _in_quoted(quoted, starts, start):
            continue  # (the one named in full: the second pass reads it)
        if people.named_at(start) is None:
            _insert_named(people, start, name)
            people.subjects.add(name)


_GAVE_FIRST_NAME = re.compile(
    r"who[ \u00a0]+(?:(?:gave|offered|provided|would[ \u00a0]+give)[ \u00a0]+"
    r"|(?:asked|wished|wanted|agreed)[ \u00a0]+to[ \u00a0]+be[ \u00a0]+"
    r"(?:identified|named|called|quoted)[ \u00a0]+(?:by|with)[ \u00a0]+)"
    r"(?:only[ \u00a0]+)?(his|her)[ \u00a0]+(?:first[ \u00a0]+)?name(?:[ \u00a0]+only)?"
    r"(?:[ \u00a0]+as)?,?[ \u00a0]+([A-Z][a-z]+),?"
    r"[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?([a-z\u2019']+)\b"
)
"""A who-clause that gives its noun's first name alone, set off by commas,
and the word after it: "Another neighbour, who gave only his first name,
Sam, said", or "A woman who gave her name only as Mariam said" (the
comma after the name may be left out, s42-rev2). (It opens with a literal
the engine searches for fast.)"""


def _given_first_names(people: People, text: str, quoted: Sequence[tuple[int, int]]) -> None:
    """Record the first name a who-clause gives for its noun, the subject of
    its sentence ("Another neighbour, who gave only his first name, Sam,
    said he had heard ... “…,” he said."): the name, of the sex "his"/"her"
    states, where it stands, so a later pronoun of that sex may mean them
    (stop 41; a lone first name is no name the capital runs find). Only when
    a verb follows the set-off name; not inside a quotation, nor a first
    name someone named in full has."""
    starts = [q[0] for q in quoted]
    for m in _GAVE_FIRST_NAME.finditer(text):
        if not _verb_follows(m.group(3)):
            continue
        given = m.group(2)
        if not _free_first_name(people, quoted, starts, m.start(2), given):
            continue
        _first_name_subject(people, m.start(2), given, of_pronoun(m.group(1)))


def _first_name_subject(people: People, at: int, given: str, gender: Gender | None) -> None:
    """Record the first name ``given`` alone as a sentence's subject at
    ``at``, of ``gender``: a person a later pronoun of that sex may mean."""
    _insert_named(people, at, given)
    people.subjects.add(given)
    people.genders.note(given, gender)


def _first_names_again(people: People, text: str, quoted: Sequence[tuple[int, int]]) -> None:
    """Record a name of one word the rules above brought in alone ("My wife,
    Bethan, used to say"; "Mr. Obama", a surname the text gives with a title
    only), when a later sentence opens with it before a verb ("Bethan says I
    can sit in the car", "Obama departs the UK today, where he will ..."),
    as that person the subject again: nearer than anyone named as a subject
    since, for a pronoun after it (stop 46; surnames from s46-surname). Not
    a surname of a name the text gives in full (the second pass reads it),
    nor the name after an abbreviated title's point ("Mr. Obama has": no
    sentence opens there, and "said Mr. Obama would" is what was said), nor
    one before a plural noun it modifies ("Obama aides said"), nor one with
    a possessive ("Obama's aides"). Substring searches a name; most texts
    have none."""
    alone = [n for n in people.subjects if " " not in n and n.lower() not in people.by_surname]
    if not alone:
        return
    starts = [q[0] for q in quoted]
    for name in alone:
        if name not in people.names:
            continue
        if _written_as_word(text, name):
            continue  # ("little hope that spring ... Hope was hard to find": a word too)
        at = text.find(name, people.positions[people.names.index(name)] + len(name))
        while at >= 0:
            end = at + len(name)
            if (
                text.startswith(" ", end)
                and _opens_sentence_at(text, at)
                and not _after_title_point(text, at)
                and _english_verb(_verb_after(text, end))
                and not _noun_then_verb(text, end)
                and not _in_quoted(quoted, starts, at)
                and not people.named_at(at)
            ):
                _insert_named(people, at, name)
            at = text.find(name, end)


def _written_as_word(text: str, name: str) -> bool:
    """Does ``text`` write ``name`` in lower case as a word of its own ("We
    had little hope that spring" for "Hope")? Then a sentence opening with
    it ("Hope was hard to find") may be the word, not the person: the text
    shows the name is a word too (stop 46's second reading)."""
    return next(word_starts(text, name.lower()), -1) >= 0


_NOUN_THEN_VERB = re.compile(r"[ \u00a0]+[a-z]+s[ \u00a0]+([a-z]+)\b")
"""A word in "-s" right after a name, then the word after it."""


def _noun_then_verb(text: str, end: int) -> bool:
    """Is the "-s" word after the name ending at ``end`` a plural noun the
    name modifies, a verb of saying or a past tense after it ("Obama aides
    said", "Marsh allies claimed"): not the name's own verb?"""
    m = _NOUN_THEN_VERB.match(text, end)
    return m is not None and (m.group(1) in SPEECH_VERBS or m.group(1).endswith("ed"))


def _after_title_point(text: str, at: int) -> bool:
    """Does the word right before ``at`` end in an abbreviated title's
    point ("Mr. Obama", "(Sen. Hale"), which ends no sentence?"""
    word = text[max(0, at - 24) : at].rsplit(None, 1)[-1:]
    return bool(word) and word[0].endswith(".") and word[0].lstrip(_OPENING_MARKS).lower() in TITLES


def _free_first_name(
    people: People, quoted: Sequence[tuple[int, int]], starts: list[int], at: int, given: str
) -> bool:
    """Is the first name ``given`` at ``at`` outside every quotation, and
    no first name of someone named in full (that person) nor of a name
    already recorded there?"""
    if _in_quoted(quoted, starts, at):
        return False
    return people.by_first.get(given.lower(), "") == "" and not people.named_at(at)


def _insert_named(people: People, at: int, name: str) -> None:
    """Record ``name`` as a subject named at ``at``, in text order (not
    :meth:`People.add`: a first name given alone is no name a bare surname
    expands to)."""
    i = bisect.bisect_right(people.positions, at)
    people.positions.insert(i, at)
    people.names.insert(i, name)


_OBJECT_PRONOUN: dict[Gender, str] = {"m": "him", "f": "her"}
"""The object pronoun of each sex."""


def gave_the_pronoun(people: People, text: str, owner: str, pos: int, gender: Gender) -> int | None:
    """Where ``owner`` is last named before ``pos``, when it is as the
    subject of a verb whose object is the pronoun of ``gender`` ("Tom Hale
    gives her the best lines", "Hale told him"): then a "her"/"she" (a
    "his"/"he") after it means someone else. ``None`` otherwise. One
    anchored match after the owner's last mention as a subject."""
    i = bisect.bisect_left(people.positions, pos)
    while i > 0:
        i -= 1
        if people.names[i] == owner:
            at = people.positions[i]
            m = _VERB_THEN_OBJECT.match(text, at, min(pos, at + 80))
            return at if m is not None and m.group(1) == _OBJECT_PRONOUN[gender] else None
    return None


_VERB_THEN_OBJECT = re.compile(
    r"(?:[A-Z][\w\u2019'-]*[ \u00a0]+){1,4}?[a-z]+[ \u00a0]+(her|him)"
    r"(?:[ \u00a0]+(?:the|a|an|to|for|in|on|at|with|about|that|what|how|why|of)\b|[,.;:!?])"
)
"""A capitalised name (up to four words), one lower-case word (its verb) and
an object pronoun: "Tom Hale gives her the", "Hale told him that". (Not "her"
before a noun: "Ada Lind praised her book" may be her own.)"""


_PLACED_ASIDE = re.compile(
    r",[ \u00a0]+(?:at|in|on|behind|inside|outside)[ \u00a0]+(?:the|her|his|their)"
    r"[ \u00a0][^,.;:!?\"\u201c\u201d]{1,40},[ \u00a0]+([a-z]+)\b"
)
"""An aside saying where a name is, set off by commas, and the word after it
("Lind, at the shop, keeps")."""


def _placed_aside_then_verb(text: str, start: int, end: int) -> bool:
    """ "Lind, at the shop, keeps a list": a bare surname opening a
    sentence, an aside saying where the person is, then a verb: the
    sentence's subject, whom a "she said" after it means (s43-left2)."""
    if not text.startswith(", ", end):
        return False  # (the cheap test first)
    m = _PLACED_ASIDE.match(text, end, end + 80)
    return m is not None and _verb_follows(m.group(1)) and opens_sentence(text, start)


_CLAUSE_JOINS = words("and or but while")
"""Words after which a possessive may still open a subject ("Ole Berg and
Tom Hale's wife, Ada, who ...")."""


def _after_verb_or_preposition(text: str, owner: int) -> bool:
    """Does a lower-case word other than a title or a conjunction stand
    right before the capitalised run that ends at the possessor starting at
    ``owner`` ("thanked Tom Hale's", "with Hale's": the possessive is a
    verb's or a preposition's object, no subject; "union chief Tom Hale's"
    and a sentence's start are not)? Reads back over at most four words."""
    before = text[max(0, owner - 60) : owner].split()
    for _ in range(4):
        if not before or not before[-1][:1].isupper():
            break
        before.pop()  # "Tom" of "Tom Hale's", a capitalised title
    if not before:
        return False
    word = before[-1]
    if not word[:1].islower() or not word[-1:].isalpha():
        return False  # a comma, a quotation mark, a sentence's end before
    word = clean(word).lower()
    return word not in TITLES and word not in _CLAUSE_JOINS


_KIN_APPOSITION = re.compile(
    r"[ \u00a0]+[a-z]+(?:[ \u00a0]+[a-z]+)?,[ \u00a0]+"
    r"((?:[A-Z][\w.'\u2019-]*[ \u00a0]+){1,3}[A-Z][\w'\u2019-]*)"
)
"""A possessive's noun and a full name set off after it ("\u2019s daughter, Ada
Hale", "\u2019s younger son, Daniel Hale"): group 1 the name."""


def _plural_noun_then_past(follower: str, text: str, end: int) -> bool:
    """Is ``follower``, the word after the name ending at ``end``, a plural
    noun the name modifies, its verb a past tense after it ("some wearing
    Cruz shirts booed")?"""
    return (
        follower.endswith("s")
        and follower not in SPEECH_VERBS
        and follower not in _SUBJECT_NEXT
        and _NOUN_THEN_PAST.match(text, end) is not None
    )


def _verb_after(text: str, end: int) -> str:
    """The word after the name ending at ``end`` (see ``_follower``), or ""
    when it is a plural noun the name modifies, not the name's verb."""
    follower = _follower(text, end)
    return "" if _plural_noun_then_past(follower, text, end) else follower


def _verb_of_subject(
    follower: str, text: str, start: int, end: int, german: tuple[str, str] | None = None
) -> bool:
    """Does the name at ``start:end`` govern the verb ``follower`` as its
    subject: a verb follows, and either a who-clause says something or the
    name is no preposition's object ("this tweet from Ada Lind who tweeted"
    speaks; "a supporter of Ada Lind who lives here" does not)? ``german``:
    as :func:`_verb_follows`."""
    return _verb_follows(follower, german) and (
        (follower == "who" and _who_speaks(text, end)) or not _after_preposition(text, start)
    )


_CAPITAL_NEXT = re.compile(r"[ \u00a0]+[A-Z][a-z]")
"""A capitalised word right after a surname: the surname is one word of a
longer name ("Boeing Business Jet" ... "Private Jet Services, a firm,
said"), not that person as a subject (unless the word is an auxiliary a
title capitalises: "Hale May Run")."""


def _written_lower(text: str, word: str) -> bool:
    """Does ``text`` also write the capitalised ``word`` in lower case, as a
    whole word? Then it is a common word ("Moderator Ada Lind ... the
    moderator asked"), not a given name."""
    lower = clean(word).lower()
    if not lower:
        return False
    at = text.find(lower)  # (plain searches, no pattern built a word)
    while at >= 0:
        end = at + len(lower)
        if not _word_char(text, at - 1) and not _word_char(text, end):
            return True
        at = text.find(lower, at + 1)
    return False


def _word_char(text: str, i: int) -> bool:
    """Is ``text[i]`` part of a word (a letter, a digit, ``_`` or ``-``)?"""
    if i < 0 or i >= len(text):
        return False
    c = text[i]
    return c.isalnum() or c in "_-"


_SENTENCE_BEFORE = frozenset(".!?:;\n\u2028")
_OPENING_MARKS = " \t\u00a0\"'\u201c\u2018([\u2014-"


_WORD_OR_HYPHEN_BEFORE = re.compile(r"(?<=[\w-])")
_NOT_AFTER_WORD_OR_HYPHEN = re.compile(r"(?<![\w-])")


def _name_written_at(text: str, tokens: list[str]) -> Iterator[int]:
    """Where ``tokens`` are written one after another, spaces between
    them, with no word character or hyphen before: the starts of the
    matches of ``(?<![\\w-])T1[ \\u00a0]+T2...`` (each token escaped) as
    its ``finditer`` gives them, with no pattern compiled for the name (one
    compile a name before stop 45). A token holds no whitespace, so the
    spaces between two tokens match one way only (all of them), and a
    match ends where its last token does; the search resumes there."""
    if not tokens:  # (the bare look-behind: every place it allows)
        yield from (m.start() for m in _NOT_AFTER_WORD_OR_HYPHEN.finditer(text))
        return
    first, rest = tokens[0], tokens[1:]
    at = text.find(first)
    while at >= 0:
        end = at + len(first)
        if not _WORD_OR_HYPHEN_BEFORE.match(text, at):
            for token in rest:
                gap = end
                while end < len(text) and text[end] in " \u00a0":
                    end += 1
                if end == gap or not text.startswith(token, end):
                    break
                end += len(token)
            else:
                yield at
                at = text.find(first, end)
                continue
        at = text.find(first, at + 1)


def _written_inside_sentence(text: str, name: str) -> bool:
    """Is ``name`` written somewhere after a word of its sentence (not at
    the text's, a line's or a sentence's start, quote marks and brackets
    aside)?"""
    for start in _name_written_at(text, name.split()):
        before = text[max(0, start - 24) : start].rstrip(_OPENING_MARKS)
        if not before:
            continue
        if before[-1] not in _SENTENCE_BEFORE:
            return True
        if before[-1] == "." and before.split()[-1].lower() in TITLES:
            return True  # "Sen. Ada Lind Berg": an abbreviated title's point
    return False


_OFFICE_OF = re.compile(
    r"(?<![\w.])([A-Z][a-z]+)\.? (?:of|for) (?:((?:[A-Z][\w'-]* ){1,3})(?:and|&) )?$"
)
_OFFICE_OF_REACH = 56
"""How far before a run :data:`_OFFICE_OF` looks: an office, its preposition
and up to three department words joined by "and" to the run."""


_OFFICE_LINKS = (" of ", " for ", " and ", " & ")
"""The words before a run that :func:`_after_office_of` reads on from."""


def _after_office_of(text: str, start: int, tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A run after an office and "of" or "for" opens with the office's
    object ("Secretary of State Madeleine Albright", "Minister for Energy
    Anna Kask"), or with the rest of it after "and" ("Minister of Foreign
    Affairs and Trade Anna Kask": the run is "Trade Anna Kask"): the name
    follows it (see :func:`after_portfolio`)."""
    office = _OFFICE_OF.search(text, max(0, start - _OFFICE_OF_REACH), start)
    if office is None:
        return tokens
    key = office.group(1).lower()
    if key not in TITLES and not (key in OFFICES_BEFORE_OF and " of " in office.group()):
        return tokens
    joined = office.group(2)
    if joined is not None and not names_departments(joined.split()):
        # "Minister of Energy Tom Hale and Ada Maria Lind": "and" joins a
        # second person to the office holder, not a department.
        return tokens
    # The object's first word may have been left out already, as no name
    # ("State"): what follows is the name or the rest of the department.
    opened = not text.startswith(tokens[0], start)
    return tokens[after_portfolio(tokens, opened=opened) :]


_THE_HONORIFICS = frozenset({"reverend", "rev", "honourable", "honorable", "hon", "venerable"})
"""Honorifics English writes after "the" before a full name ("the Reverend
Mark Penrose", "the Hon. Ada Lind")."""


def _the_honorific(tokens: list[str]) -> bool:
    """ "The Reverend Mark Penrose": "the", an honorific, then at least a
    given name and a surname."""
    return len(tokens) > 3 and clean(tokens[1]).lower().rstrip(".") in _THE_HONORIFICS


@functools.lru_cache(maxsize=8192)
def _run_words(run: str) -> tuple[tuple[str, ...], tuple[str, ...], bool, bool] | None:
    """What :func:`find_people` reads from a run of capitalised words by its
    words alone: ``(titles, name tokens, titled, opens with "the")``, or
    ``None`` when the words themselves show no person. ``titled`` is a lone
    surname after an office, to be expanded to the full name seen.

    Cached: a page names the same people again and again, and pages name
    the same people and bodies (of the 3,099 runs of the 181 scrapinghub
    pages, 2,121 are distinct)."""
    if any(map(str.isdigit, run)):
        return None
    tokens = run.split()
    # ("The Reverend Mark Penrose asks": "the" before a clergyman's or a
    # member's honorific names a person, not a thing.)
    the_first = clean(tokens[0]).lower() == "the" and not _the_honorific(tokens)
    while tokens and (
        clean(tokens[0]).lower() in NOT_NAMES
        or clean(tokens[0]).endswith("ing")
        # ("Will Lind spoke first": a first name that is also a modal, before
        # one surname, opens the name; review 2, stop 39.)
        or (not is_name_token(tokens[0]) and not (len(tokens) == 2 and opens_name(*tokens)))
        # "Said Ada Lind, a neighbour:": the verb before its subject (a
        # name of one more word, "Said Jalili", stays whole).
        # (Not "Post Road Ada Lind": a place noun after the word makes it
        # a place's name, an outlet before the person, as strip_titles
        # reads it; s37-left3.)
        or (
            len(tokens) > 2
            and clean(tokens[0]).lower() in SPEECH_VERBS
            and clean(tokens[1]).lower() not in PLACE_NOUNS
        )
        # "Ask Lind to help": a verb of saying in its bare form opens an
        # imperative, its object after it; no given name (s37-left3).
        or (len(tokens) == 2 and clean(tokens[0]).lower() in _BARE_SPEECH_VERBS)
        # "“…,” SAYS HALE.": in a post typed in capitals the inverted verb
        # and a surname run together; two words in capitals opening with a
        # verb of saying are that verb and its subject (s43-final-analyze2:
        # the capitals reading of s43-rtl showed "SAYS HALE" as the name).
        or (len(tokens) == 2 and run.isupper() and clean(tokens[0]).lower() in SPEECH_VERBS)
        # "Under Tom Hale, the port grew": a preposition opening the
        # sentence, not an office with it ("Under Secretary Ada Lind").
        or _preposition_first(tokens)
        or opens_with_according(tokens, clean(tokens[0]).lower())
    ):
        tokens.pop(0)
    # "Washington Post's Ishaan Tharoor": the name after its owner.
    tokens = tokens[after_possessive(tokens) :]
    if len(tokens) > 1 and _OWNED.search(tokens[-2]):
        return None  # "Stella's Cafe", "CIA's Benghazi": a thing someone owns
    for k in range(1, len(tokens)):
        word = clean(tokens[k])
        if (
            word.lower() in NOT_NAMES
            or word == "I"
            or (("'" in word or "\u2019" in word) and _CONTRACTION.search(word))
            or word.lower() in SPEECH_VERBS
        ):
            # "Meta This", "Simulators I've", a headline's "Obama Says
            # Museum Will Tell": the run ends
            tokens = tokens[:k]
            break
    run_end = tokens[-1] if tokens else ""
    titles, tokens = strip_titles(tokens)
    titled = len(tokens) == 1 and tokens[0] == run_end and _titled_surname(titles, tokens[0])
    if not titled and len(tokens) < 2:
        return None
    return tuple(titles), tuple(tokens), titled, the_first


_BARE_SPEECH_VERBS = (
    frozenset(w for w in SPEECH_VERBS if (w + "s" in SPEECH_VERBS or w + "es" in SPEECH_VERBS))
    - BODY_WORDS
    - words("state report point rule charge counter answer read go")
)
"""Verbs of saying in their bare form ("ask", "tell", "urge"): the form
that opens an imperative. Not a body's word that is one too ("Post"), nor
one a capitalised name opens as a noun ("State Department", "Point
Pleasant") or that is a surname too ("Read")."""


def _preposition_first(tokens: list[str]) -> bool:
    """Does a capitalised run open with a preposition (it opens a sentence:
    "Under Tom Hale", "Through Ada Lind") that makes no office with the word
    after it ("Under Secretary Ada Lind", "Under-Secretary" is one word)?"""
    return (
        len(tokens) > 1
        and clean(tokens[0]).lower() in ENGLISH_PREPOSITIONS
        and clean(tokens[1]).lower() not in TITLES
    )


_TITLE_OPENS = frozenset('"\u201c\u2018')
_TITLE_CLOSES = '"\u201d\u2019'


def _work_title(text: str, start: int, end: int) -> bool:
    """Does the capitalised run at ``start:end``, just after an opening quote
    mark, open a work's title: marked words that go on past the run, close
    within 80 characters and are written in title case (every word of four
    letters or more capitalised: "\u201cHarbour Lights for Beginners,\u201d")?
    A quotation naming someone has a lower-case word ("\u201cAda Lind is
    right\u201d"), a quoted name alone is no title."""
    stop = min(len(text), start + 80)
    close = min(
        (at for at in (text.find(c, end, stop) for c in _TITLE_CLOSES) if at >= 0), default=-1
    )
    if close < 0:
        return False
    rest = text[end:close].split()
    long_ = [clean(t) for t in rest if len(clean(t)) >= 4]
    return (
        any(t[:1].isalpha() for t in rest)
        and all(t[:1].isupper() for t in long_)
        and not any(t.endswith((".", "!", "?")) for t in rest[:-1])
    )


def _name_proper(people: People, name: str, title_line: Callable[[], bool]) -> str:
    """A run of three capitalised words or more without the words before the
    person's name: those up to the last the text also writes in lower case
    ("Year", "Between", "Winner": common words, no given name), and on a
    title-case line (a headline, a heading) all but the shortest tail the
    text writes again ("Bernie Sanders" when it does, else the last two
    words: a headline's capitals are no name's). The name kept opens with a
    capitalised word, never an initial or a particle ("Bill de Blasio",
    "Mark C. Thurber" stay whole); a run ending in a common word, or one
    the text writes again whole, is left whole."""
    tokens = name.split()
    if cyrillic(tokens[0]):
        # A Russian name is two words, or three with a patronymic: the
        # capitalised words before them are a noun or a body's acronym.
        return " ".join(tokens[russian_name_start(tokens) :])
    last = len(tokens) - 2

    def opens(k: int) -> bool:
        word = tokens[k]
        return (
            word[:1].isupper()
            and not is_initial(word)
            and word.lower().rstrip("-") not in NAME_CONNECTORS
        )

    cut = next(
        (
            k + 1
            for k in range(last - 1, -1, -1)  # (the last such word: asked from the end)
            if tokens[k][:1].isupper() and opens(k + 1) and people._lower(tokens[k])
        ),
        0,
    )
    if cut < last and title_line():
        keep = next(
            (
                k
                for k in range(cut, last)
                if opens(k) and people.count_in_text(" ".join(tokens[k:])) > 1
            ),
            last,
        )
        while keep > cut and not opens(keep):
            keep -= 1
        cut = keep
    if not cut or people._lower(tokens[-1]) or people.count_in_text(name) > 1:
        # "Black Lives Matter": no surname, or a fixed name written again
        # whole (asked last: most runs cut nothing).
        return name
    return " ".join(tokens[cut:])


@functools.lru_cache(maxsize=8192)
def _name_reading(tokens: tuple[str, ...]) -> tuple[str, str, str, bool] | None:
    """A name run's tokens read as a person's name: ``(name, its first word,
    its last word, whether it ends in a people's name)`` (the words
    lower-cased), or ``None`` for a date, a holiday or an organisation. A run
    ending in a people's name ("Muslim Americans", but "Mark Cuban") is a
    person only when :func:`_speaks_alone` says so."""
    words_ = [clean(t).lower() for t in tokens]
    if any(w in MONTHS_AND_DAYS or w in _HOLIDAYS for w in words_):
        return None
    name = " ".join(t if is_initial(t) else clean(t) for t in tokens)
    if looks_like_organisation(name):
        return None
    return name, words_[0], words_[-1], names_a_group(name)


def _speaks_alone(text: str, word: str) -> bool:
    """ "Mark Cuban ... Cuban said": does a singular people's name ending a
    run stand alone, outside a longer run and after no article, as the
    subject of a verb of saying? Only a surname is written so ("the
    Democrat said", "Iowa Democrat said", "Afro-Cuban said" are not)."""
    if word.endswith("s"):
        return False  # ("Muslim Americans", "Iowa Democrats": plural, a group)
    for at in word_starts(text, word, letters=_in_name):
        # (That a hyphen after the word rules it out too changes nothing:
        # no word of _NEXT_WORD opens with one.)
        following = _NEXT_WORD.match(text, at + len(word))
        if following is not None and following.group(1).lower() in SPEECH_VERBS:
            before = text[max(0, at - 24) : at].split()
            lead = before[-1] if before else ""
            if not lead[-1:].isalpha() or lead.lower() in _CLAUSE_LEADS:
                return True
    return False


def _in_name(c: str) -> bool:
    """A letter, a digit or a hyphen: a name standing alone has none beside
    it ("Afro-Cuban" is not "Cuban")."""
    return c.isalnum() or c == "-"


_CLAUSE_LEADS = words("and but while as that when because so")


_SECOND_PASS_TITLES = words("mr mr. mrs mrs. ms ms. dr dr. prof prof.")


def _titled_surname(titles: list[str], token: str) -> bool:
    """Is ``token``, left alone after ``titles``, a surname the office names
    ("Judge Berman", "Sen. Cruz")? Not after the honorifics the second pass
    of :func:`find_people` reads ("Mr. Hale"), nor a word that is no name."""
    if not titles or clean(titles[-1]).lower() in _SECOND_PASS_TITLES:
        return False
    word = clean(token)
    return (
        is_name_token(token)
        and word[:1].isupper()
        and word.lower() not in NOT_NAMES
        and word.lower() not in MONTHS_AND_DAYS
    )


ONE_NAME_PLAIN = (
    r"(?m)(?:^|(?<=[.!?\n\u2028])[ \u00a0]*)([A-Z][a-z]{2,})"
    r"(?=,[ \u00a0]+(?:(?:a|an)[ \u00a0]|who\b|\d{1,3},))"
)
"""A name opening a sentence, then a description set off by a comma: the
plain pattern, whose group 1 :func:`_one_names` finds (compiled by the
tests, which compare the two)."""
_ONE_NAME_AT = re.compile(r"[A-Z][a-z]{2,}(?=,[ \u00a0]+(?:(?:a|an)[ \u00a0]|who\b|\d{1,3},))")
"""ONE_NAME_PLAIN's group 1 alone, without its opening."""
_ONE_NAME_COMMA = re.compile(r",(?=[ \u00a0]+(?:(?:a|an)[ \u00a0]|who\b|\d{1,3},))")
"""The comma after which ONE_NAME_PLAIN's description, "who" or age follows:
a literal first character, which the engine finds at memchr speed."""
_SENTENCE_ENDS = ".!?\n\u2028"


def _one_names(text: str) -> Iterator[re.Match[str]]:
    """Where ONE_NAME_PLAIN finds its group 1 in ``text`` (as matches of
    ``_ONE_NAME_AT``), found faster: from each comma _ONE_NAME_COMMA finds,
    back over two or more lower-case letters to a capital, which must open
    the text or follow a sentence's end and any spaces (the plain pattern's
    opening). Every match ends at such a comma, at most one at each."""
    for comma in _ONE_NAME_COMMA.finditer(text):
        end = i = comma.start()
        while i and "a" <= text[i - 1] <= "z":
            i -= 1
        if end - i < 2 or not i or not "A" <= text[i - 1] <= "Z":
            continue
        start = j = i - 1
        while j and text[j - 1] in " \u00a0":
            j -= 1
        if start == 0 or (j and text[j - 1] in _SENTENCE_ENDS):
            name = _ONE_NAME_AT.match(text, start)
            if name is not None:  # (always: the letters and the comma were checked)
                yield name


def _one_name_described(people: People, text: str, quoted: Sequence[tuple[int, int]]) -> None:
    """ "Yuni, a resident of Lampung, was watching television when she
    heard": a sentence opened by one capitalised name and a description
    (or a who-clause, or an age) set off by commas, then a verb, names a
    person (by one name, as many people are)."""
    starts = [q[0] for q in quoted]
    for m in _one_names(text):
        name = m.group()
        lowered = name.lower()
        if lowered in NOT_NAMES or lowered in MONTHS_AND_DAYS:
            continue
        if _in_quoted(quoted, starts, m.start()):
            continue
        if looks_like_organisation(name) or names_a_group(name):
            continue
        if _apposition_then_verb(text, m.end()):
            # ("Espinos, the founder of ..., said": a surname seen in full.)
            people.add(m.start(), people.full(name))


_SAID_VERBS = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
ONE_NAME_SAID_PLAIN = (
    rf"(?<![\w.\u2019'&-])([A-Z][a-z]{{2,}})[ \u00a0]+(?:{_SAID_VERBS})\b(?![\u2019'-])"
)
"""One capitalised name, then a verb of saying: the plain pattern (compiled
by the tests only; its long choice of verbs costs a start-up to compile)."""
_ONE_NAME_SAID_AFTER_FIRST = (
    rf"(?<=[A-Z])(?<!&.)[a-z]{{2,}}()[ \u00a0]+(?:{word_choice(SPEECH_VERBS)})\b(?![\u2019'-])"
)
"""ONE_NAME_SAID_PLAIN once the name's capital is taken and
:data:`~quotemark.library.analyze.names.WORD_OPENS` tested (with "&" the one
character more its look-behind refuses), the verbs grouped by first letter;
the empty group marks the name's end."""


_CAPITAL_SCAN = re.compile(
    person_run_firsts(())
    + WORD_OPENS
    + rf"(?:(?={person_run_after_first(())}())|{_ONE_NAME_SAID_AFTER_FIRST})"
)
"""At each capital that opens a word: a person run (without the particles
a text may open one with), only looked at, its end in group 1; or else one
name and a verb of saying, taken, the name's end in group 2."""


@functools.cache
def _wide_run_scan() -> re.Pattern[str]:
    """_CAPITAL_SCAN's person runs alone, for a text that writes a capital
    past A-Z (``wide_capitals``): its runs may open with "Игорь", "Νίκος",
    "Łukasz" (stop 42). Compiled the first time such a text is read (~2 ms).
    The name and its verb of saying are found by :data:`_CAPITAL_SCAN`
    itself: the one scan for both, spelled wide, cost 90.8 M instructions to
    compile, nearly all of it the verbs (s45-speed3)."""
    return re.compile(
        person_run_firsts((), wide=True)
        + WORD_OPENS
        + rf"(?={person_run_after_first((), wide=True)}())"
    )


_scanned: tuple[str, list[tuple[int, int]], list[tuple[int, int]]] = ("", [], [])


def forget_scan() -> None:
    """Let go of the last text's :func:`_capital_scan` answer (the text and
    two lists of spans, as large again as the text: held through the
    attribution, the analysis's peak, and on until the next post's; s40-memory2).
    :func:`find_people` read all of it. And of :func:`german_text`'s."""
    global _scanned, _german_seen
    _scanned = ("", [], [])
    _german_seen = ("", False)


def runs_and_said(
    matches: Iterable[re.Match[str]],
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The person runs (start, end) and the names before a verb of saying
    (start, name end) among one scan's matches (:data:`_CAPITAL_SCAN`'s),
    a run dropped when it starts before the last one's end."""
    runs: list[tuple[int, int]] = []
    said: list[tuple[int, int]] = []
    run_end = 0
    for m in matches:
        end = m.end(1)
        if end < 0:
            said.append((m.start(), m.end(2)))
        elif m.start() >= run_end:
            runs.append((m.start(), end))
            run_end = end
    return runs, said


def _capital_scan(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans of ``person_runs(text)``, and the (start, name end) of each
    match of ONE_NAME_SAID_PLAIN in ``text``, found in one scan (stop 34).

    Both patterns open with a capital (or a particle's first letter) that
    opens a word, so the regex engine skipped through the text to each
    capital twice, which cost more than their work there. One pattern now
    tries both at each: the person run inside a look-ahead, so that a run's
    inner capitals are still tried ("Anna Lund said": "Lund said"), each
    run that starts before the last one's end is dropped as ``finditer``
    never tried it; the name and its verb taken as a match, since no
    capital and no particle written with its hyphen lies inside one. The two
    never match at one place: a person run's second word is a capital or a
    particle, a verb of saying is neither. A text that writes a particle
    before a capital ("al-Assad") has its runs found apart. The answer for
    the last text is kept: :func:`find_people` reads the runs,
    :func:`_one_name_speaking` the names."""
    global _scanned
    seen = _scanned
    if seen[0] is text:
        return seen[1], seen[2]
    runs: list[tuple[int, int]] = []
    said: list[tuple[int, int]] = []
    run_end = 0
    if wide_capitals(text):
        # (The wide runs apart: every capital a run may open with tried. A
        # name and its verb count where no wide run opens: at such a place
        # no narrow run opens either, each narrow run being a wide one, so
        # _CAPITAL_SCAN tried the name there just as the one wide scan
        # would; and no capital lies inside a name and its verb, so neither
        # scan passed over a place the other tried.)
        opens: set[int] = set()
        for m in _wide_run_scan().finditer(text):
            opens.add(m.start())
            if m.start() >= run_end:
                runs.append((m.start(), m.end(1)))
                run_end = m.end(1)
        for m in _CAPITAL_SCAN.finditer(text):
            if m.end(1) < 0 and m.start() not in opens:
                said.append((m.start(), m.end(2)))
    else:
        runs, said = runs_and_said(_CAPITAL_SCAN.finditer(text))
    particles = particles_before_capital(text)
    if particles:
        # (A run may open with "al-" and the like: the pattern for the text's
        # particles, as person_runs reads it, compiled once for each set; the
        # names before a verb of saying are the same, no such name or verb
        # being a particle.)
        runs = [m.span() for m in person_runs(text)]
    _scanned = (text, runs, said)
    return runs, said


_SPEAKING_TWICE = 2
_BELIEF_VERBS = words("believe believes believed think thinks thought feel feels felt")
_IRREGULAR_PAST = words("said told wrote thought felt went read")


def _one_name_speaking(
    people: People, text: str, quoted: Sequence[tuple[int, int]]
) -> list[tuple[int, str]]:
    """ "Melanie said", again and again: someone the article names by one
    name only (a voter, a neighbour) who speaks at least twice is a person
    in the narrative. A name that speaks once is as likely a capital or a
    company ("Moscow said", "Gallup said"). Returns where each speech ends,
    with the name, as :func:`find_people` notes its speakers."""
    starts = [q[0] for q in quoted]
    seen: dict[str, list[int]] = {}
    spoke: list[tuple[int, str]] = []
    for start, name_end in _capital_scan(text)[1]:
        name = text[start:name_end]
        lowered = name.lower()
        if lowered in NOT_NAMES or lowered in MONTHS_AND_DAYS or lowered in people.by_surname:
            continue
        before = text[max(0, start - 24) : start].split()
        if before and clean(before[-1])[:1].isupper() and not before[-1].endswith((".", ":")):
            continue  # the end of a longer run, counted with it
        if _in_quoted(quoted, starts, start):
            continue
        seen.setdefault(name, []).append(start)
    for name, places in seen.items():
        full = people.by_first.get(name.lower())
        if full:
            # "Nora Vale, aged 11, ... Nora said she wrote it": the one
            # person seen with that given name, the subject of her sentence
            # (a later "she said" may mean her), however often she speaks.
            for at in places:
                if opens_sentence(text, at):
                    people.add(at, full)
            continue
        if len(places) < _SPEAKING_TWICE:
            continue
        if classify(name) is not None or looks_like_organisation(name) or names_a_group(name):
            continue
        for at in places:
            people.add(at, name)
            spoke.append((at + len(name), name))
    return spoke


_ONE_NAME_OPENS = re.compile(
    rf"^[ \u00a0]*([A-Z][a-z]*[A-Z]?[a-z]{{2,}})[ \u00a0]+{ADVERB_GAP}"
    rf"({word_choice(SPEECH_VERBS | _BELIEF_VERBS)})\b(?![\u2019'-])",
    re.MULTILINE,
)
"""One capitalised name opening a paragraph, then a verb of saying or of
belief ("McLenney said", "Wines believes"). (Not any sentence: "Tomas Berg
closed the pier. Lund said ..." may be the town council, a team test.)"""
_ONE_NAME_AFTER_BREAK = re.compile("\n" + _ONE_NAME_OPENS.pattern.removeprefix("^"))
"""_ONE_NAME_OPENS after the line break that its ``^`` stands for: led by that
literal character, which the engine skips to, instead of trying ``^`` at
every position of the text."""


def _one_name_openings(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_ONE_NAME_OPENS.finditer(text)``, found in a third of
    the time: at the text's start, and after each line break that
    _ONE_NAME_AFTER_BREAK finds before one (``^`` in MULTILINE follows only
    "\\n"). A match never reaches the line's end, so none overlaps the
    next line's."""
    m = _ONE_NAME_OPENS.match(text)
    if m is not None:
        yield m
    for lead in _ONE_NAME_AFTER_BREAK.finditer(text):
        m = _ONE_NAME_OPENS.match(text, lead.start() + 1)
        if m is not None:  # (always: the same pattern after the same break)
            yield m


def _one_name_then_pronoun(
    people: People, text: str, quoted: Sequence[tuple[int, int]]
) -> list[tuple[int, str]]:
    """ "McLenney said Clinton doesn't ... / “…,” she said.": one name that
    speaks once, opening its paragraph, is a person when the first gendered
    pronoun after it (outside quotations, before anyone else is named as a
    subject, within the next paragraph) attributes speech; a capital or a
    company ("Moscow said", "Gallup said") goes on as "it". Returns where
    each such speech ends, with the name, as :func:`_one_name_speaking`."""
    starts = [q[0] for q in quoted]
    spoke: list[tuple[int, str]] = []
    for m in _one_name_openings(text):
        name = m.group(1)
        lowered = name.lower()
        if lowered in NOT_NAMES or lowered in MONTHS_AND_DAYS or lowered in people.by_surname:
            continue
        if not m.group(2).endswith(("s", "ed")) and m.group(2) not in _IRREGULAR_PAST:
            continue  # "Just ask him": no subject takes the bare verb
        if name in people.names or people.by_first.get(lowered):
            continue
        if _in_quoted(quoted, starts, m.start()):
            continue
        if classify(name) is not None or looks_like_organisation(name) or names_a_group(name):
            continue
        if _pronoun_speaks_next(people, text, starts, quoted, m.end()):
            people.add(m.start(1), name)
            spoke.append((m.end(1), name))
    return spoke


def _pronoun_speaks_next(
    people: People,
    text: str,
    starts: list[int],
    quoted: Sequence[tuple[int, int]],
    end: int,
) -> str | None:
    """The first gendered pronoun after ``end`` (outside quotations, before
    the next subject named, within the next paragraph) when it is the
    subject of a verb of saying ("she said"), else ``None``."""
    limit = _reach_after_speech(people, text, end)
    sentence = _SENTENCE_END.search(text, end, max(end, limit))
    if sentence is None:
        return None
    # (Its own sentence's pronouns are someone else's: "McLenney said
    # Clinton doesn't show consistency in her concern".)
    return _first_pronoun_speaking(text, starts, quoted, sentence.end(), max(end, limit))


def _reach_after_speech(people: People, text: str, end: int) -> int:
    """How far after a person's speech ending at ``end`` a pronoun may still
    mean them: ``_AFTER_SPEECH`` characters, but not past the next subject
    named or the end of the next paragraph."""
    i = bisect.bisect_right(people.positions, end)
    limit = end + _AFTER_SPEECH
    if i < len(people.positions):
        limit = min(limit, people.positions[i])
    first = text.find("\n", end, limit)
    second = text.find("\n", first + 1, limit) if first >= 0 else -1
    if second >= 0:
        limit = second  # no further than the next paragraph
    return limit


def _first_pronoun_speaking(
    text: str, starts: list[int], quoted: Sequence[tuple[int, int]], lo: int, hi: int
) -> str | None:
    """The first gendered pronoun in ``text[lo:hi]`` outside quotations,
    lower-cased, when it is the subject of a verb of saying ("she said");
    ``None`` when that first pronoun is anything else, or there is none."""
    for m in _GENDERED.finditer(text, lo, hi):
        if _in_quoted(quoted, starts, m.start()):
            continue  # the speaker's own words
        for said in SPEECH_PRONOUN.finditer(text, max(0, m.start() - 20), m.end() + 40):
            if said.start(said.lastindex or 0) == m.start():
                return m.group().lower()
        return None
    return None


_SENTENCE_END = re.compile(r"[.!?](?=[\s\u201c\u201d\"]|$)|[\n\u2028]")


_APPOSITION = re.compile(
    r",[^.;:!?\n\u2028\"\u201c\u201d,]{1,120}(?:,[^.;:!?\n\u2028\"\u201c\u201d,]{1,80})?"
    r",\s+(?:[a-z]+ly\s+)?([a-z]+(?:['\u2019]t\b)?)\b"
)

_NICKNAMED_APPOSITION = re.compile(
    r",(?:[^.;:!?\n\u2028\"\u201c\u201d,]"
    r"|(?<=named )\u201c[^.;:!?\n\u2028\u201c\u201d,]{1,30}\u201d){1,120}"
    r"(?:,[^.;:!?\n\u2028\"\u201c\u201d,]{1,80})?"
    r",\s+(?:[a-z]+ly\s+)?([a-z]+(?:['\u2019]t\b)?)\b"
)
""":data:`_APPOSITION` whose first part may hold a nickname in marks after
"nicknamed" ("Fell, a 19-year-old nicknamed “Bambi” by his teammates,
said"): the marks hold no quotation the apposition would run across."""


def _apposition(text: str, start: int, stop: int) -> re.Match[str] | None:
    """:data:`_APPOSITION` matched at ``start`` (up to ``stop``), else the
    same with a nickname in it (:data:`_NICKNAMED_APPOSITION`), tried only
    when "named “" is in the window: it costs three times as much, so not
    at every name."""
    if not text.startswith(",", start):
        return None  # (both patterns open with the comma: most names have none)
    m = _APPOSITION.match(text, start, stop)
    if m is None and text.find("named \u201c", start, stop) >= 0:
        return _NICKNAMED_APPOSITION.match(text, start, stop)
    return m


def _said_by_subject(text: str, name_at: int) -> bool:
    """Has the verb of saying right before the name at ``name_at`` a word
    before it, its subject ("Hale said Lind, who runs the board, was
    wrong": Lind is what was said), not a comma, a quotation mark or a
    line's start ("And the pier, said Lind, is", "“…,” said Lind, who")?
    (Review of stop 33.)"""
    verb = _INVERTED.search(text, max(0, name_at - 16), name_at)
    if verb is None:
        return False
    k = verb.start()
    while k > 0 and text[k - 1] in " \t\u00a0":
        k -= 1
    return k > 0 and text[k - 1].isalnum()


_INVERTED = re.compile(
    r"\b(?:said|says|added|adds|explained|explains|noted|notes|wrote|writes|argued|argues"
    r"|recalled|recalls|continued|agreed|agrees|insisted|insists)\s+$"
)
"""A name right after an intransitive verb of saying is an inverted subject
("..., said Alan Abramowitz, a demographer"): the person who spoke, whom a
later "he said" may mean. ("told"/"asked" take an object, so not those.)"""


_OFFICE_WORDS = "|".join(
    sorted((t for t in TITLES if len(t) > 4 and "." not in t), key=len, reverse=True)
)
_DESCRIBED = re.compile(
    r"(?:,|[ \u00a0]+[\u2014\u2013])[ \u00a0]+"
    r"(?:who(?![ \u00a0]+(?:are|were|have|he|she|they)\b)|whose)\b"
    r"|,[ \u00a0]+\d{1,3}[,.]"
    rf"|,[ \u00a0]+(?:(?:the|a|an)[ \u00a0]+)?(?:[a-z][\w-]*[ \u00a0]+){{0,2}}?"
    rf"(?:{_OFFICE_WORDS})[ \u00a0]+(?:of|for|at|with)\b"
)
"""A name the narrative goes on to describe: a who-clause (not a plural one,
"rivals Ada Lind and Dean Holm, who are tied") or an age after
its comma ("Alfonso Espinos, who was born", "Babatunji Farinloye, 50."), or
a who-clause set off by a dash ("for Espinos — whose store carries").
Not a who-clause with a third person's pronoun for its subject ("Tom Hale,
who she called a “bully”"): the name is its object, and its pronoun someone
else (stop 45). ("Ada Lind, who I know from the sailing club": the writer's
"I" is no rival, and the name stays in focus.)"""

_SPACE_OR_DASH = frozenset(" \u00a0\u2014\u2013")


def _described_at(text: str, pos: int) -> bool:
    """``_DESCRIBED.match(text, pos) is not None``, asked of the engine only
    when ``pos`` holds a comma, or a space with a space or a dash after it:
    every match opens so, and most names are followed by one space and a
    word (stop 49, s49-regex)."""
    c = text[pos : pos + 1]
    if c != "," and (c not in (" ", "\u00a0") or text[pos + 1 : pos + 2] not in _SPACE_OR_DASH):
        return False
    return _DESCRIBED.match(text, pos) is not None


_PLACE_OF_UNNAMED = re.compile(
    r"(?:^|[.!?:;][ \u00a0]+|\n)(?:[A-Z][\w-]*(?:[ \u00a0]+[\w-]+){0,3},[ \u00a0]+)?"
    r"(?:[Aa]n?|One|Another)(?:[ \u00a0]+[a-z0-9][\w-]*){1,4}"
    r"[ \u00a0]+(?:from|in|at|near)[ \u00a0]+(?:the[ \u00a0]+)?$"
)
"""An unnamed person brought in as a sentence's subject and where they
are from, up to a name ("A 34-year-old teacher from ", "Outside court, a
man from "): read by :func:`_place_of_unnamed`."""


def _place_of_unnamed(text: str, start: int) -> bool:
    """ "A 34-year-old teacher from Kerrow, whose name we withheld, told us
    that ...": is the name at ``start`` the place an indefinite subject
    comes from? The who-clause after it then describes that person, not
    the place, and the name is no one in focus (s44-left5: a later bare
    quotation went to the place)."""
    if _word_before(text, start).lower() not in _PLACE_PREPOSITIONS:
        return False  # (the cheap pre-test; the search runs rarely)
    return _PLACE_OF_UNNAMED.search(text[max(0, start - 100) : start]) is not None


_PLACE_PREPOSITIONS = frozenset({"from", "in", "at", "near", "the"})
_INVERTED_DESCRIBED = re.compile(
    r"\b(?:said|says|added|adds|explained|explains|noted|notes|wrote|writes|argued|argues"
    r"|recalled|recalls|continued|agreed|agrees|insisted|insists)"
    r"(?:\s+(?!(?:that|it|he|she|they|we|to|in|on|at|for|of|with|and|but|when|if|as)\b)"
    r"(?:[a-z][a-z\u2019'-]*|\d+-year-old|[A-Z][A-Za-z]+)){1,3}\s+$"
)
"""An inverted subject after its description ("insists 16-year-old Xander
Wise", "says MaRS director Adam Jagelewski"): the person who spoke."""


_TO_VIEW = re.compile(
    r"(?:^|[.!?][\u201d\u2019\"']?[ \u00a0]+|[\n\u2028][ \u00a0]*)To[ \u00a0]+"
    r"[^,.;:!?\n\u2028\"\u201c\u201d]{0,90}$"
)
"""A sentence opened by "To" and a name, then a comma, gives that person's
view ("To political science professor Brigid Harrison, Christie's stare
seemed to reflect sadness. “…,” she said"): a later "she said" may mean them."""
_INVERTED_COPULA = re.compile(r",[ \u00a0]+(?:is|was)[ \u00a0]+$")
"""A name after a comma and "is"/"was", set off by a comma of its own, is
the subject of an inverted sentence ("Across town, shouting from the
rooftops, is Ben Ross, a deckhand"): a later "he said" may mean them."""
_ACCORDING = re.compile(r"\b[Aa]ccording to\b[^,.;:!?\n\u2028\"\u201c\u201d]{0,60}$")
"""A name "according to" introduces is a source speaking ("according to
former governor David Dodge"): a later "he said" may mean them."""


def _set_off_then_verb(text: str, start: int, end: int) -> bool:
    """ "Director of security at Symantec, Kevin Haley, agreed": a name set
    off by commas right before a verb of saying is the sentence's subject;
    so is one before any verb after a description opening its sentence
    ("The board's chairman, Tom Hale, favoured option three.", s41-rev2),
    and one before any verb in French, Italian, Portuguese or Polish text
    (:func:`.press_languages.press_finite`)."""
    if text[max(0, start - 2) : start].strip() != ",":
        return False
    m = _COMMA_WORD.match(text, end, end + 24)
    if m is None:
        return False
    return (
        m.group(1) in SPEECH_VERBS
        or (
            (_verb_follows(m.group(1)) or _spanish_preterite(m.group(1)))
            and (
                _OPENING_DESCRIPTION.search(text, max(0, start - 48), start) is not None
                or _RELATIVE_DESCRIPTION.search(text, max(0, start - 48), start) is not None
                or _FRONTED_DESCRIPTION.search(text, max(0, start - 80), start) is not None
            )
        )
        # "La directrice, Sophie Garnier, a prévu", "L'assessora ai lavori,
        # Chiara Moretti, ammette": in French, Italian, Portuguese and Polish
        # text the verb after the set-off name is the sentence's (stop 43).
        or press_finite(m.group(1), text)
    )


_COUNTED_DESCRIPTION = re.compile(
    r"(?:^|[.!?][\u201d\"]?[ \u00a0]+|\n)(?:One|Another|A|An)"
    r"(?:[ \u00a0]+[a-z][\w-]*){1,4},"
    r"(?:[ \u00a0]+[A-Za-z][\w.&-]*){0,5}[ \u00a0]$"
)
"""A sentence opened by one of a kind ("One councillor, ", "Another harbour
pilot, "), perhaps with the person's office after the comma ("One
councillor, Harbour Board chairwoman "), ending right before a name
(:func:`_counted_then_name`)."""


_COUNTED_NAME_END = re.compile(
    r"(?:[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w.&\u2019'-]*"
    r"(?:[ \u00a0]+(?:(?:of|for|on|and|the|&)[ \u00a0]+)*[A-Z][\w.&\u2019'-]*){0,7})?"
    r"(?:,[ \u00a0]+\d{1,3})?,[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?([a-z]+)\b"
    r"(?![ \u00a0]+nothing\b)"
)
"""After a name, perhaps its "of" and where the person works ("of Kerrow
University") and an age (", 35"), the comma closing the apposition and the
word after it; not a verb of saying with "nothing" for its object ("said
nothing": no one to give the next "he said" to; s48-final-analyze)."""


def _counted_then_name(text: str, start: int, end: int) -> bool:
    """ "One councillor, Harbour Board chairwoman Mary Dunn, gave her vote",
    "Another pilot, Tom Hale of Kerrow University, said": a name set in
    apposition to a description of one of a kind opening its sentence, its
    apposition closed by a comma and a verb, is the sentence's subject (stop
    48; written from PolNeAR train's tune half, where a "she said" after
    such a sentence went to a person named before it)."""
    if text[start - 1 : start] not in (" ", "\u00a0"):
        return False
    m = _COUNTED_NAME_END.match(text, end, end + 120)
    if m is None or m.group(1) not in SPEECH_VERBS:
        return False
    return _COUNTED_DESCRIPTION.search(text, max(0, start - 90), start) is not None


def _turkish_subject(text: str, end: int) -> bool:
    """Is a name with no case ending that ends at ``end`` in Turkish text
    followed by a comma or a word in lower case ("Hale yine de …", "Kaya
    perşembe günü adaya gidecek.")? Turkish sets its verb last and marks
    every object's case on the name: a bare name before the rest of the
    clause is its subject (stop 44)."""
    nxt = text[end : end + 2]
    return nxt == ", " or (nxt[:1] == " " and nxt[1:].islower())


def _spanish_preterite(word: str) -> bool:
    """Is ``word`` a Spanish verb in the preterite's third person ("defendió",
    "presentó")? No English word ends in "-ó". Read only after a name set off
    by commas after a description ("La alcaldesa de Puerto Llano, Ada Lind,
    presentó": stop 42); as any name's verb it made "Tom Hale leyó «…»" a
    title's reader who speaks it."""
    return len(word) > 3 and word.endswith("\u00f3")


_FRONTED_DESCRIPTION = re.compile(
    r"(?:^|[.!?][\u201d\"]?[ \u00a0]+|\n)(?:\d{1,3}(?:\.\d{1,3}){0,2}[ \u00a0]+)?"
    r"(?:(?:A|An)|(?:In|At|On|During|After|Before|Under)(?:[ \u00a0]+[\w-]+){1,3},?[ \u00a0]+"
    r"(?:the|a|an|[A-Z][\w-]*['\u2019]s))"
    r"(?:[ \u00a0]+[\w-]+(?:['\u2019]s)?){1,4},[ \u00a0]?$"
)
"""A description opening the sentence as :data:`_OPENING_DESCRIPTION` does,
with an indefinite article ("A shopper, ") or after a fronted phrase of
time or place ("In oral evidence the council's chief executive, ",
"After the hearing, the club's captain, "), perhaps after a report's
paragraph number ("4.13 In oral evidence the ..."), ending right before a name set
off by commas: the name is the sentence's subject when a verb follows it
("A shopper, Ada Lind, was walking to her car. “…,” she said"; stop 47).
Not read for :func:`opening_description`, whose office a later "the mayor
said" is matched against."""

_RELATIVE_DESCRIPTION = re.compile(
    r"\b(?:one|that|which)[ \u00a0]+the(?:[ \u00a0]+[\w-]+(?:['\u2019]s)?){1,4},[ \u00a0]?$"
)
"""A relative clause opened by a described office, ending right before a
name set off after it ("is the one the board's chairman, ", "the plan that
the harbour master, "): the name is the clause's subject as it is the
sentence's after :data:`_OPENING_DESCRIPTION` (not "Since the board's
chairman, ": a subordinate clause's)."""


def opening_description(text: str, at: int) -> str | None:
    """The described office opening the sentence right before a name at
    ``at`` and set off by its comma ("The harbour master" before "Ada Lind,
    spoke first"), else ``None``."""
    m = _OPENING_DESCRIPTION.search(text, max(0, at - 48), at)
    if m is None:
        return None
    return m.group(0).lstrip('.!?\u201d" \u00a0\n').rstrip(", \u00a0")


_OPENING_DESCRIPTION = re.compile(
    r"(?:^|[.!?][\u201d\"]?[ \u00a0]+|\n)(?:The|Its|Their|El|La|[A-Z][\w-]*['\u2019]s)"
    r"(?:[ \u00a0]+[\w-]+(?:['\u2019]s)?){1,4},[ \u00a0]?$"
)
"""A sentence opened by a described office ("The board's chairman, ", "Its
new skipper, ", "Harbour Wire's editor, ", the Spanish "La alcaldesa de
Puerto Llano, ": stop 42), ending right before a name.
(Not "His"/"Her": :func:`_kin_set_off_then_verb` reads those.)"""


_KIN_NOUNS = "(wife|husband|son|daughter|brother|sister|mother|father|widow)"
"""The kin nouns a possessive sets before a name ("his wife, Ada Hale"), as a
group of a pattern."""
_POSSESSED_OPENING = re.compile(
    r"(?:^|[.!?][\u201d\"]?[ \u00a0]+|\n)(His|Her|Their|Its|Our|My)[ \u00a0]+"
    r"(?:[a-z][\w-]*[ \u00a0]+){0,2}[a-z][\w-]*,[ \u00a0]?$"
)
"""A sentence opened by a possessive and a noun set off by its comma, a
kin noun or any other ("His wife, ", "Her deckhand, ", "Their new skipper, "),
ending right before a name."""


def possessed_by(text: str, at: int) -> Gender | None:
    """The gender of the possessive opening the sentence before a name at
    ``at`` set off by commas ("Her aide, Tom Reyes, disagreed" -> "f"): a
    "she said" after it more likely means the one "her" means than the aide.
    ``None`` when no such opening stands there."""
    m = _POSSESSED_OPENING.search(text, max(0, at - 48), at)
    return of_pronoun(m.group(1).lower()) if m is not None else None


def _kin_set_off_then_verb(text: str, start: int, end: int) -> bool:
    """ "Tom Hale spoke. His wife, Ada Hale, runs the ferry.", "Her deckhand,
    Ben Ross, has sailed": a name set off by commas after the possessive
    description opening its sentence, then a verb, is the sentence's
    subject, the one a "she said" after it means (s37-left2; any noun from
    s40-pron2)."""
    if text[max(0, start - 2) : start].strip() != ",":
        return False
    if _POSSESSED_OPENING.search(text, max(0, start - 48), start) is None:
        return False
    m = _COMMA_WORD.match(text, end, end + 24)
    return m is not None and _verb_follows(m.group(1))


_OF_BODY = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w.&\u2019'-]*"
    r"(?:[ \u00a0]+(?:(?:of|for|on|and|the|&)[ \u00a0]+)*[A-Z][\w.&\u2019'-]*){0,7}"
    r"[ \u00a0]+([a-z]+)\b"
)
"""A name's "of" and the capitalised name of where the person works or comes
from ("of the James Martin Center for Nonproliferation Studies"), then the
word after it."""


def _of_body_then_verb(text: str, end: int) -> bool:
    """ "Jeffrey Lewis of the James Martin Center for Nonproliferation
    Studies wrote", "Archbishop Aris Shirvanian of the Armenian Patriarchate
    of Jerusalem told": a name whose of-phrase is followed by its verb is
    the sentence's subject."""
    m = _OF_BODY.match(text, end, end + 160)
    return m is not None and _verb_follows(m.group(1))


_WHO_VERB = re.compile(r"[ \u00a0]+who[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?([a-z]+)\b")


def _who_speaks(text: str, end: int) -> bool:
    """ "this tweet from Ada Lind who tweeted": after a preposition, a name
    whose who-clause says something keeps the focus; "a supporter of Tom Hale
    who lives in Leeds" describes an object."""
    m = _WHO_VERB.match(text, end, end + 40)
    return m is None or m.group(1) in SPEECH_VERBS


_DASHED_APPOSITION = re.compile(
    r"(?:[ \u00a0]+--[ \u00a0]+|[ \u00a0]?[\u2014\u2013][ \u00a0]?)"
    r"[^\u2014\u2013\n\u2028\"\u201c\u201d]{1,200}?"
    r"(?:[ \u00a0]+--[ \u00a0]+|[ \u00a0]?[\u2014\u2013][ \u00a0]?)"
    r"(?:[a-z]+ly[ \u00a0]+)?([a-z]+(?:['\u2019]t\b)?)\b"
)
"""An apposition set off by a pair of dashes, then the word after it."""


def _dashed_apposition_then_verb(text: str, end: int) -> bool:
    """ "Ada Lind -- author of a survey of the port, which ... -- is
    skeptical": a name whose apposition between dashes is followed by its
    verb is the sentence's subject."""
    if not text.startswith((" --", "\u2014", "\u2013", " \u2014", " \u2013"), end):
        return False
    m = _DASHED_APPOSITION.match(text, end, end + 260)
    return m is not None and _verb_follows(m.group(1))


_DESCRIPTION_OPENS = re.compile(
    r",[ \u00a0]+(?:the|a|an|his|her|their|its|[A-Z][\w.&-]*(?:['\u2019]s|s['\u2019]))[ \u00a0]"
)


_WORD_BEFORE_SURNAME = re.compile(r"(?<![\w\u2019'.-])([A-Z][\w\u2019'-]*)[ \u00a0]+$")


def _another_first_name(text: str, start: int, full: str) -> bool:
    """Does a capitalised word right before the surname at ``start`` make it
    another person's name ("Tom Hale" where ``full``, the first full name
    seen with that surname, is "Bill Hale")? Not a word of ``full`` itself
    ("Enrique Peña Nieto" ... "Peña Nieto"), nor a word that opens a
    sentence or a title ("But Hale", "Captain Hale"); an initial ("Donald
    J. Trump") is no such word (stop 36). Nor is a word that cannot be a
    first name (review of stop 36): a possessive ("Nevada’s Hale"), a
    hyphenated word with a lower-case part ("President-elect Hale"), a
    party ("Republican Hale"), a word that states a sex ("Uncle Hale") or a
    preposition ("Since Hale")."""
    m = _WORD_BEFORE_SURNAME.search(text, max(0, start - 30), start)
    if m is None:
        return False
    word = m.group(1)
    lowered = word.lower()
    if lowered in NOT_NAMES or lowered in TITLES or not _may_be_first_name(word):
        return False
    return lowered not in full.lower().split()


def _may_be_first_name(word: str) -> bool:
    """Can the capitalised ``word`` be a first name, as far as the closed
    word sets tell? (See :func:`_another_first_name`.)"""
    lowered = word.lower()
    if lowered.endswith(("'s", "\u2019s", "s'", "s\u2019")):
        return False  # a possessive
    if "-" in word and any(part[:1].islower() for part in word.split("-")):
        return False  # "President-elect", "Miami-based"
    return (
        lowered not in _AFFILIATION_END
        and lowered not in ENGLISH_PREPOSITIONS
        and of_word(lowered) is None
    )


def _described_then_saying(text: str, start: int, end: int) -> bool:
    """ "Hale, the owner of the ferry line, said that ...": a bare surname
    (of a person named in full before) with a description set off by
    commas, then a verb of saying, is that verb's subject, as the full name
    would be (stop 36). Only a description that opens with a determiner or
    a possessive ("the owner", "a pilot", "the board's chair"), so an aside
    ("Hale, however, said") is not one, and only before a verb of saying
    (stop 32: with any verb, "Bush, however, interjected" cost more than
    it gained); not as a preposition's object."""
    if not text.startswith(",", end) or _DESCRIPTION_OPENS.match(text, end) is None:
        return False
    m = _apposition(text, end, end + 240)
    said = _verb_after_apposition(text, end, m, _saying)
    return said and not _after_preposition(text, start) and _opens_clause(text, start)


_ASKED_ASIDE = re.compile(
    r",[ \u00a0]+(?:asked|pressed|questioned)[ \u00a0][^,.;:!?\"\u201c\u201d]{1,120},"
    r"[ \u00a0]+([a-z]+)\b"
)
"""An aside saying what a name was asked, set off by commas, and the word
after it ("Hale, pressed on whether the board would apologise, paused")."""


def _asked_aside_then_verb(text: str, start: int, end: int) -> bool:
    """ "Hale, pressed on whether the board would apologise, paused before
    answering": a bare surname, an aside saying what it was asked (the
    occasion of an answer, never who the name is; s40-asked reads it before
    a verb of saying), then any verb: the sentence's subject, whom a "he
    said" after it means (s41-rev2). Not as a preposition's object."""
    if not text.startswith(", ", end):
        return False  # (the cheap test first)
    m = _ASKED_ASIDE.match(text, end, end + 160)
    return (
        m is not None
        and _verb_follows(m.group(1))
        and not _after_preposition(text, start)
        and _opens_clause(text, start)
    )


_CLAUSE_JOINS = words("and but or yet so then when while as after before since once where")
"""Lower-case words after which a name can open a clause ("Lind left when
Hale, the owner, said")."""


def _opens_clause(text: str, start: int) -> bool:
    """Can the name at ``start`` open its clause: no lower-case word right
    before it, or one that joins a clause (:data:`_CLAUSE_JOINS`)? Not after
    a verb ("Lind fired Hale, the owner, saying ...", "the board replaced
    Hale, the owner, said the clerk") or "not" ("Lind, not Hale, the owner,
    said"): the name is no subject there (review of stop 36)."""
    word = _word_before(text, start)
    return not word.islower() or word in _CLAUSE_JOINS


def _saying(word: str) -> bool:
    return word in SPEECH_VERBS


def _titled_apposition(text: str, start: int, end: int) -> bool:
    """ "Representative Hale, who chairs the board, doesn't mince words": a
    titled name whose apposition is followed by its verb is the sentence's
    subject, unless a preposition makes it an object ("a deal with
    drugmaker Harbourline, which would ..., sparked")."""
    return (
        _apposition_then_verb(text, end) or _dashed_apposition_then_verb(text, end)
    ) and not _after_preposition(text, start)


_WHO_SAID = re.compile(
    r"(?:[ \u00a0]+of[ \u00a0]+[A-Z][\w.\u2019'-]*(?:[ \u00a0]+[A-Z][\w.\u2019'-]*){0,4})?"
    r"(?:,[^.;:!?\n\u2028\"\u201c\u201d,]{1,120})?"
    r",[ \u00a0]+who[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?([a-z]+)\b"
)
"""A name, where it is from and what it is, then a who-clause and its verb
("Sen. Ada Lind of Maine, the board's ranking member, who said ...")."""


def _described_speaking(text: str, end: int) -> bool:
    """ "backed by Sen. Ada Lind of Maine, the ranking member, who said
    none of it was true": a person whose who-clause says they spoke has
    spoken, even as a preposition's object; a later "she said" may mean
    them."""
    if text.find(" who", end, end + 260) < 0:
        return False  # (most names: no who-clause near, the pattern not tried)
    m = _WHO_SAID.match(text, end, end + 260)
    return m is not None and m.group(1) in SPEECH_VERBS


def _apposition_then_verb(text: str, end: int) -> bool:
    """ "Doug Purdy, who lost 16 lbs., says", "Kevin Haley, director at
    Symantec, agreed": a name whose apposition is followed by its verb is
    the sentence's subject too."""
    m = _apposition(text, end, end + 240)
    if m is None:
        tag = _PAST_TAG.match(text, end)
        if tag is None:
            return False
        # "Rep. Sander M. Levin (Mich.), a superdelegate supporting Clinton,
        # said": past a party or state tag, only before a verb of saying
        # (with any verb, stop 23 saw a partial quotation kept wrongly).
        m = _apposition(text, tag.end(), tag.end() + 240)
        return m is not None and m.group(1) in SPEECH_VERBS
    return _verb_after_apposition(text, end, m, _verb_or_spanish_belief)


def _verb_or_spanish_belief(follower: str) -> bool:
    """:func:`_verb_follows`, or a Spanish verb of belief in the present
    (:data:`.press_languages.SPANISH_BELIEF_VERBS`: "Andrés Soler, de la
    Universidad de Puerto Llano, cree"): read only after an apposition set
    off by commas; right after a name it would make "Un amigo de Tom Hale
    cree" Hale's belief."""
    return _verb_follows(follower) or follower in SPANISH_BELIEF_VERBS


def _verb_after_apposition(
    text: str, end: int, m: re.Match[str] | None, verb: Callable[[str], bool]
) -> bool:
    """Is the word after the apposition ``m`` (:data:`_APPOSITION` matched
    at ``end``, or ``None``) one ``verb`` accepts, or else the word after
    the first comma pair? "Tom Hale, a pilot, said the pier will ..., too":
    the verb after the first comma pair (the longer pattern ran on to a
    later comma)."""
    if m is not None and verb(m.group(1)):
        return True
    one = _ONE_APPOSITION.match(text, end, end + 160)
    return one is not None and verb(one.group(1))


_ORGANISATION_OF = re.compile(
    r"\b(?:"
    + word_choice(w for w in ORGANISATION_WORDS if w.isalpha())
    + "".join("|" + w for w in sorted(ORGANISATION_WORDS) if not w.isalpha())
    + r")\s+(?:on|of|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""An organisation's word, then "on", "of" or "for" (and "the") at the end.
Its words of letters as a tree (:func:`~quotemark.library.analyze.choices.word_choice`),
not a flat choice the engine tried word by word at each of the 40 places
:func:`_organisation_of` searches: the same strings, so the same answer
(stop 49, s49-regex). The others ("corp.") stay as they were written, the
dot any character."""


def _after_closed_quotation(text: str, j: int) -> bool:
    """Is ``text[j]`` a closing double mark right after a full stop, "!" or
    "?" ("... “mistakes weather for drama.” Emma Hale of the Northern
    Screen, no relation to the director, was kinder")? The quotation ended
    its sentence; the name after it opens the next one, as after a bare
    full stop (s42-rev2: the critic was not taken for a subject, and her
    "she wrote" went to the critic before)."""
    return text[j] in '\u201d"' and j > 0 and text[j - 1] in ".!?"


def _organisation_of(text: str, start: int) -> bool:
    """Does an organisation's "... on/of/for (the)" end right before
    ``start`` ("the Commission on Presidential Debates")? Asked of the
    pattern only when the 40 characters end so, as every match does (its
    letters match only their ASCII cases): most names are not preceded by
    one of those words, and the case-blind search tries every position."""
    window = text[max(0, start - 40) : start]
    if not window.rstrip()[-3:].lower().endswith(("on", "of", "for", "the")):
        return False
    return _ORGANISATION_OF.search(text, max(0, start - 40), start) is not None


_HOLIDAYS = words("christmas easter thanksgiving halloween hanukkah ramadan diwali boxing")
_PROMO = re.compile(r"(?:^|[\n\u2028])[ \t]*[A-Z][A-Z ]{2,14}:[^\n\u2028]*$")
"""A line opened by a label in capitals ("WATCH:", "READ MORE:"): a link to
another story, whose names are not this story's subjects."""


def _promo_line(text: str, pos: int) -> bool:
    # (Only the 120 characters before: a label opens a short line, and a
    # bounded look keeps the pass linear on a huge paragraph.)
    lo = max(0, pos - 120)
    newline = max(text.rfind("\n", lo, pos), text.rfind("\u2028", lo, pos))
    if newline < 0 and lo > 0:
        return False
    line = max(0, newline)
    if text.find(":", line, pos) < 0:
        return False  # (the label's colon: most lines have none before the name)
    return _PROMO.match(text, line, pos) is not None


_ASCII_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _word_before(text: str, start: int) -> str:
    r"""The ASCII word just before ``start`` and the space after it, within
    the 24 characters before ("spokeswoman" in "spokeswoman Jane Doe"); ""
    when the space is not there or no such letters end before it.

    What ``re.search(r"([A-Za-z]+)\s+$", ...)`` over those characters
    finds (the pattern's one match ends the window, so its word is the
    letters just before the trailing space), by two strips in C instead of
    the engine trying each of the 24 positions (4.7 us a name)."""
    window = text[max(0, start - 24) : start]
    body = window.rstrip()
    if len(body) == len(window):
        return ""
    return body[len(body.rstrip(_ASCII_LETTERS)) :]


_WHO_AFTER = re.compile(r",?[ \u00a0]+who(?:se)?\b(?:[ \u00a0]+([a-z]+)(?:[ \u00a0]+([a-z]+))?)?")
_WHO_LEADS = (", who", " who", ",\u00a0who", "\u00a0who")


def _object_of_verb(text: str, start: int, end: int) -> bool:
    """Is the name at ``start`` the object of a past-tense verb just before
    it ("helped Clinton, who does not need ...")? A who-clause after it then
    describes someone talked about, not the sentence's subject (which the
    who-clause reading, :data:`_DESCRIBED`, would make the person in
    focus). A verb of saying before the name ("said Ada Lind, who") is no
    such verb: the name is its speaker. Nor is a who-clause that has the
    person speak ("named Ada Lind, who said she would serve"): the person
    has then spoken, in the text's words. (``end``: where the name ends.)"""
    who = _WHO_AFTER.match(text, end)
    if who is None:
        return False
    if who.group(1) in SPEECH_VERBS or who.group(2) in SPEECH_VERBS:
        return False  # (the verb, or an adverb or "has" and the verb)
    word = _word_before(text, start)
    return len(word) > 3 and word.islower() and word.endswith("ed") and word not in SPEECH_VERBS


_OBJECT_PREPOSITIONS = words(
    """
    with against about of for from toward towards among between into alongside behind
    by to on at over than under upon
    """
)
"""Prepositions that are no conjunction ("after", "before", "since" open
clauses whose subject may be a name): a name right after one is its
object, even when a verb follows ("his friendship with Mr. Clinton was",
"the move against Sanders could", "the plan put forward by Hale is", "a former
aide to Sen. Hale was"): the verb's subject is the longer phrase."""


def _after_preposition(text: str, start: int) -> bool:
    """Is the name at ``start`` the object of a preposition just before it?"""
    word = _word_before(text, start)
    if word.lower() not in _OBJECT_PREPOSITIONS:
        return False
    # "Chief of Staff Katie Walsh", "Secretary of State John Kerry": the
    # preposition is inside an office's name, which the person holds.
    before = text[max(0, start - 48) : start].rstrip()[: -len(word)].split()
    return not (before and before[-1][:1].isupper())


_NAME_AT = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr)\.[ \u00a0]+)?[A-Z][\w.\u2019'-]*(?:[ \u00a0]+[A-Z][\w.\u2019'-]*){0,3}"
)


def named_as_speaker(people: People, text: str, name: str, pos: int) -> bool:
    """Was ``name``, where it was last registered before ``pos``, the subject
    of a verb of saying ("Ada Fisher, one of the members, said Trump will
    ...", "Fisher told")? Then the person has spoken there, in the text's own
    words, and a pronoun after it is no longer the earlier speaker's. So
    when the text introduced the person with an apposition before any verb
    ("Elizabeth Warren, the progressive icon, invoked ...", "pollster Whit
    Ayres -- author of ... -- is skeptical"): a new source (stop 32)."""
    i = bisect.bisect_left(people.positions, pos)
    floor = max(0, i - _LOOK_BACK)
    while i > floor:
        i -= 1
        if people.names[i] != name:
            continue
        at = people.positions[i]
        last = name.rsplit(None, 1)[-1]
        found = text.find(last, at, at + 80)
        if found >= 0:
            # "And North Carolina's Ada Fisher, one of ..., said": the run
            # registered opens before the name; its verb follows the name.
            end = _past_tag(text, found + len(last))
        else:
            run = _NAME_AT.match(text, at)
            if run is None:
                return False
            end = _past_tag(text, run.end())
        follower = _follower(text, end)
        if follower in SPEECH_VERBS:
            return True
        if follower in _BODY_LINKS:
            # "Dan Hale at the Harbour Review agreed": the verb after where
            # the person works.
            body = _AT_BODY.match(text, end, end + 160)
            return body is not None and body.group(1) in SPEECH_VERBS
        m = _apposition(text, end, end + 240)
        if m is not None:
            # "Elizabeth Warren, the progressive icon, invoked ...": a person
            # the text introduces and describes before the verb is a new
            # source, as one who spoke is. ("Ada Fisher, one of the members,
            # said Trump will ..., too": the verb after the first comma pair.)
            return _verb_after_apposition(text, end, m, _verb_follows)
        return _dashed_apposition_then_verb(text, end)
    return False


_ONE_APPOSITION = re.compile(
    r",[^.;:!?\n\u2028\"\u201c\u201d,]{1,120},\s+(?:[a-z]+ly\s+)?([a-z]+(?:['\u2019]t\b)?)\b"
)
"""A single apposition set off by commas, then the word after it (the longer
:data:`_APPOSITION` may run on to a later comma)."""


_BODY_LINKS = frozenset(("of", "at", "from"))
_AT_BODY = re.compile(
    r"[ \u00a0]+(?:of|at|from)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w.&\u2019'-]*"
    r"(?:[ \u00a0]+(?:(?:of|for|on|and|the|&)[ \u00a0]+)*[A-Z][\w.&\u2019'-]*){0,7}"
    r"[ \u00a0]+([a-z]+)\b"
)
"""A name's "of", "at" or "from" and the capitalised name of where the person
works, then the word after it (as :data:`_OF_BODY`)."""


_APPOSITION_END = re.compile(r"[.;:\n\u2028]")


def _note_gender(
    genders: Genders, text: str, name: str, titles: Sequence[str], start: int, end: int
) -> None:
    """Gender evidence beside one mention of a name: its honorifics ("Mrs.
    Jane Doe"), the role noun just before it ("spokeswoman Jane Doe") or
    the description after its comma ("Jane Doe, a spokeswoman for ...")."""
    # (How strong the evidence is gets asked only when there is some:
    # most names have no honorific, role noun or gendered description.)
    if titles:
        genders.note(name, of_words(titles))
    before = _word_before(text, start)
    if before:
        gender = of_word(before)
        if gender is not None:
            genders.note(name, gender, strong=is_strong(before))
    if text.startswith(", ", start - 2) or text.startswith(",\u00a0", start - 2):
        _note_kin(genders, text, name, start - 2)
    if not text.startswith(",", end):
        return  # (no description after the name, and no who-clause: both need its comma)
    tail = text[end + 1 : end + 161]
    stop = _APPOSITION_END.search(tail)
    if stop is not None:
        tail = tail[: stop.start()]
    tail = ",".join(tail.split(",")[:2])  # "Jane Doe, 52, a fisherwoman,"
    gender = of_description(tail)
    if gender is not None:
        genders.note(name, gender, strong=is_strong(tail))
    who = _WHO_PRONOUN.match(text, end)
    if who is not None:
        # "Hillary Clinton, who added to her delegate lead": the who-clause's
        # own pronoun is the person's (weak: "who met Tom and his wife").
        genders.note(name, "m" if who.group(1) in ("his", "himself") else "f", strong=False)


_GENDERED_KIN = (
    _KIN_NOUNS[:-1] + "|widower|nephew|niece|uncle|aunt|grandson|granddaughter|grandmother"
    "|grandfather)"
)
"""The kin nouns that state a sex, as a group of a pattern: :data:`_KIN_NOUNS`
(not written out again) and the wider family an obituary names ("Her
nephew, Declan Doone, gave the homily"; stop 47)."""
_GENDERED_KIN_WORDS = tuple(_GENDERED_KIN.strip("()").split("|"))
"""Those nouns, for :func:`_note_kin`'s pre-test (``$`` also matches before
a last newline)."""
_KIN = re.compile(
    r"(?:((?:[A-Z][\w\u2019'-]*[ \u00a0]+){1,2}[A-Z][\w\u2019'-]*)[ \u00a0]+and[ \u00a0]+)?"
    rf"\b([Hh]is|[Hh]er)[ \u00a0]+(?:(?!and\b|or\b)[a-z]+[ \u00a0]+){{0,2}}{_GENDERED_KIN}$"
)
"""A kin noun after a possessive, a word or two of age or order between or
not ("Her younger sister", "his late wife"; stop 41), and the name joined
before it ("Tom Hale and his wife", then ", Ada Hale")."""


def _note_kin(genders: Genders, text: str, name: str, comma: int) -> None:
    """ "Tom Hale and his wife, Ada Hale": the kin noun set off before a name
    states its sex, and "his"/"her" the sex of a name joined by "and" just
    before (both strong: a family's words, not an office's)."""
    noun = text[max(0, comma - 14) : comma]
    if not noun.removesuffix("\n").endswith(_GENDERED_KIN_WORDS):
        return  # (every match ends in a kin noun: most commas before a name follow none)
    m = _KIN.search(text, max(0, comma - 60), comma)
    if m is None:
        return
    genders.note(name, of_word(m.group(3)))
    if m.group(1) is not None:
        genders.note(m.group(1), of_pronoun(m.group(2).lower()))


_WHO_PRONOUN = re.compile(
    r",[ \u00a0]+who[ \u00a0]+(?!are\b|were\b|have\b)"
    r"(?:(?!that\b)[a-z][\w\u2019'-]*[ \u00a0]+){1,8}?"
    r"(his|himself|herself|her(?=[ \u00a0]+(?!the\b|a\b|an\b|to\b|that\b|in\b|on\b|as\b)[a-z]))\b"
)
"""A who-clause after a name with a possessive or reflexive pronoun before
any other capitalised word, punctuation or "that" ("Lind, who lost her
sister"; not "Lind, who met Tom and his wife", "who told her the news",
"who said that her plan", nor the plural "Democrats, who are ...")."""


def _pronouns_after_speech(
    people: People, text: str, quoted: Sequence[tuple[int, int]], spoke: list[tuple[int, str]]
) -> None:
    """ "Doe said ... she added": when the first gendered pronoun after a
    person's own speech (outside quotations, before anyone else is named as
    a subject, within the next paragraph) attributes speech, it is weak
    evidence of their gender. Any other pronoun first ("she was more than
    ...", "he fell silent") may mean someone else: no evidence."""
    starts = [q[0] for q in quoted]
    for end, name in spoke:
        limit = _reach_after_speech(people, text, end)
        pronoun = _first_pronoun_speaking(text, starts, quoted, end, max(end, limit))
        if pronoun is not None:
            people.genders.note(name, "m" if pronoun == "he" else "f", strong=False)


_NAME_RUN = re.compile(r"[A-Z][\w\u2019'.-]*(?:[ \u00a0]+[A-Z][\w\u2019'.-]*)*")
_OWN_PRONOUN = re.compile(
    r"(?:[ \u00a0]+(?!to\b|who\b|that\b|which\b)[a-z][\w\u2019'-]*){0,6}?"
    r"[ \u00a0]+(himself|herself)\b"
)
"""A reflexive pronoun in the subject's own clause, with only lower-case
words before it and no "to", "who", "that" or "which" ("Lind found herself
without work"; not "Hale asked the pilot to see herself out"), or right
after the name ("Lind herself said": review of stop 38)."""


def _pronouns_of_subjects(people: People, text: str, quoted: Sequence[tuple[int, int]]) -> None:
    """Gender evidence the whole text gives of its subjects, read once
    before any pronoun is resolved (stop 38): a reflexive in the subject's
    own clause ("Lind found herself") and the "He"/"She" that opens the
    next sentence after one the subject opens alone ("Lind knew the pier.
    She ..."). It only rules pronouns out (``Genders.seen``); a
    quotation's pronoun given to the person is a guess (``Genders.guess``)
    and cannot outvote it, however late the text gives it. Cost: one
    bounded match per subject, and a bounded search for the sentence's end
    when the subject opens it; no scan of the whole text."""
    # (Pre-tests over the whole text, once: most texts have no reflexive.)
    reflexive = "himself" in text or "herself" in text
    opening = "He" in text or "She" in text
    if not (reflexive or opening):
        return
    starts = [q[0] for q in quoted]
    for pos, name in zip(people.positions, people.names, strict=True):
        if _in_quoted(quoted, starts, pos):
            continue  # (inside a quotation: the speaker's words)
        run = _NAME_RUN.match(text, pos)
        if run is None:
            continue
        if reflexive:
            own = _OWN_PRONOUN.match(text, run.end(), run.end() + 80)
            if own is not None:
                people.genders.seen(name, "m" if own.group(1) == "himself" else "f")
        if opening and opens_sentence(text, pos) and not _named_before(people, text, pos, name):
            people.genders.seen(name, _next_sentence_pronoun(text, run.end()))


def _named_before(people: People, text: str, pos: int, name: str) -> bool:
    """Is someone other than ``name`` a subject earlier in the paragraph of
    ``pos`` ("Ada Lind spoke first. Tom Hale left early. She ...": the
    "She" may be hers; review of stop 38)? One bisect and a look back to
    the line's start."""
    i = bisect.bisect_left(people.positions, pos) - 1
    if i < 0:
        return False
    line = max(text.rfind("\n", 0, pos), text.rfind("\u2028", 0, pos))
    while i >= 0 and people.positions[i] > line:
        if people.names[i] != name:
            return True
        i -= 1
    return False


_NEXT_OPENS = re.compile(r"[ \u00a0]+(He|She)[ \u00a0]+[a-z]")


_OPENS_BEFORE = re.compile(r"(?:^|[.!?][\u201d\u2019\"')]*[ \u00a0]+|[\n\u2028][ \u00a0]*)$")
"""Nothing but a sentence's end (or a line's start) before a name: the
name opens its sentence, the main clause's subject."""


def opens_sentence(text: str, at: int) -> bool:
    """Does the name registered at ``at`` open its sentence?"""
    return _OPENS_BEFORE.search(text, max(0, at - 8), at) is not None


def _next_sentence_pronoun(text: str, end: int) -> Gender | None:
    """ "Lind knew the pier. She had worked it": the sex of the "He"/"She"
    that opens the sentence after one the person opens as its subject,
    when that sentence names no one else and the next one follows in the
    same paragraph."""
    stop = _SENTENCE_END.search(text, end, end + 400)
    if stop is None or text[stop.start()] in "\n\u2028":
        return None
    m = _NEXT_OPENS.match(text, stop.end())
    if m is None:
        return None
    gender: Gender = "m" if m.group(1) == "He" else "f"
    body = text[end : stop.start()]
    if _CAPITAL_WORD.search(body) is not None:
        # ("Lind met Tom Hale. He ...", "... Hale's plan. He"): someone else
        # may be in the sentence, and be meant.
        return None
    for word in _LOWER_WORD.findall(body):
        if word in TITLES or of_word(word) is not None:
            # ("Hale thanked the mayor. She ...", "Lind met the fisherman.
            # He ..."): a person the noun names may be meant (s38-revlate).
            return None
    own = "himself" if gender == "m" else "herself"
    for other in _GENDERED.finditer(body):
        if other.group().lower() != own:
            # ("Hale thanked her crew. She ...", "Lind thanked his crew. He
            # ..."): another person may be in the sentence, and be meant.
            return None
    return gender


_CAPITAL_WORD = re.compile(r"\b[A-Z]")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
"""A word in lower case (a noun that may name a person: "the mayor")."""


_GENDERED = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]er|[Hh]is|[Hh]ers|[Hh]imself|[Hh]erself)\b")


_HE_OR_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_INTRODUCED = re.compile(
    r",[ \u00a0]+(?:(?:a|an|the)[ \u00a0]+[a-z]|[a-z-]+[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?"
    r"(?:of|at|for|from)[ \u00a0])[^.!?\n\u2028\"\u201c\u201d]{2,140}[.!?]"
    r"[ \u00a0]*[\n\u2028][ \t\u00a0\n\u2028]*[\"\u201c]"
)
"""A name's apposition running to the end of its sentence, and the next
paragraph opening with a quotation ("..., which concerns Ada Lind, president
of the harbour board. / “…,” she said")."""


_INTRODUCED_IN_LINE = re.compile(
    r",[ \u00a0]+(?:(?:a|an|the)[ \u00a0]+[a-z]|[a-z-]+[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?"
    r"(?:of|at|for|from)[ \u00a0])[^.!?\n\u2028\"\u201c\u201d]{2,140}[.!?][ \u00a0]+"
)
"""A name's apposition running to the end of its sentence, and the next
sentence opening with "He" or "She" ("That gap is what worries Ben Ross, a
councillor. He says ...": s40-kin)."""


def _alone_in_sentence(people: People, i: int, at: int) -> bool:
    """Is the mention ``i`` (at ``at``) the only person its sentence names
    before it, with no subject registered there either?"""
    text = people.text
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at))
    j = bisect.bisect_left(people.positions, at)
    return (i == 0 or people.mentioned_at[i - 1] < start) and (
        j == 0 or people.positions[j - 1] < start
    )


def introduced_before(people: People, pos: int, gender: Gender | None) -> str | None:
    """The person the paragraph before a quotation names for the first time,
    with an apposition that ends it, when the pronoun at ``pos`` is that
    quotation's speaker and no one is registered as a subject after the
    name: the newly introduced person is the one who speaks."""
    text = people.text
    i = bisect.bisect_left(people.mentioned_at, pos)
    if i == 0:
        return None
    at, name = people.mentioned_at[i - 1], people.mentioned[i - 1]
    if people.mentioned.index(name) != i - 1 or not people.genders.fits(name, gender):
        return None  # (named before: not introduced here)
    j = bisect.bisect_right(people.positions, at)
    if j < len(people.positions) and people.positions[j] < pos:
        return None  # someone registered since
    last = name.rsplit(None, 1)[-1]
    end = text.find(last, at, at + 80)
    if end < 0:
        return None
    m = _INTRODUCED.match(text, end + len(last), pos)
    if m is None:
        # "That gap is what worries Ben Ross, a councillor. He says": the
        # pronoun opening the next sentence, the name alone in its own.
        m = _INTRODUCED_IN_LINE.match(text, end + len(last), pos)
        if (
            m is None
            or m.end() != pos
            or not text.startswith(("He ", "She "), pos)
            or not _alone_in_sentence(people, i - 1, at)
        ):
            return None
    between = text[m.end() - 1 : pos]
    if between.count("\u201c") + between.count('"') > 2 or "\n" in between.rstrip():
        return None  # (the pronoun is no speaker of that quotation)
    if _HE_OR_SHE.search(between) is not None:
        # "The report concerns Ada Lind, head of the board. / “She never
        # came,” he said": the quotation tells of what someone did, most
        # likely the person just introduced, who is then not its speaker
        # (review of stop 33). (Only a subject: "I told her the pier was
        # unsafe" in a newcomer's words is still theirs.)
        return None
    return name


_CALLED = re.compile(
    r"\b(?:called|calls|introduced|introduces)[ \u00a0]+"
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.?[ \u00a0]+)?$"
)
"""A verb that brings a person in as its object, a title aside ("The board
also called Ms Ada Lind", "introduced Dr Tom Hale")."""


def called_in_paragraph(
    people: People, pos: int, gender: Gender | None, name: str | None
) -> str | None:
    """The person a verb of calling or introducing brought in as its object
    earlier in the pronoun's paragraph ("The board also called Ms Ada Lind,
    an engineer. Her report concludes ..."), when the text gives her the
    pronoun's sex, no one is registered as a subject since, and the last
    subject before the pronoun is shown to be of the other sex: the pronoun
    then means her, not ``name``, a subject further back who merely fits."""
    if gender is None or name is None:
        return None
    i = bisect.bisect_left(people.mentioned_at, pos)
    if i == 0:
        return None
    at, called = people.mentioned_at[i - 1], people.mentioned[i - 1]
    if called == name or people.genders.of(called) != gender:
        return None
    text = people.text
    if "\n" in text[at:pos] or "\u2028" in text[at:pos]:
        return None  # (another paragraph)
    j = bisect.bisect_right(people.positions, at)
    if j < len(people.positions) and people.positions[j] < pos:
        return None  # someone registered as a subject since
    nearest = people.resolve(pos)
    if nearest is None or nearest == name:
        return None  # (the subject before fits: it is the one meant)
    other = people.genders.of(nearest)
    if other is None or other == gender:
        return None
    if _CALLED.search(text, max(0, at - 40), at) is None:
        return None
    return called
