"""The named subject of a verb of saying as the source of the marked words
it reports, when the attribution search could not reach it: ``Harlow shot
back in a statement, saying he had “made money in every market”``.

The attribution search (:func:`.attribution.before`) takes the subject of
the speech verb nearest the marks and gives up when that subject is out
of its reach: a participle whose main clause has an unusual verb ("shot
back", "hit back" are no verbs it knows), an object and a time phrase
before the participle ("endorsed Cruz last week, saying ..."), a second
verb after a conjunction ("defended the group but admitted “…”"). The
plain sentence subject (:mod:`.subject`) is not asked then either, as it
needs exactly one person named as a subject before the marks. Yet a
reader takes the marked words as the person's the sentence opens with,
and PolNeAR's annotators do too.

So a partial candidate with no speaker phrase is that person's partial
quotation when

* the sentence opens with a person's name (after at most a short opening
  phrase such as "At the debate,"): a run of capitalised words the
  analysis knows as a person named as a subject, or that expands to a
  full name seen earlier; not an organisation, not a possessive
  ("Harlow's campaign" is a description, someone else);
* a verb of saying or attributing (:data:`.lexicon.SPEECH_VERBS`,
  :data:`.lexicon.ATTRIBUTING_VERBS`; not "go", as in "goes by “Vito”"), or
  a naming verb with a subject of its own (:func:`.naming.names_actively`:
  ", calling him a “loser”"), stands between the name and the marks, not
  as a noun ("his call", "a report");
* no passive stands between the name and that verb ("Harlow was described
  as “…”": someone else's words).

It is asked too when the attribution search found a phrase that names
nobody ("now" in ``Harlow backed the plan, but now said it was “…”``,
"meanwhile" in ``Harlow, meanwhile, told ...``).

When the sentence opens with no such name, a person's name right before
the last such verb (past "has", "also", an adverb) is its subject: ``the
vote is notable in part because Speaker Lena Sousa has said she is “not
ready”`` (a clause the search cannot close: an "is" stands in the words
before the name).

Only a name: the same shapes with "he" or "she" for the subject, even one
whose gender the text shows, gave speakers right less often than the
average on the check half (evaluation/README.md, "Partial quotations,
stop 21"), and a partial quotation with a wrong speaker costs more than
it brings.

A document issued by the sentence's subject reports words for it too
(:func:`issuer_source`, stop 33): ``The harbour board issued a statement
calling the pier “a waste”``. The subject may be an organisation or a
description here, as the statement is its own.
"""

from __future__ import annotations

import bisect
import re

from quotemark.library.analyze.attribution import Phrase, sentence_start, tokens_between
from quotemark.library.analyze.document import Document
from quotemark.library.analyze.lexicon import (
    ATTRIBUTING_VERBS,
    DETERMINERS,
    PLURAL_PEOPLE,
    PREPOSITIONS,
    SPEECH_VERBS,
    words,
)
from quotemark.library.analyze.names import clean, looks_like_organisation, looks_plural
from quotemark.library.analyze.naming import names_actively
from quotemark.library.analyze.quotes import Candidate
from quotemark.library.analyze.speakers import People

MAX_LEAD = 5
"""Words of an opening phrase ("At the debate,") allowed before the name."""

_VERBS = (SPEECH_VERBS | ATTRIBUTING_VERBS) - words("go goes went")
_OPENERS = words(
    "the a an but and so yet or in on at after before during when while as if since "
    "although though because with without for from by to of this that these those it "
    "there here what which who why how some many most all both each every no one i"
)
"""Words that open a sentence but no name: after them comes an opening
phrase (skipped up to its comma) or a description (no source here)."""
_NAME_WORD = re.compile(r"[A-Z][\w\u2019'.-]*,?")
_BETWEEN = words("also has have had later then again often repeatedly once now even just")
"""Words between a subject and its verb ("Sousa has also said")."""
MAX_NAME = 4
"""Words of a name right before its verb."""
_POSSESSIVE = re.compile(r"['\u2019]s?,?$")
_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|been|being|be|get|gets|got)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b",
    re.IGNORECASE,
)


Span = tuple[str, int, int]


def reported_source(doc: Document, c: Candidate, people: People) -> Phrase | None:
    """The person ``c``'s sentence reports as saying the marked words, as
    a speaker phrase (how ``"before"``, ``verb_end`` after the reporting
    verb): the name the sentence opens with, else a name right before the
    last reporting verb; ``None`` when the sentence reports them as no
    named person's (see the module doc)."""
    text = doc.scan
    spans = _sentence_spans(doc, c)
    verbs = [k for k in range(1, len(spans)) if _reports(spans, k)]
    if not verbs:
        return None
    found = _opening_name(spans, people)
    if found is not None:
        start, end = found
        verb = verbs[-1]
        if verb < end or (
            _PASSIVE.search(text, spans[end - 1][2], spans[verb][2]) and not _as_saying(spans, verb)
        ):
            return None  # "Harlow was described as “…”": someone else's words
    else:
        verb = verbs[-1]
        at = _before_passive(spans, verb)
        found = _name_before(spans, at, people, appositive=at != verb)
        if found is None and len(verbs) > 1 and clean(spans[verb][0]).endswith("ing"):
            # `“…,” Lind told reporters, before insisting she had a “…”`: a
            # participle's subject is the clause's, named before its verb.
            found = _name_before(spans, verbs[-2], people)
        if found is None:
            return None
        start, end = found
    return _phrase(text, spans[start][1], spans[end - 1][2], spans[verb][2])


def _as_saying(spans: list[Span], verb: int) -> bool:
    """Is the reporting verb a participle after "as" ("Sam Wren is recorded
    as saying that ..."): the passive before it reports the subject's own
    words, not words said of the subject (s44-refs)."""
    participle = clean(spans[verb][0]).lower()
    return clean(spans[verb - 1][0]).lower() == "as" and participle.endswith("ing")


_BE = frozenset(("is", "are", "was", "were", "been"))


def _before_passive(spans: list[Span], verb: int) -> int:
    """Where the name before a reporting participle after a passive stands:
    before "is recorded as" in "Sam Wren is recorded as saying" (token
    ``verb`` itself otherwise)."""
    if (
        verb >= 3
        and _as_saying(spans, verb)
        and clean(spans[verb - 3][0]).lower() in _BE
        and clean(spans[verb - 2][0]).lower().endswith(("ed", "en"))
    ):
        return verb - 3
    return verb


def _sentence_spans(doc: Document, c: Candidate) -> list[Span]:
    """The words of ``c``'s sentence before its opening mark, with where
    each stands."""
    text = doc.scan
    begin = sentence_start(text, doc.lines[c.line].start, c.open)
    return tokens_between(text, begin, c.open)


def _phrase(text: str, s: int, e: int, verb_end: int) -> Phrase:
    """The speaker phrase ``text[s:e]`` without its closing commas."""
    while e > s and text[e - 1] == ",":
        e -= 1
    return Phrase(s, e, text[s:e], "before", verb_end)


def _reports(spans: list[Span], k: int) -> bool:
    """Is ``spans[k]`` a verb that reports words (of saying, attributing,
    or naming with a subject of its own), not a noun ("his call")?"""
    token = spans[k][0]
    if not token[:1].islower():
        return False
    if clean(token).lower() not in _VERBS and not names_actively(spans, k):
        return False
    previous = spans[k - 1][0]
    return clean(previous).lower() not in DETERMINERS and not _POSSESSIVE.search(previous)


def _opening_name(spans: list[Span], people: People) -> tuple[int, int] | None:
    """The person's name the sentence opens with (after a short opening
    phrase), as a token range."""
    start = 0
    if clean(spans[0][0]).lower() in _OPENERS:
        for k, (token, _s, _e) in enumerate(spans[: MAX_LEAD + 1]):
            if token.endswith(","):
                start = k + 1  # past "At the debate,"
                break
    if start >= len(spans) or clean(spans[start][0]).lower() in _OPENERS:
        return None
    end = start
    while end < len(spans) and _NAME_WORD.fullmatch(spans[end][0]):
        end += 1
        if spans[end - 1][0].endswith(","):
            break  # "Harlow, a former mayor, ...": the name ends at the comma
    return (start, end) if _person(spans, start, end, people) else None


def _name_before(
    spans: list[Span], verb: int, people: People, *, appositive: bool = False
) -> tuple[int, int] | None:
    """The person's name right before token ``verb`` (past "has", "also",
    an adverb): "in part because Speaker Lena Sousa has said he is “…”".
    With ``appositive`` the name may close with a comma, as an apposition's
    does ("the board's engineer, Sam Wren, is recorded as saying")."""
    end = verb
    while (
        end > 0
        and spans[end - 1][0][:1].islower()
        and (clean(spans[end - 1][0]).lower() in _BETWEEN or spans[end - 1][0].endswith("ly"))
    ):
        end -= 1
    start = end
    if appositive and start > 0 and spans[start - 1][0].endswith(","):
        if not _NAME_WORD.fullmatch(spans[start - 1][0]):
            return None
        start -= 1
    while (
        start > 0
        and end - start < MAX_NAME
        and _NAME_WORD.fullmatch(spans[start - 1][0])
        and not spans[start - 1][0].endswith(",")
    ):
        start -= 1
    if start == end or clean(spans[start][0]).lower() in _OPENERS:
        return None
    return (start, end) if _person(spans, start, end, people) else None


def _person(spans: list[Span], start: int, end: int, people: People) -> bool:
    """Are ``spans[start:end]`` a person the text names (a subject the
    people pass found there, or a surname of a full name seen), not an
    organisation nor a possessive ("Harlow's campaign": a description)?"""
    if start >= end or any(_POSSESSIVE.search(t) for t, _s, _e in spans[start:end]):
        return False
    name = " ".join(clean(token) for token, _s, _e in spans[start:end])
    if looks_like_organisation(name):
        return False
    at = bisect.bisect_left(people.positions, spans[start][1])
    if at < len(people.positions) and people.positions[at] < spans[end - 1][2]:
        return True
    return len(people.full(name).split()) > 1


_ISSUING = words("issued issues released releases published publishes sent sends")
"""Verbs by which a subject puts out a document that then speaks for it."""
_DOCUMENTS = words("statement report letter memo release")
"""Documents whose words are their issuer's ("issued a statement calling")."""
_DOCUMENT_REACH = 4
"""Words allowed between the document and the participle that reports
words for it ("a report this month charging")."""
MAX_ISSUER = 8
"""Words of the issuer's phrase."""
_REPORTING_PARTICIPLES = _VERBS | words(
    "calling dubbing labeling labelling branding terming charging"
)
"""Participles by which a document reports words: of saying or attributing,
naming ("a statement calling the test “…”"), and "charging ... with"."""
_AUTHORED = words("by from of")
"""Words that give a document another author ("a report by Ada Lind")."""
_RELAYING = words("quoting citing showing featuring")
"""Participles by which a document passes on someone else's words ("a
report quoting residents calling the pier “…”"): the issuer's no more
(stop-33 review)."""


def issuer_source(doc: Document, c: Candidate) -> Phrase | None:
    """The subject of a sentence whose document reports the marked words:
    ``The harbour board issued a statement calling the pier “a waste”``,
    ``The museum issued a report this month charging the firm with “…”``:
    a verb of issuing, its object a statement or report, then a participle
    of saying, attributing or naming within a few words; the sentence's
    subject (after an opening phrase set off by a comma), up to the verb,
    is the speaker phrase. ``None`` for any other shape."""
    text = doc.scan
    spans = _sentence_spans(doc, c)
    for k in range(2, len(spans)):
        if clean(spans[k][0]).lower() not in _DOCUMENTS or spans[k][0].endswith(","):
            continue
        determiner = clean(spans[k - 1][0]).lower()
        verb = k - 2
        if determiner not in DETERMINERS or clean(spans[verb][0]).lower() not in _ISSUING:
            continue
        reports = next(
            (
                j
                for j in range(k + 1, min(len(spans), k + 1 + _DOCUMENT_REACH))
                if clean(spans[j][0]).lower().endswith("ing")
                and clean(spans[j][0]).lower() in _REPORTING_PARTICIPLES
            ),
            None,
        )
        if reports is None:
            return None
        if any(clean(spans[j][0]).lower() in _RELAYING for j in range(k + 1, len(spans))):
            return None  # "a report quoting residents calling the pier “…”": theirs
        if any(clean(spans[j][0]).lower() in _AUTHORED for j in range(k + 1, reports)):
            return None  # "published a letter from residents calling ...": theirs
        # Past an opening phrase set off by a comma ("After the vote, ...").
        start = max((i + 1 for i in range(verb) if spans[i][0].endswith(",")), default=0)
        subject = spans[start:verb]
        if not subject or len(subject) > MAX_ISSUER:
            return None
        s, e = subject[0][1], subject[-1][2]
        return Phrase(s, e, text[s:e], "before", spans[reports][2])
    return None


_VIEW_LEADS = frozenset(["For", "To"])
"""Capitalised words opening a sentence with whose view it gives ("For
Lind, “…”", "To the fishermen, “…”")."""
_VIEW_DETERMINERS = DETERMINERS | words("many most some few all both his her their its")
_VIEW_TRAILING = words("today now")
"""Words after the people of a view that are no part of them ("For most
fishermen today,")."""
_NOT_PEOPLE = words(
    "minutes hours days weeks months years decades centuries generations ages times "
    "reasons purposes example instance now once sure date starters"
)
"""Plurals and words after "For"/"To" that open no view ("For years,",
"For now,", "To date,", "For starters,")."""
_QUANTIFIERS = words("many most some few")
"""Words after which a plural of any form is read as people ("For many
enthusiasts,"), as a plural of people's form is without them."""
FINDINGS = words("poll polls survey surveys study studies report analysis")
"""Documents that speak for themselves ("In a survey released Monday, “…”")."""
_AUTHORED_DOCUMENTS = FINDINGS | words("statement letter memo interview post op-ed editorial")
"""Documents whose author a "by" names ("In a statement released by Lind")."""
MAX_VIEW = 9
"""Words of the phrase after "For", "To", "In" or "As"."""


def viewpoint_source(doc: Document, c: Candidate, people: People) -> Phrase | None:
    """The source a sentence's opening phrase gives the marked words that
    follow it straight after its comma, with no verb of saying at all:
    ``For the fishermen, “the pier is a relic”`` (whose view it is: people,
    a person the text names), ``In a survey released Monday, “most residents
    want it closed”`` (the finding's: the survey, or whoever a "by" after it
    names: ``In a statement released by Ada Lind, “…”``), ``As the Gazette
    revealed, “…”`` (the report's: the name before the verb, or after "As
    reported by"). ``None`` for any other opening ("For years,", "To date,",
    "In the morning,")."""
    text = doc.scan
    spans = _sentence_spans(doc, c)
    if not 2 <= len(spans) <= MAX_VIEW + 1 or not spans[-1][0].endswith(","):
        return None
    if any(t.endswith((",", ";", ":")) for t, _s, _e in spans[:-1]):
        return None  # one opening phrase, then the marks
    lead = spans[0][0]
    body = spans[1:]
    if lead in _VIEW_LEADS:
        found = _view_holder(body, people)
    elif lead == "In":
        found = _finding(body)
    elif lead == "As":
        found = _as_reported(body)
    else:
        return None
    if found is None:
        return None
    return _phrase(text, body[found[0]][1], body[found[1] - 1][2], spans[-1][2])


def _view_holder(body: list[Span], people: People) -> tuple[int, int] | None:
    """After "For"/"To": people (a plural of people, "many activists",
    "Lind's supporters") or a person the text names ("Lind", "harbour
    consultant Ada Lind"), as a token range of ``body``."""
    end = len(body)
    while end > 1 and clean(body[end - 1][0]).lower() in _VIEW_TRAILING:
        end -= 1
    words_ = [clean(t).lower() for t, _s, _e in body[:end]]
    if any(w in _NOT_PEOPLE for w in words_) or words_[0] in {"be", "make", "put", "say"}:
        return None
    last = clean(body[end - 1][0])
    head = last.lower()
    # A plural of people ("voters", "the fishermen"), a capitalised plural
    # ("most Democrats"), or any plural after "many", "most" ("many Obama
    # enthusiasts"); not things ("For the records,", "For all its flaws,").
    plural = PLURAL_PEOPLE.fullmatch(head) is not None or (
        looks_plural(head) and (last[:1].isupper() or words_[0] in _QUANTIFIERS)
    )
    if plural and (last[:1].islower() or (end > 1 and words_[0] in _VIEW_DETERMINERS)):
        return (0, end)  # "For many activists,", "For Lind's supporters,"
    start = end
    while start > 0 and _NAME_WORD.fullmatch(body[start - 1][0].rstrip(",")):
        start -= 1
    if start == end or not _person(body, start, end, people):
        return None
    return (0, end)  # "To Frank,", "To harbour consultant Hale,"


def _finding(body: list[Span]) -> tuple[int, int] | None:
    """After "In": a phrase holding a poll, survey, study or report ("a
    survey released Monday", "exit polls"), or a document whose author a
    "by" names (the author then: "a statement released by Ada Lind")."""
    words_ = [clean(t).lower() for t, _s, _e in body]
    at = next((i for i, w in enumerate(words_) if w in _AUTHORED_DOCUMENTS), None)
    if at is None:
        return None
    by = next((i for i in range(at + 1, len(words_)) if words_[i] == "by"), None)
    if by is not None and by + 1 < len(body) and words_[by - 1] not in _COMMISSIONING:
        author = by + 1
        if words_[author] in DETERMINERS and author + 1 < len(body):
            author += 1
        if body[author][0][:1].isupper():
            # "... released by Ada Lind": hers; up to what the document is
            # about or to whom it went ("by the Gazette on Tom Hale").
            end = next(
                (i for i in range(author + 1, len(body)) if _after_author(body, words_, i)),
                len(body),
            )
            return (by + 1, end)
    if words_[at] not in FINDINGS:
        return None  # "In a statement,": whose, the sentence does not say
    return (0, len(body))


_COMMISSIONING = words("commissioned funded paid sponsored financed ordered requested")
"""Verbs before "by" that name who paid for or asked for a document, not
who wrote it ("a report commissioned by Tom Hale")."""


def _after_author(body: list[Span], words_: list[str], i: int) -> bool:
    """Does ``body[i]`` end a document's author's name: a lower-case
    preposition ("on Tom Hale", "to Ada Lind", "on Monday"), except "of"
    inside a name ("the University of Ashton")?"""
    if not body[i][0][:1].islower() or words_[i] not in PREPOSITIONS:
        return False
    return words_[i] != "of" or i + 1 >= len(body) or not body[i + 1][0][:1].isupper()


_REVEALING = _VERBS | words("revealed disclosed detailed documented")
"""Verbs after "As <a name>" or before "by <a name>" that report what the
marks hold ("As the Gazette revealed,", "As reported by the Gazette,")."""
_REPORT_ADVERBS = words("first previously earlier originally")


def _as_reported(body: list[Span]) -> tuple[int, int] | None:
    """After "As": "reported by the Gazette" (what follows "by"), or "the
    Gazette revealed" (the name before the verb), as a token range of
    ``body``; the name capitalised."""
    words_ = [clean(t).lower() for t, _s, _e in body]
    at = 0
    while at < len(words_) and words_[at] in _REPORT_ADVERBS:
        at += 1
    if at + 2 < len(body) and words_[at] in _REVEALING and words_[at + 1] == "by":
        author = at + 2
        named = author + 1 if words_[author] in DETERMINERS else author
        if named < len(body) and body[named][0][:1].isupper():
            return (author, len(body))  # "As reported by the Gazette,"
        return None
    if len(body) < 2 or words_[-1] not in _REVEALING:
        return None
    subject = body[:-1]
    start = 1 if words_[0] in DETERMINERS else 0
    if start >= len(subject) or not all(t[:1].isupper() for t, _s, _e in subject[start:]):
        return None
    return (0, len(subject))  # "As the Gazette revealed,"
