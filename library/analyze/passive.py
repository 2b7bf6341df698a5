"""A passive naming verb before marked words ("called", "dubbed",
"labelled", "described as"): the words are the agent's, never the
subject's.

``Tomas Berg was described by the council as “…”``, ``Berg was called
“a coward” by the mayor`` and ``Berg has been labelled “a menace” by
critics`` report someone else's words about Berg: the "by" phrase (the
agent) is the speaker, a name or, when the text names no one, the
description. With no agent (``Berg was described as “…”``) the subject is
still not the speaker; the other rules decide, and most find nobody.

Only when the passive governs the marks: nothing but "by" and its agent,
"as" and an article stand between the verb and them ("has been called a
charlatan by critics for promoting “…”" names something else).

:func:`passive_source` is asked before the attribution search
(:func:`.attribution.before`), which would take the subject of the verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotemark.library.analyze.attribution import (
    ASKING,
    Phrase,
    after_last_double,
    asker_end,
    sentence_start,
    tokens_between,
)
from quotemark.library.analyze.document import Document
from quotemark.library.analyze.lexicon import (
    ATTRIBUTING_VERBS,
    NAMING_AS_VERBS,
    NAMING_VERBS,
    words,
)
from quotemark.library.analyze.marks import ALL_DOUBLE
from quotemark.library.analyze.names import clean

_BE = words("is are was were be been being")
_FINITE = words("is are was were been")
"""A passive of its own clause ("was", "has been"), not a gerund or an
infinitive ("about being described as", "to be called"): those leave the
sentence's subject to the other rules."""
_BETWEEN = words("has have had also often repeatedly once later then again even never just not")
"""Words between the subject and the participle ("has also been")."""
_VERBS = NAMING_VERBS | NAMING_AS_VERBS | words("describe describes described")
"""Verbs that name or describe someone in another's words. Other verbs of
saying in the passive ("was asked about the “…” comment", "was said to be
“furious”") do not make the marks the agent's words."""
_JUDGING = frozenset(verb for verb in ATTRIBUTING_VERBS if verb.endswith("ed")) - _VERBS
"""Participles of judging ("praised", "hailed", "slammed", "dismissed"):
a passive of its own only with "as" before the marks ("was praised as “…”
by Ada Lind"); the marks are the agent's words, as after "described as"
(review 2, stop 39)."""
_ARTICLES = words("a an the")
MAX_AGENT = 10
"""Words of an agent phrase."""
_AGENT_END = re.compile(r"[,;:.!?\u2014\u2013()]|\s(?:as|in|on|at|after|during|when|for)\s")
_AFTER_CLOSE = re.compile(r"[\s,]*by\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Passive:
    """What a passive before the marks says: ``agent`` is the speaker
    phrase, ``None`` when the passive has no agent."""

    agent: Phrase | None


def _word(token: str) -> str:
    return clean(token).lower()


def _participle(word: str) -> bool:
    return word.endswith("ed")


_PASSIVE_VERBS = _VERBS | _JUDGING | ASKING
"""Every verb :func:`passive_source` reads a passive of: naming, judging
(before "as") and asking (before "by" and the asker)."""
_PARTICIPLES = tuple(sorted(verb for verb in _PASSIVE_VERBS if _participle(verb)))
"""The verbs a passive here is written with: a window holding none of them
in lower case holds no passive (:func:`passive_source`'s pre-test)."""


def passive_source(doc: Document, open_at: int, close: int, line_start: int) -> Passive | None:
    """``None`` when the last naming verb before the opening
    mark at ``open_at`` (in its sentence) is no passive; else the passive,
    with its agent: after "by" before the marks ("described by the council
    as"), or right after the closing mark at ``close`` ("“…” by the mayor")."""
    text = doc.scan
    start = sentence_start(text, line_start, open_at)
    start = after_last_double(text, start, open_at)  # not over an earlier quotation
    window = text[start:open_at].lower()
    if not any(participle in window for participle in _PARTICIPLES):
        # (Asked of every quotation: most sentences hold none of the
        # participles, whose token's word would be written, in lower case,
        # in the window's; the sentence is then not split into tokens;
        # s38-speed.)
        return None
    tokens = tokens_between(text, start, open_at)
    verb = -1
    for n in range(len(tokens) - 1, 0, -1):
        token = tokens[n][0]
        if token[:1].islower() and _word(token) in _PASSIVE_VERBS:
            verb = n
            break
    if verb < 1:
        return None
    verb_word = _word(tokens[verb][0])
    if not _participle(verb_word):
        return None
    if verb_word in _JUDGING and not _as_last(tokens[verb + 1 :]):
        return None  # "was praised for “…”": no words named as another's
    if verb_word in ASKING and not _asked_by(tokens, verb):
        return None  # "was asked about the “…” comment": no question of another's
    k = verb - 1
    be = False
    while k >= 0:
        word = _word(tokens[k][0])
        if word in _BE:
            be = be or word in _FINITE
        elif not (word in _BETWEEN or (word.endswith("ly") and tokens[k][0][:1].islower())):
            break
        k -= 1
    if not be or k < 0 or tokens[k][0].endswith((",", ";", ":")):
        return None  # no subject before the passive ("..., was described as")
    if _word(tokens[k][0]) in {"what", "which", "who", "that", "as"}:
        return None  # "what was called “…”": a clause of its own
    rest = [_word(t) for t, _s, _e in tokens[verb + 1 :]]
    if rest and rest[-1] in _ARTICLES:
        rest = rest[:-1]  # "was dubbed the “…”"
    if rest and rest[-1] == "as":
        rest = rest[:-1]  # "was described as “…”"
    if not rest:
        m = _AFTER_CLOSE.match(text, close + 1)
        if m is None:
            return Passive(None)
        return Passive(_agent(text, m.end(), min(len(text), m.end() + 200), "after", -1))
    if rest[0] != "by" or len(rest) == 1 or tokens[verb + len(rest)][0].endswith((",", ";")):
        return None  # "has been called a charlatan by ... for promoting “…”": not these
    agent = _agent(
        text, tokens[verb + 1][2], tokens[verb + len(rest)][2], "before", tokens[verb][2]
    )
    if agent is None or agent.end < tokens[verb + len(rest)][2]:
        return None  # the "by" phrase ends before the marks: it governs something else
    return Passive(agent)


def _asked_by(tokens: list[tuple[str, int, int]], verb: int) -> bool:
    """Is the question the asker's: "by" and a short noun phrase right
    before the marks after "asked" ("was asked by host Ada Lind “…”"; see
    :func:`.attribution.asker_end`), with no comma between?"""
    return asker_end(tokens, verb) == len(tokens) - 1 and not tokens[-1][0].endswith(",")


def _as_last(rest: list[tuple[str, int, int]]) -> bool:
    """Do the words between a participle and the marks end with "as" (or
    "as" and an article)?"""
    words_ = [_word(t) for t, _s, _e in rest]
    if words_ and words_[-1] in _ARTICLES:
        words_ = words_[:-1]
    return bool(words_) and words_[-1] == "as"


def _agent(text: str, start: int, stop: int, how: str, verb_end: int) -> Phrase | None:
    """The agent phrase from ``start``: up to a punctuation mark or a
    preposition opening a phrase of its own ("by critics in the town")."""
    m = _AGENT_END.search(text, start, stop)
    if m is not None:
        stop = m.start()
    while start < stop and text[start] in " \u00a0":
        start += 1
    while stop > start and text[stop - 1] in " ,.\u00a0":
        stop -= 1
    phrase = text[start:stop]
    if not phrase or len(phrase.split()) > MAX_AGENT or any(c in ALL_DOUBLE for c in phrase):
        return None
    return Phrase(start, stop, phrase, how, verb_end)
