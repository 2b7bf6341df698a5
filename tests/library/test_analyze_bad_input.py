"""Analysis of hostile or odd text: no exception, valid spans, bounded output."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotemark.library.analyze import MAX_QUOTES, analyze
from quotemark.library.model import Analysis, Block, BlockKind, Link, Span


def assert_valid(blocks: list[Block], analysis: Analysis) -> None:
    """Every span points inside the blocks and its text is what it covers."""

    def check(span: Span) -> None:
        start, end = span.start, span.end
        assert 0 <= start.block <= end.block < len(blocks)
        assert 0 <= start.offset <= len(blocks[start.block].text)
        assert 0 <= end.offset <= len(blocks[end.block].text)
        assert (start.block, start.offset) <= (end.block, end.offset)
        if start.block == end.block:
            assert blocks[start.block].text[start.offset : end.offset] == span.text
        else:
            joined = "\n".join(
                [blocks[start.block].text[start.offset :]]
                + [b.text for b in blocks[start.block + 1 : end.block]]
                + [blocks[end.block].text[: end.offset]]
            )
            assert joined == span.text

    for index, quote in enumerate(analysis.quotes):
        check(quote.span)
        if quote.speaker is not None:
            assert 0.0 <= quote.speaker.confidence <= 1.0
            if quote.speaker.span is not None:
                check(quote.speaker.span)
        if quote.parent is not None:
            assert 0 <= quote.parent < index
    for mention in analysis.mentions:
        assert 0 <= mention.source < len(analysis.sources)
        check(mention.span)


def test_empty_posts() -> None:
    assert analyze([]) == Analysis()
    assert analyze([Block(BlockKind.PARAGRAPH, "")]).quotes == ()
    assert analyze([Block(BlockKind.IMAGE, "")], None).quotes == ()


@pytest.mark.slow
def test_a_5_mb_paragraph_with_quotes_is_analysed() -> None:
    sentence = "“The tide turns at dawn,” said Ines Moreau. The boats left the harbour. "
    text = sentence * (5_000_000 // len(sentence))
    blocks = [Block(BlockKind.PARAGRAPH, text)]
    analysis = analyze(blocks)
    assert 0 < len(analysis.quotes) <= MAX_QUOTES
    assert analysis.quotes[0].speaker is not None
    assert analysis.quotes[0].speaker.name == "Ines Moreau"
    assert_valid(blocks, analysis)


def test_thousands_of_unbalanced_marks() -> None:
    blocks = [
        Block(BlockKind.PARAGRAPH, '"' * 20_000),
        Block(BlockKind.PARAGRAPH, "“" * 10_000 + "”" * 3 + "'" * 5_000),
        Block(BlockKind.PARAGRAPH, "« » „ “ \u201a \u2018 「 」 " * 2_000),
        Block(BlockKind.PARAGRAPH, "“A real one here,” said Ada Lim."),
    ]
    analysis = analyze(blocks)
    assert_valid(blocks, analysis)
    assert any(q.span.text == "A real one here" for q in analysis.quotes)


def test_mixed_scripts() -> None:
    blocks = [
        Block(BlockKind.PARAGRAPH, "«Мы вернёмся домой весной», сказал Иван Петров."),
        Block(BlockKind.PARAGRAPH, "قال أحمد: «سنعود إلى المدينة قريبا جدا»."),
        Block(BlockKind.PARAGRAPH, "「我们明天早上就出发去北京」他说。"),
        Block(
            BlockKind.PARAGRAPH,
            "“Mixed \u211d \U0001d518\U0001d52b\U0001d526 and emoji 🌊 here,” said Zoë Ångström.",
        ),
    ]
    analysis = analyze(blocks)
    assert_valid(blocks, analysis)
    assert len(analysis.quotes) == 4
    assert analysis.quotes[3].speaker is not None
    assert analysis.quotes[3].speaker.name == "Zoë Ångström"


def test_links_with_odd_offsets_never_break_spans() -> None:
    text = "See the report and the data."
    blocks = [
        Block(
            BlockKind.PARAGRAPH,
            text,
            links=(
                Link(4, 14, "https://www.example.org/report"),
                Link(-3, 400, "https://data.example.net/x"),
                Link(0, 3, "mailto:someone@example.org"),
                Link(0, 3, "javascript:void(0)"),
            ),
        )
    ]
    analysis = analyze(blocks)
    assert_valid(blocks, analysis)
    assert {s.name for s in analysis.sources} == {"example.org", "data.example.net"}


_MARKS = "'\"\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u300c\u300d\u2014-\u00a0\u2028"
_PIECES = [*"abc XYZ.,:;!?", *_MARKS]
_PIECES += ["said", " he ", "Ana Ruiz", " told ", "AP", "(", ")", "via", "Photo:"]
_MARKY = st.lists(st.sampled_from(_PIECES), max_size=120).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(_MARKY, min_size=0, max_size=6), st.sampled_from(list(BlockKind)))
def test_never_raises_and_spans_are_valid(paragraphs: list[str], kind: BlockKind) -> None:
    blocks = [Block(kind if i % 2 else BlockKind.PARAGRAPH, p) for i, p in enumerate(paragraphs)]
    assert_valid(blocks, analyze(blocks))


@pytest.mark.parametrize(
    "text", ['"a"\u2018 told ', '"a"\u2018 told', "\u201ca\u201d \u2014 told "]
)
def test_a_saying_verb_with_no_words_after_it_is_no_crash(text: str) -> None:
    """Stop 46: the property test found '"a"‘ told ' raising IndexError (a
    foreign pronoun looked for in an empty phrase after the verb)."""
    blocks = [Block(BlockKind.PARAGRAPH, text)]
    assert_valid(blocks, analyze(blocks))
