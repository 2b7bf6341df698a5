"""Speakers by their full name, stop 29: a person the text names in full is
one speaker in the quotations panel however the text shortens the name later.
A reader knows "Peña Nieto said" is the "Enrique Peña Nieto" named above; the
panel listed two people."""

from __future__ import annotations

import pytest

from quotemark.library.analyze import speakers as people_module
from quotemark.library.model import Analysis
from tests.library.paragraphs import run


def speakers(analysis: Analysis) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in analysis.quotes]


def test_a_two_word_surname_is_the_person_named_in_full() -> None:
    analysis = run(
        "Harbour commissioner Inés Lozano Ferrer opened the new pier on Monday.",
        "\u201cThe night ferry is back for good,\u201d Lozano Ferrer said.",
        "\u201cWe waited long enough,\u201d said Tomas Berg, a fisherman.",
        "\u201cThe timetable is fixed until May,\u201d Lozano Ferrer added.",
    )
    assert speakers(analysis) == ["Inés Lozano Ferrer", "Tomas Berg", "Inés Lozano Ferrer"]


def test_a_particle_surname_too() -> None:
    # Guard (passes before the change too): a surname with its particles.
    analysis = run(
        "Mayor Marit van der Berg visited the harbour on Friday.",
        "\u201cThe pier needs a roof,\u201d van der Berg said.",
    )
    assert speakers(analysis) == ["Marit van der Berg"]


def test_two_people_sharing_the_two_last_words_keep_them() -> None:
    # Guard: when two people of the text end in the same two words, the
    # short form names neither.
    analysis = run(
        "Inés Lozano Ferrer and Pablo Lozano Ferrer run the ferry together.",
        "\u201cWe sail at nine,\u201d Lozano Ferrer said.",
    )
    assert speakers(analysis) == ["Lozano Ferrer"]


def test_an_office_of_a_department_is_not_part_of_the_name() -> None:
    # "Secretary of State Ada Lind": "State" belongs to the office; the name
    # was read as "State Ada Lind", and "Lind said" expanded to it.
    analysis = run(
        "Former Secretary of State Ada Lind visited the harbour on Monday.",
        "\u201cThe ferry is a lifeline,\u201d Lind said.",
        "Minister of Foreign Affairs Tomas Berg wrote to the board.",
        "\u201cThe crossing stays,\u201d Berg said.",
    )
    assert speakers(analysis) == ["Ada Lind", "Tomas Berg"]


def test_a_speech_verb_opening_a_sentence_is_not_a_given_name() -> None:
    # "Said Ada Lind Berg, a neighbour:": the verb before its subject. A
    # one-word name after the verb stays as it was ("Said Jalili" may be a
    # name), so the rule asks for two words after it.
    analysis = run(
        "The crowd cheered at the pier. Said Ada Lind Berg, a neighbour: "
        "\u201cThe harbour is awake again.\u201d",
        "\u201cIt took eleven years,\u201d Lind Berg added.",
    )
    assert speakers(analysis) == ["Ada Lind Berg", "Ada Lind Berg"]


def test_a_word_asked_again_is_answered_from_the_memory() -> None:
    """``People._lower`` (the one caller of ``_written_lower``) keeps its
    answer by the word: asked again, it answers from ``lower_words``, not by
    a search of the text. Shown by a memory that disagrees with the text;
    a method of the class and its dictionary, so it holds compiled (mypyc)
    as well as pure, where the count below cannot."""
    people = people_module.People(text="Harbour commissioner Inés Lozano Ferrer spoke.")
    assert people._lower("Inés") is False
    assert people.lower_words == {"Inés": False}
    people.lower_words["Inés"] = True
    assert people._lower("Inés") is True


@pytest.mark.pure_only(
    "counts calls to speakers._written_lower through a patch: compiled by mypyc, "
    "People._lower calls it directly and the patch counts none, so the bound held nothing"
)
def test_a_long_article_is_not_searched_again_for_each_short_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each "Lozano Ferrer said" asked whether the text writes "inés" in lower
    # case by a search of the whole text: 45 quotations in a 1,500-word
    # article were 45 searches, the analysis 10 -> 21 ms. The answer is the
    # same for every quotation, so the text is searched once a word.
    searched: list[str] = []
    lower = people_module._written_lower

    def counted(text: str, word: str) -> bool:
        searched.append(word)
        return lower(text, word)

    monkeypatch.setattr(people_module, "_written_lower", counted)
    filler = "The board met again on a grey morning while the boats waited at the pier."
    analysis = run(
        "Harbour commissioner Inés Lozano Ferrer opened the new pier on Monday.",
        *(
            f"{filler} \u201cWe will see what plan {i} brings,\u201d Lozano Ferrer said."
            for i in range(45)
        ),
    )
    assert set(speakers(analysis)) == {"Inés Lozano Ferrer"}
    assert len(searched) == 1, searched


def test_a_capitalised_word_opening_the_sentence_is_not_a_given_name() -> None:
    # "Farmer Tomas Berg spoke": the sentence's capital makes "Farmer" look
    # like a given name, and "Tomas Berg said", the speaker named in full,
    # became "Farmer Tomas Berg". A longer name written only at a sentence's
    # start does not stand for the two words; written inside a sentence
    # ("the ferry's skipper, Ada Lind Berg") it still does.
    analysis = run(
        "Farmer Tomas Berg spoke at the pier on Monday.",
        "\u201cWe are ready now,\u201d Tomas Berg said.",
        "On Tuesday the ferry's skipper, Ada Lind Berg, sailed at dawn.",
        "\u201cThe sea was calm,\u201d Lind Berg said.",
    )
    assert speakers(analysis) == ["Tomas Berg", "Ada Lind Berg"]


def test_a_name_after_an_abbreviated_title_is_inside_its_sentence() -> None:
    # Guard: the point of "Sen." ends no sentence.
    analysis = run(
        "Sen. Ada Lind Berg spoke at the pier on Monday.",
        "\u201cThe sea was calm,\u201d Lind Berg said.",
    )
    assert speakers(analysis) == ["Ada Lind Berg"]
