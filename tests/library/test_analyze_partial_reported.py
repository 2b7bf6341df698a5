"""Marked words that a verb of saying reports, in a sentence that opens
with a person's name the attribution search could not tie to that verb,
are that person's partial quotation (``library/analyze/reported.py``);
not after a passive, a possessive ("Berg's office"), an organisation or
"goes by". Sentences written by the team."""

from __future__ import annotations

import pytest

from quotemark.library.analyze import analyze
from quotemark.library.model import Block, BlockKind, QuoteKind


def _quotes(text: str) -> list[tuple[QuoteKind, list[str], str | None]]:
    analysis = analyze([Block(BlockKind.PARAGRAPH, text)])
    return [
        (q.kind, [m.text for m in q.marked], q.speaker.name if q.speaker else None)
        for q in analysis.quotes
    ]


@pytest.mark.parametrize(
    ("text", "marked", "speaker"),
    [
        (
            # a participle after a main verb the attribution search does not know
            "Tomas Berg is the mayor of the island. Berg shot back in a statement, "
            "saying he had “kept every crossing running.”",
            "kept every crossing running.",
            "Tomas Berg",
        ),
        (
            # after an opening phrase
            "At the meeting, Ruth Okafor hit back, saying the board had “ignored the islanders.”",
            "ignored the islanders.",
            "Ruth Okafor",
        ),
        (
            # a naming verb in a clause of its own: "what she calls"
            "Ruth Okafor writes a weekly column. Okafor mocks in her column what she "
            "calls the “island tax” on every crossing.",
            "island tax",
            "Ruth Okafor",
        ),
        (
            # a name right before the verb, in a clause the search cannot close
            "Lena Sousa leads the council. The vote is notable in part because Speaker "
            "Lena Sousa has said she is “not ready” to back the plan.",
            "not ready",
            "Lena Sousa",
        ),
        (
            # the phrase before the verb names nobody ("now")
            "Ruth Okafor used to back the old timetable, but now said the council had "
            "“lost its nerve.”",
            "lost its nerve.",
            "Ruth Okafor",
        ),
        (
            # nor here ("meanwhile")
            "Ruth Okafor runs the cafe. Okafor, meanwhile, told the radio on Monday that she "
            "is staying because “the island needs a cafe that opens at six.”",
            "the island needs a cafe that opens at six.",
            "Ruth Okafor",
        ),
    ],
)
def test_the_named_subject_says_the_reported_words(text: str, marked: str, speaker: str) -> None:
    assert _quotes(text) == [(QuoteKind.PARTIAL, [marked], speaker)]


def test_the_reader_highlights_only_the_marked_words() -> None:
    text = (
        "Tomas Berg is the mayor of the island. Berg shot back in a statement, "
        "saying he had “kept every crossing running.”"
    )
    (quote,) = analyze([Block(BlockKind.PARAGRAPH, text)]).quotes
    assert quote.span.text == "he had “kept every crossing running.”"
    assert [m.text for m in quote.marked] == ["kept every crossing running."]


@pytest.mark.parametrize(
    "text",
    [
        # a passive: someone else said it about him
        "Tomas Berg was mocked as one member said the ferry was “a floating museum.”",
        # a possessive: the office, not the man, and no name for it
        "Tomas Berg is the mayor. Tomas Berg's office hit back, saying the critics were "
        "“misinformed.”",
        # an organisation
        "The Harbour Board shot back, saying the plan was “a fantasy.”",
        # an organisation right before the verb
        "The vote is notable in part because the Harbour Board has said it is “not ready” "
        "to back the plan.",
        # "goes by" is no verb of saying: a nickname
        "Tomas Berg, who goes by “the ferry guy” around here, runs the night boat.",
    ],
)
def test_no_quotation_when_the_named_subject_does_not_report_them(text: str) -> None:
    assert _quotes(text) == []
