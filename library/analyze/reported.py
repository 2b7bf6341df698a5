"""The named subject of a sentence as the source of marked words that a
verb of saying, later in the sentence, reports: ``Harlow shot back in a
statement, saying he had “made money in every market”``.

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

Only a name: the same shapes with "he" or "she" for the subject, even one
whose gender the text shows, gave speakers right less often than the
average on the check half (evaluation/README.md, "Partial quotations,
stop 21"), and a partial quotation with a wrong speaker costs more than
it brings.
"""

from __future__ import annotations

import bisect
import re

from quotemark.library.analyze.attribution import Phrase, sentence_start
from quotemark.library.analyze.document import Document
from quotemark.library.analyze.lexicon import (
    ATTRIBUTING_VERBS,
    DETERMINERS,
    SPEECH_VERBS,
    words,
)
from quotemark.library.analyze.names import clean, looks_like_organisation
from quotemark.library.analyze.naming import names_actively
from quotemark.library.analyze.quotes import Candidate
from quotemark.library.analyze.speakers import People

MAX_LEAD = 5
"""Words of an opening phrase ("At the debate,") allowed before the name."""

_TOKEN = re.compile(r"\S+")
_VERBS = (SPEECH_VERBS | ATTRIBUTING_VERBS) - words("go goes went")
_OPENERS = words(
    "the a an but and so yet or in on at after before during when while as if since "
    "although though because with without for from by to of this that these those it "
    "there here what which who why how some many most all both each every no one i"
)
"""Words that open a sentence but no name: after them comes an opening
phrase (skipped up to its comma) or a description (no source here)."""
_NAME_WORD = re.compile(r"[A-Z][\w\u2019'.-]*,?")
_POSSESSIVE = re.compile(r"['\u2019]s?,?$")
_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|been|being|be|get|gets|got)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b",
    re.IGNORECASE,
)


def reported_source(doc: Document, c: Candidate, people: People) -> Phrase | None:
    """The person's name opening ``c``'s sentence as its speaker phrase
    (how ``"before"``, ``verb_end`` after the reporting verb), or ``None``
    when the sentence does not report the marked words as theirs (see the
    module doc)."""
    text = doc.scan
    begin = sentence_start(text, doc.lines[c.line].start, c.open)
    spans = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, begin, c.open)]
    if not spans:
        return None
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
        if _POSSESSIVE.search(spans[end][0]):
            return None  # "Harlow's campaign": a description
        end += 1
        if spans[end - 1][0].endswith(","):
            break  # "Harlow, a former mayor, ...": the name ends at the comma
    if end == start:
        return None
    name = " ".join(clean(token) for token, _s, _e in spans[start:end])
    at = bisect.bisect_left(people.positions, spans[start][1])
    named = at < len(people.positions) and people.positions[at] < spans[end - 1][2]
    if (not named and len(people.full(name).split()) < 2) or looks_like_organisation(name):
        return None  # no person the text names
    verb_end = -1
    for k in range(end, len(spans)):
        token = spans[k][0]
        if not token[:1].islower():
            continue
        if clean(token).lower() not in _VERBS and not names_actively(spans, k):
            continue
        previous = spans[k - 1][0]
        if clean(previous).lower() in DETERMINERS or _POSSESSIVE.search(previous):
            continue  # "his call", "a report": a noun
        verb_end = spans[k][2]
    if verb_end < 0 or _PASSIVE.search(text, spans[end - 1][2], verb_end):
        return None
    s, e = spans[start][1], spans[end - 1][2]
    while e > s and text[e - 1] == ",":
        e -= 1
    return Phrase(s, e, text[s:e], "before", verb_end)
