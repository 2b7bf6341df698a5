"""More readings the stop-36 reviews found (branch s36-left3): the team's own
sentences, each failing on the commit before its rule."""

from __future__ import annotations

from tests.library.paragraphs import said_by


def test_a_title_picks_the_person_of_its_sex_among_two_of_one_surname() -> None:
    paragraphs = (
        "Tom Hale and his wife, Ada Hale, run the harbour ferry.",
        "“We will stay all winter,” Mrs. Hale said.",
        "“The boat is old,” Mr. Hale said.",
        "“It is hard work,” she said.",
    )
    assert said_by("all winter", *paragraphs) == ["Ada Hale"]
    assert said_by("boat is old", *paragraphs) == ["Tom Hale"]
    assert said_by("hard work", *paragraphs) == ["Ada Hale"]


def test_a_title_with_the_husband_named_second() -> None:
    paragraphs = (
        "Ada Hale and her husband, Tom Hale, run the harbour ferry.",
        "“We will stay all winter,” Mr. Hale said.",
        "“It is hard work,” he said.",
    )
    assert said_by("all winter", *paragraphs) == ["Tom Hale"]
    assert said_by("hard work", *paragraphs) == ["Tom Hale"]


def test_a_title_leaves_one_hale_or_hales_of_unknown_sex_alone() -> None:
    # One Hale: the title names her whatever else the text says.
    assert said_by(
        "all winter", "Tom Hale runs the ferry.", "“We will stay all winter,” Mrs. Hale said."
    ) == ["Tom Hale"]
    # Two Hales the text gives no sex: the first named, as before.
    assert said_by(
        "all winter",
        "Tom Hale and Ada Hale run the ferry.",
        "“We will stay all winter,” Mrs. Hale said.",
    ) == ["Tom Hale"]
    # An office states no sex.
    assert said_by(
        "all winter",
        "Tom Hale and his wife, Ada Hale, run the ferry.",
        "“We will stay all winter,” Sen. Hale said.",
    ) == ["Tom Hale"]


def test_a_party_tag_after_a_description_names_no_one() -> None:
    # Before: the tag 'R-Maine' (or 'D-Calif') was taken for the friend's name.
    assert said_by(
        "run again", "A friend of Sen. Tom Hale, R-Maine, said “He will run again.”"
    ) == ["A friend of Sen. Tom Hale, R-Maine"]
    assert said_by(
        "run again",
        "Ada Lind met the voters.",
        "“He will run again,” a friend of Sen. Tom Hale, R-Maine, said.",
    ) == ["a friend of Sen. Tom Hale, R-Maine"]


def test_a_party_tag_after_the_speakers_own_name_stays_the_speakers() -> None:
    assert said_by("run again", "“I will run again,” Sen. Tom Hale, R-Maine, said.") == ["Tom Hale"]
    assert said_by(
        "run again", "Ada Lind, a friend of Sen. Tom Hale, R-Maine, said “He will run again.”"
    ) == ["Ada Lind"]
    assert said_by(
        "run again", "“He will run again,” Ada Lind, a friend of Sen. Tom Hale, R-Maine, said."
    ) == ["Ada Lind"]


def test_a_long_state_in_a_party_tag_is_no_name_either() -> None:
    # Before: 'R-Mississippi' and 'D-Massachusetts' (a state of more than
    # nine letters) were taken for the speaker's name (found by s36-diffread2).
    assert said_by(
        "run again", "A friend of Sen. Tom Hale, R-Mississippi, said “He will run again.”"
    ) == ["A friend of Sen. Tom Hale, R-Mississippi"]
    assert said_by(
        "pier is late",
        "Ada Lind, speaking after Sen. Tom Hale, D-Massachusetts, said “The pier is late.”",
    ) == ["Ada Lind"]
    assert said_by("run again", "“I will run again,” said Sen. Tom Hale, R-Mississippi.") == [
        "Tom Hale"
    ]


def test_a_count_of_a_group_after_a_conjunction_is_no_one_person() -> None:
    lead = "Tom Hale and Ada Lind met the fishermen at the pier on Monday."
    # Before: 'Ada Lind' (the words read as stray, the nearest person taken).
    assert said_by("go on", lead, "And six of them said “the strike would go on.”") == [
        "six of them"
    ]
    assert said_by("go on", lead, "But many of them said “the strike would go on.”") == [
        "many of them"
    ]
    # A pronoun after the conjunction is still a person.
    assert said_by("go on", lead, "And she said “the strike would go on.”") == ["Ada Lind"]
