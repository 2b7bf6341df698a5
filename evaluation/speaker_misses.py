"""ggt-dev strict speaker misses counted by category, per half (stop 35).

``python -m evaluation.speaker_misses --shared ../shared`` prints, for every
strict speaker miss of ggt-dev, direct and reported (each indirect quotation
marked alone, :mod:`evaluation.reported`), **counts only** by categories
computed by code: what we gave, where the gold key (surname) occurs around
the quotation, whether our speaker span overlaps the gold one, whether our
label's head noun stands near the key, and so on. Each line reads
"category: value tune/check; ...". No text, name, label or sentence of either
half is printed, so the check half can be weighed without being read (issue
16); write rules from the tune half's examples of the category it points to
(``python -m evaluation.quotes --misses`` lists those). From stop 41 a
miss whose gold phrase is a description is also sorted into the groups
read on PolNeAR's tune misses (``description group (stop 41)``, see
:func:`description_group`).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from evaluation import quotes, reported
from evaluation.split import CHECK, TUNE, half
from quotemark.library.analyze import analyze
from quotemark.library.analyze.lexicon import words

_SENTENCE_END = re.compile(r"[.!?][\u201d\"\u2019']?\s+(?=[\u201c\"A-Z])")
_BODY_WORDS = words(
    "department ministry agency company government police office service board commission "
    "council group association union university hospital school city court statement "
    "spokesperson spokesman spokeswoman authority bank airline province corporation "
    "organization organisation party campaign committee"
)


def _lower_words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w[\w'-]*", text)}


def paragraph(text: str, pos: int) -> tuple[int, int]:
    """The start and end of the paragraph (between blank lines) holding ``pos``."""
    lo = text.rfind("\n\n", 0, pos)
    hi = text.find("\n\n", pos)
    return (0 if lo < 0 else lo + 2), (len(text) if hi < 0 else hi)


def _sentence_start(text: str, pos: int, lo: int) -> int:
    best = lo
    for m in _SENTENCE_END.finditer(text, lo, pos):
        best = m.end()
    return best


def _ours(pq: quotes.Predicted) -> str:
    said = _lower_words(pq.name or pq.label)
    if not said:
        return "none"
    if said <= quotes._PRONOUNS:
        return "a pronoun"
    body = bool(said & _BODY_WORDS)
    if pq.name is None:
        return "a label holding a body noun" if body else "a label, no name"
    return "a body's name" if body else "another name"


def _spans_overlap(gq: quotes.Gold, pq: quotes.Predicted) -> str:
    """Whether the gold speaker span and ours overlap ("True", "False"), or
    "n/a" when either has none."""
    spans = (gq.speaker_start, gq.speaker_end, pq.speaker_start, pq.speaker_end)
    if any(s is None for s in spans):
        return "n/a"
    g0, g1, p0, p1 = (s or 0 for s in spans)
    return str(quotes._overlap(g0, g1, p0, p1) > 0)


def categories(doc: quotes.Doc, gq: quotes.Gold, pq: quotes.Predicted) -> dict[str, str]:
    """The categories of one strict miss (values are closed-class strings)."""
    text = doc.text
    key = next(iter(gq.keys))
    pattern = re.compile(r"\b" + re.escape(key) + r"\b", re.IGNORECASE)
    lo, hi = paragraph(text, gq.start)
    before = [m.start() for m in pattern.finditer(text, 0, gq.start)]
    out = {"gold phrase": quotes.phrase_kind(gq, text), "ours": _ours(pq)}
    if not before:
        out["key before"] = "no"
    elif before[-1] >= _sentence_start(text, gq.start, lo):
        out["key before"] = "same sentence"
    elif before[-1] >= lo:
        out["key before"] = "same paragraph"
    elif before[-1] >= paragraph(text, max(0, lo - 3))[0]:
        out["key before"] = "paragraph before"
    else:
        out["key before"] = "earlier"
    out["key after, same paragraph"] = str(pattern.search(text, gq.end, hi) is not None)
    if gq.speaker_start is None or gq.speaker_end is None:
        out["gold span"] = "none"
    elif gq.speaker_start >= gq.end:
        out["gold span"] = "after, same paragraph" if gq.speaker_start < hi else "after, later"
    elif gq.speaker_end <= gq.start:
        out["gold span"] = "before, same paragraph" if gq.speaker_start >= lo else "before, earlier"
    else:
        out["gold span"] = "inside"
    out["spans overlap"] = _spans_overlap(gq, pq)
    heads = re.findall(r"\w+", pq.label)
    if pq.name is None and heads and before:
        near = re.compile(r"\b" + re.escape(heads[-1]) + r"\b", re.IGNORECASE)
        out["label head within 60 chars of the key"] = str(
            any(near.search(text, max(0, b - 60), b + 60) for b in before)
        )
    out["quotation opens its paragraph"] = str(not text[lo : gq.start].strip(' \u201c"'))
    if out["gold phrase"] == "a description":
        out["description group (stop 41)"] = description_group(text, gq, pq, out)
    return out


_TIME_CLAUSE = frozenset(["after", "before", "until", "since"])


def description_group(
    text: str, gq: quotes.Gold, pq: quotes.Predicted, found: dict[str, str]
) -> str:
    """Which of stop 41's groups (read on PolNeAR's tune misses) a miss
    whose gold phrase is a description falls in: our name is one the gold
    description holds ("a spokesman for Ada Lind" given to Lind); our label
    opens a clause of time after the marks ("after the man"); a label whose
    head stands near the key (the text gave the noun to the person: the
    shape no PolNeAR miss can show, as its keys take a description's head);
    another label; another name; none or a pronoun."""
    ours = found["ours"]
    said = (pq.name or pq.label).split()
    if ours in ("none", "a pronoun"):
        return "none or a pronoun"
    if gq.speaker_start is not None and gq.speaker_end is not None and pq.name is not None:
        phrase = _lower_words(text[gq.speaker_start : gq.speaker_end])
        if _lower_words(pq.name) & phrase:
            return "our name held in the gold description"
    if pq.name is None and said and said[0].lower() in _TIME_CLAUSE:
        return "our label opens a clause of time"
    if pq.name is None:
        if found.get("label head within 60 chars of the key") == "True":
            return "a label, its head near the key"
        return "a label, other"
    return "another name"


def misses(doc: quotes.Doc) -> Iterator[tuple[quotes.Gold, quotes.Predicted]]:
    """The strict speaker misses of one document."""
    blocks, offsets = quotes.blocks_from_text(doc.text)
    predicted = quotes._predictions(analyze(blocks), offsets, doc.text, doc.marked)
    for g, p in quotes.match(doc.gold, predicted):
        if doc.gold[g].keys and not quotes.strict_right(doc.gold[g], predicted[p]):
            yield doc.gold[g], predicted[p]


def count(shared: Path) -> dict[tuple[str, str], Counter[tuple[str, str]]]:
    """``{(row, category): Counter((half, value))}`` over ggt-dev's misses."""
    folder = shared / "corpus" / "quotes" / "ggt-dev"
    docs = [("direct", doc) for doc in quotes.ggt_docs(folder)]
    for name, text, q in reported.indirect(folder):
        marked = None if reported.swallows(q) else reported.marked_doc(name, text, q)
        if marked is not None:
            docs.append(("reported", marked))
    counts: dict[tuple[str, str], Counter[tuple[str, str]]] = {}
    for row, doc in docs:
        which = half(doc.name)
        for gq, pq in misses(doc):
            for category, value in categories(doc, gq, pq).items():
                for r in (row, "all"):
                    counts.setdefault((r, category), Counter())[(which, value)] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    args = parser.parse_args(argv)
    print_counts(count(args.shared))
    return 0


def print_counts(counts: dict[tuple[str, str], Counter[tuple[str, str]]]) -> None:
    """One line a (row, category): each value's tune/check count."""
    for (row, category), counter in sorted(counts.items()):
        values = sorted({value for _which, value in counter})
        print(
            f"[{row}] {category}: "
            + "; ".join(f"{v} {counter[(TUNE, v)]}/{counter[(CHECK, v)]}" for v in values)
        )


if __name__ == "__main__":
    raise SystemExit(main())
