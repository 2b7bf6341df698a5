"""Organisations that speak: "BC Hydro said", then "it said" or "the
utility said" a paragraph later.

An organisation is found where the narrative makes a capitalised run the
subject of a speech verb and the run reads as an organisation: the lexicon
knows it (an agency, an outlet, a "... Board"), or one of its words is an
acronym ("BC Hydro", "ESPN"). A later "it" or a definite description with an
organisation's noun ("the utility", "the company", "the agency") attributing
speech means the last such organisation, when it was named recently. People
are never taken for one: a run the text gives a gender (a title, "he said"
after it) is a person.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Container, Iterator, Sequence
from dataclasses import dataclass, field

from quotemark.library.analyze.choices import word_choice
from quotemark.library.analyze.lexicon import (
    ABBREVIATIONS,
    MONTH_ABBREVIATIONS,
    MONTHS_AND_DAYS,
    ORGANISATION_WORDS,
    PRONOUNS,
    SPEECH_VERBS,
    TITLES,
    alternatives,
    words,
)
from quotemark.library.analyze.names import (
    clean,
    looks_like_organisation,
    particles_before_capital,
)
from quotemark.library.analyze.sources import ORG_RUN, classify, org_run_led

_HORIZON = 2500
"""How far back (characters) an "it said" may reach for its organisation."""
_SUBJECT = re.compile(rf"({ORG_RUN})[ \t\u00a0]+([a-z]+)")


@functools.cache
def _subject_led(with_al: bool) -> re.Pattern[str]:
    """_SUBJECT with the same matches, found faster: the engine skips to
    capitals and digits (see :func:`org_run_led`)."""
    return re.compile(rf"({org_run_led(with_al)})[ \t\u00a0]+([a-z]+)")


_ACRONYM = re.compile(r"[A-Z]{2,}")
_NOUNS = words(
    """
    utility company agency ministry department government firm group board council
    commission committee union bank corporation organisation organization
    association authority office service campaign network newspaper paper
    broadcaster station institute foundation party regulator airline carrier
    operator insurer retailer publisher
    """
)
_DESCRIPTION = re.compile(r"(?:the|this|that)\s+(?:[a-z-]+\s+){0,2}([a-z]+)", re.IGNORECASE)


@dataclass(slots=True)
class Organisations:
    """Where the narrative has an organisation speak, in text order."""

    positions: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)

    def resolve(self, pos: int) -> str | None:
        """The organisation an "it said" at ``pos`` most likely means."""
        i = bisect.bisect_left(self.positions, pos)
        if i == 0 or pos - self.positions[i - 1] > _HORIZON:
            return None
        return self.names[i - 1]


def is_organisation_description(role: str) -> bool:
    """Is ``role`` a definite description of an organisation ("the utility",
    "the state-owned company")?"""
    m = _DESCRIPTION.fullmatch(role.strip())
    return m is not None and m.group(1).lower() in _NOUNS


def description_head(role: str) -> str | None:
    """The organisation noun of a definite description ("the state-owned
    company" -> "company"), else ``None``."""
    m = _DESCRIPTION.fullmatch(role.strip())
    if m is None or (m.group(1).lower() not in _NOUNS and m.group(1).lower() not in _NAMED_NOUNS):
        return None
    return m.group(1).lower()


_NAMED_NOUNS = words(
    "school hospital university college city museum court league alliance federation society"
    " centre center clinic church tribunal chamber"
)
"""Nouns of a body that "the NOUN said" names only through a name holding
the noun ("Ashton High School", "University of Ashton"), never the body
heard from last (stop 33)."""


_NAMED_RUN = re.compile(ORG_RUN)
_FIELD_LINKS = frozenset(("of", "for", "on"))


def named_with_head(text: str, pos: int, head: str) -> str | None:
    """The last organisation named in the ``_HORIZON`` characters before
    ``pos`` whose name ends with the noun ``head`` ("the Federal Election
    Commission" for "the commission"), without its article; else ``None``."""
    found = None
    for m in _NAMED_RUN.finditer(text, max(0, pos - _HORIZON), pos):
        if head not in m.group().lower():
            continue  # (cheap: most runs hold no word of the description)
        tokens = m.group().split()
        while tokens and tokens[-1][:1].isdigit():
            # "fined Selby District Council 80,000 dollars": a number the
            # run took after the name is no word of it (stop 46).
            tokens.pop()
        if len(tokens) < 2:
            continue
        if clean(tokens[-1]).lower() == head:
            found = tokens
            continue
        for i, t in enumerate(tokens[:-2]):
            if clean(t).lower() == head and tokens[i + 1] in _FIELD_LINKS:
                # "the Department of Justice", "the U.S. Bureau of Labor
                # Statistics": the noun opens the name, its field follows
                found = _field_name(tokens, i + 2)
                break
    if found is None:
        return None
    if found[0].lower() in {"the", "a", "an"}:
        found = found[1:]
    return " ".join(found)


def _field_name(tokens: list[str], field_at: int) -> list[str]:
    """A run whose name opens with its noun ("Department of ...") up to the
    end of its field: not an office and a person after it ("Department of
    Energy Secretary Ada Lind"), nor a date ("... of Ferries on Friday")."""
    while field_at < len(tokens) - 1 and tokens[field_at].lower() in _FIELD_ARTICLES:
        field_at += 1  # "Office of the Director of ...": the field's first word
    for j in range(field_at + 1, len(tokens)):
        word = clean(tokens[j]).lower()
        if word in TITLES and j < len(tokens) - 1:
            return tokens[:j]  # an office, and the person holding it
        if (
            word in _DATE_LINKS
            and j + 1 < len(tokens)
            and clean(tokens[j + 1]).lower() in MONTHS_AND_DAYS
        ):
            return tokens[:j]  # "on Friday", "in March"
    return tokens


_DATE_LINKS = frozenset(("on", "in", "of", "for"))
_FIELD_ARTICLES = frozenset(("the", "a", "an"))


def _organisation_like(name: str) -> bool:
    return (
        classify(name) is not None
        or looks_like_organisation(name)
        or any(_ACRONYM.fullmatch(clean(token)) for token in name.split())
    )


_DATED = re.compile(r"[ \t\u00a0]+(?:on|in|of|for)[ \t\u00a0]+([A-Z][a-z]+)\b")


def _before_date(run: str) -> str:
    """A run without the date a time phrase joined to it ("The Times on
    Saturday wrote": the Times)."""
    for m in _DATED.finditer(run):
        if m.group(1).lower() in MONTHS_AND_DAYS:
            return run[: m.start()]
    return run


_SPEECH_WORD_OPENINGS = sorted({verb[:3] for verb in SPEECH_VERBS if re.fullmatch("[a-z]+", verb)})
"""How the verbs of saying a match of :func:`_subject_led` can end with
begin (its word is ``[a-z]+``): 98 openings, not 293 verbs, so the pattern
below compiles in a quarter of the time (7 M instructions, not 27) and
finds hardly more words (each is checked against ``SPEECH_VERBS``)."""
_BMP_DIGIT_BLOCKS = (
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
)  # fmt: skip
r"""Where each script's ten digits start below U+10000: the characters there
that ``\d`` matches (Python 3.11's Unicode; a test checks every one)."""
_SPEECH_VERB_AFTER_WORD = re.compile(
    "[A-Z"
    + "".join(f"{chr(first)}-{chr(first + 9)}" for first in _BMP_DIGIT_BLOCKS)
    + "\U00010000-\U0010ffff]"
    + rf"[^ \t\u00a0]*+[ \t\u00a0]+((?:{word_choice(_SPEECH_WORD_OPENINGS)})[a-z]*+)"
)
r"""A lower-case word that may be a verb of saying, after a space and a word
holding a capital or a digit: where a match of :func:`_subject_led` with
such a verb can end (its group 1 the whole lower-case word).

The first character is a set of ranges, not ``[A-Z\d]``: the engine tests
those in a bitmap, where ``\d`` asked the Unicode tables at every
lower-case letter (stop 42: -15 M instructions a round of the 181
benchmark pages). The set holds every character above U+FFFF (the digits
there are 290 in many ranges), so a match may also start at an emoji: its
word is then one more place :func:`_speaking_subjects` searches from,
where the subject pattern finds no match ending (as at any verb it finds
ending none), and every place ``[A-Z\d]`` finds is still found."""
_OUTSIDE_SUBJECTS = re.compile(r"[^\w \t\u00a0.\u2019'&\-\u00b0/]")
"""A character no match of :func:`_subject_led` holds: its run and its word
are word characters, ``. \u2019 ' & - \u00b0 /``, spaces, tabs and no-break
spaces."""


def _speaking_subjects(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_subject_led(...).finditer(text)`` whose word is a
    verb of saying, in order, found from those verbs (about 4 of the ~70
    matches of a news text) instead of matching the run at every capital.

    Why the same: (1) No match holds a character of _OUTSIDE_SUBJECTS, so
    after each such character ``finditer`` goes on with the first match
    from the next position, whatever came before. (2) A match whose word
    is a verb of saying ends in a match of _SPEECH_VERB_AFTER_WORD (its
    last name word holds a capital or a digit, with no space from there to
    the space before the verb) whose word is that verb, and those are
    found in turn: a match there ends with a whole lower-case word after a
    space, so it never holds the capital of the next one's word. So
    for each such verb (in order) the matches ``finditer`` would find are
    followed from the end of the last one, or from the last outside
    character before the verb when that is further on (every match between
    holds no verb of saying: it would have ended at an earlier verb found),
    until one ends there or starts after it."""
    pattern: re.Pattern[str] | None = None
    backwards = ""
    length = len(text)
    position = 0  # where finditer's next search starts
    ahead: re.Match[str] | None = None  # its next match, when already found
    for verb in _SPEECH_VERB_AFTER_WORD.finditer(text):
        if verb.group(1) not in SPEECH_VERBS:
            continue
        at = verb.start(1)
        if ahead is None and at < position:
            continue  # inside the last match: no match's word
        while True:
            if ahead is None:
                if pattern is None:
                    pattern = _subject_led("al" in particles_before_capital(text))
                    backwards = text[::-1]
                # Looked for back to ``position`` only: one before it
                # could not move it, and an unbounded look made a run of
                # names and verbs with no comma the square of its length.
                outside = _OUTSIDE_SUBJECTS.search(backwards, length - at, length - position)
                if outside is not None:
                    position = length - outside.start()
                ahead = pattern.search(text, position)
                if ahead is None:
                    return
            word = ahead.start(2)
            if word > at:
                break  # the verb ends no match: the next one lies beyond it
            if word == at:
                yield ahead
            position = ahead.end()
            ahead = None
            if word == at:
                break


_THE = frozenset(("The", "the"))
_A = frozenset(("A", "An"))


def find_organisations(
    text: str, quoted: Sequence[tuple[int, int]], is_person: set[str]
) -> Organisations:
    """Every organisation the narrative (outside ``quoted`` stretches, sorted
    and non-overlapping) has speak; ``is_person`` holds names the text shows
    to be people."""
    found = Organisations()
    starts = [q[0] for q in quoted]
    for m in _speaking_subjects(text):
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and m.start() < quoted[i][1]:
            continue  # the speaker's own words
        name = _before_date(m.group(1))
        article, _sp, rest = name.partition(" ")
        if rest and (article in _THE or (article in _A and " " in rest)):
            # "The Harbour Board said", "A Harbour Office report said"; a
            # name of two words opening with "An" is the name ("An Post").
            name = rest
        if name in is_person or not _organisation_like(name):
            continue
        found.positions.append(m.start())
        found.names.append(name)
    return found


# An organisation's kind, as the text declares it (stop 26): "the security
# firm" means the organisation the text last declared a company ("Cisco
# Talos, a security firm,", "security firm Cisco Talos", "Cisco Talos is a
# company that"), "the agency" the one last declared a public body ("the
# federal department, Immigration, Refugees and Citizenship Canada (IRCC)").
# The nouns of one kind stand for each other. (Also the kind a name ends in,
# "The U.S. State Department ... the agency said": ggt-dev tune +1,
# polnear-train check -1, as stop 24 found; not so.)
_KIND_OF_NOUN: dict[str, str] = {
    **dict.fromkeys(("agency", "department", "ministry", "office", "bureau"), "public body"),
    **dict.fromkeys(("firm", "company", "corporation", "maker", "retailer"), "company"),
    # (stop 33) A body of another kind, declared by its own noun: "Friends of
    # the Harbour, an environmental group," or "the environmental group
    # Friends of the Harbour" for "the group", "Harbour Local 12, a union
    # that" for "the union".
    **dict.fromkeys(("group", "organisation", "organization", "coalition", "charity"), "group"),
    **{noun: noun for noun in ("union", "university", "college", "school", "hospital")},
    **{noun: noun for noun in ("utility", "bank", "airline")},
}
_KIND_NOUN = "|".join(sorted(_KIND_OF_NOUN))
_SP = r"[ \t\u00a0]+"
_MODIFIERS = rf"(?:[a-z][\w-]*{_SP}){{0,3}}?"
_KIND_ENDS = rf"(?=[ \t\u00a0]*[,.;:)\u2014]|{_SP}(?:that|which|based|in|of|with|whose|for)\b)"
_DECLARED_AFTER = (
    # "Cisco Talos, a security firm,", "Acme, the company that"
    re.compile(rf"({ORG_RUN}),{_SP}(?:a|an|the){_SP}{_MODIFIERS}({_KIND_NOUN}){_KIND_ENDS}"),
    # "Cisco Talos is a security firm", "Acme was the company that"
    re.compile(
        rf"({ORG_RUN}){_SP}(?:is|was){_SP}(?:a|an|the){_SP}{_MODIFIERS}({_KIND_NOUN}){_KIND_ENDS}"
    ),
)
_DECLARED_BEFORE = (
    # "security firm Cisco Talos said"
    re.compile(rf"\b({_KIND_NOUN}){_SP}({ORG_RUN})"),
    # "the federal department, Immigration, Refugees and Citizenship Canada
    # (IRCC)": a name set off after the noun, closed by its acronym
    re.compile(
        rf"\b({_KIND_NOUN}),{_SP}({ORG_RUN}(?:,{_SP}{ORG_RUN})*(?:,?{_SP}and{_SP}{ORG_RUN})?)"
        rf"{_SP}\([A-Z]{{2,}}\)"
    ),
)


_INCORPORATED = re.compile(rf"{ORG_RUN},?{_SP}(?:(?:Inc|Corp|Ltd|LLC|PLC|Plc)\b\.?|Co\.)")
"""A company named as one: "Harbourline Inc.", "Ashton Ferries, Ltd.",
"Greyhaven Security Corp." (the name with its ending)."""


_PLURAL_OF = re.compile(rf"[A-Z][a-z]+s{_SP}of{_SP}(?=[A-Z])")


def _incorporated(m: re.Match[str]) -> tuple[int, str]:
    """Where a company named with its ending is, and its name: not a plural
    noun opening the sentence before it ("Shares of Harbourline Inc.")."""
    lead = _PLURAL_OF.match(m.group())
    if lead is None:
        return m.start(), m.group()
    return m.start() + lead.end(), m.group()[lead.end() :]


_SENTENCE_BREAK = re.compile(r"[.!?][\"\u201d\u2019]?[ \t\u00a0]+[A-Z\"\u201c]|[\n\u2028]")


def _first_incorporated(text: str, lo: int, pos: int) -> list[tuple[int, str]]:
    """The companies named with their ending between ``lo`` and ``pos``, only
    the first of each sentence: a later one in the same sentence is what the
    first bought, sued or named in passing ("Harbourline Inc. said it would
    buy Ashton Ferries Ltd."), not who "the company" is (review of stop 33)."""
    found: list[tuple[int, str]] = []
    last_end = -1
    for m in _INCORPORATED.finditer(text, lo, pos):
        if last_end < 0 or _SENTENCE_BREAK.search(text, last_end, m.start()) is not None:
            found.append(_incorporated(m))
        last_end = m.end()
    return found


def kind_of_description(role: str) -> str | None:
    """The kind a definite description names ("the federal agency" -> a
    public body, "the security firm" -> a company), else ``None``."""
    m = _DESCRIPTION.fullmatch(role.strip())
    if m is None:
        return None
    return _KIND_OF_NOUN.get(m.group(1).lower())


_NO_NAME_LEADS = PRONOUNS | {"this", "that"}
"""A sentence's opening word that declares no name ("It is the agency that")."""


def declared_with_kind(text: str, pos: int, kind: str) -> str | None:
    """The organisation the text most recently declared of ``kind`` in the
    ``_HORIZON`` characters before ``pos``, without its article; else ``None``."""
    lo = max(0, pos - _HORIZON)
    found: list[tuple[int, str]] = []
    for pattern in _DECLARED_AFTER:
        found += [
            (m.start(1), m.group(1))
            for m in pattern.finditer(text, lo, pos)
            if _KIND_OF_NOUN[m.group(2).lower()] == kind
        ]
    for pattern in _DECLARED_BEFORE:
        found += [
            (m.start(2), m.group(2))
            for m in pattern.finditer(text, lo, pos)
            if _KIND_OF_NOUN[m.group(1).lower()] == kind
        ]
    if kind == "company":
        # "Harbourline Inc. cut three crossings ... / “…,” the company said":
        # a name ending in "Inc.", "Corp.", "Ltd." declares a company.
        found += _first_incorporated(text, lo, pos)
    names = [
        (at, tokens)
        for at, run in found
        if (tokens := run.split()[1:] if run.split()[0].lower() == "the" else run.split())
        and clean(tokens[0]).lower() not in MONTHS_AND_DAYS
        # ("company President Ada Lind": an office and its holder, no company.)
        and clean(tokens[0]).lower() not in TITLES
        # ("It is the federal department for ferries": no name, review of stop 34.)
        and clean(tokens[0]).lower() not in _NO_NAME_LEADS
    ]
    if not names:
        return None
    return " ".join(_subject_of_last_sentence(text, sorted(names))[1])


def _subject_of_last_sentence(
    text: str, names: list[tuple[int, list[str]]]
) -> tuple[int, list[str]]:
    """Of ``names`` in text order, the first of the last sentence holding
    one: a later body of the kind in the same sentence is what the first
    hired, bought or sued ("Friends of the Harbour, an environmental group,
    hired the folk group Harbour Lights"), not who "the group" is (review of
    stop 33)."""
    chosen = names[-1]
    for k in range(len(names) - 1, 0, -1):
        if _SENTENCE_BREAK.search(text, names[k - 1][0], names[k][0]) is not None:
            break
        chosen = names[k - 1]
    return chosen


# The kind an organisation's own name gives, for :func:`opened_before`:
# "The U.S. State Department", "Department of Energy" (a public body), "Acme
# Inc." (a company).
_NAME_KIND_ENDS: dict[str, str] = {
    **_KIND_OF_NOUN,
    **dict.fromkeys(("inc", "inc.", "corp", "corp.", "co.", "ltd", "ltd.", "llc"), "company"),
}
_SENTENCE_OPENS = re.compile(
    r"(?:^|(?<=[.!?])[\"\u201d\u2019]?[ \t\u00a0]+|(?<=[\n\u2028]))(?=[A-Z])"
)
_ABBREVIATION_END = re.compile(
    rf"(?:\b[A-Z]|\b(?:{alternatives(ABBREVIATIONS + MONTH_ABBREVIATIONS)}))\.$"
)
"""A point that ends an initial or an abbreviation ("U.S.", "Dec."), no sentence."""
_QUOTED = re.compile(r"\u201c[^\u201c\u201d]*\u201d?|\"[^\"\n]*\"?")
_OPENING_SUBJECT = re.compile(rf"({ORG_RUN})[ \t\u00a0]+([a-z]+)\b")


def name_kind(name: str) -> str | None:
    """The kind an organisation's name says it is ("State Department": a
    public body; "Acme Corp.": a company), else ``None``."""
    tokens = [t for t in name.split() if t.lower() not in {"the", "a", "an"}]
    if not tokens:
        return None
    kind = _NAME_KIND_ENDS.get(tokens[-1].lower().rstrip(","))
    if kind is None and len(tokens) > 2 and tokens[1] == "of":
        kind = _KIND_OF_NOUN.get(tokens[0].lower())  # "Department of Energy"
    return kind


def _verb_like(word: str) -> bool:
    return (
        word in SPEECH_VERBS
        or word in _AUXILIARIES
        or (len(word) > 3 and word.endswith(("ed", "es", "s")) and not word.endswith(("ss", "us")))
    )


_AUXILIARIES = words("did does do has have had is was will would could can")
_OPENING_PHRASE = re.compile(
    r"(?:In|On|At|After|Before|During|Since|Earlier|Later|Last|This)\b[^,.;:\n]{0,40},[ \t\u00a0]+"
)


def opened_before(text: str, lo: int, pos: int, kind: str) -> str | None:
    """The organisation of ``kind`` (by its own name) that is the subject
    opening the last sentence of the narrative between ``lo`` and ``pos``
    ("The U.S. State Department called for ... . / “…,” the agency said"),
    without its article; else ``None``. Quoted words are not the narrative's.
    At most the ``_HORIZON`` characters before ``pos`` are read, as by the
    other look-backs: a page extracted as one paragraph was read from its
    start at every description (quadratic time)."""
    lo = max(lo, pos - _HORIZON)
    window = _QUOTED.sub(lambda m: " " * len(m.group()), text[lo:pos])
    opens = [
        m.end()
        for m in _SENTENCE_OPENS.finditer(window)
        if _ABBREVIATION_END.search(window, max(0, m.start() - 8), m.start()) is None
    ]
    if not opens:
        return None
    at = opens[-1]
    lead = _OPENING_PHRASE.match(window, at)
    if lead is not None:
        at = lead.end()  # "In a statement, IRCC did not reveal ..."
    m = _OPENING_SUBJECT.match(window, at)
    if m is None or not _verb_like(m.group(2)):
        return None
    named = name_kind(m.group(1))
    if named != kind and (named is not None or not _ACRONYM.fullmatch(m.group(1))):
        return None
    tokens = m.group(1).split()
    if tokens[0].lower() == "the":
        tokens = tokens[1:]
    name = " ".join(tokens)
    if _ACRONYM.fullmatch(name):
        return spelled_out(text, lo + m.start(), name) or name
    return name or None


_LINK = r"(?:,?[ \t\u00a0]+(?:(?:and|of|for|the|on|&)[ \t\u00a0]+)*)"
_WORD_REST = r"(?>[\w'-]+|\u2019)*+"
"""The rest of a capitalised word: word characters, apostrophes (the curly
one among them) and hyphens, taken whole, as one class of them all reads
before a comma or a space. (A class holding a character past U+00FF
compiles to a map of all 65,536, about 0.065 ms for each, and the pattern
below is compiled for each acronym with one such class a letter: stop 34.)"""
_LAST_WORD_REST = r"(?:(?>['-]+|\u2019)*+\w++)*+"
"""The same up to its last word character, as that class reads before the
word boundary ending the pattern ("Canada'" gives "Canada")."""


_CAPITAL_BEFORE_LOWER = re.compile(r"[A-Z](?=[a-z])")
"""A capital A-Z before a lower-case letter, as each word of a spelled-out
name opens (:func:`spelling_pattern`)."""


def spelling_pattern(acronym: str) -> str:
    """A name written out with ``acronym``'s letters as its capitals' initials
    ("Immigration, Refugees and Citizenship Canada" for "IRCC")."""
    firsts = [rf"{letter}[a-z]{_WORD_REST}" for letter in acronym[:-1]]
    return r"\b" + _LINK.join([*firsts, rf"{acronym[-1]}[a-z]{_LAST_WORD_REST}"]) + r"\b"


def spelled_out(text: str, pos: int, acronym: str) -> str | None:
    """The name an acronym stands for, written out in the ``_HORIZON``
    characters before ``pos`` with its capitals' initials ("Immigration,
    Refugees and Citizenship Canada" for "IRCC"), else ``None``. Two
    different names with the same initials name neither ("Harbour Ferries
    Canada ... the Hale Fishing Cooperative ... HFC said"), unless the text
    gave one of them the capitals in parentheses ("... Cooperative (HFC)")."""
    if not 2 <= len(acronym) <= 6:
        return None
    window = text[max(0, pos - _HORIZON) : pos]
    if (
        acronym.isascii()
        and acronym.isalpha()
        and acronym.isupper()
        and not set(acronym) <= set(_CAPITAL_BEFORE_LOWER.findall(window))
    ):
        # (Every match writes each of the acronym's letters before a lower
        # case one: without them the pattern, compiled for each acronym
        # (~0.7 ms), is not compiled; s38-speed.)
        return None
    pattern = spelling_pattern(acronym)
    # ("[ \u00a0]*\(ACRONYM\)" after the name, the acronym a word of
    # letters: its spaces match one way only; read without a compile.)
    plain = acronym.isascii() and acronym.isalpha()
    defined = None if plain else re.compile(rf"[ \u00a0]*\({acronym}\)")
    bracketed = f"({acronym})"
    found: dict[tuple[str, ...], str] = {}  # the last writing of each name
    given = None
    for m in re.finditer(pattern, window):
        capitalised = tuple(w.rstrip(",") for w in m.group().split() if w[:1].isupper())
        found[capitalised] = m.group()
        if defined is None:
            at = m.end()
            while at < len(window) and window[at] in " \u00a0":
                at += 1
            if window.startswith(bracketed, at):
                given = m.group()
        elif defined.match(window, m.end()):
            given = m.group()
    if given is not None:
        return given
    return next(iter(found.values())) if len(found) == 1 else None


_CAPITALS_GIVEN = re.compile(r"\(([A-Z]{2,6})\)")
"""Capitals in parentheses, as a text gives a body's short form after its
name: "Residency and Citizenship Services (RCS)"."""


_PUBLIC_SERVICE_HEADS = words("service services administration authority secretariat")
"""A body's last word that makes it a public body a text calls "the
department" or "the agency" (its own name gives no noun of
:data:`_KIND_OF_NOUN`): "Residency and Citizenship Services"."""

_OTHER_OF_NOUN = re.compile(rf"\b([a-z][\w'\u2019-]*)[ \t\u00a0]+({_KIND_NOUN})\b")
"""A description's noun written in lower case after a word of its own
("the university's geography department", "our agency")."""

_ARTICLE_WORDS = words("the a an this that its their")


def given_capitals(text: str, pos: int, kind: str, noun: str = "") -> str | None:
    """The one body the ``_HORIZON`` characters before ``pos`` name in full
    with their capitals in parentheses ("Applications to Residency and
    Citizenship Services (RCS) have doubled. / “…,” the department said"),
    as "Full Name (CAPS)", when its own name gives no other ``kind``
    (:func:`name_kind`); ``None`` when none does or two different ones do
    ("... (RCS) ... the Harbour Licensing Office (HLO) ..."): the text
    ties the description to no one of them (stop 46).

    Nor a body whose name ends in a body's noun of its own ("the Northern
    Marine Research Council (NMRC)" is "the council", not "the department"),
    nor when the description's ``noun`` stands in lower case after the
    capitals with a word of its own before it ("the university's geography
    department ran it. / “…,” the department said": that department; stop
    46's second reading)."""
    lo = max(0, pos - _HORIZON)
    found: set[str] = set()
    after = pos
    for m in _CAPITALS_GIVEN.finditer(text, lo, pos):
        acronym = m.group(1)
        full = spelled_out(text, m.start(), acronym)
        if full is None:
            continue
        if not text[max(0, m.start() - len(full) - 2) : m.start()].rstrip().endswith(full):
            continue  # (the capitals name no name written right before them)
        found.add(f"{full} ({acronym})")
        after = min(after, m.end())
        if len(found) > 1:
            return None
    if not found:
        return None
    (name,) = found
    full_name = name.rpartition(" (")[0]
    named = name_kind(full_name)
    head = full_name.split()[-1].lower()
    if named is None and head in ORGANISATION_WORDS and head not in _PUBLIC_SERVICE_HEADS:
        return None  # ("... Research Council (NMRC)": the council, by its own noun)
    if noun and text.find(noun, after, pos) >= 0:
        for other in _OTHER_OF_NOUN.finditer(text, after, pos):
            if other.group(2) == noun and other.group(1) not in _ARTICLE_WORDS:
                return None  # ("the university's geography department": another one)
    return name if named is None or named == kind else None


_OPENING_RUN = re.compile(rf"(?:The[ \t\u00a0]+)?({ORG_RUN})")
_LOWER_WORD = re.compile(r"[ \t\u00a0]+([a-z][a-z-]*)")


def body_opening(text: str, start: int, is_person: Container[str]) -> tuple[str | None, str] | None:
    """The body a sentence opening at ``start`` has as its subject, as
    (name, description): a capitalised run that reads as an organisation
    ("The Ferry Workers' Union met", "Lind Marine Ltd. runs"), by its name;
    "the" and up to two words before a body's noun ("The harbour board
    met", "The union met"), as that description with no name; else
    ``None``. Not a run ``is_person`` holds."""
    m = _OPENING_RUN.match(text, start)
    if m is not None:
        name = _before_date(m.group(1))
        if name not in is_person and _organisation_like(name) and name.lower() not in PRONOUNS:
            return name, ""
    if not text.startswith(("The", "the"), start):
        return None
    pos = start + 3
    for _ in range(3):
        w = _LOWER_WORD.match(text, pos)
        if w is None:
            return None
        if w.group(1) in _NOUNS:
            return None, text[start : w.end()]
        pos = w.end()
    return None
