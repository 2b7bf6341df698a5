"""Readings a researcher still saw wrong at the end of stop 37 (issue 16,
branch s38-left), each fixed by a construction. Every sentence here is
written by the team."""

from __future__ import annotations

import pytest

from quotemark.library.store.corrections import REVIEW_BELOW
from tests.library.paragraphs import only_speaker, run

# A description the text gave one person by name is as sure as the name ----


@pytest.mark.parametrize(
    "paragraph",
    [
        "The mayor, Ruth Ames, spoke first. “The pier will open in May,” the mayor said.",
        "Mayor Ruth Ames spoke first. “The pier will open in May,” the mayor said.",
        "“The pier will open in May,” said the mayor, Ruth Ames.",
    ],
)
def test_a_description_tied_to_one_name_is_not_shown_unsure(paragraph: str) -> None:
    # Was 0.5 for the first two: the reader put a "?" before Ruth Ames.
    speaker = only_speaker(run(paragraph))
    assert speaker.name == "Ruth Ames"
    assert speaker.confidence >= REVIEW_BELOW


def test_a_description_resolved_to_the_person_in_focus_stays_unsure() -> None:
    # No one was called the proprietor by name: Ruth Ames is a guess.
    speaker = only_speaker(
        run("Ruth Ames runs the café. “The pier will open in May,” the proprietor said.")
    )
    assert speaker.name == "Ruth Ames"
    assert speaker.confidence < REVIEW_BELOW


def test_a_description_two_people_were_given_stays_unsure() -> None:
    # Two mayors by name: which one speaks is still a guess.
    speaker = only_speaker(
        run(
            "Mayor Ruth Ames met Mayor Tom Hale of Ashton. "
            "“The pier will open in May,” the mayor said."
        )
    )
    assert speaker.confidence < REVIEW_BELOW


# A capital "Said" after a quotation that ended its sentence -----------------


@pytest.mark.parametrize("end", [".", "!", "?"])
def test_a_capital_said_after_a_closed_sentence_names_the_speaker(end: str) -> None:
    # (Held on main already; kept as a guard.)
    speaker = only_speaker(
        run(f"“The pier will open in May{end}” Said the harbour master, Tom Hale.")
    )
    assert speaker.name == "Tom Hale"


# The possessor of a noun of saying, over the sentence's subject -------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ada Lind rejected Tom Hale's claim that the pier was “past saving.”",
        "The board heard Tom Hale's warning that the pier was “past saving.”",
    ],
)
def test_the_possessor_of_the_claim_says_the_marked_words(paragraph: str) -> None:
    # Was Ada Lind: the subject search answered before the possessor was asked.
    assert only_speaker(run(paragraph)).name == "Tom Hale"


def test_a_possessor_of_no_noun_of_saying_is_not_the_speaker() -> None:
    # "Tom Hale's pier" is his property, not his words.
    speaker = only_speaker(run("Ada Lind worried that Tom Hale's pier was “past saving.”"))
    assert speaker.name == "Ada Lind"


# A title run after a company's "Inc." opens the next sentence ---------------


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        (
            "He sold the yard to Acme Inc. Chief Executive Ada Lind said “the pier is late.”",
            "Ada Lind",
        ),
        (
            "He sold the yard to Harbour Ferries Ltd. Managing Director Ada Lind said the pier "
            "was “late.”",
            "Ada Lind",
        ),
    ],
)
def test_a_title_run_after_a_company_suffix_is_the_next_subject(paragraph: str, name: str) -> None:
    # Was "he": the "Inc." read as an abbreviation inside one sentence.
    assert only_speaker(run(paragraph)).name == name


@pytest.mark.parametrize(
    "paragraph",
    [
        "Tom Hale wrote to Acme Inc. Chief Executive Ada Lind on Monday, calling it “a ruin.”",
        "Tom Hale met Acme Inc. Chief Executive Ada Lind and called the pier “a ruin.”",
    ],
)
def test_a_title_run_after_a_company_suffix_before_a_preposition_is_one_sentence(
    paragraph: str,
) -> None:
    assert only_speaker(run(paragraph)).name == "Tom Hale"


# A time phrase set off after the role is no part of it ---------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "“The pier is late,” said Tom Hale, the harbour master, on Monday.",
        "“The pier is late,” said Tom Hale, the harbour master, last week.",
        "“The pier is late,” said the harbour master, Tom Hale, on Monday.",
        "“The pier is late,” said Tom Hale, the harbour master, yesterday.",
    ],
)
def test_the_role_stops_at_the_comma_before_a_time_phrase(paragraph: str) -> None:
    # Was "the harbour master, on Monday".
    speaker = only_speaker(run(paragraph))
    assert (speaker.name, speaker.role) == ("Tom Hale", "the harbour master")


@pytest.mark.parametrize(
    ("paragraph", "role"),
    [
        (
            "“The pier is late,” said Tom Hale, the harbour master, in a statement.",
            "in a statement",
        ),
        ("“The pier is late,” Tom Hale, D-Maine, said on Monday.", "D-Maine"),
    ],
)
def test_a_part_that_is_no_time_phrase_stays(paragraph: str, role: str) -> None:
    speaker = only_speaker(run(paragraph))
    assert speaker.role is not None
    assert speaker.role.endswith(role)


# A surname shared by a possessor and a person named as a subject ------------


def test_a_bare_surname_is_the_person_named_not_the_possessor() -> None:
    # Was Tom Hale: the first full name seen with the surname, his only as
    # the owner of a company.
    speaker = only_speaker(
        run(
            "The pier was built by Tom Hale's company. Ada Hale spoke next. "
            "“The pier is late,” Hale said."
        )
    )
    assert speaker.name == "Ada Hale"


@pytest.mark.parametrize(
    "paragraph",
    [
        # Named in passing, not as a subject: the possessor is still the Hale.
        "The pier was built by Tom Hale's company in the time of Mayor Ada Hale. "
        "“The pier is late,” Hale said.",
        # The possessor's own kin named with the surname (stop 37's rule).
        "Tom Hale's son, Daniel, was lost. “The sea is cruel,” Hale said.",
    ],
)
def test_a_possessor_keeps_the_surname_without_a_named_subject(paragraph: str) -> None:
    assert only_speaker(run(paragraph)).name == "Tom Hale"


# Single marks before an unclosed double opener are paired once --------------


def test_a_single_mark_quotation_before_an_unclosed_opener_is_shown_once() -> None:
    # Was two identical quotations: the singles before the opener were paired
    # when it opened and again when the line ended with it still open.
    analysis = run(
        "‘The pier is late and will not open this year,’ Tom Hale said. "
        "“It will open in May, Ada Lind said."
    )
    assert [(q.span.text[:16], q.speaker and q.speaker.name) for q in analysis.quotes] == [
        ("The pier is late", "Tom Hale")
    ]


def test_a_closed_double_quotation_after_single_marks_is_read_as_before() -> None:
    analysis = run("“Not now. ‘The pier is late,’ Tom Hale said. “We sail at dawn,” Ada Lind said.")
    assert [q.speaker and q.speaker.name for q in analysis.quotes] == ["Ada Lind"]
