"""Speakers that a description stands for: a document speaks for whoever
the text says issued it (issue 16, stop 21)."""

from __future__ import annotations

from quotemark.library.analyze import analyze
from quotemark.library.model import Analysis, Block, BlockKind


def run(*paragraphs: str) -> Analysis:
    return analyze([Block(BlockKind.PARAGRAPH, p) for p in paragraphs])


def names(analysis: Analysis) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in analysis.quotes]


def test_a_report_speaks_for_who_the_text_says_issued_it() -> None:
    analysis = run(
        "A study by the Lund Harbour Institute looked at nine ferry routes in the sound.",
        "\u201cThree of the routes carry fewer than forty passengers a day,\u201d the report said.",
    )
    assert names(analysis) == ["Lund Harbour Institute"]
    assert analysis.quotes[0].speaker is not None
    assert analysis.quotes[0].speaker.role == "the report"


def test_a_report_with_no_issuer_named_stays_the_report() -> None:
    # No "by"/"from": the report keeps speaking as a description, never the
    # person named last ("Ada Lind" only commented on it).
    analysis = run(
        "Ada Lind, who runs the ferry line, welcomed a new study of the routes.",
        "\u201cThree of the routes carry fewer than forty passengers a day,\u201d the report said.",
    )
    assert names(analysis) == [None]
    assert analysis.quotes[0].speaker is not None
    assert analysis.quotes[0].speaker.role == "the report"


def test_a_zero_width_space_does_not_glue_a_name_to_its_verb() -> None:
    # Pages copied from the web leave U+200B between words: "Berg\u200b said"
    # once made no subject, so the later "he said" went to the owners.
    analysis = run(
        "Union president Tomas Berg spoke on Friday.",
        "Owners Ada Lind and Eva Holm said they respected the vote.",
        "Berg\u200b said he expects the union to help with scheduling.",
        "\u201cNobody minds paying a dollar more for a fair wage,\u201d he said.",
    )
    assert names(analysis) == ["Tomas Berg"]
