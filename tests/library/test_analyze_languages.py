"""Quotation marks and verbs of saying in other languages, in sentences we
wrote: French and Russian « » (‹ › inside), German „ “ and » «, Spanish “ ”
(with the narrator between dashes: test_analyze_dashes.py), Japanese 「 」."""

# ruff: noqa: RUF001, RUF002 (the marks and Cyrillic letters are the subject here)

from __future__ import annotations

import pytest

from quotemark.library.analyze import analyze
from quotemark.library.model import Analysis, Block, BlockKind, QuoteKind


def _run(text: str) -> Analysis:
    return analyze([Block(BlockKind.PARAGRAPH, text)])


def _said(text: str) -> list[tuple[str, str | None]]:
    return [
        (q.span.text, q.speaker.name if q.speaker else None)
        for q in _run(text).quotes
        if q.parent is None
    ]


@pytest.mark.parametrize(
    ("text", "quoted", "name"),
    [
        # French: guillemets with their spaces, a perfect tense before the colon.
        (
            "La maire Claire Dubois a affirmé : « Nous ne fermerons pas la ligne du ferry. »",
            "Nous ne fermerons pas la ligne du ferry.",
            "Claire Dubois",
        ),
        (
            "« Le bateau partira demain à l'aube », a précisé Jean Martin, le capitaine.",
            "Le bateau partira demain à l'aube",
            "Jean Martin",
        ),
        # German: low-high marks and the reversed guillemets.
        (
            "„Die Fähre fährt auch im Winter weiter“, betonte Anna Keller am Montag.",
            "Die Fähre fährt auch im Winter weiter",
            "Anna Keller",
        ),
        (
            "»Wir brauchen ein zweites Schiff«, meinte Jonas Berg nach der Sitzung.",
            "Wir brauchen ein zweites Schiff",
            "Jonas Berg",
        ),
        # Spanish (the narrator's inciso between dashes: test_analyze_dashes.py).
        (
            "“El muelle estará listo en mayo”, añadió Pablo Ruiz ante los vecinos.",
            "El muelle estará listo en mayo",
            "Pablo Ruiz",
        ),
        # Russian: guillemets, then a comma and a dash before the verb.
        (
            "«Паром будет ходить и зимой», — заявила Анна Петрова на встрече с жителями.",
            "Паром будет ходить и зимой",
            "Анна Петрова",
        ),
        (
            "«Второе судно нужно уже летом», — подчеркнул Иван Смирнов.",
            "Второе судно нужно уже летом",
            "Иван Смирнов",
        ),
    ],
)
def test_quotation_and_speaker_in_other_languages(text: str, quoted: str, name: str) -> None:
    found = _said(text)
    assert len(found) == 1, found
    span, speaker = found[0]
    assert span == quoted
    assert speaker is not None
    assert speaker.endswith(name)


def test_japanese_corner_brackets_with_the_speaker_before_wa() -> None:
    (quote,) = _run("「フェリーの運航は冬も続けます」と田中市長は述べた。").quotes
    assert quote.span.text == "フェリーの運航は冬も続けます"
    assert quote.speaker is not None
    assert quote.speaker.label == "田中市長"


def test_french_single_guillemets_inside_double_are_a_nested_quotation() -> None:
    analysis = _run(
        "« Le capitaine m'a répondu ‹ jamais sans mon équipage › ce matin », "
        "a raconté Claire Dubois."
    )
    kinds = [q.kind for q in analysis.quotes]
    assert kinds == [QuoteKind.INLINE, QuoteKind.NESTED]
    assert analysis.quotes[1].span.text == "jamais sans mon équipage"
    assert analysis.quotes[0].speaker is not None
    assert analysis.quotes[0].speaker.name == "Claire Dubois"
