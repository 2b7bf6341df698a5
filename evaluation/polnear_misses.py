"""PolNeAR direct-quotation strict speaker misses counted by category, per half (stop 36).

``python -m evaluation.polnear_misses --shared ../shared`` prints, for every
strict speaker miss of PolNeAR's direct quotations (train and dev, each
marked span scored as :mod:`evaluation.quotes` scores it), **counts only** by
categories computed by code: what we gave (none, a bare pronoun, another
name, a label, a body), what the gold Source is (a name, a description, a
pronoun keyed to the nearest earlier named Source, :mod:`evaluation.polnear`),
where the Source stands against the quotation, where the key last occurs
before it, whether it occurs in the paragraph or the 500 characters before,
and whether our name was mentioned between the key's last mention and the
quotation. Lines are printed by :func:`evaluation.speaker_misses.print_counts`
("[row] category: value tune/check; ..."). No text, name, label or sentence
of either half is printed.

``--tune CATEGORY=VALUE`` lists the **tune** half's misses of one category
(the quotation, the gold Source and keys, what we gave, the 400 characters
before) to write rules from; the check half is never listed.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from evaluation import quotes
from evaluation.speaker_misses import (
    _lower_words,
    _ours,
    _sentence_start,
    _spans_overlap,
    misses,
    paragraph,
    print_counts,
)
from evaluation.split import TUNE, half

ROWS = ("polnear-train", "polnear-dev")

_WINDOW = 500


def where(text: str, pos: int, at: int, lo: int) -> str:
    """Where ``pos`` (an offset before the quotation at ``at``) stands:
    the same sentence, the same paragraph, the paragraph before, earlier."""
    if pos >= _sentence_start(text, at, lo):
        return "same sentence"
    if pos >= lo:
        return "same paragraph"
    if pos >= paragraph(text, max(0, lo - 3))[0]:
        return "paragraph before"
    return "earlier"


def _source_kind(gq: quotes.Gold, text: str) -> str:
    kind = quotes.phrase_kind(gq, text)
    if kind == "a pronoun":
        return "a pronoun (keyed to the earlier name)"
    return kind


def _last_before(text: str, words: set[str], end: int) -> int | None:
    """The offset of the last whole-word mention of any of ``words`` before
    ``end`` (case-insensitive), or ``None``."""
    best = None
    for word in words:
        if not word:
            continue
        pattern = re.compile(r"\b" + re.escape(word) + r"\b", re.IGNORECASE)
        for m in pattern.finditer(text, 0, end):
            best = m.start() if best is None or m.start() > best else best
    return best


def categories(gq: quotes.Gold, pq: quotes.Predicted, text: str) -> dict[str, str]:
    """The categories of one strict miss (values are closed-class strings)."""
    lo, hi = paragraph(text, gq.start)
    keys = set(gq.keys)
    out = {"ours": _ours(pq), "gold source": _source_kind(gq, text)}
    out["gold keys"] = "one" if len(keys) == 1 else "several"
    if gq.speaker_start is None or gq.speaker_end is None:
        out["gold source stands"] = "no span"
    elif gq.speaker_start >= gq.end:
        out["gold source stands"] = (
            "after, same paragraph" if gq.speaker_start < hi else "after, later"
        )
    elif gq.speaker_end <= gq.start:
        out["gold source stands"] = "before: " + where(text, gq.speaker_start, gq.start, lo)
    else:
        out["gold source stands"] = "inside"
    last = _last_before(text, keys, gq.start)
    out["key last before"] = "nowhere" if last is None else where(text, last, gq.start, lo)
    out["key in the paragraph (before or after)"] = str(
        _last_before(text[lo:hi], keys, hi - lo) is not None
    )
    out[f"key in the {_WINDOW} chars before"] = str(last is not None and last >= gq.start - _WINDOW)
    ours = _lower_words(pq.name or "") - quotes._PRONOUNS
    if pq.name and ours and last is not None:
        between = _last_before(text[last : gq.start], ours, gq.start - last)
        out["our name mentioned after the key"] = str(between is not None and between > 0)
    out["spans overlap"] = _spans_overlap(gq, pq)
    if pq.speaker_start is None:
        out["our speaker phrase stands"] = "none"
    elif pq.speaker_start >= gq.end:
        out["our speaker phrase stands"] = "after" if pq.speaker_start < hi else "after, later"
    else:
        out["our speaker phrase stands"] = "before: " + where(text, pq.speaker_start, gq.start, lo)
    out["quotation opens its paragraph"] = str(not text[lo : gq.start].strip(" \u201c\"'"))
    return out


def _docs(shared: Path) -> Iterator[tuple[str, quotes.Doc]]:
    folder = shared / "corpus" / "quotes" / "polnear"
    for row in ROWS:
        for doc in quotes.polnear_docs(folder / row.removeprefix("polnear-")):
            yield row, doc


def count(shared: Path) -> dict[tuple[str, str], Counter[tuple[str, str]]]:
    """``{(row, category): Counter((half, value))}`` over PolNeAR's misses."""
    counts: dict[tuple[str, str], Counter[tuple[str, str]]] = {}
    for row, doc in _docs(shared):
        which = half(doc.name)
        for gq, pq in misses(doc):
            cats = categories(gq, pq, doc.text)
            cats["misses"] = "all"
            for category, value in cats.items():
                counts.setdefault((row, category), Counter())[(which, value)] += 1
    return counts


def cross(shared: Path, first: str, second: str) -> dict[tuple[str, str], Counter[tuple[str, str]]]:
    """Counts of ``second``'s values within each value of ``first``."""
    counts: dict[tuple[str, str], Counter[tuple[str, str]]] = {}
    for row, doc in _docs(shared):
        which = half(doc.name)
        for gq, pq in misses(doc):
            cats = categories(gq, pq, doc.text)
            if first in cats and second in cats:
                key = (row, f"{first}={cats[first]} x {second}")
                counts.setdefault(key, Counter())[(which, cats[second])] += 1
    return counts


def tune_examples(shared: Path, category: str, value: str) -> Iterator[str]:
    """The tune half's misses of one category, as text to read (never the
    check half's)."""
    for row, doc in _docs(shared):
        if half(doc.name) != TUNE:
            continue
        for gq, pq in misses(doc):
            if categories(gq, pq, doc.text).get(category) != value:
                continue
            yield listed(row, doc, gq, pq)


def listed(row: str, doc: quotes.Doc, gq: quotes.Gold, pq: quotes.Predicted) -> str:
    """One **tune** miss as text to read (callers never pass a check one)."""
    before = " ".join(doc.text[max(0, gq.start - 400) : gq.start].split())
    after = " ".join(doc.text[gq.end : gq.end + 120].split())
    return (
        f"--- {row} {doc.name} gold {gq.reference!r} keys {sorted(gq.keys)}; "
        f"ours name {pq.name!r} label {pq.label!r}\n"
        f"  ...{before} [[{doc.text[gq.start : gq.end]}]] {after}..."
    )


def cli(
    argv: list[str] | None,
    description: str,
    counted: Callable[[Path], dict[tuple[str, str], Counter[tuple[str, str]]]],
    crossed: Callable[[Path, str, str], dict[tuple[str, str], Counter[tuple[str, str]]]],
    examples: Callable[[Path, str, str], Iterator[str]],
) -> int:
    """A counting tool's command line: counts, ``--cross A B`` or ``--tune
    A=V`` (the tune half's misses only); shared with :mod:`.wrong_name`."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--tune", metavar="CATEGORY=VALUE", help="list tune misses of one value")
    parser.add_argument("--cross", nargs=2, metavar="CATEGORY", help="one category within another")
    args = parser.parse_args(argv)
    if args.tune:
        category, _, value = args.tune.partition("=")
        for line in examples(args.shared, category, value):
            print(line)
    elif args.cross:
        print_counts(crossed(args.shared, *args.cross))
    else:
        print_counts(counted(args.shared))
    return 0


def main(argv: list[str] | None = None) -> int:
    return cli(argv, __doc__.splitlines()[0], count, cross, tune_examples)


if __name__ == "__main__":
    raise SystemExit(main())
