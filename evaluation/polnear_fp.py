"""PolNeAR false positives counted by kind, per half (stop 37).

``python -m evaluation.polnear_fp --shared ../shared`` prints, for every
PolNeAR false positive (a unit we give, scored as :mod:`evaluation.quotes`
scores it, that matches no gold span and lies under half inside one),
**counts only** by categories computed by code. The kinds were written down
before any count was seen; the first that applies is the unit's ``kind``:

* it overlaps gold spans: it **joins two or more** of them; it covers half
  of one that **another unit matched**; it covers **under 50 %** of one
  (ours longer, ours shorter);
* it lies at least half inside an attributed **Content** with no gold span
  there (marks the gold does not pair: single marks, a pair across a line);
* it lies at least half over a **Source or a Cue** span (a speaker-only span);
* outside any attribution: a **title or a name** (every word capitalised);
  a **term after a naming word** (``so-called``, ``called``, ``dubbed``, ``the
  word``...); a **scare quote** (one or two words, no speaker); **no speaker**,
  three words or more; **a speaker given** (an attribution PolNeAR left
  unmarked, or one we made up).

Beside the kind: the unit's marks, length, whether it is one marked fragment
of a partial quotation, the speaker we gave (a name, a pronoun, none) and the
word right before the opening mark. Lines are printed by
:func:`evaluation.speaker_misses.print_counts` ("[row] category: value
tune/check; ...").

``--tune KIND`` lists the **tune** half's false positives of one kind (a
prefix of it is enough) to write rules from; ``--tune-miss STAGE`` lists the
tune half's misses of one :mod:`evaluation.losses` stage (``found: its unit
matched another gold span``, ``found: under 50%``). The check half is never
listed.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from evaluation import losses, polnear, quotes
from evaluation.speaker_misses import print_counts
from evaluation.split import TUNE, half
from quotemark.library.analyze import analyze, lexicon

ROWS = ("polnear-train", "polnear-dev")

_WORD = re.compile(r"[A-Za-z0-9][\w'\u2019.-]*")
# Words that name a term or a title right before its marks ("the so-called",
# "titled", "the phrase").
_NAMING = (
    lexicon.NAMING_VERBS
    | lexicon.NAMING_AS_VERBS
    | frozenset(
        [
            "so-called",
            "word",
            "words",
            "term",
            "terms",
            "phrase",
            "slogan",
            "nickname",
            "label",
            "dubbed",
            "nicknamed",
            "titled",
            "entitled",
        ]
    )
)
_SMALL = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "at", "by"})


@dataclass(frozen=True, slots=True)
class Article:
    """One PolNeAR article: the scored document and its attribution spans."""

    doc: quotes.Doc
    contents: list[tuple[int, int]]
    speakers: list[tuple[int, int]]  # Source and Cue spans
    orphans: list[tuple[int, int]] = field(default_factory=list)
    """Content spans no attribution links (the gold leaves them out)."""


@dataclass(frozen=True, slots=True)
class Unit:
    """One unit we give, with whether it is a partial quotation's fragment."""

    predicted: quotes.Predicted
    fragment: bool


def article(text: str, ann: str, name: str) -> Article:
    """An article's gold (:func:`evaluation.quotes.polnear_doc`) and its
    Content, Source and Cue spans."""
    spans, relations = polnear.parse(ann)
    # Content spans as the gold reads them: every piece an attribution links.
    linked = {
        ref
        for relation in relations
        for role, ref in relation.items()
        if polnear.CONTENT_ROLE.fullmatch(role)
    }
    contents = [
        (s, e) for t, (kind, s, e, _w) in spans.items() if kind == "Content" and t in linked
    ]
    orphans = [
        (s, e) for t, (kind, s, e, _w) in spans.items() if kind == "Content" and t not in linked
    ]
    speakers = [(s, e) for kind, s, e, _w in spans.values() if kind in ("Source", "Cue")]
    return Article(quotes.polnear_doc(name, text, ann), contents, speakers, orphans)


def _articles(shared: Path) -> Iterator[tuple[str, Article]]:
    folder = shared / "corpus" / "quotes" / "polnear"
    for row in ROWS:
        for path, text, ann in quotes.polnear_texts(folder / row.removeprefix("polnear-")):
            yield row, article(text, ann, path.name)


def units(doc: quotes.Doc) -> list[Unit]:
    """The units we give for ``doc``, as :mod:`evaluation.quotes` scores them."""
    blocks, offsets = quotes.blocks_from_text(doc.text)
    analysis = analyze(blocks)
    predicted = quotes._predictions(analysis, offsets, doc.text, doc.marked)
    # _predictions gives one unit a quotation, or one a marked fragment of a
    # partial one: the same order, so the flags line up.
    fragments = [
        flag
        for q in analysis.quotes
        for flag in ([True] * len(q.marked) if doc.marked and q.marked else [False])
    ]
    return [Unit(pq, flag) for pq, flag in zip(predicted, fragments, strict=True)]


def false_positives(doc: quotes.Doc) -> list[Unit]:
    """The units of ``doc`` the scorer counts as false positives."""
    found = units(doc)
    predicted = [u.predicted for u in found]
    matched = {p for _g, p in quotes.match(doc.gold, predicted)}
    return [
        u
        for p, u in enumerate(found)
        if p not in matched and not quotes._inside_gold(u.predicted, doc.gold)
    ]


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    length = max(1, end - start)
    return any(quotes._overlap(s, e, start, end) >= 0.5 * length for s, e in spans)


def _speaker(pq: quotes.Predicted) -> str:
    said = set(_WORD.findall((pq.name or pq.label).lower()))
    if not said:
        return "none"
    return "a pronoun" if said <= quotes._PRONOUNS else "a name or description"


def _before(text: str, start: int) -> str:
    words = _WORD.findall(text[max(0, start - 40) : start])
    if not words:
        return "none"
    word = words[-1].lower()
    if word in _NAMING:
        return "a naming word"
    if word in lexicon.DETERMINERS or word in lexicon.ARTICLES:
        return "a determiner"
    if word in lexicon.PASSIVE_AUXILIARIES:
        return "a copula"
    if word in lexicon.ENGLISH_PREPOSITIONS:
        return "a preposition"
    if word in lexicon.SPEECH_VERBS or word in lexicon.ATTRIBUTING_VERBS:
        return "a verb of saying"
    return "another word"


def _title_form(words: list[str]) -> bool:
    content = [w for w in words if w.lower() not in _SMALL]
    return bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content)


def kind(art: Article, unit: Unit) -> str:
    """The unit's kind (the module doc's list, first that applies)."""
    pq, gold, text = unit.predicted, art.doc.gold, art.doc.text
    touched = [g for g in gold if quotes._overlap(g.start, g.end, pq.start, pq.end) > 0]
    if len(touched) >= 2:
        return "overlap: joins two or more gold spans"
    if touched:
        g = touched[0]
        if quotes._overlap(g.start, g.end, pq.start, pq.end) >= 0.5 * (g.end - g.start):
            return "overlap: its gold span matched another unit"
        longer = pq.end - pq.start > g.end - g.start
        return f"overlap: under 50% of the gold span, ours {'longer' if longer else 'shorter'}"
    if _inside(art.contents, pq.start, pq.end):
        return "in a Content: marks the gold does not pair"
    if _inside(art.orphans, pq.start, pq.end):
        return "in a Content no attribution links"
    if _inside(art.speakers, pq.start, pq.end):
        return "over a Source or Cue span"
    words = _WORD.findall(pq.text)
    speaker = _speaker(pq)
    if _title_form(words):
        return "outside: a title or a name"
    if _before(text, pq.start) == "a naming word":
        return "outside: a term after a naming word"
    if len(words) <= 2 and speaker == "none":
        return "outside: a scare quote (1-2 words, no speaker)"
    if speaker == "none":
        return "outside: no speaker, 3+ words"
    return "outside: a speaker given"


def _pairing(text: str, start: int, end: int) -> str:
    """Why the gold's mark pairing (:data:`evaluation.polnear.QUOTED`) has no
    span here: a mark at the unit's edge turned the wrong way (a closing
    mark opening it, an opening mark closing it), the marks of the line
    paired out of step, no pair on the line; or the gold pairs these very
    marks (the unit is outside every Content)."""
    opening, closing = text[start - 1 : start], text[end : end + 1]
    if opening == "\u201d" or closing == "\u201c":
        return "a mark turned the wrong way"
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    line = text[lo : hi if hi >= 0 else len(text)]
    pairs = [(lo + m.start(), lo + m.end()) for m in polnear.QUOTED.finditer(line)]
    if any(start - 2 <= s < start and end < e <= end + 2 for s, e in pairs):
        return "the gold pairs these marks"
    if any(quotes._overlap(s, e, start, end) > 0 for s, e in pairs):
        return "the line's marks paired out of step"
    return "no pair on the line"


def categories(art: Article, unit: Unit) -> dict[str, str]:
    """Every category of one false positive (closed-class values)."""
    pq = unit.predicted
    which = kind(art, unit)
    return {
        "kind": which,
        "gold pairing": _pairing(art.doc.text, pq.start, pq.end),
        "marks": losses.mark_name(art.doc.text[max(0, pq.start - 2) : pq.start]),
        "length": quotes.band(pq.text) + " words",
        "unit": "a partial quotation's fragment" if unit.fragment else "a whole quotation",
        "speaker": _speaker(pq),
        "word before": _before(art.doc.text, pq.start),
    }


def count(shared: Path) -> dict[tuple[str, str], Counter[tuple[str, str]]]:
    """``{(row, category): Counter((half, value))}`` over PolNeAR's false positives."""
    counts: dict[tuple[str, str], Counter[tuple[str, str]]] = {}
    for row, art in _articles(shared):
        which = half(art.doc.name)
        for unit in false_positives(art.doc):
            cats = categories(art, unit)
            cats["false positives"] = "all"
            for category, value in cats.items():
                counts.setdefault((row, category), Counter())[(which, value)] += 1
    return counts


def _shown(text: str, start: int, end: int) -> str:
    before = " ".join(text[max(0, start - 300) : start].split())
    after = " ".join(text[end : end + 120].split())
    return f"  ...{before} [[{text[start:end]}]] {after}..."


def tune_examples(shared: Path, wanted: str) -> Iterator[str]:
    """The tune half's false positives whose kind starts with ``wanted``
    (never the check half's)."""
    for row, art in _articles(shared):
        if half(art.doc.name) != TUNE:
            continue
        for unit in false_positives(art.doc):
            cats = categories(art, unit)
            if not cats["kind"].startswith(wanted):
                continue
            pq = unit.predicted
            yield (
                f"--- {row} {art.doc.name} {cats}; ours name {pq.name!r} label {pq.label!r}\n"
                + _shown(art.doc.text, pq.start, pq.end)
            )


def tune_misses(shared: Path, wanted: str) -> Iterator[str]:
    """The tune half's misses of one :func:`evaluation.losses.stage` (a
    prefix is enough), with the units we gave over them (never the check half's)."""
    for row, art in _articles(shared):
        if half(art.doc.name) != TUNE:
            continue
        given = [u.predicted for u in units(art.doc)]
        for gold, why in losses.stage(art.doc):
            if not why.startswith(wanted):
                continue
            ours = [
                f"[{p.text}]"
                for p in given
                if quotes._overlap(gold.start, gold.end, p.start, p.end) > 0
            ]
            yield (
                f"--- {row} {art.doc.name} {why}; ours {' '.join(ours)}\n"
                + _shown(art.doc.text, gold.start, gold.end)
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--tune", metavar="KIND", help="list tune false positives of one kind")
    parser.add_argument("--tune-miss", metavar="STAGE", help="list tune misses of one stage")
    args = parser.parse_args(argv)
    if args.tune:
        for line in tune_examples(args.shared, args.tune):
            print(line)
    elif args.tune_miss:
        for line in tune_misses(args.shared, args.tune_miss):
            print(line)
    else:
        print_counts(count(args.shared))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
