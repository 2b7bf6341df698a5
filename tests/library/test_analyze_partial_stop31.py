"""Partial quotations, stop 31 (issue 16): what a crowd (or a person)
chants is their words. Every sentence here is written by the team."""

from __future__ import annotations

from quotemark.library.analyze import analyze
from quotemark.library.model import Block, BlockKind


def _quotes(*paragraphs: str) -> list[tuple[str, str, tuple[str, ...]]]:
    analysis = analyze([Block(BlockKind.PARAGRAPH, p) for p in paragraphs])
    return [
        (q.span.text, q.speaker.label if q.speaker else "", tuple(m.text for m in q.marked))
        for q in analysis.quotes
        if q.parent is None
    ]


def _marked(found: list[tuple[str, str, tuple[str, ...]]]) -> dict[str, str]:
    return {m.rstrip(".!,"): speaker for _span, speaker, words in found for m in words}


def test_a_chant_is_the_words_of_those_who_chanted_it() -> None:
    # The Quotes panel lists the chant, and says the ferry workers chanted it.
    found = _quotes(
        "Mayor Ana Reyes opened the harbour meeting at noon. Outside the hall, "
        "the ferry workers chanted “keep our boats running” until the vote was taken."
    )
    marked = _marked(found)
    assert "keep our boats running" in marked, found
    assert "ferry workers" in marked["keep our boats running"], found


def test_a_person_chanting_as_they_walk_in_says_the_chant() -> None:
    # Two words: kept because "chanting" and its subject stand beside them.
    found = _quotes(
        "The hall was full by seven. Tomas Berg walked onto the stage, chanting “Ferry! Ferry!”"
    )
    said = [(text, speaker) for text, speaker, _m in found]
    assert said == [("Ferry! Ferry!", "Tomas Berg")], found


def test_a_word_or_two_after_chants_of_stays_a_scare_quote() -> None:
    # Guard: "chants of" is a noun with no one said to chant; the rule reads
    # the verb, so a lone word after the noun is no quotation.
    found = _quotes(
        "Tomas Berg spoke at the pier. The evening ended in chants of “ferry” and "
        "a long queue for the last boat."
    )
    assert "ferry" not in _marked(found), found
