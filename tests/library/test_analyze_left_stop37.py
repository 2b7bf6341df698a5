"""Readings a researcher still saw wrong at the end of stop 36 (issue 16,
branch s37-left), each fixed by a construction. Every sentence here is
written by the team."""

from __future__ import annotations

import pytest

from tests.library.paragraphs import only_speaker, run, said_by

# A party and state tag keeps the point of its abbreviated state ------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Sen. Tom Hale, D-Calif., said “the pier is late.”",
        "“The pier is late,” said Sen. Tom Hale, D-Calif.",
        "“The pier is late,” said Rep. Tom Hale, R-N.Y.",
    ],
)
def test_an_abbreviated_state_in_a_party_tag_keeps_its_point(paragraph: str) -> None:
    # Was "Sen., D-Calif": the phrase ended before the point.
    speaker = only_speaker(run(paragraph))
    assert speaker.name == "Tom Hale"
    assert speaker.role is not None
    assert speaker.role.endswith(("D-Calif.", "R-N.Y."))


def test_a_state_written_in_full_ends_the_sentence_without_a_point() -> None:
    speaker = only_speaker(run("“The pier is late,” said Sen. Tom Hale, R-Texas."))
    assert speaker.role == "Sen., R-Texas"


# An adjective made from an office is not the office -------------------------


def test_an_adjective_of_an_office_gives_no_one_the_office() -> None:
    # "mayoral" read as "mayor": the office was taken as written, and the
    # quotation went to Tom Hale, whom no one called the mayor.
    paragraph = (
        "Tom Hale ran a mayoral campaign. "
        "The Times quoted the mayor as saying “the pier will open.”"
    )
    assert said_by("pier", paragraph) == ["the mayor"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Mayor Ada Lind spoke first. The Times quoted the mayor as saying “the pier will open.”",
        "Ada Lind, the mayor, spoke. The Times quoted the mayor as saying “the pier will open.”",
    ],
)
def test_the_office_written_as_a_word_is_still_written(paragraph: str) -> None:
    assert said_by("pier", paragraph) == ["Ada Lind"]


# "Mrs. Hale" after "his wife, Ada Hale" ------------------------------------


def test_a_title_goes_to_the_one_written_as_a_spouse_of_its_sex() -> None:
    # Was Tom Hale: the text gave him no sex, so the title did not tell the
    # two Hales apart.
    paragraphs = (
        "Tom Hale said the pier was late. His wife, Ada Hale, runs the ferry.",
        "“The pier is late,” Mrs. Hale said.",
    )
    assert said_by("pier is", *paragraphs) == ["Ada Hale"]


@pytest.mark.parametrize(
    "first",
    [
        # A daughter or a sister shares the surname and the sex: no telling.
        "Ada Hale said the pier was late. Her daughter, Mia Hale, runs the ferry.",
        # Named with no spouse noun: nothing says who is who.
        "Tom Hale said the pier was late. Ada Hale runs the ferry.",
    ],
)
def test_a_title_with_no_spouse_written_keeps_the_first_reading(first: str) -> None:
    paragraphs = (first, "“The pier is late,” Mrs. Hale said.")
    before = "Ada Hale" if first.startswith("Ada") else "Tom Hale"
    assert said_by("pier is", *paragraphs) == [before]


def test_a_title_of_the_other_sex_still_keeps_the_husband() -> None:
    paragraphs = (
        "Tom Hale said the pier was late. His wife, Ada Hale, runs the ferry.",
        "“The pier is late,” Mr. Hale said.",
    )
    assert said_by("pier is", *paragraphs) == ["Tom Hale"]


# "Jr." ending a sentence before the next one's subject ----------------------


@pytest.mark.parametrize(
    ("paragraph", "who"),
    [
        ("On Monday the board met Tom Hale Jr. Ada Lind said “the pier is late.”", "Ada Lind"),
        ("The board met Tom Hale Sr. Ada Mae Lind said “the pier is late.”", "Ada Mae Lind"),
    ],
)
def test_a_full_name_after_jr_opens_the_next_sentence(paragraph: str, who: str) -> None:
    # Was "Tom Hale Jr. Ada Lind" (role "the board met").
    assert only_speaker(run(paragraph)).name == who


@pytest.mark.parametrize(
    ("paragraph", "shown"),
    [
        ("Tom Hale Jr. said “the pier is late.”", "Tom Hale Jr."),
        # A body or a place named after the person goes on after "Jr.".
        (
            "The Tom Hale Jr. Harbour Foundation said “the pier is late.”",
            "The Tom Hale Jr. Harbour Foundation",
        ),
        (
            "Ada Lind walked up Tom Hale Jr. Boulevard and said “the pier is late.”",
            "Ada Lind",
        ),
    ],
)
def test_a_name_or_body_going_on_after_jr_is_not_cut(paragraph: str, shown: str) -> None:
    assert only_speaker(run(paragraph)).label == shown


# An outlet word naming a place before a person's name -----------------------


@pytest.mark.parametrize(
    ("paragraph", "role"),
    [
        ("New York Times Square Ada Lind said “the pier is late.”", "New York Times Square"),
        ("“The pier is late,” Times Square Ada Lind said.", "Times Square"),
    ],
)
def test_a_place_named_with_an_outlet_word_ends_before_the_name(paragraph: str, role: str) -> None:
    # Was "Square Ada Lind" (role "New York Times"): the run was cut after
    # the outlet word "Times".
    speaker = only_speaker(run(paragraph))
    assert speaker.name == "Ada Lind"
    assert speaker.role == role


@pytest.mark.parametrize(
    ("paragraph", "who"),
    [
        ("Ada Lind walked through Times Square and said “the pier is late.”", "Ada Lind"),
        ("“The pier is late,” Ada Lind said in Times Square.", "Ada Lind"),
        ("The Times Square Alliance said “the pier is late.”", "Times Square Alliance"),
        ("“The pier is late,” New York Times reporter Ada Lind said.", "Ada Lind"),
    ],
)
def test_times_square_elsewhere_is_left_whole(paragraph: str, who: str) -> None:
    assert only_speaker(run(paragraph)).name == who


# "In an interview with NAME, “…”": the one interviewed speaks ---------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "In an interview with Tom Hale, “the pier is late.”",
        "In a phone interview with Tom Hale, “the pier is late.”",
    ],
)
def test_the_person_interviewed_speaks_when_no_one_else_does(paragraph: str) -> None:
    # Was no speaker at all.
    assert only_speaker(run(paragraph)).name == "Tom Hale"


@pytest.mark.parametrize(
    ("paragraphs", "who"),
    [
        # The outlet after "with" asks; it never speaks.
        (("In an interview with the Gazette, “the pier is late.”",), None),
        (
            (
                "Ada Lind spoke on Monday.",
                "In an interview with Harbour Radio, “the pier is late.”",
            ),
            "Ada Lind",
        ),
        # Someone else speaks in the sentence.
        (("In an interview with Tom Hale, Ada Lind said “the pier is late.”",), "Ada Lind"),
        # A letter is no talk: no one named in it says the words.
        (("In a letter to Tom Hale, “the pier is late.”",), None),
    ],
)
def test_the_one_asking_or_another_speaker_is_not_replaced(
    paragraphs: tuple[str, ...], who: str | None
) -> None:
    assert said_by("pier", *paragraphs) == [who]
