"""Where a quotation ends: closing marks typed apart from the words they
close, and reported clauses whose fragments carry their own punctuation
(issue 16, stop 20). Every sentence here is written by the team."""

from __future__ import annotations

import pytest

from quotemark.library.analyze import analyze
from quotemark.library.model import Block, BlockKind, QuoteKind


def _quotes(text: str) -> list[tuple[str, str | None, QuoteKind]]:
    analysis = analyze([Block(BlockKind.PARAGRAPH, text)])
    return [
        (q.span.text, q.speaker.name if q.speaker else None, q.kind)
        for q in analysis.quotes
        if q.parent is None
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "\"You shake hands and say, 'Well played,' \" said Marta Quell, the club's captain.",
            "You shake hands and say, 'Well played,'",
        ),
        (
            "''The ferry kept the island alive, '' said Mr. Tomas Berg, the harbour master.",
            "The ferry kept the island alive,",
        ),
    ],
)
def test_a_closing_mark_typed_after_a_space_still_closes(text: str, words: str) -> None:
    found = _quotes(text)
    assert len(found) == 1, found
    span, speaker, _kind = found[0]
    assert span.rstrip(", ") == words.rstrip(", ")
    assert speaker is not None
    assert speaker.endswith(("Quell", "Berg"))


def test_a_spaced_straight_mark_opening_the_next_quotation_still_opens() -> None:
    found = _quotes('Ana Reyes said: "We sail at noon." Later she added, "We sail at dawn."')
    assert [span for span, _s, _k in found] == ["We sail at noon.", "We sail at dawn."]


def test_a_fragment_whose_comma_sits_inside_its_marks_before_the_attribution() -> None:
    analysis = analyze(
        [
            Block(
                BlockKind.PARAGRAPH,
                "The harbour plan was a “good thing” that brought “frankly good business,” "
                "Tomas Berg remarked.",
            )
        ]
    )
    (quote,) = analysis.quotes
    assert quote.kind is QuoteKind.PARTIAL
    assert quote.span.text.endswith("business,”")
    assert [m.text for m in quote.marked] == ["good thing", "frankly good business,"]
    assert quote.speaker is not None
    assert quote.speaker.name == "Tomas Berg"
