"""Quotation accuracy on ``shared/corpus/quotes``.

``run(shared)`` prints the table ``make eval`` shows;
``python -m evaluation.quotes --shared ../shared --misses`` also lists every
miss, false positive and wrong speaker with its context.

ggt-dev (49 news articles): the raw text is split into paragraphs on blank
lines (a single newline inside one becomes the in-block line break, so the
offsets stay the raw file's; a block's leading and trailing breaks and spaces
are left out, as the app's readers leave them out), analysed, and predicted quotations are matched
one-to-one with gold ``direct`` and ``mixed`` quotations when they overlap on
at least 50% of the gold characters (largest overlaps paired first). An
unmatched prediction is a false positive unless it lies mostly inside a gold
quotation (a partial quote inside a ``mixed`` one, a nested quote). Spans are
compared as they are: ours exclude the marks, gold's include them, which
costs nothing at a 50% threshold.

Speaker accuracy, over matched quotations, two ways:

* **strict** (the one that counts): right when the last word of the gold
  ``reference`` (its surname, or the head of a description when the text
  names no one; case-insensitive) is one of the words of the predicted name,
  or of the predicted description when there is no name. A predicted speaker
  that is only a pronoun (``he``, ``she``, ``they``...) is never right.
* **lenient** (the old score): strict, or the predicted speaker's span
  overlaps the gold speaker span (a pronoun the annotators marked in place).

PolNeAR (``evaluation/polnear.py``): gold quotations are the marked spans
inside attributed Content, partial fragments included; the same matching,
and strict speaker accuracy against the keys that module derives. As that
gold's unit is the marked span, a partial quotation (one reported clause,
perhaps with several marked fragments: ``a “loser,” a “liar”``) counts as
each of its marked spans (``Quote.marked``), every one with the clause's
speaker; ggt-dev's gold marks the clause, so there it counts once.

Every corpus is reported on its tune and check halves (``evaluation/split.py``).
ggt-dev's table also scores its **indirect** quotations as speaker data, each
put in marks alone (``evaluation/reported.py``); PolNeAR's tables score its
Contents without quotation marks the same way, every one of an article
marked at once.

textacy-cases (14): each case's text is split into blocks on newlines.
A ``direct_quotations`` case passes when the top-level quotations found are
exactly the expected ones (text compared without marks and joining commas)
with the expected speaker as written (the speaker phrase up to its first
comma); an ``adjustment_for_quote_detection`` case passes when the speaker
words of all quotations found, concatenated, are the expected list.

The baseline row pairs quote marks (curly, straight, «» and doubled
apostrophes) with one
regular expression and no filtering, and has no speakers.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evaluation import polnear
from evaluation.split import CHECK, HALVES, TUNE, half, without_check_rows
from quotemark.library.analyze import analyze
from quotemark.library.importers.mojibake import Repair, repair
from quotemark.library.model import LINE_BREAK, Analysis, Block, BlockKind

_BASELINE = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"|«[^»\n]*»|''(?:(?!'')[^\n])*''")
_PRONOUNS = polnear.SPEAKER_PRONOUNS
_WORD = re.compile(r"\w+")
_JOINED = re.compile(r"\w[\w'.-]*\w")
_MARKS = "\"'“”\u2018\u2019«»„\u201a ,\u00a0"
_OPENING_MARKS = "\"'“”\u2018\u2019«»„\u201a"
UNMARKED_OUT = True
"""With a marked corpus (PolNeAR), a quotation with no mark at its opening
(a transcript's answer, s41-qa) is outside the gold's unit: neither a hit
nor a false alarm (``False``: counted as before, to report both)."""


@dataclass(frozen=True, slots=True)
class Gold:
    start: int
    end: int
    kind: str
    reference: str
    speaker_start: int | None
    speaker_end: int | None
    text: str
    keys: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Predicted:
    start: int
    end: int
    name: str | None
    label: str
    speaker_start: int | None
    speaker_end: int | None
    text: str


_BLOCK_EDGE = " \t\n"
"""What the app's readers strip from a block's two ends (the extractor its
spaces and line breaks, the plain-text reader every line's whitespace)."""


def blocks_from_text(text: str) -> tuple[list[Block], list[int]]:
    """Paragraphs split on blank lines, as the app makes them: no block starts
    or ends with a line break or a space (the regex's match for a later
    paragraph begins at the blank line's second newline, which the app's
    blocks never carry). Each block's offset in ``text`` is that of its first
    kept character."""
    blocks: list[Block] = []
    offsets: list[int] = []
    for m in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", text):
        raw = m.group()
        body = raw.lstrip(_BLOCK_EDGE)
        lead = len(raw) - len(body)
        body = body.rstrip(_BLOCK_EDGE)
        if not body:
            continue
        blocks.append(Block(BlockKind.PARAGRAPH, body.replace("\n", LINE_BREAK)))
        offsets.append(m.start() + lead)
    return blocks, offsets


def _predictions(
    analysis: Analysis, offsets: list[int], text: str, marked: bool = False
) -> list[Predicted]:
    """Quotemark's quotations as text offsets. With ``marked`` (a corpus whose
    gold unit is the marked span, PolNeAR), a partial quotation counts as
    each of its marked fragments, every one with the clause's speaker, and a
    quotation with no marks (:data:`UNMARKED_OUT`) as none."""
    out = []
    for q in analysis.quotes:
        start = offsets[q.span.start.block] + q.span.start.offset
        end = offsets[q.span.end.block] + q.span.end.offset
        if marked and UNMARKED_OUT and not q.marked and _unmarked(text, start):
            continue  # (PolNeAR annotates marked spans: unmarked speech is not its unit)
        s = q.speaker
        s_start = s_end = None
        if s is not None and s.span is not None:
            s_start = offsets[s.span.start.block] + s.span.start.offset
            s_end = offsets[s.span.end.block] + s.span.end.offset
        units = [(start, end)]
        if marked and q.marked:
            units = [
                (offsets[m.start.block] + m.start.offset, offsets[m.end.block] + m.end.offset)
                for m in q.marked
            ]
        for u_start, u_end in units:
            out.append(
                Predicted(
                    u_start,
                    u_end,
                    s.name if s else None,
                    s.label if s else "",
                    s_start,
                    s_end,
                    text[u_start:u_end],
                )
            )
    return out


def _unmarked(text: str, start: int) -> bool:
    """Does a quotation starting at ``start`` open with no quotation mark
    (none among the three characters before it)?"""
    return not any(c in _OPENING_MARKS for c in text[max(0, start - 3) : start])


def _gold(q: dict[str, Any], text: str) -> Gold | None:
    """A gold direct or mixed quotation; the few without offsets are found by
    their text."""
    if q["kind"] not in ("direct", "mixed"):
        return None
    start, end = q["quote_start"], q["quote_end"]
    if start is None or end is None:
        start = text.find(q["quote"].strip())
        if start < 0:
            return None
        end = start + len(q["quote"].strip())
    reference = q.get("reference") or q.get("speaker") or ""
    last = _WORD.findall(reference.lower())[-1:]
    return Gold(
        start,
        end,
        q["kind"],
        reference,
        q.get("speaker_start"),
        q.get("speaker_end"),
        q["quote"],
        frozenset(last),
    )


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def match(gold: list[Gold], predicted: list[Predicted]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index), largest overlap first."""
    pairs = []
    for g, gq in enumerate(gold):
        need = 0.5 * (gq.end - gq.start)
        for p, pq in enumerate(predicted):
            o = _overlap(gq.start, gq.end, pq.start, pq.end)
            if o > 0 and o >= need:
                pairs.append((o, g, p))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _o, g, p in pairs:
        if g in used_g or p in used_p:
            continue
        used_g.add(g)
        used_p.add(p)
        out.append((g, p))
    return out


def strict_right(gq: Gold, pq: Predicted) -> bool:
    """See the module doc: a key word of the gold speaker among the predicted
    name's (or description's) words; a bare pronoun never counts."""
    said = (pq.name or pq.label).lower().replace("\u2019s", "").replace("\u2019", "'")
    words = set(_WORD.findall(said))
    if not words or words <= _PRONOUNS:
        return False
    # A hyphen or an apostrophe inside a surname ("Holtz-Eakin", "O'Neill")
    # keeps it one word, as the gold keys have it.
    words |= {w.strip(".'-") for w in _JOINED.findall(said)}
    return bool({k.replace("\u2019", "'") for k in gq.keys} & words)


def speaker_right(gq: Gold, pq: Predicted) -> bool:
    """See the module doc (lenient): strict, or the speaker spans overlap."""
    if strict_right(gq, pq):
        return True
    if (
        gq.speaker_start is not None
        and gq.speaker_end is not None
        and pq.speaker_start is not None
        and pq.speaker_end is not None
    ):
        return _overlap(gq.speaker_start, gq.speaker_end, pq.speaker_start, pq.speaker_end) > 0
    return False


BANDS = ("1-2", "3-5", "6+")
"""Length bands of a quotation in words, for the table's F1 per band."""


def band(text: str) -> str:
    """The length band (:data:`BANDS`) of a quoted text."""
    n = len(_WORD.findall(text))
    return BANDS[0] if n <= 2 else BANDS[1] if n <= 5 else BANDS[2]


PHRASE_KINDS = ("a name", "a description", "a pronoun", "no phrase")
_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "one", "some", "another"])


def phrase_kind(gq: Gold, text: str) -> str:
    """The kind (:data:`PHRASE_KINDS`) of the gold speaker phrase as the text
    gives it: a pronoun; a description (it opens with a determiner and no key
    is a capitalised word of it: "the department" for IRCC on ggt-dev, "the
    officer" on PolNeAR, whose key takes the head noun); a name (also "the
    DNC", "the Rev. Ada Lind"); or none marked."""
    if gq.speaker_start is None or gq.speaker_end is None:
        return PHRASE_KINDS[3]
    phrase = text[gq.speaker_start : gq.speaker_end].strip()
    words = _WORD.findall(phrase.replace("\u2019s", ""))
    if not words:
        return PHRASE_KINDS[3]
    if phrase.lower() in _PRONOUNS:
        return PHRASE_KINDS[2]
    capitalised = {w.lower() for w in words[1:] if w[:1].isupper()}
    if words[0].lower() in _DETERMINERS and not gq.keys & capitalised:
        return PHRASE_KINDS[1]
    return PHRASE_KINDS[0]


def _unnamed(pq: Predicted) -> bool:
    """Is the predicted speaker unknown: none at all, or a bare pronoun?"""
    said = set(_WORD.findall((pq.name or pq.label).lower()))
    return not said or said <= _PRONOUNS


@dataclass(slots=True)
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    speakers_right: int = 0
    strict_right: int = 0
    strict_total: int = 0
    pronoun_right: int = 0
    pronoun_total: int = 0
    """The strict counts again over gold whose Source is a pronoun (PolNeAR:
    its key is the nearest earlier named Source, which is often not the
    person the pronoun means), so the table shows how much of the gap is there."""
    unnamed: int = 0
    """Strict misses where the quotation has no speaker, or only a pronoun
    ("speaker unknown"); the other misses name someone else."""
    miss_phrases: dict[str, int] = field(default_factory=dict)
    """Strict misses by the kind of the gold speaker phrase as the text gives
    it (:func:`phrase_kind`): where the half loses speakers, counted, so the
    check half's misses can be weighed by kind without being read."""
    phrases: dict[str, int] = field(default_factory=dict)
    """Scored quotations by the same kinds (the misses' denominators)."""
    bands: dict[str, list[int]] = field(default_factory=dict)
    """``{band: [tp, fp, fn]}`` by the quoted words' length (:func:`band`):
    a true positive and a miss by the gold span's length, a false positive
    by the predicted unit's."""

    def count(self, text: str, slot: int) -> None:
        """Add one to ``slot`` (0 tp, 1 fp, 2 fn) of the band of ``text``."""
        self.bands.setdefault(band(text), [0, 0, 0])[slot] += 1

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    @property
    def f1(self) -> float:
        """Quotation F1."""
        return self.prf()[2]

    @property
    def strict(self) -> float:
        """Strict speaker accuracy over matched quotations with a gold speaker."""
        return self.strict_right / self.strict_total if self.strict_total else 0.0


@dataclass(frozen=True, slots=True)
class Doc:
    """One annotated text: its file name (the split key), text and gold."""

    name: str
    text: str
    gold: list[Gold]
    marked: bool = False  # the gold unit is the marked span (PolNeAR)


def _inside_gold(pq: Predicted, gold: list[Gold]) -> bool:
    length = max(1, pq.end - pq.start)
    return any(_overlap(g.start, g.end, pq.start, pq.end) >= 0.5 * length for g in gold)


def _context(text: str, start: int, end: int) -> str:
    lo = max(0, start - 80)
    hi = min(len(text), end + 80)
    return (text[lo:start] + "[[" + text[start:end] + "]]" + text[end:hi]).replace("\n", " / ")


def _read(path: Path) -> Repair:
    """A corpus text as the importer gives a user the same file: UTF-8
    garbled by a wrong encoding repaired (``library/importers/mojibake.py``),
    with the map from the file's offsets, which the gold uses, to the
    repaired text's."""
    return repair(path.read_text(encoding="utf-8"))


def _moved(fixed: Repair, offset: int | None) -> int | None:
    return None if offset is None else fixed.repaired_offset(offset)


def ggt_docs(folder: Path) -> list[Doc]:
    """The ggt-dev articles with their direct and mixed gold quotations."""
    docs = []
    for line in (folder / "annotations.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record: dict[str, Any] = json.loads(line)
        fixed = _read(folder / record["text_file"])
        quotes = record["quotes"]
        if fixed.repaired:
            quotes = [_ggt_moved(fixed, q) for q in quotes]
        gold = [one for q in quotes if (one := _gold(q, fixed.text)) is not None]
        docs.append(Doc(Path(record["text_file"]).name, fixed.text, gold))
    return docs


def _ggt_moved(fixed: Repair, q: dict[str, Any]) -> dict[str, Any]:
    """One ggt gold quotation with its offsets and words in the repaired text."""
    moved = dict(q)
    for key in ("quote_start", "quote_end", "speaker_start", "speaker_end"):
        moved[key] = _moved(fixed, q.get(key))
    for key in ("quote", "reference", "speaker"):
        if isinstance(q.get(key), str):
            moved[key] = repair(q[key]).text
    return moved


_ANN_SPAN = re.compile(r"^(T\d+\t\S+ )([\d ;]+)\t(.*)$", re.M)


def _ann_moved(fixed: Repair, ann: str) -> str:
    """A brat annotation file's spans moved to the repaired text (their
    words repaired as well)."""

    def move(m: re.Match[str]) -> str:
        where = re.sub(r"\d+", lambda n: str(fixed.repaired_offset(int(n.group()))), m.group(2))
        return f"{m.group(1)}{where}\t{repair(m.group(3)).text}"

    return _ANN_SPAN.sub(move, ann)


def polnear_texts(folder: Path) -> list[tuple[Path, str, str]]:
    """``(text file, repaired text, its annotation moved to that text)`` for
    every annotated article of one PolNeAR split folder."""
    out = []
    for path, ann_path in polnear.annotated(folder):
        fixed = _read(path)
        ann = ann_path.read_text(encoding="utf-8")
        if fixed.repaired:
            ann = _ann_moved(fixed, ann)
        out.append((path, fixed.text, ann))
    return out


def polnear_docs(folder: Path) -> list[Doc]:
    """One PolNeAR split folder (``train`` or ``dev``) as gold quotations,
    read as the importer reads the texts (mojibake repaired)."""
    return [polnear_doc(path.name, text, ann) for path, text, ann in polnear_texts(folder)]


def polnear_doc(name: str, text: str, ann: str) -> Doc:
    """One PolNeAR article (its repaired text and moved annotation, as
    :func:`polnear_texts` gives them) as gold quotations."""
    gold = [
        Gold(g.start, g.end, "direct", g.source, g.source_start, g.source_end,
             text[g.start : g.end], g.keys)
        for g in polnear.gold_quotes(text, ann)
    ]  # fmt: skip
    return Doc(name, text, gold, marked=True)


def score_doc(doc: Doc, ours: Score, base: Score, misses: list[str] | None = None) -> None:
    """Add one document's counts to Quotemark's and the baseline's scores."""
    text, gold = doc.text, doc.gold
    blocks, offsets = blocks_from_text(text)
    predicted = _predictions(analyze(blocks), offsets, text, doc.marked)
    pairs = match(gold, predicted)
    matched_g = {g for g, _ in pairs}
    matched_p = {p for _, p in pairs}
    ours.tp += len(pairs)
    ours.fn += len(gold) - len(pairs)
    for g, gq in enumerate(gold):
        ours.count(gq.text, 0 if g in matched_g else 2)
    for p, pq in enumerate(predicted):
        if p not in matched_p and not _inside_gold(pq, gold):
            ours.fp += 1
            ours.count(pq.text, 1)
            if misses is not None:
                misses.append(f"FP   {doc.name}: {_context(text, pq.start, pq.end)}")
    for g, p in pairs:
        if speaker_right(gold[g], predicted[p]):
            ours.speakers_right += 1
        if gold[g].keys:
            ours.strict_total += 1
            right = strict_right(gold[g], predicted[p])
            if gold[g].reference.strip().lower() in _PRONOUNS:
                ours.pronoun_total += 1
                ours.pronoun_right += right
            if right:
                ours.strict_right += 1
            elif _unnamed(predicted[p]):
                ours.unnamed += 1
            kind = phrase_kind(gold[g], text)
            ours.phrases[kind] = ours.phrases.get(kind, 0) + 1
            if not right:
                ours.miss_phrases[kind] = ours.miss_phrases.get(kind, 0) + 1
            if not right and misses is not None:
                misses.append(
                    f"SPKR {doc.name}: want {gold[g].reference!r} {sorted(gold[g].keys)} got "
                    f"{predicted[p].name!r}/{predicted[p].label!r}: "
                    f"{_context(text, gold[g].start, gold[g].end)}"
                )
    if misses is not None:
        for g, gq in enumerate(gold):
            if g not in matched_g:
                misses.append(f"MISS {doc.name} ({gq.kind}): {_context(text, gq.start, gq.end)}")
    baseline = [
        Predicted(m.start(), m.end(), None, "", None, None, m.group())
        for m in _BASELINE.finditer(text)
    ]
    bpairs = match(gold, baseline)
    bmatched = {p for _, p in bpairs}
    base.tp += len(bpairs)
    base.fn += len(gold) - len(bpairs)
    base.fp += sum(
        1 for p, pq in enumerate(baseline) if p not in bmatched and not _inside_gold(pq, gold)
    )


def evaluate(
    docs: list[Doc], misses: list[str] | None = None, only: str | None = None
) -> dict[str, tuple[Score, Score]]:
    """``{half: (quotemark, baseline)}`` over the tune and check halves
    (only ``only`` when given; misses are listed from the tune half only)."""
    out = {name: (Score(), Score()) for name in HALVES if only in (None, name)}
    for doc in docs:
        which = half(doc.name)
        if which in out:
            score_doc(doc, *out[which], misses if which == TUNE else None)
    return out


def evaluate_ggt(folder: Path, misses: list[str] | None = None) -> tuple[Score, Score]:
    """Scores for Quotemark and for the regex baseline over all of ggt-dev."""
    ours, base = Score(), Score()
    for doc in ggt_docs(folder):
        score_doc(doc, ours, base, misses)
    return ours, base


def _bare(text: str) -> str:
    return text.strip(_MARKS + ".!?").strip()


def _speaker_words(analysis: Analysis, index: int) -> list[str]:
    speaker = analysis.quotes[index].speaker
    if speaker is None:
        return []
    written = speaker.span.text if speaker.span is not None else speaker.label
    return [w for w in written.split(",")[0].split() if w.lower() != "and"]


def textacy_case(case: dict[str, Any]) -> tuple[bool, str]:
    """Run one textacy case: (passed, what was found)."""
    blocks = [Block(BlockKind.PARAGRAPH, line) for line in case["text"].split("\n")]
    analysis = analyze(blocks)
    top = [i for i, q in enumerate(analysis.quotes) if q.parent is None]
    found = [(analysis.quotes[i].span.text, _speaker_words(analysis, i)) for i in top]
    expected = case["expected"]
    if isinstance(expected, dict):
        flat = [w for _text, words in found for w in words]
        return flat == expected["speaker_tokens_flat"], str(flat)
    want = [(_bare(e["content"]), e["speaker"]) for e in expected]
    got = [(_bare(t), words) for t, words in found]
    return want == got, str(got)


def corpora(shared: Path) -> dict[str, list[Doc]]:
    """Every quotation corpus by the name the tables use."""
    folder = shared / "corpus" / "quotes"
    return {
        "ggt-dev": ggt_docs(folder / "ggt-dev"),
        "polnear-train": polnear_docs(folder / "polnear" / "train"),
        "polnear-dev": polnear_docs(folder / "polnear" / "dev"),
    }


def table(name: str, scores: dict[str, tuple[Score, Score]], sizes: dict[str, int]) -> list[str]:
    """One corpus's rows: Quotemark and mark pairing on each half."""
    lines = [f"Quotations: {name} (>=50% gold overlap, one-to-one; speaker strict / lenient)"]
    lines.append(
        f"  {'half':<6}{'system':<20}{'P':>7}{'R':>7}{'F1':>7}{'strict':>8}{'lenient':>9}"
        f"{'tp':>6}{'fp':>6}{'fn':>6}"
    )
    for which, (ours, base) in scores.items():
        for system, score, spk in (("quotemark", ours, True), ("mark pairing", base, False)):
            p, r, f = score.prf()
            strict = f"{score.strict:.3f}" if spk and score.strict_total else "-"
            lenient = f"{score.speakers_right / score.tp:.3f}" if spk and score.tp else "-"
            lines.append(
                f"  {which:<6}{system:<20}{p:>7.3f}{r:>7.3f}{f:>7.3f}{strict:>8}{lenient:>9}"
                f"{score.tp:>6}{score.fp:>6}{score.fn:>6}"
            )
    for which, (ours, _base) in scores.items():
        if ours.pronoun_total:
            named_right = ours.strict_right - ours.pronoun_right
            named_total = ours.strict_total - ours.pronoun_total
            lines.append(
                f"  {which:<6}strict by gold Source: named {named_right}/{named_total} "
                f"= {named_right / max(1, named_total):.3f}, pronoun (key: nearest earlier "
                f"name) {ours.pronoun_right}/{ours.pronoun_total} "
                f"= {ours.pronoun_right / ours.pronoun_total:.3f}"
            )
    for which, (ours, _base) in scores.items():
        wrong = ours.strict_total - ours.strict_right
        if wrong:
            lines.append(
                f"  {which:<6}strict misses: {wrong - ours.unnamed} name someone else, "
                f"{ours.unnamed} no speaker (or a bare pronoun)"
            )
            kinds = ", ".join(
                f"{kind} {ours.miss_phrases[kind]}/{ours.phrases[kind]}"
                for kind in PHRASE_KINDS
                if ours.miss_phrases.get(kind)
            )
            lines.append(f"  {which:<6}  by the gold speaker phrase (wrong/all): {kinds}")
    if TUNE in scores:
        # (By length on the tune half only: the half rules are written from.)
        ours = scores[TUNE][0]
        cells = []
        for name in BANDS:
            tp, fp, fn = ours.bands.get(name, [0, 0, 0])
            f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
            cells.append(f"{name} words {f1:.3f} ({tp}/{fp}/{fn})")
        lines.append(f"  tune  F1 by length (tp/fp/fn): {', '.join(cells)}")
    lines.append(f"  ({sizes[TUNE]} tune / {sizes[CHECK]} check articles)")
    return lines


def run(shared: Path, show_misses: bool = False) -> str:
    """The quotation accuracy tables."""
    folder = shared / "corpus" / "quotes"
    misses: list[str] | None = [] if show_misses else None
    lines: list[str] = []
    for name, docs in corpora(shared).items():
        sizes = {which: sum(1 for d in docs if half(d.name) == which) for which in HALVES}
        lines.extend(table(name, evaluate(docs, misses), sizes))
        if name == "ggt-dev":
            # Indirect quotations marked one at a time (evaluation/reported.py).
            from evaluation import reported

            lines.extend(reported.rows(reported.evaluate(folder / name, misses)))
        elif name.startswith("polnear-"):
            # Reported speech: every such Content of an article marked at once.
            from evaluation import reported

            split = folder / "polnear" / name.removeprefix("polnear-")
            lines.extend(reported.rows(reported.evaluate_polnear(split, misses)))
        lines.append("")
    lines.append("targets (check half): F1 above mark pairing, strict speaker >= 0.90")
    cases = json.loads((folder / "textacy-cases" / "cases.json").read_text(encoding="utf-8"))
    results = [(case["id"], half(case["id"]), *textacy_case(case)) for case in cases["cases"]]
    for which in HALVES:
        mine = [r for r in results if r[1] == which]
        passed = sum(1 for r in mine if r[2])
        lines.append(f"textacy-cases {which}: {passed}/{len(mine)} pass")
    for case_id, which, ok, got in results:
        if not ok:
            lines.append(f"  FAIL ({which}) {case_id}: got {got}")
    if misses is not None:
        lines = without_check_rows(lines)
    if misses:
        lines.append("")
        lines.append("tune-half misses:")
        lines.extend(sorted(misses))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.quotes", description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--misses", action="store_true", help="list every error with context")
    args = parser.parse_args(argv)
    print(run(args.shared, args.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
