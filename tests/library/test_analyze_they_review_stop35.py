"""Review of the "they" rule, stop 35 (issue 16, branch s35-revthey): the
readings s35-they gave wrong or left. A plural thing opening a sentence
("Documents filed in court show") is no group of speakers; two people named
after a lead-in ("In a statement, owners Ada Lind and Ben Ross said") are
"they" as when they open the sentence; a sentence opening with "They" goes on
the group of the paragraph before. Every sentence here is written by the
team."""

from __future__ import annotations

import pytest

from tests.library.paragraphs import run


def _last(*paragraphs: str) -> str | None:
    """Who the last quotation is given to: the name, else the description."""
    speaker = run(*paragraphs).quotes[-1].speaker
    assert speaker is not None
    return speaker.label


@pytest.mark.parametrize(
    "things",
    [
        "Documents filed in court show the mill lost money.",
        "Payments to the mill stopped in May.",
        "Papers filed in court show the mill lost money.",
    ],
)
def test_a_plural_thing_opening_a_sentence_is_not_they(things: str) -> None:
    # Before the review the Quotes panel showed "Documents" (a thing) as who
    # spoke; the pair named before is the group "they" means.
    assert (
        _last(f"Ada Lind and Tom Hale run the mill. {things}", "“We will appeal,” they said.")
        == "Ada Lind and Tom Hale"
    )


def test_a_pair_named_after_a_lead_in_is_they() -> None:
    assert (
        _last(
            "In a statement, owners Ada Lind and Ben Ross said the shop would close.",
            "“We are sad to go,” they said.",
        )
        == "Ada Lind and Ben Ross"
    )


def test_a_sentence_opening_with_they_goes_on_the_group_before() -> None:
    # "They thanked Ben Ross": the pair still, named a paragraph further back.
    assert (
        _last(
            "Ada Lind and Tom Hale met the mayor on Monday.",
            "They thanked Ben Ross for his help.",
            "“We are grateful,” they said.",
        )
        == "Ada Lind and Tom Hale"
    )


def test_a_body_that_spoke_is_they() -> None:
    # "The Harbour Trust said ...": the body, shown as "“…,” the Harbour
    # Trust said" shows it, not a bare "they".
    assert (
        _last(
            "The Harbour Trust said the pier would close in May.",
            "“Repairs will take a year,” they added.",
        )
        == "Harbour Trust"
    )


def test_a_person_named_after_the_body_is_still_who_they_is() -> None:
    assert (
        _last(
            "The Harbour Trust said the pier would close in May. Ada Lind, who runs the "
            "ferry, said the town had not been told.",
            "“We heard it on the radio,” they said.",
        )
        == "Ada Lind"
    )


@pytest.mark.parametrize("lead", ["A lawyer for", "A friend of"])
def test_a_pair_after_a_preposition_is_not_who_said_it(lead: str) -> None:
    # The lawyer spoke, not the pair the lawyer speaks for.
    assert (
        _last(
            f"{lead} Ada Lind and Ben Ross said the firm would appeal.",
            "“We will win,” they added.",
        )
        != "Ada Lind and Ben Ross"
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        "“Residents are angry,” they said.",
        "“We are tired. Residents are angry,” they said.",
        '"Residents are angry," they said.',
    ],
)
def test_the_quoted_words_are_not_the_group(paragraph: str) -> None:
    # The words "they" says are no sentence of the narrative: "Residents"
    # opening them is who they speak of, not who they are.
    assert _last("Ada Lind met the council on Monday.", paragraph) != "Residents"


def test_the_people_a_speaker_criticised_are_not_they() -> None:
    # Before the review: "Critics", read from Lind's own words.
    assert (
        _last(
            "Ada Lind met the council on Monday. “Critics are wrong,” she said. “We will "
            "build it,” they added."
        )
        == "Ada Lind"
    )


def test_a_surname_joined_to_a_full_name_is_not_a_first_name() -> None:
    # "Ross and Ada Lind": Ross is Ben Ross, not "Ross Lind".
    assert (
        _last(
            "Ben Ross spoke in Ashton. Ross and Ada Lind met voters on Monday.",
            "“We will win,” they said.",
        )
        == "Ben Ross and Ada Lind"
    )


def test_a_pair_with_titles_is_the_pair() -> None:
    # Before the review: "Tom Hale" alone, the titles hiding the pair.
    assert (
        _last(
            "President Ada Lind and Governor Tom Hale met on Monday.",
            "“We agreed on the budget,” they said.",
        )
        == "Ada Lind and Tom Hale"
    )
