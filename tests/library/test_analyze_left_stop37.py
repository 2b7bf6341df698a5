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
    # Was "Sen., D-Calif": the phrase ended before the point (shown "Senator
    # (D-Calif.)" from s40-roles2).
    speaker = only_speaker(run(paragraph))
    assert speaker.name == "Tom Hale"
    assert speaker.role is not None
    assert speaker.role.endswith(("D-Calif.)", "R-N.Y.)"))


def test_a_state_written_in_full_ends_the_sentence_without_a_point() -> None:
    speaker = only_speaker(run("“The pier is late,” said Sen. Tom Hale, R-Texas."))
    assert speaker.role == "Senator (R-Texas)"


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
        # (The text writes the surname again, as a person's: s37-revleft.)
        "In an interview with Tom Hale, “the pier is late.” Hale runs the ferry.",
        "In a phone interview with Tom Hale, “the pier is late.” Hale runs the ferry.",
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


# Stop 36's rules that never fire on the corpora (s36-left2, s36-left3):
# sentences beside each where it must not fire -------------------------------


@pytest.mark.parametrize(
    ("paragraph", "label"),
    [
        # "Jr." before a verb or a comma ends no sentence (s36-left2, 1c).
        ("Tom Hale Jr. said “the pier is late.”", "Tom Hale Jr."),
        ("“The pier is late,” said Tom Hale Jr., the owner.", "Tom Hale Jr."),
        # A body joined by "or" to a person is no pair of names (2, rule 5).
        ("Either Ada or her sister said “the pier is late.”", "Either Ada or her sister"),
        # A people noun "close to" a place stays the description (rule 6).
        ("Crews close to the pier said “the pier is late.”", "Crews close to the pier"),
        # A capitalised run before a noun, or an outlet's name, is no
        # inverted "post"/"read" (rule 4).
        ("“The pier is late,” Harbour Council members said.", "Harbour Council members"),
        ("“The pier is late,” the Harbour Post said.", "Harbour Post"),
        # A name set off after a description is a name, not a party tag
        # (s36-left3).
        ("A friend of Ada Lind, Tom Hale, said “the pier is late.”", "Tom Hale"),
        ("A spokesman for the harbour, Tom Hale, said “the pier is late.”", "Tom Hale"),
    ],
)
def test_stop_36_guards_do_not_fire_beside_their_construction(paragraph: str, label: str) -> None:
    assert only_speaker(run(paragraph)).label == label


def test_a_body_or_a_person_is_not_read_as_two_names() -> None:
    name = only_speaker(run("The Harbour Board or Tom Hale said “the pier is late.”")).name
    assert name is not None
    assert " or " not in name


def test_sources_close_to_a_place_with_no_verb_of_saying_are_no_group() -> None:
    paragraphs = (
        "Ada Lind is the mayor. Sources close to the pier were found.",
        "“The pier is late,” they said.",
    )
    assert said_by("pier is", *paragraphs) != ["Sources close to the pier"]


@pytest.mark.parametrize(
    "second",
    [
        # "And all of" opening a time phrase, then a name: no count (s36-left3).
        "And all of a sudden, Ada Lind said “the pier is late.”",
        "And then she said “the pier is late.”",
    ],
)
def test_and_before_a_person_is_no_counted_group(second: str) -> None:
    assert said_by("pier", "Ada Lind met the crews. " + second) == ["Ada Lind"]
