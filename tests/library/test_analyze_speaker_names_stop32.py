"""Speaker names from title-case runs (stop 32): a person's name read from a
run of capitalised words keeps only the words that are a name. A headline's
or a heading's words before the name ("What Really Divides Tomas Berglund",
"The Quarrel Between ..."), an award's title ("Builder of the Year Tomas
Berglund") and a prize's or a role's words the text also writes in lower case
("Harbour Prize Winner Ada Lind" ... "the winner") are no part of it; a
work's title in quote marks names no one."""

from __future__ import annotations

from tests.library.paragraphs import run, spoken

SAID = "\u201cWe will build the bridge,\u201d Berglund said."


def test_a_headline_s_words_before_a_name_are_not_the_speaker_s_name() -> None:
    analysis = run(
        "What Really Divides Tomas Berglund From His Rivals.",
        "Berglund spoke at the harbour on Monday, between two meetings.",
        SAID,
    )
    assert spoken(analysis) == [("We will build the bridge", "Tomas Berglund")]


def test_a_heading_s_function_word_ends_the_words_before_the_name() -> None:
    analysis = run(
        "The Quarrel Between Tomas Berglund And Ada Lind",
        "Berglund spoke at the harbour on Monday, between two meetings.",
        SAID,
    )
    assert spoken(analysis) == [("We will build the bridge", "Tomas Berglund")]


def test_an_award_s_title_before_a_name_is_not_the_name() -> None:
    analysis = run(
        "Critics call him the Builder of the Year Tomas Berglund, and last year"
        " the council agreed.",
        "\u201cThe bridge opens in May,\u201d Berglund said.",
    )
    assert spoken(analysis) == [("The bridge opens in May", "Tomas Berglund")]


def test_a_prize_s_words_the_text_writes_in_lower_case_are_not_the_name() -> None:
    analysis = run(
        "Celebrated painter and Harbour Prize Winner Ada Lind opened the show,"
        " the winner of last year.",
        "\u201cColour is a promise,\u201d Lind said.",
    )
    assert spoken(analysis) == [("Colour is a promise", "Ada Lind")]


def test_a_three_word_name_keeps_its_first_word() -> None:
    # "bill" is written in lower case too, but "de Hoog" is no name alone.
    analysis = run(
        "Bill de Hoog tabled the bill on Monday.",
        "\u201cThe harbour needs it,\u201d de Hoog said.",
        "Mark C. Halvorsen, who will mark the vote, agreed.",
        "\u201cIt passes,\u201d Halvorsen said.",
    )
    assert spoken(analysis) == [
        ("The harbour needs it", "Bill de Hoog"),
        ("It passes", "Mark C. Halvorsen"),
    ]


def test_a_work_s_title_in_quote_marks_names_no_one() -> None:
    show = (
        "Talking with a host about his new show, \u201cHarbour Lights for Beginners,\u201d"
        " the comedian recalled his childhood. \u201cEvery town has a harbour,\u201d he said."
    )
    # No one is named: no name rather than the show's.
    assert spoken(run(show)) == [("Every town has a harbour", None)]
    # Named before, the comedian is the speaker.
    named = run("The comedian Tomas Berglund is back.", show)
    assert spoken(named) == [("Every town has a harbour", "Tomas Berglund")]


def test_a_quotation_opening_with_a_name_still_names_its_person() -> None:
    analysis = run(
        "\u201cAda Lind is right about the harbour,\u201d Tomas Berglund said.",
        "\u201cIt is the town\u2019s heart,\u201d she said.",
    )
    assert spoken(analysis)[0] == ("Ada Lind is right about the harbour", "Tomas Berglund")


def test_an_epithet_inside_a_quotation_does_not_lengthen_a_name() -> None:
    analysis = run(
        "Ada Lind, the mayor, spoke on Monday.",
        "Tomas Berglund answered her. \u201cDebating the council was easier than"
        " debating Sly Ada Lind,\u201d he said.",
        "\u201cThe harbour is not a joke,\u201d Ada Lind said.",
    )
    assert spoken(analysis)[1] == ("The harbour is not a joke", "Ada Lind")
