"""Sources the text keeps unnamed: "one of them said", "the pilot said" and
"he said" after someone it brought in by a description only (stop 42,
branch s42-anon).

An investigative report introduces a source unnamed ("one pilot, who spoke
on condition of anonymity", "Two officials who spoke on condition of
anonymity said"), names others between, and comes back to the source by a
partitive ("one of them said", "One of the two officials ... said"), a
definite description ("the pilot said", "the former official said") or a
pronoun. Given to the person named last, the words are cited to a named man
who never said them: a description is the right answer there, never a name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quotemark.library.analyze.choices import word_choice
from quotemark.library.analyze.common import _narrative_starts, _previous_line_start
from quotemark.library.analyze.document import Document
from quotemark.library.analyze.gender import Gender, of_pronoun, of_word
from quotemark.library.analyze.holders import _unnamed_person, named_since
from quotemark.library.analyze.lexicon import CLAUSE_SUBJECTS, PREPOSITIONS, SPEECH_VERBS, words
from quotemark.library.analyze.speakers import People
from quotemark.library.model import Quote

_GAP = r"[ \u00a0]+"

_PARTITIVE = re.compile(
    # "one| of them", "One| of the two officials", "one| of our skippers"
    # (a possessive determiner as the article: s46-rev12)
    rf"{_GAP}of{_GAP}(?:(?:them|those|these)\b"
    rf"|(?:the|our|their|his|her|its|my|your){_GAP}"
    rf"(?:[a-z][\w-]*{_GAP}){{0,2}}?([a-z]*men|[a-z]+s|people)\b(?![\u2019']s))"
)

_GROUP = re.compile(
    # "Two officials", "a group of young men", "several residents": people
    # brought in as a group, unnamed.
    rf"\b(?:[Aa]{_GAP}group{_GAP}of|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome"
    rf"|[Mm]any|[Oo]ther)({_GAP}(?:[a-z][\w-]*{_GAP}){{0,2}}?([a-z]*men|[a-z]+s|people))\b"
    r"(?![\u2019']s)"
)

_SUBJECT = re.compile(
    # A sentence's unnamed subject saying something: an opening phrase set
    # off by a comma or not ("Asked about the grounding, "), then "the pilot",
    # "The board's spokesman", "One of the two officials", "a pilot", a
    # relative clause ("who spoke earlier", ", who has since left the
    # board,") or none, and a verb of saying.
    rf"(?:[A-Z][a-z]*(?:{_GAP}[\w\u2019'-]+){{0,4}},{_GAP})?"
    rf"((?:[Tt]he|[Aa]n?|[Oo]ne{_GAP}of{_GAP}the|[Oo]ne){_GAP}"
    rf"(?:[\w\u2019'-]+{_GAP}){{0,3}}?([a-z]+))"
    rf"(?:{_GAP}who{_GAP}(?:[a-z]+{_GAP}){{1,6}}?|,{_GAP}who{_GAP}[^,.;:\u201c\u201d\"]{{1,160}},{_GAP})?"
    rf"(?:{_GAP})?(?:also{_GAP}|later{_GAP})?(?:{word_choice(SPEECH_VERBS)})\b"
)

_PARTITIVE_REACH = 600
"""How far before a pronoun a partitive subject ("One of the two officials,
who ..., said") is looked for by the pre-test."""

_GROUP_REACH = 2000
"""How far before a partitive "one of them" the group it counts from is
looked for (within its paragraph or the one before): bounded, so a long
paragraph of "one of them said" is not read again from its start for each
(a quadratic pass: 1,000 of them took 1.8 s; s42-final-analyze)."""

_IRREGULAR = {"men": "man", "women": "woman", "people": "person"}


def _singular(noun: str) -> str:
    """ "officials" -> "official", "men" -> "man" (a plural's one person)."""
    if noun in _IRREGULAR:
        return _IRREGULAR[noun]
    if noun.endswith("men"):
        return noun[:-3] + "man"  # "chairmen", "spokesmen"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def _of_group(doc: Document, pos: int) -> str | None:
    """The nearest group of people brought in unnamed before ``pos``, in its
    paragraph or the one before (:data:`_GROUP_REACH` at most), outside
    quotation marks ("Two officials who spoke ... said", "a group of young
    men shouted"), as written."""
    lo = max(_previous_line_start(doc, pos), pos - _GROUP_REACH)
    found = None
    for m in _GROUP.finditer(doc.scan, lo, pos):
        noun = m.group(2)
        if noun != _singular(noun) and _unnamed_person(_singular(noun)):
            found = m
    if found is None or doc.scan.count("\u201c", found.end(), pos) != doc.scan.count(
        "\u201d", found.end(), pos
    ):
        return None  # (the group named inside a quotation since: its words)
    return found.group(0)


def one_of(doc: Document, start: int, end: int) -> str | None:
    """The description a speaker "one" (``start``..``end``) gives when a
    partitive follows it: "One of the two officials" as written, or for
    "one of them" the group the text brought in before ("Two officials");
    ``None`` when no partitive follows or it names a group of no people."""
    m = _PARTITIVE.match(doc.scan, end)
    if m is None:
        return None
    noun = m.group(1)
    if noun is None:
        return _of_group(doc, start)
    if noun == _singular(noun) or not _unnamed_person(_singular(noun)):
        return None
    return doc.scan[start : m.end()]


_ONE_WORD = re.compile(rf"{_GAP}([a-z][\w-]*)(,?)")

_AFTER_NOUN = PREPOSITIONS | words("inside outside within near close familiar who")
"""What may follow the noun a speaker "one" counts ("One operative inside")."""

_INSIDERS = frozenset({"operative", "insider", "aide", "adviser", "advisor", "staffer"})
"""Nouns of one person a source is brought in by in political reporting,
beyond :func:`_unnamed_person`'s ("One operative inside the campaign")."""


def one_placed(doc: Document, end: int) -> str | None:
    """The noun phrase a speaker "one" ending at ``end`` counts when a
    preposition, "who" or a comma follows it ("One operative inside the
    campaign tried to play it down, saying", "one pilot, who spoke on
    condition of anonymity,"): "operative" (the words as written), when its
    last word is one person; else ``None``."""
    found: list[str] = []
    pos = end
    while len(found) < 3:
        m = _ONE_WORD.match(doc.scan, pos)
        if m is None:
            return None
        found.append(m.group(1))
        pos = m.end()
        after = _ONE_WORD.match(doc.scan, pos)
        follower = after.group(1) if after is not None else ""
        if m.group(2) or follower in _AFTER_NOUN:
            noun = found[-1]
            if _unnamed_person(noun) or noun in _INSIDERS:
                return " ".join(found)
            return None
    return None


def _subject_before(doc: Document, pos: int) -> tuple[int, str, str] | None:
    """Where the nearest narrative sentence before ``pos`` opens, its unnamed
    subject as written and the one person its noun means ("the pilot who
    spoke earlier said" -> "pilot", "One of the two officials, ... said" ->
    "official"), when it opens so; else ``None``."""
    for start in _narrative_starts(doc, pos):
        m = _SUBJECT.match(doc.scan, start, pos)
        if m is None:
            return None
        described, noun = m.group(1), m.group(2)
        one = _singular(noun)
        if one != noun and not described.lower().startswith("one of"):
            return None  # a group: "them", not "he" or "the official"
        if not _unnamed_person(one):
            return None
        return start, described, one
    return None


def _introduced_as(earlier: Sequence[Quote], noun: str) -> str | None:
    """The description an earlier quotation's unnamed speaker was given with
    ``noun`` as its head ("one pilot", "a board spokesman"), the last one."""
    for quote in reversed(earlier):
        speaker = quote.speaker
        if speaker is None or speaker.name is not None or not speaker.label:
            continue
        head = speaker.label.split()[-1].lower()
        if head == noun or (noun.startswith("spokes") and head.startswith("spokes")):
            return speaker.label
    return None


class UnnamedQuoted:
    """Whether a growing list of quotations holds one given an unnamed
    speaker, each quotation read once: asked for every pronoun speaker, a
    walk over all the quotations before each was the square of their number
    (a transcript of 2,000 quotations read two million; s42-quad). The list
    only grows, and a quotation keeps its speaker."""

    def __init__(self) -> None:
        self.read = 0
        self.found = False

    def among(self, quotes: Sequence[Quote]) -> bool:
        """Does ``quotes`` (the list asked before, grown) hold one?"""
        while not self.found and self.read < len(quotes):
            speaker = quotes[self.read].speaker
            self.found = speaker is not None and speaker.name is None
            self.read += 1
        return self.found


def unnamed_instead(
    doc: Document,
    phrase_start: int,
    phrase_text: str,
    named: str,
    people: People,
    earlier: Sequence[Quote],
    unnamed_quoted: UnnamedQuoted | None = None,
) -> str | None:
    """The description to give instead of ``named`` for a speaker phrase
    "the pilot", "the former official", "he"/"she" at ``phrase_start`` when
    the nearest sentence before opens with an unnamed person of that noun
    (or of the pronoun's sex) as its subject, and ``named`` was not named
    since it opened: that subject, or the description an earlier quotation's
    speaker was brought in with by that noun ("one pilot"). A definite
    subject ("the pilot who spoke earlier", "The board's spokesman") means
    the unnamed one only when an earlier quotation's unnamed speaker has the
    noun. ``None`` when the rule does not hold. ``unnamed_quoted``, kept
    over the calls for one growing ``earlier``, reads each quotation once."""
    low = phrase_text.lower()
    pronoun = low in ("he", "she")
    if not pronoun and not low.startswith("the "):
        return None
    # Cheap pre-tests before the sentence before is read: "the NOUN" of one
    # person unnamed; a pronoun only where a partitive stands near or a
    # quotation was given unnamed (an indefinite subject before a pronoun is
    # unnamed_subject_before's).
    if not pronoun and not _unnamed_person(low.rsplit(None, 1)[-1]):
        return None
    if (
        pronoun
        and "ne of " not in doc.scan[max(0, phrase_start - _PARTITIVE_REACH) : phrase_start]
        and not (unnamed_quoted or UnnamedQuoted()).among(earlier)
    ):
        return None
    found = _subject_before(doc, phrase_start)
    if found is None:
        return None
    start, described, noun = found
    if named_since(doc.scan, people, named, start, phrase_start):
        return None  # the person named since is nearer
    gender: Gender | None = of_pronoun(low) if pronoun else None
    if pronoun:
        if of_word(noun) not in (gender, None):
            return None
    elif low.split()[-1] != noun:
        return None
    introduced = _introduced_as(earlier, noun)
    if described[:3].lower() == "the" and introduced is None:
        # "The mayor, Tom Hale, ... After the vote, the mayor said ... he
        # said", "Ben Ross, the board's spokesman, ... The spokesman said":
        # a definite noun no quotation was given unnamed is someone the text
        # may have named; only "the pilot" after "one pilot" was quoted
        # unnamed is surely the unnamed one.
        return None
    return introduced or described


_RESTRICTIVE_WHO = re.compile(
    r"[ \u00a0]+(?:who[ \u00a0]+[a-z]|(?:I|"
    + word_choice(CLAUSE_SUBJECTS - {"i"})
    + r")[ \u00a0]+[a-z]+[ \u00a0]+(?:to|with)\b)"
)


_COPULA_BEFORE = re.compile(
    r"\b(?:is|was|are|were|became|becomes|remains|remained|been)[ \u00a0]+$"
)


def brought_in_by_clause(text: str, start: int, end: int) -> bool:
    """Does a definite description from ``start`` to ``end`` carry a
    restrictive relative clause ("The man who answered the phone said", no
    comma before "who"; "The woman I spoke to said", no "who" at all)? Then
    the clause brings in who speaks, someone the text picks out by it, not
    a person it named before (stop 43, s43-left). Not when a copula gives
    the description to the sentence's subject ("Ada Lind was the minister
    who kept saying"): the text says who it is."""
    if _RESTRICTIVE_WHO.match(text, end) is None:
        return False
    return _COPULA_BEFORE.search(text, max(0, start - 12), start) is None


_ANOTHER_CASE = (
    r"in[ \u00a0]+(?:that|the[ \u00a0]+(?:earlier|previous|other|same)|an[ \u00a0]+earlier"
    r"|a[ \u00a0]+previous)[ \u00a0]+(?:case|judgment|decision|ruling|appeal|hearing|trial)\b"
)
_ANOTHER_CASE_AFTER = re.compile(r"[ \u00a0]+(?:[a-z]+[ \u00a0]+)?" + _ANOTHER_CASE)
_ANOTHER_CASE_BEFORE = re.compile(r"\b[Ii]" + _ANOTHER_CASE[1:] + r",?[ \u00a0]+$")


def of_another_case(text: str, start: int, end: int) -> bool:
    """Does a definite description from ``start`` to ``end`` stand with a
    phrase that places it in another, earlier case ("As the judge said in
    that case, “…”", "In the earlier trial, the judge said")? Then it is
    the one who held that office there, not a person this text named
    (s43-left3): a law report cites earlier judgments after its own
    counsel and witnesses."""
    return (
        _ANOTHER_CASE_AFTER.match(text, end) is not None
        or _ANOTHER_CASE_BEFORE.search(text, max(0, start - 40), start) is not None
    )
