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
from importlib import resources

from quotemark.library.analyze.lexicon import PRONOUNS, SPEECH_VERBS, words
from quotemark.library.analyze.quotes import is_title

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

SOURCES = ("continuing", "focus", "last_speaker", "first_subject", "last_subject", "mentioned")
"""Where a speaker option comes from: the previous quotation's speaker
carried over as for an unattributed quotation (or the person in focus when
it is not), the person in focus (the last named as a subject), the previous
quotation's speaker however far back, the first and the last person named as
a subject in the span's sentence, the last person named at all in this
paragraph or the one before."""

OPTION_FEATURES = (
    "bias",
    *(f"from_{s}" for s in SOURCES),
    "sources_agree",
    "named_in_sentence",
    "named_in_paragraph",
    "named_in_previous_paragraph",
    "spoke_last",
    "spoke_last_surely",
    "spoke_recently",
    "spoke_often",
    "pronoun_in_sentence",
    "no_subject_in_sentence",
    "several_subjects_in_sentence",
    "previous_quote_same_paragraph",
    "partial",
    "short",
)
"""The features of one speaker option (:func:`option_features`)."""

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

Record = Callable[[int, int, tuple[float, ...], list[tuple[str, tuple[float, ...]]]], None]
RECORD: Record | None = None
"""When set: called with (span start, span end, features, [(speaker
option's name, its features)]) for every span asked about; the gate then
keeps nothing."""


@dataclass(frozen=True, slots=True)
class Model:
    """Two weight vectors (in :data:`FEATURES` order) and their thresholds."""

    quotation: tuple[float, ...]
    speaker: tuple[float, ...]
    quotation_threshold: float
    speaker_threshold: float


@dataclass(frozen=True, slots=True)
class Option:
    """A person who may be saying a dropped span, and why."""

    name: str
    sources: frozenset[str]
    spoke: int  # of the last few quotations, how many were theirs


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
    previous_line_start: int = 0
    options: tuple[Option, ...] = ()
    last_speaker: str | None = None
    last_sure: bool = False


def load(raw: str) -> Model:
    """A model from the JSON text ``make train-partial`` writes."""
    data = json.loads(raw)
    if list(data["features"]) != list(FEATURES):
        raise ValueError(f"{RESOURCE}: its features are not partial_gate.FEATURES")
    if list(data["option_features"]) != list(OPTION_FEATURES):
        raise ValueError(f"{RESOURCE}: its option features are not partial_gate.OPTION_FEATURES")
    quotation = tuple(float(w) for w in data["quotation"]["weights"])
    speaker = tuple(float(w) for w in data["speaker"]["weights"])
    if len(quotation) != len(FEATURES) or len(speaker) != len(OPTION_FEATURES):
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
    path = resources.files("quotemark.resources").joinpath(RESOURCE)
    if not path.is_file():
        return None
    return load(path.read_text(encoding="utf-8"))


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


def option_features(ctx: Context, option: Option) -> tuple[float, ...]:
    """The features of one speaker option (see :data:`OPTION_FEATURES`)."""
    text = ctx.text
    s_lo = ctx.sentence[0]
    values = (
        True,
        *(source in option.sources for source in SOURCES),
        len(option.sources) >= 3,
        _names(text, s_lo, ctx.open, option.name),
        _names(text, ctx.line[0], ctx.open, option.name),
        _names(text, ctx.previous_line_start, ctx.line[0], option.name),
        option.name == ctx.last_speaker,
        option.name == ctx.last_speaker and ctx.last_sure,
        option.spoke >= 1,
        option.spoke >= 3,
        _has(text, s_lo, ctx.open, PRONOUNS),
        ctx.subjects_in_sentence == 0,
        ctx.subjects_in_sentence > 1,
        ctx.previous_quote_same_line,
        ctx.partial,
        ctx.words <= 2,
    )
    return tuple(float(v) for v in values)


def choose(ctx: Context, model: Model) -> tuple[str, float] | None:
    """The likeliest speaker option and how likely it is right."""
    best: tuple[str, float] | None = None
    for option in ctx.options:
        p = probability(model.speaker, option_features(ctx, option))
        if best is None or p > best[1]:
            best = (option.name, p)
    return best


def keeps(ctx: Context, model: Model | None = None) -> str | None:
    """The speaker to keep the span with, or ``None`` to drop it: kept when
    the quotation model and the chosen speaker option both reach their
    thresholds."""
    if RECORD is not None:
        RECORD(
            ctx.start,
            ctx.end,
            features(ctx),
            [(o.name, option_features(ctx, o)) for o in ctx.options],
        )
        return None
    model = model if model is not None else active()
    if model is None or not ctx.options:
        return None
    if probability(model.quotation, features(ctx)) < model.quotation_threshold:
        return None
    chosen = choose(ctx, model)
    if chosen is None or chosen[1] < model.speaker_threshold:
        return None
    return chosen[0]
