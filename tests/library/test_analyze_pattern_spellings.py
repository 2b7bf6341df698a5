"""Patterns the analysis compiles once a process for each noun or acronym
it meets: the role-noun patterns ("official Ada Lind", "Ada Lind, a senior
official", "the press secretary, Ada Lind,", "a senior official said") and
an acronym's name written out ("Immigration, Refugees and Citizenship
Canada" for "IRCC"). They are written to compile fast (see
benchmarks/README.md, "Stop 34: the analysis's first use") and must read
exactly what the patterns written plainly read: the plain ones are kept
here and both are run on generated text."""

from __future__ import annotations

import functools
import random
import re

from quotemark.library.analyze.ages import _AGE_GAP_WORD, _of_age
from quotemark.library.analyze.holders import (
    _given_noun,
    _holder_pattern,
    _named_after_pattern,
    _named_pattern,
    _noun_choice,
    _unnamed_pattern,
)
from quotemark.library.analyze.names import (
    PERSON_RUN,
    _person_run_from,
    clean,
    particles_before_capital,
    strip_titles,
)
from quotemark.library.analyze.organisations import _subject_led, spelling_pattern
from quotemark.library.analyze.sources import ORG_RUN
from quotemark.library.importers import mojibake

# The patterns as they were written before stop 34 (the word runs as one
# class with the curly apostrophe in it; apposition and copula apart).
_GAP = r"[ \u00a0]+"
_NOT_MODIFIER = r"(?:of|for|to|at|in|on|with|from|by|and|or|the|an?)"
_MODIFIERS = rf"(?:(?!{_NOT_MODIFIER}{_GAP})[\w\u2019'-]+{_GAP}){{0,3}}?"
_ARTICLE = "(?:[Tt]he|[Aa]n?)"
_CAPITAL = "[A-Z\u00c0-\u00d6\u00d8-\u00de]"
_NAME_WORDS = r"(?-i:[A-Z][\w.\u2019'-]*(?:[ \u00a0]+[A-Z][\w\u2019'-]+){1,3})"
_HOLDER_NAME = rf"(?-i:{_CAPITAL}[\w\u2019'-]+(?:[ \u00a0]+{_CAPITAL}(?:[\w\u2019'-]+|\.)){{0,3}})"
# (Review of stop 37: no possessive after the noun, "Ada Lind, the
# senator\u2019s spokesman", in the apposition and the copula.)
_NOT_POSSESSIVE = "(?![\u2019']s\\b)"


def _plain_unnamed(noun: str) -> re.Pattern[str]:
    n = _noun_choice(noun)
    return re.compile(
        rf"\b(?:[Aa]n?|(?<![Tt]he )[Oo]ne){_GAP}{_MODIFIERS}{n}s?\b"
        rf"(?![ \u00a0]*,?[ \u00a0]*{_CAPITAL})"
    )


def _plain_named(noun: str) -> re.Pattern[str]:
    n = _noun_choice(noun)
    return re.compile(
        rf"\b{n}s?{_GAP}{_NAME_WORDS}"
        rf"|{_NAME_WORDS},{_GAP}{_ARTICLE}{_GAP}{_MODIFIERS}{n}\b{_NOT_POSSESSIVE}"
        rf"|{_NAME_WORDS}{_GAP}(?:is|was){_GAP}{_ARTICLE}{_GAP}{_MODIFIERS}{n}\b{_NOT_POSSESSIVE}"
    )


def _plain_holder(noun: str) -> re.Pattern[str]:
    n = _noun_choice(noun)
    return re.compile(
        rf"\b{n}{_GAP}({_HOLDER_NAME})"
        rf"|({_HOLDER_NAME}),{_GAP}{_ARTICLE}{_GAP}{_MODIFIERS}{n}\b{_NOT_POSSESSIVE}"
        rf"|({_HOLDER_NAME}){_GAP}(?:is|was){_GAP}{_ARTICLE}{_GAP}{_MODIFIERS}{n}\b{_NOT_POSSESSIVE}"
        # (stop 35, s35-revspk: an apposition with no article, set off)
        rf"|({_HOLDER_NAME}),{_GAP}{_MODIFIERS}{n}(?=,|{_GAP}(?:of|at|for|with){_GAP})"
    )


def _plain_named_after(noun: str) -> re.Pattern[str]:
    n = _noun_choice(noun)
    return re.compile(rf"\b{_ARTICLE}{_GAP}{_MODIFIERS}{n},{_GAP}({_HOLDER_NAME})")


def _plain_given_noun(text: str, pos: int, noun: str) -> str | None:
    found = None
    pattern = re.compile(
        rf"\b{noun}s?[ \u00a0]+({_NAME_WORDS})|({_NAME_WORDS}),[ \u00a0]+"
        rf"(?:the|a|an)[ \u00a0]+(?:[\w-]+[ \u00a0]+)?{noun}\b",
        re.IGNORECASE,
    )
    for m in pattern.finditer(text, 0, pos):
        found = m.group(1) or m.group(2)
    return found


NOUNS = ["official", "judge", "spokeswoman", "ceo", "moderator"]
PIECES = [
    "Ada",
    "Lind",
    "O\u2019Brien",
    "D\u2019",
    "\u2019s",
    "'s",
    "Mc'Kay",
    "Jean-Luc",
    "-",
    "G.",
    "J.R.",
    "St.",
    ".",
    "\u00c9lise",
    "\u00d8stby",
    "\u0141ukasz",
    "x",
    "\u2019",
    "'",
    "A",
    "THE",
    "the",
    "The",
    "a",
    "an",
    "An",
    "one",
    "One",
    "is",
    "was",
    "Is",
    "of",
    "for",
    "senior",
    "press",
    "White",
    "House",
    "42",
    "46-year-old",
    "official",
    "officials",
    "Official",
    "officialdom",
    "judge",
    "Judge",
    "spokesman",
    "Spokeswoman",
    "spokespersons",
    "CEO",
    "chief",
    "Chief",
    "executive",
    "officer",
    "moderator",
    "Moderators",
    "said",
    "_",
]
SEPARATORS = ["", " ", " ", " ", "  ", "\u00a0", ", ", ",", "\n", ". "]


def _random_text(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) + rng.choice(SEPARATORS) for _ in range(rng.randint(1, 30)))


def _read(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None]]:
    # Where each match is and the name it gives (the one group that matched).
    return [(m.span(), next((g for g in m.groups() if g), None)) for m in pattern.finditer(text)]


# Texts the generated ones seldom reach: a possessive after the noun.
ROLE_TEXTS = [
    "Ada Lind, the senior official\u2019s aide, said",
    "Ada Lind is the judge's clerk.",
    "Ada Lind, the judge, said",
]


def test_the_role_patterns_read_what_the_plain_ones_read() -> None:
    rng = random.Random(34)
    pairs = [
        (_holder_pattern, _plain_holder),
        (_named_pattern, _plain_named),
        (_named_after_pattern, _plain_named_after),
        (_unnamed_pattern, _plain_unnamed),
    ]
    for text in ROLE_TEXTS:
        for noun in NOUNS:
            for ours, plain in pairs:
                assert _read(ours(noun), text) == _read(plain(noun), text), (text, noun, plain)
    for _ in range(6000):
        noun = rng.choice(NOUNS)
        text = _random_text(rng)
        for ours, plain in pairs:
            assert _read(ours(noun), text) == _read(plain(noun), text), (text, noun, plain)
        # The name before the noun is group 1, as the callers read it.
        assert [m.group(1) for m in _holder_pattern(noun).finditer(text)] == [
            m.group(1) for m in _plain_holder(noun).finditer(text)
        ], (text, noun)
        assert _given_noun(text, len(text), noun) == _plain_given_noun(text, len(text), noun)


def _plain_spelling(acronym: str) -> str:
    link = r"(?:,?[ \t\u00a0]+(?:(?:and|of|for|the|on|&)[ \t\u00a0]+)*)"
    return r"\b" + link.join(rf"{letter}[a-z][\w\u2019'-]*" for letter in acronym) + r"\b"


ACRONYMS = ["RC", "IRC", "IRCC", "CRIC", "RRRRRR"]
NAME_PIECES = [
    "Immigration",
    "Refugees",
    "Citizenship",
    "Canada",
    "Canada'",
    "Canada\u2019",
    "Canada\u2019s",
    "Canada's",
    "Canada-",
    "Canada'-",
    "Canada'-x",
    "Canada_",
    "Canada2",
    "Council",
    "Rights",
    "R\u2019",
    "Ri\u2019'",
    "Re-Run",
    "I",
    "IRCC",
    "and",
    "of",
    "the",
    "&",
    "x",
    "\u00e9t\u00e9",
    "\u2019",
    "'",
    "-",
]
NAME_SEPARATORS = ["", " ", " ", ", ", ",", "\t", "\u00a0", ",  ", "\n", "."]


def test_an_acronym_is_spelled_out_as_the_plain_pattern_reads_it() -> None:
    # The pattern spelled_out searches with, against the one-class spelling
    # it replaced: the same names found at the same places.
    rng = random.Random(3434)
    for _ in range(6000):
        acronym = rng.choice(ACRONYMS)
        text = "".join(
            rng.choice(NAME_PIECES) + rng.choice(NAME_SEPARATORS) for _ in range(rng.randint(1, 14))
        )
        ours = [m.span() for m in re.finditer(spelling_pattern(acronym), text)]
        plain = [m.span() for m in re.finditer(_plain_spelling(acronym), text)]
        assert ours == plain, (text, acronym)


# PERSON_RUN as written before stop 34's second step: each word's letters a
# backtracking repeat of one class with the curly apostrophe in it.
_NAME_GAP = r"[^\S\n\u2028]+"
_PLAIN_PERSON_RUN = (
    r"(?<![\w.\u2019'-])(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Sen|Rep|Gov|Lt|Sgt|Det|Const|Rev|St|Smt)\."
    rf"{_NAME_GAP})?"
    r"(?:[A-Z](?:[\w\u2019'-]|\.(?=\w))*|(?:al|el|bin|ibn|abu)-[A-Z][\w\u2019'-]*)"
    rf"(?:{_NAME_GAP}(?:(?:al|el|bin|ibn|abu|de|da|di|del|der|den|van|von|la|le|du|dos|St\.)"
    rf"{_NAME_GAP}){{0,2}}"
    # (Stop 43: an initial is read with the word after it.)
    rf"(?:[A-Z]\.{_NAME_GAP})*+(?:[A-Z](?:[\w\u2019'-]|\.(?=\w))*"
    r"|(?:al|el|bin|ibn|abu)-[A-Z][\w\u2019'-]*)){1,5}"
)


def _plain_of_age(text: str, pos: int, age: str) -> str | None:
    found = None
    pattern = re.compile(
        rf"({_PLAIN_PERSON_RUN}),[ \u00a0]+(?:an?[ \u00a0]+{age}-year-old|{age}\b[,.])"
        # (Review of stop 37: the last word between ends in no single "s".)
        rf"|\b{age}-year-old(?:[ \u00a0]+{_AGE_GAP_WORD}){{0,2}}(?<![^s]s)[ \u00a0]+"
        rf"({_PLAIN_PERSON_RUN})"
    )
    for m in pattern.finditer(text, max(0, pos - 6000), pos):
        found = m.group(1) or m.group(2)
    if found is None:
        return None
    _titles, name = strip_titles(found.split())
    return " ".join(w for w in (clean(t) for t in name) if w) or None


PERSON_PIECES = [
    "Ada",
    "Lind",
    "O\u2019Brien",
    "O'Neil",
    "D\u2019",
    "\u2019s",
    "'s",
    "Jean-Luc",
    "-",
    "J.",
    "J.R.R.",
    "U.S.",
    "U.S",
    "Mr.",
    "Dr.",
    "Mr",
    "St.",
    ".",
    "al-Assad",
    "al-",
    "bin",
    "de",
    "van",
    "la",
    "\u00c9lise",
    "x",
    "\u2019",
    "'",
    "A",
    "46",
    "46-year-old",
    "the",
    "said",
    "_",
    "9",
]
PERSON_SEPARATORS = ["", " ", " ", " ", "  ", "\u00a0", ", ", ",", "\n", ". ", "\u2028", "\t"]


# Ages the generated texts seldom reach: words of a part between the age and
# the name, the last one a present tense or a plural, or not.
AGE_TEXTS = [
    "the 46-year-old harbour pilot Ada Lind",
    "the 46-year-old blames Ada Lind",
    "the 46-year-old harbour pilots Ada Lind",
    "the 46-year-old boss Ada Lind",
    "Ada Lind, a 46-year-old pilot, said",
]


def test_person_runs_are_read_as_the_plain_pattern_reads_them() -> None:
    for text in AGE_TEXTS:
        assert _of_age(text, len(text), "46") == _plain_of_age(text, len(text), "46"), text
    # PERSON_RUN, the faster pattern person_runs uses (with the particles
    # the text writes before a capital, and with all five), and the age
    # reading (two copies of PERSON_RUN, one before a comma) against the
    # spelling with the apostrophe in the class.
    rng = random.Random(3435)
    plain = re.compile(_PLAIN_PERSON_RUN)
    for _ in range(8000):
        text = "".join(
            rng.choice(PERSON_PIECES) + rng.choice(PERSON_SEPARATORS)
            for _ in range(rng.randint(1, 24))
        )
        expected = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in PERSON_RUN.finditer(text)] == expected, text
        for particles in (particles_before_capital(text), ("al", "el", "bin", "ibn", "abu")):
            found = _person_run_from(particles).finditer(text)
            assert [m.span() for m in found] == expected, (text, particles)
        assert _of_age(text, len(text), "46") == _plain_of_age(text, len(text), "46"), text


# An organisation's run of capitalised words (sources.ORG_RUN) as written
# before stop 34's second step, and the subject pattern led by its first
# character: the letters one class with the curly apostrophe in it.
_ORG_GAP = r"[ \t\u00a0]+"
_PLAIN_CAPWORD = (
    r"(?:[A-Z]\.(?=\s+[A-Z])|[A-Z][\w\u2019'&-]*+(?:\.(?=\w)[\w\u2019'&-]*+)*+"
    r"(?:(?<=\.[A-Z])\.(?=[ \t\u00a0]+[A-Z]))?|al-[A-Z][\w\u2019'-]*|\d+°?)"
)
_PLAIN_LINKWORD = rf"(?:(?:of|for|and|the|on|de|du|des|/){_ORG_GAP})"
_PLAIN_ORG_RUN = rf"{_PLAIN_CAPWORD}(?:{_ORG_GAP}{_PLAIN_LINKWORD}{{0,2}}{_PLAIN_CAPWORD}){{0,8}}"
_PLAIN_SUBJECT = re.compile(rf"({_PLAIN_ORG_RUN})[ \t\u00a0]+([a-z]+)")

ORG_PIECES = [
    "Harbour",
    "Board",
    "O\u2019Neil",
    "Ng\u2019s",
    "\u2019",
    "'",
    "AT&T",
    "&",
    "U.S.",
    "U.S",
    "B.",
    ".",
    "al-Noor",
    "al-",
    "of",
    "the",
    "/",
    "Co-op",
    "-",
    "42",
    "3\u00b0",
    "said",
    "x",
    "_",
]


def test_organisation_runs_are_read_as_the_plain_pattern_reads_them() -> None:
    rng = random.Random(3436)
    plain_run = re.compile(_PLAIN_ORG_RUN)
    for _ in range(8000):
        text = "".join(
            rng.choice(ORG_PIECES) + rng.choice(PERSON_SEPARATORS)
            for _ in range(rng.randint(1, 24))
        )
        assert [m.span() for m in re.finditer(ORG_RUN, text)] == [
            m.span() for m in plain_run.finditer(text)
        ], text
        expected = [m.span(1) + m.span(2) for m in _PLAIN_SUBJECT.finditer(text)]
        for with_al in (True, "al" in particles_before_capital(text)):
            found = _subject_led(with_al).finditer(text)
            assert [m.span(1) + m.span(2) for m in found] == expected, (text, with_al)


# The read stage's mojibake patterns: the continuation characters were one
# class of the 91 characters written out (stop 34 writes them as ranges).
_PLAIN_CONTINUATION = "[" + re.escape(mojibake._CONTINUATION) + "]"
MOJIBAKE_PIECES = [
    *"\u00c3\u00c2\u00e2\u00f0\u00e9\u00a9\u00b1\u00a0\u20ac\u0153\u2122\u201d\u2019\u0178\u02dc\u00bf",
    *"\u00c0\u00ff\u0152\u017e\u2030\u203a\u2013\u00ad\u0081\u008d Aa\u0302\u0308\u0301\u0327xe",
    "&Atilde;",
    "&#128;",
    "&plusmn;",
    "&#xC3;",
    "&amp;",
    "<code>",
    "</code>",
]


def test_the_mojibake_patterns_read_what_the_plain_ones_read() -> None:
    codes = "".join(map(chr, range(0x10000)))
    assert re.findall(mojibake._C, codes) == re.findall(_PLAIN_CONTINUATION, codes)
    # (Each pattern is compiled when first read, s38-speed: read them all.)
    patterns = mojibake._Patterns()
    ours = {
        name: getattr(patterns, name)
        for name, member in vars(mojibake._Patterns).items()
        if isinstance(member, functools.cached_property)
    }
    assert len(ours) == 9
    plain = {
        name: re.compile(p.pattern.replace(mojibake._C, _PLAIN_CONTINUATION), p.flags)
        for name, p in ours.items()
    }
    assert any(plain[name].pattern != p.pattern for name, p in ours.items())
    rng = random.Random(3437)
    for _ in range(4000):
        text = "".join(rng.choice(MOJIBAKE_PIECES) for _ in range(rng.randint(1, 30)))
        for name, p in ours.items():
            assert [m.span() for m in p.finditer(text)] == [
                m.span() for m in plain[name].finditer(text)
            ], (text, name)


# names.clean before stop 35: one regex for both ends.
_PLAIN_CLEAN = re.compile(r"^[\"'“”\u2018\u2019«»(\[]+|[\"'“”\u2018\u2019«».,;:!?)\]]+$")


def test_a_word_is_cleaned_as_the_plain_pattern_cleans_it() -> None:
    rng = random.Random(3512)
    marks = [*"\"'“”\u2018\u2019«»()[].,;:!?-", "\n", " ", "\u00a0"]
    letters = ["A", "d", "é", "\u2019s", "Dr.", "J", "3"]
    clean.cache_clear()
    for _ in range(20000):
        word = "".join(rng.choice(marks + letters) for _ in range(rng.randint(0, 7)))
        assert clean(word) == _PLAIN_CLEAN.sub("", word), repr(word)
    for word in ("", "\u201cLind,\u201d", "(Reuters).", "a.\n", ".\n", "'s", "\u2019\u2019"):
        assert clean(word) == _PLAIN_CLEAN.sub("", word), repr(word)
