"""The evaluation scores speakers on the blocks the app itself would analyse:
a plain-text post read by the app's reader and the same text split by
``make eval`` give the same paragraphs, none opening with a line break, and
each evaluation block's offset still points at its text in the raw file."""

from __future__ import annotations

from evaluation.quotes import blocks_from_text
from quotemark.library.analyze import analyze
from quotemark.library.extract.text import extract_text
from quotemark.library.model import LINE_BREAK, RawDocument, SourceFormat

POST = (
    "The ferry between Rona and the mainland will run twice a day from June, the council "
    "announced on Tuesday after a winter of cancelled crossings.\n"
    "\n"
    "Islanders had waited three years for the second boat. Morag Lennie, who keeps the shop "
    "by the pier, counted the days on a calendar behind the till.\n"
    "\n"
    "  \n"
    "\u201cWe have been living by the tide table and the weather forecast,\u201d she said. "
    "\u201cNow we can live by the clock.\u201d\n"
    "\n"
    "The council expects the new timetable to cost about two hundred thousand pounds a year.\n"
)


def test_evaluation_blocks_are_the_plain_text_readers_blocks() -> None:
    doc = RawDocument(
        path="ferry.txt",
        format=SourceFormat.TEXT,
        original=POST.encode(),
        text=POST,
        encoding="utf-8",
    )
    app_blocks = [(b.kind, b.text) for b in extract_text(doc).blocks]
    blocks, offsets = blocks_from_text(POST)
    assert [(b.kind, b.text) for b in blocks] == app_blocks
    assert len(blocks) == 4
    for block, offset in zip(blocks, offsets, strict=True):
        assert not block.text.startswith((LINE_BREAK, " "))
        assert not block.text.endswith((LINE_BREAK, " "))
        assert POST[offset : offset + len(block.text)] == block.text


def test_a_line_inside_a_paragraph_keeps_its_break_and_the_speaker_is_found() -> None:
    """A single newline inside a paragraph is still the in-block line break;
    a paragraph's first line is its block's start (no empty line above)."""
    text = (
        "Morag Lennie keeps the shop by the pier.\n"
        "\n"
        "\u201cNow we can live by the clock,\u201d said Morag Lennie.\n"
        "She went back to the till.\n"
    )
    blocks, offsets = blocks_from_text(text)
    assert [b.text for b in blocks] == [
        "Morag Lennie keeps the shop by the pier.",
        "\u201cNow we can live by the clock,\u201d said Morag Lennie."
        + LINE_BREAK
        + "She went back to the till.",
    ]
    assert offsets == [0, text.index("\u201c")]
    quote = analyze(blocks).quotes[0]
    assert quote.span.start.block == 1
    assert quote.speaker is not None
    assert quote.speaker.name == "Morag Lennie"
