"""A small learned keep/drop decision for marked spans the rules would drop.

The rules drop two kinds of marked span as scare quotes: a short (one- or
two-word) quotation with no attribution after it, and a partial quotation
whose sentence names nobody who could be saying it. Some of those are
quotations all the same (``the senator called the plan “a disaster”`` with
the senator two sentences back). :func:`features` describes such a span by
what the analyser already sees; :func:`keep` weighs them with a logistic
regression trained by ``python -m evaluation.train_quotes`` (``make
train-quotes``) on the tune halves of the quotation corpora, shipped as
``gate.json`` beside this module and read with the standard library only.

``RECORD`` is a hook for that training script: when set, every span asked
about is passed to it with its features (the analysis itself is unchanged).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from functools import cache
from importlib import resources

from library.analyze.document import Document
from library.analyze.lexicon import SPEECH_VERBS, words

FEATURES = (
    "bias",
    "one_word",
    "two_words",
    "three_to_five",
    "partial",
    "no_phrase",
    "phrase_line",
    "phrase_before",
    "phrase_not_credible",
    "capitalised",
    "title_like",
    "ends_in_punctuation",
    "after_naming_word",
    "after_as",
    "after_determiner",
    "after_so_called",
    "speech_verb_in_sentence",
    "speech_verb_in_previous_sentence",
    "sentence_start",
    "person_in_focus",
    "heading_like_line",
)
"""The feature names, in the order :func:`features` returns them."""

_NAMING = words(
    "called calls calling dubbed dubs labeled labelled termed terms describes described"
)
_DETERMINER = words("the a an this that his her their its our my your")
_TITLE_SMALL = words("a an the and or of in on at to for by with from")

ENABLED = resources.files(__package__).joinpath("gate.json").is_file()
"""Whether a model is shipped; the training script turns it off to record
the rules' own decisions."""

Record = Callable[[Document, int, int, tuple[float, ...]], None]
RECORD: Record | None = None
"""When set, called with (document, span start, span end, features)."""


def _word_before(text: str, lo: int, at: int) -> str:
    i = at - 1
    while i >= lo and not text[i].isalnum():
        if text[i] in ".!?":
            return ""
        i -= 1
    j = i
    while j >= lo and (text[j].isalnum() or text[j] in "-\u2019'"):
        j -= 1
    return text[j + 1 : i + 1].lower()


def _has_speech_verb(text: str, lo: int, hi: int) -> bool:
    return any(w.strip("\u2019'.,;:!?\"“”").lower() in SPEECH_VERBS for w in text[lo:hi].split())


def features(
    doc: Document,
    start: int,
    end: int,
    open_at: int,
    words_in: int,
    partial: bool,
    how: str | None,
    credible: bool,
    sentence: tuple[int, int],
    previous_sentence_start: int,
    line: tuple[int, int],
    person_in_focus: bool,
) -> tuple[float, ...]:
    """The features of one marked span (see ``FEATURES``); bounded work:
    the span's sentence and the one before it."""
    text = doc.scan
    content = text[start:end].strip()
    first = next((ch for ch in content if ch.isalpha()), "")
    tokens = content.split()
    title = len(tokens) > 1 and all(
        t[:1].isupper() or t.lower() in _TITLE_SMALL or not t[:1].isalpha() for t in tokens
    )
    before = _word_before(text, line[0], open_at)
    s_lo, s_hi = sentence
    line_text = text[line[0] : line[1]].strip()
    heading = bool(line_text) and line_text[-1] not in ".!?\"”’'" and len(line_text.split()) < 14
    values = (
        1.0,
        words_in == 1,
        words_in == 2,
        3 <= words_in <= 5,
        partial,
        how is None,
        how == "line",
        how == "before",
        how is not None and not credible,
        first.isupper(),
        title,
        content[-1:] in ".!?,",
        before in _NAMING,
        before == "as",
        before in _DETERMINER,
        before == "so-called",
        _has_speech_verb(text, s_lo, s_hi),
        _has_speech_verb(text, previous_sentence_start, s_lo),
        text[s_lo:open_at].strip() == "",
        person_in_focus,
        heading,
    )
    out = tuple(float(v) for v in values)
    if RECORD is not None:
        RECORD(doc, start, end, out)
    return out


@cache
def model() -> tuple[tuple[float, ...], float]:
    """The shipped weights (in ``FEATURES`` order) and the decision threshold."""
    data = json.loads(resources.files(__package__).joinpath("gate.json").read_text("utf-8"))
    if list(data["features"]) != list(FEATURES):
        raise ValueError("library/analyze/gate.json: its features do not match gate.FEATURES")
    return tuple(float(w) for w in data["weights"]), float(data["threshold"])


def min_speaker_confidence() -> float:
    """The speaker confidence a kept span needs (0: the gate alone decides;
    0.7: a tie-breaker that keeps only spans with an attributed speaker)."""
    data = json.loads(resources.files(__package__).joinpath("gate.json").read_text("utf-8"))
    return float(data.get("min_speaker_confidence", 0.0))


def probability(values: tuple[float, ...]) -> float:
    """How likely the model finds the span to be a quotation (0 to 1)."""
    weights, _threshold = model()
    z = sum(w * v for w, v in zip(weights, values, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def keep(values: tuple[float, ...]) -> bool:
    """Keep the span as a quotation (the model's probability reaches its
    threshold)?"""
    return probability(values) >= model()[1]
