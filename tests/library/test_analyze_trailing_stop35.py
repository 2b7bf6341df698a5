"""Readings the stop-35 reviews left (issue 16, branch s35-trail): a pair of
names with their organisation before "said yesterday", a relative pronoun
left on a description, an opening time phrase of a part of a day, a part
opening with "or" read as a role, and an imperative aspect verb read as a
name.
Every sentence here is written by the team."""

from __future__ import annotations

import pytest

from tests.library.paragraphs import only_speaker, run, said_by

# Two names and their organisation, then the verb and more words ------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We checked every beam,” Ada Lind and Tom Hale of the Harbour Trust said yesterday.",
        "“We checked every beam,” Ada Lind and Tom Hale of the Harbour Trust told reporters.",
        "“We checked every beam,” Ada Lind and Tom Hale of the Old Harbour Trust said on Monday.",
    ],
)
def test_a_named_pair_with_its_organisation_is_read_before_a_long_verb_phrase(
    paragraph: str,
) -> None:
    speaker = only_speaker(run(paragraph))
    assert speaker.name == "Ada Lind and Tom Hale"
    assert speaker.role is not None
    assert "Harbour Trust" in speaker.role


def test_a_pair_then_a_clause_that_goes_on_still_names_no_one() -> None:
    # The pair's own verb is "walked": the clause goes on past the
    # quotation's attribution, which it never gives.
    analysis = run(
        "“We checked every beam,” Ada Lind and Tom Hale walked to the end of "
        "the pier and said nothing more."
    )
    assert [q.speaker for q in analysis.quotes] == [None]


# A relative pronoun is no part of who said it --------------------------------


@pytest.mark.parametrize(
    ("paragraph", "label"),
    [
        (
            "“We have not been told,” officials with the ministry, who asked not to be named, "
            "said.",
            "officials with the ministry",
        ),
        (
            "“We have not been told,” a ministry official, who asked not to be named, told "
            "reporters.",
            "a ministry official",
        ),
        ("“We have not been told,” one official who asked not to be named said.", "one official"),
    ],
)
def test_a_description_before_a_who_clause_loses_the_pronoun(paragraph: str, label: str) -> None:
    speaker = only_speaker(run(paragraph))
    assert speaker.name is None
    assert speaker.label == label


def test_a_name_before_a_who_clause_keeps_the_clause_as_its_role() -> None:
    speaker = only_speaker(run("“We have not been told,” Ada Lind, who chairs the Trust, said."))
    assert speaker.name == "Ada Lind"
    assert speaker.role == "who chairs the Trust"


# An opening time phrase of a part of a day is when, not who ------------------


@pytest.mark.parametrize(
    ("paragraph", "who"),
    [
        ("Yesterday morning Ada Lind said “The pier is unsafe.”", "Ada Lind"),
        ("Yesterday afternoon Tom Hale said “The pier is unsafe.”", "Tom Hale"),
        ("Later that day Tom Hale said “The pier is unsafe.”", "Tom Hale"),
        ("That day Tom Hale said “The pier is unsafe.”", "Tom Hale"),
    ],
)
def test_an_opening_time_phrase_is_not_the_role(paragraph: str, who: str) -> None:
    speaker = only_speaker(run(paragraph))
    assert speaker.name == who
    assert speaker.role is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "“The pier is unsafe,” said Ada Lind that day.",
        "“The pier is unsafe,” said Ada Lind later that day.",
    ],
)
def test_that_day_after_a_trailing_name_is_when(paragraph: str) -> None:
    assert only_speaker(run(paragraph)).name == "Ada Lind"


def test_later_that_day_before_a_description_leaves_the_description() -> None:
    speaker = only_speaker(run("Later that day the harbour master said “The pier is unsafe.”"))
    assert speaker.label == "the harbour master"


def test_a_day_named_after_that_is_no_time_phrase_without_that() -> None:
    # "Day" alone is a word of the subject here, kept in the description.
    speaker = only_speaker(run("The day nurse Ada Lind said “The pier is unsafe.”"))
    assert speaker.name == "Ada Lind"


# Someone offered instead of the name is no role ------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ada Lind, or her aide, said “The pier is unsafe.”",
        "“The pier is unsafe,” said Ada Lind, or one of her aides.",
        "Ada Lind, or someone on her staff, wrote “The pier is unsafe.”",
    ],
)
def test_a_part_opening_with_or_is_not_the_role(paragraph: str) -> None:
    speaker = only_speaker(run(paragraph))
    assert speaker.name == "Ada Lind"
    assert speaker.role is None


def test_an_apposition_after_the_name_stays_its_role() -> None:
    speaker = only_speaker(run("Ada Lind, the harbour master, said “The pier is unsafe.”"))
    assert speaker.role == "the harbour master"


# An aspect verb opening its clause in the imperative is no name ---------------


@pytest.mark.parametrize(
    ("marked", "paragraph"),
    [
        ("yes", "Start saying “yes” to the pier, Ada Lind told the board."),
        ("no", "Keep saying “no,” Ada Lind said."),
        ("no", "Ada Lind told residents: Keep saying “no” to the plan."),
    ],
)
def test_an_imperative_aspect_verb_is_not_the_speaker(marked: str, paragraph: str) -> None:
    assert said_by(marked, paragraph) == ["Ada Lind"]


def test_a_subject_before_the_aspect_verb_still_speaks() -> None:
    assert said_by("safe", "Fans keep saying “the pier is safe.”") == ["Fans"]
    assert said_by("safe", "Tom Hale kept saying “the pier is safe.”") == ["Tom Hale"]
