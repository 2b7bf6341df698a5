"""Review of stop 37's reader fixes (issue 16, branch s37-revleft): near
misses of s37-left's rules where a researcher reads the sentence otherwise,
and the narrowed rules. Every sentence here is written by the team."""

from __future__ import annotations

import pytest

from tests.library.paragraphs import only_speaker, run, said_by

# A party tag's point: not after a postal code or a territory in full --------


@pytest.mark.parametrize(
    ("paragraph", "role"),
    [
        # A postal code takes no point: the point ends the sentence.
        ("“The pier is late,” said Sen. Tom Hale, D-CA. The board met.", "Senator (D-CA)"),
        # Guam is written in full, as Ohio is.
        (
            "“The pier is late,” said Rep. Tom Hale, R-Guam. The board met.",
            "Representative (R-Guam)",
        ),
    ],
)
def test_a_point_after_a_state_never_abbreviated_ends_the_sentence(
    paragraph: str, role: str
) -> None:
    assert only_speaker(run(paragraph)).role == role


def test_an_abbreviated_state_still_keeps_its_point() -> None:
    speaker = only_speaker(run("“The pier is late,” said Rep. Tom Hale, R-Ky. The board met."))
    assert speaker.role == "Representative (R-Ky.)"


# "Jr." before a place or a thing named after the person -----------------------


@pytest.mark.parametrize(
    ("paragraph", "who"),
    [
        # Was the name "High School": the school, not a new sentence.
        (
            "The principal of Martin Luther King Jr. High School told reporters "
            "“the pier is late.”",
            "The principal of Martin Luther King Jr. High School",
        ),
        (
            "Visitors to the Martin Luther King Jr. National Memorial said “the pier is late.”",
            "Visitors to the Martin Luther King Jr. National Memorial",
        ),
    ],
)
def test_a_place_named_after_a_person_with_a_suffix_stays_whole(paragraph: str, who: str) -> None:
    assert said_by("pier", paragraph) == [who]


def test_a_camp_named_after_a_person_stays_in_the_role() -> None:
    speaker = only_speaker(
        run("Cal Ripken Jr. Baseball Camp director Ada Lind said “the pier is late.”")
    )
    assert speaker.name == "Ada Lind"
    assert speaker.role == "Cal Ripken Jr. Baseball Camp director"


@pytest.mark.parametrize(
    "paragraph",
    [
        # "Sr." for "Senior" before an office: no name stands before it.
        "Ada Lind, a Sr. Research Fellow at the institute, said “the pier is late.”",
        "Ada Lind, who was named Sr. Research Fellow last year, said “the pier is late.”",
    ],
)
def test_senior_before_an_office_ends_no_sentence(paragraph: str) -> None:
    # Was the name "Research Fellow".
    assert said_by("pier", paragraph) == ["Ada Lind"]


def test_a_full_name_after_the_suffix_still_opens_a_sentence() -> None:
    assert said_by("pier", "They met Tom Hale Jr. Ada Lind said “the pier is late.”") == [
        "Ada Lind"
    ]


# "In an interview with NAME, “…”": an outlet or its reporter asks -------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        # A reporter of an outlet, written with its possessive.
        (
            "Ada Lind runs the pier.",
            "In an interview with Harbour Radio's Tom Hale, “the pier is late.”",
        ),
        ("Ada Lind runs the pier.", "In an interview with NPR’s Tom Hale, “the pier is late.”"),
        # An outlet whose name reads like a person's.
        ("Ada Lind runs the pier.", "In an interview with Vanity Fair, “the pier is late.”"),
        ("Ada Lind runs the pier.", "In an interview with Rolling Stone, “the pier is late.”"),
    ],
)
def test_the_one_asking_is_never_the_speaker(paragraphs: tuple[str, ...]) -> None:
    # Was the reporter or the outlet; the person the text is about speaks.
    assert said_by("pier", *paragraphs) == ["Ada Lind"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("In an interview with Tom Hale, “the pier is late.”", "Hale runs the ferry."),
        (
            "Ada Lind runs the pier.",
            "In an interview with Tom Hale, “the pier is late.”",
            "Hale, 54, agreed.",
        ),
    ],
)
def test_the_person_interviewed_and_written_again_speaks(paragraphs: tuple[str, ...]) -> None:
    assert said_by("pier", *paragraphs) == ["Tom Hale"]
