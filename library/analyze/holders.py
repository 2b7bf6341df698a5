"""Role holders and offices: the one person the text gave a description's
noun by name ("official Ada Lind", "Ada Lind, the harbour master",
"Transport Minister Ada Lind", "Ada Lind, who chairs the board"), the
patterns that find such a holder and their cheap pre-tests, the parts people
play at an event ("the moderator"), and whether the text brought someone in
with the noun and no name since ("a senior official"), or made the
description the object or the agent of the last person named.

It answers who holds a role or office, never whether a description is a
body, a group or a document (:mod:`.groups`, :mod:`.issuers`) nor which
person is in focus when no holder is found (the package's ``__init__``).
The patterns are compiled once per noun (cached), not per sentence.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable

from quotemark.library.analyze.ages import _age_before
from quotemark.library.analyze.attribution import sentence_start
from quotemark.library.analyze.choices import word_choice
from quotemark.library.analyze.common import (
    _DEFINITE,
    _head_phrase,
    _narrative_starts,
    _previous_line_start,
    word_starts,
)
from quotemark.library.analyze.document import Document
from quotemark.library.analyze.gender import Gender, of_description, of_pronoun, of_word
from quotemark.library.analyze.lexicon import (
    AGENT_NOUNS,
    BODY_WORDS,
    KIN_WORDS,
    LETTER_OFFICES,
    MONTHS_AND_DAYS,
    PREPOSITIONS,
    SPEECH_VERBS,
    TITLES,
    words,
)
from quotemark.library.analyze.names import clean, headline_at, strip_titles
from quotemark.library.analyze.speakers import _KIN_NOUNS, People

_EVENT_ROLES = words("moderator announcer narrator insider heckler questioner interviewer emcee")
"""Nouns for someone with a part in an event (a debate's moderator, an ad's
narrator, an unnamed insider): rarely the person the article is about."""
_ROLE_REACH = 6000


def _event_role(description: str) -> str | None:
    """The noun of a definite description of such a part ("the moderator",
    "the debate's moderator" -> "moderator"), else ``None``."""
    if not _DEFINITE.match(description):
        return None
    tokens = [clean(t).lower() for t in _head_phrase(description).split()]
    return tokens[-1] if len(tokens) <= 4 and tokens[-1] in _EVENT_ROLES else None


def _given_noun(text: str, pos: int, noun: str) -> str | None:
    """The last person the text before ``pos`` gave ``noun`` ("moderator Ada
    Lind", "Ada Lind, the moderator,"), else ``None``."""
    found = None
    pattern = re.compile(
        rf"\b{noun}s?[ \u00a0]+({_NAME_WORDS})|({_NAME_WORDS}),[ \u00a0]+"
        rf"(?:the|a|an)[ \u00a0]+(?:[\w-]+[ \u00a0]+)?{noun}\b",
        re.IGNORECASE,
    )
    for m in pattern.finditer(text, max(0, pos - _ROLE_REACH), pos):
        found = m.group(1) or m.group(2)
    return found


_RUN = r"(?>[\w'-]+|\u2019)++"
"""A run of word characters, apostrophes and hyphens, the curly apostrophe
among them, taken whole: what one character class holding them all reads,
with the curly apostrophe outside the class. (A class holding a character
past U+00FF compiles to a map of all 65,536, about 0.065 ms for each; the
role-noun patterns below held eight such classes each and are compiled
once a process for every noun. Every place that reads a run is followed by
a space, a comma or the pattern's end, none of them in the run, so taking
it whole finds what the class found.)"""
_DOTTED_RUN = r"(?>[\w.'-]+|\u2019)*+"
"""The same with full stops, maybe empty."""

_NAME_WORDS = rf"(?-i:[A-Z]{_DOTTED_RUN}(?:[ \u00a0]+[A-Z]{_RUN}){{1,3}})"

_GAP = r"[ \u00a0]+"
_NOT_MODIFIER = r"(?:of|for|to|at|in|on|with|from|by|and|or|the|an?)"
_MODIFIERS = rf"(?:(?!{_NOT_MODIFIER}{_GAP}){_RUN}{_GAP}){{0,3}}?"
"""Up to three words before a role noun, none of them a preposition, an
article or a conjunction: "a senior official", not "the wife of the judge"
or "a lawyer for the official" (someone else's noun)."""
_ARTICLE = "(?:[Tt]he|[Aa]n?)"
_NOT_POSSESSIVE = "(?![\u2019']s\\b)"
"""Not a possessive after the noun: "Ada Lind, the senator\u2019s spokesman,"
gives Ada Lind the spokesman's part, not the senator's (review of stop 37)."""
_BEFORE_DESCRIPTION = (
    rf"(?:(?:,{_GAP}\d{{1,3}})?,{_GAP}|{_GAP}(?:is|was){_GAP}){_ARTICLE}{_GAP}{_MODIFIERS}"
)
"""What comes between a name and the noun it is given: ", a senior ", " is
the ", " was the new ", or an age set off before the apposition (", 54, a "
in "Ada Lind, 54, a nurse,": news gives an age and a job together; stop
39). (The apposition and the copula read after one copy
of the name, not two: a name holds no comma, so no longer name from the
same place could have gone on to "is"; the patterns compile in a third
less time and find the same.)"""


def _role_noun(description: str) -> str | None:
    """The head noun of a short description of one person ("the senior
    official" -> "official", "the spokeswoman for the port" ->
    "spokeswoman"), else ``None``."""
    tokens = [clean(t).lower() for t in _head_phrase(description).split()]
    if not 2 <= len(tokens) <= 5:
        return None
    noun = tokens[-1]
    if noun in LETTER_OFFICES:  # "the Liberal MP"
        return noun
    return noun if noun.isalpha() and len(noun) > 2 else None


def _noun_choice(noun: str) -> str:
    """A pattern for a role noun, capitalised or not ("Judge Ada Lind", "the
    judge"); the spokes- nouns stand for each other."""
    if noun.startswith("spokes"):
        return r"[Ss]pokes(?:man|woman|person)"
    if noun == "ceo":  # "CEO Ada Lind", "Ada Lind, the chief executive officer"
        return r"(?:CEO|[Cc]hief[ \u00a0]+[Ee]xecutive(?:[ \u00a0]+[Oo]fficer)?)"
    if noun in LETTER_OFFICES:
        return noun.upper()
    return f"[{noun[0].upper()}{noun[0]}]{re.escape(noun[1:])}"


def _says_noun(text: str, lo: int, pos: int, noun: str) -> bool:
    """Does the text between ``lo`` and ``pos`` hold the noun at all (a
    cheap test before the patterns, compiled for each noun)?"""
    stem = "spokes" if noun.startswith("spokes") else noun
    if noun in LETTER_OFFICES:
        return noun.upper() in text[lo:pos]
    if noun == "ceo":
        return "ceo" in text[lo:pos].lower() or "chief executive" in text[lo:pos].lower()
    return stem in text[lo:pos].lower()


@functools.lru_cache(maxsize=64)
def _unnamed_pattern(noun: str) -> re.Pattern[str]:
    """Someone brought in with ``noun`` and no name: "A senior official
    said", "a 26-year-old man", "One veteran pilot disagreed" ("one" as a
    determiner, as :func:`.attribution._one_before_noun` reads it; not "the
    one pilot"; not "an official, Ada Lind", "a spokesman Tom Ray")."""
    return re.compile(_unnamed_source(_noun_choice(noun)))


def _unnamed_source(n: str) -> str:
    """:func:`_unnamed_pattern`'s source with ``n`` for the noun."""
    return (
        rf"\b(?:[Aa]n?|(?<![Tt]he )[Oo]ne){_GAP}{_MODIFIERS}{n}s?\b"
        rf"(?![ \u00a0]*,?[ \u00a0]*{_CAPITAL})"
    )


@functools.lru_cache(maxsize=64)
def _named_pattern(noun: str) -> re.Pattern[str]:
    """A person given ``noun`` by name: before it ("official Ada Lind"), in
    an apposition ("Ada Lind, a senior official"), or "Ada Lind is/was the
    official"."""
    return re.compile(_named_source(_noun_choice(noun)))


def _named_source(n: str) -> str:
    """:func:`_named_pattern`'s source with ``n`` for the noun."""
    return rf"\b{n}s?{_GAP}{_NAME_WORDS}|{_NAME_WORDS}{_BEFORE_DESCRIPTION}{n}\b{_NOT_POSSESSIVE}"


_HONORIFIC = "(?:Dr|Mr|Mrs|Ms|Prof|Smt|Shri|Alhaji)"
"""An honorific written before a name and after an office ("Provincial
Health Officer Dr. Ada Lind", "Fisheries Minister Smt. Lalitha Devarajan":
without it "the Minister" was "Smt"; stop 43)."""
_CAPITAL = "[A-Z\u00c0-\u00d6\u00d8-\u00de]"
"""A capital letter, the accented ones of Latin-1 among them ("Élise", "Østby",
"Åsa"). (A class reaching past U+00FF, for "Łukasz", made the three role-noun
patterns take about 1.5 ms more to compile for each noun, and they are
compiled in every process that reads a page.)"""
_HOLDER_NAME = (
    rf"(?-i:(?:{_HONORIFIC}\.?{_GAP})?{_CAPITAL}{_RUN}(?:[ \u00a0]+{_CAPITAL}(?:{_RUN}|\.)){{0,3}})"
)
"""A name of one to four capitalised words, a middle initial among them
("Emmet G. Sullivan", "Sullivan"), after an honorific or not ("Chief
Medical Officer Dr. Ada Lind": the name is "Dr. Ada Lind", not "Dr")."""


@functools.lru_cache(maxsize=64)
def _holder_pattern(noun: str) -> re.Pattern[str]:
    """A person given ``noun`` by name: before it ("official Ada Lind",
    "Judge Emmet G. Sullivan"; the name is group 1), in an apposition ("Ada
    Lind, a senior official"; with no article when the noun ends it: "Ada
    Lind, chief executive of the Harbour Trust,"), or "Ada Lind is/was the
    official" (group 2)."""
    return re.compile(_holder_source(_noun_choice(noun)))


def _holder_source(n: str) -> str:
    """:func:`_holder_pattern`'s source with ``n`` for the noun."""
    return (
        # (Singular: "officials Ada Lind and Tom Hale" gives the noun to two.)
        # ("Minister of Health Ada Lind": the body after "of" before the name.)
        rf"\b{n}{_GAP}(?:of{_GAP}(?-i:{_CAPITAL}{_RUN}){_GAP})?({_HOLDER_NAME})|({_HOLDER_NAME})"
        rf"(?:{_BEFORE_DESCRIPTION}{n}\b{_NOT_POSSESSIVE}|,{_GAP}{_MODIFIERS}{n}{_SET_OFF_END})"
    )


_SET_OFF_END = rf"(?=,|{_GAP}(?:of|at|for|with){_GAP})"
"""What ends an apposition with no article ("Ada Lind, chief executive of
the Harbour Trust,", "Ada Lind, chief executive, said"): a comma or the
preposition of the body held (not "In Halifax, chief executive pay rose",
where the noun modifies another)."""


_SEGMENT_MARKS = frozenset("_'-\u2019 \u00a0")
"""The characters of :data:`_RUN` and :data:`_GAP` that are no letter or
digit: a run of modifiers and its gaps holds only these and word
characters."""
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ") | frozenset(
    chr(c) for c in [*range(0xC0, 0xD7), *range(0xD8, 0xDF)]
)
"""The characters :data:`_CAPITAL` reads: every holder name holds one in
each word (an honorific opens with one too)."""
_NAME_END_MARKS = frozenset("_'-\u2019.")
"""The characters besides letters and digits of a holder name's last word
(:data:`_RUN`, or an initial's point)."""


_WORDS_AFTER_COMMA = 4
"""The words :func:`_holder_pattern` reads between an apposition's comma and
the noun: an article and up to three modifiers (:data:`_MODIFIERS`); after
"is"/"was", the article and those modifiers."""


_SPOKES = ("spokesman", "spokeswoman", "spokesperson")
"""The spellings :func:`_noun_choice` writes for a spokes- noun."""


def _holder_possible(text: str, lo: int, pos: int, noun: str) -> bool:
    """Could :func:`_holder_pattern` find a match between ``lo`` and
    ``pos``? Asked first: the pattern takes ~0.8 ms to compile for each
    noun a process meets, and most windows holding the noun hold it in
    neither of the pattern's places (stop 37, s37-speed4). Every match
    writes the noun (after its first, two-case letter) either before a gap
    and a capital, or "of", a gap and a capital ("official Ada Lind",
    "Minister of Health Ada Lind"), or after a gap and before no word
    character, with a run of words and gaps before it opened by a comma
    right after a capitalised word (at most four words: an article and
    three modifiers) or holding "is"/"was" as one of its last five words
    but the last ("Ada Lind, the senior official", "Ada Lind is the
    official"; not "On the pier, the official", nor "Ada Lind, who spoke
    after the harbour board met the man"). The spokes- nouns are tested by each of their
    three spellings; "ceo" (written in words too) is not tested."""
    if noun == "ceo":
        return True
    if noun.startswith("spokes"):
        # (A match of the three spellings' choice writes one of them.)
        return any(_noun_in_place(text, lo, pos, spelling[1:], "Ss") for spelling in _SPOKES)
    if noun in LETTER_OFFICES:
        return _noun_in_place(text, lo, pos, noun.upper(), "")
    # (As :func:`_noun_choice` writes it: one two-case letter, then the rest.)
    return _noun_in_place(text, lo, pos, noun[1:], noun[0].upper() + noun[0])


def _noun_in_place(text: str, lo: int, pos: int, written: str, leads: str) -> bool:
    """Is ``written``, after one of ``leads`` if any, between ``lo`` and
    ``pos`` in one of :func:`_holder_pattern`'s places (see
    :func:`_holder_possible`)?"""
    lead = 1 if leads else 0
    at = text.find(written, lo + lead, pos)
    while at >= 0:
        start, end = at - lead, at + len(written)
        if not lead or text[start] in leads:
            after = end
            while after < pos and text[after] in " \u00a0":
                after += 1
            if after > end and after < pos:
                if text[after] in _CAPITALS:
                    return True  # "official Ada Lind"
                if text.startswith("of", after, pos):
                    body = after + 2
                    while body < pos and text[body] in " \u00a0":
                        body += 1
                    if body > after + 2 and body < pos and text[body] in _CAPITALS:
                        return True  # "Minister of Health Ada Lind"
            if (
                start > lo
                and text[start - 1] in " \u00a0"
                and (end == pos or not _word_char(text[end]))
            ):
                j = start - 1
                while j >= lo and (text[j].isalnum() or text[j] in _SEGMENT_MARKS):
                    j -= 1
                run = text[j + 1 : start].split()
                # (The pattern reads at most an article and three modifiers
                # between the comma and the noun, and "is"/"was" right before
                # the article: a comma or a copula further back gives no
                # match, and the pattern is not compiled for it; stop 38.)
                if (
                    len(run) <= _WORDS_AFTER_COMMA
                    and j >= lo
                    and text[j] == ","
                    and (
                        _name_ends_at(text, lo, j)
                        or _name_ends_at(text, lo, _age_before(text, lo, j))
                    )
                ):
                    return True  # "Ada Lind, the senior official"
                copula = run[-_WORDS_AFTER_COMMA - 1 : -1]
                if "is" in copula or "was" in copula:
                    return True  # "Ada Lind is the official"
        at = text.find(written, at + 1, pos)
    return False


def _name_ends_at(text: str, lo: int, end: int) -> bool:
    """Could a holder name (:data:`_HOLDER_NAME`) end right before ``end``,
    not before ``lo``: is there a capital in the run of word characters,
    apostrophes, hyphens and points there ("Ada Lind", "Tom G.", not "On
    the pier")?"""
    k = end - 1
    while k >= lo and (text[k].isalnum() or text[k] in _NAME_END_MARKS):
        if text[k] in _CAPITALS:
            return True
        k -= 1
    return False


def _word_char(c: str) -> bool:
    """Is ``c`` a word character as ``\\w`` reads it?"""
    return c.isalnum() or c == "_"


_LINKS = words("who now then also himself herself once formerly still currently became been as")
"""Words one of which :func:`_linked_pattern` needs before a role noun (a
relative clause's pronoun, a linking adverb, a verb of becoming, the "as"
of serving), unless a dash, a bracket or a place does."""
_PLACE = rf"(?:{_GAP}of{_GAP}(?-i:{_CAPITAL}{_RUN})(?:{_GAP}(?-i:{_CAPITAL}{_RUN}))?)"
"""Where someone is from after the name ("Ada Lind of Halifax")."""
_AGE = rf"(?:,{_GAP}\d{{1,3}})"
_LINKED = (
    # ", who became (the) harbour master", ", now a", ", then the", ", himself a"
    rf"(?:,{_GAP}(?:who{_GAP}(?:is|was|became|(?:has|had){_GAP}been|serve[sd]{_GAP}as"
    rf"|works?{_GAP}as|worked{_GAP}as)|now|then|also|himself|herself|once|formerly|still"
    rf"|currently){_GAP}(?:{_ARTICLE}{_GAP})?"
    # " — the harbour master —", " (the harbour master)"
    rf"|{_GAP}?[\u2014\u2013(]{_GAP}?{_ARTICLE}{_GAP}"
    # " became (the) harbour master", " has been a skipper", " works as a skipper"
    rf"|{_GAP}(?:became|(?:has|had){_GAP}been|serve[sd]{_GAP}as|works?{_GAP}as|worked{_GAP}as)"
    rf"{_GAP}(?:{_ARTICLE}{_GAP})?"
    # (after a place or an age: ", 61, of Halifax, a ferry skipper")
    rf"|,{_GAP}{_ARTICLE}{_GAP})"
)
"""What else links a name to the noun it is given, besides
:data:`_BEFORE_DESCRIPTION`'s apposition and copula: a relative clause, a
linking adverb in the apposition, a dash or a bracket, a verb of becoming
or serving (stop 39)."""


@functools.lru_cache(maxsize=64)
def _linked_pattern(noun: str) -> re.Pattern[str]:
    """A person given ``noun`` by one of :data:`_LINKED`'s links, maybe after
    an age or a place set off ("Tom Hale, 61, of Halifax, a ferry skipper";
    "Tom Hale, who became harbour master"): the name is group 2, group 1
    takes no part (as in :func:`_holder_pattern`'s apposition)."""
    return re.compile(_linked_source(_noun_choice(noun)))


def _linked_source(n: str) -> str:
    """:func:`_linked_pattern`'s source with ``n`` for the noun."""
    return (
        # ("(){0}": group 1 never takes part, so :func:`_compound_before`
        # reads the words after the name, as for an apposition: "Tom Hale,
        # now a former skipper" holds a rank; review of stop 39.)
        rf"(?:(){{0}})({_HOLDER_NAME}){_AGE}?{_PLACE}?{_AGE}?(?:,{_GAP}of{_GAP}(?-i:{_CAPITAL}{_RUN}))?"
        rf"{_LINKED}{_MODIFIERS}{n}\b{_NOT_POSSESSIVE}"
    )


_LINK_STRINGS = (
    *(f" {link} " for link in _LINKS),
    "\u2014",
    "\u2013",
    "(",
)
"""What :func:`_linked_possible` looks for before a role noun (lower case)."""
_LINK_REACH = 100
"""How far before a role noun a link can stand in a match of
:func:`_linked_pattern`: a name's place and age, the link and up to three
modifiers (a generous bound: the pre-test may say yes for nothing, never no
for a match)."""


def _linked_possible(text: str, lo: int, pos: int, noun: str) -> bool:
    """Could :func:`_linked_pattern` find ``noun`` between ``lo`` and ``pos``
    where :func:`_holder_pattern` does not: is the noun written with a dash,
    a bracket or one of :data:`_LINKS` shortly before it, or a place ("of")
    before an apposition's article? Asked first: the pattern is compiled
    for each noun and tried at every capital of the window (stop 39)."""
    lower = text[lo:pos].lower()
    stems = (
        ("ceo", "chief executive")
        if noun == "ceo"
        else ("spokes" if noun.startswith("spokes") else noun,)
    )
    for stem in stems:
        at = lower.find(stem)
        while at >= 0:
            before = lower[max(0, at - _LINK_REACH) : at]
            if any(link in before for link in _LINK_STRINGS) or (
                " of " in before and (", a" in before or ", the" in before)
            ):
                return True
            at = lower.find(stem, at + 1)
    return False


def _holder_matches(text: str, lo: int, pos: int, noun: str) -> list[tuple[_HolderMatch, bool]]:
    """Where the window ``lo``..``pos`` gives ``noun`` to a name, each match
    with whether the name comes after the noun set off by commas ("The
    mayor, Ada Lind, spoke": as sure as "Ada Lind, the mayor,", s37-left2).
    Each pattern is compiled and run only where its pre-test finds the
    noun written in one of its places."""
    matches: list[tuple[_HolderMatch, bool]] = []
    if _holder_possible(text, lo, pos, noun):
        matches = [(m, False) for m in _noun_finditer(_HOLDER, text, lo, pos, noun)]
    if _noun_before_comma(text, lo, pos, noun):
        matches += [(m, True) for m in _named_after_pattern(noun).finditer(text, lo, pos)]
    if _linked_possible(text, lo, pos, noun):
        matches += [(m, False) for m in _noun_finditer(_LINKED_KIND, text, lo, pos, noun)]
    return matches


class _Found:
    """A match found in a copy of the text with a role noun marked
    (:func:`_noun_finditer`), read back in the text itself: the same
    places, the groups' words as the text writes them."""

    __slots__ = ("_base", "_match", "_text")

    def __init__(self, match: re.Match[str], text: str, base: int) -> None:
        self._match, self._text, self._base = match, text, base

    def start(self, group: int = 0) -> int:
        """Where ``group`` starts in the text (-1 when it took no part)."""
        at = self._match.start(group)
        return at + self._base if at >= 0 else -1

    def end(self, group: int = 0) -> int:
        """Where ``group`` ends in the text (-1 when it took no part)."""
        at = self._match.end(group)
        return at + self._base if at >= 0 else -1

    def group(self, group: int = 0) -> str | None:
        """The text ``group`` spans, ``None`` when it took no part."""
        start, end = self._match.span(group)
        return None if start < 0 else self._text[start + self._base : end + self._base]

    def groups(self) -> tuple[str | None, ...]:
        """Every group's text, as :meth:`group` gives it."""
        return tuple(self.group(g) for g in range(1, len(self._match.groups()) + 1))


_HolderMatch = re.Match[str] | _Found
"""A holder pattern's match: the pattern's own, or one read back from a
marked copy of the text."""

_NOUN_MARK = "\ua4d0"
"""A letter (LISU LETTER BA, a word character) written over a role noun's
letters after its first in :func:`_noun_finditer`'s copy of the text: a
letter so that every part of a pattern reads the copy as it reads the
text (a run, a word boundary, not a capital), and one no English text
writes (a text that does is read with the per-noun pattern)."""
_MARKED_NOUN = f"[^\\W{_NOUN_MARK}]{_NOUN_MARK}+"
"""The noun in the marked copy: its first letter, then the marks."""
_HOLDER, _LINKED_KIND, _UNNAMED, _NAMED = 0, 1, 2, 3
_MARKED_PATTERNS = (
    re.compile(_holder_source(_MARKED_NOUN)),
    re.compile(_linked_source(_MARKED_NOUN)),
    re.compile(_unnamed_source(_MARKED_NOUN)),
    re.compile(_named_source(_MARKED_NOUN)),
)
""":func:`_holder_pattern`, :func:`_linked_pattern`, :func:`_unnamed_pattern`
and :func:`_named_pattern` for any noun, on a marked copy: compiled once,
not once for each noun a process meets (up to about 1 ms each; 10 compiles
a round of the benchmark's articles, stop 44)."""
_PER_NOUN = (_holder_pattern, _linked_pattern, _unnamed_pattern, _named_pattern)
_PATTERN_WORDS = words(
    """
    of for to at in on with from by and or the an one is was who became has had
    been serves served work works worked as now then also himself herself
    once formerly still currently dr mr mrs ms prof smt shri alhaji
    """
)
"""The words the two patterns write: a noun that is one of them could be
read as the word in the copy and not in the text, so it keeps the per-noun
pattern."""
_MARK_REACH = 16
"""How far before a window the copy starts: the patterns read the
characters before a match's start (a word boundary, "the " before "one")."""


def _noun_spellings(noun: str) -> tuple[str, ...]:
    """The spellings :func:`_noun_choice` writes for ``noun`` in lower
    case, when a marked copy reads them as its pattern does: every one of
    them lower-case letters whose first has one capital ("official"; the
    three spokes- nouns), not "ceo" (written in words too), a letter office
    (capitals) or one of the patterns' own words; else ``()``."""
    if noun == "ceo" or noun in LETTER_OFFICES or noun in _PATTERN_WORDS:
        return ()
    spellings = _SPOKES if noun.startswith("spokes") else (noun,)
    for spelling in spellings:
        if not (spelling.isalpha() and spelling.islower() and len(spelling[0].upper()) == 1):
            return ()
    return spellings


def _noun_finditer(
    kind: int, text: str, lo: int, pos: int, noun: str, first: bool = False
) -> list[_HolderMatch]:
    """What the per-noun pattern of ``kind`` (:data:`_PER_NOUN`) finds for
    ``noun`` between ``lo`` and ``pos``.
    The noun's letters after its first are marked (:data:`_NOUN_MARK`) in
    a copy of the window, and one pattern compiled for every noun reads
    the copy: a mark is a word character as the letters were, the patterns
    read a noun's place only after a gap or at a word boundary, where every
    written noun is marked whole, and no other word of theirs can start
    inside one (:data:`_PATTERN_WORDS`), so the copy gives the same matches
    at the same places. With ``first``, only the first match (as the
    pattern's ``search`` finds it)."""
    return marked_finditer(_PER_NOUN[kind], _MARKED_PATTERNS[kind], text, lo, pos, noun, first)


def marked_finditer(
    per_noun: Callable[[str], re.Pattern[str]],
    marked_pattern: re.Pattern[str],
    text: str,
    lo: int,
    pos: int,
    noun: str,
    first: bool = False,
) -> list[_HolderMatch]:
    """What ``per_noun(noun)`` finds between ``lo`` and ``pos``, read by
    ``marked_pattern`` (the same source with :data:`_MARKED_NOUN` for the
    noun, compiled once) in a marked copy of the window where it can (as
    :func:`_noun_finditer` reads its four kinds; stop 48 reads two more)."""
    spellings = _noun_spellings(noun)
    base = max(0, lo - _MARK_REACH)
    marked = text[base:pos]
    if not spellings or _NOUN_MARK in marked:
        pattern = per_noun(noun)
        if first:
            return [m for m in (pattern.search(text, lo, pos),) if m is not None]
        return list(pattern.finditer(text, lo, pos))
    for spelling in spellings:
        rest = spelling[1:]
        marks = _NOUN_MARK * len(rest)
        for lead in {spelling[0], spelling[0].upper()}:
            marked = marked.replace(lead + rest, lead + marks)
    if first:
        found = marked_pattern.search(marked, lo - base, pos - base)
        return [] if found is None else [_Found(found, text, base)]
    return [_Found(m, text, base) for m in marked_pattern.finditer(marked, lo - base, pos - base)]


def _noun_before_comma(text: str, lo: int, pos: int, noun: str) -> bool:
    """Is the role noun written right before a comma between ``lo`` and
    ``pos``, as every match of :func:`_named_after_pattern` writes it ("the
    mayor, Ada Lind,")? Asked first: most windows have no such comma, and
    the pattern, compiled once for each noun (~0.3 ms) and tried at every
    word boundary of a window of up to 6,000 characters, then finds nothing
    (stop 37, s37-speed2). The strings are what :func:`_noun_choice` writes
    after its first, two-case letter. The comma must also be followed, as
    in every match, by spaces (``_GAP``) and a capital before ``pos``: the
    name (:data:`_HOLDER_NAME`) or its honorific opens with one (stop 39:
    the round's two compiles were of nouns written before a comma and no
    name)."""
    if noun.startswith("spokes"):
        ends: tuple[str, ...] = ("pokesman,", "pokeswoman,", "pokesperson,")
    elif noun == "ceo":
        ends = ("CEO,", "xecutive,", "fficer,")
    elif noun in LETTER_OFFICES:
        ends = (noun.upper() + ",",)
    else:
        ends = (noun[1:] + ",",)
    for end in ends:
        at = text.find(end, lo, pos)
        while at >= 0:
            k = after = at + len(end)
            while k < pos and text[k] in " \u00a0":
                k += 1
            if k > after and k < pos and text[k] in _CAPITALS:
                return True
            at = text.find(end, at + 1, pos)
    return False


@functools.lru_cache(maxsize=64)
def _named_after_pattern(noun: str) -> re.Pattern[str]:
    """A person named in an apposition after ``noun`` ("the White House press
    secretary, Ada Lind,", "The party chairwoman, Representative Ada
    Lind,"); the name is group 1. (Apart from :func:`_holder_pattern`,
    whose apposition "In January, the party chairwoman" would take the text
    first.)"""
    n = _noun_choice(noun)
    # (or a name's possessive, "Elliott's press secretary, Hayley Chazan,":
    # whose agent the named one is; stop 46)
    return re.compile(
        rf"\b(?:{_ARTICLE}|{_OWNER_NAME}){_GAP}{_MODIFIERS}{n},{_GAP}({_HOLDER_NAME})"
    )


_OWNER_NAME = "(?-i:[A-Z][a-z][\\w-]*)['\u2019]s"
"""A capitalised word's possessive ("Elliott's"), opening an apposition's
noun phrase as an article does."""


_PERSON_NOUNS = LETTER_OFFICES | frozenset(t for t in TITLES if t.isalpha() and len(t) > 3)
_PERSON_NOUNS |= words(
    """
    official chairwoman congressman congresswoman councilman councilwoman
    assemblyman assemblywoman alderman alderwoman anchorman anchorwoman ceo
    interpreter translator
    """
)
"""Nouns of a person's office or part ("secretary", "chief", "spokeswoman",
"senator"): a description ending in one is a person, whatever body word
modifies it ("the press secretary", "the police chief")."""


def _body_words(description: str) -> frozenset[str]:
    """The body words ("press", "police", "company", "independent") that
    modify the person noun ending a short definite description ("the press
    secretary", "the company spokeswoman"); empty for any other description
    ("the press", "the police department", "the spokeswoman")."""
    if not _DEFINITE.match(description):
        return frozenset()
    noun = _role_noun(description)
    if noun is None or noun not in _PERSON_NOUNS:
        return frozenset()
    tokens = [_owner(clean(t).lower()) for t in _head_phrase(description).split()[1:-1]]
    return frozenset(t for t in tokens if t in BODY_WORDS)


_OWNER_END = ("'s", "\u2019s")


def _owner(word: str) -> str:
    """A lower-case word without its possessive ending ("union's" ->
    "union"): "the union's leader" is the union leader, a body's office
    (s39-battery2)."""
    return word[:-2] if word.endswith(_OWNER_END) else word


_CLAUSE_END = re.compile(r"[.!?;:,\n]")


def _compound_before(text: str, m: _HolderMatch, named_after: bool = False) -> list[str]:
    """The up to three words before the role noun of a holder match
    ("White House press" in "White House press secretary Ada Lind" or "Ada
    Lind, the port's press secretary"), lower case; ``named_after`` for a
    match of :func:`_named_after_pattern`."""
    if named_after:  # "the ... NOUN, Name": before the noun's comma
        before = " ".join(text[m.start() : m.start(1)].replace(",", " ").split()[:-1])
    elif m.group(1) is not None:  # "NOUN Name": the noun opens the match
        before = text[max(0, m.start() - 40) : m.start()]
        if _CLAUSE_END.search(before):  # the same clause only
            before = _CLAUSE_END.split(before)[-1]
    else:  # "Name, the ... NOUN" / "Name is the ... NOUN": after the name
        before = " ".join(text[m.end(2) : m.end()].replace(",", " ").split()[:-1])
    words_before = [_owner(clean(t).lower()) for t in before.split()[-3:]]
    tail = _OF_TAIL.match(text, m.end())
    if tail is not None and not named_after and m.group(1) is None:
        # "Ada Lind is the chief of police": the police chief.
        words_before.append(tail.group(1).lower())
    return words_before


_OF_TAIL = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?([A-Za-z]{3,})\b")
"""A body after an office's noun ("chief of police", "minister of health"):
the same office as "police chief", "health minister"."""

_LEAD_VERBS = {
    "chair": "chairs",
    "chairman": "chairs",
    "chairwoman": "chairs",
    "chairperson": "chairs",
    "head": "heads",
    "leader": "leads",
}
"""Offices a relative clause gives by its verb ("Ada Lind, who chairs the
harbour board," is the board's chair)."""


@functools.lru_cache(maxsize=4)
def _leads_pattern(verb: str) -> re.Pattern[str]:
    """A person given an office by a relative clause ("Ada Lind, who chairs
    the harbour board,"): the name is group 1, the body group 2."""
    return re.compile(
        rf"({_HOLDER_NAME}),{_GAP}who{_GAP}{verb}{_GAP}((?:the|an?){_GAP}[^,.;:\n\u201d\"]{{1,60}})"
    )


def _leads_matches(
    text: str, lo: int, pos: int, noun: str, people: People
) -> list[tuple[str, list[str]]]:
    """Each person the text between ``lo`` and ``pos`` gives ``noun`` by a
    relative clause, by the full name the text knows (titles set aside),
    with the clause's words (the compound: "harbour", "board")."""
    verb = _LEAD_VERBS.get(noun)
    if verb is None or text.find(verb, lo, pos) < 0:
        return []
    return [
        (
            people.full(" ".join(strip_titles(m.group(1).split())[1])),
            [clean(t).lower() for t in m.group(2).split()[1:]],
        )
        for m in _leads_pattern(verb).finditer(text, lo, pos)
        if not headline_at(text, m.start())
    ]


def _known_holder(m: _HolderMatch, people: People, known: set[str]) -> str | None:
    """The full name the text knows for the holder a match names (a match
    of :func:`_holder_matches` or of an abbreviated office; its first group
    that matched, titles set aside): the name without its marks, else as
    written ("Emmet G. Sullivan": an initial's point kept); ``None`` when
    the text knows neither. One reading for :func:`_role_holder` and
    :func:`_office_holder`."""
    run = next(g for g in m.groups() if g)
    _titles, name = strip_titles(run.split())
    for full in (
        people.full(" ".join(w for w in (clean(t) for t in name) if w)),
        people.full(" ".join(name)),
    ):
        if full in known:
            return full
    return None


def _named_holders(
    text: str,
    lo: int,
    pos: int,
    noun: str,
    people: People,
    leads: list[tuple[str, list[str]]],
    short: str | None,
    keep: Callable[[list[str]], bool] | None = None,
) -> dict[str, set[str]]:
    """Each person the text between ``lo`` and ``pos`` gave ``noun`` by
    name, by the full name the text knows (a headline's capitals are no
    one), with the words written before the noun: the ``leads``
    (:func:`_leads_matches`, filtered by the caller), the matches of
    :func:`_holder_matches`, and with ``short`` those of the office written
    short ("Sen. Ada Lind"). ``keep`` filters a match by its words before
    the noun (ranks, compounds); without it every match counts. The one
    table walk of :func:`_role_holders` and :func:`_office_holder`, which
    differ in that filter and in what they make of the table."""
    known = set(people.mentioned) | set(people.names)
    holders: dict[str, set[str]] = {}
    for full, words_of in leads:
        if full in known:
            holders.setdefault(full, set()).update(words_of)
    matches = _holder_matches(text, lo, pos, noun)
    if short is not None:
        matches += [(m, False) for m in _abbreviated_pattern(short).finditer(text, lo, pos)]
    for m, named_after in matches:
        if headline_at(text, m.start()):
            continue
        holder = _known_holder(m, people, known)
        if holder is None:
            continue
        before = _compound_before(text, m, named_after)
        if keep is None or keep(before):
            holders.setdefault(holder, set()).update(before)
    return holders


def _role_holder(
    text: str,
    pos: int,
    description: str,
    people: People,
    compound: frozenset[str] = frozenset(),
) -> str | None:
    """The one holder :func:`_role_holders` finds, who may be of the
    description's gender; else ``None``."""
    holders = _role_holders(text, pos, description, people, compound)
    if len(holders) != 1:
        return None
    holder = next(iter(holders))
    return holder if people.genders.fits(holder, of_description(description)) else None


def _role_holders(
    text: str,
    pos: int,
    description: str,
    people: People,
    compound: frozenset[str] = frozenset(),
) -> dict[str, set[str]]:
    """Each person the text before ``pos`` gave the description's noun by name
    ("U.S. District Judge Emmet G. Sullivan ... the judge said"), by the full
    name the text knows, with the words written before the noun where it gave
    it them ("health" for "Health Minister Ada Lind"). Only names the text
    names elsewhere as people (not a headline's capitals). With ``compound``
    (the body words of "the press secretary"), only a holder given the noun
    after one of them ("press secretary Ada Lind", "Harbour Police Chief Ada
    Lind", "the party chairwoman, Ada Lind,"; not "Fire Chief Tom Hale" for
    "the police chief")."""
    noun = _role_noun(description)
    if noun is None:
        return {}
    lo = max(0, pos - _ROLE_REACH)
    leads = _leads_matches(text, lo, pos, noun, people)
    short = _ABBREVIATED_OFFICES.get(noun) if noun in _RANKS_WRITTEN_SHORT else None
    written_short = short is not None and f"{short}." in text[lo:pos]
    if not leads and not written_short and not _says_noun(text, lo, pos, noun):
        return {}
    ranks = _RANKS.intersection(description.lower().split())

    def keep(before_words: list[str]) -> bool:
        before = set(before_words)
        if compound and not compound & before:
            return False
        if compound and _other_qualifier(description, before_words, compound):
            # "Ruth Ames, the ferry union's leader, ... / “…,” the dock
            # union's leader said": another union's office (review 2, stop 39).
            return False
        # "The mayor, Ruth Ames, ... The deputy mayor, Tom Hale, ...": "the
        # mayor" is hers alone; a rank makes another office (stop 39).
        return before & _RANKS == ranks

    holders = _named_holders(
        text,
        lo,
        pos,
        noun,
        people,
        # "Ada Lind, who chairs the harbour board,"
        [(full, w) for full, w in leads if not compound or compound & set(w)],
        # "Prof. Helen Brook" holds "the professor" too (s46-title)
        short if written_short else None,
        keep,
    )
    if len(holders) > 1:
        # "Health Minister Ada Lind ... Finance Minister Tom Hale ... / The
        # finance minister said ...": of two holders, the one whose office
        # carries every modifier the description gives (s46-title).
        wanted = {clean(t).lower() for t in _head_phrase(description).split()[1:-1]} - _RANKS
        if wanted:
            holders = {h: c for h, c in holders.items() if wanted <= c}
    return holders


_RANKS = words("former ex vice deputy acting assistant associate interim late outgoing incoming")
"""Words that make an office someone else's ("former governor", "vice
president", "deputy minister"): a description and its holder must agree on
them."""

_OTHER_OFFICE = words("vice deputy assistant associate")
"""The ranks of :data:`_RANKS` that name another office beside the one
they modify ("Deputy Chief Ada Lind" is not "the chief"), where "former",
"acting" or "interim" name a holder of that one."""

_NO_QUALIFIER = words("the a an its his her their our this that")


def _qualifier(words_before: list[str], body: str) -> str | None:
    """The word right before ``body`` in ``words_before`` ("dock" for
    "union" in "dock union"), unless an article, a possessive pronoun or a
    rank; ``None`` when there is none."""
    at = words_before.index(body)
    if at == 0:
        return None
    word = words_before[at - 1]
    return None if word in _NO_QUALIFIER or word in _RANKS else word


def _other_qualifier(description: str, before: list[str], compound: frozenset[str]) -> bool:
    """Do ``description`` and a holder's words before the noun (``before``)
    set a body word off with two words that only one of them has ("the dock
    union's leader", "the ferry union's leader"): two bodies of one kind,
    two offices?"""
    tokens = [_owner(clean(t).lower()) for t in _head_phrase(description).split()[1:-1]]
    for body in compound.intersection(before).intersection(tokens):
        mine, theirs = _qualifier(tokens, body), _qualifier(before, body)
        if mine is not None and theirs is not None and mine not in before and theirs not in tokens:
            # (Not "the port's press secretary" for "the port's chief press
            # secretary": the one word is the other's too, further back.)
            return True
    return False


_ABBREVIATED_OFFICES = {
    "senator": "Sen",
    "governor": "Gov",
    "representative": "Rep",
    # Ranks of the police and the forces ("RCMP Cpl. Ada Lind", "Staff Sgt.
    # Tom Hale"): the rank words before the point are its modifiers.
    "sergeant": "Sgt",
    "corporal": "Cpl",
    "lieutenant": "Lt",
    "captain": "Capt",
    "inspector": "Insp",
    "superintendent": "Supt",
    "constable": "Const",
    "detective": "Det",
    # Titles of a calling written short ("Dr. Owen Price ... “…,” the doctor
    # said", "Prof. Helen Brook ... the professor": stop 46, s46-title).
    "doctor": "Dr",
    "professor": "Prof",
    "reverend": "Rev",
    "general": "Gen",
}
"""Offices written short before a name, by the noun a description gives."""
_RANKS_WRITTEN_SHORT = frozenset(_ABBREVIATED_OFFICES) - {"senator", "governor", "representative"}
"""The ranks whose short form alone ("Cpl." with "corporal" never written
out) lets a description look for its holder. For "Sen."/"Gov."/"Rep." the
office's noun must be written before, as it was before stop 35: letting the
short form stand for it cost three PolNeAR train check reported quotations
(evaluation/README.md, "Short ranks at the merge of s35-revspk")."""


@functools.lru_cache(maxsize=16)
def _abbreviated_pattern(short: str) -> re.Pattern[str]:
    """An office written short before a name ("Sen. Ada Lind"); the name is
    group 1."""
    return re.compile(rf"\b{short}\.{_GAP}({_HOLDER_NAME})")


def _office_new(text: str, pos: int, description: str) -> bool:
    """Is a definite description's noun an office (:data:`TITLES`: "the
    mayor", "the senator") that the text before ``pos`` never wrote, so that
    no one it named was ever given it? An office written short before a
    name ("Sen. Ada Lind" for "the senator") was written (review of stop
    36)."""
    noun = _role_noun(description)
    if noun is None or noun not in TITLES or _noun_written(text[:pos].lower(), noun):
        return False
    short = _ABBREVIATED_OFFICES.get(noun)
    return short is None or f"{short}." not in text[:pos]


def _noun_written(lower: str, noun: str) -> bool:
    """Does ``lower`` (lower-cased text) write ``noun`` as a word, or its
    plural? An adjective made from it ("mayoral", "senatorial") or a longer
    word holding it gives no one the office (s37-left)."""
    return next(word_starts(lower, noun, plural=True), -1) >= 0


def _titled_before(text: str, lo: int, pos: int, noun: str) -> bool:
    """Does the text between ``lo`` and ``pos`` write ``noun`` capitalised
    before a capitalised word, as a title before a name ("Nurse Ruth Ames",
    "Coach Tom Hale"), so that a description of that noun may mean the one
    person who holds it, though the noun is no office (s46-title)? A cheap
    test on the capitalised noun; the name is read by the holder patterns."""
    title = noun[:1].upper() + noun[1:]
    for at in word_starts(text, title, lo, pos):
        end = at + len(title)
        if text[end : end + 1] in (" ", "\u00a0") and text[end + 1 : end + 2].isupper():
            return True
    return False


def _office_holder(text: str, pos: int, description: str, people: People, named: str) -> str | None:
    """The one person the text before ``pos`` gave the office ending a
    description ("the minister", "the spokesperson") by name, when that is
    not ``named`` (the person the description resolved to nearby) and
    ``named`` holds no such office; else ``named``. The holder must carry
    every modifier of the description ("the transport minister": "Transport
    Minister Ada Lind") and agree with it on the rank words ("the governor"
    is not "former governor Ada Lind"; "the president" is not "Vice
    President Tom Hale"). ``None`` when ``named`` was given the office only
    at another rank and no one else at this one ("Vice Mayor Tom Hale
    spoke. “…,” the mayor said": not Hale)."""
    noun = _role_noun(description)
    head = [clean(t).lower() for t in _head_phrase(description).split()]
    if head[-2:] == ["chief", "executive"] or head[-1:] == ["ceo"]:
        # "the chief executive" is "the CEO" (stop 33).
        noun, head = "ceo", [*head[:-2], "ceo"] if head[-1] == "executive" else head
    if noun is None:
        return named
    lo = max(0, pos - _ROLE_REACH)
    if (
        noun not in _PERSON_NOUNS
        and noun not in _LEAD_VERBS
        and noun not in _ABBREVIATED_OFFICES
        and not _titled_before(text, lo, pos, noun)
    ):
        return named
    short = _ABBREVIATED_OFFICES.get(noun)
    leads = _leads_matches(text, lo, pos, noun, people)
    if (
        not leads
        and not _says_noun(text, lo, pos, noun)
        and (noun not in _RANKS_WRITTEN_SHORT or f"{short}." not in text[lo:pos])
    ):
        return named
    wanted = set(head[1:-1])
    # Every holder at every rank: the ranks are weighed below. "Sen. Ada
    # Lind" holds the office too.
    holders = _named_holders(text, lo, pos, noun, people, leads, short)
    ranks = wanted & _RANKS
    if named in holders and holders[named] & _RANKS != ranks:
        # "The mayor, Ruth Ames, and the deputy mayor, Tom Hale, spoke. “…,”
        # the deputy mayor said": the nearest subject holds the office at
        # another rank, so she is not it; the one holder at this rank is
        # (review of stop 39, as :func:`_role_holder` reads ranks).
        agree = [h for h, c in holders.items() if c & _RANKS == ranks and wanted <= c]
        if len(agree) != 1 or not people.genders.fits(agree[0], of_description(description)):
            return None
        return agree[0]
    if len(holders) > 1:
        # "Chief Tom Hale and Deputy Chief Ada Lind ... / “…,” the chief
        # said": a deputy holds another office, so of two holders the one at
        # the description's own rank (not "former": a former holder held
        # this one; s46-title).
        at_rank = {h: c for h, c in holders.items() if c & _OTHER_OFFICE == wanted & _OTHER_OFFICE}
        holders = at_rank or holders
    if len(holders) > 1 and wanted - _RANKS:
        # "Health Minister Ada Lind ... Finance Minister Tom Hale ... / “…,”
        # the health minister said": of two holders, the one whose office
        # carries the description's modifiers (s46-title).
        holders = {h: c for h, c in holders.items() if wanted <= c and c & _RANKS == ranks}
    if len(holders) != 1:
        return named
    holder, compound = holders.popitem()
    if holder == named or not people.genders.fits(holder, of_description(description)):
        return named
    if (compound & _RANKS) != ranks:
        return named
    if (
        not wanted <= compound
        and not _proper_place(description, wanted - compound, compound)
        and not _epithets_first(description, compound)
    ):
        return named
    return holder


def _epithets_first(description: str, compound: set[str]) -> bool:
    """Does the description write, before the words its one office holder
    was given ("transport" of "Transport Minister Ada Lind"), only lower-case
    words the holder was not given ("the visibly tired transport minister",
    "the tired transport minister"): a remark on the holder, set before the
    office's own words as English sets an adjective before a classifier,
    not another office (stop 47)? Not when the holder carries none of the
    description's words ("the tired minister", "the finance minister" for
    "Minister Ada Lind"), nor when a word the holder lacks stands after one
    it carries ("the transport safety minister")."""
    written = [clean(t) for t in _head_phrase(description).split()[1:-1]]
    carried = [w.lower() in compound for w in written]
    if not any(carried):
        return False
    first = carried.index(True)
    return all(carried[first:]) and all(w.islower() for w in written[:first])


@functools.lru_cache(maxsize=64)
def _lone_pattern(noun: str) -> re.Pattern[str]:
    """``noun`` written in lower case before one capitalised word that no
    other capitalised word follows ("defensive coordinator Hale spent"):
    the surname alone, group 1."""
    return re.compile(
        rf"(?<![\w-]){re.escape(noun)}{_GAP}({_CAPITAL}[a-z]+(?:-{_CAPITAL}[a-z]+)?)"
        rf"(?![\w'\u2019-])(?!{_GAP}{_CAPITAL})"
    )


_AGENT_ENDINGS = ("or", "er", "ist", "ian", "ant", "ent")


def lone_surname_holder(text: str, pos: int, description: str, people: People) -> str | None:
    """ "Harbour City won, and defensive coordinator Hale spent the quarter
    on his knees. ... “…,” the coordinator said": the one surname the text
    before ``pos`` (as far back as :func:`_role_holders` reads) wrote alone
    after the description's noun in lower case (a person noun: an office, or
    an agent's ending, -or -er -ist -ian -ant -ent), the full name when the
    text gave one; the capital scan
    reads no one-word run as a person unless a verb of saying follows it, so
    no holder pattern knew Hale (stop 47). Not with two such surnames, nor
    when the noun is written capitalised ("Coach Hale": a title, read with
    the name), nor when the word after is capitalised too ("coordinator
    Tom Hale": the holder patterns read that), nor "the river Thames" (no
    person noun)."""
    noun = _role_noun(description)
    if noun is None or not (noun in TITLES or noun.endswith(_AGENT_ENDINGS)):
        return None
    lo = max(0, pos - _ROLE_REACH)
    if text.find(noun, lo, pos) < 0:
        return None
    found = {m.group(1) for m in _lone_pattern(noun).finditer(text, lo, pos)}
    # (Not "the winner Saturday": a day or a month is no one.)
    found = {w for w in found if w.lower() not in TITLES and w.lower() not in MONTHS_AND_DAYS}
    if len(found) != 1:
        return None
    return people.full(found.pop())


_INDEFINITE = re.compile(r"[Aa]n?[ \u00a0]+")


def epithet_holder(text: str, pos: int, description: str, people: People) -> str | None:
    """ "Transport Minister Ada Lind ... / A visibly tired transport minister
    told reporters: “…”": an indefinite description of an office (a noun of
    :data:`TITLES`) whose words after its lower-case remarks are the words
    the one holder of that office was given by name (:func:`_epithets_first`),
    with at least one such remark first, is that holder, not someone new
    (stop 47). Not "a transport minister" (no remark: anyone holding such an
    office), nor "a tired minister" when the holder was given no word of it,
    nor with two holders."""
    m = _INDEFINITE.match(description)
    noun = _role_noun(description)
    if m is None or noun is None or noun not in TITLES:
        return None
    definite = "the " + description[m.end() :]
    written = [clean(t) for t in _head_phrase(definite).split()[1:-1]]
    if not written or not written[0].islower():
        return None  # (no remark first: "A minister", "A Labour minister")
    holders = _role_holders(text, pos, definite, people)
    if len(holders) != 1:
        return None
    holder, compound = next(iter(holders.items()))
    if written[0] in compound:
        return None
    remarks = [w for w in written if w.islower()]
    capitals = {w.lower() for w in written[len(remarks) :]}
    if not _epithets_first(definite, compound) and not (
        # "Premier Doug Ford ... / A defiant Ontario premier said": a place's
        # capitals the holder was not given, after lower-case remarks only
        # (as s46-title's "the Ontario premier").
        capitals
        and written[: len(remarks)] == remarks
        and _proper_place(definite, capitals - compound, compound)
    ):
        return None
    return holder if people.genders.fits(holder, of_description(description)) else None


def _proper_place(description: str, missing: set[str], compound: set[str]) -> bool:
    """Are the modifiers of a description its one office holder was not
    given (``missing``) all capitalised words, a place's or a body's name
    ("the Ontario premier" for "Premier Doug Ford", as "Ontario's premier"
    is: s46-title), while the holder's own words before the noun are only
    place nouns ("Quebec Premier François Legault" is not "the Ontario
    premier")?"""
    written = {clean(t).lower(): clean(t) for t in _head_phrase(description).split()[1:-1]}
    return all(written.get(w, "")[:1].isupper() for w in missing) and compound <= _PLACE_NOUNS


_MENTIONS_BACK = 64
"""How many people named before a description :func:`_last_mention` reads."""


def _last_mention(people: People, name: str, pos: int) -> int:
    """Where the text last named ``name`` before ``pos`` (as a subject or
    not, within the usual look-back), else -1."""
    last = -1
    for positions, names in (
        (people.positions, people.names),
        (people.mentioned_at, people.mentioned),
    ):
        i = bisect.bisect_left(positions, pos)
        floor = max(0, i - _MENTIONS_BACK)
        while i > floor:
            i -= 1
            if names[i] == name:
                last = max(last, positions[i])
                break
    return last


def _unnamed_since(text: str, pos: int, description: str, people: People, named: str) -> bool:
    """Did the text, after it last named ``named`` and before a description
    at ``pos``, bring in someone unnamed with the description's noun, and
    give that noun to no one by name in between ("Ada Lind said ... A
    senior official said on Friday that ... “…,” the official said")?"""
    noun = _role_noun(description)
    if noun is None:
        return False
    lo = max(0, pos - _ROLE_REACH, _last_mention(people, named, pos))
    if not _says_noun(text, lo, pos, noun) or not _brought_in(text, lo, pos, noun, named):
        return False
    if _noun_finditer(_NAMED, text, lo, pos, noun, first=True):
        return False
    # ("Tom Hale, now a ferry skipper,": given by name, by a link.)
    return not _linked_possible(text, lo, pos, noun) or (
        not _noun_finditer(_LINKED_KIND, text, lo, pos, noun, first=True)
    )


def _object_of(text: str, pos: int, people: People, named: str) -> bool:
    """Is a description at ``pos`` the object of a verb whose subject is
    ``named``, in the same sentence ("Tom Hale thanked the mayor who kept
    saying": the mayor is not Hale)? Not after a copula or "as" ("Ada Lind
    was the minister who"), a speech verb or "that" (the named person's own
    words), nor in an aside set off by a comma."""
    last = _last_mention(people, named, pos)
    if last < 0 or pos - last > _OBJECT_REACH:
        return False
    between = text[last:pos]
    if any(c in between for c in ',.;:!?\n\u201c\u201d"') or _SAID_OF.search(between):
        return False
    words_between = between.split()
    while words_between and words_between[0][:1].isupper():
        words_between.pop(0)  # (the name as the text gave it: "Hale", "Tom Hale")
    if any(clean(w).lower() in SPEECH_VERBS | {"that"} for w in words_between):
        return False  # "McConnell says that the American people": his words
    return bool(words_between)


_OBJECT_REACH = 60
"""(How far after the name a verb's object may stand.)"""

_BY_END = re.compile(r"\bby[ \u00a0]+$")
_DONE_BY_REACH = 300
"""How far before an agent's "by" the one done to may be named (a
sentence with a quotation in it)."""


def _done_by(text: str, pos: int, people: People, named: str) -> bool:
    """Is a description at ``pos`` the agent after "by" in the sentence that
    names ``named`` before it ("Tom Hale was praised as “…” by the skipper":
    the skipper is not Hale, the one praised)? Review 2, stop 39."""
    if _BY_END.search(text, max(0, pos - 4), pos) is None:
        return False
    last = _last_mention(people, named, pos)
    return last >= 0 and pos - last <= _DONE_BY_REACH and sentence_start(text, last, pos) == last


_SAID_OF = re.compile(
    r"\b(?:is|was|are|were|be|been|being|became|become|becomes|remains|remained|as)"
    r"[ \u00a0]+$"
)
"""A copula or "as" before an indefinite "a NOUN": the noun said of someone
already there ("has been a judge", "worked as an official", "ten years as a
pilot")."""


def _brought_in(text: str, lo: int, pos: int, noun: str, named: str) -> bool:
    """Does the text between ``lo`` and ``pos`` bring someone in with
    ``noun`` and no name ("A senior official said", "after a pilot fell
    ill"), not give the noun to someone there ("She has been a judge",
    "Lind, 46, a pilot", for ``named`` Ada Lind)?"""
    for m in _noun_finditer(_UNNAMED, text, lo, pos, noun):
        before = max(lo, m.start() - 40)
        if _SAID_OF.search(text, before, m.start()) is None and not _apposed(
            text[before : m.start()], named
        ):
            return True
    return False


def _apposed(before: str, named: str) -> bool:
    """Do the words ``before`` an indefinite end with a word of ``named`` and
    a comma, an age between them or not ("Lind, ", "Lind, 46, ")?"""
    words = before.split()
    if not words or not words[-1].endswith(","):
        return False
    if len(words) > 1 and words[-1][:-1].isdigit():
        words.pop()
    return words[-1].endswith(",") and words[-1][:-1] in named.split()


_UNNAMED_PEOPLE = _PERSON_NOUNS | words(
    """
    spokesperson representative resident witness neighbour neighbor source worker
    employee member lawyer doctor nurse teacher student passenger driver pilot skipper
    deckhand owner manager researcher scientist analyst expert economist volunteer
    parent customer user reader caller visitor engineer diver man woman colleague friend
    mother father freshman sophomore junior senior undergraduate alumnus alumna
    """
)
"""Nouns of one person an indefinite subject may bring in unnamed ("a
spokesperson", "an official", "a woman"): offices, and people by their part
("a mother of three": s44-rev5; a student by the year, "One junior, who
asked not to be named": a student paper's unnamed source, s44-rev6)."""

_PROFESSION_ENDINGS = ("ologist", "ician", "ist")
"""Endings of nouns of one person by their profession ("an immunologist", "a
physician", "a dentist"), beyond the listed nouns (stop 41)."""

_COMPOUND_PERSON_ENDINGS = ("man", "woman", "person")
"""Endings of compound nouns of one person ("a postman", "a fisherman", "a
chairwoman", "a salesperson"), beyond the listed nouns (s45-rev8: "A retired
postman who was carried from his home ... said" brought no one in)."""

_NOT_COMPOUND_PERSONS = words("superhuman inhuman caiman cayman talisman ottoman doberman dolman")
"""Nouns ending "-man" that are no person: a thing, a beast, an adjective."""


def _unnamed_person(noun: str) -> bool:
    """Is ``noun`` (lower case) one person an indefinite subject may bring in
    unnamed: a listed noun, or one of a profession by its ending, long enough
    not to be a thing ("an immunologist", not "a wrist" or "a checklist")?"""
    if noun in _UNNAMED_PEOPLE:
        return True
    if len(noun) >= 6 and noun.endswith(_COMPOUND_PERSON_ENDINGS):
        # ("postman", "fisherwoman"; not "human", "woman" listed; not a thing
        # or a beast, "a talisman", "a caiman": s45-final-analyze)
        return noun not in _NOT_COMPOUND_PERSONS
    if len(noun) <= 6 or not noun.endswith(_PROFESSION_ENDINGS):
        return False
    # "-list" after a vowel is a person ("journalist", "novelist"), after a
    # consonant a list ("checklist", "shortlist", "playlist").
    return not noun.endswith("list") or noun[-5] in "aeiou"


_REMEMBERS = words("remembers remembered described describes")
"""Verbs by which someone brought in unnamed speaks of the past before
their words ("A former colleague ... remembers her as stubborn. “…,” he
says": stop 41), or tells what happened ("Another witness ... described
the day the houses came down. “…,” she said": s44-left5), not verbs of
saying elsewhere."""

_NOT_SAID = rf"(?!(?:{word_choice(SPEECH_VERBS | _REMEMBERS)})\b)"
"""Before a word of an indefinite subject's run: not a verb of saying."""

_UNNAMED_SUBJECT = re.compile(
    # An opening phrase set off by a comma ("Outside court, "), then the
    # indefinite subject, its noun, a phrase of its body ("for the harbour
    # board"), and a verb of saying.
    # (not the subject itself set off by its apposition: "Another witness,
    # a woman of 52, described"; s44-left5)
    rf"(?:(?!(?:An?|One|Another){_GAP})([A-Z][a-z]*)(?:{_GAP}[\w\u2019'-]+){{0,3}},{_GAP})?"
    # ("One resident", "Another witness", "one junior, who asked not to be
    # named": a count or "another" brings someone in as "a" does; s44-rev5,
    # s44-rev6; "A 34-year-old teacher": an age's words open with a digit,
    # s44-left5)
    # (no word of that run a verb of saying: "Another said the man told
    # them", "One said", are the pronoun "another" or "one" speaking, not a
    # "man" brought in)
    rf"((?:[Aa]n?|[Oo]ne|Another){_GAP}(?:{_NOT_SAID}[a-z0-9][\w-]*{_GAP}){{0,3}}?{_NOT_SAID}([a-z]+)"
    # (the body as long as its words run: no count, its end given by the
    # comma, the "who" or the verb after it; "A fund manager at a house
    # that holds about 4% of the shares, who ..., said": s46-left; a
    # number's percent sign is part of its word)
    rf"(?:{_GAP}(?:for|of|at|with|from|in|on){_GAP}(?:(?!whose?\b)[\w\u2019'&%-]+{_GAP})*?"
    # (its last word no "and": "A woman from the inquiry rang last week
    # and asked" is no body's name; s45-left7)
    rf"(?!whose?\b)[\w\u2019'&%-]+(?<![ \u00a0]and))?"
    # or someone's kin ("Her son said"): a new person, not the one "her" means
    rf"|[Hh](?:is|er){_GAP}(?:{_KIN_NOUNS[1:-1]})\b)"
    # then perhaps a relative clause set off by commas ("An immunologist at
    # the hospital, who asked not to be named, said"; stop 41; "A teacher,
    # whose name we withheld, told us": s44-rev5): the aside
    # says more of the one brought in, who still speaks
    # (the aside may end with the name it gives, set off by its own comma:
    # "A teacher on Skerra, who asked us to use only her first name, Mairi,
    # described": s46-left)
    rf"(?:,{_GAP}who(?:se)?{_GAP}[^,.;:\u201c\u201d\"]{{1,160}}(?:,{_GAP}[A-Z][\w\u2019'-]*)?,"
    # or an apposition that says who the person is ("Another witness, a
    # woman of 52 who sold fish, described": s44-left5), shown for them
    rf"|,{_GAP}(?P<appos>an?{_GAP}(?:[a-z0-9][\w-]*{_GAP}){{0,2}}?[a-z]+"
    rf"(?:{_GAP}(?:of|from|in){_GAP}[\w-]+)?)"
    rf"(?:{_GAP}who{_GAP}[^,.;:\u201c\u201d\"]{{1,120}})?,"
    # or a participle's aside ("Another man, standing by the tape, said")
    # or a relative clause with no commas ("A mother of three who lives on
    # the row said"; s44-rev5): still the one brought in speaks
    rf"|,{_GAP}[a-z]+ing{_GAP}[^,.;:\u201c\u201d\"]{{1,160}},"
    rf"|{_GAP}who(?:se)?{_GAP}[^,.;:\u201c\u201d\"]{{1,80}}?(?={_GAP}(?:{word_choice(SPEECH_VERBS)})\b))?"
    rf",?{_GAP}(?:also{_GAP}|later{_GAP})?(?:{word_choice(SPEECH_VERBS | _REMEMBERS)})\b"
)


_ACTED = (
    "came|rang|went|ran|wrote|stood|sat|took|got|met|gave|told|sent|brought|left|found|kept|"
    "held|made|put|set|paid|saw|rode|drove|began|spoke|knew|heard|read|sang|threw|stopped"
)
"""Irregular pasts of acting (a past in -ed is read by its ending)."""
_NO_OBJECT = r"(?!(?:me|him|us|them|you|it)\b)"
"""Not an object pronoun: no word of a phrase of a noun's body."""
_UNNAMED_ACTING = re.compile(
    # A sentence opened by an indefinite subject of one word or three before
    # its noun, a phrase of its body or none, and its verb: "A woman from
    # the inquiry rang last week", "A man in a yellow jacket knocked".
    rf"((?:An?|Another){_GAP}(?:{_NOT_SAID}[a-z][\w-]*{_GAP}){{0,2}}?([a-z]+)"
    rf"(?:{_GAP}(?:for|of|at|with|from|in|on){_GAP}(?:{_NO_OBJECT}[\w\u2019'&-]+{_GAP}){{0,4}}?"
    rf"{_NO_OBJECT}[\w\u2019'&-]+)?){_GAP}([a-z]{{3,}}ed|{_ACTED})\b"
)
"""(Its verb a past tense of acting, "rang", "knocked", "called", "gave",
never the passive's or the copula's "was". The phrase of its body holds no
object pronoun: "A woman from the union gave me a framed timetable" is
no body "from the union gave me a" before "framed"; stop 46. No word before
its noun is a verb of saying: "Another said the man told them" brings in
no man.)"""


_OPENERS = PREPOSITIONS | words("outside inside after before later earlier meanwhile separately")
"""First words of a phrase opening a sentence before its subject ("Outside
court, a spokeswoman said"), never a name's."""


_WHO_SET_OFF = re.compile(rf"(?:{_GAP}(?:for|of|at|with|from|in|on){_GAP}[^,]*)?,{_GAP}who{_GAP}")
"""After an indefinite subject's noun (and the phrase of its body), a
relative clause set off by "who": the noun is a person's."""


def unnamed_subject_before(
    doc: Document, pos: int, people: People, gender: Gender, name: str | None
) -> str | None:
    """The unnamed person a "he"/"she" speaker at ``pos`` means when the
    nearest sentence before it outside quotation marks (in its paragraph or
    the one before) opens with someone brought in by an indefinite
    description of that gender or of none, as its subject saying something
    ("A spokeswoman for the harbour board said ... “…,” she said"), or
    by a kin noun of the pronoun's sex after "His"/"Her" ("Her son said
    she trusted the pier. “…,” he said": s40-kin): that description, as
    written. ``None`` when ``name`` (the person the rules
    chose) was named since that sentence opened: the person is nearer."""
    start = _sentence_before(doc, pos)
    if start is None:
        return None
    m = _UNNAMED_SUBJECT.match(doc.scan, start, pos)
    if m is None:
        acting = _UNNAMED_ACTING.match(doc.scan, start, pos)
        if acting is None:
            return None
        noun, description = acting.group(2), acting.group(1)
        if not _unnamed_person(noun) or of_word(noun) != gender:
            return None  # (the sex stated: "a woman", "a man", not "a pilot")
        if name is not None and named_since(doc.scan, people, name, start, pos):
            return None
        return description[:1].lower() + description[1:]
    if m.group(1) is not None and m.group(1).lower() not in _OPENERS:
        # (a sentence opening with a name, "Gilda Cobb-Hunter, a member
        # of the committee, recalled": that person's apposition)
        return None
    noun = m.group(3)
    if noun is None:
        # "Her son said she trusted the pier. “…,” he said": the son, when
        # the kin noun is of the pronoun's sex (s40-kin).
        if of_word(m.group(2).split()[-1]) != gender:
            return None
    elif (
        not _unnamed_person(noun)
        and not _WHO_SET_OFF.match(doc.scan, m.end(3), m.end())
        and not _appos_person(m.group("appos"))
    ) or of_word(noun) not in (gender, None):
        # (not a person, or one of the other gender; a noun set off by
        # "who" is a person whatever it is: "One islander, who runs a shop
        # on the quay, said she would close", stop 46; so is one whose
        # apposition names a person: "Another victim, a retired teacher,
        # said", s46-rev11)
        return None
    description = m.group("appos") or m.group(2)
    if of_description(description) not in (gender, None):
        return None  # ("Another witness, a man of 60, ... she said")
    if name is not None and named_since(doc.scan, people, name, start, pos):
        return None  # the person named since is nearer
    return description[:1].lower() + description[1:]


def _appos_person(appos: str | None) -> bool:
    """Does an indefinite subject's apposition ("a retired teacher who did
    not want her name used", "a woman of 52") end its first phrase with a
    noun of one person?"""
    if appos is None:
        return False
    head = appos.split(" who ", 1)[0].split()
    for i, word in enumerate(head[1:], 1):
        if word in ("of", "from", "in"):
            head = head[:i]
            break
    return _unnamed_person(head[-1])


_THE_NOUN = re.compile(r"[Tt]he[ \t\u00a0]+([a-z]+)")


def unnamed_of_noun_before(doc: Document, pos: int, role: str) -> str | None:
    """The unnamed person a definite description of one noun at ``pos``
    ("the spokesman") means when the nearest sentence before it outside
    quotation marks (in its paragraph or the one before) opens with someone
    brought in by an indefinite description with that noun, as its subject
    saying something ("A spokesman for the agency said it had no power ...
    / “…,” the spokesman said"): that description as written, over
    another body's spokesman named further back (stop 46). Else ``None``."""
    the = _THE_NOUN.fullmatch(role)
    if the is None:
        return None
    start = _sentence_before(doc, pos)
    if start is None:
        return None
    m = _UNNAMED_SUBJECT.match(doc.scan, start, pos)
    if m is None or m.group(3) != the.group(1) or m.group("appos"):
        return None
    if m.group(1) is not None and m.group(1).lower() not in _OPENERS:
        return None  # (a sentence opening with a name: that person's)
    return m.group(2)


_OWNED_AGENT = re.compile(
    r"(?:[Tt]he[ \u00a0]+)?([A-Za-z][\w-]*)['\u2019]s[ \u00a0]+((?:[a-z]+[ \u00a0]+)?[a-z]+)"
)
"""A description owned by a name or an office: "Elliott's press secretary",
"the minister's spokesperson" (the owner, then the person's noun phrase)."""


_PLACE_NOUNS = words("province state country city town region nation county district")
"""Places an office belongs to ("the province's premier"): a place has one
holder of an office, named by the office alone ("Premier Doug Ford"); a
body's office is that body's ("the party's leader" is not "Ruth Ames, the
union's leader")."""


def _placed_office(text: str, pos: int, owner: str, office: str, people: People) -> str | None:
    """The one person the text gave an office by name, for a capitalised
    owner's office no person the text names owns ("Ontario Premier Doug
    Ford ... (four paragraphs on) ... “…,” Ontario's premier said"; "Premier
    François Legault ... Quebec's premier"): a place's or a body's office has
    one holder, however far back, passing over people named since who hold
    no such office (s46-title). The holder's office carries no word before
    it but the owner's and the place nouns' ("Microsoft CEO Satya Nadella"
    is not "Google's CEO"), and no one else holds it; else ``None``."""
    lower = owner.lower()
    if people.by_surname.get(lower) is not None:
        return None  # (a person's office: "Hale's spokesperson")
    holders = _role_holders(text, pos, office, people)
    if len(holders) != 1:
        return None
    holder, before = next(iter(holders.items()))
    own = {clean(t).lower() for t in office.split()[1:-1]}  # ("police" of "police chief")
    if not before <= _PLACE_NOUNS | own | {lower}:
        return None
    return holder if people.genders.fits(holder, of_description(office)) else None


def owned_agent_named(doc: Document, pos: int, description: str, people: People) -> str | None:
    """The one person a possessive description of someone's agent or office
    at ``pos`` means ("Elliott's press secretary, Hayley Chazan, said ... /
    “…,” Elliott's press secretary said"; "Hayley Chazan, the minister's
    spokesperson, ... / “…,” the minister's spokesperson said"): the person
    the text gave that noun by name after the same owner's possessive,
    named in this paragraph or the two before (stop 46). Not a kin noun
    ("the victim's mother": :func:`kin_named`'s), nor a holder another
    owner's ("the ministry's spokeswoman" for "Hale's spokesperson")."""
    m = _OWNED_AGENT.fullmatch(description.strip())
    if m is None:
        return None
    noun = _role_noun("the " + m.group(2))
    kin = noun in KIN_WORDS
    if noun is None or (noun not in AGENT_NOUNS and noun not in _PERSON_NOUNS and not kin):
        return None
    owner = m.group(1).lower()
    owners = {owner}
    if m.group(1).islower():
        # "the minister's spokesperson" after "Elliott's spokesperson,
        # Hayley Chazan,": the office's one holder by name owns the agent.
        office = _role_holder(doc.scan, pos, "the " + m.group(1), people)
        if office is not None:
            owners.add(office.split()[-1].lower())
    holder = _role_holder(doc.scan, pos, "the " + m.group(2), people, frozenset(owners))
    if holder is None and not kin and owner in _PLACE_NOUNS:
        # "Premier Doug Ford ... / “…,” the province's premier said": a
        # place's office is the office; its one holder by name, as "the
        # premier" would be. ("Ontario Premier Doug Ford ... Ontario's
        # premier": the owner's word before the noun, read above.)
        return _role_holder(doc.scan, pos, "the " + m.group(2), people)
    if not kin and m.group(1)[:1].isupper() and noun in _PERSON_NOUNS and noun not in AGENT_NOUNS:
        placed = _placed_office(doc.scan, pos, m.group(1), "the " + m.group(2), people)
        if placed is not None:
            return placed
    if holder is None:
        return None
    near = _previous_line_start(doc, _previous_line_start(doc, pos))
    at = bisect.bisect_left(people.mentioned_at, near)
    end = bisect.bisect_left(people.mentioned_at, pos)
    return holder if holder in people.mentioned[at:end] else None


@functools.lru_cache(maxsize=64)
def _owner_of_noun(last: str, noun: str) -> re.Pattern[str]:
    """ "Cameron's spokesman", "Lind’s press secretary": ``last`` written as
    the owner of ``noun`` (two words at most between)."""
    return re.compile(rf"\b{re.escape(last)}['’]s{_GAP}(?:{_RUN}{_GAP}){{0,2}}?{re.escape(noun)}\b")


_NEAR_NAME = 60
"""How near a mention of the name the description's noun stands for
:func:`given_near` (the reach ``evaluation.speaker_misses`` counts)."""


def given_near(text: str, pos: int, name: str, description: str) -> bool:
    """Does the text before ``pos`` write the description's noun within
    :data:`_NEAR_NAME` characters of the name's last word ("The judge hearing
    the case, Justice Ada Lind", "defensive coordinator Hale"), not as the
    name's owner ("Cameron's spokesman")? Then the text gave the person that
    noun in some form, and a description resolved to them is them, to build
    on; a description resolved to the person in focus alone ("Ada Lind
    closed the pier. ... the harbour master said") is not (stop 47)."""
    noun = _role_noun(description)
    if noun is None:
        return False
    last = name.rsplit(None, 1)[-1]
    lo = max(0, pos - _ROLE_REACH)
    at = text.find(last, lo, pos)
    while at >= 0:
        near = text[max(0, at - _NEAR_NAME) : at + len(last) + _NEAR_NAME].lower()
        if _noun_written(near, noun):
            return not owns_noun(text, pos, name, description)
        at = text.find(last, at + len(last), pos)
    return False


def owns_noun(text: str, pos: int, name: str, description: str) -> bool:
    """Did the text before ``pos`` write ``name`` as the owner of the
    description's noun ("Cameron's spokesman said ... / “…,” the spokesman
    said")? Then a reading of the description as ``name`` is a guess about
    someone else, not one to build on (stop 47)."""
    noun = _role_noun(description)
    if noun is None:
        return False
    last = name.rsplit(None, 1)[-1]
    lo = max(0, pos - _ROLE_REACH)
    if text.find(last, lo, pos) < 0:
        return False
    return _owner_of_noun(last, noun).search(text, lo, pos) is not None


def named_since(text: str, people: People, name: str, start: int, pos: int) -> bool:
    """Was ``name`` named between ``start`` and ``pos``, in full or by its
    last word ("A reporter asked Sanders how he felt. He replied": the one
    asked, named by surname, is nearer than the one asking; s46-left)?"""
    if _last_mention(people, name, pos) >= start:
        return True
    surname = name.split()[-1]
    return next(word_starts(text, surname, start, pos, letters=str.isalnum), -1) >= 0


def unnamed_teller_before(doc: Document, pos: int) -> tuple[str, int, int] | None:
    """The unnamed person whose words a quotation at ``pos`` with no
    attribution of its own goes on with: the nearest narrative sentence
    before it (in its paragraph or the one before, no quotation mark
    between) opens with someone brought in by an indefinite description as
    its subject saying something ("A 34-year-old teacher from Kerrow, whose
    name we withheld, told us that police came. / “…”"; "A boat owner who
    went to the office said he was asked for a paper. “…”": s44-left5).
    That description, as written, and where it stands; else ``None``."""
    start = next(_narrative_starts(doc, pos), None)
    if start is None or _HAS_MARK.search(doc.scan, start, pos) is not None:
        return None  # (a quotation between: its speaker goes on, not this one)
    m = _UNNAMED_SUBJECT.match(doc.scan, start, pos)
    if m is None or m.group(3) is None or not _unnamed_person(m.group(3)):
        return None  # (nor "Her son said": a kin noun needs its pronoun's sex)
    if m.group(1) is not None and m.group(1).lower() not in _OPENERS:
        return None  # (a sentence opening with a name: that person's)
    said = "appos" if m.group("appos") else 2
    return m.group(said), m.start(said), m.end(said)


_HAS_MARK = re.compile('["\u201c\u201d]')


def _sentence_before(doc: Document, pos: int) -> int | None:
    """Where the nearest sentence before ``pos`` outside quotation marks (in
    its paragraph or the one before) opens, passing over one that a "he" or
    "she" opens (the pronoun's own: "She said “…”"): the sentence whose
    subject :func:`unnamed_subject_before` and :func:`office_subject_before`
    read. ``None`` when there is none."""
    text = doc.scan
    for start in _narrative_starts(doc, pos):
        if not text.startswith(("He ", "She ", "he ", "she "), start):
            return start
    return None


def _opener(text: str, m: re.Match[str]) -> bool:
    """Is the capitalised word opening :data:`_OFFICE_SUBJECT`'s match (its
    group 1) the first of a phrase before the subject, not a name: a
    preposition or an adverb of :data:`_OPENERS`, or a past participle
    before a lower-case word ("Asked about the deficit, the finance
    minister said": s46-title; not "Mohammed Ali, the mayor said")?"""
    first = m.group(1)
    if first.lower() in _OPENERS:
        return True
    after = text[m.end(1) + 1 : m.end(1) + 2]
    return len(first) > 4 and first.endswith("ed") and after.islower()


_SUBJECT_VERBS = words("was is had has did would will could")
"""Verbs after which an office opening a sentence is its subject though it
says nothing there ("The premier was asked about costs. “…,” he said":
s46-title)."""
_OFFICE_SUBJECT = re.compile(
    # An opening phrase set off by a comma ("After the vote, "), then a
    # definite office ("the mayor", "the harbour master") and a verb of saying.
    rf"(?:([A-Z][a-z]*)(?:{_GAP}[\w\u2019'-]+){{0,3}},{_GAP})?"
    rf"([Tt]he{_GAP}(?:[a-z][\w-]*{_GAP}){{0,2}}?([a-z]+))"
    rf",?{_GAP}(?:also{_GAP}|later{_GAP})?(?:{word_choice(SPEECH_VERBS | _SUBJECT_VERBS)})\b"
)


def office_subject_before(
    doc: Document, pos: int, people: People, gender: Gender, name: str | None
) -> str | None:
    """The person a "he"/"she" speaker at ``pos`` means when the nearest
    sentence before it outside quotation marks (in its paragraph or the one
    before) opens with a definite office as its subject saying something,
    and the text gave that office to one person by name ("The mayor, Tom
    Hale, chaired ... After the vote, the mayor said he hoped ... “…,” he
    said": Tom Hale, not a councillor named nearer; stop 41). ``None`` when
    no such sentence, no one holder of that gender, or ``name`` (the person
    the rules chose) was named since that sentence opened."""
    start = _sentence_before(doc, pos)
    if start is None:
        return None
    m = _OFFICE_SUBJECT.match(doc.scan, start, pos)
    if m is None or (
        m.group(3) not in TITLES
        and m.group(3) not in _ABBREVIATED_OFFICES
        and not _titled_before(doc.scan, max(0, pos - _ROLE_REACH), start, m.group(3))
    ):
        # ("The nurse said ..." after "Nurse Ruth Ames": a title before a
        # name, as an office is; "the doctor" after "Dr. Owen Price"; s46-title)
        return None
    if m.group(1) is not None and not _opener(doc.scan, m):
        return None  # (a sentence opening with a name: that person's)
    if name is not None and _last_mention(people, name, pos) >= start:
        return None  # the person named since is nearer
    holder = _role_holder(doc.scan, start, m.group(2), people)
    if holder is None or holder == name or not people.genders.fits(holder, gender):
        return None
    return holder


_KIN_DESCRIPTION = re.compile(r"(his|her|their)[ \u00a0]+([a-z][a-z-]+)")
"""A speaker described as someone's kin ("his father", "her sister"), as
one acting for them ("her lawyer", stop 45) or as anyone else of theirs
("her coach", s47-poss: the text's apposition "Her coach, Gary Finch," shows
the noun is a person's, whatever the noun): the possessive and the one
lower-case noun as groups 1 and 2."""


@functools.lru_cache(maxsize=32)
def _kin_named_pattern(possessive: str, kin: str) -> re.Pattern[str]:
    """The kin noun after the same possessive, or after a capitalised
    possessor's "'s" ("Reid's wife, Orla Reid,", stop 44), set off with a
    name ("His father, Walter Hale,"); the possessor (when one is written)
    is group 1, the name group 2; or the name first, set off with the same
    possessive and noun ("Dan Webb, his lawyer,", s47-poss), the name group
    3."""
    p = re.escape(possessive)
    k = re.escape(kin)
    return re.compile(
        rf"\b(?:(?:{p}|{p.capitalize()}|([A-Z][\w-]*)['\u2019]s){_GAP}{k},{_GAP}({_HOLDER_NAME}),"
        rf"|({_HOLDER_NAME}),{_GAP}{p}{_GAP}{k},)"
    )


def kin_named(doc: Document, pos: int, description: str, people: People) -> str | None:
    """The one person a kin description ("his father") at ``pos`` means when
    this paragraph or the two before named that relative in an apposition
    after the same possessive and noun ("His father, Walter Hale, was a
    trawlerman. “…,” his father said"), or before them ("Walter Hale, his
    father, ..."); ``None`` for none or two. An agent
    the same ("Her lawyer, Peter Lang, said ... “…,” her lawyer said", stop
    45). Only run for such a description: a cached pattern over three
    paragraphs."""
    m = _KIN_DESCRIPTION.fullmatch(description.strip().lower())
    if m is None:
        return None
    lo = _previous_line_start(doc, _previous_line_start(doc, pos))
    if doc.scan.find(m.group(2) + ",", lo, pos) < 0:
        return None  # (the cheap test: the noun never set off by a comma)
    gender = of_pronoun(m.group(1))
    named = {
        people.full(" ".join(strip_titles((found.group(2) or found.group(3)).split())[1]))
        for found in _kin_named_pattern(m.group(1), m.group(2)).finditer(doc.scan, lo, pos)
        # "Reid's wife, Orla Reid," for "his wife": Reid may be the "his"
        # (not a woman the text shows), and is no one else's name for her.
        if found.group(1) is None or people.genders.fits(people.full(found.group(1)), gender)
    }
    known = set(people.names) | set(people.mentioned)
    named &= known
    return named.pop() if len(named) == 1 else None


_KIN_OPENING = re.compile(
    rf"(?:^|[.!?][\u201d\"]?{_GAP}|\n)(His|Her)(?:{_GAP}[a-z]+){{0,2}}?{_GAP}{_KIN_NOUNS},(?:{_GAP})?$"
)
"""A sentence opened by "His"/"Her", a kin noun (a word or two of age or
order between or not) and its comma, ending right before a name ("Her younger
sister, "): the name is the relative of the one the possessive means."""
_AFTER_OBJECT = (
    rf"(?=(?:{_GAP})?(?:[\u201c\u2018\"',.;:!?]|(?:as|to|a|an|the|for|in|on|at|with)\b))"
)
_OBJECT_PRONOUN: dict[Gender, re.Pattern[str]] = {
    "f": re.compile(rf"\bher{_AFTER_OBJECT}"),
    "m": re.compile(rf"\bhim{_AFTER_OBJECT}"),
}
"""The object pronoun of each sex before a quotation mark, a stop or a
preposition ("calls her “…”", "remembers her as"), not "her" the possessive
before its noun ("in her book": the person's own, maybe)."""
_OPENING_MARKS = '\u201c\u2018"'


def _turn_ended(doc: Document, line: int, at: int) -> bool:
    """Has the turn of a person last named at ``at`` ended by the line
    ``line`` (where a pronoun stands): a later paragraph that does not open
    with a quotation right after theirs (a continued quotation is still
    theirs: "“…,” Emma said. / “…,” she said")?"""
    theirs = bisect.bisect_right(doc.line_starts, at) - 1
    if line <= theirs:
        return False
    between = doc.lines[theirs + 1 : line]
    if any(doc.scan[ln.start : ln.end].strip() for ln in between):
        return True
    opening = doc.scan[doc.lines[line].start : doc.lines[line].end].lstrip()
    return not opening.startswith(tuple(_OPENING_MARKS))


def _lesser_she(doc: Document, people: People, who: str, gender: Gender, subject: str) -> bool:
    """Is ``who`` a weaker reading of a "she"/"he" than the article's
    ``subject``: a relative the text brought in as the subject's ("Her
    younger sister, Emma Marr,", the possessive meaning the subject), or a
    person the text gives no sex whose own sentence spoke of someone else as
    the object pronoun ("Tom Hale ... calls her “…”")?"""
    try:
        first = people.mentioned_at[people.mentioned.index(who)]
    except ValueError:
        return False
    kin = _KIN_OPENING.search(doc.scan, max(0, first - 40), first)
    if kin is not None:
        return of_pronoun(kin.group(1).lower()) == gender and (
            people.resolve(first, gender=gender, besides=who) == subject
        )
    if people.genders.of(who) is not None:
        return False  # (the text says what they are: no lesser reading)
    own = doc.lines[bisect.bisect_right(doc.line_starts, first) - 1]
    start, stop = sentence_start(doc.scan, own.start, first), own.end
    marks = [i for i in (doc.scan.find(m, first, stop) for m in _OPENING_MARKS) if i >= 0]
    # (up to the quotation's opening mark, and that mark read by the look-ahead)
    end = min(marks, default=stop - 1) + 1
    return _OBJECT_PRONOUN[gender].search(doc.scan, start, end) is not None


def subject_over_lesser(
    doc: Document, pos: int, people: People, gender: Gender, name: str | None
) -> str | None:
    """The person the article is about (the first it names as a subject),
    whom the text has called this pronoun, for a "she"/"he" speaker at
    ``pos`` that the rules gave ``name``, when every person named as a
    subject since her who may be meant is a lesser reading
    (:func:`_lesser_she`) whose turn ended before this paragraph
    (:func:`_turn_ended`): a profile's narrative "she says" after her
    sister or a man of unread sex was quoted (stop 41). ``None`` otherwise."""
    if name is None or not people.names:
        return None
    subject = people.names[0]
    if subject == name or not people.genders.called(subject, gender):
        return None
    line = bisect.bisect_right(doc.line_starts, pos) - 1
    lesser: set[str] = set()
    i = bisect.bisect_left(people.positions, pos)
    floor = max(0, i - _MENTIONS_BACK)
    while i > floor:
        i -= 1
        who = people.names[i]
        if who == subject:
            return subject if lesser else None
        if who in lesser or not people.genders.fits(who, gender):
            continue
        if people.genders.given_other(who, gender):
            continue  # ("“…,” he said" given to him, nothing else said of him)
        if not _turn_ended(doc, line, _last_mention(people, who, pos)):
            return None
        if not _lesser_she(doc, people, who, gender, subject):
            return None
        lesser.add(who)
    return None


_WRITING = re.compile(r"\b(?:wrote|writes)\b")
"""A verb of writing beside a pronoun speaker ("She wrote:", "“…,” he writes")."""

_LETTER_FROM = re.compile(
    r"\b(?:letter|note|message|e-?mail|card|postcard)s? from "
    r"(an? ([a-z]+)[^.,;:!?\"\u201c\u201d]{0,50})"
)
"""A letter brought in by its writer, unnamed: "a letter from a woman on
Port Edda" (the description as written, to the clause's end)."""


_LETTER_AGAIN = re.compile(r"\b(?:that|this|the|her|his) (?:letter|note|message)\b")
"""A letter named again ("that letter"), the one brought in before."""

_LETTER_REACH = 4000
"""How far back a letter named again may have been brought in."""


def letter_writer_before(
    doc: Document, start: int, end: int, people: People, gender: Gender, name: str | None
) -> str | None:
    """The unnamed writer a "he"/"she wrote" at ``start:end`` means when
    the text brought in a letter from them, described and unnamed, in this
    paragraph or the two before ("I received a letter from a woman on the
    island. ... She wrote: “…”"), or further back when those name the letter
    again ("that letter"): that description, as written; the one
    reading it out is not the one who wrote it. ``None`` when no such
    letter, when its writer is not of the pronoun's sex, or when ``name``
    (the person the rules chose) was named since the letter. A find of the
    verb of writing beside the pronoun is the pre-test (s43-left2)."""
    if _WRITING.search(doc.scan, max(0, start - 12), end + 12) is None:
        return None
    lo = _previous_line_start(doc, _previous_line_start(doc, start))
    again = _LETTER_AGAIN.search(doc.scan, lo, start)
    if again is not None:
        # "I will finish with the last line of that letter. She wrote: “…”":
        # the letter the text brought in further back, its writer brought
        # back into view here.
        lo = max(0, start - _LETTER_REACH)
    found = None
    for m in _LETTER_FROM.finditer(doc.scan, lo, start):
        found = m
    if found is None:
        return None
    noun = found.group(2)
    if not _unnamed_person(noun) or of_word(noun) not in (gender, None):
        return None
    since = found.start() if again is None else max(found.start(), again.start())
    if name is not None and _last_mention(people, name, start) >= since:
        return None  # the person named since is nearer
    return found.group(1).rstrip()
