"""The people a pronoun speaker ("he said", "she added") may mean, with features.

The rules (``analyze._speaker``) give a pronoun the last person named as a
subject or speaker who fits its gender, with two overrides (the speaker just
quoted, a person named in passing). A reader weighs more people than that:
the speaker of the previous quotation, the subjects before the last one, the
people named as objects, the person the article keeps returning to. This
module lists those candidates at one pronoun, each with the features a small
ranker would weigh (``python -m evaluation.train_pron``).

A conditional logit over the candidates (:func:`choose`) may overrule the
rules where it is sure and the rules chose someone else; it reads
``quotemark/resources/pron_rank.json``. At stop 29 that file is not shipped
(evaluation/README.md, "Pronoun speakers learned, stop 29": its one move on
the tune halves is wrong by reading), so the rules decide alone. Stop 33
added four features (no or one sentence end between the candidate and the
pronoun, the candidate's subject opens its sentence, the candidate spoke the
quotation just before it) and PolNeAR dev's tune half to the training data;
held out it still moves one or two quotations, and on ggt-dev's tune half
(real coreference, not trained on) it loses two, so it stays unshipped
(evaluation/README.md, "Pronoun speakers, stop 33").
``RECORD`` is the measuring script's hook: when set, every pronoun the rules
resolve is passed to it with its candidates, and the rules' choice is kept.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from quotemark.library.analyze.gender import Gender
from quotemark.library.analyze.shipped import shipped_text
from quotemark.library.analyze.speakers import People, named_as_speaker, opens_sentence

FEATURES = (
    "bias",
    "rules_choice",
    "previous_speaker",
    "subject_rank_1",
    "subject_rank_2",
    "subject_rank_3_plus",
    "mentioned_rank_1",
    "mentioned_rank_2",
    "mentioned_rank_3_plus",
    "gender_matches",
    "gender_unknown",
    "in_paragraph",
    "in_paragraph_before",
    "near_300",
    "near_1000",
    "mentions_3_plus",
    "first_person_named",
    "surname_2_plus_near",
    "surname_5_plus_near",
    "spoke_in_narrative",
    "previous_and_gender_matches",
    "nearest_subject_gender_unknown",
    "one_word_name",
    "no_sentence_between",
    "one_sentence_between",
    "subject_opens_sentence",
    "spoke_a_quotation",
)
"""The feature names, in the order :attr:`Option.features` holds them."""

_SENTENCE_END = re.compile(r"[.!?][\u201d\u2019\"')]*[ \u00a0]+(?=[\u201c\u2018\"'A-Z])|[\n\u2028]")
"""The end of a sentence (or a line), counted between a candidate and the
pronoun: an approximation that counts a quotation's sentences too."""
_CLOSED_BEFORE = re.compile(r"[,.!?]?[\u201d\"'][ \u00a0]+(?:(?:said|says|added|told)[ \u00a0]+)?$")
"""A closing mark right before a name ("“…,” said Ada Lind", "“…,” Lind
said"): the name is a quotation's speaker."""
_SUBJECTS = 4
_MENTIONED = 4
_SCAN = 64  # registered names looked at, back from the pronoun


@dataclass(frozen=True)
class Option:
    """One person a pronoun may mean."""

    name: str
    features: tuple[float, ...]


@dataclass(frozen=True)
class Asked:
    """One pronoun the rules resolved (what :data:`RECORD` receives)."""

    start: int
    end: int
    chosen: str | None
    options: tuple[Option, ...]


RECORD: Callable[[Asked], None] | None = None
RESOURCE = "pron_rank.json"


@dataclass(frozen=True)
class Model:
    """A conditional logit over a pronoun's candidates, and how sure it must
    be to overrule the rules."""

    weights: tuple[float, ...]
    threshold: float


def load(text: str) -> Model:
    """A model from the JSON ``python -m evaluation.train_pron`` writes."""
    data = json.loads(text)
    if tuple(data["features"]) != FEATURES:
        raise ValueError(f"{RESOURCE}: its features are not pron_rank.FEATURES")
    weights = tuple(float(w) for w in data["choice"])
    if len(weights) != len(FEATURES):
        raise ValueError(f"{RESOURCE}: the weight vector has the wrong length")
    return Model(weights, float(data["held_out"]["choice"]["threshold"]))


@cache
def shipped() -> Model | None:
    """The shipped model, or ``None`` when the file is absent (stop 29: absent)."""
    text = shipped_text(RESOURCE)
    return load(text) if text is not None else None


def choose(model: Model, found: tuple[Option, ...], chosen: str | None) -> str | None:
    """The model's pick among ``found`` when the rules chose someone else
    and the pick's share reaches the threshold, else ``chosen``."""
    if chosen is None or len(found) < 2:
        # (a pronoun the rules leave unresolved stays so: a wrong name shows
        # where "he" told the reader nothing wrong)
        return chosen
    zs = [sum(w * v for w, v in zip(model.weights, o.features, strict=True)) for o in found]
    top = max(zs)
    es = [math.exp(z - top) for z in zs]
    best = max(range(len(es)), key=lambda i: (es[i], -i))
    if found[best].name != chosen and es[best] / sum(es) >= model.threshold:
        return found[best].name
    return chosen


def _distinct_before(
    positions: list[int], names: list[str], pos: int, most: int
) -> list[tuple[str, int]]:
    """The last ``most`` distinct names registered before ``pos``, nearest
    first, each with where it was last registered."""
    i = bisect.bisect_left(positions, pos)
    floor = max(0, i - _SCAN)
    seen: list[tuple[str, int]] = []
    names_seen: set[str] = set()
    while i > floor and len(seen) < most:
        i -= 1
        name = names[i]
        if name not in names_seen:
            names_seen.add(name)
            seen.append((name, positions[i]))
    return seen


def options(
    people: People,
    pos: int,
    gender: Gender | None,
    previous: str | None,
    chosen: str | None,
    paragraph: int,
    paragraph_before: int,
) -> tuple[Option, ...]:
    """The candidates for a pronoun at ``pos``: the rules' choice, the
    previous quotation's speaker, the last distinct subjects and the last
    distinct people named; ``paragraph`` and ``paragraph_before`` are where
    the pronoun's paragraph and the one before start."""
    subjects = _distinct_before(people.positions, people.names, pos, _SUBJECTS)
    mentioned = _distinct_before(people.mentioned_at, people.mentioned, pos, _MENTIONED)
    order: list[str] = []
    for name in [chosen, previous, *(n for n, _ in subjects), *(n for n, _ in mentioned)]:
        if name is not None and name not in order:
            order.append(name)
    first = people.mentioned[0] if people.mentioned else None
    before = Counter(people.mentioned[: bisect.bisect_left(people.mentioned_at, pos)])
    out = []
    for name in order:
        s_rank = next((k for k, (n, _) in enumerate(subjects) if n == name), None)
        m_rank = next((k for k, (n, _) in enumerate(mentioned) if n == name), None)
        last = max(
            [p for n, p in subjects if n == name] + [p for n, p in mentioned if n == name],
            default=-1,
        )
        known = people.genders.of(name)
        if gender is not None and known is not None and known != gender:
            continue  # "she" is not a man the text has called "he" or "Mr."
        count = before[name]
        between = _sentences_between(people.text, last, pos)
        subject_at = _name_start(
            people.text, name, max((p for n, p in subjects if n == name), default=-1)
        )
        near = people.text.count(name.split()[-1], max(0, pos - 2000), pos)
        features = (
            1.0,
            float(name == chosen),
            float(name == previous),
            float(s_rank == 0),
            float(s_rank == 1),
            float(s_rank is not None and s_rank >= 2),
            float(m_rank == 0),
            float(m_rank == 1),
            float(m_rank is not None and m_rank >= 2),
            float(gender is not None and known == gender),
            float(known is None or gender is None),
            float(last >= paragraph),
            float(paragraph_before <= last < paragraph),
            float(last >= 0 and pos - last <= 300),
            float(last >= 0 and pos - last <= 1000),
            float(count >= 3),
            float(name == first),
            float(near >= 2),
            float(near >= 5),
            float(named_as_speaker(people, people.text, name, pos)),
            float(name == previous and gender is not None and known == gender),
            float(s_rank == 0 and (known is None or gender is None)),
            float(" " not in name),
            float(last >= 0 and between == 0),
            float(last >= 0 and between == 1),
            float(subject_at >= 0 and opens_sentence(people.text, subject_at)),
            float(subject_at >= 0 and _after_quotation(people.text, subject_at)),
        )
        out.append(Option(name, features))
    return tuple(out)


def _sentences_between(text: str, start: int, end: int) -> int:
    """How many sentence ends stand between ``start`` and ``end`` (2 at most
    counted; 2 when ``start`` is none)."""
    if start < 0:
        return 2
    n = 0
    for _m in _SENTENCE_END.finditer(text, start, end):
        n += 1
        if n >= 2:
            break
    return n


def _name_start(text: str, name: str, at: int) -> int:
    """Where the name registered at ``at`` starts: a speaker is registered
    at the end of its phrase ("said Ada Lind|")."""
    if at > 0 and text.endswith(name, 0, at):
        return at - len(name)
    return at


def _after_quotation(text: str, at: int) -> bool:
    """Was the name registered at ``at`` the speaker of the quotation just
    before it?"""
    return _CLOSED_BEFORE.search(text, max(0, at - 16), at) is not None
