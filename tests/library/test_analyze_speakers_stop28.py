"""Speakers, stop 28 (issue 16): readings of the attribution around the marks
that a reader makes at once and the analysis missed."""

from __future__ import annotations

from quotemark.library.analyze import analyze
from quotemark.library.model import Analysis, Block, BlockKind


def run(*paragraphs: str) -> Analysis:
    return analyze([Block(BlockKind.PARAGRAPH, p) for p in paragraphs])


def spoken(analysis: Analysis) -> list[tuple[str, str | None]]:
    return [(q.span.text, q.speaker.name if q.speaker else None) for q in analysis.quotes]


def test_then_between_a_name_and_its_verb_is_an_adverb() -> None:
    # "Ada Lind then asked": "then" was read as joining a second clause, the
    # subject was lost, and the short question was dropped as a scare quote.
    analysis = run(
        "Harbour master Ada Lind met the ferry crews on Monday.",
        "\u201cThe night crossing stops in May,\u201d Tomas Berg told them.",
        "Lind then asked, \u201cFor good?\u201d",
    )
    assert ("For good?", "Ada Lind") in spoken(analysis)


def test_then_after_a_clause_still_joins_it() -> None:
    # Guard (passes on main too): "read the report then said" is two clauses
    # of one subject, who says the words.
    analysis = run(
        "Ada Lind read the harbour report then said, \u201cThe pier can wait a year.\u201d"
    )
    assert spoken(analysis) == [("The pier can wait a year.", "Ada Lind")]


def test_a_stray_comma_after_a_party_tag_keeps_the_name_a_subject() -> None:
    # "Rep. Ada Lind (D-Ore.), said": the comma after the tag hid the verb
    # that follows the name, so the partial quotation went to the harbour.
    analysis = run(
        "Members from Astoria Harbor were divided. Rep. Ada Lind (D-Ore.), said "
        "on Monday that she had not had time to read the ferry plan, but called "
        "it a \u201cfair place to start.\u201d"
    )
    assert [name for _text, name in spoken(analysis)] == ["Ada Lind"]
