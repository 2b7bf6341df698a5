"""Marked words in a sentence plainly its subject's, with no verb of saying,
are the subject's partial quotation (``library/analyze/subject.py``); terms,
titles, passives and descriptions are not. Sentences written by the team."""

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
            "Ruth Okafor worried that the new timetable was becoming “a schedule for nobody.”",
            "a schedule for nobody.",
            "Ruth Okafor",
        ),
        (
            "Mayor Tomas Berg, back from the mainland, laid out a plan for "
            "“a ferry every hour, all year.”",
            "a ferry every hour, all year.",
            "Tomas Berg",
        ),
        (
            "On Monday, Ines Barros estimated that there are “about forty families who "
            "need the early crossing.”",
            "about forty families who need the early crossing.",
            "Ines Barros",
        ),
    ],
)
def test_the_sentence_subject_says_the_marked_words(text: str, marked: str, speaker: str) -> None:
    assert _quotes(text) == [(QuoteKind.PARTIAL, [marked], speaker)]


@pytest.mark.parametrize(
    "text",
    [
        # described, not speaking
        "The harbour opened late. Tomas Berg is “brand building” on the pier.",
        # a passive: the subject heard the words
        "Tomas Berg was greeted with chants of “save our ferry” at the pier.",
        # a title
        "Tomas Berg watched “The Harbour Light” on Sunday.",
        # someone else's relative clause
        "Tomas Berg met one skipper who wanted “a ferry every hour.”",
        # two people named as subjects: whose words is not plain
        "Ruth Okafor left early and Tomas Berg stayed for “the last crossing of the year.”",
    ],
)
def test_no_quotation_when_the_sentence_is_not_plainly_the_subjects(text: str) -> None:
    assert _quotes(text) == []
