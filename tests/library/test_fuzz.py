"""Fuzzing the import: damaged real-looking pages, MHTML archives and text
posts (see :mod:`tests.library.fuzz_inputs`) go through the real pipeline
and the real store. On every input: it is imported, or refused with a
QuotemarkError naming the file, never another exception; every span lies
inside its blocks; a stored post reads back equal to what was extracted.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from quotemark.library.errors import QuotemarkError
from quotemark.library.model import Block, Span
from quotemark.library.pipeline import process
from quotemark.library.service import ImportStatus, Library
from tests.library.fuzz_inputs import EXAMPLES, damaged, html_page, mhtml_archive, text_post

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
_NUMBERS = itertools.count()


@pytest.fixture(scope="module")
def place(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Library]]:
    """A folder for the inputs and one library that stores them all."""
    folder = tmp_path_factory.mktemp("fuzz")
    library = Library.open(folder / "library.sqlite3")
    yield folder, library
    library.close()


def _inside(span: Span, blocks: tuple[Block, ...]) -> bool:
    start, end = span.start, span.end
    if not (0 <= start.block < len(blocks) and 0 <= end.block < len(blocks)):
        return False
    if (start.block, start.offset) > (end.block, end.offset):
        return False
    return 0 <= start.offset <= len(blocks[start.block].text) and 0 <= end.offset <= len(
        blocks[end.block].text
    )


def check(place: tuple[Path, Library], data: bytes, suffix: str) -> None:
    """The invariants, on one input written to a file of its own."""
    folder, library = place
    path = folder / f"input-{next(_NUMBERS)}{suffix}"
    path.write_bytes(data)
    try:
        done = process(path)
    except QuotemarkError as error:
        refused: QuotemarkError | None = error
    else:
        refused = None
    if refused is not None:
        assert path.name in refused.message, refused.message
        return
    blocks = done.article.blocks
    assert blocks
    for block in blocks:
        assert "\n" not in block.text
    analysis = done.analysis
    for quote in analysis.quotes:
        assert _inside(quote.span, blocks), quote
        if quote.speaker is not None and quote.speaker.span is not None:
            assert _inside(quote.speaker.span, blocks), quote.speaker
        assert quote.parent is None or 0 <= quote.parent < len(analysis.quotes)
    for mention in analysis.mentions:
        assert _inside(mention.span, blocks), mention
        assert 0 <= mention.source < len(analysis.sources)
    for block in blocks:
        for link in block.links:
            assert 0 <= link.start <= link.end <= len(block.text), link
    result = library.store_processed(str(path), done)
    assert result.status is not ImportStatus.FAILED, result.message
    if result.status is ImportStatus.IMPORTED:
        assert result.post_id is not None
        stored = library.post(result.post_id)
        assert stored.blocks == blocks
        assert stored.analysis == analysis
        assert stored.metadata.title == done.article.metadata.title
        assert stored.metadata.authors == done.article.metadata.authors


@FUZZ
@given(data=damaged(html_page()))
def test_fuzzed_html_pages(place: tuple[Path, Library], data: bytes) -> None:
    check(place, data, ".html")


@FUZZ
@given(data=damaged(mhtml_archive()))
def test_fuzzed_mhtml_archives(place: tuple[Path, Library], data: bytes) -> None:
    check(place, data, ".mhtml")


@FUZZ
@given(data=damaged(text_post()))
def test_fuzzed_text_posts(place: tuple[Path, Library], data: bytes) -> None:
    check(place, data, ".txt")
