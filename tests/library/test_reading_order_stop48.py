"""Stop 48 (s48-fuzz): an analysis gives its quotations in reading order,
so a stored post reads back the analysis it was stored with.

``test_fuzz.py::test_fuzzed_html_pages`` failed once in a full run with a
stored analysis differing from the analysed one. The cause, found on the
tune half and written here in the team's own words: a reported clause that
starts at an opening mark (``“…,” said Ilves, one of the original “harbour
four” …``) was added after the quotation inside it, while the library gives
a post's quotations back sorted by where they start
(:func:`quotemark.library.store.corrections.apply`).
"""

from __future__ import annotations

from pathlib import Path

from quotemark.library.analyze import analyze
from quotemark.library.model import Block, BlockKind
from quotemark.library.pipeline import process
from quotemark.library.service import ImportStatus, Library

_CLAUSE_FROM_ITS_MARK = (
    "The harbour board met on Monday.",
    "\u201cPeople were upset that the council was going to tell the island how to run its own "
    "ferry,\u201d said former Rep. Marta Ilves (D-Ore.), one of the original \u201charbour "
    "four\u201d negotiators, along with retired Rep. Jon Vikander (R-Ohio). \u201cThey said, "
    "\u2018Wait, that\u2019s our pier.\u2019\u201d",
)
_PLAIN = (
    "The harbour board met on Monday.",
    "\u201cThe ferry runs again,\u201d said Marta Ilves. \u201cThe pier is \u2018mended\u2019 at "
    "last.\u201d",
)


def _keys(texts: tuple[str, ...]) -> list[tuple[int, int, int, int]]:
    blocks = tuple(Block(BlockKind.PARAGRAPH, t) for t in texts)
    return [
        (q.span.start.block, q.span.start.offset, q.span.end.block, q.span.end.offset)
        for q in analyze(blocks).quotes
    ]


def test_a_clause_from_its_opening_mark_comes_before_the_quotation_inside_it() -> None:
    keys = _keys(_CLAUSE_FROM_ITS_MARK)
    assert len(keys) >= 3
    assert keys == sorted(keys)


def test_nested_quotations_keep_their_parent_after_the_reorder() -> None:
    blocks = tuple(Block(BlockKind.PARAGRAPH, t) for t in _CLAUSE_FROM_ITS_MARK)
    quotes = analyze(blocks).quotes
    nested = [q for q in quotes if q.parent is not None]
    assert nested
    for q in nested:
        parent = quotes[q.parent]  # type: ignore[index]
        assert (parent.span.start, q.span.end) <= (q.span.start, parent.span.end)


def test_quotations_already_in_order_are_left_as_they_were() -> None:
    keys = _keys(_PLAIN)
    assert len(keys) >= 2
    assert keys == sorted(keys)


def test_the_stored_post_reads_back_the_analysis(tmp_path: Path) -> None:
    page = tmp_path / "ilves.html"
    body = "".join(f"<p>{t}</p>" for t in _CLAUSE_FROM_ITS_MARK)
    page.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>The pier</title></head>"
        f"<body><article><h1>The pier</h1>{body}</article></body></html>",
        encoding="utf-8",
    )
    done = process(page)
    library = Library.open(tmp_path / "library.sqlite3")
    try:
        result = library.store_processed(str(page), done)
        assert result.status is ImportStatus.IMPORTED
        assert result.post_id is not None
        assert library.post(result.post_id).analysis == done.analysis
    finally:
        library.close()
