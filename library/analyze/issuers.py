"""Documents and their issuers: whether a definite description is a document
or a piece of media ("the report", "the new ad", "a study"), and who issued
it: the body named with it ("the board's report", "a report by the
harbour board", "the report, published by the harbour board"), the body that
speaks "in its statement", and news outlets reporting.

It answers who stands behind a document; it does not find people who hold
roles (:mod:`.holders`) nor resolve a speaker "it" or "they"
(:mod:`.groups`).
"""

from __future__ import annotations

import re

from quotemark.library.analyze.attribution import Phrase, sentence_start
from quotemark.library.analyze.common import _DEFINITE, _SENTENCE_BREAK, _previous_line_start
from quotemark.library.analyze.document import Document
from quotemark.library.analyze.groups import _body_named
from quotemark.library.analyze.lexicon import MONTHS_AND_DAYS, PREPOSITIONS, SPEECH_VERBS, words
from quotemark.library.analyze.names import clean, strip_titles
from quotemark.library.analyze.organisations import body_opening, description_head, named_with_head
from quotemark.library.analyze.quotes import Candidate
from quotemark.library.analyze.sources import ORG_RUN, classify
from quotemark.library.analyze.speakers import People
from quotemark.library.model import SourceKind

_THINGS = words(
    """
    report statement clip ad advert advertisement memo letter study survey poll document post
    release email e-mail tweet video website filing complaint lawsuit book column
    editorial article message analysis ruling order indictment transcript petition
    proposal plan platform note sign banner headline caption text slogan spot opinion
    decision judgment verdict appeal motion affidavit submission brief agreement budget bill
    legislation notice policy guidelines announcement summary audit assessment investigation
    inquiry paper textbook essay blog newsletter manifesto constitution bylaw ordinance
    regulation contract lease treaty dissent obituary story findings piece op-ed
    citation chapter preface foreword epilogue afterword memoir biography
    """
)
"""Heads of descriptions that are documents or media, not people: "the report
said" is the report speaking, never the person in focus."""


def _document(description: str) -> bool:
    """Is a definite description a document or a piece of media ("the
    report", "the new ad", "the statement from the board")?"""
    return _document_head(description) is not None


def _document_head(description: str) -> str | None:
    """The head noun of a definite description of a document or a piece of
    media ("the statement from the board" -> "statement"); else ``None``."""
    if not _DEFINITE.match(description):
        return None
    tokens = [clean(t).lower() for t in _before_preposition(description).split()]
    return tokens[-1] if tokens and tokens[-1] in _THINGS else None


_HIS_OR_HER = words("his her")


def owned_by_pronoun(description: str) -> str | None:
    """The pronoun ("his", "her") that owns a description of a document or
    a message ("His last message", "her statement"), else ``None``: the
    person the pronoun means speaks through it, as a body through "the
    ministry's statement". Not "its" or "their" (a body's or a group's),
    nor a description of a person ("his lawyer")."""
    first, _, rest = description.strip().partition(" ")
    if first.lower() not in _HIS_OR_HER or not rest or "'s " in rest or "\u2019s " in rest:
        return None  # ("his agent's statement": the agent's, not his; s45-final-analyze)
    tokens = _before_preposition(rest).split()
    return first.lower() if tokens and clean(tokens[-1]).lower() in _THINGS else None


def _before_preposition(description: str) -> str:
    """``description`` up to its first preposition after the first word
    ("the report by the committee" -> "the report")."""
    tokens = description.split()
    for i, token in enumerate(tokens[1:], 1):
        if clean(token).lower() in PREPOSITIONS:
            return " ".join(tokens[:i])
    return " ".join(tokens)


_DOCUMENT_WORDS = "|".join(sorted(_THINGS, key=len, reverse=True))
_ISSUED_BY = re.compile(
    rf"\b(?:{_DOCUMENT_WORDS})s?[ \t\u00a0]+(?:by|from)[ \t\u00a0]+(?:the[ \t\u00a0]+)?({ORG_RUN})"
)
"""A document and who issued it: "a study by the Harbour Institute", "a
note from Ada Lind". (A name right before the noun, "a Times article", was
tried too and left out: polnear-train check fell 3126 -> 3124. Stop 33 reads
it only for a document with the description's own head noun,
:data:`_ISSUER_BEFORE_NOUN`.)"""
_SAID_IN = re.compile(
    rf"({ORG_RUN})(?:,[^,\n\u2028]{{1,80}},|,)?[ \t\u00a0]+"
    r"(?:(?:said|stated|wrote|posted|noted|added|announced|explained)[ \t\u00a0]+in"
    # ("SP Ada Lind, confirmed the incident in a statement": a verb with
    # its object, then the statement; review 4, stop 43.)
    r"|(?:confirmed|announced|denied|disclosed)[ \t\u00a0]+(?:the|this|that)[ \t\u00a0]+"
    r"[a-z]+[ \t\u00a0]+in"
    # ("Tom Hale, the chairman, read a prepared statement": his, read out.)
    r"|read)[ \t\u00a0]+"
    r"(?:a|an|the|his|her|its|their)[ \t\u00a0]+(?:[\w\u2019'-]+[ \t\u00a0]+){0,2}?"
    # (The noun ends the phrase: "in a policy statement" is a statement.)
    rf"({_DOCUMENT_WORDS})\b(?![ \t\u00a0]+(?:{_DOCUMENT_WORDS})\b)"
)
"""Who said something in a document: "Jason Schultz, a researcher at Talos,
stated in the company's blog post", or read one out ("Tom
Hale, the board's chairman, read a prepared statement", s42-rev2), so a
later "the post read", "the statement said" is theirs."""
_NOT_ISSUERS = words("a an the this that its his her their one")
_IN_OWN = re.compile(
    r"[ \t\u00a0]+[a-z]+[ \t\u00a0]+in[ \t\u00a0]+(?:its|their)[ \t\u00a0]+"
    rf"(?:[\w-]+[ \t\u00a0]+)?({_DOCUMENT_WORDS})\b"
)
"""A body's verb of saying "in its statement" right after its description."""
_SAID_IN_UNIT = re.compile(
    rf"({ORG_RUN})(?:[ \t\u00a0]+[a-z][\w-]*){{0,2}}?[ \t\u00a0]+"
    r"(?:said|stated|wrote|posted|noted|added|announced|explained)[ \t\u00a0]+in[ \t\u00a0]+"
    r"(?:a|an|the|its|their)[ \t\u00a0]+(?:[\w\u2019'-]+[ \t\u00a0]+){0,2}?"
    rf"({_DOCUMENT_WORDS})\b"
)
"""A body, perhaps with a unit's lower-case noun ("Harbourline's ferry
unit"), saying something in a document."""


def _own_document(doc: Document, phrase: Phrase, people: People) -> str | None:
    """For a body's description that speaks "in its statement" ("the firm
    wrote in its statement"), the body the text before had say something in
    a statement (this paragraph and the two before); else ``None``. A
    person the text calls "he" or "she" is no body ("Ada Lind said in a
    statement that she ... the company said in its statement": review of
    stop 33)."""
    own = _IN_OWN.match(doc.scan, phrase.end)
    if own is None:
        return None
    near = _previous_line_start(doc, phrase.start)
    lo = max(_previous_line_start(doc, near), phrase.start - _ISSUER_REACH)
    found = None
    for m in _SAID_IN_UNIT.finditer(doc.scan, lo, phrase.start):
        if m.group(2) == own.group(1):
            found = m.group(1)
    if found is None:
        return None
    tokens = found.split()
    if tokens[0].lower() in _NOT_ISSUERS:
        tokens = tokens[1:]
    body = " ".join(tokens)
    if not body or people.genders.of(body) is not None:
        return None  # ("Ada Lind said in a statement that she ...": a person)
    return body


_ISSUER_REACH = 2500
_ISSUER_BEFORE_NOUN = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?)[ \t\u00a0]+(?:\d{{4}}[ \t\u00a0]+)?({ORG_RUN})"
    rf"[ \t\u00a0]+({_DOCUMENT_WORDS})\b"
)
"""A document with who issued it named before its noun: "the Harbour
Institute's report", "a 2014 Harbour Institute study"."""


_WEEKDAYS = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_WHEN_OR_WHERE = (
    r"(?:[ \t\u00a0]+(?:to|on|in|at|last|this|earlier|late|early|recently|jointly|online)\b"
    rf"(?:[ \t\u00a0]+[a-z]+\b)?|[ \t\u00a0]+{_WEEKDAYS})"
)
"""A short phrase of time or place after a participle ("sent to media",
"released Monday", "published last week"): nothing else stands between it
and "by", so "a study showed pilots trained by the board" is no issuer."""
_PARTICIPLE = (
    r"(?:(?:releas|publish|issu|prepar|compil|commission|order|conduct|produc|(?:co-)?author"
    r"|present|submitt|fil|unveil|announc|post|distribut|circulat|sign|launch|complet|draft"
    r"|tabl|deliver|penn|e?mail|tweet|creat|design|develop|organi[sz]|lodg|introduc|adopt"
    r"|pass|enact)ed"
    r"|sent|written|drawn|made|done|given|put|run|led|paid|brought|taken|shown)"
)
"""A participle of issuing or making a document: who is "by" after one made
it. (Any "-ed" took the judge of a document for its issuer: "a report which
was criticised by the Harbour Union"; review of stop 39.)"""
_ISSUED_IN_CLAUSE = re.compile(
    rf"\b({_DOCUMENT_WORDS})s?,?[ \t\u00a0]+"
    r"(?:(?:which|that)[ \t\u00a0]+"
    r"(?:is|was|are|were|will[ \t\u00a0]+be|ha(?:s|ve|d)[ \t\u00a0]+been)[ \t\u00a0]+"
    r"(?:being[ \t\u00a0]+)?)?"
    rf"(?:{_PARTICIPLE}{_WHEN_OR_WHERE}{{0,2}}[ \t\u00a0]+)?"
    rf"(?:by|from)[ \t\u00a0]+(?:the[ \t\u00a0]+)?({ORG_RUN})"
)
"""A document and who issued it, named in a clause after its noun: "a study
which is being released Monday by the Harbour Institute", "a release sent
to media from the Harbour Union" (stop 39): perhaps a participle with a
short phrase of time or place, then "by" or "from" and a capitalised name."""
_CLAUSE_REACH = 160
_RUN_LINKS = words("of for and the on de du des")
"""The lower-case words ORG_RUN lets stand inside a name."""


def _indefinite_document_head(description: str) -> str | None:
    """The head noun of an indefinite description of a document ("a study",
    "a new report" -> "study", "report"); else ``None``."""
    tokens = [clean(t).lower() for t in description.split()]
    if len(tokens) < 2 or tokens[0] not in ("a", "an"):
        return None
    for i, token in enumerate(tokens[1:], 1):
        if token in PREPOSITIONS:
            tokens = tokens[:i]  # "a study by the board": study
            break
    return tokens[-1] if tokens[-1] in _THINGS else None


def _issued_in_clause(text: str, start: int, end: int, head: str) -> str | None:
    """Who issued the document whose noun ``head`` ends the phrase
    ``start``-``end``, when a clause right after it names them ("a study
    which is being released Monday by Civic Action"), within the sentence;
    else ``None``."""
    stop = min(len(text), end + _CLAUSE_REACH)
    m = _ISSUED_IN_CLAUSE.search(text, start, stop)
    if m is None or m.start(1) >= end or m.group(1) != head or m.start(2) < end:
        # (The issuer inside the phrase, "a letter from the Harbour Union",
        # is on the label already.)
        return None
    if any(c in text[end : m.start(2)] for c in '.;:\n\u2028\u201c\u201d"'):
        return None  # (another sentence or a quotation between)
    return _issuer_name(m.group(2))


def _issuer_name(run: str) -> str | None:
    """The issuer in a capitalised run, without a leading article, month,
    day or year; ``None`` when nothing is left or the run is a possessive
    ("the FDIC's inspector general": the run owns the issuer)."""
    tokens = run.split()
    while tokens and (
        tokens[0].lower() in _NOT_ISSUERS
        or tokens[0].lower() in MONTHS_AND_DAYS
        or tokens[0].isdigit()
    ):
        tokens = tokens[1:]
    if not tokens or tokens[-1].endswith(("'s", "\u2019s")):
        return None
    # ("from the Harbour Union on Friday": the day after it is no part.)
    while len(tokens) > 1 and tokens[-1].lower() in MONTHS_AND_DAYS:
        tokens = tokens[:-1]
        while len(tokens) > 1 and tokens[-1].lower() in _RUN_LINKS:
            tokens = tokens[:-1]
    return " ".join(tokens)


_PUBLISHED = re.compile(
    r"[ \t\u00a0]+(?:(?:has|have|had)[ \t\u00a0]+)?(?:published|issued|released)[ \t\u00a0]+"
    r"(?:a|an|its|their|the)[ \t\u00a0]+(?:[\w-]+[ \t\u00a0]+){0,3}?"
    rf"({_DOCUMENT_WORDS})\b"
)


def _published_by(
    doc: Document, lo: int, pos: int, head: str, people: People
) -> tuple[str | None, str] | None:
    """Who a document "the ``head``" at ``pos`` came from when a sentence
    between ``lo`` and ``pos`` opens with a body that published, issued or
    released one with that noun ("The harbour board published a report on
    the pier. ... the report said"), as :func:`_body_named` gives it; the
    last such sentence; else ``None``."""
    text = doc.scan
    if text.find(head, lo, pos) < 0:
        return None  # (cheap: the noun must be there before it)
    found = None
    for start in [lo, *(m.end() for m in _SENTENCE_BREAK.finditer(text, lo, pos))]:
        body = body_opening(text, start, people.names)
        if body is None:
            continue
        run = body[0] if body[0] is not None else body[1]
        end = text.find(run, start, start + 200)
        verb = _PUBLISHED.match(text, end + len(run)) if end >= 0 else None
        if verb is not None and verb.group(1) == head and verb.end() <= pos:
            found = _body_named(text, start, body)
    return found


_BY_BODY = re.compile(r"[ \t\u00a0]+(?:by|from)[ \t\u00a0]+(?=[Tt]he[ \t\u00a0])")
"""A document's "by the" or "from the" right after the phrase that named it."""

_OWNED_DOCUMENT = re.compile(
    r"(?:the|this|that)\s+(\S+(?:\s+\S+){0,3}?)['\u2019]s\s+(?:[a-z-]+\s+)?[a-z-]+",
    re.IGNORECASE,
)


def _document_owner(text: str, pos: int, description: str) -> tuple[str | None, str] | None:
    """The body that owns the document a description names with a
    possessive, as (name, role): a capitalised owner by its name ("the
    Gazette's editorial" -> "Gazette"); a body's description by the name the
    text gave a body with its noun before ``pos`` ("the ministry's report"
    after "the Ministry of Transport"), else as that description ("the
    ministry"); else ``None`` (a person's, "the mayor's statement")."""
    # ("the union's statement on the ministry's plan": the owner is the
    # union, the phrase after the document's noun says what it is about;
    # the third review, stop 39.)
    m = _OWNED_DOCUMENT.fullmatch(_before_preposition(description.strip()))
    if m is None:
        return None
    owner = m.group(1)
    if owner[:1].isupper():
        name = _issuer_name(owner)
        return None if name is None else (name, description)
    head = description_head(f"the {owner}")
    if head is None:
        return None
    named = named_with_head(text, pos, head)
    return (named, description) if named is not None else (None, f"the {owner}")


def _issuer(text: str, near: int, lo: int, hi: int, head: str) -> str | None:
    """Who issued the document last mentioned before ``hi`` when the text
    says so: by whom, from ``near`` on ("a study by the University of
    Calgary's School of Public Policy"), or who said something in a document
    with the same head noun ``head``, from ``lo`` on ("Ada Lind said in a
    statement" ... "the statement"), or named before the noun of a
    document with that head, from ``lo`` on ("the Harbour Institute's
    report", "a 2014 Harbour Institute report" ... "the report"); else
    ``None``. Leading articles, months, days and years are not the name."""
    found: tuple[int, str] | None = None
    candidates = [(m.start(), m.group(1)) for m in _ISSUED_BY.finditer(text, near, hi)]
    candidates += [
        (m.start(), m.group(1)) for m in _SAID_IN.finditer(text, lo, hi) if m.group(2) == head
    ]
    candidates += [
        # ("the Harbour Institute's report": the possessive is the issuer's.)
        (m.start(), re.sub(r"['\u2019]s$", "", m.group(1)))
        for m in _ISSUER_BEFORE_NOUN.finditer(text, lo, hi)
        if m.group(2) == head
    ]
    for at, run in candidates:
        # ("a memo by the FDIC's inspector general": the run owns the
        # issuer, lower case after it; it did not issue the document.)
        name = _issuer_name(run)
        if name is not None and (found is None or at > found[0]):
            found = (at, name)
    return found[1] if found is not None else None


def issuer_as_named(issuer: str, people: People) -> str:
    """The issuer :func:`_issuer` gave, without the titles before a person's
    name when the text names that person elsewhere ("Federal Fisheries
    Minister Karen Whitfield said in a statement" ... "the statement said":
    Karen Whitfield, as her own sentence shows her; review 4, stop 43); a
    body's name and a run naming no known person as they are."""
    titles, name = strip_titles(issuer.split())
    bare = " ".join(name)
    return bare if titles and bare in people.persons else issuer


_NEWS_KINDS = frozenset({SourceKind.OUTLET, SourceKind.AGENCY})
"""The kinds of source that report news: what :func:`_reports_news`,
:func:`_quoting_participle` and a credit line read as a paper or an agency."""
_NEWS_NOUNS = words("network newspaper paper broadcaster station publisher outlet magazine channel")
"""Organisation nouns a news outlet answers to ("the network said")."""


def _reports_news(name: str, description: str) -> bool:
    """Is ``name`` a news outlet or agency and the description's noun one
    no outlet answers to ("the committee", "the company")?"""
    if classify(name) not in _NEWS_KINDS:
        return False
    return description_head(description) not in _NEWS_NOUNS


_IT_SAYS = re.compile(r"It[ \u00a0]+([a-z]+s)\b")
"""A sentence opened by "It" and a present-tense verb ("It describes",
"It says", "It recommends"): a document's way of speaking."""
_DOCUMENT_VERBS = SPEECH_VERBS | words("describes calls")
"""Verbs a document speaks by: the verbs of saying, and naming verbs that
give marked words as the document's ("describes the service as “…”")."""
_DOCUMENT_OBJECT = re.compile(
    r"\b(?:its|their|his|her|a|an|the|this|new)[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+){0,2}?"
    r"([a-z][\w-]*)\b"
)


def document_it_source(doc: Document, c: Candidate, people: People) -> Phrase | None:
    """The body whose document an opening "It" means, for marked words in a
    sentence "It says/describes ... “…”" right after a sentence that opens
    with a body and names a document ("The harbour board published its
    review last week. It describes the service as “…”"): the body's opening
    as the speaker phrase (it speaks through its document, as
    :func:`.reported.issuer_source` reads "issued a statement calling").
    ``None`` for any other shape; asked only of a partial quotation no other
    search gave a speaker."""
    text = doc.scan
    line = doc.lines[c.line].start
    begin = sentence_start(text, line, c.open)
    m = _IT_SAYS.match(text, begin, c.open)
    if m is None or m.group(1) not in _DOCUMENT_VERBS or begin <= line:
        return None
    before = sentence_start(text, line, begin - 1)
    if not any(
        d.group(1) in _THINGS or d.group(1) == "review"
        for d in _DOCUMENT_OBJECT.finditer(text, before, begin)
    ):
        return None
    body = body_opening(text, before, people.names)
    if body is None:
        return None
    name, description = body
    written = name or description
    return Phrase(before, before + len(written), text[before : before + len(written)], "before")


_IT_FINDS = re.compile(r"(?:And[ \u00a0]+it|It)[ \u00a0]+([a-z]+(?:s|d))\b")
"""A sentence opened by "It" (or "And it") and a verb in the present or
the past: "It finds", "And it concludes", "It found" (stop 45)."""
_FINDING_VERBS = words("finds concludes found concluded")
"""The verbs a report speaks its findings by, not among the verbs of saying
(:data:`_DOCUMENT_VERBS` has those, for a body's document)."""
_FINDING_THINGS = _THINGS | words("review")
"""Documents that find: :data:`_THINGS` and a review ("A 2023 review by the
National Audit Office ... It found"; not among the heads a description
speaks by, where "the review said" may be a reader's; stop 45)."""
_THE_THING = re.compile(
    r"(?:The|An?)[ \u00a0]+([a-z0-9]+)\b(?:[ \u00a0]+([a-z]+)\b)?"
    r"(?:[ \u00a0]+(?:by|from)[ \u00a0]+((?:the[ \u00a0]+)?[A-Z][\w-]*"
    r"(?:[ \u00a0]+(?:of[ \u00a0]+)?[A-Z][\w-]*){0,5}))?"
)
"""A sentence opened by "The" (or "A", "An"), at most one lower-case word
or a year and a noun, perhaps its author's name after "by" or "from": "The
report", "The final report", "A 2023 review by the National Audit Office"
(the name group 3, stop 45)."""


def report_it_source(doc: Document, c: Candidate) -> Phrase | None:
    """The document an opening "It finds"/"And it concludes" means, for
    marked words in its sentence: the document the sentence before opened
    with ("The report, published on Tuesday, is damning. It finds that
    maintenance was “…”"), past sentences of its own findings ("It finds
    that ... It finds that ..."), into the paragraph before only from a
    paragraph's first sentence. Its opening as the speaker phrase (a
    description). ``None`` for any other shape; asked only of a partial
    quotation no other search gave a speaker (one anchored match)."""
    text = doc.scan
    line = doc.lines[c.line].start
    begin = sentence_start(text, line, c.open)
    m = _IT_FINDS.match(text, begin, c.open)
    if m is None or m.group(1) not in _FINDING_VERBS:
        return None
    lo = line
    for _ in range(3):
        if begin <= lo:
            if lo != line or c.line == 0:
                return None
            lo = _previous_line_start(doc, line)
            begin = len(text[:line].rstrip())
        before = sentence_start(text, lo, begin - 1)
        thing = _THE_THING.match(text, before, begin)
        if thing is not None:
            if thing.group(1) in _FINDING_THINGS:
                end = thing.end(1)  # "The report was"
            elif thing.group(2) in _FINDING_THINGS:
                end = thing.end(2)  # "The final report"
                if thing.group(3) is not None:
                    end = thing.end(3)  # "A 2023 review by the National Audit Office"
            else:
                return None
            return Phrase(before, end, text[before:end], "before")
        if _IT_FINDS.match(text, before, begin) is None:
            return None
        begin = before
    return None
