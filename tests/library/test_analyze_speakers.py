"""Speakers on the shapes our own sample post uses: unnamed speakers kept as
descriptions, coordinated subjects, indirect objects of "told"."""

from __future__ import annotations

from library.analyze import analyze
from library.model import Analysis, Block, BlockKind, Quote, Speaker


def run(*paragraphs: str) -> Analysis:
    return analyze([Block(BlockKind.PARAGRAPH, p) for p in paragraphs])


def only(analysis: Analysis) -> Quote:
    assert len(analysis.quotes) == 1, [q.span.text for q in analysis.quotes]
    return analysis.quotes[0]


def who(quote: Quote) -> tuple[str | None, str | None]:
    speaker = quote.speaker
    assert isinstance(speaker, Speaker)
    return speaker.name, speaker.role


def test_definite_description_is_not_resolved_to_a_named_ship() -> None:
    quote = only(
        run(
            "The Aurora Queen docked at noon with forty cars on board.",
            "The winter route closed in 2009, when the former owner said the late trips"
            " were \u201ca steady loss.\u201d",
        )
    )
    assert who(quote) == (None, "the former owner")


def test_definite_description_is_not_resolved_to_a_person_named_long_before() -> None:
    quote = only(
        run(
            "Hanna Lepp opened the new pier in spring.",
            "Repairs took most of the summer.",
            "Traffic doubled by August.",
            "Back then, the former owner said the crossing was \u201cnever going to pay.\u201d",
        )
    )
    assert who(quote) == (None, "the former owner")


def test_description_still_resolves_to_the_person_just_named() -> None:
    quote = only(
        run(
            "Hanna Lepp runs the ferry company.",
            "\u201cWe will keep the night boat,\u201d the cheerful owner said.",
        )
    )
    assert who(quote) == ("Hanna Lepp", "the cheerful owner")


def test_common_noun_attribution_line_is_a_description_kept_whole() -> None:
    analysis = run(
        "\u201cThe hold was full of bicycles and nobody complained.\u201d",
        "Ferryman on the Polar Dawn, at first light",
        "Later that week the timetable changed again.",
    )
    assert who(only(analysis)) == (None, "Ferryman on the Polar Dawn, at first light")


def test_named_attribution_line_still_gives_the_name() -> None:
    analysis = run(
        "\u201cThe hold was full of bicycles and nobody complained.\u201d",
        "Toomas Rand, ferryman on the Polar Dawn",
    )
    assert who(only(analysis)) == ("Toomas Rand", "ferryman on the Polar Dawn")
