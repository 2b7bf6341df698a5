"""PolNeAR "another name" speaker misses counted by structure, per half (stop 48).

``python -m evaluation.wrong_name --shared ../shared`` counts, for every
PolNeAR direct-quotation strict miss where we give a name and the gold is
another name (``evaluation.polnear_misses``' "ours: another name"), **counts
only**: where the gold key last stands before the quotation, where our name
last stands, where the quotation stands (opening its paragraph with or without
a speaker phrase in the paragraph, after a colon, inside a sentence), and what
kind of link chose ours (our phrase names ours, a pronoun phrase, a
description, no phrase; and whether ours is the speaker of the quotation just
before). ``--cross A B`` counts B within each value of A; ``--tune A=V`` lists
the tune half's misses of one value (never the check half's). No word of a
check-half page is printed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from evaluation import quotes
from evaluation.polnear_misses import _docs, _last_before, categories, cli, listed, where
from evaluation.speaker_misses import _lower_words, _ours, paragraph
from evaluation.split import TUNE, half
from quotemark.library.analyze import analyze

_OPEN_MARKS = " \u201c\"'"


def _misses(
    doc: quotes.Doc,
) -> Iterator[tuple[quotes.Gold, quotes.Predicted, quotes.Predicted | None]]:
    """Strict misses giving another name, each with the predicted quotation
    just before it (``None`` for the first)."""
    blocks, offsets = quotes.blocks_from_text(doc.text)
    predicted = quotes._predictions(analyze(blocks), offsets, doc.text, doc.marked)
    for g, p in quotes.match(doc.gold, predicted):
        gq, pq = doc.gold[g], predicted[p]
        if not gq.keys or quotes.strict_right(gq, pq) or _ours(pq) != "another name":
            continue
        before = [q for q in predicted if q.end <= pq.start]
        yield gq, pq, (before[-1] if before else None)


def _phrase_kind(pq: quotes.Predicted, text: str) -> str:
    if pq.speaker_start is None or pq.speaker_end is None:
        return "no phrase"
    said = _lower_words(text[pq.speaker_start : pq.speaker_end])
    if not said:
        return "no phrase"
    if said <= quotes._PRONOUNS:
        return "a pronoun phrase"
    if said & _lower_words(pq.name or ""):
        return "the phrase names ours"
    return "a description phrase"


def structure(
    gq: quotes.Gold, pq: quotes.Predicted, prev: quotes.Predicted | None, text: str
) -> dict[str, str]:
    """The structural categories of one "another name" miss."""
    out = categories(gq, pq, text)
    lo, hi = paragraph(text, gq.start)
    ours = _lower_words(pq.name or "") - quotes._PRONOUNS
    last_ours = _last_before(text, ours, gq.start)
    out["ours last before"] = (
        "nowhere" if last_ours is None else where(text, last_ours, gq.start, lo)
    )
    last_key = _last_before(text, set(gq.keys), gq.start)
    if last_ours is None or last_key is None:
        out["nearer"] = "n/a"
    else:
        out["nearer"] = "ours" if last_ours > last_key else "the key"
    lead = text[lo : gq.start].strip(_OPEN_MARKS)
    in_para = pq.speaker_start is not None and lo <= pq.speaker_start < hi
    if not lead:
        out["quotation stands"] = "opens its paragraph, " + (
            "a phrase in it" if in_para else "no phrase in it"
        )
    elif lead.endswith(":"):
        out["quotation stands"] = "after a colon"
    else:
        out["quotation stands"] = "inside a paragraph"
    phrase = _phrase_kind(pq, text)
    continuing = prev is not None and prev.name is not None and prev.name == pq.name
    out["link"] = phrase + (", ours the quotation before's speaker" if continuing else "")
    return out


def _structures(shared: Path) -> Iterator[tuple[str, str, dict[str, str]]]:
    """(row, half, categories) of every "another name" miss."""
    for row, doc in _docs(shared):
        which = half(doc.name)
        for gq, pq, prev in _misses(doc):
            yield row, which, structure(gq, pq, prev, doc.text)


def count(shared: Path) -> dict[tuple[str, str], Counter[tuple[str, str]]]:
    counts: dict[tuple[str, str], Counter[tuple[str, str]]] = {}
    for row, which, cats in _structures(shared):
        for category, value in {**cats, "misses": "all"}.items():
            counts.setdefault((row, category), Counter())[(which, value)] += 1
    return counts


def cross(shared: Path, first: str, second: str) -> dict[tuple[str, str], Counter[tuple[str, str]]]:
    counts: dict[tuple[str, str], Counter[tuple[str, str]]] = {}
    for row, which, cats in _structures(shared):
        if first in cats and second in cats:
            key = (row, f"{first}={cats[first]} x {second}")
            counts.setdefault(key, Counter())[(which, cats[second])] += 1
    return counts


def tune_examples(shared: Path, category: str, value: str) -> Iterator[str]:
    """The tune half's misses of one value (never the check half's)."""
    for row, doc in _docs(shared):
        if half(doc.name) != TUNE:
            continue
        for gq, pq, prev in _misses(doc):
            if structure(gq, pq, prev, doc.text).get(category) != value:
                continue
            yield listed(row, doc, gq, pq)


def main(argv: list[str] | None = None) -> int:
    return cli(argv, __doc__.splitlines()[0], count, cross, tune_examples)


if __name__ == "__main__":
    raise SystemExit(main())
