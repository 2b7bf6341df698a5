"""Who a speaker "they" is, stop 35 (issue 16, branch s35-they): the group
that opened the sentence before (people unnamed, a party's members, a pair,
a family), never one person of it; a person the text calls "they" stays
that person. Every sentence here is written by the team."""

from __future__ import annotations

import pytest

from tests.library.paragraphs import run

_HALE = "Tom Hale, a fisherman, said the closure had cost him his season."


def _last(*paragraphs: str) -> tuple[str | None, str | None]:
    speaker = run(*paragraphs).quotes[-1].speaker
    assert speaker is not None
    return speaker.name, speaker.label


@pytest.mark.parametrize(
    ("paragraphs", "label"),
    [
        (
            ("Residents gathered outside the hall on Monday. “We were never asked,” they said.",),
            "Residents",
        ),
        (
            (
                "Critics of the plan, like Ada Lind and Ben Ross, sent a letter on Friday.",
                "“The pier must stay open,” they wrote.",
            ),
            "Critics",
        ),
        (
            ("Senate Democrats blocked the bill because “it was a trap,” they said.",),
            "Senate Democrats",
        ),
        (
            ("The Liberals tabled the bill on Monday.", "“It is a good bill,” they said."),
            "The Liberals",
        ),
        (
            (
                "Ada Lind runs the ferry with her husband.",
                "The Linds have run the ferry for years. “It is not safe,” they said.",
            ),
            "The Linds",
        ),
    ],
)
def test_they_after_a_group_is_the_group(paragraphs: tuple[str, ...], label: str) -> None:
    # Was Tom Hale (or Ada Lind), the one person named before: "they" is
    # the group that opened the sentence, people the text does not name.
    assert _last(_HALE, *paragraphs) == (None, label)


@pytest.mark.parametrize(
    ("paragraphs", "pair"),
    [
        (
            (
                "Ada Lind and Ben Ross, the owners, said they respected the vote.",
                "“We want a safe workplace,” they said.",
            ),
            "Ada Lind and Ben Ross",
        ),
        (
            (
                "Ada Lind runs the ferry.",
                "Ada and Tom Lind run it together.",
                "“It is safe,” they said.",
            ),
            "Ada Lind and Tom Lind",
        ),
    ],
)
def test_they_after_two_people_is_both(paragraphs: tuple[str, ...], pair: str) -> None:
    # Was Ben Ross (or Tom Hale): the one named last of the two, or before.
    assert _last(_HALE, *paragraphs)[0] == pair


@pytest.mark.parametrize(
    ("paragraphs", "name"),
    [
        # A person the text calls "they" is that person.
        (
            (
                "Ada Lind, who uses they/them pronouns, runs the ferry.",
                "“It is not safe,” they said.",
            ),
            "Ada Lind",
        ),
        # A person named as a subject since the group: not the group.
        (
            (
                "Residents met on Monday.",
                "Ada Lind said the pier was closed.",
                "“It is not safe,” they said.",
            ),
            "Ada Lind",
        ),
        # A surname shaped like a plural noun, named in full before.
        (
            (
                "Ada Peters was there.",
                "Peters said the pier was closed. “It is not safe,” they said.",
            ),
            "Ada Peters",
        ),
        # A sentence opening with a name and a verb is no group.
        (
            (
                "Ada Lind runs the ferry.",
                "Lind told reporters the pier was closed. “It is not safe,” they said.",
            ),
            "Ada Lind",
        ),
    ],
)
def test_they_stays_with_the_person_when_no_group_opens(
    paragraphs: tuple[str, ...], name: str
) -> None:
    assert _last(_HALE, *paragraphs)[0] == name


def test_he_after_a_group_is_still_the_person() -> None:
    # Only "they" reads the group: "he" after residents is the man named before.
    paragraphs = ("Residents gathered outside the hall on Monday. “We were never asked,” he said.",)
    assert _last(_HALE, *paragraphs)[0] == "Tom Hale"
