"""The analysis's memory on a big post (stop 40, s40-memory2): what it holds
at its peak is cut, and what a reader sees is the same (the team's sentences)."""

from __future__ import annotations

import json
import random
import tracemalloc
import zlib
from collections.abc import Callable
from typing import TypeVar

import pytest

from quotemark.library.analyze import analyze, sources, speakers
from quotemark.library.analyze.document import Document
from quotemark.library.analyze.sources import lowered
from quotemark.library.model import Block, BlockKind
from quotemark.library.store import codec

T = TypeVar("T")

_PARAGRAPH = (
    "“The pier will open in spring,” said Ada Lind, of the harbour board, at "
    "meeting {}. Tom Hale disagreed."
)


def _traced_peak(work: Callable[[], T]) -> tuple[T, int]:
    """What ``work`` returns, and the peak of the memory it held (traced)."""
    tracemalloc.start()
    try:
        return work(), tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _blocks(count: int) -> list[Block]:
    return [Block(BlockKind.PARAGRAPH, _PARAGRAPH.format(i)) for i in range(count)]


def test_a_text_lowered_in_pieces_is_the_whole_text_lowered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Final sigma reads its neighbours: cut next to it, around case-ignorable
    # marks (an apostrophe, a combining accent, a soft hyphen), the pieces
    # must lower as the whole does.
    monkeypatch.setattr(sources, "_LOWER_PIECE", 3)
    parts = ["Σ", "ς", "A", "a", " ", "'", "\u0301", "\u00ad", ".", "İ", "“", "\n", "ΑΣ", "x"]
    chooser = random.Random(40)
    for _ in range(20_000):
        text = "“" + "".join(chooser.choice(parts) for _ in range(chooser.randint(0, 30)))
        assert lowered(text) == text.lower(), repr(text)
    assert lowered("ΟΔΟΣ ΟΔΟΣ") == "ΟΔΟΣ ΟΔΟΣ".lower()


def test_lowering_a_large_text_with_a_curly_quote_holds_little_more_than_the_answer() -> None:
    text = "“Tom Hale said so” " * 60_000  # 1.1 M characters, two bytes each
    answer, peak = _traced_peak(lambda: lowered(text))
    assert answer == text.lower()
    # str.lower held a buffer of twelve bytes a character (13 MB here).
    assert peak < 3 * 2 * len(text)


def test_a_text_with_nothing_blanked_is_held_once() -> None:
    doc = Document(_blocks(3))
    assert doc.scan is doc.text
    assert doc.prose is doc.text


def test_code_and_headings_are_still_blanked() -> None:
    blocks = [
        Block(BlockKind.HEADING, "“The pier” by Ada Lind"),
        Block(BlockKind.CODE, "print(“x”)"),
        Block(BlockKind.PARAGRAPH, "Tom Hale said ''yes'' then."),
    ]
    doc = Document(blocks)
    assert doc.text == "\n".join(b.text for b in blocks)
    assert doc.scan.split("\n")[1].strip() == ""
    assert doc.prose.split("\n")[0].strip() == ""
    assert doc.scan.split("\n")[0] == blocks[0].text
    assert "“yes”" in doc.scan


def test_the_analysis_lets_go_of_its_scan_of_the_text() -> None:
    analysis = analyze(_blocks(20))
    assert [q.speaker.name for q in analysis.quotes if q.speaker] == ["Ada Lind"] * 20
    assert speakers._scanned[0] == ""


def test_the_analysis_of_a_big_post_peaks_below_fifteen_times_its_text() -> None:
    blocks = _blocks(3_000)  # 0.28 M characters with curly quotes: 0.6 MB
    size = 2 * sum(len(b.text) + 1 for b in blocks)
    analysis, peak = _traced_peak(lambda: analyze(blocks))
    assert len(analysis.quotes) == 3_000
    # Before s40-memory2: 19.6 times (a lower-case copy made through a
    # twelve-byte buffer, three copies of the text, a reversed one); 10.3 after.
    assert peak < 15 * size


def test_a_big_posts_reported_sources_are_found_as_a_small_ones(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A big post's "X reported" runs are bounded by a character looked for
    # backwards in growing windows, not in a reversed copy: the same runs,
    # near the verb and far from it.
    filler = "and more words " * 2_000
    texts = [
        f"Ada Lind wrote, {filler}The Harbour Board said the pier is safe.",
        "The pier is safe, the Harbour Board said. Tom Hale of the Pier Trust reported "
        "that. (The Harbour Board-run ferry said so.) " * 50,
        filler + "The Pier Trust said so",
    ]

    def runs(text: str) -> list[tuple[int, int]]:
        return [m.span() for m in sources._reported_runs(sources._REPORTED, text)]

    small = [runs(text) for text in texts]
    assert all(small)
    monkeypatch.setattr(sources, "_REVERSED_AT_MOST", 0)
    assert [runs(text) for text in texts] == small
    analysis = analyze([Block(BlockKind.PARAGRAPH, texts[0])])
    assert "Harbour Board" in [s.name for s in analysis.sources]


def test_a_big_posts_blocks_are_packed_to_the_same_bytes_with_less_memory() -> None:
    blocks = codec.blocks_to_json(_blocks(10_001))
    whole = json.dumps(blocks, ensure_ascii=False).encode("utf-8")
    packed, peak = _traced_peak(lambda: codec.pack(blocks))
    # The bytes a library stores are those of the whole JSON compressed at once.
    assert packed == zlib.compress(whole, 6)
    assert codec.unpack(packed) == blocks
    # json.dumps of the whole list held five times its JSON here (its pieces).
    assert peak < 2 * len(whole)
    for count in (0, 1, 1_000, 1_001):
        small = codec.blocks_to_json(_blocks(count))
        assert codec.pack(small) == zlib.compress(json.dumps(small, ensure_ascii=False).encode(), 6)
