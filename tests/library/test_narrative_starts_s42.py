"""A long paragraph of quotations (a pasted transcript, a live blog) is read
in time linear in its length: the narrative's sentence starts of a paragraph
are found once, not once for each quotation in it (s42-quad), and are the
same starts as before."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

import pytest

import quotemark.library.analyze as analyze_package
from quotemark.library.analyze import analyze, common, groups, issuers, unnamed
from quotemark.library.analyze.common import (
    _SENTENCE_BREAK,
    _inside_quotation,
    _narrative_starts,
    _previous_line_start,
)
from quotemark.library.analyze.document import Document
from quotemark.library.model import LINE_BREAK, Block, BlockKind

_UNIT = "\u201cThe pier will open in May,\u201d the pilot said. \u201cWe are ready,\u201d he said. "


def _starts_before(doc: Document, pos: int) -> list[int]:
    """The walk before s42-quad: the paragraph's breaks read up to ``pos``
    again for each position asked."""
    text = doc.scan
    lo = _previous_line_start(doc, pos)
    starts = [lo, *(m.end() for m in _SENTENCE_BREAK.finditer(text, lo, pos))]
    out = []
    for start in reversed(starts):
        while start < pos and text[start] in " \u00a0":
            start += 1
        if start >= pos or text[start] in '\u201c"' or _inside_quotation(text, lo, start):
            continue
        out.append(start)
    return out


def _paragraph(rng: random.Random) -> str:
    pieces = [
        "Tom Hale met the harbour board. ",
        "The pilot, who spoke earlier, agreed.  ",
        "\u201cThe pier is late,\u201d he said. ",
        '"It will open," Ada Lind said. ',
        "She said \u201cno. Not yet.\u201d ",
        "\u00a0The board met! ",
        "Why? ",
        "(The vote was close.) ",
        "\u201cWe wait. ",
        "One of the two officials said so.\u201d ",
        LINE_BREAK,
        "\t",
    ]
    return "".join(rng.choice(pieces) for _ in range(rng.randint(1, 25)))


def test_the_starts_are_the_ones_the_walk_for_each_position_found() -> None:
    rng = random.Random(42)
    asked = 0
    for _ in range(300):
        blocks = [Block(BlockKind.PARAGRAPH, _paragraph(rng)) for _ in range(rng.randint(1, 3))]
        doc = Document(blocks)
        positions = sorted(rng.sample(range(len(doc.scan) + 1), min(12, len(doc.scan) + 1)))
        if rng.random() < 0.5:
            positions.reverse()  # (asked out of order too)
        for pos in positions:
            assert list(_narrative_starts(doc, pos)) == _starts_before(doc, pos)
            asked += 1
    assert asked > 2000


class _CountingBreak:
    """The sentence-break pattern, counting the breaks read."""

    def __init__(self) -> None:
        self.read = 0

    def finditer(self, text: str, *bounds: int) -> Iterator[re.Match[str]]:
        for m in _SENTENCE_BREAK.finditer(text, *bounds):
            self.read += 1
            yield m


@pytest.mark.parametrize("units", [200, 800])
def test_a_paragraph_of_quotations_reads_each_break_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch, units: int
) -> None:
    counting = _CountingBreak()
    monkeypatch.setattr(common, "_SENTENCE_BREAK", counting)
    paragraph = "Tom Hale met the harbour board on Monday. " + _UNIT * units
    analysis = analyze([Block(BlockKind.PARAGRAPH, paragraph)])
    assert len(analysis.quotes) == 2 * units
    # Two breaks a unit, each read once (the walk for each quotation read
    # every break before it: 800 units read 1.9 million).
    assert counting.read <= 2 * units + 2


def test_quotations_in_a_long_paragraph_keep_their_speakers() -> None:
    paragraph = "Tom Hale met the harbour board on Monday. " + _UNIT * 300
    short = "Tom Hale met the harbour board on Monday. " + _UNIT
    long_quotes = analyze([Block(BlockKind.PARAGRAPH, paragraph)]).quotes
    short_quotes = analyze([Block(BlockKind.PARAGRAPH, short)]).quotes
    speakers = [q.speaker.label if q.speaker else None for q in short_quotes]
    assert [q.speaker.label if q.speaker else None for q in long_quotes[:2]] == speakers
    assert [q.speaker.label if q.speaker else None for q in long_quotes[-2:]] == speakers


def test_the_quotations_before_are_read_once_for_an_unnamed_speaker(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each "he said" asks whether a quotation before was given an unnamed
    # speaker; the walk over all of them for each was the square of their
    # number (800 units: 1.3 million quotations read).
    made: list[unnamed.UnnamedQuoted] = []

    class Kept(unnamed.UnnamedQuoted):
        def __init__(self) -> None:
            super().__init__()
            made.append(self)

    monkeypatch.setattr(analyze_package, "UnnamedQuoted", Kept)
    paragraph = "Tom Hale met the harbour board on Monday. " + _UNIT * 800
    analysis = analyze([Block(BlockKind.PARAGRAPH, paragraph)])
    assert len(made) == 1
    assert made[0].read <= len(analysis.quotes)


def test_a_quotation_given_unnamed_is_still_found_before_a_he() -> None:
    seen = unnamed.UnnamedQuoted()
    quotes = analyze(
        [Block(BlockKind.PARAGRAPH, "\u201cThe pier is late,\u201d one pilot said.")]
    ).quotes
    assert not seen.among([])
    assert seen.among(list(quotes))
    assert seen.among(list(quotes) * 2)  # (the list grown: still found)


_OPENING = "The harbour board published a report on the pier. Tom Hale and Ada Lind met the mayor. "


def _counted(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[int]:
    calls = [0]
    real = getattr(module, name)

    def counting(*args: object, **kwargs: object) -> object:
        calls[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counting)
    return calls


def test_each_the_report_said_reads_a_bounded_stretch_before_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each "the report said" read every sentence from its paragraph's start
    # for the body that published it (600 of them: 180,000 sentences read).
    calls = _counted(monkeypatch, issuers, "body_opening")
    unit = "The report said the pier was \u201cnot safe\u201d. "
    analysis = analyze([Block(BlockKind.PARAGRAPH, _OPENING + unit * 600)])
    assert len(analysis.quotes) == 600
    assert calls[0] <= 600 * (3000 // len(unit) + 3)


def test_each_they_said_reads_a_bounded_stretch_before_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each "they said" read every sentence break from its paragraph's start.
    counting = _CountingBreak()
    monkeypatch.setattr(groups, "_SENTENCE_BREAK", counting)
    unit = "\u201cThe pier will open in May,\u201d they said. "
    analysis = analyze([Block(BlockKind.PARAGRAPH, _OPENING + unit * 600)])
    assert len(analysis.quotes) == 600
    assert counting.read <= 600 * (3000 // len(unit) + 3)


def test_the_report_said_still_finds_its_publisher_in_a_paragraph() -> None:
    unit = "The report said the pier was \u201cnot safe\u201d. "
    analysis = analyze([Block(BlockKind.PARAGRAPH, _OPENING + unit * 20)])
    assert {q.speaker.role if q.speaker else None for q in analysis.quotes} == {"the harbour board"}


def test_a_publisher_named_far_back_in_one_long_paragraph_is_not_read() -> None:
    # (Past the 3,000-character reach the report speaks for itself.)
    unit = "The report said the pier was \u201cnot safe\u201d. "
    quotes = analyze([Block(BlockKind.PARAGRAPH, _OPENING + unit * 200)]).quotes
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.role == "the harbour board"
    assert quotes[-1].speaker is not None
    assert quotes[-1].speaker.role == "The report"
