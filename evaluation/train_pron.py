"""Measure, and fit, a chooser of the person a pronoun speaker means.

``python -m evaluation.train_pron --shared ../shared`` (``make train-pron``)
runs the analysis over the **tune** halves of PolNeAR train and dev (stop 33;
``--train-only``: train's alone, stop 29's data) with
:data:`quotemark.library.analyze.pron_rank.RECORD` set, and for every gold
quotation with a gold speaker that a prediction with a pronoun speaker
phrase ("he said") matches, lists the candidates the analysis had for that
pronoun (:func:`pron_rank.options`) and which of them are right (strict
scoring). It prints the **coverage** (how often some candidate is right),
how often the rules' choice is right, and how often the best single source
is; then it fits a logistic regression over the candidates' features
(Newton's method, L2 penalty, standard library only: the same weights on
every machine) and scores it held out by document fold (five folds by the
file name's hash, all inside the tune half): the model's pick replaces the
rules' only where its probability reaches a threshold and the pick differs.
The fitted conditional logit is then applied to ggt-dev's tune half, whose
keys are real coreference (not PolNeAR's nearest earlier name), and what it
would move there is printed: an outside check of what the model learned.
The model and a data manifest are written to ``evaluation/pron_rank.json``
and ``evaluation/pron_rank_manifest.json``. No check half is read here. At
stops 29 and 33 nothing is shipped (evaluation/README.md).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evaluation.pronouns import pronoun_spoken
from evaluation.quotes import (
    Doc,
    Predicted,
    _predictions,
    blocks_from_text,
    ggt_docs,
    polnear_docs,
    strict_right,
)
from evaluation.split import TUNE, half
from evaluation.train_partial import FOLDS, PENALTY, _solve, fit, fold_of
from quotemark.library.analyze import analyze, partial_gate, pron_rank
from quotemark.library.analyze.document import Document

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "evaluation" / "pron_rank.json"
MANIFEST = ROOT / "evaluation" / "pron_rank_manifest.json"
SHIPPED = ROOT / "resources" / pron_rank.RESOURCE
THRESHOLDS = tuple(round(0.5 + 0.05 * i, 2) for i in range(10))


@dataclass(frozen=True)
class Case:
    """One matched gold quotation with a pronoun speaker phrase."""

    doc: str
    fold: int
    options: tuple[pron_rank.Option, ...]
    right: tuple[bool, ...]
    rules_right: bool


def cases_of(docs: Sequence[Doc]) -> list[Case]:
    """Every tune-half pronoun speaker of ``docs`` with its candidates."""
    out: list[Case] = []
    for doc in docs:
        blocks, offsets = blocks_from_text(doc.text)
        asked: list[pron_rank.Asked] = []
        pron_rank.RECORD = asked.append
        try:
            analysis = analyze(blocks)
        finally:
            pron_rank.RECORD = None
        document = Document(blocks)
        by_start: dict[int, pron_rank.Asked] = {}
        for a in asked:
            p = document.position(a.start)
            by_start[offsets[p.block] + p.offset] = a
        predicted = _predictions(analysis, offsets, doc.text, doc.marked)
        for g, pq in pronoun_spoken(doc, predicted):
            gq = doc.gold[g]
            found = by_start.get(pq.speaker_start)
            options = found.options if found is not None else ()
            right = tuple(
                strict_right(gq, Predicted(pq.start, pq.end, o.name, "", None, None, pq.text))
                for o in options
            )
            out.append(Case(doc.name, fold_of(doc.name), options, right, strict_right(gq, pq)))
    return out


def fit_choice(cases: Sequence[Case], steps: int = 25) -> list[float]:
    """A conditional logit over each pronoun's candidates (a softmax whose
    target is spread over the right ones), by Newton's method, L2 penalty."""
    n = len(pron_rank.FEATURES)
    w = [0.0] * n
    for _ in range(steps):
        grad = [PENALTY * v for v in w]
        hess = [[PENALTY if i == j else 0.0 for j in range(n)] for i in range(n)]
        for c in cases:
            if len(c.options) < 2 or not any(c.right):
                continue
            xs = [o.features for o in c.options]
            ps = _softmax(w, xs)
            k = sum(c.right)
            mean = [sum(p * x[i] for p, x in zip(ps, xs, strict=True)) for i in range(n)]
            for i in range(n):
                grad[i] += sum((p - r / k) * x[i] for p, r, x in zip(ps, c.right, xs, strict=True))
                for j in range(n):
                    hess[i][j] += (
                        sum(p * x[i] * x[j] for p, x in zip(ps, xs, strict=True))
                        - mean[i] * mean[j]
                    )
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-9:
            break
    return w


def _softmax(w: Sequence[float], xs: Sequence[tuple[float, ...]]) -> list[float]:
    zs = [sum(a * b for a, b in zip(w, x, strict=True)) for x in xs]
    top = max(zs)
    es = [math.exp(z - top) for z in zs]
    total = sum(es)
    return [e / total for e in es]


def _rows(cases: Sequence[Case]) -> tuple[list[tuple[float, ...]], list[bool]]:
    xs = [o.features for c in cases for o in c.options]
    ys = [r for c in cases for r in c.right]
    return xs, ys


def held_out(cases: Sequence[Case], choice: bool = False) -> list[tuple[Case, int, float]]:
    """Each case's best candidate and its probability, from a model fitted
    on the other folds (``choice``: the conditional logit)."""
    out = []
    for k in range(FOLDS):
        rest = [c for c in cases if c.fold != k]
        w = fit_choice(rest) if choice else fit(*_rows(rest))
        for c in cases:
            if c.fold != k or not c.options:
                continue
            if choice:
                scores = _softmax(w, [o.features for o in c.options])
            else:
                scores = [partial_gate.probability(tuple(w), o.features) for o in c.options]
            best = max(range(len(scores)), key=lambda i: (scores[i], -i))
            out.append((c, best, scores[best]))
    return out


def report(cases: Sequence[Case]) -> tuple[list[str], dict[str, Any]]:
    """The coverage and held-out lines, and the chosen threshold."""
    n = len(cases)
    lines = [f"pronoun speakers matched (PolNeAR tune halves): {n}"]
    recorded = sum(1 for c in cases if c.options)
    covered = sum(1 for c in cases if any(c.right))
    rules = sum(c.rules_right for c in cases)
    lines.append(f"  recorded at the rules' pronoun step: {recorded}")
    lines.append(f"  rules right: {rules}")
    lines.append(f"  some candidate right (coverage): {covered}")
    lines.append(f"  covered but rules wrong (the most a chooser can gain): "
                 f"{sum(1 for c in cases if any(c.right) and not c.rules_right)}")  # fmt: skip
    sizes = Counter(len(c.options) for c in cases)
    lines.append(f"  candidates per pronoun: {dict(sorted(sizes.items()))}")
    for i, name in enumerate(pron_rank.FEATURES[1:], start=1):
        right = sum(
            1
            for c in cases
            if any(o.features[i] and r for o, r in zip(c.options, c.right, strict=True))
        )
        lines.append(f"  a right candidate has {name}: {right}")
    chosen: dict[str, Any] = {}
    for label, choice in (("pointwise", False), ("choice", True)):
        scored = held_out(cases, choice)
        best_t, best_gain = 1.01, 0
        for t in THRESHOLDS if not choice else tuple(round(t - 0.1, 2) for t in THRESHOLDS):
            moved = [
                (c, b)
                for c, b, p in scored
                if p >= t and c.options[b].features[1] == 0.0 and c.options[0].features[1]
            ]
            gained = sum(1 for c, b in moved if c.right[b] and not c.rules_right)
            lost = sum(1 for c, b in moved if not c.right[b] and c.rules_right)
            lines.append(
                f"  {label} held out, threshold {t}: {len(moved)} moved, +{gained} -{lost}"
            )
            if gained - lost > best_gain or (gained - lost == best_gain > 0):
                best_t, best_gain = t, gained - lost
        argmax = sum(1 for c, b, _ in scored if c.right[b])
        lines.append(f"  {label} held out, always the model's pick: {argmax} right (rules {rules})")
        chosen[label] = {"threshold": best_t, "held_out_gain": best_gain}
    return lines, chosen


def outside(cases: Sequence[Case], weights: Sequence[float], threshold: float) -> str:
    """What the model fitted on PolNeAR does to ``cases`` from another
    corpus (ggt-dev's tune half, keyed by real coreference): moved, gained,
    lost, where it overrules the rules as :func:`pron_rank.choose` does."""
    model = pron_rank.Model(tuple(weights), threshold)
    moved = gained = lost = 0
    for c in cases:
        chosen = next((o.name for o in c.options if o.features[1]), None)
        pick = pron_rank.choose(model, c.options, chosen)
        if pick == chosen:
            continue
        moved += 1
        k = next(i for i, o in enumerate(c.options) if o.name == pick)
        gained += c.right[k] and not c.rules_right
        lost += c.rules_right and not c.right[k]
    return (
        f"ggt-dev tune (not trained on): {len(cases)} pronoun speakers, rules right "
        f"{sum(c.rules_right for c in cases)}; model at {threshold}: {moved} moved, "
        f"+{gained} -{lost}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.train_pron", description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument(
        "--ship", action="store_true", help="also write it where the analysis reads it"
    )
    parser.add_argument(
        "--train-only", action="store_true", help="PolNeAR train's tune half only (stop 29's data)"
    )
    args = parser.parse_args(argv)
    polnear = args.shared / "corpus" / "quotes" / "polnear"
    parts = ("train",) if args.train_only else ("train", "dev")
    docs = [d for part in parts for d in polnear_docs(polnear / part) if half(d.name) == TUNE]
    cases = cases_of(docs)
    lines, chosen = report(cases)
    print("\n".join(lines))
    xs, ys = _rows(cases)
    weights = fit(xs, ys)
    choice = fit_choice(cases)
    ggt = [
        d for d in ggt_docs(args.shared / "corpus" / "quotes" / "ggt-dev") if half(d.name) == TUNE
    ]
    print(outside(cases_of(ggt), choice, chosen["choice"]["threshold"]))
    model = (
        json.dumps(
            {
                "features": list(pron_rank.FEATURES),
                "pointwise": [round(v, 6) for v in weights],
                "choice": [round(v, 6) for v in choice],
                "held_out": chosen,
            },
            indent=1,
        )
        + "\n"
    )
    MODEL.write_text(model, encoding="utf-8")
    if args.ship:
        SHIPPED.write_text(model, encoding="utf-8")
    MANIFEST.write_text(
        json.dumps(
            {
                "corpora": [f"corpus/quotes/polnear/{part}" for part in parts],
                "half": "tune",
                "files": sorted(d.name for d in docs),
                "cases": len(cases),
            },
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
