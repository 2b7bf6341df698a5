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
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evaluation import quotes
from evaluation.split import CHECK, HALVES, TUNE, half

OPEN, CLOSE = "\u201c", "\u201d"


@dataclass(slots=True)
class Reported:
    """One half's counts: the shared :class:`quotes.Score` over the marked
    quotations, and those counted apart."""

    score: quotes.Score = field(default_factory=quotes.Score)
    swallowed: int = 0

    @property
    def unread(self) -> int:
        """Marked quotations no predicted quotation matched."""
        return self.score.fn


def _shift(offset: int | None, start: int, end: int) -> int | None:
    """``offset`` in the text after “ is inserted at ``start`` and ” at ``end``."""
    if offset is None:
        return None
    return offset + (offset >= start) + (offset >= end)


def marked_doc(name: str, text: str, q: dict[str, Any]) -> quotes.Doc | None:
    """The article with indirect quotation ``q`` put in curly marks, and
    ``q`` as its one gold quotation (marks included, as direct gold has
    them); ``None`` when ``q`` has no content offsets."""
    start, end = q.get("quote_start"), q.get("quote_end")
    if start is None or end is None or not text[start:end].strip():
        return None
    # The marks go around the words, not around the span's edge spaces.
    content = text[start:end]
    start += len(content) - len(content.lstrip())
    end -= len(content) - len(content.rstrip())
    marked = text[:start] + OPEN + text[start:end] + CLOSE + text[end:]
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
        listed: list[str] | None = [] if misses is not None and which == TUNE else None
        quotes.score_doc(doc, out[which].score, quotes.Score(), listed)
        if listed is not None and misses is not None:
            # Only the speaker misses and the unread marks: every other
            # quotation of the article is no gold here, so its "FP" means nothing.
            misses.extend(
                "REPORTED " + line for line in listed if line.startswith(("SPKR", "MISS"))
            )
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


def figure(folder: Path) -> float:
    """The check half's strict figure the ratchet guards."""
    return evaluate(folder, only=CHECK)[CHECK].score.strict
