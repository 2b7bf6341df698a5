"""Speaker names, stop 31: the name the Quotes panel shows (and a clip's
citation carries) after an office of a department joined by "and", after an
office "for" a department, and after a department with a three-word name;
a headline's title case is no sentence naming people."""

from __future__ import annotations

from quotemark.library.analyze import analyze
from quotemark.library.model import Block, BlockKind


def speakers(*paragraphs: str) -> list[str | None]:
    analysis = analyze([Block(BlockKind.PARAGRAPH, p) for p in paragraphs])
    return [q.speaker.name if q.speaker else None for q in analysis.quotes]


def test_a_department_of_two_nouns_joined_by_and_is_no_part_of_the_name() -> None:
    assert speakers(
        "\u201cThe ferry will sail,\u201d said the Minister for Harbours and Trade Ada Lind."
    ) == ["Ada Lind"]
    assert speakers(
        "Minister of Fisheries and Oceans Tomas Berg visited the harbour on Monday.",
        "\u201cThe quota stays,\u201d Berg said.",
    ) == ["Tomas Berg"]


def test_an_office_for_a_department_is_read_like_an_office_of_one() -> None:
    assert speakers("\u201cThe grid is ready,\u201d said Minister for Energy Ada Lind.") == [
        "Ada Lind"
    ]


def test_a_headline_in_title_case_names_no_one() -> None:
    # A related story's headline among the paragraphs: its capitals ("NBC
    # Drops Hale Over") are no person a later "he said" could mean.
    assert speakers(
        "NBC Drops Hale Over Remarks",
        "\u201cI regret nothing about the show,\u201d he said.",
    ) == [None]


def test_a_short_sentence_naming_people_is_no_headline() -> None:
    # Guard: most of its words are capitalised, but it ends with a point.
    assert speakers(
        "Tom Hale and Ada Maria Lind left.",
        "\u201cWe had no choice about the timetable,\u201d Lind said.",
    ) == ["Ada Maria Lind"]


def test_a_three_word_name_after_a_department_keeps_its_first_word() -> None:
    # "Charles" ends in "s" but not as a common noun's plural does
    # ("Resources", "Services", "Fisheries", "Sports", "Works").
    assert speakers(
        "\u201cThe grid is ready,\u201d said Minister of Energy Charles Evans Hughes."
    ) == ["Charles Evans Hughes"]
    assert speakers(
        "Secretary of State James Earl Carter visited the harbour on Monday.",
        "\u201cThe ferry talks will go on,\u201d Carter said.",
    ) == ["James Earl Carter"]
    # Guard: a plural noun's ending goes on with the department.
    assert speakers(
        "\u201cThe tariff stays,\u201d said Minister of Public Utilities Ada Lind."
    ) == ["Ada Lind"]


def test_a_lead_in_ending_with_a_colon_is_no_headline() -> None:
    # "Then Ada Lind, Harbour Council Chair, spoke:" is mostly capitals and
    # has no point, but it is a sentence leading into her words, not a
    # headline: the quotation under it and her "she added" are hers, not
    # Tom Ruiz's from the paragraph before.
    assert speakers(
        "Tom Ruiz opened the meeting on the pier.",
        "Then Ada Lind, Harbour Council Chair, spoke:",
        "\u201cThe pier is safe and the boats will sail on time this summer.\u201d",
        "\u201cWe checked it twice,\u201d she added.",
    ) == ["Ada Lind", "Ada Lind"]


def test_a_name_after_an_office_holder_and_and_keeps_its_first_word() -> None:
    # "Minister of Energy Tom Hale and Ada Maria Lind": "and" joins a second
    # person to the minister, not a second department to Energy, so Lind's
    # name is "Ada Maria Lind", not "Maria Lind".
    assert speakers(
        "Minister of Energy Tom Hale and Ada Maria Lind visited the pier on Monday.",
        "\u201cIt is safe,\u201d Lind said.",
    ) == ["Ada Maria Lind"]
    assert speakers(
        "\u201cIt is safe,\u201d said Ada Maria Lind, who met Secretary of State Tom Hale "
        "and Dan Eric Holm on Monday.",
        "\u201cIt is,\u201d said Holm.",
    ) == ["Ada Maria Lind", "Dan Eric Holm"]
