"""Train the second look at dropped marked spans (``library/analyze/partial_gate.py``).

``python -m evaluation.train_partial --shared ../shared`` (``make
train-partial``) runs the analysis with the gate recording, not deciding,
over PolNeAR train's **tune** half only, and turns every marked span the
rules drop into one row: the gate's features, "a quotation" (it covers at
least half of a gold span no prediction matches; a span lying inside a gold
quotation or beside one already matched is left out, it costs nothing either
way) and, for the quotations with a gold speaker, "its speaker is right"
(strict scoring). Two logistic regressions are fitted (Newton's method with a
small L2 penalty, standard library only: the same weights on every machine),
the two thresholds are chosen on the same half (the best quote F1 whose
strict speaker figure does not fall, with the kept spans' speakers right
``MARGIN`` more often than the rules', over probabilities held out by
document fold), and the model is written to ``evaluation/partial_gate.json``
with a data manifest (``evaluation/partial_gate_manifest.json``: corpus
snapshot, half, files). ``--ship`` also writes it to
``resources/partial_gate.json``, where the analysis reads it: at stop 24 it
is not shipped, as it lowers strict speakers (evaluation/README.md).
No check half, PolNeAR dev or ggt-dev text is read here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evaluation.quotes import (
    Doc,
    Predicted,
    _inside_gold,
    _predictions,
    blocks_from_text,
    polnear_docs,
    strict_right,
)
from evaluation.quotes import match as match_spans
from evaluation.split import TUNE, half
from quotemark.library.analyze import analyze, partial_gate
from quotemark.library.analyze.document import Document

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "evaluation" / partial_gate.RESOURCE
SHIPPED = ROOT / "resources" / partial_gate.RESOURCE
MANIFEST = ROOT / "evaluation" / "partial_gate_manifest.json"
PENALTY = 1.0
FOLDS = 5
MARGIN = 0.05
"""How much more often than the rules' own speakers the kept spans'
speakers must be right (held out): a first model chosen without it kept
spans right 30 of 33 times held out on the tune half but 28 of 35 on
PolNeAR train's check half (evaluation/README.md, stop 24)."""
QUOTATION_GRID = tuple(round(0.3 + 0.05 * i, 2) for i in range(14))
SPEAKER_GRID = tuple(round(0.5 + 0.05 * i, 2) for i in range(10))


@dataclass(frozen=True, slots=True)
class Row:
    """One dropped span: features, and what the gold says of it."""

    values: tuple[float, ...]
    quotation: bool
    keyed: bool  # a quotation with a gold speaker (strict counts it)
    right: bool  # ... and the speaker the gate would give is right
    fold: int  # the cross-validation fold of its document (:func:`fold_of`)


@dataclass(frozen=True, slots=True)
class Base:
    """The rules' own counts on the training documents."""

    tp: int
    fp: int
    fn: int
    right: int
    keyed: int


def rows_of(docs: Sequence[Doc]) -> tuple[list[Row], Base]:
    """The dropped spans of ``docs`` as rows, and the rules' counts."""
    rows: list[Row] = []
    tp = fp = fn = right = keyed = 0
    for doc in docs:
        blocks, offsets = blocks_from_text(doc.text)
        seen: list[tuple[int, int, tuple[float, ...], str | None]] = []
        partial_gate.RECORD = lambda s, e, f, n, seen=seen: seen.append((s, e, f, n))
        try:
            analysis = analyze(blocks)
        finally:
            partial_gate.RECORD = None
        predicted = _predictions(analysis, offsets, doc.text, doc.marked)
        pairs = match_spans(doc.gold, predicted)
        matched = {g for g, _ in pairs}
        tp += len(pairs)
        fn += len(doc.gold) - len(pairs)
        fp += sum(
            1
            for p, pq in enumerate(predicted)
            if p not in {p for _, p in pairs} and not _inside_gold(pq, doc.gold)
        )
        for g, p in pairs:
            if doc.gold[g].keys:
                keyed += 1
                right += strict_right(doc.gold[g], predicted[p])
        # The recorded offsets are the analysis's own (its joined text).
        document = Document(blocks)
        for start, end, values, name in seen:
            a, b = document.position(start), document.position(end)
            lo, hi = offsets[a.block] + a.offset, offsets[b.block] + b.offset
            unit = Predicted(lo, hi, name, "", None, None, doc.text[lo:hi])
            row = _label(doc, unit, matched, values, fold_of(doc.name))
            if row is not None:
                rows.append(row)
    return rows, Base(tp, fp, fn, right, keyed)


def fold_of(name: str) -> int:
    """A document's fold, from its name's hash (the split uses the first
    byte's parity; this the second byte)."""
    return hashlib.sha1(name.encode("utf-8")).digest()[1] % FOLDS


def _label(
    doc: Doc, unit: Predicted, matched: set[int], values: tuple[float, ...], fold: int
) -> Row | None:
    for g, gq in enumerate(doc.gold):
        overlap = max(0, min(gq.end, unit.end) - max(gq.start, unit.start))
        if overlap > 0 and overlap >= 0.5 * (gq.end - gq.start):
            if g in matched:
                return None  # already found: a second prediction costs nothing
            right = bool(gq.keys) and unit.name is not None and strict_right(gq, unit)
            return Row(values, True, bool(gq.keys), right, fold)
    if _inside_gold(unit, doc.gold):
        return None
    return Row(values, False, False, False, fold)


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Solve a small linear system by Gaussian elimination (partial pivoting)."""
    n = len(vector)
    a = [[*row, vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        if not a[col][col]:
            continue
        for r in range(n):
            if r != col:
                factor = a[r][col] / a[col][col]
                if factor:
                    a[r] = [x - factor * y for x, y in zip(a[r], a[col], strict=True)]
    return [a[i][n] / a[i][i] if a[i][i] else 0.0 for i in range(n)]


def fit(xs: Sequence[tuple[float, ...]], ys: Sequence[bool], steps: int = 30) -> list[float]:
    """Logistic regression with an L2 penalty (the bias too, lightly), by
    Newton's method. Deterministic for the same rows (of any width: the
    pronoun chooser's too, ``train_pron``)."""
    n = len(xs[0]) if xs else len(FEATURES)
    w = [0.0] * n
    for _ in range(steps):
        grad = [PENALTY * x for x in w]
        hess = [[PENALTY if i == j else 0.0 for j in range(n)] for i in range(n)]
        for x, y in zip(xs, ys, strict=True):
            p = partial_gate.probability(tuple(w), x)
            active = [i for i in range(n) if x[i]]
            for i in active:
                grad[i] += (p - y) * x[i]
                row = hess[i]
                weight = p * (1.0 - p) * x[i]
                for j in active:
                    row[j] += weight * x[j]
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-9:
            break
    return w


FEATURES = partial_gate.FEATURES


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _models(rows: Sequence[Row]) -> tuple[list[float], list[float]]:
    """The quotation model over ``rows`` and the speaker model over those
    of them that are quotations with a gold speaker."""
    quotation = fit([r.values for r in rows], [r.quotation for r in rows])
    spoken = [r for r in rows if r.keyed]
    speaker = fit([r.values for r in spoken], [r.right for r in spoken])
    return quotation, speaker


def held_out(rows: Sequence[Row]) -> list[tuple[float, float, Row]]:
    """Each row's two probabilities from models fitted on the other folds'
    documents, so the thresholds are chosen on what the model did not see."""
    out: list[tuple[float, float, Row]] = []
    for k in range(FOLDS):
        inside = [r for r in rows if r.fold != k]
        outside = [r for r in rows if r.fold == k]
        if not outside or not any(r.keyed for r in inside):
            continue
        quotation, speaker = _models(inside)
        out += [
            (
                partial_gate.probability(tuple(quotation), r.values),
                partial_gate.probability(tuple(speaker), r.values),
                r,
            )
            for r in outside
        ]
    return out


def choose(scored: Sequence[tuple[float, float, Row]], base: Base) -> tuple[float, float, str]:
    """The thresholds with the best quote F1 whose strict speaker figure is
    at least the rules' (over held-out probabilities); and a line saying so."""
    start_f1 = _f1(base.tp, base.fp, base.fn)
    start_strict = base.right / base.keyed if base.keyed else 0.0
    best = (start_f1, 1.0, 1.0, "nothing kept")
    for tq in QUOTATION_GRID:
        for ts in SPEAKER_GRID:
            kept = [r for pq, ps, r in scored if pq >= tq and ps >= ts]
            gold = sum(r.quotation for r in kept)
            tp, fp, fn = base.tp + gold, base.fp + len(kept) - gold, base.fn - gold
            right = base.right + sum(r.right for r in kept)
            keyed = base.keyed + sum(r.keyed for r in kept)
            strict = right / keyed if keyed else 0.0
            f1 = _f1(tp, fp, fn)
            added_right = sum(r.right for r in kept)
            added_keyed = sum(r.keyed for r in kept)
            sure = added_right >= (start_strict + MARGIN) * added_keyed
            if sure and strict >= start_strict and f1 > best[0]:
                best = (
                    f1,
                    tq,
                    ts,
                    f"held out, kept {len(kept)} ({gold} quotations, "
                    f"{sum(r.right for r in kept)} of {sum(r.keyed for r in kept)} speakers "
                    f"right): F1 {start_f1:.4f} -> {f1:.4f}, strict {start_strict:.4f} -> "
                    f"{strict:.4f}",
                )
    return best[1], best[2], best[3]


def train(docs: Sequence[Doc]) -> tuple[dict[str, Any], str]:
    """The model (as the JSON object the gate reads) fitted on ``docs``,
    and a summary line."""
    rows, base = rows_of(docs)
    if not rows:
        raise ValueError("no dropped marked span in the training documents")
    quotation, speaker = _models(rows)
    spoken = [r for r in rows if r.keyed]
    tq, ts, said = choose(held_out(rows), base)
    model: dict[str, Any] = {
        "about": "The learned second look at marked spans the rules drop "
        "(library/analyze/partial_gate.py); written by make train-partial",
        "features": list(FEATURES),
        "quotation": {"weights": [round(x, 6) for x in quotation], "threshold": tq},
        "speaker": {"weights": [round(x, 6) for x in speaker], "threshold": ts},
    }
    summary = (
        f"{len(rows)} dropped spans, {sum(r.quotation for r in rows)} quotations, "
        f"{sum(r.right for r in rows)} of {len(spoken)} speakers right; thresholds "
        f"{tq} / {ts}: {said}"
    )
    return model, summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.train_partial", description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument(
        "--ship",
        action="store_true",
        help=f"also write the model to {SHIPPED.relative_to(ROOT)}, which turns the gate on",
    )
    args = parser.parse_args(argv)
    folder = args.shared / "corpus" / "quotes" / "polnear"
    docs = [d for d in polnear_docs(folder / "train") if half(d.name) == TUNE]
    model, summary = train(docs)
    raw = json.dumps(model, indent=1) + "\n"
    MODEL.write_text(raw, encoding="utf-8")
    if args.ship:
        SHIPPED.write_text(raw, encoding="utf-8")
    snapshot = folder / "SNAPSHOT_COMMIT"
    manifest = {
        "model": str(MODEL.relative_to(ROOT)),
        "corpus": "polnear/train",
        "snapshot": snapshot.read_text("utf-8").strip() if snapshot.is_file() else None,
        "half": TUNE,
        "files": sorted(d.name for d in docs),
    }
    MANIFEST.write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    print(summary)
    for name, wq, ws in zip(
        FEATURES,
        model["quotation"]["weights"],
        model["speaker"]["weights"],
        strict=True,
    ):
        print(f"  {name:<36}{wq:+.3f} {ws:+.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
