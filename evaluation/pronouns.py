"""Where pronoun speakers go wrong, grouped by cause (tune halves only).

``python -m evaluation.pronouns --shared ../shared [--show N]`` lists every
tune-half quotation whose speaker phrase is a pronoun ("he said", "she
added") and whose speaker is strictly wrong: left as the pronoun, or
resolved to someone the gold does not name. Each is put under one cause:

* ``unresolved``: nobody was found (no person named as a subject within
  reach, or all of them of the other gender);
* ``key never a subject``: the gold person is named in the text before the
  quotation but was never registered as a sentence's subject or speaker
  (a middle initial, an inverted "said X", a name only in an object);
* ``key only in a quotation``: the gold person's surname appears before the
  quotation only inside quoted words;
* ``key absent before``: the gold person's surname does not appear before
  the quotation at all (the gold approximation, or a cataphor);
* ``other subject since``: the gold person was registered, but someone
  else was registered after them and before the pronoun; the line shows
  who, and the words around that mention;
* ``gender skipped key``: the gold person was the last one registered but
  the gender evidence passed over them.

Only the tune half is read, so rules are written from it; the totals per
corpus and cause let a change be judged by how much of a cause it removes.
"""

from __future__ import annotations

import argparse
import bisect
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from evaluation.quotes import (
    Doc,
    Predicted,
    _predictions,
    blocks_from_text,
    corpora,
    match,
    strict_right,
)
from evaluation.split import TUNE, half
from quotemark.library.analyze import _quoted, analyze
from quotemark.library.analyze.document import Document
from quotemark.library.analyze.gender import of_pronoun
from quotemark.library.analyze.lexicon import PRONOUNS
from quotemark.library.analyze.marks import pair_marks
from quotemark.library.analyze.quotes import candidates
from quotemark.library.analyze.speakers import People, find_people

CAUSES = (
    "unresolved",
    "key never a subject",
    "key only in a quotation",
    "key absent before",
    "other subject since",
    "gender skipped key",
    "other",
)


def _people(text: str) -> tuple[People, Document, list[int], list[tuple[int, int]]]:
    """The people :func:`analyze` would find in ``text`` (split as the
    evaluation splits it), the document, the raw offset of each block, and
    the quoted stretches (document offsets)."""
    blocks, offsets = blocks_from_text(text)
    doc = Document(blocks)
    found = candidates(doc, pair_marks(doc))
    quoted = _quoted(found)
    return find_people(doc.prose, quoted), doc, offsets, quoted


def _to_doc(doc: Document, offsets: list[int], raw: int) -> int:
    """A raw-text offset as a document offset."""
    b = max(0, bisect.bisect_right(offsets, raw) - 1)
    return doc.starts[b] + (raw - offsets[b])


def _has_key(name: str, keys: frozenset[str]) -> bool:
    return bool({w.lower() for w in re.findall(r"[\w'\u2019-]+", name)} & keys)


def _context(text: str, at: int, width: int = 70) -> str:
    return text[max(0, at - width) : at + width].replace("\n", " / ").replace("\u2028", " / ")


def diagnose(
    d: Doc,
    gold_index: int,
    pq: Predicted,
    people: People,
    doc: Document,
    offsets: list[int],
    quoted: list[tuple[int, int]],
) -> tuple[str, str]:
    """The cause of one wrong pronoun speaker, and a detail line."""
    gq = d.gold[gold_index]
    assert pq.speaker_start is not None
    at = _to_doc(doc, offsets, pq.speaker_start)
    pronoun = d.text[pq.speaker_start : pq.speaker_end].strip().lower()
    text = doc.prose
    keys = gq.keys
    if pq.name is None or pq.name.lower() in PRONOUNS:
        return "unresolved", f"{pronoun!r}"
    i = bisect.bisect_left(people.positions, at)
    registered = [k for k in range(i) if _has_key(people.names[k], keys)]
    if not registered:
        seen = [
            m.start()
            for key in keys
            for m in re.finditer(rf"\b{re.escape(key)}\b", text[:at], re.IGNORECASE)
        ]
        if not seen:
            return "key absent before", f"want {sorted(keys)}, got {pq.name!r}"
        starts = [q[0] for q in quoted]
        outside = []
        for pos in seen:
            j = bisect.bisect_right(starts, pos) - 1
            if not (j >= 0 and pos < quoted[j][1]):
                outside.append(pos)
        if not outside:
            return "key only in a quotation", f"want {sorted(keys)}, got {pq.name!r}"
        last = max(outside)
        return "key never a subject", f"want {sorted(keys)}: …{_context(text, last)}…"
    last = registered[-1]
    since = [k for k in range(last + 1, i) if not _has_key(people.names[k], keys)]
    if since:
        k = since[-1]
        return (
            "other subject since",
            f"want {sorted(keys)}, got {pq.name!r}; {people.names[k]!r} at "
            f"…{_context(text, people.positions[k])}…",
        )
    if not people.genders.fits(people.names[last], of_pronoun(pronoun)):
        return "gender skipped key", f"{people.names[last]!r} for {pronoun!r}"
    return "other", f"want {sorted(keys)}, got {pq.name!r}"


def pronoun_spoken(doc: Doc, predicted: list[Predicted]) -> Iterator[tuple[int, Predicted]]:
    """The matched quotations of ``doc`` with a keyed gold speaker whose
    predicted speaker phrase is a pronoun: (gold index, prediction)."""
    for g, p in match(doc.gold, predicted):
        gq, pq = doc.gold[g], predicted[p]
        if not gq.keys or pq.speaker_start is None or pq.speaker_end is None:
            continue
        if doc.text[pq.speaker_start : pq.speaker_end].strip().lower() in PRONOUNS:
            yield g, pq


def run(shared: Path, show: int = 8) -> str:
    """The tune-half pronoun misses of every corpus, grouped by cause."""
    lines: list[str] = []
    for corpus, docs in corpora(shared).items():
        counts: Counter[str] = Counter()
        examples: dict[str, list[str]] = defaultdict(list)
        total = 0
        for d in docs:
            if half(d.name) != TUNE:
                continue
            blocks, offsets = blocks_from_text(d.text)
            predicted = _predictions(analyze(blocks), offsets, d.text, d.marked)
            state = None
            for g, pq in pronoun_spoken(d, predicted):
                total += 1
                if strict_right(d.gold[g], pq):
                    continue
                if state is None:
                    state = _people(d.text)
                cause, detail = diagnose(d, g, pq, *state)
                counts[cause] += 1
                examples[cause].append(f"    {d.name}: {detail}")
        wrong = sum(counts.values())
        lines.append(f"{corpus} (tune): pronoun speakers {total}, strictly wrong {wrong}")
        for cause in CAUSES:
            if counts[cause]:
                lines.append(f"  {cause}: {counts[cause]}")
                lines.extend(examples[cause][:show])
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.pronouns", description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--show", type=int, default=8, help="examples listed per cause")
    args = parser.parse_args(argv)
    print(run(args.shared, args.show))
    return 0


if __name__ == "__main__":
    sys.exit(main())
