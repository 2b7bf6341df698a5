"""The marked words of a partial quotation (the only verbatim ones) are a
fact of the core: the analysis pairs the marks once and every quote carries
them, and a post stored before they were carried gets them when loaded."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.library.analyze.marked import with_marked
from quotemark.library.model import Analysis, Block, BlockKind, Position, Quote, QuoteKind, Span
from quotemark.library.service import Library
from quotemark.library.store import codec
from tests.fixtures.gui.posts import P_HARBOUR, P_RAILINGS
from tests.library.test_store_pages import processed, write_post


def words_of(text: str, span_text: str) -> list[str]:
    """The marked words the core finds in a partial quote's clause of one block."""
    start = text.index(span_text)
    span = Span(Position(0, start), Position(0, start + len(span_text)), span_text)
    [quote] = with_marked([Block(BlockKind.PARAGRAPH, text)], [Quote(span, QuoteKind.PARTIAL)])
    return [m.text for m in quote.marked]


# -- finding the marked words ------------------------------------------------------


def test_each_quoted_fragment_of_a_clause_is_found() -> None:
    clause = P_HARBOUR[P_HARBOUR.index("the repairs") : P_HARBOUR.index("according") - 1]
    assert words_of(P_HARBOUR, clause) == ["long overdue", "finally listened,"]


def test_a_closing_mark_just_outside_the_clause_still_closes() -> None:
    assert words_of(P_RAILINGS, "the new railings \u201ca small miracle.") == ["a small miracle."]


def test_an_opening_mark_just_before_the_clause_still_opens() -> None:
    text = "\u201cA rotten deal,\u201d the mayor called it."
    assert words_of(text, "A rotten deal,\u201d the mayor called it") == ["A rotten deal,"]


def test_apostrophes_are_not_quotation_marks() -> None:
    text = "She said the island\u2019s ferry was 'a lifeline' and that al-Qa'im's don't matter."
    clause = text[text.index("the island") :]
    assert words_of(text, clause) == ["a lifeline"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('He said the plan was "a disaster" on Monday.', ["a disaster"]),
        ("Er sagte, der Plan sei \u201eein Desaster\u201c gewesen.", ["ein Desaster"]),
        (
            "Il a dit que le plan \u00e9tait \u00ab\u202fun d\u00e9sastre \u00bb lundi.",
            ["un d\u00e9sastre"],
        ),
        ("He said the plan was \u2018a disaster\u2019 on Monday.", ["a disaster"]),
        ("He said the plan was a disaster on Monday.", []),
    ],
)
def test_marks_of_many_typographies(text: str, words: list[str]) -> None:
    assert words_of(text, text[:-1]) == words


def test_the_analysis_gives_a_partial_quote_its_marked_words() -> None:
    from quotemark.library.analyze import analyze

    text = "The mayor said the new ferry was \u201ca lifeline for the island\u201d on Monday."
    analysis = analyze([Block(BlockKind.PARAGRAPH, text)])
    partial = [q for q in analysis.quotes if q.kind is QuoteKind.PARTIAL]
    assert partial, "the analyser found no partial quotation"
    assert [m.text for m in partial[0].marked] == ["a lifeline for the island"]


def test_marked_words_are_stored_and_an_older_analysis_gets_them_on_loading(
    tmp_path: Path,
) -> None:
    text = 'He said the plan was "a disaster" on Monday.'
    clause = text[:-1]
    quote = Quote(Span(Position(0, 0), Position(0, len(clause)), clause), QuoteKind.PARTIAL)
    [marked] = with_marked([Block(BlockKind.PARAGRAPH, text)], [quote])
    stored = codec.analysis_to_json(Analysis(quotes=(marked,)))
    assert codec.analysis_from_json(stored).quotes == (marked,)
    assert codec.analysis_from_json({**stored, "quotes": [stored["quotes"][0][:4]]}).quotes == (
        quote,
    )

    path = write_post(tmp_path, "a.html", "Plan", paragraphs=(text,))
    with Library.open(tmp_path / "library.sqlite3") as library:
        result = processed(path, Analysis(quotes=(quote,)))  # stored without marked words
        block = next(i for i, b in enumerate(result.article.blocks) if b.text == text)
        moved = Quote(
            Span(Position(block, 0), Position(block, len(clause)), clause), QuoteKind.PARTIAL
        )
        result = processed(path, Analysis(quotes=(moved,)))
        post_id = library.store_processed(str(path), result).post_id
        assert post_id is not None
        [loaded] = library.post(post_id).analysis.quotes
    assert [m.text for m in loaded.marked] == ["a disaster"]
