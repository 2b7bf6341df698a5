"""A line written in title case is a headline, whose capitals name no one
(see :func:`names.headline_at`). The line's words are counted only when it
does not end with a point or a colon (for speed: see benchmarks/README.md,
"Stop 31: the analysis's cost"); the answers must be the ones the reading
gave when it counted every line's words first, and a headline's names must
still not be taken for speakers while a sentence's are."""

from __future__ import annotations

import random

from quotemark.library.analyze import analyze
from quotemark.library.analyze.names import headline_at
from quotemark.library.model import Block, BlockKind, Metadata


def _counted_first(text: str, pos: int) -> bool:
    """The reading as it was written before: every line's words counted."""
    lo, hi = max(0, pos - 300), min(len(text), pos + 300)
    start = max(text.rfind("\n", lo, pos), text.rfind("\u2028", lo, pos)) + 1
    if start == 0 and lo > 0:
        return False
    stops = [at for at in (text.find("\n", pos, hi), text.find("\u2028", pos, hi)) if at >= 0]
    if not stops and hi < len(text):
        return False
    line = text[start : min(stops, default=hi)].rstrip()
    tokens = [t for t in line.split() if t[:1].isalpha()]
    capitals = sum(1 for t in tokens if t[:1].isupper())
    return len(tokens) >= 4 and capitals * 10 >= len(tokens) * 7 and not line.endswith((".", ":"))


PIECES = [
    "Harbour", "Council", "Drops", "Ada", "Lind", "Over", "Ferry", "Fares", "the", "and",
    "of", "said", "new", "42", "\u201cWe", "(Tom", "\u00e9t\u00e9", ".", ":", ",", "!",
    "?", ";", "Mr.", "Hale.", "Hale:", "\u2014",
]  # fmt: skip
GAPS = [" ", " ", " ", "  ", "\t", "\u00a0", "\n", "\u2028", " \n", "\n\n", "\u3000", "\r\n"]


def test_the_same_answers_as_counting_every_line() -> None:
    rng = random.Random(31)
    for _ in range(4000):
        size = rng.choice([3, 8, 20, 80, 200])
        parts = []
        for _ in range(size):
            parts.append(rng.choice(PIECES))
            parts.append(rng.choice(GAPS))
        text = "".join(parts)[: rng.choice([len("".join(parts)), 40, 700])]
        seen: dict[int, bool] = {}
        for pos in sorted(rng.sample(range(len(text)), min(len(text), 12))):
            expected = _counted_first(text, pos)
            assert headline_at(text, pos) == expected, (text, pos)
            assert headline_at(text, pos, seen) == expected, (text, pos)


def _speakers(*paragraphs: str) -> list[str | None]:
    blocks = [Block(BlockKind.PARAGRAPH, p) for p in paragraphs]
    doc = analyze(blocks, Metadata())
    return [q.speaker.name if q.speaker else None for q in doc.quotes]


def test_a_headline_names_no_speaker_but_a_sentence_does() -> None:
    speakers = _speakers(
        "Harbour Council Drops Tom Hale Over Ferry Fares",
        "Tom Hale said the fares would rise. \u201cWe have no choice,\u201d he said.",
    )
    assert speakers == ["Tom Hale"]
