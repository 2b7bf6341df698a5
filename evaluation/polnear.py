"""PolNeAR (``shared/corpus/quotes/polnear``) read as gold quotations.

Each article has one or more brat standoff files (one per annotator); the
first in name order is used. An attribution ties a Source (who), a Cue and a
Content (what). The gold quotations are the spans in quotation marks (curly,
straight, or the doubled apostrophes ``''`` of the NYT texts; within one
paragraph; from branch s37-left2 on also a curly opener closed by a straight
mark with no curly closer or other mark between, ``“The pier is late," Tom
Hale said``, as politico pages type them; from branch s38-devf1 on a curly
mark turned the wrong way, ``” The pier is late.” ― Ada Lind``) that lie at least half inside a
Content span (any piece of one: brat's ``Content2`` too, from stop 37 on),
so the short attributed fragments the annotators count (``called the plan
“modest”``) are gold and scare quotes or titles outside any attribution are
not.

The speaker a quotation must be given comes from the attribution's Source as
a set of *keys* (lower-case words; the predicted speaker is right when its
name, or its description when it has no name, contains one):

* a name: the last capitalised word before any apposition, bracket or
  "of/from/at/with" (``Rep. Jim Clyburn (D-S.C.), the assistant leader`` →
  ``clyburn``; ``Sen. Tom Carper of Delaware`` → ``carper``); an office
  before "of" is not the name (``Former Secretary of State Madeleine
  Albright`` → ``albright``), a name in apposition after a description
  is (``Trump's attorney, Alan Garten,`` → ``garten``), and a lower-case
  word before a title does not make a name a description (``former Sen.
  Evan Bayh``, ``state Sen. Jason Holsman (D)``; from branch s19-speak on);
  from stop 37 (branch s37-keys) on, an apposition between dashes is cut
  like one after a comma (``Gov. Tom Hale – a Harbour Gulls fan –`` →
  ``hale``), an office word before "of" with a name closing what follows is
  the office, not the name (``Harbour Chief of Staff Ada Lind`` → ``lind``),
  and a Source naming several people in full keys on each (``Tom Hale and
  Ada Lind`` → ``hale``, ``lind``);
* a group with no determiner (``Hale aides``, ``European pilots who ...``,
  ``She and her aides``): keyed as before (the name word), but it is no
  *named* Source, so a later "he" or a description is not keyed on it; a
  plural "they" after it (and no named Source since) keys on the group's
  head noun and the nearest name before the group (from stop 37 on);
* a description (it starts with a determiner: ``the Republican nominee``,
  ``a spokesman for the campaign``): its head word (``nominee``,
  ``spokesman``) or the name of the nearest earlier named Source in the
  article, since the reader resolves the description to that person, and
  a name it gives in apposition (``the director of the FBI, James B. Comey,``),
  and, for a document or a piece of media, the last word of the name of who
  issued it when the description gives one (``A 2014 House Intelligence
  Committee report`` → ``committee``, ``a paper from the Brookings
  Institution`` → ``institution``: the text names who speaks through the
  document, as ggt-dev's gold gives that name; from branch s21-speak on); a bare
  one (``the note``, ``the article``) keys the same way on the nearest earlier
  mention of a document with the same head noun that names its issuer, within
  2,500 characters (``a handwritten note from Ada Lind`` ... ``the note says``
  → ``lind``; ``a Times article`` → ``times``);
* a pronoun (``he``, ``who``): only that nearest earlier name; but a
  relative ``who`` (``whom``) right after a comma keys on the person written
  before the comma, as English reads it and the annotators meant it (``The
  vote was backed by Tom Hale, who said`` -> ``hale``, not the named Source
  before; over an apposition, an age or a place set off: ``Tom Hale, the
  harbour master, who``, ``Tom Hale, 64, of Lund, who``), or, when a
  description stands there, on that description's keys (its head, and the
  head of the one before a preposition: ``one pilot familiar with the
  talks, who`` -> ``pilot``, ``talks``, and the nearest earlier name); from
  stop 38 (branch s38-who) on, a scoring change.

A quotation with no keys (no Source, or a pronoun with no earlier name) is
left out of the speaker score. PolNeAR marks no coreference, so this is an
approximation, stated here so the score can be read for what it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

# Words that stand for a person without naming one: a speaker given only as
# one of these is no name (quotes.py scores such predictions as not right).
SPEAKER_PRONOUNS = frozenset(
    [
        "he",
        "she",
        "they",
        "it",
        "i",
        "we",
        "you",
        "him",
        "her",
        "them",
        "his",
        "hers",
        "their",
        "its",
        "who",
        "this",
        "that",
        "one",
    ]
)
# A PolNeAR Source that is one of these has no name of its own to key on.
PRONOUNS = SPEAKER_PRONOUNS | frozenset(["whom", "which", "these", "those"])
# Curly, straight, and doubled apostrophes (the NYT texts' marks), within a
# paragraph; a curly opener whose closer was typed straight (a scoring change
# of s37-left2: before, such a quotation was no gold, and the straight mark
# could pair with the next straight one across the words between). The same
# mixed pair is taken first when a curly quotation opens in a later sentence
# of the line (s37-left4, as the reader reads it): that opener starts another
# quotation, not a stretch running to its closer. From stop 38 (s38-devf1)
# a curly mark turned the wrong way pairs too, as a reader (and the analysis)
# reads it: a closer typed as the opener (`” The pier is late.” ― Ada Lind`:
# not after a word or punctuation, a word after it) closed by a closer, and
# an opener closed by an opener typed after a word or punctuation, nothing
# after it (`“The pier is late.“`). Asked only after the pairs above, so a
# mark they pair is never taken twice. From stop 42 (s42-recall) the mirror
# of s37-left2: a straight opener closed by a curly ``”`` facing a closer's
# way (`"The pier is late,” Tom Hale said.`), taken before a straight pair
# when the rest of its line holds no curly double mark and pairs its straight
# marks among themselves, as the reader reads it (before, the straight mark
# paired with the next straight one across the words between, or was none).
_PAIR = re.compile(
    r"“[^”“\"\n]*\"(?!\w)(?=[^”“\"\n]*[.!?]\s[^”“\"\n]*“)"
    r"|“[^”\n]*”|“[^”“\"\n]*\"(?!\w)"
    r"|\"[^\"“”\n]*[^\s\"“”]”(?!\w)(?=(?:[^\"“”\n]*\"[^\"“”\n]*\")*[^\"“”\n]*(?:\n|$))"
    r"|\"[^\"\n]*\"|''(?:(?!'')[^\n])*''"
    r"|(?<![\w.,!?;:’'\"])”(?=\s*\w)[^”“\n]*[\w.,!?’)]”"
    r"|“[^”“\n]*[\w.,!?’)]“(?!\w)"
)
QUOTED = _PAIR
"""A quotation in marks, as :func:`gold_quotes` finds them (curly, straight,
a curly opener closed straight or a straight one closed curly, or the NYT's
doubled apostrophes; within a line)."""
_CAPITALISED = re.compile(r"\b[A-Z][\w.\u2019'-]*")
_LOWER_WORD = re.compile(r"[a-z][\w-]*")
_DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "one",
        "some",
        "two",
        "three",
        "several",
        "many",
        "another",
        "his",
        "her",
        "their",
        "its",
        "this",
        "that",
        "these",
        "those",
    ]
)
_NOT_NAMES = frozenset(
    ["The", "A", "An", "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "President"]
)
# Where a description's head noun ends: what follows is a modifier.
_HEAD_END = re.compile(
    r"\s+(?:who|that|which|with|familiar|close|of|in|at|from|for|on|to|inside|outside|"
    r"under|within|involved|working)\b.*",
    re.S,
)


@dataclass(frozen=True, slots=True)
class Attributed:
    """One gold quotation: its span (marks included) and speaker key."""

    start: int
    end: int
    source: str
    source_start: int | None
    source_end: int | None
    keys: frozenset[str]


def _offsets(field: str) -> tuple[int, int]:
    # Discontinuous spans are written ``a b;c d``: take the whole extent.
    numbers = [int(n) for n in re.findall(r"\d+", field)]
    return min(numbers), max(numbers)


def parse(ann: str) -> tuple[dict[str, tuple[str, int, int, str]], list[dict[str, str]]]:
    """One brat annotation file: its text-bound spans by id (``T12`` ->
    (kind, start, end, words)) and its attributions, each a role -> span id
    map (``Source``, ``Cue``, ``Content``, ``Content2``...)."""
    spans: dict[str, tuple[str, int, int, str]] = {}
    relations: list[dict[str, str]] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T") and len(parts) >= 3:
            kind, _, where = parts[1].partition(" ")
            start, end = _offsets(where)
            spans[parts[0]] = (kind, start, end, parts[2])
        elif parts[0].startswith("E"):
            relations.append(
                {role: ref for role, _, ref in (item.partition(":") for item in parts[1].split())}
            )
    return spans, relations


def _segments(source: str) -> list[str]:
    """A Source's words cut at each apposition: a comma, or a dash set off
    by spaces or written as "–"/"—" ("Gov. Tom Hale – a Harbour Gulls fan
    –"), brackets dropped."""
    return _APPOSITION.split(re.sub(r"\([^)]*\)", " ", source))


def _head(source: str) -> str:
    """A Source's words before its first apposition (:func:`_segments`)."""
    return _segments(source)[0]


def _name_key(source: str) -> str | None:
    segments = _segments(source)
    source = segments[0]
    if _lower_end(source) and (named := _apposed_name(",".join(segments))) is not None:
        return named  # "Sanders's campaign manager, Jeff Weaver,"
    # "Sen. Tom Carper of Delaware", "Mr. Nevins of Showtime": the name ends
    # before the place or the employer; but "Former Secretary of State
    # Madeleine Albright" holds only an office before "of", and so does
    # "Harbour Chief of Staff Ada Lind": an office word before "of" with a
    # name closing what follows (from stop 37 on).
    pieces = re.split(r"\s(of|from|at|with)\s", source)
    parts, joins = pieces[0::2], pieces[1::2]
    i = 0
    while i < len(parts) - 1 and (
        not _names_in(parts[i])
        or (
            joins[i] == "of"
            and _office_end(parts[i])
            and _NAME_END.search(parts[i + 1]) is not None
        )
    ):
        i += 1
    names = _names_in(parts[i])
    return names[-1].lower() if names else None


def _name_keys(source: str) -> set[str]:
    """The keys of a named Source: its name's, or each person's when it names
    several people in full ("Tom Hale and Ada Lind": both; "David and Ada
    Lind": one family name; "Harbour Safety and Pilotage Board": one body)."""
    people = [p.strip() for p in re.split(r"\s+(?:and|&)\s+", _head(source).strip())]
    if (
        len(people) > 1
        and all(_PERSON.fullmatch(p) for p in people)
        and _names_strip(people[-1].split()[-1]).lower() not in _BODIES
    ):
        return {key for p in people if (key := _name_key(p))}
    key = _name_key(source)
    return {key} if key else set()


# Last words of the name of a body, not of a person ("Citizenship and
# Immigration Services").
_BODIES = frozenset(
    [
        "services",
        "service",
        "committee",
        "council",
        "board",
        "institute",
        "department",
        "agency",
        "association",
        "union",
        "university",
        "college",
        "party",
        "center",
        "centre",
        "commission",
        "office",
        "administration",
        "bureau",
        "foundation",
        "company",
        "corporation",
        "group",
        "network",
        "news",
        "times",
        "post",
        "court",
        "authority",
    ]
)


def _office_end(part: str) -> bool:
    """Does ``part`` end in an office word ("Harbour Chief", "former
    secretary"), so a name after its "of" is the holder's?"""
    words = part.split()
    return bool(words) and _names_strip(words[-1]).lower() in _OFFICE_WORDS


def _names_strip(word: str) -> str:
    """A capitalised word as a key: no abbreviation point, no possessive."""
    return word.rstrip(".").removesuffix("\u2019s").removesuffix("'s").rstrip("'\u2019")


def _apposed_name(source: str) -> str | None:
    """The name a description puts in apposition after its first comma ("the
    director of the FBI, James B. Comey,"), as its key; else ``None``."""
    segments = re.sub(r"\([^)]*\)", " ", source).split(",")[1:]
    named = next((seg.strip() for seg in segments if _PERSON.fullmatch(seg.strip())), None)
    if named is None:
        return None
    return _names_in(named)[-1].lower() if _names_in(named) else None


def _names_in(text: str) -> list[str]:
    names = [_names_strip(word) for word in _CAPITALISED.findall(text)]
    return [word for word in names if word and word not in _NOT_NAMES and word not in _OFFICES]


def _lower_end(segment: str) -> bool:
    """Does a comma segment end with a lower-case word (a description such
    as "Trump's attorney", "one of the university's top executives")?"""
    words = segment.split()
    return bool(words) and words[-1][:1].islower()


# A person's name: two to five capitalised words or initials ("James B.
# Comey", "Jeanne Heidler"), optionally after "and" ("David and Jeanne Heidler").
_PERSON = re.compile(r"(?:[A-Z][\w\u2019'-]*\.?\s+(?:and\s+)?){1,4}[A-Z][\w\u2019'-]+")
_OFFICES = frozenset(
    ["Former", "Secretary", "State", "Senator", "Representative", "Governor", "Mayor"]
)
"""Office words that may stand before "of" in front of a name ("Former
Secretary of State Madeleine Albright"): not the name."""
_OFFICE_WORDS = frozenset(
    [
        "chief",
        "secretary",
        "supervisor",
        "director",
        "minister",
        "chairman",
        "chairwoman",
        "chair",
        "president",
        "speaker",
        "head",
        "commissioner",
        "leader",
        "editor",
        "publisher",
        "founder",
        "governor",
        "mayor",
        "attorney",
        "counsel",
        "deputy",
        "ambassador",
        "administrator",
        "superintendent",
        "treasurer",
        "comptroller",
        "dean",
        "spokesman",
        "spokeswoman",
    ]
)
"""Offices that close the words before "of" when the holder's name follows
what "of" opens ("Harbour Chief of Staff Ada Lind", "Supervisor of
Elections Tom Hale"). Not :data:`_OFFICES`, the capitalised words never
taken for a name wherever they stand: "Dean" or "Chief" there would
drop a name word ("Ada Dean") from every Source's key."""
# Two capitalised words closing a phrase: a name ("Staff Ada Lind").
_NAME_END = re.compile(r"[A-Z][\w\u2019'.-]*\s+[A-Z][\w\u2019'-]+\s*$")
# An apposition opens at a comma or at a dash ("–", "—", " - ", " -- ").
_APPOSITION = re.compile(r",|\s*[\u2013\u2014]\s*|\s--?\s")
_TITLED_NAME = re.compile(
    r"(?:\b(?:Sen|Rep|Gov|Gen|Lt|Col|Capt|Dr|Mr|Mrs|Ms)\.|\b[A-Z][a-z]+)"
    r"\s+[A-Z][\w\u2019'-]*\.?(?:\s+[A-Z][\w\u2019'-]*\.?){0,3}\s*$"
)


# Heads of descriptions that are documents or media: who issued one speaks
# through it (the analyser's own list is not used, so the scorer stays apart).
_DOCUMENTS = (
    "report|study|paper|survey|poll|memo|letter|statement|release|analysis|review|"
    "editorial|column|article|post|blog|ad|advertisement|video|book|filing|complaint|"
    "lawsuit|ruling|order|transcript|brief|audit|assessment|investigation|document|note|"
    "message|tweet|email|e-mail|headline"
)
_ORG_NAME = r"[A-Z][\w.&\u2019'-]*(?:\s+(?:of|for|and|on|&)?\s*[A-Z][\w.&\u2019'/-]*){0,6}"
# "A 2014 House Intelligence Committee report", "the GAO's audit": the
# issuer's name right before the document noun; "a paper from the
# left-leaning Brookings Institution", "a report by the Cato Institute":
# after it, with up to three lower-case words between.
_ISSUER_BEFORE = re.compile(
    rf"^(?i:the|a|an|one|this|that|its|their)\s+(?:\d{{4}}\s+|new\s+|recent\s+|latest\s+)?"
    rf"({_ORG_NAME})(?:\u2019s|'s)?\s+(?:[a-z-]+\s+)?(?:{_DOCUMENTS})s?\b"
)
_ISSUER_AFTER = re.compile(
    rf"^(?i:the|a|an|one|this|that)\s+(?:[\w-]+\s+){{0,2}}?(?:{_DOCUMENTS})s?\s+"
    rf"(?:from|by|of)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,3}}({_ORG_NAME})"
)


def _issuer_key(source: str) -> str | None:
    """The last word of the name of who issued a document or a piece of
    media a description gives ("A 2014 House Intelligence Committee
    report" -> "committee"); else ``None``."""
    text = " ".join(source.split())
    m = _ISSUER_BEFORE.match(text) or _ISSUER_AFTER.match(text)
    if m is None:
        return None
    names = _names_in(m.group(1))
    return names[-1].lower() if names else None


def _earlier_issuer_key(head: str, before: str) -> str | None:
    """For a bare document description ("the note", "the article"), the key
    of who issued the nearest earlier mention of a document with the same
    head noun that names them ("a handwritten note from Ada Lind", "a Times
    article"), within 2,500 characters; else ``None``."""
    window = " ".join(before[-2500:].split())
    noun = re.escape(head)
    found: tuple[int, str] | None = None
    for pattern in (
        rf"\b(?i:the|a|an|one|this|that)\s+(?:[\w,-]+\s+){{0,3}}?{noun}s?\s+(?:from|by)\s+"
        rf"(?:the\s+)?({_ORG_NAME})",
        rf"\b(?i:the|a|an)\s+(?:\d{{4}}\s+)?({_ORG_NAME})(?:\u2019s|'s)?\s+{noun}\b",
    ):
        for m in re.finditer(pattern, window):
            if found is None or m.start() > found[0]:
                found = (m.start(), m.group(1))
    if found is None:
        return None
    names = _names_in(found[1])
    return names[-1].lower() if names else None


def _description_key(source: str) -> str | None:
    head = _HEAD_END.sub("", source.strip().lower())
    words = _LOWER_WORD.findall(head)
    return words[-1] if words else None


def _group(source: str) -> bool:
    """Is a Source that opens with a capital and no determiner a group of
    people, not a named one ("Harbour aides", "Hale aides", "European pilots
    who ...": capitalised words and then a common noun, no possessive), or a
    pronoun and others ("She and her aides")? A name and others ("Tom Hale
    and his aides") is named; "Tom Hale himself" is Tom Hale."""
    head = _HEAD_END.sub("", _head(source).strip())
    first = re.split(r"\s+(?:and|&)\s+", head)[0].split()
    words = head.split()
    if len(words) < 2 or not words[0][:1].isupper() or words[0].lower() in _DETERMINERS:
        return False
    if words[0].lower() in SPEAKER_PRONOUNS:
        return True  # "She and her aides": no name of its own
    if len(first) < len(words) and first[-1][:1].isupper():
        return False  # "Tom Hale and his aides"
    return (
        words[-1].isalpha()
        and words[-1].islower()
        and words[-1] not in _REFLEXIVES
        and not any(mark in word for word in words for mark in "'\u2019")
    )


_REFLEXIVES = frozenset(["himself", "herself", "themselves", "itself"])


def _is_description(source: str) -> bool:
    first = source.split()[0].lower() if source.split() else ""
    if source[:1].islower() and first not in _DETERMINERS:
        # "former Sen. Evan Bayh, a moderate ...", "state Sen. Jason
        # Holsman (D)": a name after a lower-case word is still a name.
        head = re.sub(r"\([^)]*\)", " ", source).split(",")[0]
        return _TITLED_NAME.search(head) is None
    return first in _DETERMINERS or source[:1].islower()


def source_kind(source: str) -> str:
    """What a Source's words are as its keys read them: "a pronoun", "a
    description", "a name" (words with a name key, a group's "Hale aides"
    too), else "other"."""
    if source.strip().lower() in PRONOUNS:
        return "a pronoun"
    if _is_description(source):
        return "a description"
    return "a name" if _name_key(source) else "other"


def source_keys(source: str, earlier_name: str | None, before: str = "") -> frozenset[str]:
    """The words a right speaker may contain for this Source text, given the
    nearest earlier named Source and the article's text before the Source
    (see the module doc)."""
    earlier = _name_keys(earlier_name) if earlier_name else set()
    if source.strip().lower() in PRONOUNS:
        return frozenset(earlier)
    if _is_description(source):
        head = _description_key(source)
        # "the director of the FBI, James B. Comey,": the name in apposition.
        named = _apposed_name(source)
        issuer = _issuer_key(source)
        if issuer is None and head and re.fullmatch(_DOCUMENTS, head) and named is None:
            issuer = _earlier_issuer_key(head, before)
        extra = {word for word in (head, named, issuer) if word}
        return frozenset(earlier | extra)
    if keys := _name_keys(source):
        return frozenset(keys)
    key = _description_key(source)
    return frozenset({key} if key else set())


def named_sources(spans: dict[str, tuple[str, int, int, str]]) -> list[tuple[int, int, str]]:
    """The article's named Sources (no pronoun, no description, no group:
    "Hale aides" names no one to key a later "he" on), in text order."""
    return sorted(
        (start, end, words)
        for kind, start, end, words in spans.values()
        if kind == "Source"
        and words.strip()
        and words.strip().lower() not in PRONOUNS
        and not _is_description(words)
        and not _group(words)
        and _name_key(words)
    )


def _group_sources(spans: dict[str, tuple[str, int, int, str]]) -> list[tuple[int, int, str]]:
    """The article's group Sources ("Hale aides", "She and her aides"), in
    text order: what a later plural "they" may stand for."""
    return sorted(
        (start, end, words)
        for kind, start, end, words in spans.values()
        if kind == "Source" and words.strip() and _group(words)
    )


_PLURAL = frozenset(["they", "them", "their"])


def _group_keys(group: str, earlier_name: str | None) -> frozenset[str]:
    """What a "they" standing for a group Source keys on: the group's head
    noun, read before its apposition ("Harbour pilots — and, above all, Tom
    Hale —" -> "pilots"), and the nearest earlier name, as a description's
    keys are read ("the pilots")."""
    head = _description_key(_head(group))
    return frozenset({head} if head else set()) | source_keys("they", earlier_name)


# A relative "who" Source written right after a comma ("Ted Cruz, who said")
# stands for the person named (or described) right before the comma, as a
# reader takes it and the annotator meant it: from stop 38 (branch s38-who)
# on it keys on that antecedent, not on the nearest earlier named Source.
_RELATIVE = frozenset(["who", "whom"])
_BRACKETED_END = re.compile(r"\s*\([^()]*\)\s*$")
# A name word: a capitalised word or initial ("C.L.", "O\u2019Malley",
# "Jr."), or a nickname in marks ("\u201cButch\u201d").
_NAME_WORD = re.compile(r"(?:[A-Z][\w.\u2019'-]*|[\"\u201c][A-Z][\w.\u2019'-]*[\"\u201d])")
_NAME_JOINS = frozenset(["and", "of", "from"])
_PLACE_OPENERS = frozenset(["of", "from", "in", "at"])
# "McConnell, now the Senate majority leader, who": a description set off.
_APPOSITION_ADVERBS = frozenset(["now", "then", "once", "formerly", "also"])
# A segment with a relative clause in it is no description set off ("a man
# who shifted ... in sync with Ada Lind, who").
_RELATIVE_WORDS = frozenset(["who", "that", "which", "whose"])
# What a place set off follows: an age or a name ("Ada Lind, 24, from Lund";
# not "an endorsement from a colleague, from Ada Lind").
_AGE_OR_NAME_END = re.compile(r"(?:\b\d+|[A-Z][\w.\u2019'-]*\)?)\s*$")
_PREPOSITIONS = frozenset(["of", "with", "from", "in", "on", "at", "for", "to", "among", "across"])
# A verb between a determiner and a preposition: no description runs on
# over it ("The plan was put to the harbour master").
_VERBS = frozenset(["is", "was", "are", "were", "be", "been", "has", "had", "have"])
_DESCRIPTION_WORDS = 8
"""How many words back from its comma a description's determiner may stand."""


def _trailing_name(words: list[str]) -> tuple[str, int] | None:
    """The name that closes ``words`` ("Senator Ted Cruz of Texas", "Tom Hale
    and Ada Lind") and where it starts; ``None`` when the last word is none."""
    i = len(words)
    start = None
    while i > 0:
        word = words[i - 1]
        if _NAME_WORD.fullmatch(word):
            start = i - 1
            i -= 1
        elif (
            word in _NAME_JOINS
            and start is not None
            and i > 1
            and _NAME_WORD.fullmatch(words[i - 2])
        ):
            i -= 1  # "Cruz of Texas", "Hale and Lind": the name goes on before it
        else:
            break
    if start is None:
        return None
    return " ".join(words[start:]), start


def _trailing_description(words: list[str]) -> tuple[str, int] | None:
    """The description that closes ``words`` from its determiner ("the
    Mexican president", "the Chamber's chief strategist") and where it
    starts; ``None`` when no determiner stands within a few words. When a
    preposition stands right before it ("one Ada familiar with the talks"),
    the description before the preposition is taken with it: which of the
    two the relative pronoun stands for is not read here, and both heads key."""
    found = None
    for back in range(1, min(len(words), _DESCRIPTION_WORDS) + 1):
        word = words[-back]
        if word.lower() in _DETERMINERS or (
            back > 1 and word.endswith(("\u2019s", "'s")) and not _NAME_WORD.fullmatch(word)
        ):
            found = len(words) - back
            break
    if found is None:
        return None
    if found > 1 and words[found - 1].lower() in _PREPOSITIONS:
        outer = _trailing_description(words[: found - 1])
        if (
            outer is not None
            and found - 1 - outer[1] <= 4
            and not _VERBS & {w.lower() for w in words[outer[1] : found - 1]}
        ):
            return " ".join(words[outer[1] :]), outer[1]
    return " ".join(words[found:]), found


def _after_place(segment: str) -> bool:
    """Does ``segment`` close with a place ("Ada Lind of Lund", "of Lund"),
    so a capitalised segment after it goes on naming the place ("Sweden")?"""
    words = segment.split()
    return any(w.lower() in _PLACE_OPENERS for w in words[-3:-1])


def _antecedent_keys(before: str, earlier_name: str | None) -> frozenset[str] | None:
    """The keys of a relative "who" Source from the words before its comma
    (``before`` is the article's text up to the Source): the name written
    there ("Ted Cruz, who"), reached over appositions ("Ada Lind, 24, of
    Lund, who"; "Tom Hale, the harbour master, who"), or a description's
    keys when no name stands there ("the Mexican president, who"); ``None``
    when the words before are neither (the nearest earlier name is kept)."""
    line = before[before.rfind("\n") + 1 :]
    if not re.search(r",\s*$", line):
        return None
    segments = re.split(r",(?!\d)", line.rstrip().removesuffix(","))  # not "10,000"
    description: str | None = None
    for n in range(len(segments) - 1, max(len(segments) - 5, -1), -1):
        words = _BRACKETED_END.sub("", segments[n]).split()
        if not words or all(w.isdigit() for w in words):
            continue  # "Ada Lind, 24, who": an age
        if n > 0 and _after_place(segments[n - 1]) and all(_NAME_WORD.fullmatch(w) for w in words):
            continue  # "Ada Lind of Lund, Sweden, who": the place goes on
        opens = words[0].lower() in _DETERMINERS or (
            words[0].lower() in _APPOSITION_ADVERBS and words[1:2] == ["the"]
        )
        if description is None and n > 0 and opens and not _RELATIVE_WORDS & set(words):
            # "Tom Hale, the harbour master, who": the description set off
            # stands for the name before it.
            description = " ".join(words)
            continue
        name = _trailing_name(words)
        if (
            name is not None
            and not words[name[1]].startswith("The")
            and (name[1] == 0 or words[name[1] - 1].lower() not in _DETERMINERS)
        ):
            if (
                name[1] == 1
                and words[0].lower() in _PLACE_OPENERS
                and n > 0
                and (_AGE_OR_NAME_END.search(segments[n - 1]))
            ):
                continue  # "Ada Lind, 24, of Lund, who": a place set off
            if keys := _name_keys(name[0]):
                return frozenset(keys)
            break
        found = _trailing_description(words)
        if found is None or description is not None:
            break
        description = found[0]
        if found[1] > 1:
            break  # "a lecture from the Mexican president, who": no apposition
    if description is None:
        return None
    keys = source_keys(description, earlier_name)
    # "the head of the pier board": the last description's head keys too.
    inner = re.split(r"\s(?:" + "|".join(_PREPOSITIONS) + r")\s", description)[-1]
    return keys | source_keys(inner, None) if inner != description else keys


def keys_at(
    text: str,
    source: tuple[str, int, int, str],
    sources: list[tuple[int, int, str]],
    groups: Sequence[tuple[int, int, str]] = (),
) -> frozenset[str]:
    """The keys of one Source span, given the article's named Sources and
    its group Sources: a plural "they" stands for a group named after the
    nearest named Source ("Hale aides argue ... they said": the aides), so
    it keys on that group, not on the person before it (from stop 37 on)."""
    _kind, s_start, _s_end, words = source
    earlier = [src for src in sources if src[0] < s_start]
    name = earlier[-1] if earlier else None
    if words.strip().lower() in _PLURAL:
        group = next((g for g in reversed(groups) if g[0] < s_start), None)
        if group is not None and (name is None or group[0] > name[0]):
            before = [src[2] for src in sources if src[0] < group[0]]
            return _group_keys(group[2], before[-1] if before else None)
    if words.strip().lower() in _RELATIVE:
        keys = _antecedent_keys(text[:s_start], name[2] if name else None)
        if keys is not None:
            return keys
    return source_keys(words, name[2] if name else None, text[:s_start])


@dataclass(frozen=True, slots=True)
class Reported:
    """One attribution whose Content has no quotation marks (reported speech):
    the Content's span, its Source's span and words, its keys, and whether
    the Content holds its own Source or Cue."""

    start: int
    end: int
    source: str
    source_start: int
    source_end: int
    keys: frozenset[str]
    swallows: bool


def reported(text: str, ann: str) -> list[Reported]:
    """Every attribution of one article with a Source and a Content that has
    no quotation mark in it (``"``, curly marks or the NYT's ``''``), in text
    order; the keys as :func:`gold_quotes` derives them."""
    spans, relations = parse(ann)
    sources, groups = named_sources(spans), _group_sources(spans)
    out = []
    for relation in relations:
        content = spans.get(relation.get("Content", ""))
        source = spans.get(relation.get("Source", ""))
        if content is None or source is None or not source[3].strip():
            continue
        body = text[content[1] : content[2]]
        if not body.strip() or any(mark in body for mark in '"\u201c\u201d') or "''" in body:
            continue
        swallows = any(
            (span := spans.get(relation.get(role, ""))) is not None
            and span[1] < content[2]
            and content[1] < span[2]
            for role in ("Source", "Cue")
        )
        out.append(
            Reported(content[1], content[2], source[3], source[1], source[2],
                     keys_at(text, source, sources, groups), swallows)
        )  # fmt: skip
    return sorted(out, key=lambda r: (r.start, -r.end))


CONTENT_ROLE = re.compile(r"Content\d*")
"""An attribution's role naming a piece of its Content (``Content``, ``Content2``...)."""


def contents_of(
    relation: dict[str, str], spans: dict[str, tuple[str, int, int, str]]
) -> list[tuple[str, int, int, str]]:
    """Every Content span of one attribution: brat writes a second and a third
    piece of one attribution's Content as the roles ``Content2``, ``Content3``
    (``''For me,'' Mr. Lind concluded, ''the pier is full.''``: the second
    quoted sentence is ``Content2``), so the gold reads them all (from stop
    37 on; before, only ``Content`` was read)."""
    return [
        spans[ref]
        for role, ref in relation.items()
        if CONTENT_ROLE.fullmatch(role) and ref in spans
    ]


def gold_quotes(text: str, ann: str) -> list[Attributed]:
    """The gold quotations of one article (see the module doc)."""
    spans, relations = parse(ann)
    sources, groups = named_sources(spans), _group_sources(spans)
    contents: list[tuple[int, int, tuple[str, int, int, str] | None]] = []
    for relation in relations:
        for content in contents_of(relation, spans):
            contents.append((content[1], content[2], spans.get(relation.get("Source", ""))))
    out: list[Attributed] = []
    for m in _PAIR.finditer(text):
        best = None
        for c_start, c_end, source in contents:
            inside = min(c_end, m.end()) - max(c_start, m.start())
            if inside >= 0.5 * (m.end() - m.start()) and (best is None or inside > best[0]):
                best = (inside, source)
        if best is None:
            continue
        source = best[1]
        if source is None:
            out.append(Attributed(m.start(), m.end(), "", None, None, frozenset()))
            continue
        _kind, s_start, s_end, words = source
        out.append(Attributed(m.start(), m.end(), words, s_start, s_end,
                              keys_at(text, source, sources, groups)))  # fmt: skip
    return out


def annotated(folder: Path) -> list[tuple[Path, Path]]:
    """``(text file, its .ann file)`` for every annotated article of one split
    folder (``train`` or ``dev``), in file-name order."""
    annotations: dict[str, Path] = {}
    for path in sorted((folder / "attributions").glob("*.ann")):
        annotations.setdefault(path.stem.rsplit("_", 1)[0], path)
    return [
        (path, annotations[path.stem])
        for path in sorted((folder / "text").glob("*.txt"))
        if path.stem in annotations
    ]
