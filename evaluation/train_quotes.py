"""Train the keep/drop gate for marked spans (``library/analyze/gate.py``).

``python -m evaluation.train_quotes --shared ../shared`` (``make
train-quotes``) runs the analyser with the gate off over the **tune** halves
of ggt-dev and PolNeAR train, records every marked span the rules would drop
as a scare quote with its features, labels it by the gold (a quotation when
it covers at least half of a gold quotation; a span lying inside a gold
quotation without matching it is left out, it costs nothing either way), fits
a logistic regression (Newton's method with a small L2 penalty; standard
library only, so the result is the same on every machine) and writes
``library/analyze/gate.json`` and its data manifest ``gate-manifest.json``
(which files of which half, the corpus snapshots and the project commit).
The check halves and PolNeAR dev are never read here.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
from pathlib import Path

from evaluation.quotes import Doc, blocks_from_text, corpora
from evaluation.split import TUNE, half
from library.analyze import analyze, gate
from library.analyze.document import Document

_OUT = Path(__file__).resolve().parent.parent / "library" / "analyze"
_PENALTY = 1.0
_THRESHOLD = 0.5


def examples(docs: list[Doc]) -> tuple[list[tuple[float, ...]], list[int]]:
    """Features and labels of the spans the rules drop, over ``docs``."""
    rows: list[tuple[float, ...]] = []
    labels: list[int] = []
    for doc in docs:
        blocks, offsets = blocks_from_text(doc.text)
        seen: list[tuple[Document, int, int, tuple[float, ...]]] = []
        gate.RECORD = lambda d, s, e, f, seen=seen: seen.append((d, s, e, f))
        try:
            analyze(blocks)
        finally:
            gate.RECORD = None
        for document, start, end, values in seen:
            a, b = document.position(start), document.position(end)
            lo, hi = offsets[a.block] + a.offset, offsets[b.block] + b.offset
            label = None
            for g in doc.gold:
                overlap = max(0, min(g.end, hi) - max(g.start, lo))
                if overlap >= 0.5 * (g.end - g.start):
                    label = 1
                    break
                if overlap >= 0.5 * max(1, hi - lo):
                    label = -1  # inside a gold quotation: neither right nor wrong
            if label is None:
                label = 0
            if label >= 0:
                rows.append(values)
                labels.append(label)
    return rows, labels


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the system is small)."""
    n = len(vector)
    a = [[*row, vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(n):
            if r != col and a[col][col]:
                factor = a[r][col] / a[col][col]
                a[r] = [x - factor * y for x, y in zip(a[r], a[col], strict=True)]
    return [a[i][n] / a[i][i] if a[i][i] else 0.0 for i in range(n)]


def fit(rows: list[tuple[float, ...]], labels: list[int], steps: int = 25) -> list[float]:
    """L2-penalised logistic regression by Newton's method."""
    n = len(rows[0])
    w = [0.0] * n
    for _ in range(steps):
        grad = [_PENALTY * x for x in w]
        hess = [[_PENALTY if i == j else 0.0 for j in range(n)] for i in range(n)]
        for x, y in zip(rows, labels, strict=True):
            z = sum(a * b for a, b in zip(w, x, strict=True))
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            for i in range(n):
                if x[i]:
                    grad[i] += (p - y) * x[i]
                    weight = p * (1 - p) * x[i]
                    row = hess[i]
                    for j in range(n):
                        if x[j]:
                            row[j] += weight * x[j]
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-8:
            break
    return w


def _commit(path: Path) -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=path, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.train_quotes", description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--threshold", type=float, default=_THRESHOLD)
    parser.add_argument(
        "--min-speaker-confidence", type=float, default=0.0, help="0.7: the tie-breaker variant"
    )
    args = parser.parse_args(argv)
    gate.ENABLED = False  # record the rules' own decisions
    chosen = {
        name: [d for d in docs if half(d.name) == TUNE]
        for name, docs in corpora(args.shared).items()
        if name in ("ggt-dev", "polnear-train")
    }
    rows: list[tuple[float, ...]] = []
    labels: list[int] = []
    for docs in chosen.values():
        more_rows, more_labels = examples(docs)
        rows += more_rows
        labels += more_labels
    weights = fit(rows, labels)
    model = {
        "about": "Keep/drop gate for marked spans (library/analyze/gate.py); "
        "written by python -m evaluation.train_quotes",
        "features": list(gate.FEATURES),
        "weights": [round(x, 6) for x in weights],
        "threshold": args.threshold,
        "min_speaker_confidence": args.min_speaker_confidence,
    }
    (_OUT / "gate.json").write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    quotes = args.shared / "corpus" / "quotes"
    manifest = {
        "model": "gate.json",
        "project_commit": _commit(_OUT),
        "half": TUNE,
        "examples": len(rows),
        "positives": sum(labels),
        "corpora": {
            name: {
                "snapshot": (quotes / folder / "SNAPSHOT_COMMIT").read_text("utf-8").strip(),
                "files": sorted(d.name for d in docs),
            }
            for (name, docs), folder in zip(chosen.items(), ("ggt-dev", "polnear"), strict=True)
        },
    }
    (_OUT / "gate-manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", "utf-8")
    print(f"{len(rows)} spans ({sum(labels)} quotations) from the tune halves")
    for name, w in zip(gate.FEATURES, weights, strict=True):
        print(f"  {name:<34}{w:+.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
