"""Roles where the researcher sees them (branch s40-roles2).

The role shown beside a speaker ("Name · role" in the Quotes panel, a clip's
citation, the exports) is cleaned the same way whichever path found the
speaker (an honorific is no role, "Sen." is "Senator"); a role given in a
sentence that quotes no one ("Clara Voss, chair of ..., said residents had
waited") is carried to her quotations; and the role a pronoun carries is
the latest the text gave before it, unless that one only says an earlier
one shorter. Each with the sentences where the rule must not fire. Every
sentence here is written by the team."""

from __future__ import annotations

import pytest

from tests.library.paragraphs import run

L, R = "\u201c", "\u201d"


def _roles(*paragraphs: str) -> list[tuple[str | None, str | None]]:
    """Each quotation's speaker: its name and the role shown beside it."""
    return [
        (q.speaker.name, q.speaker.role) if q.speaker else (None, None)
        for q in run(*paragraphs).quotes
    ]


# -- one cleaning on every path --------------------------------------------


def test_the_person_in_focus_shows_no_honorific_as_role() -> None:
    # A partial quotation whose verb has no subject in reach goes to the
    # person in focus, with the role stored for her: "Mrs" showed there.
    assert _roles(
        f"{L}He worked a double shift,{R} said Mrs Ada Lind.",
        "The boat was late.",
        f"Having waited an hour and walked to the slipway, turning to say it was {L}a relic{R}.",
    ) == [("Ada Lind", None), ("Ada Lind", None)]


@pytest.mark.parametrize(
    ("attribution", "role"),
    [
        ("said Sen. Tom Hale, R-Maine", "Senator (R-Maine)"),
        ("said Sen. Tom Hale, R-Maine, a Republican", "Senator (R-Maine), a Republican"),
        ("said Rep. Tom Hale, a Democrat", "Representative, a Democrat"),
        ("said Gov. Tom Hale", "Governor"),
        ("said Lt. Gov. Tom Hale", "Lieutenant Governor"),
        ("said Det Supt Tom Hale", "Detective Superintendent"),
    ],
)
def test_an_abbreviated_title_is_spelled_out(attribution: str, role: str) -> None:
    assert _roles(f"{L}The money is needed,{R} {attribution}.") == [("Tom Hale", role)]


def test_the_spelled_title_is_carried_to_he_said() -> None:
    assert _roles(
        f"{L}The money is needed,{R} said Sen. Tom Hale, R-Maine.",
        f"{L}It will pass,{R} he said.",
    ) == [("Tom Hale", "Senator (R-Maine)"), ("Tom Hale", "Senator (R-Maine)")]


def test_a_title_said_again_shorter_keeps_the_tag() -> None:
    # "Sen. Hale said" repeats "Sen. Tom Hale, R-Maine," shorter.
    assert _roles(
        f"{L}The money is needed,{R} said Sen. Tom Hale, R-Maine.",
        f"Sen. Hale said the vote was {L}a formality{R}.",
    )[1] == ("Tom Hale", "Senator (R-Maine)")


def test_a_description_with_an_abbreviation_inside_is_left_as_written() -> None:
    # Only a first part made of titles alone is spelled out.
    assert _roles(f"{L}We held the line,{R} said Tom Hale, rep for the harbour board.") == [
        ("Tom Hale", "rep for the harbour board")
    ]


# -- a role given in a sentence that quotes no one ---------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Clara Voss, chair of the Island Residents' Association, said residents had "
            "waited two years for the pier.",
            "Clara Voss",
            "chair of the Island Residents' Association",
        ),
        (
            "The union backs the strike. Its regional organiser, Ben Ross, said the board "
            "had ignored the crews.",
            "Ben Ross",
            "its regional organiser",
        ),
        (
            "Tom Hale, the board's finance director, has called the pier a relic.",
            "Tom Hale",
            "the board's finance director",
        ),
        ("Ada Lind's deputy, Tom Hale, said the pier was old.", "Tom Hale", "Ada Lind's deputy"),
    ],
)
def test_a_role_in_a_reported_sentence_is_carried(sentence: str, name: str, role: str) -> None:
    surname = name.split()[-1]
    assert _roles(sentence, f"{L}We are tired of waiting,{R} {surname} said.") == [(name, role)]


def test_a_role_in_a_reported_sentence_is_carried_to_she_said() -> None:
    assert _roles(
        "Clara Voss, chair of the Island Residents' Association, said residents had "
        "waited two years for the pier.",
        f"{L}We are tired of waiting,{R} she said.",
    ) == [("Clara Voss", "chair of the Island Residents' Association")]


def test_a_role_before_the_name_with_a_partial_quotation() -> None:
    assert _roles(
        "The harbour board met on Monday. Its chairman, Tom Hale, told a council meeting "
        f"that the pier was {L}a relic of another age{R}."
    ) == [("Tom Hale", "its chairman")]


def test_le_maire_before_the_name_is_the_role() -> None:
    assert _roles(f"Le maire, Peter Quinn, a appelé les habitants {L}au calme{R}.") == [
        ("Peter Quinn", "Le maire")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a clause, an aside, an age: no office
        "Tom Hale, whose father was the harbour master, said the pier was old.",
        "Tom Hale, asked about wages, said the pier came first.",
        "Tom Hale, 54, said the pier was old.",
        # someone else's role in the same sentence
        "Tom Hale met Ada Lind, the harbour master, on Monday.",
        "Tom Hale told Ada Lind, the harbour master, that the pier was old.",
        "Tom Hale, who met Ada Lind, the harbour master, said the pier was old.",
        # a name set off after another's: no verb of saying after it
        "Its chairman, Tom Hale, and Ada Lind met the crews.",
    ],
)
def test_no_role_from_a_sentence_that_gives_none(sentence: str) -> None:
    assert _roles(sentence, f"{L}It is falling down,{R} Hale said.") == [("Tom Hale", None)]


# -- which role a later quotation carries ---------------------------------------


def test_the_latest_role_is_carried_over_a_title() -> None:
    # s40-roles: "Sheriff" was carried for good, over the later role.
    assert _roles(
        f"{L}The rules are not a suggestion,{R} said Sheriff Helen Marr.",
        f"{L}We sit at ten,{R} said Marr, the chief magistrate.",
        f"{L}Be on time,{R} she said.",
    ) == [
        ("Helen Marr", "Sheriff"),
        ("Helen Marr", "the chief magistrate"),
        ("Helen Marr", "the chief magistrate"),
    ]


def test_a_role_said_again_shorter_keeps_the_fuller_one() -> None:
    assert (
        _roles(
            f"{L}We will wait,{R} said Ada Lind, chair of the harbour board.",
            f"{L}Not for long,{R} said Lind, the chair.",
            f"{L}Then we vote,{R} she said.",
        )
        == [("Ada Lind", "chair of the harbour board")] * 3
    )


def test_an_age_is_not_carried_but_the_office_after_it_is() -> None:
    assert _roles(
        f"{L}We will wait,{R} said Tom Hale, 54, a retired ferry pilot.",
        f"{L}Not for long,{R} he said.",
    ) == [("Tom Hale", "54, a retired ferry pilot"), ("Tom Hale", "a retired ferry pilot")]


# -- a determiner opening the sentence a role was read from (lead, stop 40) ----


def test_the_role_read_from_a_sentence_opening_reads_mid_sentence() -> None:
    # "The deckhand agreed:" after "Ada Lind, a deckhand": the label reads
    # "Ada Lind · the deckhand", not "The deckhand" with the sentence's capital.
    analysis = run(
        "Ada Lind, 54, a deckhand on the early boat, was less sure.",
        "The deckhand agreed: \u201cA new name will not fix the pier.\u201d",
    )
    assert [(q.speaker.name, q.speaker.role) for q in analysis.quotes if q.speaker] == [
        ("Ada Lind", "the deckhand")
    ]


def test_a_capital_that_is_part_of_a_name_is_kept() -> None:
    # Must not fire: "The Gazette's editor" keeps its capital.
    analysis = run("\u201cThe pier is late,\u201d said Tom Hale, The Gazette's editor.")
    assert [(q.speaker.name, q.speaker.role) for q in analysis.quotes if q.speaker] == [
        ("Tom Hale", "The Gazette's editor")
    ]
