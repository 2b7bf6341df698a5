"""The attribution rules find a sentence's double marks by the regex engine
instead of stepping through its characters in Python (for speed: see
benchmarks/README.md, "Stop 31: the analysis's cost"). The readings must be
the same: a speaker phrase stops at the next quotation's opening mark and
reaches back no further than the last one's closing mark."""

from __future__ import annotations

import random

from quotemark.library.analyze import analyze
from quotemark.library.analyze.attribution import after_last_double
from quotemark.library.analyze.marks import ALL_DOUBLE
from quotemark.library.model import Block, BlockKind, Metadata


def _speakers(paragraph: str) -> list[tuple[str, str | None]]:
    doc = analyze([Block(BlockKind.PARAGRAPH, paragraph)], Metadata())
    return [(q.span.text, q.speaker.name if q.speaker else None) for q in doc.quotes]


def test_a_speaker_between_two_quotations_speaks_both() -> None:
    assert _speakers(
        "\u201cWe will sail,\u201d Ada Lind said, "
        "\u201cand we will come back before the storms.\u201d"
    ) == [("We will sail", "Ada Lind"), ("and we will come back before the storms.", "Ada Lind")]
    assert _speakers(
        "\u00abWir fahren morgen ab\u00bb, sagte Ada Lind, "
        "\u00abund kommen am Abend zur\u00fcck\u00bb."
    ) == [("Wir fahren morgen ab", "Ada Lind"), ("und kommen am Abend zur\u00fcck", "Ada Lind")]


def test_the_phrase_before_a_quotation_starts_after_an_earlier_one() -> None:
    found = _speakers(
        "Ada Lind spoke of \u201cthe worst winter\u201d and Tom Hale said: "
        "\u201cWe sail at dawn and we come back at dusk.\u201d"
    )
    assert found[-1] == ("We sail at dawn and we come back at dusk.", "Tom Hale")


def _stepped_back(text: str, start: int, end: int) -> int:
    """The reading as it was written before: a step back per character."""
    for j in range(end - 1, start - 1, -1):
        if text[j] in ALL_DOUBLE:
            return j + 1
    return start


def test_the_last_mark_is_found_as_by_stepping_back() -> None:
    rng = random.Random(31)
    alphabet = ["a", " ", "\n", ".", *sorted(ALL_DOUBLE), "\u2019", "'", "\u00ab\u00bb"[0]]
    for _ in range(4000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
        start = rng.randrange(0, len(text) + 1)
        end = rng.randrange(start, len(text) + 1)
        assert after_last_double(text, start, end) == _stepped_back(text, start, end), (
            text,
            start,
            end,
        )
