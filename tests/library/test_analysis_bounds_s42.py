"""Stop 42's analysis read once more (s42-final-analyze): the thread reader
and the partitive's group stay linear in the text, and read as before."""

from __future__ import annotations

import random

import pytest

from quotemark.library.analyze import analyze, threads, unnamed
from quotemark.library.analyze.document import Document
from quotemark.library.analyze.threads import _level, quoted_messages
from quotemark.library.analyze.transcripts import Answer
from quotemark.library.model import Block, BlockKind


def _messages_before(
    doc: Document, headers: dict[int, tuple[str, tuple[int, int]]]
) -> list[Answer]:
    """The thread reader's walk before s42-final-analyze: from each header
    over its whole run of deeper lines."""
    text = doc.scan
    out: list[Answer] = []
    for number, (name, at) in headers.items():
        level = _level(doc, number)
        below = number + 1
        while below < len(doc.lines) and _level(doc, below) > level:
            line = doc.lines[below]
            raw = text[line.start : line.end]
            body = raw.strip()
            if body and below not in headers and _level(doc, below) == level + 1:
                start = line.start + len(raw) - len(raw.lstrip())
                out.append(Answer(start, start + len(body), below, name, at))
            below += 1
    return sorted(out, key=lambda a: a.start)


def _thread(rng: random.Random) -> list[Block]:
    blocks = []
    for k in range(rng.randint(1, 30)):
        level = rng.choice([0, 0, 1, 1, 2, 3, 4])
        kind = BlockKind.BLOCKQUOTE if level else BlockKind.PARAGRAPH
        text = rng.choice(
            [
                f"On {k + 1} May 2026, {rng.choice(['Ada Lind', 'Tom Hale', 'Ben Ross'])} wrote:",
                "The pier is late.",
                "  ",
                "Tom Hale agreed.",
            ]
        )
        blocks.append(Block(kind, text, level=level))
    return blocks


def test_the_one_pass_reads_each_thread_as_the_walk_from_each_header_did() -> None:
    rng = random.Random(42)
    read = 0
    for _ in range(400):
        doc = Document(_thread(rng))
        headers = {
            n: (m.group("name"), m.span("name"))
            for n, line in enumerate(doc.lines)
            if (m := threads._WROTE.match(doc.scan, line.start, line.end)) is not None
        }
        assert threads._under_headers(doc, headers) == _messages_before(doc, headers)
        read += len(_messages_before(doc, headers))
    assert read > 100  # (the threads read hold messages)


def test_a_thread_quoted_ever_deeper_is_read_in_one_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = [
        Block(BlockKind.BLOCKQUOTE, f"On {k % 28 + 1} May 2026, Ada Lind wrote:", level=k + 1)
        for k in range(300)
    ]
    blocks.append(Block(BlockKind.BLOCKQUOTE, "The pier is late.", level=301))
    asked = 0
    level = threads._level

    def counted(doc: Document, number: int) -> int:
        nonlocal asked
        asked += 1
        return level(doc, number)

    monkeypatch.setattr(threads, "_level", counted)
    thread = quoted_messages(Document(blocks))
    assert [a.line for a in thread.messages] == [300]
    assert asked <= 2 * len(blocks)  # (the walk from each header: 45,000)


def test_one_of_them_is_still_the_group_brought_in_before() -> None:
    blocks = [
        Block(
            BlockKind.PARAGRAPH,
            "Two officials who spoke on condition of anonymity described the night at the pier. "
            "“It was chaos,” one of them said.",
        )
    ]
    (quote,) = analyze(blocks).quotes
    assert quote.speaker is not None
    assert quote.speaker.name is None
    assert quote.speaker.label == "Two officials"


def test_one_of_them_looks_back_a_bounded_stretch(monkeypatch: pytest.MonkeyPatch) -> None:
    # A long paragraph of "one of them said": each looks back at most
    # _GROUP_REACH characters, not to the paragraph's start (quadratic).
    text = "Two officials spoke about the pier. " + "“Late,” one of them said. " * 300
    spans: list[int] = []
    group = unnamed._GROUP

    class Counted:
        def finditer(self, string: str, lo: int, hi: int) -> object:
            spans.append(hi - lo)
            return group.finditer(string, lo, hi)

    monkeypatch.setattr(unnamed, "_GROUP", Counted())
    quotes = analyze([Block(BlockKind.PARAGRAPH, text)]).quotes
    assert len(quotes) == 300
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.label == "Two officials"
    assert spans
    assert max(spans) <= unnamed._GROUP_REACH
