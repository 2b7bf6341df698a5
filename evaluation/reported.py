"""Reported (indirect) speech of ggt-dev as speaker data.

ggt-dev's ``annotations.jsonl`` marks indirect quotations ("Lind said the
pier would close") with their speaker span and resolved ``reference``, as it
marks direct ones. Quotemark highlights only what the text puts in quotation
marks, so these are scored by marking them: for **each indirect quotation
alone**, a copy of the (repaired) text gets curly marks around its gold
content span (“…”), the gold offsets are moved past the two inserted
characters, the copy is analysed as ``quotes.score_doc`` analyses an
article, and the speaker of the predicted quotation matched with the marked
span (``quotes.match``: 50 % of the gold characters, one-to-one) is scored
with ``quotes.strict_right``. One quotation is marked at a time so that no
mark changes how another one is read (345 analyses, under 2 s).

Two kinds of gold quotation are counted apart, not as speaker misses:

* **swallowed**: the gold content span holds its own speaker or verb span
  (marking it would quote the attribution itself);
* **not read as a quotation**: the marked text made no quotation that
  matches the span (``Score.fn``).

The row this adds to ``make eval``'s ggt-dev table is
"reported speech (marked), strict speakers", per half, with the strict
misses by the gold speaker phrase's kind (``quotes.phrase_kind``); the
ratchet guards its check figure as ``ggt-dev reported strict``.

**PolNeAR** (stop 35): an attribution whose Content has no quotation mark
is reported speech with a Source span, keyed as ``polnear.gold_quotes`` keys
a quotation's Source (names, descriptions, pronouns keyed to the nearest
earlier named Source: an approximation). There are about 13,000 such
Contents, too many to analyse one at a time within ``make eval``'s budget,
so **every one of an article is marked at once** (:func:`polnear_marked`:
one analysis an article, about 13 s for train and dev; the other marks are
present, as a page that quoted them all would have them). Counted apart:
Contents holding their own Source or Cue, Contents inside one marked
before them (a report inside a report: the outer is marked), and Contents
across a paragraph break or inside a quotation of the text (marks no page
would put: stop-35 review). Many Contents
are noun phrases ("endorsed Clinton"), which the analyser rightly reads as
no quotation: they are in "not read as a quotation". The ratchet guards
``polnear-train reported strict`` and ``polnear-dev reported strict``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evaluation import polnear, quotes
from evaluation.split import CHECK, HALVES, TUNE, half

OPEN, CLOSE = "\u201c", "\u201d"


@dataclass(slots=True)
class Reported:
    """One half's counts: the shared :class:`quotes.Score` over the marked
    quotations, and those counted apart."""

    score: quotes.Score = field(default_factory=quotes.Score)
    swallowed: int = 0
    overlapping: int = 0
    """PolNeAR: Contents left unmarked because they overlap one marked
    before them (a report inside a report: the outer one is marked)."""
    apart: int = 0
    """PolNeAR: Contents left unmarked because they run across a paragraph
    break or overlap a quotation in the text (marks no page would put)."""

    @property
    def unread(self) -> int:
        """Marked quotations no predicted quotation matched."""
        return self.score.fn


def _shift(offset: int | None, start: int, end: int) -> int | None:
    """``offset`` in the text after “ is inserted at ``start`` and ” at ``end``."""
    if offset is None:
        return None
    return offset + (offset >= start) + (offset >= end)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without its edge spaces: the marks go around the words."""
    content = text[start:end]
    return start + len(content) - len(content.lstrip()), end - len(content) + len(content.rstrip())


def put_in_marks(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """``text`` with curly marks around each of ``spans`` (sorted, none
    overlapping another, edge spaces already left out), and where each span's
    opening mark now stands. Offsets outside the spans move with
    :func:`shifted`."""
    parts: list[str] = []
    opens: list[int] = []
    last = 0
    for n, (start, end) in enumerate(spans):
        parts.append(text[last:start])
        opens.append(start + 2 * n)
        parts.append(OPEN + text[start:end] + CLOSE)
        last = end
    parts.append(text[last:])
    return "".join(parts), opens


def shifted(offset: int | None, spans: list[tuple[int, int]]) -> int | None:
    """``offset`` in the text :func:`put_in_marks` made from ``spans``."""
    if offset is None:
        return None
    return offset + sum((offset >= start) + (offset >= end) for start, end in spans)


def shifted_end(offset: int | None, spans: list[tuple[int, int]]) -> int | None:
    """A span's end ``offset`` (past its last character) in that text: a
    mark put right at the end stands after the span's words, so it moves
    the end only when inserted before it ("…from Lind”": Lind's end moves
    past the opening mark, not the closing one)."""
    if offset is None:
        return None
    return offset + sum((offset > start) + (offset > end) for start, end in spans)


def marked_doc(name: str, text: str, q: dict[str, Any]) -> quotes.Doc | None:
    """The article with indirect quotation ``q`` put in curly marks, and
    ``q`` as its one gold quotation (marks included, as direct gold has
    them); ``None`` when ``q`` has no content offsets."""
    start, end = q.get("quote_start"), q.get("quote_end")
    if start is None or end is None or not text[start:end].strip():
        return None
    start, end = _trimmed(text, start, end)
    marked, _opens = put_in_marks(text, [(start, end)])
    moved = dict(q)
    moved["kind"] = "direct"  # read by quotes._gold as a quotation in marks
    moved["quote_start"], moved["quote_end"] = start, end + 2
    moved["quote"] = marked[start : end + 2]
    for key in ("speaker_start", "speaker_end"):
        moved[key] = _shift(q.get(key), start, end)
    gold = quotes._gold(moved, marked)
    if gold is None:
        return None
    return quotes.Doc(name, marked, [gold])


def swallows(q: dict[str, Any]) -> bool:
    """Does the gold content span hold its own speaker or verb span?"""
    start, end = q.get("quote_start"), q.get("quote_end")
    if start is None or end is None:
        return False
    for lo_key, hi_key in (("speaker_start", "speaker_end"), ("verb_start", "verb_end")):
        lo, hi = q.get(lo_key), q.get(hi_key)
        if lo is not None and hi is not None and quotes._overlap(start, end, lo, hi) > 0:
            return True
    return False


def indirect(folder: Path) -> list[tuple[str, str, dict[str, Any]]]:
    """Every gold indirect quotation of ggt-dev as (file name, repaired
    text, the quotation with its offsets in that text)."""
    out = []
    for line in (folder / "annotations.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record: dict[str, Any] = json.loads(line)
        fixed = quotes._read(folder / record["text_file"])
        name = Path(record["text_file"]).name
        for q in record["quotes"]:
            if q["kind"] != "indirect":
                continue
            out.append((name, fixed.text, quotes._ggt_moved(fixed, q) if fixed.repaired else q))
    return out


def marked_docs(folder: Path) -> list[quotes.Doc]:
    """ggt-dev's indirect quotations each put in marks as its article's one
    gold quotation (:func:`marked_doc`), those whose content holds its own
    speaker or verb left out (:func:`swallows`): the counting tools' reported
    row (stop 47)."""
    out = []
    for name, text, q in indirect(folder):
        marked = None if swallows(q) else marked_doc(name, text, q)
        if marked is not None:
            out.append(marked)
    return out


def evaluate(
    folder: Path, misses: list[str] | None = None, only: str | None = None
) -> dict[str, Reported]:
    """``{half: Reported}`` over ggt-dev's indirect quotations (only the
    half ``only`` when given; misses are listed from the tune half only)."""
    out = {name: Reported() for name in HALVES if only in (None, name)}
    for name, text, q in indirect(folder):
        which = half(name)
        if which not in out:
            continue
        if swallows(q):
            out[which].swallowed += 1
            continue
        doc = marked_doc(name, text, q)
        if doc is None:
            out[which].swallowed += 1
            continue
        _score(doc, out[which], misses if which == TUNE else None)
    return out


def rows(scores: dict[str, Reported]) -> list[str]:
    """The table's rows: strict speakers per half, what was counted apart,
    and the misses by the gold phrase's kind."""
    lines = []
    for which, r in scores.items():
        s = r.score
        lines.append(
            f"  {which:<6}reported speech (marked), strict speakers {s.strict_right}/"
            f"{s.strict_total} = {s.strict:.3f}; not read as a quotation: {r.unread}, "
            f"span holds its speaker or verb: {r.swallowed}"
            + (f", inside another marked span: {r.overlapping}" if r.overlapping else "")
            + (f", across paragraphs or inside a quotation: {r.apart}" if r.apart else "")
        )
        wrong = s.strict_total - s.strict_right
        if wrong:
            kinds = ", ".join(
                f"{kind} {s.miss_phrases.get(kind, 0)}/{s.phrases[kind]}"
                for kind in quotes.PHRASE_KINDS
                if s.phrases.get(kind)
            )
            lines.append(
                f"  {which:<6}  reported misses: {wrong - s.unnamed} name someone else, "
                f"{s.unnamed} no speaker; by the gold speaker phrase (wrong/all): {kinds}"
            )
    return lines


def polnear_marked(name: str, text: str, ann: str) -> tuple[quotes.Doc, int, int, int]:
    """One PolNeAR article with **every** Content that has no quotation mark
    put in curly marks at once (one analysis an article, not one a Content),
    each with its Source's keys as gold; and how many Contents were left
    out: those holding their own Source or Cue, those overlapping a Content
    marked before them (the outer of two nested ones is marked), and those
    running across a paragraph break or overlapping a quotation of the text
    (its marks would open in one paragraph and close in the next, or stand
    inside the quotation's own marks: no page quotes so)."""
    chosen: list[tuple[int, int, polnear.Reported]] = []
    swallowed = overlapping = apart = 0
    quoted = [(m.start(), m.end()) for m in polnear.QUOTED.finditer(text)]
    for r in polnear.reported(text, ann):
        if r.swallows:
            swallowed += 1
            continue
        start, end = _trimmed(text, r.start, r.end)
        if _PARAGRAPH_BREAK.search(text, start, end) or any(
            lo < end and start < hi for lo, hi in quoted
        ):
            apart += 1
            continue
        if chosen and start < chosen[-1][1]:
            overlapping += 1
            continue
        chosen.append((start, end, r))
    spans = [(start, end) for start, end, _r in chosen]
    marked, opens = put_in_marks(text, spans)
    gold = [
        quotes.Gold(at, at + end - start + 2, "direct", r.source,
                    shifted(r.source_start, spans), shifted_end(r.source_end, spans),
                    marked[at : at + end - start + 2], r.keys)
        for (start, end, r), at in zip(chosen, opens, strict=True)
    ]  # fmt: skip
    return quotes.Doc(name, marked, gold, marked=True), swallowed, overlapping, apart


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
"""A blank line: where :func:`quotes.blocks_from_text` ends a paragraph."""


def evaluate_polnear(
    folder: Path, misses: list[str] | None = None, only: str | None = None
) -> dict[str, Reported]:
    """``{half: Reported}`` over one PolNeAR split folder's reported speech
    (:func:`polnear_marked`; only the half ``only`` when given; misses are
    listed from the tune half only)."""
    out = {name: Reported() for name in HALVES if only in (None, name)}
    for path, text, ann in quotes.polnear_texts(folder):
        which = half(path.name)
        if which not in out:
            continue
        doc, swallowed, overlapping, apart = polnear_marked(path.name, text, ann)
        out[which].swallowed += swallowed
        out[which].overlapping += overlapping
        out[which].apart += apart
        _score(doc, out[which], misses if which == TUNE else None)
    return out


def _score(doc: quotes.Doc, into: Reported, misses: list[str] | None) -> None:
    """Score a marked article; list its speaker misses and unread marks."""
    listed: list[str] | None = [] if misses is not None else None
    quotes.score_doc(doc, into.score, quotes.Score(), listed)
    if listed is not None and misses is not None:
        # Only the speaker misses and the unread marks: every other
        # quotation of the article is no gold here, so its "FP" means nothing.
        misses.extend("REPORTED " + line for line in listed if line.startswith(("SPKR", "MISS")))


def figure(folder: Path) -> float:
    """The check half's strict figure the ratchet guards."""
    return evaluate(folder, only=CHECK)[CHECK].score.strict


def polnear_figure(folder: Path) -> float:
    """The check half's reported strict figure of one PolNeAR split folder."""
    return evaluate_polnear(folder, only=CHECK)[CHECK].score.strict
