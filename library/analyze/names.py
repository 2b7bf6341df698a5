"""Names and roles: tell "General Ali Mayhoub" from "Syrian Army spokesman".

A speaker phrase is split at commas. The name is a run of capitalised words
(with particles such as al-, bin, van) that ends the first part ("then-Surrey
mayoral candidate Doug McCallum") or is the whole first part ("Paul Martin, a
detective"); honorifics at its front go to the role. A capitalised run after a
preposition ("a journalist with Al-Ikhbariya") is not the speaker's name, so
such a phrase stays a description.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Container, Iterable, Iterator, Sequence
from dataclasses import dataclass

from quotemark.library.analyze.inversions import foreign_pronoun_of, german_description
from quotemark.library.analyze.job_nouns import office_before_name
from quotemark.library.analyze.lexicon import (
    ARTICLES,
    BODY_WORDS,
    DETERMINERS,
    ENGLISH_PREPOSITIONS,
    HONORIFICS,
    LETTER_OFFICES,
    MONTHS_AND_DAYS,
    NAME_CONNECTORS,
    NOT_NAMES,
    OFFICES_BEFORE_OF,
    ORGANISATION_WORDS,
    OUTLET_WORDS,
    PLURAL_PEOPLE,
    PORTFOLIOS,
    PREPOSITIONS,
    PRONOUNS,
    ROMANCE_ARTICLES,
    SPELLED_TITLES,
    TITLES,
    words,
)
from quotemark.library.analyze.press_languages import (
    chinese_name_role,
    cyrillic,
    hangul,
    korean_name_role,
    press_role,
    russian_name_start,
)

_TOKEN = re.compile(r"[^\s,;:()\[\]]+")
_CAP = re.compile(
    r"^(?:[A-Z\u00c0-\u00de\u0100-\u017f\u0386-\u03ab\u0400-\u042f]|(?:al|el|bin|ibn|abu)-[A-Z])"
)
"""A word a name may open with: a capital, Latin, Greek (stop 42) or Cyrillic."""
_CAP_FIRST = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    + "".join(
        chr(c)
        for lo, hi in ((0xC0, 0xDE), (0x100, 0x17F), (0x386, 0x3AB), (0x400, 0x42F))
        for c in range(lo, hi + 1)
    )
)
"""The first characters :data:`_CAP` takes alone (its class), for a set
look-up in place of a call into the engine."""
_CAP_PREFIXES = ("al-", "el-", "bin-", "ibn-", "abu-")
_FOREIGN_PREPOSITIONS = words(
    "am im nach vor bei auf während gegenüber ante durante tras según desde devant lors au aux"
    " dans après pendant en на в во перед после"
    " tijdens bij vid på u na při ve"
    " maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"
    " fra hos ved"
)
"""German, Spanish, French and Russian prepositions that end a name after a
verb of saying ("sagte Anna Keller am Montag", "añadió Pablo Ruiz ante los
vecinos"), like "on" and "in" in English; Dutch, Swedish and Czech ones
too, and the Dutch weekdays ("zei De Groot dinsdag tijdens de vergadering",
"säger Tom Hale vid bryggan", "řekl Tom Hale u mola"; stop 44); Danish
"fra", "hos", "ved" ("afdelingschef Søren Dahl fra Vejdirektoratet": he,
not the directorate; stop 46); French and Spanish "en" ("a assuré Antoine
Garnier en fin de séance"; s48-lang7)."""
_NAME_THEN_OFFICE = 2
"""The words of a name before an office written after it ("Szűcs Attila
polgármester")."""
_GREEK_NEUTER_ARTICLES = frozenset(("\u03a4\u03bf", "\u03a4\u03b1"))
"""The Greek neuter articles (to, ta), capitalised: a body or a thing
follows ("the ministry of Health"), never a person."""
_SPANISH_ARTICLES = words("el la los las un una su sus")
"""What the Spanish "a" ("to") stands before in ``_ends_name`` ("a los
concejales"): the English article "a" never does."""
_CYRILLIC_PARTICLES = words("фон де ван дер ла ди дель")
"""Lower-case words a Russian spelling of a foreign name keeps ("Людвиг ван
Бетховен")."""


def _ends_name(token: str, following: str) -> bool:
    """Does ``token``, after a name word and before ``following`` (or ""),
    end the name: a preposition in any of the languages read, the Spanish
    "al" and "a" before an article ("reclamó Ada Lind a los concejales",
    "dijo Pablo Ruiz al diario"; in lower case only, an initial "A" stays in
    a name), or a lower-case Russian or Ukrainian word (a Russian name is
    capitalised word by word, so "Ада Линд депутатам" is Ada Lind and the ones
    she spoke to), or a lower-case Greek one ("δήλωσε η Μαυρίδου στη
    συνεδρίαση της Τρίτης": her, not Tuesday; stop 45)."""
    lower = token.lower()
    if lower in PREPOSITIONS or lower in _FOREIGN_PREPOSITIONS or token == "al":
        return True
    if token == "a":
        return following in _SPANISH_ARTICLES
    first = token[:1]
    if "\u03ac" <= first <= "\u03ce":
        return True  # (a lower-case Greek word: "η Μαυρίδου στη συνεδρίαση", stop 45)
    return (
        "\u0430" <= first <= "\u044f" or first in "\u0451\u0456\u0457\u0454"
    ) and lower not in _CYRILLIC_PARTICLES


def _dutch_of_the(tokens: list[str], i: int) -> bool:
    """Is ``tokens[i]`` the Dutch "van" ("of") before an article and a word in
    lower case ("woordvoerder Sanne Bakker van de bank"): where the
    person works, no part of the name, as "of" ends one? A name's own "van
    de" has a capitalised word after it ("Pieter van de Vries"; s47-lang6)."""
    return (
        tokens[i] == "van"
        and i + 2 < len(tokens)
        and tokens[i + 1] in ("de", "het", "der")
        and tokens[i + 2][:1].islower()
    )


_CLEAN_LEAD = "\"'“”\u2018\u2019«»(["
_CLEAN_TRAIL = "\"'“”\u2018\u2019«».,;:!?)]"
"""The characters :func:`clean` strips from a word's start and from its end."""
_CLEAN = re.compile(rf"^[{re.escape(_CLEAN_LEAD)}]+|[{re.escape(_CLEAN_TRAIL)}]+$")
"""The same strips as a pattern (for a word ending in a line break)."""
_DECORATION = re.compile("[\u200d\ufe0f\u2600-\u27bf\U0001f000-\U0001faff\U0001f1e6-\U0001f1ff]")
"""Emoji, their joiners and variation selectors, and dingbats."""
_GAP = r"[^\S\n\u2028]+"
"""Space between the words of one name: never a paragraph or line break, so
a name ending one paragraph does not run into the capitalised word opening
the next ("... Linda Lamoureux" / "Sinclair Harbour residents ...")."""


_PERSON_TITLES = (
    *("Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Col", "Sen"),
    *("Rep", "Gov", "Lt", "Sgt", "Det", "Const", "Rev", "St", "Smt"),
)
"""PERSON_RUN's honorifics, in its order."""
_PARTICLES = ("al", "el", "bin", "ibn", "abu")
# A word's letters after its first, and each inner point with the letters
# after it ("U.S", "J.R.R"): a repeat of one class, which the regex engine
# runs in one tight loop, where a repeat of the choice "letter or point
# before a letter" went through the engine's general repeat at every letter
# (the same characters taken: the point is no letter). Stop 33.
_WORD_REST = r"[\w'-]*+(?:\u2019[\w'-]*+)*+"
"""Letters, apostrophes and hyphens, taken whole: the class ``[\\w\u2019'-]*+``
with the curly apostrophe outside it (a class holding a character past
U+00FF costs the regex compiler a 65,536-entry map, ~0.065 ms a copy; stop
34, benchmarks/README.md). The run without it first, in one tight loop:
spelled ``(?>[\\w'-]+|\u2019)*+``, person runs took twice as long."""
_NAME_TAIL = rf"{_WORD_REST}(?:\.(?=\w){_WORD_REST})*+"
_PARTICLE_WORD = rf"(?:al|el|bin|ibn|abu)-[A-Z]{_WORD_REST}"


def _upper_ranges(first: int, last: int) -> str:
    """The capital letters from ``first`` to ``last`` as a character class's
    ranges, for :data:`WIDE_CAPITALS`: the letters themselves ("À-ÖØ-Þ"),
    which the regex compiler reads a character a step, where a ``\\uXXXX``
    escape took it a call and six steps (the class's five copies in the
    wide person run cost ~0.5 ms less to compile; the same compiled
    pattern)."""
    spans: list[list[int]] = []
    for code in range(first, last + 1):
        if chr(code).isupper():
            if spans and spans[-1][1] == code - 1:
                spans[-1][1] = code
            else:
                spans.append([code, code])
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in spans)


WIDE_CAPITALS = _upper_ranges(0xC0, 0x17F) + _upper_ranges(0x386, 0x3AB) + "\u0400-\u042f"
"""The capitals past A-Z a name may open with, as a character class's inside:
accented Latin ("Émile", "Łukasz", "Žofie", "Örs"), Greek ("Νίκος") and
Cyrillic ("Игорь"). Read by the person-run scan only in a text that writes
one (:func:`wide_capitals`): the wider scan costs 15 % more, the one search
for such a capital 0.4 % of the analysis, nothing in an ASCII text (stop 42)."""
_WIDE_CAPITAL = re.compile(f"[{WIDE_CAPITALS}]")


def wide_capitals(text: str) -> bool:
    """Does ``text`` write a capital past A-Z (:data:`WIDE_CAPITALS`)? Then
    its person runs are read with those capitals too."""
    return not text.isascii() and _WIDE_CAPITAL.search(text) is not None


def _person_run_rest(capital: str) -> str:
    """A person run's words after its first, each opening with ``capital``
    (a character class). Initials are read with the word after them, as one
    of the five: "Port Trust Chairman Shri V. S. Raghavan" ended on its
    initials, and "V. S." was shown as the name (review 4, stop 43)."""
    return (
        rf"(?:{_GAP}(?:(?:al|el|bin|ibn|abu|de|da|di|del|der|den|van|von|la|le|du|dos|St\.){_GAP}){{0,2}}"
        rf"(?:{capital}\.{_GAP})*+(?:{capital}{_NAME_TAIL}|{_PARTICLE_WORD})){{1,5}}"
    )


_PERSON_RUN_REST = _person_run_rest("[A-Z]")


# PERSON_RUN's words take their letters whole (the tail above), where it
# once let a backtracking repeat give letters back: the same matches, for
# whatever a shorter word stops before (a letter, an apostrophe, a hyphen, a
# point before a letter) is never what may follow a word here or in _of_age
# (a space, a comma, the pattern's end), and the end is reached with the
# whole word first. (Stop 34; the fuzz test holds both spellings together.)
def person_run_spelled(capital: str) -> str:
    """PERSON_RUN's pattern with its names' words opening with ``capital`` (a
    character class): "[A-Z]", or with :data:`WIDE_CAPITALS` what
    :func:`person_runs` reads in a text that writes one (the tests' reference)."""
    rest = _PERSON_RUN_REST if capital == "[A-Z]" else _person_run_rest(capital)
    return (
        r"(?<![\w.'-])(?<!\u2019)(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Sen|Rep|Gov|Lt|Sgt|Det|Const|Rev|St|Smt)\."
        rf"{_GAP})?"
        rf"(?:{capital}{_NAME_TAIL}|{_PARTICLE_WORD}){rest}"
    )


PERSON_RUN = re.compile(person_run_spelled("[A-Z]"))
"""Two or more capitalised words: a candidate personal name in running text.
A middle initial ("Donald J. Trump", "Vladimir V. Putin") stays inside it."""


_DAYS: frozenset[str] = words("monday tuesday wednesday thursday friday saturday sunday")
_MONTHS: frozenset[str] = MONTHS_AND_DAYS - _DAYS
_MONTH_SHORT: frozenset[str] = words("jan feb mar apr jun jul aug sep sept oct nov dec")
_UNITS: frozenset[str] = words(
    "week month year weekend night morning afternoon evening spring summer fall autumn winter"
)
_UNITS_AGO: frozenset[str] = words("minutes hours days weeks months years decades")
_DEICTIC: frozenset[str] = words("last this next that past coming")
_EDGE: frozenset[str] = words("earlier later early late")
_ON_DAY: frozenset[str] = words("on last this next")
_COUNTS: frozenset[str] = words("a few several two three four five six seven eight nine ten")
_ALONE: frozenset[str] = words("yesterday today tonight earlier later")
_NEIGHBOUR_DAYS: frozenset[str] = words("yesterday tomorrow")
"""Days that take a part of the day after them ("yesterday morning")."""
_HEDGES: frozenset[str] = words("about nearly almost roughly some just only")


def _day_number(word: str) -> bool:
    digits = word[:-2] if word.endswith(("st", "nd", "rd", "th")) else word
    return digits.isdigit() and 0 < int(digits) <= 31


def time_phrase_start(tokens: Sequence[tuple[str, int, int]], k: int) -> int:
    """Where a time phrase that ends at token ``k`` starts (``k + 1`` when
    the token ends none): the adjunct a sentence may put between its
    subject and the verb ("Ada Lind last week said", "earlier this month",
    "later that week", "on Tuesday", "in March", "on March 3", "two days
    ago", "yesterday"). Read from its shape: a unit of time after "last",
    "this", "next" or "that" (with "earlier" or "later" before them), a
    weekday after "on", a month after "in", a date, a count before "ago"."""
    if k < 1:
        return k + 1
    word = _time_word(tokens[k][0])
    if word in _ALONE:
        return k
    if word == "ago":
        at = k - 1
        if at < 1 or _time_word(tokens[at][0]) not in _UNITS_AGO:
            return k + 1
        at -= 1
        count = _time_word(tokens[at][0])
        if not (count.isdigit() or count in _COUNTS):
            return k + 1
        if count == "few" and at > 0 and _time_word(tokens[at - 1][0]) == "a":
            at -= 1
        if at > 0 and _time_word(tokens[at - 1][0]) in _HEDGES:
            at -= 1  # "about two weeks ago"
        elif at > 1 and _time_word(tokens[at - 1][0]) == "than":
            at -= 2  # "less than two weeks ago"
        return at
    at = k
    if word == "day" and k > 1 and _time_word(tokens[k - 1][0]) == "that":
        word = "week"  # "later that day": a unit after "that", as "that week"
    if word in _UNITS or word in _DAYS:
        if word in _UNITS and at > 0 and _time_word(tokens[at - 1][0]) in _DAYS:
            at -= 1  # "on Tuesday night"
            word = _time_word(tokens[at][0])
        if word in _DAYS:
            if at > 0 and _time_word(tokens[at - 1][0]) in _ON_DAY:
                return at - 1
            return k + 1 if at == k else at  # ("Tuesday night", not "Tuesday")
        at -= 1  # a unit: after "last", "this", "this past", "later that"
        if at >= 0 and word in _UNITS and _time_word(tokens[at][0]) in _NEIGHBOUR_DAYS:
            return at  # "yesterday morning", "tomorrow night"
        if at < 0 or _time_word(tokens[at][0]) not in _DEICTIC:
            return k + 1
        if at > 0 and (
            _time_word(tokens[at][0]),
            _time_word(tokens[at - 1][0]),
        ) == ("past", "this"):
            at -= 1
        if at > 0 and _time_word(tokens[at - 1][0]) in _EDGE:
            at -= 1
        return at
    if word in _MONTHS:
        if at > 0 and _time_word(tokens[at - 1][0]) in _EDGE:
            at -= 1  # "in early March"
        return at - 1 if at > 0 and _time_word(tokens[at - 1][0]) == "in" else k + 1
    if _day_number(word) and at > 0:
        month = _time_word(tokens[at - 1][0])
        if month in _MONTHS or month in _MONTH_SHORT:
            at -= 1
            return at - 1 if at > 0 and _time_word(tokens[at - 1][0]) == "on" else at
    return k + 1


_TIME_ENDS: frozenset[str] = (
    _UNITS | _DAYS | _MONTHS | _ALONE | words("ago day") | frozenset(str(d) for d in range(1, 32))
)
"""The last words a time phrase may have (a cheap guard before reading one)."""


def _time_word(token: str) -> str:
    return clean(token).lower()


WORD_OPENS = r"(?<![\w.'-].)(?<!\u2019.)"
"""After a name's first letter: the character before it is none that a
word runs on from (PERSON_RUN's look-behind, tested one letter later)."""


def person_run_after_first(particles: tuple[str, ...], wide: bool = False) -> str:
    """PERSON_RUN once its first letter is taken and :data:`WORD_OPENS`
    tested: each alternative checks that letter by a look-behind (an
    honorific's, a name's capital, or one of ``particles``' first letter).
    ``wide``: a name's words may open with :data:`WIDE_CAPITALS` too."""
    # ("rs(?<=Mrs)": the engine passes over a choice whose next letter
    # differs without trying its look-behind.)
    capital = f"[A-Z{WIDE_CAPITALS}]" if wide else "[A-Z]"
    titles = "|".join(f"{t[1:]}(?<={t})" for t in _PERSON_TITLES)
    branches = [
        rf"(?:{titles})\.{_GAP}(?:{capital}{_NAME_TAIL}|{_PARTICLE_WORD})",
        rf"(?<={capital}){_NAME_TAIL}",
    ]
    if particles:
        written = "|".join(f"{p[1:]}(?<={p})" for p in particles)
        branches.append(rf"(?:{written})-[A-Z]{_WORD_REST}")
    rest = _person_run_rest(capital) if wide else _PERSON_RUN_REST
    return rf"(?:{'|'.join(branches)}){rest}"


def person_run_firsts(particles: tuple[str, ...], wide: bool = False) -> str:
    """The letters a person run may open with, as a character class
    (``wide``: with :data:`WIDE_CAPITALS`)."""
    wider = WIDE_CAPITALS if wide else ""
    return "[A-Z" + wider + "".join(sorted({p[0] for p in particles})) + "]"


@functools.lru_cache(maxsize=32)
def _person_run_from(particles: tuple[str, ...], wide: bool = False) -> re.Pattern[str]:
    # PERSON_RUN with its first letter in front (see person_runs): then
    # each alternative checks that letter by a look-behind.
    return re.compile(
        person_run_firsts(particles, wide) + WORD_OPENS + person_run_after_first(particles, wide)
    )


def before_capital(text: str, prefix: str) -> bool:
    """Is ``prefix`` ("al-") written right before a capital A-Z somewhere in
    ``text`` ("al-Assad", not "real-time")?"""
    i = text.find(prefix)
    while i >= 0:
        after = text[i + len(prefix) : i + len(prefix) + 1]
        if after and "A" <= after <= "Z":
            return True
        i = text.find(prefix, i + 1)
    return False


def person_runs(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``PERSON_RUN.finditer(text)``, found in a third of
    the time.

    PERSON_RUN opens with a look-behind, so the regex engine starts a match
    at every position of the text. Every match opens with a capital (an
    honorific or a name) or a particle written with its hyphen ("al-"):
    this pattern opens with that letter, so the engine skips ahead to the
    next one, and checks the look-behind there. Only the particles the
    text writes before a capital are tried (a lower-case first letter stops
    the engine at every word). A name's letters are taken possessively:
    giving some back never lets a match succeed, since a space must follow
    a word.
    """
    return _person_run_from(particles_before_capital(text), wide_capitals(text)).finditer(text)


_HYPHEN_BEFORE_CAPITAL = re.compile("-(?=[A-Z])")
_particles_seen: tuple[str, tuple[str, ...]] = ("", ())


def particles_before_capital(text: str) -> tuple[str, ...]:
    """The particles ("al", "el", "bin", "ibn", "abu") that ``text`` writes
    with a hyphen right before a capital A-Z, in that order: ``p`` where
    ``before_capital(text, p + "-")``.

    Found in one pass over the hyphens before a capital (a scan led by one
    literal character, which the regex engine skips to quickly), where five
    searches ran over the whole text; the answer for the last text is kept,
    for :func:`person_runs` and the organisation finder read the same text
    (stop 34)."""
    global _particles_seen
    seen = _particles_seen
    if seen[0] is text:
        return seen[1]
    found: set[str] = set()
    for m in _HYPHEN_BEFORE_CAPITAL.finditer(text):
        at = m.start()
        found.update(p for p in _PARTICLES if text.endswith(p, 0, at))
    particles = tuple(p for p in _PARTICLES if p in found)
    _particles_seen = (text, particles)
    return particles


@dataclass(frozen=True, slots=True)
class NameRole:
    """A speaker phrase split: ``name`` (a person or an organisation) and
    ``role`` (title and description); ``pronoun`` when the phrase was one."""

    name: str | None
    role: str | None
    pronoun: str | None = None


@functools.lru_cache(maxsize=8192)
def clean(word: str) -> str:
    """A token without surrounding quote marks and punctuation."""
    # Cached: the analysis cleans the same few thousand words of a page
    # tens of thousands of times, and a look-up costs a fifth of the regex.
    # The strips take what _CLEAN's two runs take (its lead run at the
    # start, its trailing run up to the end) at a fifth of its cost on the
    # first sight of a word; only a word ending in a line break, before
    # which the regex's "$" also matches, is left to the regex.
    if word.endswith("\n"):
        return _CLEAN.sub("", word)
    return word.lstrip(_CLEAN_LEAD).rstrip(_CLEAN_TRAIL)


def _light(word: str) -> str:
    """A token without quote marks around it; abbreviation dots stay
    ("Dr.", "J.")."""
    return word.strip("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb")


def is_capitalised(word: str) -> bool:
    """Does the word start like a name (Capital, or al-Capital)?"""
    if word[:1] in _CAP_FIRST:
        return True
    # (the same as ``_CAP.match(word)``: its class, or a prefix and A-Z)
    for prefix in _CAP_PREFIXES:
        if word.startswith(prefix):
            return "A" <= word[len(prefix) : len(prefix) + 1] <= "Z"
    return False


_CONTRACTED = re.compile(r"^(\w+)['\u2019](ll|re|ve|m|d|s|t)$", re.IGNORECASE)
_VERB_OPENERS = frozenset({"is", "are", "was", "were", "do", "does", "did", "just", "will"})


def _is_name_token(word: str) -> bool:
    w = clean(word)
    if not w:
        return False
    if w.lower() in NAME_CONNECTORS:
        return True
    contracted = _CONTRACTED.match(w) if "'" in w or "\u2019" in w else None
    if contracted is not None and (
        contracted.group(2).lower() != "s" or contracted.group(1).lower() in NOT_NAMES
    ):
        return False  # "I'll", "Here's": a sentence opener, not a name
    lowered = w.lower()
    return is_capitalised(w) and lowered not in NOT_NAMES and lowered not in _VERB_OPENERS


_GIVEN_NAME_WORDS = frozenset({"will", "may", "june", "april", "august"})
"""Words kept out of names (a modal, a month) that are also first names."""


def given_name_word(word: str) -> bool:
    """Is ``word`` one of :data:`_GIVEN_NAME_WORDS`, capitalised?"""
    w = clean(word)
    return w.lower() in _GIVEN_NAME_WORDS and is_capitalised(w)


def opens_name(word: str, following: str) -> bool:
    """Is ``word`` a first name that is also a word ("Will", "May") opening a
    name, the next word a capitalised one that is no such word ("Will
    Lind"; not "Will May", "Will the board")? Review 2, stop 39."""
    return given_name_word(word) and not given_name_word(following) and _is_name_token(following)


_TITLE_KEYS = frozenset(t.rstrip(".") for t in TITLES)


_PARTY_WORDS = words("democrat republican gop libertarian")
"""A party before a full name is the person's side, like an office ("Ranking
Democrat Dianne Feinstein", "Iowa Republican Steve King", "Republican Donald
Trump"): the name is what follows it, at least two words (so "Democrat
Party" or a lone surname stays as it was)."""


_SIDES = words("democrat republican independent libertarian")
"""A party member's side written before "of" and a place ("Democrat of
California", "Republican of South Carolina"), the way a paper sets off who
a legislator is after the name."""


def _side_of_place(tokens: list[str]) -> bool:
    """Is the phrase a side, "of" and a capitalised place of one to three
    words ("Democrat of Leith", "Republican of North Fife"): a role, no name?"""
    return (
        3 <= len(tokens) <= 5
        and tokens[1] == "of"
        and tokens[0].lower() in _SIDES
        and all(t[:1].isupper() for t in tokens[2:])
    )


def _hyphenated_title(key: str) -> bool:
    """An office written with hyphens ("vice-president", "secretary-general",
    "editor-in-chief"), or a description ("Norwegian-born", "Oslo-based",
    "ferry-maker"): its last part is an office or a describing word. A
    double-barrelled surname whose last part is also a title ("Ames-King")
    stays a name."""
    head, dash, tail = key.rpartition("-")
    return (
        bool(dash)
        and bool(head)
        and ((tail in _TITLE_KEYS and tail not in _SURNAME_TITLES) or tail in _DESCRIBING_TAILS)
    )


_DESCRIBING_TAILS = words("born based bred raised educated trained maker owned led backed")
"""The last parts of hyphenated words that describe whoever they precede."""


def _outlet_before_name(tokens: list[str], i: int, key: str) -> bool:
    """Does the capitalised word at ``i`` end a publication's name ("Sunday
    Times Ada Lind", "Harbour Gazette Tom Hale"), with a full name of two
    capitalised words or more after it? The publication is the person's
    side, like an office, never part of the name ("Emily Post" stays a
    name: nothing follows). The words after must be a person's: no body
    word and no possessive ("Media Research Center's Ada Lind" is one
    body's name before hers, left as it was). The name is two words, or
    three with an initial between or after a publication of two words
    ("Canadian Press Ada Mae Lind"): an outlet word opening the run with
    more after it opens a longer name ("Times Square Ada Lind", "Herald
    Sun Ada Lind"), whose end is not known (review of stop 36)."""
    if key in PLACE_NOUNS and i > 0 and clean(tokens[i - 1]).lower() in OUTLET_WORDS:
        # "New York Times Square Ada Lind": the outlet word names a place
        # with the noun after it; the place, not the outlet, ends before
        # the name, which is two words (s37-left).
        rest = [clean(t) for t in tokens[i + 1 :]]
        return len(rest) == 2 and _full_name_words(rest)
    if key not in OUTLET_WORDS or not clean(tokens[i])[:1].isupper():
        return False
    rest = [clean(t) for t in tokens[i + 1 :]]
    if rest and rest[0].lower() in PLACE_NOUNS:
        return False
    if len(rest) != 2 and not (len(rest) == 3 and (i > 0 or len(rest[1].rstrip(".")) == 1)):
        return False
    return _full_name_words(rest)


PLACE_NOUNS = words("square street avenue road plaza park bridge station tower")
"""Nouns that end a place's name ("Times Square", "Herald Street"): after
an outlet word they make it a place, not a publication."""


def _full_name_words(rest: list[str]) -> bool:
    """Are ``rest`` (cleaned words) a person's name: capitalised, no body
    word, no possessive?"""
    return all(
        word[:1].isupper()
        and word.lower() not in BODY_WORDS
        and not word.endswith(("'s", "\u2019s"))
        for word in rest
    )


_GENERATIONAL = frozenset({"Jr", "Sr", "II", "III", "IV"})
"""Suffixes written after a full name ("Tom Hale Jr.", "Tom Hale III")."""


def _letters_of_a_body(tokens: list[str], key: str) -> bool:
    """Is an office written as capital letters (:data:`.lexicon.LETTER_OFFICES`)
    the first word of a body's name that ends the run ("TD Bank", "MP
    Holdings")? Then it is no title before a name (s43-final-analyze2: "TD",
    an office since s43-rev4, read "TD Bank said" as a TD named Bank)."""
    return key in LETTER_OFFICES and clean(tokens[-1]).lower() in ORGANISATION_WORDS


def strip_titles(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Split honorifics and offices ("General", "Montana Sen.", "Yellowhead
    MP", "Editor-in-Chief") from a name run: everything up to the last
    title word."""
    last = -1
    # A generational suffix ends the name, not a title's run: "Martin Luther
    # King Jr." reads "King" as the last word of the name before it, as it
    # would without "Jr." (review of stop 36).
    end = len(tokens) - 1
    if end > 1 and clean(tokens[end]).rstrip(".") in _GENERATIONAL:
        end -= 1
    for i, token in enumerate(tokens[:end]):
        key = clean(token).lower().rstrip(".")
        if (
            (key in _TITLE_KEYS and not _letters_of_a_body(tokens, key))
            or (key in _PARTY_WORDS and len(tokens) - i > 2)
            or _outlet_before_name(tokens, i, key)
            or ("-" in key and _hyphenated_title(key))
            # "Chief Executive Ada Lind": the office is the two words, not
            # "Chief" before a name "Executive Ada Lind" (s37-left2).
            or (key == "executive" and last == i - 1 >= 0)
            # "Principal Gloria Mendoza", "HRH Eze Obinna Chukwu": a job noun
            # or a ruler's title before a full name (review 4, stop 43).
            or office_before_name(tokens, i)
            # "M. Hale", "M. Jean Martin", "el Sr. Hale": the French
            # "Monsieur" and the Spanish "Señor" written short, first and
            # before a capitalised word (an initial inside a name, "Tom M.
            # Hale", and the English "Senior" after one stay in it).
            or (token in ("M.", "Sr.") and i == 0 and is_capitalised(clean(tokens[1])))
            # "Harbour Master Tom Hale": an office ending in "Master" before
            # a full name (a surname at the end, "Tom Master", stays one).
            or (key in _OFFICE_ENDS and i > 0 and len(tokens) - i > 2)
            # "Hafenmeister Tom Hale", "Dessen Vorsitzende Clara Voss": a
            # German office is one compound word, known by its head.
            or (_german_office(key) and len(tokens) - i > 1)
            # "Formand for Lindø Beboerforening Niels Brandt": a Danish
            # body's name, one compound known by its head, before a full
            # name is where the person is (stop 46).
            or (key.endswith(_DANISH_BODY_HEADS) and len(tokens) - i > 2)
            # "said Harbour Master Hale": before a surname alone only after a
            # noun that makes the office ("Ada Master Lind" stays a name;
            # review 2, stop 39).
            or (
                key in _OFFICE_ENDS
                and i > 0
                and len(tokens) - i == 2
                and clean(tokens[i - 1]).lower() in _MASTER_OFFICES
            )
        ):
            last = i
    titles = tokens[: last + 1]
    name = tokens[last + 1 :]
    while (
        len(name) > 1
        and clean(name[-1]).lower().rstrip(".") in _TITLE_KEYS
        and not _title_as_surname(name)
    ):
        titles.append(name.pop())
    return titles, name


def ends_in_office(tokens: Sequence[str]) -> bool:
    """Is a run of capitalised ``tokens`` a body or a place and then an
    office ("Harbour Council Chair", "Yellowhead MP"), naming no one? A
    name is written after its office ("Chair Ada Lind"), never before it;
    a surname that is also a title ("Amy Pope") stays a name."""
    if len(tokens) < 2 or not all(is_capitalised(clean(t)) for t in tokens):
        return False
    titles, _name = strip_titles(list(tokens))
    return bool(titles) and titles[-1] == tokens[-1]


_OFFICE_ENDS = words("master")
"""Words ending an office of two words or more ("Harbour Master", "Station
Master") though no title alone (a surname too): an office only before a
full name."""

_MASTER_OFFICES = words("harbour harbor station post port dock quarter ring toast grand head yard")
"""Nouns that make an office of "Master" ("Harbour Master", "Station Master",
"Grand Master"): that office before a surname alone is no name's word."""

_GERMAN_OFFICE_HEADS = (
    *("meister", "meisterin", "vorsitzende", "vorsitzender", "sprecher", "sprecherin"),
    *("leiter", "leiterin", "direktor", "direktorin", "präsident", "präsidentin"),
    *("ministerin", "chefin", "kommissar", "kommissarin"),
    *("mester", "lærer", "direktør", "formand", "sekretær"),
)
"""The last parts of German offices, written as one compound word before a
name ("Hafenmeister", "Fraktionschefin", "Pressesprecher", "Vorsitzende";
stop 42). English words ending so ("Webmaster" ends otherwise) are rare
before a name; "chef" alone is left out ("Chef Tom Hale" is a cook). The
Danish heads too ("Viceborgmester", "Skolelærer", "Sygehusdirektør"; stop
46), none an English word."""


_DANISH_BODY_HEADS = ("forening", "foreningen", "udvalg", "selskab")
"""The last parts of Danish bodies' names, written as one compound
("Beboerforening", "Havneudvalg"), none an English
word's ending."""


def _german_office(key: str) -> bool:
    """Is ``key`` (a lower-cased word) a German office by its head: a
    compound of :data:`_GERMAN_OFFICE_HEADS` ("hafenmeister",
    "fraktionschefin") or the head alone ("vorsitzende")?"""
    return key.endswith(_GERMAN_OFFICE_HEADS)


_SURNAME_TITLES = words("king pope prince bishop judge major lord provost")
"""Title words that are common surnames too ("Amy Pope", "Peter T. King";
"Ada Provost", a Scottish surname, since "Provost" became a title before a
name: s45-rev8)."""


def _title_as_surname(name: list[str]) -> bool:
    """Is the title word ending a name run the person's surname: written in
    full (no period, not an acronym like "MP") after a given name?"""
    last = clean(name[-1])
    return (
        last.lower() in _SURNAME_TITLES
        and last[:1].isupper()
        and last[1:].islower()
        and not name[-1].endswith(".")
    )


def is_name_token(word: str) -> bool:
    """Can this token be part of a personal name (not "Is", "I'll", "The")?"""
    return _is_name_token(word)


def _trailing_run(tokens: list[str]) -> int:
    """Index where the trailing run of name tokens starts (len if none)."""
    i = len(tokens)
    while i > 0 and _is_name_token(tokens[i - 1]):
        i -= 1
    # A run never starts or ends with a lower-case particle.
    while (
        i < len(tokens)
        and clean(tokens[i]).lower() in NAME_CONNECTORS
        and not is_capitalised(clean(tokens[i]))
    ):
        i += 1
    return i


PARTY_AND_STATE = r"[DRI]-[A-Z][A-Za-z.]{0,12}"
"""A party and a state ("R-Maine", "D-R.I."), in parentheses or set off by
commas (:data:`PARTY_TAG`, :data:`_SET_OFF_PARTY`)."""
PARTY_TAG = re.compile(rf"\((?:{PARTY_AND_STATE}|[DRI]|[A-Z][a-z]{{1,5}}\.)\)")
"""A party or state tag after a name: "(D-R.I.)", "(R)", "(Tex.)"."""
# A nickname in marks between two words of a name ("Tom “Skip” Hale"; an
# article may open it, "Tom “the Skipper” Hale"): no part of the name, and
# no quotation (:func:`nickname_end`).
_NICKNAME = re.compile(
    r"[\u201c\"](?:the[ \u00a0])?"
    r"[A-Z][\w'\u2019-]*(?:[ \u00a0][A-Z][\w'\u2019-]*)?[\u201d\"](?=[ \u00a0]+[A-Z])"
)
MINOR_WORDS = words("a an the and or but nor of in on at to for by with from as vs via de la le el")
"""Function words: no first name before a nickname (`In “Dangerous” Lund`), and
lower-case inside a title (:mod:`.quotes`)."""
# Around a nickname inside a name (`Gov. C.L. “Butch” Otter`): a capitalised
# word (or initials) right before the marks, and one right after them.
_NAME_BEFORE = re.compile(r"(?:^|[\s(])([A-Z][\w.\u2019'-]*)[ \u00a0]+$")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_NAME_AFTER = re.compile(r"['\u2019\"\u201d]?[ \u00a0]+[A-Z][a-z]")


def is_nickname(text: str, line_start: int, open_at: int, close_at: int, content: str) -> bool:
    """One or two capitalised words in marks between a first name (or
    initials) and a surname: `Riefian “Ifan” Fajarsyah`, a name, not words
    anyone said. A function word before the marks (`In “Dangerous” Lund
    says`) is no first name, nor a possessive. The one reading of a
    nickname: the quotation filter (:mod:`.quotes`) drops such marks, and
    :func:`nickname_end` steps over them in a speaker's phrase and name."""
    parts = content.rstrip(",").split()
    if len(parts) > 1 and parts[0] == "the":
        parts = parts[1:]  # `Tom “the Skipper” Hale`: an article opens it
    if not 1 <= len(parts) <= 2 or not all(p[:1].isupper() and p[-1:].isalpha() for p in parts):
        return False
    if _NAME_AFTER.match(text, close_at + 1) is None:
        return False  # (anchored, so tried before the search below)
    # (From the character before the line or the phrase, so a name opening it
    # is found: "“…,” Tom “Skip” Hale said", stop 39.)
    before = _NAME_BEFORE.search(text, max(0, line_start - 1, open_at - 40), open_at)
    if before is None or before.group(1).lower() in MINOR_WORDS:
        return False
    if before.group(1).endswith(("'s", "\u2019s")):
        return False  # `Fox's “Hannity”`: a show, after its network (a title)
    # `on Monday. “Night Crossings,” Berg said`: a sentence ended there.
    return not before.group(1).endswith(".") or _INITIALS.fullmatch(before.group(1)) is not None


def nickname_end(text: str, lo: int, at: int) -> int | None:
    """Where the marks opening at ``at`` end when they hold a nickname inside
    a name (:func:`is_nickname`, the name's first word no earlier than
    ``lo``: `Riefian “Ifan” Fajarsyah`, `Tom “the Skipper” Hale`), not a
    quotation; else ``None``."""
    m = _NICKNAME.match(text, at)
    if m is None:
        return None
    close = m.end() - 1
    return m.end() if is_nickname(text, lo, at, close, text[at + 1 : close]) else None


def _without_nicknames(phrase: str) -> str:
    """``phrase`` with each nickname inside a name left out (:func:`nickname_end`),
    so the name a citation gives is "Tom Hale" (it read "Tom Skip Hale", a
    middle name the person does not have)."""
    at = 0
    while (mark := _first_double_mark(phrase, at)) >= 0:
        end = nickname_end(phrase, 0, mark)
        if end is None:
            at = mark + 1
        else:
            phrase = phrase[:mark] + phrase[end:].lstrip(" \u00a0")
            at = mark
    return phrase


def _first_double_mark(phrase: str, at: int) -> int:
    found = [i for i in (phrase.find("\u201c", at), phrase.find('"', at)) if i >= 0]
    return min(found) if found else -1


_PARTY_TAG = re.compile(r"[ \u00a0]*" + PARTY_TAG.pattern)
_BRACKET_WORD = re.compile(
    r"[ \u00a0]*\((?:[A-Z\u00c4\u00d6\u00dc]{2,6}|[a-z\u00e4\u00f6\u00fc\u00df]{3,20})\)$"
)
"""One word in brackets ending a speaker phrase after the name, a German
party or its absence ("Bürgermeister Klaus Wendler (parteilos)", "Ada Lind
(SPD)"): no part of the name (s47-lang6)."""
_PAREN_ROLE = re.compile(r"[ \u00a0]*\(((?:the|a|an)[ \u00a0][^()]{1,80})\)")
"""A role in parentheses after a name ("Ada Lind (the harbour master)"):
read as the role after a comma."""


_PAREN_PLAYER = re.compile(
    r"(?<=[a-z])[ \u00a0]+\([A-Z][\w\u2019'-]*(?:[ \u00a0]+[A-Z][\w\u2019'-]*){1,2}\)"
)
"""A full name in brackets right after a name ("Danny (Ben Ross)"): in a
review, the actor who plays the character."""


def _without_player(phrase: str) -> str:
    """The phrase without the actor's name in brackets after a character's
    name ("Her son Danny (Ben Ross)" -> "Her son Danny"): the one who speaks
    in the film is the character, and the actor's name is no part of the
    character's (s42-left2). Two or three capitalised words alone: "(D-R.I.)",
    "(the harbour master)" and "(2019)" are other tags."""
    return _PAREN_PLAYER.sub("", phrase)


_EMPHATIC = frozenset({"himself", "herself"})
"""Reflexives that stress a name ("Tom Hale himself said")."""


def _time_part(part: str) -> bool:
    """Is ``part`` (a stretch between commas) a time phrase and nothing
    else ("on Monday", "last week", "yesterday")?"""
    last = part.rsplit(None, 1)
    if _time_word(last[-1]) not in _TIME_ENDS:
        return False  # (the cheap test before the tokens)
    spans = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(part)]
    if len(spans) == 1:
        return _time_word(spans[0][0]) in _ALONE
    return time_phrase_start(spans, len(spans) - 1) == 0


def _without_time(part: str) -> str:
    """``part`` without a time phrase after a name ("Ada Lind last week",
    from "..., said Ada Lind last week."): when it was said, not who."""
    last = part.rsplit(None, 1)
    if len(last) < 2 or _time_word(last[-1]) not in _TIME_ENDS:
        return part
    spans = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(part)]
    at = time_phrase_start(spans, len(spans) - 1)
    if not 0 < at < len(spans):
        return part
    before = clean(spans[at - 1][0])
    if is_capitalised(before) or (
        before.isalpha() and before.lower() not in PREPOSITIONS and not before.endswith("ed")
    ):
        # "The mayor last week" is the mayor; "a report issued earlier
        # this year" keeps its participle's time ("issued" ends no label).
        return part[: spans[at - 1][2]]
    return part


_JA_HONORIFICS = ("さん", "ちゃん", "氏", "様", "君")
"""Japanese honorifics after a name (田中氏, 田中さん): politeness, no part of
the name and no role."""
_JA_OFFICES = ("首相", "大統領", "議員", "教授", "博士", "弁護士", "選手", "監督")
"""Offices written after a person's name (田中首相), the role. Offices that
also follow a place or a company (市長, 知事, 社長: 横浜市長 is Yokohama's
mayor) are left whole: the phrase is the role."""


@functools.cache
def _ja_name() -> re.Pattern[str]:
    """A Japanese name as news writes it: kanji or katakana (with ー and ・), no kana
    particles; or a kanji surname and a given name in hiragana (森田さやか, stop
    43), which :func:`_japanese_speaker` reads only before 氏 or さん. (This
    and the other Japanese patterns are compiled the first time a Japanese
    phrase is read: an English post never pays them; stop 45.)"""
    return re.compile(
        r"[\u4e00-\u9fff\u30a0-\u30ff々]{1,6}|[\u4e00-\u9fff々]{2,3}[\u3041-\u3096]{2,3}"
    )


_JA_PLACE_OFFICES = ("市長", "町長", "村長", "知事", "社長", "会長", "教育長", "校長", "議長")
"""Offices written after a place's or a company's name (横浜市長), or after
a person's (北村市長): read as the person's only when a description in
の comes before the name (青浜町の北村正雄市長: the town's mayor, 北村正雄),
or the bare surname is one the text named in full (stop 43). A company's
president and a body's chair (社長, 会長: 北辺鉄道の村上誠社長) from
s47-lang6; a board of education's head, a school's head and an
assembly's chair (教育長, 校長, 議長: 会見した田村和夫教育長) from s48-lang7."""
_JA_DESCRIBED_ENDS = _JA_HONORIFICS + _JA_OFFICES + _JA_PLACE_OFFICES
"""The suffixes :func:`_ja_described` ends with."""
_JA_AGE = re.compile(r"[\uff08(][\uff10-\uff190-9]{1,3}[\uff09)]$")
"""The age after a name, in full-width brackets and digits or ASCII ones
(リンド・エイダさん, 48, in brackets): no part of the name."""


@functools.cache
def _ja_described() -> re.Pattern[str]:
    """A name of two to eight characters (a katakana name with its ・ runs
    long) with its honorific or office after a description that ends in
    kana (校長の高田由美さん, 商店を営むリンド・エイダさん, 青浜町の北村正雄市長):
    group 1 the name, group 2 the suffix; what comes before the name
    describes the person (not お客さん: one kanji)."""
    return re.compile(
        r"[^\u4e00-\u9fff\u30a0-\u30ff々]([\u4e00-\u9fff\u30a0-\u30ff々]{2,8}"
        r"|[\u4e00-\u9fff々]{2,3}[\u3041-\u3096]{2,3}(?=氏|さん))"
        r"(" + "|".join(_JA_DESCRIBED_ENDS) + r")$"
    )


_JA_NOT_NAMES = frozenset("同両各皆彼")
"""同氏 (the said person), 両氏 (both), 各氏, 皆さん, 彼氏 (a boyfriend): no name
before the honorific."""
_JA_KIN = frozenset(
    ["娘", "息子", "奥", "母", "父", "兄", "姉", "弟", "妹", "妻", "夫", "祖母", "祖父", "孫", "子"]
)
"""Kinship words that take さん or 様 as a name does (娘さん, 奥さん: a daughter,
a wife): a description, no name."""
_JA_PERSON_NOUN = re.compile(r"(?:員|師|者|官|士|..手)$")
"""The endings of nouns for a person by their work that take さん as a name
does (店員さん, 看護師さん, 患者さん, 運転手さん: a clerk, a nurse, a patient, a
driver): a description, no name (選手 and 弁護士 after a name are offices,
:data:`_JA_OFFICES`)."""


_JA_PRONOUNS = {"彼": "he", "彼女": "she"}
"""Japanese personal pronouns as a subject (彼は「…」と述べた: "he said"): read
as the English pronoun, resolved as it is, never a speaker called 彼. Not
彼ら/彼女ら: a plural only, where English "they" resolves to one person as
well; they stay the description the text wrote (the group, unnamed)."""


def _japanese_speaker(phrase: str, surnames: Container[str] = frozenset()) -> NameRole | None:
    """田中氏 → 田中; 田中首相 → 田中, the role 首相 (see :data:`_JA_HONORIFICS`);
    彼 → the pronoun "he"; a bare 田中 → 田中 when the text has named 田中
    (田中氏 before: one person, one legend chip)."""
    pronoun = _JA_PRONOUNS.get(phrase)
    if pronoun is not None:
        return NameRole(None, None, pronoun)
    if phrase in surnames and _ja_name().fullmatch(phrase):
        return NameRole(phrase, None)
    if phrase.endswith(("\uff09", ")")):
        phrase = _JA_AGE.sub("", phrase)
    # (The pattern ends with a suffix: a phrase that ends with none, like a
    # display name ending in an emoji, is not tried and compiles nothing.)
    ends = phrase[:-1] if phrase.endswith("\n") else phrase
    described = _ja_described().search(phrase) if ends.endswith(_JA_DESCRIBED_ENDS) else None
    if described is not None:
        return _japanese_described(described.group(1), described.group(2))
    for suffix in _JA_HONORIFICS + _JA_OFFICES:
        if phrase.endswith(suffix):
            name = phrase[: -len(suffix)]
            if (
                _ja_name().fullmatch(name)
                and name not in _JA_NOT_NAMES
                and name not in _JA_KIN
                and _JA_PERSON_NOUN.search(name) is None
            ):
                return NameRole(name, suffix if suffix in _JA_OFFICES else None)
            return None
    return None


def _japanese_described(name: str, suffix: str) -> NameRole | None:
    """The name of :func:`_ja_described` (a description before it), with
    an office as its role; ``None`` for a kinship word or a person's noun
    (店員さん) or a kana given name before anything but 氏 or さん."""
    if name in _JA_NOT_NAMES or name in _JA_KIN or _JA_PERSON_NOUN.search(name) is not None:
        return None
    if name[-1] >= "\u3041" and name[-1] <= "\u3096" and suffix not in ("氏", "さん"):
        return None
    return NameRole(name, None if suffix in _JA_HONORIFICS else suffix)


@functools.cache
def ja_named() -> re.Pattern[str]:
    """A Japanese name with its honorific or office as a clause's subject
    (田中太郎氏は港を訪れた: 田中太郎 visited the harbour; 青浜町の北村正雄市長は,
    森田さやか氏は: stop 43), group 1 the phrase :func:`split_speaker` reads."""
    return re.compile(
        r"((?<![\u4e00-\u9fff\u30a0-\u30ff々])[\u4e00-\u9fff\u30a0-\u30ff々]{1,6}(?:"
        + "|".join(_JA_HONORIFICS + _JA_OFFICES)
        + r")|の[\u4e00-\u9fff\u30a0-\u30ff々]{2,6}(?:"
        + "|".join(_JA_PLACE_OFFICES)
        + r")|(?<![\u4e00-\u9fff々])[\u4e00-\u9fff々]{2,3}[\u3041-\u3096]{2,3}(?:氏|さん))"
        + r"[はがもと、]"
    )


_JA_KANJI = re.compile(r"[\u4e00-\u9fff々]+")


def japanese_full_name(phrase: str, names: Iterable[str]) -> str | None:
    """The one full name among ``names`` that the bare kanji surname
    ``phrase`` opens (田中 after 田中太郎氏: 田中太郎). A Japanese name is
    written surname first, with no space: a surname of two or three kanji,
    then a given name of one to three. ``None`` when no name or two names
    (田中太郎 and 田中花子) open with it, or ``phrase`` is no bare surname."""
    if phrase.endswith(_JA_HONORIFICS + _JA_PLACE_OFFICES):
        # 北村市長, 森田氏 after 青浜町の北村正雄市長, 森田さやか氏 (stop 43).
        suffix = next(x for x in _JA_HONORIFICS + _JA_PLACE_OFFICES if phrase.endswith(x))
        phrase = phrase[: -len(suffix)]
    if not 2 <= len(phrase) <= 3 or not _JA_KANJI.fullmatch(phrase):
        return None
    found = None
    for name in names:
        if (
            name.startswith(phrase)
            and 1 <= len(name) - len(phrase) <= 3
            and _ja_name().fullmatch(name)
            and name != found
        ):
            if found is not None:
                return None  # two people share the surname
            found = name
    return found


_THE_REVEREND = re.compile(r"(?:Rev\.?|Reverend) [A-Z][\w'\u2019-]* [A-Z]")
"""After "the": a clergyman's honorific, then a given name and a surname
("the Rev Sally Okonjo", "the Reverend Mark Penrose")."""


_RU_BODY_ENDS = (
    "\u043e\u0435",  # (neuter adjective)
    "\u0430\u044f",  # -ая
    "\u044b\u0435",  # (plural adjective)
    "\u0441\u0442\u0432\u043e",  # -ство
    "\u043d\u0438\u0435",  # -ние
    "\u0446\u0438\u044f",  # -ция
    "\u0442\u0435\u0442",  # -тет
)
"""Endings of a Russian adjective (neuter, feminine, plural: "Областное",
"Местная") and of a body's noun ("Министерство", "Управление",
"Администрация", "Комитет") opening a sentence; the masculine adjective's
-ый/-ий/-ой is a surname's too ("Толстой")."""


def split_speaker(phrase: str, surnames: Container[str] = frozenset()) -> NameRole:
    """Split a speaker phrase into a name and a role (see the module doc);
    ``surnames`` (lower-cased) are people the text has named already (for a
    Japanese phrase the analysis passes the full names heard so far, a
    Japanese name being one word: 田中 for 田中氏)."""
    if cyrillic(phrase) and "," not in phrase:
        tokens = phrase.split()
        run = len(tokens)
        while run > 0 and tokens[run - 1][:1].isupper() and tokens[run - 1].isalpha():
            run -= 1
        if (
            len(tokens) - run in (2, 3)
            and run > 1
            and tokens[0][:1].isupper()
            and tokens[1].islower()
            and all(t.isalpha() for t in tokens[:run])
        ):
            # "Депутатка обласної ради Людмила Гнатюк": the office and its
            # genitive in lower case, then the name (stop 46).
            return NameRole(" ".join(tokens[run:]), " ".join(tokens[:run]))
        if (
            len(tokens) > 1
            and tokens[0][:1].isupper()
            and tokens[0].endswith(_RU_BODY_ENDS)
            and all(t.islower() and t.isalpha() for t in tokens[1:])
        ):
            # "Областное управление дорог", "Министерство здравоохранения
            # области": an adjective or a body's noun opening the sentence,
            # the rest in lower case, is a body or a description; a name is
            # two capitalised words (s48-lang7).
            return NameRole(None, phrase)
    tail = phrase[phrase.rfind(" ") + 1 :]
    if tail.islower() and not tail.isascii() and (tail in TITLES or _german_office(tail)):
        head = phrase[: -len(tail)].split()
        if len(head) == _NAME_THEN_OFFICE and all(is_capitalised(w) and w.isalpha() for w in head):
            # "Szűcs Attila polgármester", "Tóth Ádám kikötőmester": the
            # Hungarian name, then the office (stop 46; an English office
            # after a name is set off by a comma, every English title ASCII).
            return NameRole(" ".join(head), tail)
    if phrase[:4] in ("the ", "The ") and _THE_REVEREND.match(phrase, 4):
        # "the Rev Sally Okonjo said": "the" before a clergyman's honorific
        # and a full name is no description; the name without its title, as
        # "Rev Sally Okonjo" is read (s46-rev12).
        phrase = phrase[4:]
    split = _split_speaker(phrase, surnames)
    if split.name is not None and cyrillic(split.name) and split.name.count(" ") > 1:
        # "Пенсионер Виктор Рябов": a Russian name is two words, three with
        # a patronymic; the capitalised noun before it is the role.
        tokens = split.name.split()
        at = russian_name_start(tokens)
        if at:
            office = ", ".join(r for r in (" ".join(tokens[:at]), split.role) if r)
            split = NameRole(" ".join(tokens[at:]), office, split.pronoun)
    if split.name is None and split.role is not None and "," not in split.role:
        split = _without_place(split)
    if split.role is None:
        return split
    # What a German, Spanish or Russian sentence writes beside the name
    # saying when, where or to whom it was said is no part of the role.
    cleaned = press_role(split.role)
    return split if cleaned == split.role else NameRole(split.name, cleaned, split.pronoun)


def _without_place(split: NameRole) -> NameRole:
    """A description in lower case without the place or the occasion a
    preposition of :data:`_FOREIGN_PREPOSITIONS` adds after its noun ("una
    vecina desde la puerta", "l'élu devant une centaine d'habitants"): who,
    not where (s47-lang6), as after a name ("añadió Pablo Ruiz ante los
    vecinos")."""
    role = split.role or ""
    words = role.split()
    if len(words) < 3 or not words[0][:1].islower():
        return split
    for i in (1, 2):
        if words[i] in _FOREIGN_PREPOSITIONS:
            return NameRole(None, " ".join(words[:i]), split.pronoun)
    return split


def _split_speaker(phrase: str, surnames: Container[str]) -> NameRole:
    if phrase and phrase[-1] >= "\u3040":
        korean = korean_name_role(phrase) if hangul(phrase[-1]) else None
        if korean is not None:
            return NameRole(*korean)
        japanese = _japanese_speaker(phrase, surnames)
        if japanese is not None:
            return japanese
        chinese = chinese_name_role(phrase)
        if chinese is not None:
            return NameRole(*chinese)
    # Emoji and symbols in a display name ("Dianna E. Anderson 🏳️‍🌈") are
    # decoration, not part of the name or role.
    # (Every such character is beyond ASCII, and both patterns below open
    # with a bracket: most phrases are spared the three scans.)
    if not phrase.isascii():
        phrase = _DECORATION.sub("", phrase)
    phrase = " ".join(phrase.split())
    if "\u201c" in phrase or '"' in phrase:
        phrase = _without_nicknames(phrase)
    if "(" in phrase:
        # "Sen. Jack Reed (D-R.I.)": the party or state tag is no part of the name.
        phrase = _PARTY_TAG.sub("", phrase)
        phrase = _BRACKET_WORD.sub("", phrase)
        phrase = _PAREN_ROLE.sub(r", \1", phrase)
        phrase = _without_player(phrase)
    phrase = phrase.strip().strip(",;:—\u2013- ").strip()
    if not phrase:
        return NameRole(None, None)
    words = [clean(w) for w in _TOKEN.findall(phrase)]
    words = [w for w in words if w]
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return NameRole(None, None, words[0].lower())
    if len(words) > 1 and words[0] in _GREEK_NEUTER_ARTICLES:
        # "(To) υπουργείο Ναυτιλίας ανέφερε": the neuter article opens a
        # thing, a body, never a person; its capitalised genitive is no
        # one's name (stop 46).
        return NameRole(None, phrase)
    foreign = foreign_pronoun_of(words)
    if foreign is not None:
        # "« … », a-t-il insisté", "Il a dit :", "— сказала она": the
        # English pronoun, resolved as it is (never a speaker called "Il").
        return NameRole(None, None, foreign)
    if "," not in phrase and german_description(words):
        # "„…“, erklärt der Hafenmeister": a description, not a person
        # called "Hafenmeister" (German capitalises every noun).
        return NameRole(None, phrase)
    if len(words) > 1 and words[-1].lower() in _EMPHATIC and words[-2][:1].isupper():
        # "Tom Hale himself said": the reflexive stresses who spoke, no
        # part of a name or a role (s38-revlate); "the chair herself" stays.
        phrase = phrase[: phrase.rstrip().rfind(" ")].rstrip()
    parts = [p.strip() for p in phrase.split(",") if p.strip()]
    if len(parts) > 1 and _time_part(parts[-1]):
        # "said Tom Hale, the harbour master, on Monday": when it was said,
        # set off by its comma, is no part of the role (s38-left).
        while len(parts) > 1 and _time_part(parts[-1]):
            parts.pop()
        phrase = ", ".join(parts)
    first = parts[0]
    if len(parts) > 1 and _sentence_adverb(first):
        # "Reluctantly, Brafman said", "Instead, Tom Hale said": the adverb
        # opening the sentence is no name.
        return _after_opening(parts, phrase, surnames)
    if _share_of_people(first):
        # "Six in 10 residents said", "Half of the voters say": a share of
        # people counted, not a person called "Six" or "Half".
        return NameRole(None, phrase)
    if (
        len(parts) > 1
        and first.split()[0].lower() in _PAIR_PREPOSITIONS - PREPOSITIONS
        and parts[1].split()[0] in ARTICLES
    ):
        # "Unlike Tom Hale, the mayor said", "Between Lind and Hale, the
        # mayor said": the opening phrase's object is not who speaks; the
        # description after the comma does.
        return split_speaker(", ".join(parts[1:]), surnames)
    # "Ada Lind, or her aide, said": a part opening with "or" offers someone
    # else who may have said it, never a role of the name before it.
    rest = ", ".join(p for p in parts[1:] if not p.startswith("or ")) or None
    timeless = _without_time(first)
    if timeless != first:
        # (the role without it too: "The mayor last week" is the mayor)
        phrase = phrase.replace(first, timeless, 1)
        parts[0] = first = timeless
    raw = [w for w in _TOKEN.findall(first) if clean(_light(w))]
    tokens = [_light(w) for w in raw]
    if not tokens:
        return NameRole(None, rest)
    titled = _titled_body(tokens)
    if titled is not None:
        # "Doctors Without Borders said": one body's name, not a person
        # called "Borders" (role "Doctors Without").
        role_parts = [" ".join(tokens[:titled]), rest or ""]
        return NameRole(" ".join(tokens[titled:]), ", ".join(p for p in role_parts if p) or None)
    if _side_of_place(tokens):
        # "Ada Lind, Democrat of Leith, said": the party and the place are
        # who she is, not a person called "Democrat" (the name stands
        # before the aside; attribution steps back to it).
        return NameRole(None, phrase)
    named_last = _office_of_body_then_name(tokens, surnames)
    if named_last:
        # "Head of the harbour trust's legal team Ana Ruiz said": the office
        # and its body, then the person; not a person called "Head".
        role_parts = [" ".join(tokens[:named_last]), rest or ""]
        return NameRole(
            " ".join(tokens[named_last:]), ", ".join(p for p in role_parts if p) or None
        )
    suffix: list[str] = []
    for i, token in enumerate(tokens):
        if (
            i > 0
            and (
                _ends_name(token, tokens[i + 1] if i + 1 < len(tokens) else "")
                or _dutch_of_the(tokens, i)
            )
            and _is_name_token(tokens[i - 1])
            and not _titled_office(tokens, _trailing_run(tokens))
            and not _titled_name_at_end(tokens)
            and not _office_then_name(tokens, _trailing_run(tokens))
        ):
            # "Richard Shelby of Alabama": the name stands before "of".
            suffix = tokens[i:]
            tokens = tokens[:i]
            lead = [t for t in tokens if t.lower() not in _COUNTING]
            if (
                len(lead) == 1
                and lead[-1] == tokens[-1]
                and (_plural_after_a_name(suffix) or _people_for_someone(tokens, suffix))
                and clean(lead[-1]).lower() not in surnames
            ):
                # "Out of the Cold program users", "Friends of the Harbour
                # volunteers": a body's name before a plural noun, people
                # unnamed, not a person called "Out" ("Lind of the Ashton
                # volunteers" is Ada Lind, named before, one of them).
                return NameRole(None, phrase)
            break
    start = _trailing_run(tokens)
    if (
        start == len(tokens) - 1 > 0
        and given_name_word(tokens[start - 1])
        and _all_titles(tokens[: start - 1])
    ):
        # "said Will Lind", "Dr. June Lind said": a capitalised modal or
        # month opening the phrase (after titles only) right before one
        # surname is a first name, not a role "Will" (a month as a time
        # has "in"/"on" or a comma: "in May Lind said", "May, Lind said").
        start -= 1
    if not suffix:
        start = after_possessive(raw, start)
    if start < len(tokens):
        before = [t.lower() for t in tokens[:start]]
        after_prep = any(b in PREPOSITIONS for b in before) or (
            len(parts) > 1 and _romance_portfolio(tokens[:start])
        )
        if after_prep and (_titled_name_at_end(tokens) or _office_then_name(tokens, start)):
            # "Fight for $15 organizing director Kendall Fells", "Department
            # of Energy Secretary Ada Lind": the office ends the organisation.
            after_prep = False
        elif after_prep and _titled_office(tokens, start):
            # "Secretary of State Mike Pompeo": the run after the office's
            # "of" ends with the name; the office is the role.
            after_prep = False
            start += after_portfolio(tokens[start:])
        if not after_prep and not (
            before
            and (
                before[-1] in DETERMINERS
                or (before[-1] in _ROMANCE_ARTICLES and not strip_titles(tokens[start:])[0])
            )
        ):
            pair = _joined_names(tokens, start)
            if pair is not None:
                # ("said Ada Lind and Tom Hale of the harbour board": the
                # place they work is the role, as after one name)
                first_at, name, titles = pair
                role_parts = [" ".join(tokens[:first_at] + titles), " ".join(suffix), rest or ""]
                return NameRole(name, ", ".join(p for p in role_parts if p) or None)
            titles, name_tokens = strip_titles(tokens[start:])
            if _all_titles(name_tokens):
                # "Google's former CEO, Eric Schmidt": the name is elsewhere.
                return _second_part(parts, phrase)
            name = " ".join(name_tokens)
            role_parts = [" ".join(tokens[:start] + titles)] if (start or titles) else []
            if suffix:
                role_parts.append(" ".join(suffix))
            if rest:
                role_parts.append(rest)
            role = ", ".join(p for p in role_parts if p) or None
            return NameRole(name, role)
    return _second_part(parts, phrase)


_OFFICE_BODY_JOINS = words("and or with for to")


def _office_of_body_then_name(tokens: list[str], surnames: Container[str]) -> int:
    """Where the person's name starts in "<Office> of the <body> <noun>
    <Given> <Surname>" ("Head of the Harbour Trust's legal team Ana Ruiz"):
    one capitalised word, "of", then words whose last before the name is in
    lower case, and a run of two or three name words ending the phrase. The
    "Richard Shelby of Alabama" reading took the one word before "of" for
    the name and left the person named last in the role (stop 48). Not when
    that word is a surname the text has named, nor when a conjunction or a
    preposition of another tie stands after "of" ("Hale of the trust and
    lawyer Ana Ruiz": two people). Else 0."""
    if len(tokens) < 6 or tokens[1] != "of" or clean(tokens[0]).lower() in surnames:
        return 0
    if not is_capitalised(clean(tokens[0])):
        return 0
    start = _trailing_run(tokens)
    if not 2 <= len(tokens) - start <= 3 or start < 4:
        return 0
    before = tokens[start - 1]
    if not (before.isalpha() and before.islower()) or before in PREPOSITIONS:
        return 0
    if any(t.lower() in _OFFICE_BODY_JOINS for t in tokens[2:start]):
        return 0
    return start if all(is_capitalised(clean(t)) for t in tokens[start:]) else 0


_ROMANCE_OF = frozenset(
    {"de", "del", "da", "do", "dos", "das", "di", "della", "dello", "dei", "degli", "du", "des"}
)
"""The Romance "of" (and its forms with the article) that ties an office to its
portfolio or place ("la consejera de Sanidad", "le ministre de la Santé")."""


_ROMANCE_ARTICLES = ROMANCE_ARTICLES - {"i", "a", "as"}
"""Romance definite articles (:data:`.lexicon.ROMANCE_ARTICLES`): right
before a capitalised run they make it a body's or a thing's name, as "the"
does ("la Junta", "el Gobierno", "o Ministério"), never a person's
(s47-lang6); a title opening the run is a person's ("le Dr Lefèvre", "el
Sr. Hale"). Not the Portuguese "as", the English conjunction ("As Andrew
Tabler put it"), nor "a", the English article, nor the Italian plural "i"
(s47-lang6's table left both out)."""


def _romance_portfolio(before: list[str]) -> bool:
    """Do the words before a part's trailing capitalised run hold a Romance
    "of" right after a lower-case noun and right before the run, or before
    its article ("la consejera de [Sanidad]", "o secretário de [Estado da
    Educação]", "le ministre de la [Santé]")? The capitalised words are the
    office's portfolio, no name: with a name set off after the comma, that is
    the speaker (s47-lang6). A name's own particle follows a capitalised
    word ("Juan de la Cruz")."""
    # The run follows the "of" itself, or its article ("de la Santé"): a
    # capitalised run after a lower-case word of the place ("le capitaine du
    # port Ada Lind") is the name after its office, no portfolio.
    at = len(before) - 1
    if at > 0 and before[at] in _ROMANCE_ARTICLES:
        at -= 1
    return (
        at > 0
        and before[at] in _ROMANCE_OF
        and before[at - 1].isalpha()
        and before[at - 1].islower()
    )


_COUNTING = DETERMINERS | frozenset({"many", "several", "most", "few", "all", "both"})


def _titled_body(tokens: list[str]) -> int | None:
    """Where a body's name written in title case starts in ``tokens``: a
    capitalised plural, a capitalised preposition and capitalised words to
    the end ("Doctors Without Borders", "Mothers Against Drunk Driving",
    "the group Engineers For Clean Water"); ``None`` otherwise. Mid-name, a
    preposition is capitalised only in such a name; a person's runs on in
    lower case ("Ada Lind of the harbour board"). The plural opens the run
    ("Sen. Tom Peters Of Michigan" is no body)."""
    for i in range(1, len(tokens) - 1):
        word = clean(tokens[i])
        if not (word[:1].isupper() and word.lower() in ENGLISH_PREPOSITIONS):
            continue
        plural = clean(tokens[i - 1])
        if (
            plural[:1].isupper()
            and (i == 1 or not clean(tokens[i - 2])[:1].isupper())  # not "Tom Peters Of"
            and plural.isalpha()
            and looks_plural(plural.lower())
            and all(clean(t)[:1].isupper() for t in tokens[i + 1 :])
        ):
            return i - 1
        return None
    return None


def looks_plural(word: str) -> bool:
    """Is ``word`` (lower-case) shaped like a plural noun: longer than three
    letters, ending in "s" but not in "ss", "us" or "is" ("users", not
    "press", "bonus", "basis")?"""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


_FOR_SOMEONE = words("to for")
"""The prepositions that tie a plural noun of people to the person they
serve ("Aides to Ada Lind", "Lawyers for Tom Hale"); not "of", which
follows a surname as often ("Sanders of Vermont")."""


def _people_for_someone(tokens: list[str], suffix: list[str]) -> bool:
    """Does the phrase open with a plural noun of people, capitalised as a
    sentence's first word, tied by "to" or "for" to a name ("Aides to Ada
    Lind", "Lawyers for Tom Hale")? Those people are the speakers, unnamed,
    not a person called "Aides" (stop 41)."""
    first = tokens[0]
    return (
        len(tokens) == 1
        and len(suffix) > 1
        and suffix[0] in _FOR_SOMEONE
        and first[1:].islower()
        and PLURAL_PEOPLE.fullmatch(first.lower()) is not None
        and suffix[1][:1].isupper()
    )


def _plural_after_a_name(suffix: list[str]) -> bool:
    """Does a phrase's part from its preposition on hold a capitalised word
    and end in a lower-case plural ("of the Cold program users")?"""
    last = suffix[-1]
    return (
        len(suffix) > 2
        and last.isalpha()
        and last.islower()
        and looks_plural(last)
        and any(t[:1].isupper() for t in suffix[1:-1])
    )


_PAIR_PREPOSITIONS = ENGLISH_PREPOSITIONS | words("unlike like alongside including")
"""Prepositions that may open a sentence before two names ("Between Lind and
Hale, the mayor said", "Unlike Lind and Hale"): the names are its object.
(The lexicon's list, and the comparisons it leaves out.)"""


def _joined_names(tokens: list[str], start: int) -> tuple[int, str, list[str]] | None:
    """Two names joined by "and" before the verb or after it ("Ada Lind and
    Tom Hale said", "said Sen. Ada Lind and Rep. Tom Hale"): one speaker,
    both names, never a role ending in "and". ``start`` is where the
    trailing run of name words starts; returns where the first name starts,
    the joined names and their titles (for the role)."""
    if not 2 <= start < len(tokens) or clean(tokens[start - 1]).lower() not in PAIRING:
        return None
    first = _trailing_run(tokens[: start - 1])
    if first >= start - 1:
        return None
    if first > 0 and clean(tokens[first - 1]).lower() in DETERMINERS:
        return None  # "the Lind and Hale families"
    if clean(tokens[first]).lower() in _PAIR_PREPOSITIONS or (
        first > 0 and clean(tokens[first - 1]).lower() in _PAIR_PREPOSITIONS
    ):
        return None  # "Between Lind and Hale, the mayor said": a phrase, no speaker
    if _all_titles(tokens[start - 2 : start - 1]):
        return None  # "former Ohio Gov. and party chair Ada Lind": one person
    titles, one = strip_titles(tokens[first : start - 1])
    more, other = strip_titles(tokens[start:])
    if not one or not other or _all_titles(one) or _all_titles(other):
        return None
    names = (" ".join(one), " ".join(other))
    groups = [names_a_group(n) for n in names]
    if groups[0] != groups[1] or (not groups[0] and any(looks_like_organisation(n) for n in names)):
        # "Harbour Trust and Tom Hale": a body and a person ("House
        # Republicans and Senate Democrats": two groups, unnamed people).
        return None
    offices = [" ".join(t) for t in (titles, more) if t]
    # "Johnson & Johnson", "Procter & Gamble": the ampersand as written, as
    # a firm's name is (a later "he" still takes one of two people).
    # "Ada or Tom Hale said": one of the two, which the text does not say;
    # both names as written, like a pair, never the second alone (review
    # of stop 36).
    joined = {"&": " & ", "or": " or "}.get(clean(tokens[start - 1]).lower(), " and ")
    return first, joined.join(names), [" and ".join(offices)] if offices else []


PAIRING = frozenset({"and", "&", "or"})
"""Words joining a name to one before it ("Tom Hale and Ben Ross", "Lind &
Hale", "Ada or Tom Hale")."""


POSSESSIVE_END = re.compile(r"\w['\u2019]s$|\ws['\u2019]$")
"""A word ending in a possessive ("Radio's", "NPR’s", "the Times'")."""


def after_possessive(tokens: list[str], start: int = 0) -> int:
    """Where a name starts in a run of capitalised ``tokens[start:]`` that
    opens with its owner ("Washington Post's Ishaan Tharoor", "Iowa State
    University's Dianne Bystrom"): after the last possessive, when two or
    more words follow it; else ``start``."""
    for i in range(len(tokens) - 3, start - 1, -1):
        if POSSESSIVE_END.search(tokens[i]):
            return i + 1
    return start


def _titled_office(tokens: list[str], start: int) -> bool:
    """Do ``tokens`` read as a capitalised office and then a name ("Secretary
    of State Mike Pompeo", "Minister of Foreign Affairs Anna Kask"), rather
    than a description and an organisation ("a journalist with Al Jazeera")?"""
    preps = [i for i in range(1, start) if tokens[i].lower() in PREPOSITIONS]
    if not preps or len(tokens) - start < 3:
        return False
    office = tokens[preps[-1] - 1]
    name = tokens[-3:] if tokens[-2].endswith(".") else tokens[-2:]
    key = clean(office).lower()
    return (
        (key in _TITLE_KEYS or (key in OFFICES_BEFORE_OF and tokens[preps[-1]] == "of"))
        and office[:1].isupper()
        and not looks_like_organisation(" ".join(name))
    )


INITIAL = re.compile(r"[A-Z]\.")
"""A middle initial ("J." of "Donald J. Trump")."""


def is_initial(word: str) -> bool:
    """Is ``word`` a middle initial (``INITIAL.fullmatch(word)``, without a
    call into the engine)?"""
    return len(word) == 2 and word[1] == "." and "A" <= word[0] <= "Z"


_ABSTRACT_NOUN = re.compile(r"(?:tion|sion|ment|ity|ance|ence|ics|ture|ism)s?$")
"""The endings of the abstract nouns that name departments ("Public
Prosecution", "Urban Development", "Social Security"). Some given names end
so too ("Florence", "Felicity"): only a run of three or more words after
the office is cut at one, where the last two words were the name before."""
_PLURAL_NOUN = re.compile(r"(?:ce|ie|ure|ion|[dgkmpt])s$")
"""A common noun's plural ("Resources", "Services", "Fisheries", "Measures",
"Relations", "Lands", "Buildings", "Works", "Programs", "Groups", "Sports"),
not a given name ending in "s" ("Charles", "James", "Agnes", "Hans",
"Thomas"): after a department word it goes on with the department."""


def _department_word(word: str) -> bool:
    return word in PORTFOLIOS or _ABSTRACT_NOUN.search(word) is not None


def names_departments(run: Sequence[str]) -> bool:
    """Could ``run`` be departments alone ("Foreign Affairs", "Harbours"),
    with no person's name in it ("Energy Tom Hale")? Each word is a
    department word or a plural."""
    return all(
        _department_word(word) or (len(word) > 3 and word[-1] == "s" and word[-2] not in "su")
        for word in (clean(token).lower() for token in run)
    )


def after_portfolio(run: Sequence[str], *, opened: bool = False) -> int:
    """Where the name starts in a capitalised ``run`` after an office's "of"
    ("Secretary of State Mike Pompeo": the run is "State Mike Pompeo"):
    after the words that name the department ("State", "Foreign Affairs",
    "Public Prosecution"), so a longer name stays whole ("Hillary Rodham
    Clinton"); when the run opens with no such word, its last two words
    (three with a middle initial) are the name. ``opened``: the run's first
    word was left out already ("State" opens no name), so the run may open
    with the name itself ("Ada Maria Lind") or with the rest of the
    department ("Security Ada Lind"), never with a word before it."""
    short = 3 if len(run) > 2 and is_initial(run[-2]) else 2
    skip = 0
    while len(run) - skip > 2:
        word = clean(run[skip]).lower()
        if not _department_word(word) and not (
            # "Energy Resources", "Health Services": a plural noun goes on
            # with the department word before it ("Energy Charles Evans
            # Hughes": a given name in "s" opens the name).
            skip and len(run) - skip > short and _PLURAL_NOUN.search(word)
        ):
            break
        skip += 1
    if skip or opened:
        return skip
    return max(0, len(run) - short)


def _titled_name_at_end(tokens: list[str]) -> bool:
    """Does the phrase end with a lower-case office and a name of two or
    more words ("Fight for $15 organizing director Kendall Fells")? Then the
    name is there, not before its first preposition."""
    start = _trailing_run(tokens)
    return (
        len(tokens) - start >= 2
        and start > 0
        and tokens[start - 1].islower()
        and tokens[start - 1].rstrip(".") in _TITLE_KEYS
    )


def _office_then_name(tokens: list[str], start: int) -> bool:
    """Does the capitalised run ``tokens[start:]`` after a preposition end
    with an office and a name of two or more words ("Department of Energy
    Secretary Ada Lind": the run is "Energy Secretary Ada Lind")?"""
    if len(tokens) - start < 3 or start < 2 or not _is_name_token(tokens[start - 2]):
        return False  # "a top aide to President Ada Lind": no organisation before
    titles, name = strip_titles(tokens[start:])
    return bool(titles) and len(name) >= 2 and not looks_like_organisation(" ".join(name))


def _all_titles(tokens: list[str]) -> bool:
    return all(clean(t).lower().rstrip(".") in _TITLE_KEYS for t in tokens)


_CONNECTIVES = words(
    "instead nevertheless nonetheless moreover furthermore indeed thus therefore again "
    "otherwise besides"
)
_LY_ADVERB = re.compile(r"[A-Z][a-z]{3,}ly")
_PARTICIPLE = re.compile(r"[A-Z][a-z]{3,}ing")


SPELLED_COUNTS: frozenset[str] = words(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty "
    "fifty sixty seventy eighty ninety"
)
"""Numbers written as words, which open a share ("Six in 10", "Twenty-one in
100"); the part before a hyphen is looked up."""


def _share_of_people(part: str) -> bool:
    """Does this phrase open with a share written in words: a number, "in"
    and a number ("Six in 10 voters", "One in three"), or "Half of" or a
    number and "of" ("Six of the fishermen")?"""
    w = part.split()
    if len(w) < 3 or not w[0][:1].isupper():
        return False
    if w[0] == "Half":
        return w[1] == "of"
    if w[0].split("-")[0].lower() not in SPELLED_COUNTS:
        return False
    if w[1] == "of":
        return True  # "Six of the fishermen", "Twenty-two of the pilots"
    count = w[2].rstrip(",").lower()
    return w[1] == "in" and (count.isdigit() or count in SPELLED_COUNTS)


def _sentence_adverb(part: str) -> bool:
    """Is a comma-set part of a speaker phrase an adverb opening its sentence
    ("Reluctantly", "Instead")? Only a capitalised -ly word of six letters or
    more or a connective: a name in the next part decides (:func:`_second_part`)."""
    if _LY_ADVERB.fullmatch(part) is not None or part.lower() in _CONNECTIVES:
        return True
    # "Appearing on CBS' Face the Nation, the GOP front-runner said", "Based
    # in Halifax, Ada Lind said": a participle phrase, not a name ("Manning,
    # a spokesman" is one word).
    lead = part.split()
    return len(lead) > 1 and (
        (_PARTICIPLE.fullmatch(lead[0]) is not None and lead[1].islower())
        or past_participle_opens(lead[0], lead[1])
    )


ASKED_WHAT = words("whether if why how what when where")
"""Words that open what someone was asked ("Asked whether the pier would open,
Tom Hale said"), like a preposition after an opening participle."""


def past_participle_opens(word: str, follows: str) -> bool:
    """Do ``word`` and the word after it open a past participle's phrase set
    off before the subject ("Asked about Hale,", "Based in Halifax,",
    "Contacted by the Gazette,")? The participle, five letters or more in
    "-ed", then a preposition or a question word in lower case; not "of",
    which follows names ("Ahmed of the council,")."""
    return (
        len(word) > 4
        and word.endswith("ed")
        and follows.islower()
        and (follows in PREPOSITIONS or follows in ASKED_WHAT)
        and follows != "of"
    )


_LABEL_OPENERS = words("however meanwhile still later then now yet also")
"""Connectives that open a sentence before its subject, besides
:data:`_CONNECTIVES` (which also steer the name's reading)."""


def _opening_adverb(part: str) -> bool:
    """One adverb opening the sentence ("Instead", "Reluctantly",
    "However"); not a participle phrase, which may name someone ("Asked
    about Hale, the spokesman")."""
    return " " not in part and (_sentence_adverb(part) or part.lower() in _LABEL_OPENERS)


def shown_role(role: str | None) -> str | None:
    """A speaker's role as the label shows it, whichever way the analysis
    found the speaker (a phrase, the person in focus, a dialogue turn):
    without the one adverb opening the sentence ("Instead, the statement" is
    "the statement"; "Instead" alone is no role; stop-34 review), without an
    honorific (:func:`_without_honorifics`), with an abbreviated title
    spelled out and a party-state tag after it in parentheses ("Sen., R-Maine"
    is "Senator (R-Maine)"; :func:`_spelled_titles`). Only the label: the
    readings of the description (the honorific's sex, "Mrs. Hale" of two
    Hales) are made before, on the role as written (stop 40)."""
    if role is None:
        return None
    clock = _CLOCK.match(role)
    if clock is not None:
        # "14:06 The crowd is chanting:": a live text's entry time opens the
        # sentence the description stands in; it is no part of it.
        role = role[clock.end() :]
    first, comma, rest = role.partition(",")
    if _opening_adverb(first.strip()):
        if not comma:
            return None
        role = rest.strip() or None
    return _spelled_titles(_without_honorifics(role))


_CLOCK = re.compile(
    r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ \u00a0]?[AaPp]\.?[Mm]\.?)?[ \u00a0]+(?=[A-Z])"
)
"""A clock time opening a line ("14:06 ", "9.30am "), before a capital."""


def _without_honorifics(role: str | None) -> str | None:
    """``role`` without the honorifics among the titles before the name
    (its first comma part): "said Mr Easton" has no role, "Mr, the harbour
    master" is "the harbour master", "Dr" of "said Dr Ada Lind" is none
    (:data:`~.lexicon.HONORIFICS`; stop 40). An office stays ("Sheriff")."""
    if role is None:
        return None
    first, comma, rest = role.partition(",")
    kept = [w for w in first.split() if w.lower() not in HONORIFICS]
    if len(kept) == len(first.split()):
        return role
    if kept:
        return " ".join(kept) + comma + rest
    return rest.strip() or None


def _spelled_titles(role: str | None) -> str | None:
    """``role`` with the abbreviated titles of its first comma part spelled
    out (:data:`~.lexicon.SPELLED_TITLES`: "Sen." is "Senator", "Lt. Gov." is
    "Lieutenant Governor") and a party-state tag set off after them shown in
    parentheses ("Sen., R-Maine" is "Senator (R-Maine)"): a researcher
    outside US copy reads the title, and the tag reads as a qualifier, not
    a second role (review 2, stop 40). Only a first part made of titles
    alone, as a title before a name leaves it ("Sen. Tom Hale"); a
    description ("a retired gen. of the army") is left as written."""
    if role is None:
        return role
    first, _comma, rest = role.partition(",")
    titles = first.split()
    if not titles or any(t.lower().rstrip(".") not in SPELLED_TITLES for t in titles):
        return role
    shown = " ".join(SPELLED_TITLES[t.lower().rstrip(".")] for t in titles)
    tag, _comma, after = rest.partition(",")
    if _SET_OFF_PARTY.fullmatch(tag.strip()):
        shown += f" ({tag.strip()})"
        rest = after
    return f"{shown}, {rest.strip()}" if rest.strip() else shown


_SET_OFF_PARTY = re.compile(PARTY_AND_STATE)
"""A party and state tag set off by commas ("R-Maine", "D-Calif.")."""


def _after_opening(parts: list[str], phrase: str, surnames: Container[str]) -> NameRole:
    """The speaker after an opening adverb or participle phrase set off by
    a comma: :func:`_second_part`, or, when that finds no name, a
    description with a full name after it ("Writing in the Western Review,
    the critic Peter Quinn": Peter Quinn, the critic; review 2, stop 43). A
    description alone stays the whole phrase ("Appearing on Harbour TV, the
    front-runner")."""
    found = _second_part(parts, phrase)
    if found.name is not None or len(parts) != 2:
        return found
    inner = _split_speaker(parts[1], surnames)
    if inner.name is None or inner.pronoun is not None or " " not in inner.name:
        return found
    return inner


def _second_part(parts: list[str], phrase: str) -> NameRole:
    """No name in the first part: "a spokesman, John Smith"? A part opening
    with "or" offers someone else who may have said it ("a spokesman, or
    perhaps Ada Lind"): no single speaker, so it is left out and the first
    part stands ("a spokesman"). Only a last part: one with more after it
    is set off inside the description ("a spokesman for the port, or
    harbour, authority"), which stands whole (review of stop 36)."""
    if len(parts) > 1 and parts[-1].startswith("or "):
        parts = parts[:-1]
        phrase = ", ".join(parts)
    first = parts[0]
    if len(parts) > 1:
        second = [t for t in (_light(w) for w in _TOKEN.findall(parts[1])) if clean(t)]
        if (
            second
            and all(_is_name_token(t) for t in second)
            and len(second) <= 4
            and _SET_OFF_PARTY.fullmatch(parts[1]) is None
        ):
            # ("A friend of Sen. Tom Hale, R-Maine": the party tag is the
            # senator's, no name of the friend)
            others = [first, *parts[2:]]
            return NameRole(" ".join(second), ", ".join(others))
    return NameRole(None, phrase)


def looks_like_organisation(name: str) -> bool:
    """Does a capitalised run name an organisation or an outlet?"""
    words = {clean(w).lower() for w in name.split()}
    return not words.isdisjoint(BODY_WORDS) or "/" in name


_PEOPLES = words(
    """
    american mexican african asian european latino latina hispanic muslim christian
    jewish arab british english french german russian chinese japanese korean indian
    canadian israeli iranian iraqi syrian cuban irish italian spanish turkish
    democrat republican catholic evangelical conservative liberal
    """
)
"""Nationalities, faiths and political sides: a capitalised run ending in one
("Mexican American", "American Muslims", "Lithuanian Americans") names a
group of people, not a person."""


def names_a_group(name: str) -> bool:
    """Does a capitalised run end in a people's or a side's name, singular or
    plural ("Muslim Americans", "Iowa Democrats")?"""
    tokens = [clean(t).lower() for t in name.split() if clean(t)]
    if len(tokens) < 2:
        return False
    last = tokens[-1]
    return last in _PEOPLES or (last.endswith("s") and last[:-1] in _PEOPLES)


_HEADLINE_REACH = 300
"""A headline's line is shorter than this either side of a point in it."""


def _line_of(text: str, pos: int, seen: dict[int, bool] | None) -> tuple[int, int] | bool:
    """The start and end of the line holding ``pos`` (between newlines or line
    separators), or the answer already known: False for a line longer than a
    headline reaches either side, ``seen``'s answer for a line asked before."""
    lo, hi = max(0, pos - _HEADLINE_REACH), min(len(text), pos + _HEADLINE_REACH)
    start = max(text.rfind("\n", lo, pos), text.rfind("\u2028", lo, pos)) + 1
    if start == 0 and lo > 0:
        return False  # a line this long is no headline
    if seen is not None and start in seen:
        return seen[start]
    stops = [at for at in (text.find("\n", pos, hi), text.find("\u2028", pos, hi)) if at >= 0]
    if not stops and hi < len(text):
        return False
    return start, min(stops, default=hi)


def _title_cased(parts: list[str]) -> bool:
    """Of the words ``parts`` (a line split at its spaces) that open with a
    letter, are there four or more, seven in ten capitalised? Counted in
    one pass that stops once the words left could not make it so: with
    ``letters`` words read that open with a letter, ``capitals`` of them
    capitalised and ``left`` words unread, even every word left capitalised
    gives seven in ten only if ``7 * letters - 10 * capitals <= 3 * left``
    (a sentence's line is given up within its first third)."""
    letters = capitals = 0
    left = len(parts)
    for part in parts:
        left -= 1
        first = part[0]
        if first.isalpha():
            letters += 1
            if first.isupper():
                capitals += 1
            elif 7 * letters - 10 * capitals > 3 * left:
                return False
    return letters >= 4 and capitals * 10 >= letters * 7


def headline_at(text: str, pos: int, seen: dict[int, bool] | None = None) -> bool:
    """Is the line holding ``pos`` a headline: written in title case (four
    words or more, seven in ten capitalised: "Federal Judge Just Gave
    Hillary Some News", "NBC Drops Hale Over Remarks") and not ended by a
    point as a sentence is ("Tom Hale and Ada Maria Lind left.") nor by a
    colon as a lead-in to a quotation is ("Then Ada Lind, Harbour Council
    Chair, spoke:")? A headline's capitals are no name. ``seen``: the answers already given,
    by the line's start (one text's)."""
    line = _line_of(text, pos, seen)
    if isinstance(line, bool):
        return line
    start, stop = line
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    found = False
    if stop > start and text[stop - 1] not in ".:":  # (most lines end so: no count)
        found = _title_cased(text[start:stop].split())
    if seen is not None:
        seen[start] = found
    return found


@functools.lru_cache(maxsize=8192)
def surname(name: str) -> str:
    """The last word of a name, lower-cased, for matching mentions."""
    # Cached: every mention of a person asks again (People.know).
    tokens = [clean(t) for t in name.split() if clean(t)]
    if len(tokens) > 2 and tokens[-1].rstrip(".") in _GENERATIONAL:
        # "Harry Hurt III ... Mr. Hurt": the surname is before the suffix
        # (stop 45).
        return tokens[-2].lower()
    return tokens[-1].lower() if tokens else ""


def title_case_line(text: str, pos: int, seen: dict[int, bool] | None = None) -> bool:
    """Is the line holding ``pos`` written in title case throughout: four
    words or more, every word of four letters or more capitalised, whatever
    ends it ("What Really Divides Tomas Berglund From His Rivals.")? A
    sentence always has a lower-case word of that length ("Tom Hale and Ada
    Maria Lind left."), a headline or a heading none. ``seen``: the answers
    already given, by the line's start (one text's)."""
    line = _line_of(text, pos, seen)
    if isinstance(line, bool):
        return line
    start, stop = line
    tokens = [t for t in text[start:stop].split() if t[:1].isalpha()]
    found = len(tokens) >= 4 and all(t[:1].isupper() for t in tokens if len(clean(t)) >= 4)
    if seen is not None:
        seen[start] = found
    return found


# Forms of address a quotation calls someone by: the honorifics, and the
# Spanish and French ones the role keeps only when written short or before a
# full name ("Sr.", "Monsieur"), safe here because a surname follows.
_ADDRESS = HONORIFICS | frozenset(
    ("sr", "sr.", "señor", "señora", "señorita", "monsieur", "madame", "don", "doña")
)


def opens_by_address(text: str, start: int, name: str) -> bool:
    """Do the words at ``start`` open with a form of address and the surname
    of ``name`` ("Señor Hale is right to worry", "Mr. Hale, you are wrong")?
    Then they speak of that person or to them: no one calls themselves so.
    One word is read unless it is a form of address."""
    space = text.find(" ", start, start + 12)
    if space < 0 or text[start:space].lower() not in _ADDRESS:
        return False
    last = name.rsplit(None, 1)[-1]
    end = space + 1 + len(last)
    return text.startswith(last, space + 1) and (end == len(text) or not text[end].isalnum())
