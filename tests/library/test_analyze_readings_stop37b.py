"""More readings a researcher saw wrong in the reader during stop 37 (issue
16, branch s37-left2), each fixed by a construction, each beside a sentence
where the fix must not fire. Every sentence here is written by the team."""

from __future__ import annotations

import pytest

from tests.library.paragraphs import only_speaker, run, said_by, spoken

# An office set before the name by commas ------------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("The mayor, Ada Lind, spoke first. “The pier will open soon,” the mayor said.",),
        ("The mayor, Ada Lind, spoke first.", "“The pier will open soon,” the mayor said."),
    ],
)
def test_an_office_set_before_the_name_gives_the_office(paragraphs: tuple[str, ...]) -> None:
    # Was "the mayor", no one named: only "Ada Lind, the mayor," gave it.
    assert said_by("pier", *paragraphs) == ["Ada Lind"]


def test_an_office_set_before_another_office_gives_no_one_this_one() -> None:
    paragraph = (
        "The harbour master, Ada Lind, spoke first. “The pier will open soon,” the mayor said."
    )
    assert said_by("pier", paragraph) == ["the mayor"]


# "she" after "His wife, Ada Hale, runs ..." ---------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Tom Hale spoke. His wife, Ada Hale, runs the ferry. “The pier is late,” she said.",),
        ("Tom Hale spoke. His wife, Ada Hale, runs the ferry.", "“The pier is late,” she said."),
    ],
)
def test_a_spouse_set_off_before_a_verb_is_the_subject(paragraphs: tuple[str, ...]) -> None:
    # Was Tom Hale: "His wife" was the subject, Ada Hale no one's.
    assert said_by("pier", *paragraphs) == ["Ada Hale"]


@pytest.mark.parametrize(
    "paragraph",
    [
        # "he": the wife is a woman, the pronoun goes past her.
        "Tom Hale spoke. His wife, Ada Hale, runs the ferry. “The pier is late,” he said.",
        # The kin noun does not open the sentence: Tom Hale is its subject.
        "Tom Hale thanked his wife, Ada Hale, for the ferry. “The pier is late,” he said.",
    ],
)
def test_the_spouse_is_not_the_subject_the_pronoun_means(paragraph: str) -> None:
    assert said_by("pier", paragraph) == ["Tom Hale"]


# "Chief Executive" before a name --------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Acme Inc. Chief Executive Ada Lind said “the pier will open soon.”",
        "“The pier will open soon,” Harbour Trust Chief Executive Ada Lind said.",
    ],
)
def test_chief_executive_is_an_office_before_the_name(paragraph: str) -> None:
    # Was "Executive Ada Lind": "Chief" alone was the title.
    speaker = only_speaker(run(paragraph))
    assert speaker.name == "Ada Lind"
    assert speaker.role is not None
    assert speaker.role.endswith("Chief Executive")


def test_executive_after_no_office_stays_in_the_name() -> None:
    # "Executive" after no title word is no office (an unusual given name).
    speaker = only_speaker(run("“The pier will open soon,” Executive Lind said."))
    assert speaker.name is not None
    assert "Lind" in speaker.name


# "As the meeting went on," ---------------------------------------------------


def test_a_meeting_going_on_says_nothing() -> None:
    # Was "the meeting": "went on" read as going on speaking.
    paragraph = "As the meeting went on, Tom Hale stood by his remark that “the pier is late.”"
    assert said_by("pier", paragraph) == ["Tom Hale"]


def test_a_speaker_going_on_still_speaks() -> None:
    paragraph = "Tom Hale spoke of the ferry. He went on, “the pier is late.”"
    assert said_by("pier", paragraph) == ["Tom Hale"]


# A body modifying a plural noun of things before a colon --------------------


def test_a_body_modifying_a_plural_noun_is_not_the_subject() -> None:
    # Was "Ashton City Council": the meetings are not the council.
    paragraph = "Ashton City Council meetings are rarely calm: “The pier will open soon.”"
    assert said_by("pier", paragraph) == [None]


def test_a_body_modifying_its_people_still_speaks_for_them() -> None:
    paragraph = "Harbour Board officials were blunt: “The pier will open soon.”"
    assert said_by("pier", paragraph) == ["Harbour Board"]


# "Jr." ending a sentence before a plural noun of people ---------------------


def test_jr_ends_a_sentence_before_a_plural_of_people() -> None:
    # Was "they": "Tom Hale Jr. Harbour officials" read as one sentence.
    paragraph = "They met Tom Hale Jr. Harbour officials said “the pier will open soon.”"
    assert said_by("pier", paragraph) == ["Harbour officials"]


def test_jr_before_a_body_named_after_the_person_ends_nothing() -> None:
    # A body named after the person ("Tom Hale Jr. Foundation") stays one
    # sentence, as before: its officials are not a new subject.
    paragraph = "They met Tom Hale Jr. Foundation officials said “the pier will open soon.”"
    assert said_by("pier", paragraph) == ["they"]


# A quotation opened with a curly mark and closed with a straight one -------


@pytest.mark.parametrize(
    "paragraph",
    [
        '“The pier is late," Tom Hale said. The board met on Monday.',
        'The board met on Monday. “The pier is late," Tom Hale said.',
    ],
)
def test_a_curly_opener_closed_by_a_straight_mark_is_a_quotation(paragraph: str) -> None:
    # Was no quotation at all: the opener waited for its curly closer.
    assert spoken(run(paragraph)) == [("The pier is late", "Tom Hale")]


def test_a_straight_mark_before_a_curly_closer_is_not_the_closer() -> None:
    # Another double mark follows the straight one on the line: no mixed
    # pair, the line pairs as it did.
    paragraph = '“The pier is late," he wrote, “and the ferry too,” Tom Hale said.'
    assert spoken(run(paragraph)) == [("and the ferry too", "Tom Hale")]


def test_a_mixed_pair_no_longer_runs_into_the_next_paragraph() -> None:
    # Was one quotation over both paragraphs, given to Ada Lind.
    paragraphs = ('“The pier is late," Tom Hale said.', "“The board must act,” Ada Lind said.")
    assert spoken(run(*paragraphs)) == [
        ("The pier is late", "Tom Hale"),
        ("The board must act", "Ada Lind"),
    ]


def test_a_curly_opener_left_open_across_paragraphs_still_carries() -> None:
    # No straight mark on the line: the multi-paragraph convention holds.
    paragraphs = ("“The pier is late. The ferry is late.", "“The board must act,” Tom Hale said.")
    assert spoken(run(*paragraphs)) == [
        ("The pier is late. The ferry is late.\n“The board must act", "Tom Hale")
    ]
