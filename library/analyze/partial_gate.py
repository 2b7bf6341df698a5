"""A learned second look at marked spans the rules drop as scare quotes.

The rules drop a partial quotation whose sentence names nobody saying it,
and a word or two in marks with no attribution. PolNeAR's annotators count
many such spans as quotations (``offered “my thoughts and prayers for ...”``
two sentences after the speaker is named), and many are not (titles, terms,
``the “Cadillac tax”``). Keeping one helps only when it is a quotation *and*
the speaker it gets (the previous quotation's, carried over, or the person
in focus) is right about as often as the analysis's other speakers.

So two logistic regressions weigh the same features of the span (its
length and look, the word before its opening mark, a verb of saying near,
how its speaker would be found and whether that person is named in its
sentence): one for "a quotation", one for "its speaker is right" (trained on
the quotations only). A span is kept when both reach their thresholds.
The weights come from ``python -m evaluation.train_partial`` (``make
train-partial``) on PolNeAR train's **tune** half only, and are shipped as
``quotemark/resources/partial_gate.json``; here they are applied as a dot
product in plain Python (no numpy at run time). Without that file the gate
keeps nothing, so the rules alone decide.

``RECORD`` is the training script's hook: when set, every span asked about
is passed to it with its features and the speaker it would get, and the
gate keeps nothing (the rules' own output is recorded).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache

from quotemark.library.analyze.lexicon import PRONOUNS, SPEECH_VERBS, words
from quotemark.library.analyze.quotes import is_title
from quotemark.library.analyze.shipped import shipped_text

FEATURES = (
    "bias",
    "one_word",
    "two_words",
    "three_to_five_words",
    "partial",
    "no_phrase",
    "phrase_not_credible",
    "capitalised",
    "title_like",
    "ends_in_sentence_punctuation",
    "ends_in_comma",
    "after_naming_word",
    "after_as",
    "after_article",
    "after_of",
    "after_to",
    "after_and_or",
    "after_work_noun",
    "after_capitalised_word",
    "opens_sentence",
    "speech_verb_in_sentence",
    "speech_verb_in_previous_sentence",
    "pronoun_in_sentence",
    "no_subject_in_sentence",
    "several_subjects_in_sentence",
    "other_quote_in_paragraph",
    "heading_like_line",
    "speaker_carried_over",
    "speaker_in_focus",
    "speaker_sure_before",
    "speaker_named_in_sentence",
    "speaker_named_in_paragraph",
    "previous_quote_same_paragraph",
)
"""The feature names, in the order :func:`features` returns them."""

_NAMING = words(
    "called calls calling dubbed dubs labeled labelled labels termed terms branded brands "
    "described describes describing deemed"
)
_ARTICLES = words("the a an")
_WORKS = words(
    "movie film show program programme series book novel song album anthem documentary "
    "podcast titled entitled headline hashtag slogan tag magazine newspaper play"
)
_PUNCTUATION = "\u201c\u201d\u2018\u2019\"'.,;:!?()"

RESOURCE = "partial_gate.json"

Record = Callable[[int, int, tuple[float, ...], str | None], None]
RECORD: Record | None = None
"""When set: called with (span start, span end, features, speaker name)
for every span asked about; the gate then keeps nothing."""


@dataclass(frozen=True, slots=True)
class Model:
    """Two weight vectors (in :data:`FEATURES` order) and their thresholds."""

    quotation: tuple[float, ...]
    speaker: tuple[float, ...]
    quotation_threshold: float
    speaker_threshold: float


@dataclass(frozen=True, slots=True)
class Context:
    """What the analysis knows around one marked span (offsets into the
    document's scan text)."""

    text: str
    start: int  # first quoted character
    end: int  # one past the last
    open: int  # the opening mark
    words: int
    partial: bool
    no_phrase: bool  # no speaker phrase at all (else one the analysis distrusts)
    sentence: tuple[int, int]
    previous_sentence_start: int
    line: tuple[int, int]
    subjects_in_sentence: int  # people named as a subject before the marks
    other_quote_in_line: bool
    speaker: str | None
    carried: bool  # the speaker is the previous quotation's
    speaker_confidence: float  # of the speaker carried over (0 when not)
    previous_quote_same_line: bool


def load(raw: str) -> Model:
    """A model from the JSON text ``make train-partial`` writes."""
    data = json.loads(raw)
    if list(data["features"]) != list(FEATURES):
        raise ValueError(f"{RESOURCE}: its features are not partial_gate.FEATURES")
    quotation = tuple(float(w) for w in data["quotation"]["weights"])
    speaker = tuple(float(w) for w in data["speaker"]["weights"])
    if len(quotation) != len(FEATURES) or len(speaker) != len(FEATURES):
        raise ValueError(f"{RESOURCE}: a weight vector has the wrong length")
    return Model(
        quotation,
        speaker,
        float(data["quotation"]["threshold"]),
        float(data["speaker"]["threshold"]),
    )


_chosen: list[Model | None] = []


@contextmanager
def using(model: Model | None) -> Iterator[None]:
    """Analyse with ``model`` (``None``: the rules alone) instead of the
    shipped one inside the block: how the evaluation and the tests try a
    model that is not shipped."""
    _chosen.append(model)
    try:
        yield
    finally:
        _chosen.pop()


def active() -> Model | None:
    """The model in use: one chosen with :func:`using`, else the shipped one."""
    return _chosen[-1] if _chosen else shipped()


@cache
def shipped() -> Model | None:
    """The shipped model, or ``None`` when the file is absent."""
    text = shipped_text(RESOURCE)
    return load(text) if text is not None else None


def probability(weights: tuple[float, ...], values: tuple[float, ...]) -> float:
    """The logistic of the dot product."""
    z = sum(w * v for w, v in zip(weights, values, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _word_before(text: str, lo: int, at: int) -> str:
    """The word right before the opening mark at ``at`` (lower-case), or
    "" when a sentence end or the line start comes first."""
    i = at - 1
    while i >= lo and not text[i].isalnum():
        if text[i] in ".!?:":
            return ""
        i -= 1
    j = i
    while j >= lo and (text[j].isalnum() or text[j] in "-\u2019'"):
        j -= 1
    return text[j + 1 : i + 1].lower()


def _capitalised_before(text: str, lo: int, at: int) -> bool:
    """Is the word before the opening mark capitalised and not the
    sentence's first ("CNBC's “…”", "Sen. “…”")?"""
    i = at - 1
    while i >= lo and text[i] in " \u00a0":
        i -= 1
    j = i
    while j >= lo and not text[j].isspace():
        j -= 1
    word = text[j + 1 : i + 1]
    k = j
    while k >= lo and text[k] in " \u00a0":
        k -= 1
    return word[:1].isupper() and k >= lo and text[k] not in ".!?:\u2028\n"


def _has(text: str, lo: int, hi: int, vocabulary: frozenset[str]) -> bool:
    return any(w.strip(_PUNCTUATION).lower() in vocabulary for w in text[lo:hi].split())


def _names(text: str, lo: int, hi: int, name: str | None) -> bool:
    """Is ``name``'s last word written between ``lo`` and ``hi``?"""
    if not name or hi <= lo:
        return False
    last = name.split()[-1]
    return len(last) > 1 and last in text[lo:hi]


def features(ctx: Context) -> tuple[float, ...]:
    """The features of one span (see :data:`FEATURES`); bounded work (the
    span's sentence, the one before it and its line)."""
    text = ctx.text
    content = text[ctx.start : ctx.end].strip()
    first = next((ch for ch in content if ch.isalpha()), "")
    before = _word_before(text, ctx.line[0], ctx.open)
    s_lo, s_hi = ctx.sentence
    line_text = text[ctx.line[0] : ctx.line[1]].strip()
    heading = (
        bool(line_text)
        and line_text[-1] not in ".!?\"\u201d\u2019'"
        and (len(line_text.split()) < 14)
    )
    values = (
        True,
        ctx.words == 1,
        ctx.words == 2,
        3 <= ctx.words <= 5,
        ctx.partial,
        ctx.no_phrase,
        not ctx.no_phrase,
        first.isupper(),
        is_title(content.rstrip(".!?,")),
        content[-1:] in (".", "!", "?"),
        text[ctx.end : ctx.end + 1] == "," or content[-1:] == ",",
        before in _NAMING,
        before == "as",
        before in _ARTICLES,
        before == "of",
        before == "to",
        before in ("and", "or"),
        before in _WORKS,
        _capitalised_before(text, ctx.line[0], ctx.open),
        not text[s_lo : ctx.open].strip(),
        _has(text, s_lo, s_hi, SPEECH_VERBS),
        _has(text, ctx.previous_sentence_start, s_lo, SPEECH_VERBS),
        _has(text, s_lo, ctx.open, PRONOUNS),
        ctx.subjects_in_sentence == 0,
        ctx.subjects_in_sentence > 1,
        ctx.other_quote_in_line,
        heading,
        ctx.speaker is not None and ctx.carried,
        ctx.speaker is not None and not ctx.carried,
        ctx.carried and ctx.speaker_confidence >= 0.85,
        _names(text, s_lo, ctx.open, ctx.speaker),
        _names(text, ctx.line[0], ctx.open, ctx.speaker),
        ctx.previous_quote_same_line,
    )
    return tuple(float(v) for v in values)


def keeps(ctx: Context, model: Model | None = None) -> bool:
    """Keep the span as a quotation with ``ctx.speaker``? Only a span with
    a speaker, and only when both models reach their thresholds."""
    if RECORD is not None:
        RECORD(ctx.start, ctx.end, features(ctx), ctx.speaker)
        return False
    model = model if model is not None else active()
    if model is None or ctx.speaker is None:
        return False
    values = features(ctx)
    return (
        probability(model.quotation, values) >= model.quotation_threshold
        and probability(model.speaker, values) >= model.speaker_threshold
    )
