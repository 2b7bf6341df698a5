"""A description's one holder named far back (stop 48, s48-far).

"Ada Lind, the lawyer for the families, asked the court ... (seven
paragraphs of other people) ... “…,” the lawyer said": the text gave the
noun to Lind alone by name, so the description stays bound to her however
many others are named between, unless someone is brought in unnamed with
the noun since ("a lawyer for the council said"). :func:`bound_holder`
answers it; the holder patterns of :mod:`.holders` find the holders, and
two more shapes here give a noun by name that they do not: "The lawyer for
the families, Ada Lind," (a complement between the noun and its set-off
name) and "Director of Public Health Ada Lind" (a body of more than one
capitalised word after "of"). The patterns are compiled once per noun.
"""

from __future__ import annotations

import bisect
import functools
import re

from quotemark.library.analyze.common import _DEFINITE
from quotemark.library.analyze.gender import of_description
from quotemark.library.analyze.holders import (
    _ARTICLE,
    _CAPITAL,
    _GAP,
    _HOLDER_NAME,
    _MARKED_NOUN,
    _MODIFIERS,
    _PERSON_NOUNS,
    _RANKS,
    _ROLE_REACH,
    _RUN,
    _brought_in,
    _known_holder,
    _last_mention,
    _noun_choice,
    _role_holders,
    _role_noun,
    _says_noun,
    _unnamed_person,
    _unnamed_since,
    marked_finditer,
)
from quotemark.library.analyze.lexicon import AGENT_NOUNS, MONTHS_AND_DAYS, TITLES
from quotemark.library.analyze.names import headline_at
from quotemark.library.analyze.speakers import People

_COMPLEMENT = r"(?:of|for|at|with)"
"""A preposition opening an office's complement ("the lawyer for the
families", "the director of the water agency")."""


@functools.lru_cache(maxsize=64)
def _far_pattern(noun: str) -> re.Pattern[str]:
    """A person given ``noun`` by name in a shape :mod:`.holders` does not
    read (the name is group 1 or group 2): "The lawyer for the families, Ada
    Lind," (the name set off after the noun's complement, then a comma or a
    full stop) and "Director of Public Health Ada Lind" (two or three
    capitalised words of the body after "of", then the name)."""
    return re.compile(_far_source(_noun_choice(noun)))


def _far_source(n: str) -> str:
    """:func:`_far_pattern`'s source with ``n`` for the noun."""
    return (
        rf"\b{_ARTICLE}{_GAP}{_MODIFIERS}{n}{_GAP}{_COMPLEMENT}{_GAP}"
        rf"[^,.;:!?\n\u201c\u201d\"()]{{1,60}}?,{_GAP}({_HOLDER_NAME})(?=[,.;])"
        rf"|\b{n}{_GAP}of{_GAP}(?:(?-i:{_CAPITAL}{_RUN}){_GAP}){{2,3}}({_HOLDER_NAME})"
    )


@functools.lru_cache(maxsize=64)
def _lone_far_pattern(noun: str) -> re.Pattern[str]:
    """``noun`` before one capitalised word, a surname alone, that no other
    capitalised word follows, the surname perhaps written with an
    apostrophe or a capital inside ("judge O’Neill", "Judge McKay’s
    ruling"; group 1, without the possessive), as
    :func:`.holders.lone_surname_holder` reads a plain one."""
    return re.compile(_lone_far_source(_noun_choice(noun)))


def _lone_far_source(n: str) -> str:
    """:func:`_lone_far_pattern`'s source with ``n`` for the noun (a
    surname's lower-case letters any but ASCII capitals, digits and marks
    between words: a marked copy's noun letters are none of the surname's)."""
    low = r"[^\W\dA-Z_]"
    return (
        rf"(?<![\w-]){n}{_GAP}({_CAPITAL}(?:{low}+(?:{_CAPITAL}{low}+)?|['\u2019]{_CAPITAL}{low}+))"
        rf"(?:['\u2019]s)?(?![\w'\u2019-])(?!{_GAP}(?:[a-z]+{_GAP})?{_CAPITAL})"
    )


_MARKED_FAR = re.compile(_far_source(_MARKED_NOUN))
_MARKED_LONE_FAR = re.compile(_lone_far_source(_MARKED_NOUN))
"""The two patterns for any noun, read on a marked copy of the window
(:func:`.holders.marked_finditer`): compiled once, not once for each noun a
process meets (about 38 ms and 12 ms each)."""


_FAR_REACH = 2 * _ROLE_REACH
"""How far back :func:`bound_holder` reads a lone surname after the noun: a
long story's "judge McKay" thirty paragraphs up."""


def _far_holders(text: str, lo: int, pos: int, noun: str, people: People) -> set[str]:
    """Each person the text between ``lo`` and ``pos`` gave ``noun`` by name
    in one of :func:`_far_pattern`'s shapes, by the full name it knows."""
    known = set(people.mentioned) | set(people.names)
    found: set[str] = set()
    for m in marked_finditer(_far_pattern, _MARKED_FAR, text, lo, pos, noun):
        if headline_at(text, m.start()):
            continue
        holder = _known_holder(m, people, known)
        if holder is not None:
            found.add(holder)
    return found


def _lone_holders(text: str, pos: int, noun: str, people: People) -> set[str]:
    """Each surname written alone after ``noun`` from :data:`_FAR_REACH`
    before ``pos`` (:func:`_lone_far_pattern`), by the full name the text
    knows. Not "Mayor Bill de Blasio" (a lower-case particle, then a
    capital); a surname two full names share is kept apart from them, so
    the holder is ambiguous ("President Bush" after "Jeb Bush" and "George
    W. Bush")."""
    found: set[str] = set()
    far = max(0, pos - _FAR_REACH)
    for m in marked_finditer(_lone_far_pattern, _MARKED_LONE_FAR, text, far, pos, noun):
        surname = m.group(1) or ""  # (group 1 always takes part)
        word = surname.lower()
        if word in TITLES or word in MONTHS_AND_DAYS:
            continue
        if len(people.surnamed.get(word, ())) > 1:
            # ("President Bush" after "Jeb Bush" and "George W. Bush")
            found.add(surname)
        found.add(people.full(surname))
    return found


def bound_holder(text: str, pos: int, description: str, people: People) -> str | None:
    """The one person the text before ``pos`` gave the noun of a definite
    description ("the lawyer", "the agency director") by name, however far
    back, when no one was brought in unnamed with the noun since the holder
    was last named; ``None`` when no one or more than one holds it. (Asked
    only of a description with no possessive: "the families' lawyer" may be
    another's.)"""
    if not _DEFINITE.match(description):
        return None
    noun = _role_noun(description)
    if noun is None or not (_unnamed_person(noun) or noun in AGENT_NOUNS):
        # (a person's noun: not "the online retail giant" after "Exxon
        # Mobil, the oil giant", nor "the state" after "Secretary of State
        # Jon Husted"; tune PolNeAR)
        return None
    lo = max(0, pos - _ROLE_REACH)
    if not _says_noun(text, max(0, pos - _FAR_REACH), pos, noun):
        return None
    holders = set(_role_holders(text, pos, description, people))
    if noun in _PERSON_NOUNS | TITLES and holders:
        return None  # (an office: :func:`.holders._office_holder` reads it)
    holders |= _far_holders(text, lo, pos, noun, people)
    named_in_full = set(holders)
    if not _RANKS.intersection(description.lower().split()):
        holders |= _lone_holders(text, pos, noun, people)
    if len(holders) != 1:
        return None
    holder = holders.pop()
    if not people.genders.fits(holder, of_description(description)):
        return None
    if _unnamed_since(text, pos, description, people, holder):
        return None
    if _brought_in_after_giving(text, pos, noun, people, holder):
        return None
    if holder in named_in_full and _others_since(people, holder, pos) < _FEW_OTHERS:
        # ("Ben Ross, a former skipper, ... / Tom Hale, the harbour master,
        # says ... / “…,” the former skipper said": with few others named
        # since, the older rules read the person in focus, stop 39's guard;
        # a lone surname binds over a nearer person as
        # :func:`.holders.lone_surname_holder` reads one, stop 47.)
        return None
    return holder


def _brought_in_after_giving(text: str, pos: int, noun: str, people: People, holder: str) -> bool:
    """Did the text bring someone in unnamed with ``noun`` after the
    sentence that last named ``holder`` ("Ada Lind, the lawyer for the
    families, asked … / The families hired a new lawyer last week. / … “…,”
    the new lawyer said": not Lind)? :func:`.holders._unnamed_since` reads
    from the holder's last mention, so the holder's own giving of the noun
    in that sentence hid the newcomer (s48-final-analyze)."""
    last = _last_mention(people, holder, pos)
    if last < 0:
        return False
    end = _SENTENCE_STOP.search(text, last, pos)
    return end is not None and _brought_in(text, end.end(), pos, noun, holder)


_SENTENCE_STOP = re.compile(r"[.!?][\"\u201d\u2019)]*\s")
"""Where the sentence naming a holder ends."""


_FEW_OTHERS = 3
"""How many other people the text must name after a holder before
:func:`bound_holder` binds the noun to them over the person in focus: with
fewer, focus decides (stop 39: one person between, named in the paragraph
before, keeps the description); with more, the focus has passed through
several people and the noun is the better witness."""


def _others_since(people: People, holder: str, pos: int) -> int:
    """How many people other than ``holder`` the text names (subject or
    not) after it last named ``holder`` and before ``pos`` (from the text's
    start when it never named them as a person: a surname only after the
    noun, "judge O’Neill")."""
    last = _last_mention(people, holder, pos)
    lo = bisect.bisect_right(people.mentioned_at, last) if last >= 0 else 0
    hi = bisect.bisect_left(people.mentioned_at, pos)
    return len(set(people.mentioned[lo:hi]) - {holder})
