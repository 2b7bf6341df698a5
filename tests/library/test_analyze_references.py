"""A list of cited works: its marks hold titles, no one's words (s44-refs).

A saved Wikipedia article, a journal page or a blog post ends with a list of
the works it cites under "References", "Bibliography" or "Further reading";
a title in marks there is a title. Every sentence here is the team's."""

from __future__ import annotations

from quotemark.library.analyze import analyze
from quotemark.library.analyze.references import reference_blocks
from quotemark.library.model import Block, BlockKind

_BODY = Block(
    BlockKind.PARAGRAPH,
    "The harbour board closed the pier to cars in March. "
    "\u201cThe piles could not take a lorry,\u201d said Tom Hale, the harbour master.",
)


def _heading(text: str, level: int = 2) -> Block:
    return Block(BlockKind.HEADING, text, level=level)


def _item(text: str) -> Block:
    return Block(BlockKind.LIST_ITEM, text, level=1)


def _quoted(blocks: list[Block]) -> list[str]:
    return [q.span.text for q in analyze(blocks).quotes]


def test_titles_in_a_further_reading_list_are_no_quotations() -> None:
    blocks = [
        _BODY,
        _heading("Further reading"),
        _item("Wren, Sam (2019). \u201cThe piers of the east coast\u201d. Harbour Press."),
        _item("\u201cPier closed to vehicles\u201d. Port Elm Harbour Board. 4 March 2026."),
        Block(
            BlockKind.PARAGRAPH,
            "Lind, Ada. \u201cWhy the sill gate sticks in an easterly.\u201d Harbour Notes, 2026.",
        ),
    ]
    quoted = _quoted(blocks)
    assert len(quoted) == 1
    assert "The piles could not take a lorry" in quoted[0]


def test_a_sub_heading_inside_the_bibliography_keeps_its_entries_titles() -> None:
    blocks = [
        _BODY,
        _heading("Bibliography:"),
        _heading("Newspapers", level=3),
        _item("\u201cOpening of the new pier\u201d. Port Elm Gazette. 16 May 1903."),
    ]
    assert reference_blocks(blocks) == frozenset({3})
    assert len(_quoted(blocks)) == 1


def test_the_section_after_the_references_is_read_again() -> None:
    # The list ends at the next heading of its level: what follows is prose.
    blocks = [
        _heading("References"),
        _item("\u201cPier closed to vehicles\u201d. Port Elm Harbour Board. 4 March 2026."),
        _heading("Reactions"),
        _BODY,
    ]
    quoted = _quoted(blocks)
    assert len(quoted) == 1
    assert "The piles could not take a lorry" in quoted[0]


def test_a_notes_list_s_quotations_stay_quotations() -> None:
    # Footnotes hold sentences, and people's words: "Notes" is no list of works.
    blocks = [
        _BODY,
        _heading("Notes"),
        _item(
            "Ada Lind told the board: \u201cWe are paying for three years of silt "
            "in one winter.\u201d"
        ),
    ]
    quoted = _quoted(blocks)
    assert any("We are paying for three years" in text for text in quoted)


def test_a_sources_section_s_attributed_quotations_stay_quotations() -> None:
    # A news story that tells its sources under "Sources" quotes them: the
    # verb of saying after the marks is an attribution no list of works writes.
    blocks = [
        Block(BlockKind.PARAGRAPH, "The harbour board closed the pier to cars in March."),
        _heading("Sources"),
        Block(
            BlockKind.PARAGRAPH,
            "Three harbour staff spoke to us. \u201cThe piles could not take a lorry,\u201d "
            "said Tom Hale, the harbour master.",
        ),
        Block(
            BlockKind.PARAGRAPH,
            "\u201cWe were told in March\u201d, Ada Lind said. She works the ferry ramp.",
        ),
        _item("\u201cPier closed to vehicles,\u201d Port Elm Harbour Board, 4 March 2026."),
        _item("\u201cThe piers of the east coast,\u201d written by Sam Wren, Harbour Press."),
    ]
    shown = {q.span.text: q.speaker.name if q.speaker else None for q in analyze(blocks).quotes}
    assert shown == {
        "The piles could not take a lorry": "Tom Hale",
        "We were told in March": "Ada Lind",
    }
