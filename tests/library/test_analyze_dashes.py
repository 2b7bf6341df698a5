"""Speech set off by dashes, in sentences we wrote: the narrator's inciso
inside Spanish quotation marks, dialogue opened by a dash (the raya; the en
dash and "--" of plain text too, and the Russian spaced dash), and the
English dashes that must stay as they are."""

from __future__ import annotations

import pytest

from quotemark.library.analyze import analyze
from quotemark.library.model import Analysis, Block, BlockKind


def _run(*paragraphs: str) -> Analysis:
    return analyze([Block(BlockKind.PARAGRAPH, p) for p in paragraphs])


def _said(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [
        (q.span.text, q.speaker.label if q.speaker else None)
        for q in _run(*paragraphs).quotes
        if q.parent is None
    ]


def test_the_narrators_inciso_is_left_out_of_a_marked_quotation() -> None:
    # What the reader highlights and a clip takes are the speaker's words:
    # before the inciso and after it, each with the speaker the inciso names.
    text = "“No vamos a cerrar la línea —aseguró Lucía Gómez—, el ferry seguirá.”"
    assert _said(text) == [
        ("No vamos a cerrar la línea", "Lucía Gómez"),
        ("el ferry seguirá.", "Lucía Gómez"),
    ]
    quotes = _run(text).quotes
    inciso = text.index("aseguró")
    assert not any(q.span.start.offset <= inciso < q.span.end.offset for q in quotes)


def test_dialogue_opened_by_a_dash_resumes_after_the_inciso() -> None:
    assert _said("—El ferry sale esta noche —dijo Ana López—. Vuelve mañana.") == [
        ("El ferry sale esta noche", "Ana López"),
        ("Vuelve mañana.", "Ana López"),
    ]


def test_dialogue_ends_with_an_inciso_that_ends_the_paragraph() -> None:
    assert _said("—El ferry sale esta noche —explicó la capitana.") == [
        ("El ferry sale esta noche", "la capitana"),
    ]


def test_the_narrator_goes_on_after_an_inciso_with_no_closing_dash() -> None:
    # The narrator's next sentence, and its own aside, are nobody's speech.
    found = _said("—Sale hoy —dijo Pablo Ruiz. Luego fue al muelle —el último— sin prisa.")
    assert found == [("Sale hoy", "Pablo Ruiz")]


def test_a_question_before_the_inciso_keeps_its_marks() -> None:
    assert _said("—¿Vuelve mañana el ferry? —preguntó Ana López.") == [
        ("¿Vuelve mañana el ferry?", "Ana López"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "—Primero, el muelle nuevo; después, el segundo ferry.",
        "—Nota de la redacción: el ferry sale a las diez.",
        "— 12 de mayo: cierre del muelle norte.",
    ],
)
def test_a_paragraph_opened_by_a_dash_without_a_verb_of_saying_is_no_quotation(
    text: str,
) -> None:
    assert _said(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "– El ferry sale esta noche –dijo Ana López–. Vuelve mañana.",
        "-- El ferry sale esta noche -- dijo Ana López --. Vuelve mañana.",
    ],
)
def test_dialogue_typed_with_an_en_dash_or_two_hyphens(text: str) -> None:
    assert _said(text) == [
        ("El ferry sale esta noche", "Ana López"),
        ("Vuelve mañana.", "Ana López"),
    ]


def test_russian_dialogue_opens_again_after_the_narrators_sentence() -> None:
    assert _said("— Паром будет ходить и зимой, — сказала Анна Петрова. — Приходите все.") == [
        ("Паром будет ходить и зимой", "Анна Петрова"),
        ("Приходите все.", "Анна Петрова"),
    ]


def test_an_english_aside_between_dashes_is_no_quotation() -> None:
    assert _said("The ferry — the last one — left on Monday.") == []


def test_an_english_em_dash_attribution_is_kept_as_it_was() -> None:
    assert _said("“We sail tonight” — Ada Lind") == [("We sail tonight", "Ada Lind")]


@pytest.mark.parametrize(
    "text",
    [
        "“The ferry — reported missing on Monday — was found,” said Ada Lind.",
        "“The ferry — said to be the last — will sail,” said Ada Lind.",
        "“Ask anyone — say, the captain — and you will hear it,” said Ada Lind.",
    ],
)
def test_an_english_aside_inside_a_quotation_stays_in_it(text: str) -> None:
    ((span, speaker),) = _said(text)
    assert span == text[1 : text.index(",”")]
    assert speaker == "Ada Lind"


def test_a_second_inciso_naming_another_speaker_gives_that_speaker() -> None:
    # A new dash after the first inciso's sentence opens another turn: the
    # inciso after it says whose, and the dash is no part of the words.
    assert _said("—Vamos ya al muelle —dijo Ana—. —No puedo ir hoy —respondió Luis.") == [
        ("Vamos ya al muelle", "Ana"),
        ("No puedo ir hoy", "Luis"),
    ]
    # Guard: with no speaker in its own inciso, the speech goes on as the first's.
    assert _said("—Vamos ya al muelle —dijo Ana—. El ferry no espera.") == [
        ("Vamos ya al muelle", "Ana"),
        ("El ferry no espera.", "Ana"),
    ]


def test_an_unnamed_turn_of_a_dialogue_of_two_is_the_other_persons() -> None:
    assert _said(
        "—Vamos ya al muelle —dijo Ana.",
        "—No puedo ir hoy —respondió Luis.",
        "—Pues me voy sola —contestó.",
        "—Como quieras —replicó.",
    ) == [
        ("Vamos ya al muelle", "Ana"),
        ("No puedo ir hoy", "Luis"),
        ("Pues me voy sola", "Ana"),
        ("Como quieras", "Luis"),
    ]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # One person named so far: who answers is not said.
        ("—Vamos ya al muelle —dijo Ana.", "—No puedo ir hoy —respondió."),
        # Three people speak: the unnamed turn could be any of two.
        (
            "—Vamos ya al muelle —dijo Ana.",
            "—No puedo ir hoy —respondió Luis.",
            "—Yo tampoco puedo —añadió Marta.",
            "—Pues me voy sola —contestó.",
        ),
        # The narrator between the turns ends the exchange.
        (
            "—Vamos ya al muelle —dijo Ana.",
            "—No puedo ir hoy —respondió Luis.",
            "Ana se fue al muelle sin él y esperó el ferry.",
            "—Pues me voy sola —contestó.",
        ),
    ],
)
def test_an_unnamed_turn_outside_a_dialogue_of_two_gets_no_speaker(
    paragraphs: tuple[str, ...],
) -> None:
    found = _said(*paragraphs)
    assert found[-1][1] is None


def test_an_unnamed_turn_that_says_more_is_the_last_speakers() -> None:
    # "añadió": the one who just spoke goes on, in a paragraph of its own.
    assert _said(
        "—Vamos ya al muelle —dijo Ana.",
        "—No puedo ir hoy —respondió Luis.",
        "—Ni mañana tampoco —añadió.",
    )[-1] == ("Ni mañana tampoco", "Luis")
