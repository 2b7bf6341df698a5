"""Speaker names after an office, stop 30: the name the Quotes panel shows
(and a clip's citation carries) is the person's, without the office or the
department ("Rodham Clinton", "Editor-in-Chief Martin Baron" and
"Department" were shown before)."""

from __future__ import annotations

from quotemark.library.analyze import analyze
from quotemark.library.model import Block, BlockKind


def speakers(*paragraphs: str) -> list[str | None]:
    analysis = analyze([Block(BlockKind.PARAGRAPH, p) for p in paragraphs])
    return [q.speaker.name if q.speaker else None for q in analysis.quotes]


def test_a_three_word_name_after_secretary_of_state_stays_whole() -> None:
    assert speakers(
        "\u201cThe ferry talks will go on,\u201d said Secretary of State Ada Maria Lindqvist."
    ) == ["Ada Maria Lindqvist"]
    assert speakers(
        "Secretary of State Ada Maria Lindqvist visited the harbour on Monday.",
        "\u201cThe ferry talks will go on,\u201d Lindqvist said.",
    ) == ["Ada Maria Lindqvist"]


def test_a_department_of_abstract_nouns_is_no_part_of_the_name() -> None:
    # The department's words are not listed ("Prosecution"), but no given
    # name ends like an abstract noun; a hyphenated given name stays whole.
    assert speakers(
        "\u201cThe case is closed,\u201d said Director of Public Prosecution Eva-Lena Moberg."
    ) == ["Eva-Lena Moberg"]


def test_an_office_ending_an_organisations_name_is_no_part_of_the_name() -> None:
    assert speakers(
        "\u201cThe grid is ready,\u201d said Department of Energy Secretary Ada Lind."
    ) == ["Ada Lind"]


def test_an_office_after_to_is_someone_else() -> None:
    # Guard: "a top aide to President Tomas Berg" describes the speaker
    # named before it; the president is not the speaker.
    assert speakers(
        "\u201cThe ferry stays,\u201d said Ada Lind, a former top aide to President Tomas Berg."
    ) == ["Ada Lind"]


def test_a_hyphenated_office_goes_to_the_role() -> None:
    assert speakers(
        "Editor-in-Chief Martin Hale wrote to the staff on Monday.",
        "\u201cWe will keep reporting,\u201d said Hale.",
    ) == ["Martin Hale"]
    assert speakers("\u201cWe will keep reporting,\u201d said Vice-President Ada Lind.") == [
        "Ada Lind"
    ]


def test_a_double_barrelled_surname_ending_in_a_title_word_stays_a_name() -> None:
    # Guard: "King" is a surname as well as a title.
    assert speakers("\u201cWe will keep reporting,\u201d said Ada Ames-King.") == ["Ada Ames-King"]


def test_a_hyphenated_description_before_a_name_goes_to_the_role() -> None:
    assert speakers(
        "\u201cThe ferry stays,\u201d said Norwegian-born Tomas Berg, who runs the caf\u00e9."
    ) == ["Tomas Berg"]
    assert speakers(
        "Oslo-based analyst Ada Lind followed the ferry talks.",
        "\u201cThe route pays for itself,\u201d said Lind.",
    ) == ["Ada Lind"]


def test_an_organisation_opening_with_a_is_named_without_it() -> None:
    assert speakers(
        "A Harbour Accountability Office report said the pier was unsafe.",
        "\u201cThe pier must close,\u201d it said.",
    ) == ["Harbour Accountability Office"]


def test_a_department_left_out_in_part_leaves_nothing_of_itself_in_the_name() -> None:
    # "State" opens no name and is dropped before the office is read; the
    # rest of the department ("Security") is still the office's, not the
    # person's.
    assert speakers(
        "\u201cThe border stays open,\u201d said Secretary of State Security Ada Lind."
    ) == ["Ada Lind"]
    assert speakers(
        "Secretary of State Security Tomas Berg visited the harbour on Monday.",
        "\u201cThe border stays open,\u201d Berg said.",
    ) == ["Tomas Berg"]


def test_a_plural_noun_after_a_department_word_is_the_departments() -> None:
    # "Energy" names a department and "Resources" goes on with it: a plural
    # noun opens no given name, and the old reading ("Ada Lind") holds.
    assert speakers(
        "\u201cThe grid is ready,\u201d said Minister of Energy Resources Ada Lind."
    ) == ["Ada Lind"]
    assert speakers(
        "Minister of Health Services Tomas J. Berg visited the clinic on Monday.",
        "\u201cThe clinic stays open,\u201d Berg said.",
    ) == ["Tomas J. Berg"]
    # Guard: a three-word name after a department stays whole.
    assert speakers("\u201cThe grid is ready,\u201d said Minister of Energy Ada Maria Lind.") == [
        "Ada Maria Lind"
    ]


def test_a_two_word_name_opening_with_an_keeps_it() -> None:
    # Guard: "An Post" (a postal service) is a name whose first word is "An".
    assert speakers(
        "An Post said the island's letters would go by the night ferry.",
        "\u201cThe post will be a day early,\u201d it said.",
    ) == ["An Post"]
