"""The sentence's subject as the speaker of marked words with no verb of
saying: ``Paul Ryan worried that the safety net was becoming “a hammock”``.

A partial quotation whose sentence has no speech verb, naming verb or
attribution after it was a scare quote until stop 20; PolNeAR's annotators
(and a reader) take such words as the subject's when the sentence is about
that one person. So the marked words are the subject's partial quotation
only when the sentence is plainly theirs:

* exactly one person is named as a subject in the sentence before the
  marks, within its first words (a lead such as "During the recession,"
  may come first; up to eight words when it is one phrase set off by a
  comma, "In the depths of the recession,", from stop 32; up to twenty
  when it is an adverbial phrase opened by a preposition or a participle,
  "At the yearly meeting of the trust in Lund on Tuesday,", "Preceded by
  Tom Hale, the harbour master,", from stop 34), and the marks follow
  within a clause's length;
* no passive stands between them ("was greeted with chants of “…”": the
  subject heard the words), no relative clause of someone else ("one
  lothario who offered ..."; a clause opened by a preposition and
  "which", "the climate in which people “…”", is about a thing and stays
  the subject's, from stop 33), and the subject is not merely described
  ("Trump is “brand building”": the writer's or another's words);
* the marked words are no title ("Cake Boss.", "Today") and no term named
  with "the" ("rejected the “harbour deal”").

A name that closes the sentence's opening description after its
preposition ("A spokesman for Mayor Ada Lind of Lund defended “…”") is that
preposition's object, not the subject: the description is the speaker
phrase, under the same limits; with no determiner first ("Lawyers for Ada
Lind ...") nobody is (stop 41). An office's "of" ("Secretary of State Ada
Lind", "Minister for Transport Ada Lind") is no such preposition, and is
taken off the name as its role (stop 41 review).

A document as the subject reads the same way (stop 33, ``document_subject_phrase``):
``The Lind ad hits Berg for taking “…”`` gives the ad's description as the
speaker phrase, under the same limits.

On the tune halves (PolNeAR train / dev) the rule finds 51 / 6 more gold
fragments for 2 / 0 more false positives, the speaker right for 49 / 6 of
them (ggt-dev unchanged); see evaluation/README.md, "Partial quotations,
stop 20".
"""

from __future__ import annotations

import bisect
import re

from quotemark.library.analyze.attribution import Phrase, sentence_start
from quotemark.library.analyze.citations import cited_pair_end
from quotemark.library.analyze.document import Document
from quotemark.library.analyze.lexicon import (
    ARTICLES,
    ENGLISH_PREPOSITIONS,
    SPEECH_VERBS,
    TITLES,
    words,
)
from quotemark.library.analyze.names import PARTY_TAG, time_phrase_start
from quotemark.library.analyze.quotes import Candidate, is_title
from quotemark.library.analyze.speakers import People

MAX_LEAD = 4
"""Words of the sentence allowed before its subject."""
MAX_COMMA_LEAD = 8
"""Words allowed before the subject when they are a phrase set off by a
comma ("In the worst of the storm, Ada Lind worried that ...")."""
MAX_GAP = 25
"""Words allowed between the subject and the marks."""

_NAME_AT = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+)?[A-Z][\w\u2019'-]+"
    r"(?:\s+(?:[A-Z]\.|[A-Z][\w\u2019'-]+))*"
)
_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|been|being|be|get|gets|got)\s+(?:\w+ly\s+)?\w+ed\b", re.IGNORECASE
)
_PLACE_WHICH = re.compile(r"\b(?:in|under|by|through|during|at)\s+which$", re.IGNORECASE)
_PERSON_IN_CLAUSE = re.compile(r"(?:^|\s)[A-Z][\w\u2019'.-]*(?=[\s,]|$)")
"""A name in the clause after "in which" ("a video in which Berg “mocks
...”"): the clause is about that other person after all. (A pronoun, "in
which he doubled down on the “…”", is most often the subject again.)"""
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which)\b", re.IGNORECASE)
_TOKEN = re.compile(r"\S+")
_BE = frozenset({"is", "was", "are", "were", "be", "been", "remains", "remained", "seems"})


def subject_phrase(doc: Document, c: Candidate, people: People) -> Phrase | None:
    """The subject of ``c``'s sentence as its speaker phrase (how
    ``"before"``, ``verb_end`` after the subject's verb), or ``None`` when the
    sentence is not plainly that one person's (see the module doc)."""
    text = doc.scan
    begin = sentence_start(text, doc.lines[c.line].start, c.open)
    first = bisect.bisect_left(people.positions, begin)
    last = bisect.bisect_left(people.positions, c.open)
    if last - first > 1 and _AFTER_MARKS_AND.search(text, begin, people.positions[last - 1]):
        # `Tom Hale wants “the votes” and Ada Lind wants “a recount”`: the
        # clause after the first marks has a subject of its own (stop 41).
        first = last - 1
        begin = people.positions[first]
    if last - first != 1:
        return None  # nobody, or several people, named as a subject
    at = people.positions[first]
    lead = text[begin:at]
    size = len(lead.split())
    if size > (MAX_COMMA_LEAD if _set_off(lead) else MAX_LEAD) and not _adverbial(lead, size):
        return None
    name = _NAME_AT.match(text, at, c.open)
    if name is None:
        return None
    tokens = lead.split()
    if len(tokens) > 1 and tokens[-1].lower() in ENGLISH_PREPOSITIONS:
        if _office_before_name(tokens):
            # "Minister for Transport Ada Lind", "Lund's Secretary of State
            # Ada Lind defended “…”": the phrase opens at the office, so that
            # it is read as her role, not as a name "State Ada Lind".
            at = begin + _office_start(lead, tokens)
        elif tokens[0].lower() in _OPENS_DESCRIPTION:
            # "A spokesman for Ada Lind of Lund defended “…”": the name is
            # the object of the lead's preposition, not the subject; the
            # description it closes is (stop 41).
            return _plainly_theirs(doc, c, begin + len(lead) - len(lead.lstrip()), name.end())
        else:
            # With no determiner first ("Lawyers for Ada Lind ...") nobody
            # is plainly the subject.
            return None
    # "Quinn and Hale (2024) found that “…”": both cited authors, the
    # year no part of their names (stop 43).
    paired = text.startswith((" and ", " & ", " et al."), name.end())
    cited = cited_pair_end(text, at, c.open) if paired else None
    return _plainly_theirs(doc, c, at, cited or name.end())


def _office_before_name(lead: list[str]) -> bool:
    """Do the last two words of ``lead`` open an office written before the
    name ("Secretary of State Ada Lind", "Minister for Transport Ada Lind"),
    not a description the name is the object of ("Lawyers for Ada Lind")?
    "of" after any capitalised word; "for" after a capitalised title, when
    no article opens the lead ("The Minister for Transport Ada Lind" stays
    a description, whose office the name's split takes off)."""
    before, preposition = lead[-2], lead[-1]
    if not before[:1].isupper():
        return False
    if preposition == "of":
        # Not a plural ("Friends of Ada Lind", "Supporters of ..."): an
        # office is one person's.
        return not (before.endswith("s") and before.lower() not in TITLES)
    return (
        preposition == "for"
        and before.lower() in TITLES
        and lead[0].lower() not in _OPENS_DESCRIPTION
    )


def _office_start(lead: str, tokens: list[str]) -> int:
    """Where in ``lead`` the office that its last two words open starts: the
    run of capitalised words up to the one before the preposition ("Lund's
    Secretary of" from "Lund's"), not past a comma ("In May, Secretary of
    State Ada Lind ...")."""
    k = len(tokens) - 2
    while k > 0 and tokens[k - 1][:1].isupper() and not tokens[k - 1].endswith(","):
        k -= 1
    at = 0
    for token in tokens[:k]:
        at = lead.index(token, at) + len(token)
    return lead.index(tokens[k], at)


_AFTER_MARKS_AND = re.compile(r"[\u201d\"],?[ \u00a0]+(?:and|but|while)[ \u00a0]+$")
"""A closing mark and the conjunction that opens a clause of a new subject
right before it ("“the votes” and Ada Lind")."""

_OPENS_DESCRIPTION = ARTICLES | words("one another")
"""Words that open a description as the subject ("A spokesman for ...")."""


_DOCUMENTS = words(
    "statement report letter memo ad advertisement article piece editorial column op-ed "
    "study complaint lawsuit email video"
)
"""Documents that say things of their own ("The ad claims that “…”")."""
_DOCUMENT_OPENING = re.compile(
    r"(?:The|This|That|Its|His|Her|Their|A|An)\s+(?:[\w\u2019'-]+\s+){0,3}?"
    r"([a-z][\w-]*)(?=\s)"
)


_MADE_BY = re.compile(
    r"[ \t\u00a0]+[a-z]+ed[ \t\u00a0]+by[ \t\u00a0]+(?:(?:the|a|an)[ \t\u00a0]+)?"
    r"[\w\u2019'-]+(?:[ \t\u00a0]+[A-Z][\w\u2019'-]*)*"
)
"""A document's past participle and its agent ("commissioned by the board",
"written by Ada Lind")."""


_TITLED = re.compile(
    r"[\s,]*(?:(?:titled|entitled|called|named|dubbed)\b|[\u201c\u201d\u00ab\u00bb\"])",
    re.IGNORECASE,
)
"""A document's own title right after it ("The ad “Harbour Lies”", "The
report, titled “…”"): the marks there are no words of the document's."""
_DESCRIBED_BY_PHRASE = re.compile(
    r"\s+(?:on|about|with|of|over|into|for|from|by|under)(?:\s+[\w\u2019'-]+){0,3}\s*",
    re.IGNORECASE,
)
"""Only a phrase of the document's own between it and the marks ("The
report on “…”", "The email with the subject “…”"): the marks name its topic
or title before any verb."""
_RELAYS = words("quotes quoted cites cited shows showed features featured")
"""Verbs by which a document passes on someone else's words (stop-33
review): "The report quotes Lind calling the pier “…”" is Lind's."""


def document_subject_phrase(doc: Document, c: Candidate) -> Phrase | None:
    """A sentence whose subject is a document (``The Lind ad hits Berg for
    taking “…”``, ``The article closes with a hint about the mayor's “…”``)
    and plainly its by the limits above: the document's description as the
    speaker phrase. ``None`` for any other sentence."""
    text = doc.scan
    begin = sentence_start(text, doc.lines[c.line].start, c.open)
    m = _DOCUMENT_OPENING.match(text, begin, c.open)
    if m is None or m.group(1) not in _DOCUMENTS:
        return None
    between = text[m.end(1) : c.open]
    if _TITLED.match(between):
        return None  # "The ad “Harbour Lies” hits ...", "The report, titled “…”": its title
    if _DESCRIBED_BY_PHRASE.fullmatch(between):
        return None  # "The report on “ferry lag” runs ...": its topic, no verb yet
    verb = between.split(maxsplit=1)[:1]
    if verb and verb[0].lower() in _RELAYS:
        return None  # "The report quotes Lind calling the pier “…”": Lind's words
    made = _MADE_BY.match(text, m.end(1), c.open)
    if made is not None:
        # "A report commissioned by the board found that ... “…”": the
        # participle and its agent say which report; the phrase keeps them
        # (s43-left2), when the verb follows them.
        phrase = _plainly_theirs(doc, c, begin, made.end())
        if phrase is not None:
            return phrase
    return _plainly_theirs(doc, c, begin, m.end(1))


def _plainly_theirs(doc: Document, c: Candidate, at: int, name_end: int) -> Phrase | None:
    """The subject at ``at``..``name_end`` as ``c``'s speaker phrase when
    the words between it and the marks keep the sentence its subject's (see
    the module doc), else ``None``."""
    text = doc.scan
    content = text[c.start : c.end].rstrip(" .,!?;:")
    if is_title(content) or (c.words == 1 and content[:1].isupper()):
        return None
    between = text[name_end : c.open]
    if c.words <= 2 and between.rstrip().lower().endswith((" the", "\u00a0the")):
        return None  # "rejected the “harbour deal”": a term, not their words
    spans = [m.span() for m in _TOKEN.finditer(between)]
    tokens = [between[a:b] for a, b in spans]
    if len(tokens) > MAX_GAP:
        return None
    passive = _PASSIVE.search(between)
    if passive is not None and not _passive_reported(between, tokens, spans, passive.start()):
        return None
    relative = _RELATIVE.search(between)
    if (
        relative is not None
        and _PLACE_WHICH.search(between, 0, relative.end())
        and not _PERSON_IN_CLAUSE.search(between, relative.end())
    ):
        relative = None  # "the climate in which people “…”": a thing's, not a person's
    if relative is not None and between[: relative.start()].strip(" ,"):
        return None  # a relative clause about someone else
    verb = _verb_index(between, tokens)
    if verb is None:
        return None
    following = tokens[verb + 1] if verb + 1 < len(tokens) else ""
    if tokens[verb].lower() in _BE and not following.endswith("ing"):
        return None  # described ("is “brand building”"), not "is labeling ..."
    verb_end = name_end + spans[verb][1]
    return Phrase(at, name_end, text[at:name_end], "before", verb_end)


MAX_ADVERBIAL_LEAD = 20
"""Words allowed before the subject when they are an adverbial phrase
opened by a preposition or a participle and closed by a comma ("Preceded
at the lectern by Tom Hale, the harbour master, Ada Lind launched into
..."; stop 34)."""


def _adverbial(lead: str, size: int) -> bool:
    """Is ``lead`` (``size`` words) an adverbial phrase before the subject,
    opened by a preposition ("At the yearly meeting of the ferry trust in
    Lund on Tuesday,") or a participle ("Casting herself as the town's
    conscience,", "Preceded at the lectern by Tom Hale, the harbour
    master,") and closed by a comma? Commas inside may set off an
    apposition; a list ("The ferries, the tugs, ...,") opens with no such
    word."""
    stripped = lead.rstrip()
    if size > MAX_ADVERBIAL_LEAD or not stripped.endswith(","):
        return False
    first = stripped.split(maxsplit=1)[0]
    if not first[:1].isupper():
        return False
    word = first.lower()
    return word in ENGLISH_PREPOSITIONS or (len(word) > 4 and word.endswith(("ing", "ed")))


def _set_off(lead: str) -> bool:
    """Is ``lead`` one phrase closed by a comma, with no comma inside it?"""
    stripped = lead.rstrip()
    return stripped.endswith(",") and "," not in stripped[:-1]


def _passive_reported(
    between: str, tokens: list[str], spans: list[tuple[int, int]], at: int
) -> bool:
    """Does the passive at ``at`` stand inside the clause a verb of saying
    reports ("Hale says that is possible only if the design is agreed
    “…”"), not in the subject's own verb ("is quoted as calling")? The
    subject's verb is one of saying and comes before it (s43-left2)."""
    verb = _verb_index(between, tokens)
    return verb is not None and spans[verb][1] <= at and tokens[verb].lower() in SPEECH_VERBS


def _verb_index(between: str, tokens: list[str]) -> int | None:
    """The index of the subject's verb in ``tokens``: the first token, or
    the first after an apposition set off by commas ("Mr. Ryan,
    representing the party's wing, laid out")."""
    if not tokens:
        return None
    if not between.startswith(","):
        return _past_tag_and_time(tokens, _of_place(tokens))
    for k in range(1, len(tokens) - 1):
        if tokens[k].endswith(","):
            return k + 1
    return None


def _of_place(tokens: list[str]) -> int:
    """How many of ``tokens`` after a name are "of" and the capitalised name
    of a place or a body ("Ada Lind of Lund defended", "Tom Hale of the
    Harbour Board wants"): where she is from, before the verb. 0 when
    ``tokens`` open otherwise, or when nothing would be left for a verb."""
    if len(tokens) < 3 or tokens[0] != "of":
        return 0
    k = 2 if tokens[1] == "the" else 1
    if not tokens[k][:1].isupper():
        return 0
    while k < len(tokens) - 1 and tokens[k][:1].isupper():
        k += 1
    return k if k < len(tokens) - 1 or not tokens[k][:1].isupper() else 0


def _past_tag_and_time(tokens: list[str], at: int = 0) -> int:
    """The first token after a party tag and a time phrase that may stand
    between a name and its verb ("Ada Lind (D-Ore.) last week worried"),
    from ``at``."""
    if PARTY_TAG.fullmatch(tokens[at]) and len(tokens) > at + 1:
        at += 1
    spans = [(t, 0, 0) for t in tokens]
    for end in range(at, min(at + 5, len(tokens) - 1)):
        if time_phrase_start(spans, end) == at:
            return end + 1
    return at


_SAYING_NOUNS = words(
    "claim claims assertion assertions accusation accusations allegation allegations "
    "conclusion insistence argument suggestion warning warnings statement statements "
    "remark remarks comment comments charge contention promise pledge vow call"
)
"""Nouns of something said that take a clause ("Hale's claim that ...",
"Lind's promise to ...", "Hale's call for ...")."""
_POSSESSOR_SAYS = re.compile(
    r"(?<![\w.\u2019'-])((?:[A-Z][\w\u2019'-]*\s+){0,2}[A-Z][\w-]*)(?:'s|\u2019s|'|\u2019)\s+"
    r"(?:[a-z][\w-]*\s+){0,3}?([a-z]+)\s+(that|to|for)\s"
)
"""A name's possessive, up to three words and a noun, and the word that
opens its complement: group 1 the name, 2 the noun, 3 "that"/"to"/"for"."""
_OPENS_BY_NOUN = {"that": None, "to": words("promise pledge vow"), "for": words("call")}
"""Which nouns each complement word may follow ("that": any of
:data:`_SAYING_NOUNS`)."""
MAX_NOUN_GAP = 12
"""Words allowed between the complement's first word and the marks."""
_FINITE = words("is are was were has have had will would can could may might must should does did")
"""Finite auxiliaries and forms of "be" and "have": each run of them (with
the words in :data:`_FINITE_GOES_ON`) is one clause's verb."""
_FINITE_GOES_ON = words("be been being not also")
_CLAUSE_OPENERS = words("and or but which who whom whose where when if whether because")
"""Words that open a clause of their own inside the noun's complement."""


def _past_complement(between: str, opener: str) -> bool:
    """Do the words from the complement's first word to the marks run past
    the complement into the sentence's own verb (`Hale's claim that the pier
    is safe is “nonsense”`, `Lind's call for a fresh start was “naive”`)?
    Then the marks are the writer's words, or another's, about the saying,
    not the possessor's (s37-revlate). A "that" clause has a verb of its own
    (`claim that the pier was “past saving”`): only a second run of verbs
    ends it; "to" and "for" have none, so the first does. A comma or a word
    opening a clause of its own ("which", "and") inside keeps it open."""
    verbs = 0
    in_verb = False
    for token in between.split():
        word = token.strip(".,;:!?()").lower()
        if word in _CLAUSE_OPENERS or token.endswith(","):
            return False  # (a nested clause: its verbs are not counted)
        if word in _FINITE or (in_verb and word in _FINITE_GOES_ON):
            if not in_verb:
                verbs += 1
            in_verb = True
        else:
            in_verb = False
    return verbs >= (2 if opener == "that" else 1)


_POSSESSIVE_BEFORE = re.compile(
    r"(?<![\w.\u2019'-])((?:[A-Z][\w\u2019'-]*\s+){0,2}[A-Z][\w-]*)(?:'s|\u2019s)\s+$"
)
"""A name's possessive right before the opening mark ("Ada Lind's “…”")."""
_NOUN_AFTER = re.compile(r"\s+([a-z]+)\b")
_NAMED_NOUNS = _SAYING_NOUNS | words("line quip slogan")
"""Nouns the marked words may stand before as what the possessor said
("Ada Lind's “pier first” remark", "Tom Hale's “not one penny” line")."""


def _possessor_of_marks(text: str, begin: int, c: Candidate, people: People) -> Phrase | None:
    """The person whose possessive stands right before the marks when a
    noun of saying follows them (`Ada Lind's “47 percent” comment was
    …`): the marked words are her comment (stop 38). Only a person the
    text names, and not a title or a capitalised one-word term."""
    noun = _NOUN_AFTER.match(text, c.close + 1)
    if noun is None or noun.group(1) not in _NAMED_NOUNS:
        return None
    found = _POSSESSIVE_BEFORE.search(text, max(begin, c.open - 60), c.open)
    if found is None:
        return None
    name = found.group(1)
    if name.split()[-1].lower() not in people.by_surname:
        return None  # (a place's or a body's: "Leith's “…” slogan")
    content = text[c.start : c.end].rstrip(" .,!?;:")
    if is_title(content) or (c.words == 1 and content[:1].isupper()):
        return None
    at = found.start(1)
    return Phrase(at, at + len(name), name, "before", c.open)


def possessor_phrase(doc: Document, c: Candidate, people: People) -> Phrase | None:
    """The person whose saying a noun before the marks names (`Ada Lind's
    claim that the pier was “past saving”`, `Tom Hale's call for a “fresh
    start”`): the possessor says the marked words. Only a person the text
    names (a place's or a body's claims are left alone), only within the
    noun's clause (a full stop, a semicolon or other marks between end it),
    and not a title or a one-word capitalised term."""
    text = doc.scan
    begin = sentence_start(text, doc.lines[c.line].start, c.open)
    if "'" not in text[begin : c.open] and "\u2019" not in text[begin : c.open]:
        return None  # (no possessive: the cheap test before the pattern)
    named = _possessor_of_marks(text, begin, c, people)
    if named is not None:
        return named
    found = None
    for m in _POSSESSOR_SAYS.finditer(text, begin, c.open):
        found = m
    if found is None:
        return None
    noun, opener = found.group(2), found.group(3)
    if any(
        word in ENGLISH_PREPOSITIONS or word in ARTICLES
        for word in text[found.end(1) : found.start(2)].split()[1:]
    ):
        # "Hale's denial of the claim that …": the noun is another's (whose,
        # the sentence may not say), not the possessor's (s37-revlate).
        return None
    allowed = _OPENS_BY_NOUN[opener]
    if noun not in _SAYING_NOUNS or (allowed is not None and noun not in allowed):
        return None
    between = text[found.end() : c.open]
    if len(between.split()) > MAX_NOUN_GAP or any(ch in between for ch in ';"\u201c\u201d'):
        return None
    if _past_complement(between, opener):
        return None  # "Hale's claim that the pier is safe is “nonsense”"
    name = found.group(1)
    if name.split()[-1].lower() not in people.by_surname:
        return None  # not a person the text names as one
    content = text[c.start : c.end].rstrip(" .,!?;:")
    if is_title(content) or (c.words == 1 and content[:1].isupper()):
        return None
    at = found.start(1)
    return Phrase(at, at + len(name), name, "before", found.start(3))
