"""Pronoun speakers resolved to the person the text puts in focus (issue 16,
stop 23): who counts as a sentence's subject before a later "he said"."""

from __future__ import annotations

from quotemark.library.analyze import analyze
from quotemark.library.model import Analysis, Block, BlockKind


def run(*paragraphs: str) -> Analysis:
    return analyze([Block(BlockKind.PARAGRAPH, p) for p in paragraphs])


def names(analysis: Analysis) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in analysis.quotes]


def test_a_time_phrase_between_a_name_and_its_verb() -> None:
    # "Tom Hale on Tuesday said": once no subject (the word after the name
    # was "on"), so the later "he said" went to the captain named before.
    analysis = run(
        "Ferry captain Ole Berg has run the crossing for a decade.",
        "After the vote, Tom Hale on Tuesday said the harbour would close for repairs.",
        "\u201cWe will lose the spring season,\u201d he said.",
    )
    assert names(analysis) == ["Tom Hale"]


def test_a_time_phrase_like_last_month() -> None:
    analysis = run(
        "Ferry captain Ole Berg has run the crossing for a decade.",
        "Councillor Tom Hale last month warned the board about the budget.",
        "\u201cThe money is simply not there,\u201d he said.",
    )
    assert names(analysis) == ["Tom Hale"]


def test_a_party_tag_of_one_letter_or_a_state() -> None:
    # "(R)" and "(Tex.)" after a name, as "(D-S.C.)" already was.
    analysis = run(
        "Ferry captain Ole Berg has run the crossing for a decade.",
        "State Sen. Tom Hale (R) voted against the ferry budget.",
        "\u201cThe money is simply not there,\u201d he said.",
    )
    assert names(analysis) == ["Tom Hale"]
    analysis = run(
        "Ferry captain Ole Berg has run the crossing for a decade.",
        "Sen. Tom Hale (Tex.) voted against the ferry budget.",
        "\u201cThe money is simply not there,\u201d he said.",
    )
    assert names(analysis) == ["Tom Hale"]
