"""A short quoted sentence that carries on a speaker's quotation (stop 38,
branch s38-short): `“I have asked the board twice,” said Ruth Ames.
“Nobody answers.”` shows both quotations, the second Ruth Ames's, as a
longer second sentence already was. A word or two in marks stays dropped
when it is a term, a title or a slogan inside a sentence, when no quotation
with an attributed speaker stands right before it, or when someone else is
named between them."""

from __future__ import annotations

from tests.library.paragraphs import run, spoken

_AMES = "\u201cI have asked the board twice,\u201d said Ruth Ames."


def test_a_short_sentence_after_a_named_quotation_is_that_speakers() -> None:
    assert spoken(run(f"{_AMES} \u201cNobody answers.\u201d")) == [
        ("I have asked the board twice", "Ruth Ames"),
        ("Nobody answers.", "Ruth Ames"),
    ]


def test_the_carried_speaker_is_shown_with_the_continuation_confidence() -> None:
    quotes = run(f"{_AMES} \u201cNobody answers.\u201d").quotes
    assert quotes[1].speaker is not None
    assert quotes[1].speaker.confidence == 0.6  # below the named one's: carried over


def test_a_short_question_after_an_asked_question_goes_on() -> None:
    # `“…?” Ada Lind asked.`: the attribution is a sentence of its own after
    # a question mark; the short one right after it is still hers.
    assert spoken(run("\u201cWhere is the ferry?\u201d Ada Lind asked. \u201cAnyone?\u201d")) == [
        ("Where is the ferry?", "Ada Lind"),
        ("Anyone?", "Ada Lind"),
    ]


def test_a_short_sentence_after_a_quotation_introduced_by_its_speaker() -> None:
    said = spoken(run("Tom Hale said: \u201cThe pier must stay open.\u201d \u201cAgreed.\u201d"))
    assert said == [
        ("The pier must stay open.", "Tom Hale"),
        ("Agreed.", "Tom Hale"),
    ]


def test_a_short_sentence_opening_the_next_paragraph_goes_on() -> None:
    assert spoken(run(_AMES, "\u201cNobody answers.\u201d She hung up the phone.")) == [
        ("I have asked the board twice", "Ruth Ames"),
        ("Nobody answers.", "Ruth Ames"),
    ]


# -- where it must not fire ---------------------------------------------------


def test_a_sign_with_no_earlier_speaker_is_no_quotation() -> None:
    assert spoken(run("The pier gate is locked. \u201cKeep Out.\u201d The sign is old.")) == []


def test_a_slogan_posters_read_is_not_the_earlier_speakers() -> None:
    said = spoken(run(f"{_AMES} Posters across the harbour read \u201cVote No.\u201d"))
    assert ("Vote No.", "Ruth Ames") not in said


def test_a_campaign_named_in_marks_is_no_quotation() -> None:
    assert spoken(run(f"{_AMES} She backs the \u201cVote No\u201d campaign.")) == [
        ("I have asked the board twice", "Ruth Ames")
    ]
    assert spoken(run(f"{_AMES} The board calls it a \u201cpier tax.\u201d")) == [
        ("I have asked the board twice", "Ruth Ames")
    ]


def test_no_capital_or_no_end_point_is_no_sentence_of_its_own() -> None:
    for words in ("nobody answers.", "Nobody answers"):
        assert spoken(run(f"{_AMES} \u201c{words}\u201d")) == [
            ("I have asked the board twice", "Ruth Ames")
        ]


def test_a_quotation_after_an_unnamed_one_is_not_carried() -> None:
    assert spoken(run("\u201cI have asked the board twice.\u201d \u201cNobody answers.\u201d")) == [
        ("I have asked the board twice.", None)
    ]


def test_a_quotation_after_one_given_to_the_person_in_focus_is_not_carried() -> None:
    # The first quotation's speaker is only a guess (no attribution).
    said = spoken(
        run("Ruth Ames came late. \u201cThe pier is shut.\u201d \u201cNobody answers.\u201d")
    )
    assert [words for words, _name in said] == ["The pier is shut."]


def test_someone_named_between_stops_the_carrying() -> None:
    said = spoken(run(f"{_AMES} Tom Hale shook his head. \u201cNobody answers.\u201d"))
    assert said == [("I have asked the board twice", "Ruth Ames")]


def test_a_sentence_between_in_the_next_paragraphs_stops_it_too() -> None:
    said = spoken(
        run(_AMES, "The harbour board met on Monday.", "It was short. \u201cNobody answers.\u201d")
    )
    assert said == [("I have asked the board twice", "Ruth Ames")]
