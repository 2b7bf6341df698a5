"""s42-speeda: exact speed cuts in the analysis, each checked against the
form it replaced (kept here) on generated input."""

from __future__ import annotations

import random

import pytest

from quotemark.library.analyze import analyze, attribution, marks, transcripts
from quotemark.library.analyze.attribution import _SENTENCE_END, WINDOW, _abbreviated
from quotemark.library.analyze.document import Document
from quotemark.library.analyze.marks import (
    RawQuote,
    _finish_unclosed,
    _Held,
    _scan_line,
    pair_marks,
)
from quotemark.library.analyze.transcripts import (
    _CONNECTIVE,
    _LABEL,
    _LABEL_REACH,
    _QUALIFIED_LABEL,
    _QUALIFIED_REACH,
    _TURN_BLOCKS,
    _dashed_turns,
    _Turn,
)
from quotemark.library.model import Block, BlockKind

_PIECES = (
    "Tom Hale said",
    "the harbour board",
    "Sen. Ada Lind",
    "U.S.",
    "on Dec. 21",
    "(Me.)",
    "Hale, D-N.Y.",
    "of Albany, N.Y.",
    "HALE:",
    "Ada Lind:",
    "Q:",
    "A:",
    "Update:",
    "at 10:30",
    "https://pier.example/a",
    "“The pier is late,”",
    "the ferry.",
    "Is it?",
    "No!",
    ")",
    "'",
    "  ",
    "\u00a0",
    "\t",
    "\u2028",
    "J. R. Hale",
    "a note",
)


def _sentence_start_before(text: str, lo: int, pos: int) -> int:
    """sentence_start as it was before s42-speeda (no answers kept)."""
    floor = max(lo, pos - WINDOW)
    best = floor
    for m in _SENTENCE_END.finditer(text, floor, pos):
        if _abbreviated(text, floor, m):
            continue
        best = m.end()
    return best


def _text(rng: random.Random, pieces: int) -> str:
    out = []
    for _ in range(pieces):
        out.append(rng.choice(_PIECES))
        out.append(rng.choice((" ", " ", " ", ". ", ", ", "\n", ": ")))
    return "".join(out)


def test_sentence_start_answers_as_before_asked_again_and_across_texts() -> None:
    rng = random.Random(42)
    asked = 0
    for _ in range(150):
        text = _text(rng, rng.randint(5, 120))
        questions = [(rng.randint(0, len(text)), rng.randint(0, len(text))) for _ in range(30)]
        questions = [(min(a, b), max(a, b)) for a, b in questions]
        # Each place asked several times, in shuffled order, as the readers do.
        questions = questions * 3
        rng.shuffle(questions)
        for lo, pos in questions:
            assert attribution.sentence_start(text, lo, pos) == _sentence_start_before(
                text, lo, pos
            )
            asked += 1
    assert asked == 150 * 90


def test_sentence_start_asked_of_a_new_text_equal_to_the_last_answers_for_it() -> None:
    # An equal text that is another object gives the same answers.
    text = "Tom Hale met Sen. Ada Lind. The pier is late. She said so."
    first = attribution.sentence_start(text, 0, 40)
    again = attribution.sentence_start("".join(list(text)), 0, 40)
    other = attribution.sentence_start("The ferry left. Tom Hale met Sen. Ada Lind.", 0, 40)
    assert first == again == text.index("The pier")
    assert other == len("The ferry left. ")


def test_the_analysis_lets_go_of_the_sentence_starts_and_their_text() -> None:
    blocks = [
        Block(BlockKind.PARAGRAPH, "Tom Hale runs the pier. “The pier is late,” Hale said."),
        Block(BlockKind.PARAGRAPH, "Ada Lind said: “The harbour board will meet.” She left."),
    ]
    analysis = analyze(blocks)
    assert [q.speaker.name for q in analysis.quotes if q.speaker] == ["Tom Hale", "Ada Lind"]
    assert attribution._starts_seen == ("", {})


def _turns_before(doc: Document) -> list[_Turn]:
    """transcripts._turns as it was before s42-speeda (a loop over lines),
    with stop 46's labels: a bracket before the colon lets it stand further
    in (s46-rev10), and a line the plain label does not open is asked of
    the bracketed one."""
    text = doc.scan
    out: list[_Turn] = []
    for number, line in enumerate(doc.lines):
        if line.start >= line.end:
            continue
        first = text[line.start]
        if not (first.isupper() or first in " \u00a0\t"):
            continue
        colon = text.find(":", line.start, line.end)
        if colon < 0 or doc.blocks[line.block].kind not in _TURN_BLOCKS:
            continue
        if not (
            colon < line.start + _LABEL_REACH
            or (colon < line.start + _QUALIFIED_REACH and text[colon - 1] == ")")
        ):
            continue
        m = _LABEL.match(text, line.start, line.end)
        inside = None
        if m is None:
            m = _QUALIFIED_LABEL.match(text, line.start, line.end)
            if m is None:
                continue
            if m.group(2) is not None:
                inside = (m.group(2).strip(), m.start(2))
            elif _CONNECTIVE.search(m.group(1)) is None:
                continue
        end = line.end
        while end > m.end() and text[end - 1].isspace():
            end -= 1
        out.append(_Turn(number, m.group(1), m.start(1), m.end(), end, inside, inside is not None))
    dashed = _dashed_turns(doc, text)  # (a label line of its own: no colon to scan from)
    return sorted([*out, *dashed], key=lambda t: t.line) if dashed else out


_KINDS = (
    BlockKind.PARAGRAPH,
    BlockKind.PARAGRAPH,
    BlockKind.PARAGRAPH,
    BlockKind.BLOCKQUOTE,
    BlockKind.HEADING,
    BlockKind.CODE,
    BlockKind.LIST_ITEM,
)


def test_turns_found_from_the_colons_as_by_the_loop_over_lines() -> None:
    rng = random.Random(7)
    found = 0
    for _ in range(600):
        blocks = []
        for _ in range(rng.randint(1, 12)):
            text = _text(rng, rng.randint(0, 14))
            if rng.random() < 0.3:
                text = rng.choice(("HALE: ", "Tom Hale: ", "Q: ", " A:\u00a0", "Ada Lind:")) + text
            if rng.random() < 0.1:
                text = ":" + text
            if rng.random() < 0.2:
                # A label whose colon stands near the reach's edge (40).
                text = "A" + "b" * rng.randint(34, 44) + ": " + text
            blocks.append(Block(rng.choice(_KINDS), text))
        doc = Document(blocks)
        expected = _turns_before(doc)
        assert transcripts._turns(doc) == expected
        found += len(expected)
    assert found > 300


def _pair_marks_before(doc: Document) -> list[RawQuote]:
    """marks.pair_marks as it was before s42-speeda (every line scanned)."""
    out: list[RawQuote] = []
    carry: RawQuote | None = None
    held = _Held()  # s44-left: single marks holding double ones, per document
    for line in doc.lines:
        if line.start == line.end:
            continue
        carry = _scan_line(doc.scan, line, carry, out, held)
    if carry is not None:
        _finish_unclosed(carry, out)
    return out


_MARKED = (
    "“The pier is late,” Tom Hale said.",
    "“The harbour board",
    "will meet,",
    "«Le quai»",
    "„Der Kai“",
    "「桟橋」",
    '"It is late," Ada Lind said.',
    "'the pier'",
    "don’t",
    "‘the ferry’",
    "\u2039quai\u203a",
    "«",
    "”",
    '"',
    "'",
    "the pier",
    "",
)


def test_pair_marks_skipping_lines_without_marks_as_before() -> None:
    rng = random.Random(11)
    paired = carried = 0
    for _ in range(800):
        blocks = []
        for _ in range(rng.randint(1, 10)):
            parts = [rng.choice(_MARKED) for _ in range(rng.randint(0, 5))]
            text = rng.choice((" ", "  ", " \u2028", "\u2028")).join(parts)
            blocks.append(Block(rng.choice(_KINDS), text))
        doc = Document(blocks)
        expected = _pair_marks_before(doc)
        got = pair_marks(doc)
        assert [_vars_of(q) for q in got] == [_vars_of(q) for q in expected]
        paired += len(expected)
        carried += sum(1 for q in expected if q.paragraphs > 1)
    assert paired > 2_000
    assert carried > 20


def _vars_of(quote: RawQuote) -> tuple[int, int, int, int | None, int, bool]:
    return (quote.open, quote.close, quote.level, quote.parent, quote.paragraphs, quote.closed)


def test_pair_marks_lets_go_of_the_text_and_its_marks() -> None:
    doc = Document(
        [Block(BlockKind.PARAGRAPH, "“The pier is late,” Tom Hale said. Ada’s ‘ferry’.")]
    )
    assert [(q.open, q.close) for q in pair_marks(doc)] == [(0, 18), (41, 47)]
    assert marks._known == ("", [], [])


def test_an_analysis_that_raises_still_lets_go_of_its_text(monkeypatch: pytest.MonkeyPatch) -> None:
    # (s42-final-analyze: the memories were let go only at the end of a
    # run that reached it; a fault anywhere after them held the text.)
    import quotemark.library.analyze as analysis_module
    from quotemark.library.analyze import speakers
    from quotemark.library.analyze.sources import SourceFinder

    blocks = [Block(BlockKind.PARAGRAPH, "Tom Hale runs the pier. “The pier is late,” Hale said.")]

    def scan_fails(self: SourceFinder) -> None:
        raise RuntimeError("a planted fault after the attribution")

    monkeypatch.setattr(SourceFinder, "scan_text", scan_fails)
    with pytest.raises(RuntimeError):
        analyze(blocks)
    assert attribution._starts_seen == ("", {})

    real = analysis_module.find_people

    def people_then_fault(*args: object, **kwargs: object) -> object:
        real(*args, **kwargs)  # type: ignore[arg-type]
        raise RuntimeError("a planted fault right after the capital scan")

    monkeypatch.setattr(analysis_module, "find_people", people_then_fault)
    with pytest.raises(RuntimeError):
        analyze(blocks)
    assert speakers._scanned == ("", [], [])
