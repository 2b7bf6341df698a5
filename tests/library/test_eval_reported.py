"""The reported-speech harness (``evaluation/reported.py``) on a tiny
ggt-shaped corpus of our own: indirect quotations put in marks one at a
time, offsets moved past the marks, the speaker scored with the shared
scorer, and the quotations that cannot be scored counted apart."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from evaluation import reported
from evaluation.split import half

TEXT = (
    "Ada Lind, the harbour master, said the pier would close in May.\n\n"
    "The ferry will run until then, Tom Hale said on Friday.\n\n"
    "Hale said nothing more.\n\n"
    "The plan was short.\n"
)


def _indirect(
    content: str, speaker: str | None, reference: str, inside: bool = False
) -> dict[str, Any]:
    """A gold indirect quotation as ggt-dev writes one; the speaker is looked
    for from the text's start (``inside``: from the content's)."""
    start = TEXT.index(content)
    q: dict[str, Any] = {
        "quote": content,
        "speaker": speaker,
        "verb": "said",
        "reference": reference,
        "kind": "indirect",
        "quote_start": start,
        "quote_end": start + len(content),
        "speaker_start": None,
        "speaker_end": None,
        "verb_start": None,
        "verb_end": None,
    }
    if speaker is not None:
        at = TEXT.index(speaker, start if inside else 0)
        q["speaker_start"], q["speaker_end"] = at, at + len(speaker)
        v = TEXT.index("said", at)
        q["verb_start"], q["verb_end"] = v, v + 4
    return q


def _corpus(folder: Path, quotes: list[dict[str, Any]]) -> str:
    (folder / "rawtext").mkdir()
    name = "reported-fixture.txt"
    (folder / "rawtext" / name).write_text(TEXT, encoding="utf-8")
    record = {"text_file": f"rawtext/{name}", "quotes": quotes}
    (folder / "annotations.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    return half(name)


def test_the_marks_go_around_the_content_and_the_offsets_follow() -> None:
    q = _indirect("the ferry will run until then".capitalize(), "Tom Hale", "Tom Hale")
    doc = reported.marked_doc("x.txt", TEXT, q)
    assert doc is not None
    gold = doc.gold[0]
    assert doc.text[gold.start : gold.end] == "\u201cThe ferry will run until then\u201d"
    # The speaker comes after the quotation: moved past both marks.
    assert gold.speaker_start is not None
    assert gold.speaker_end is not None
    assert doc.text[gold.speaker_start : gold.speaker_end] == "Tom Hale"
    assert gold.keys == frozenset({"hale"})


def test_marked_quotations_are_scored_and_the_rest_counted_apart(tmp_path: Path) -> None:
    which = _corpus(
        tmp_path,
        [
            _indirect("the pier would close in May", "Ada Lind", "Ada Lind"),
            _indirect("The ferry will run until then", "Tom Hale", "Tom Hale"),
            # The span holds its own speaker and verb: not scored.
            _indirect("Hale said nothing more", "Hale", "Tom Hale", inside=True),
            # A word with no verb of saying: no quotation once marked.
            _indirect("plan", None, "Tom Hale"),
        ],
    )
    scores = reported.evaluate(tmp_path)
    mine = scores[which]
    assert (mine.score.strict_right, mine.score.strict_total) == (2, 2)
    assert mine.swallowed == 1
    assert mine.unread == 1
    other = next(r for name, r in scores.items() if name != which)
    assert other.score.strict_total == 0
    row = "\n".join(reported.rows(scores))
    assert f"{which:<6}reported speech (marked), strict speakers 2/2 = 1.000" in row
    assert "not read as a quotation: 1, span holds its speaker or verb: 1" in row


def test_a_wrong_speaker_is_a_miss_by_the_phrase_kind(tmp_path: Path) -> None:
    which = _corpus(tmp_path, [_indirect("the pier would close in May", "Ada Lind", "Tom Hale")])
    misses: list[str] = []
    mine = reported.evaluate(tmp_path, misses)[which]
    assert (mine.score.strict_right, mine.score.strict_total) == (0, 1)
    assert mine.score.miss_phrases == {"a name": 1}
    # Misses are listed from the tune half only, marked as reported speech.
    assert bool(misses) == (which == "tune")
    assert all(line.startswith("REPORTED SPKR") for line in misses)
