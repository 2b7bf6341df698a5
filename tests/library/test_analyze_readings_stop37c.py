"""Readings of team-written sentences that stop 37's reviews saw wrong and
left (issue 16, branch s37-left3), each fixed by a construction, each beside
a sentence where the fix must not fire. Every sentence here is written by
the team."""

from __future__ import annotations

import pytest

from tests.library.paragraphs import only_speaker, run, said_by

# A place's name before a person's, in the step that records the people ----


def test_a_place_noun_after_a_verb_like_word_makes_a_place_not_a_name() -> None:
    # Was 'Road Ada Lind': "Post" was read as the verb of "Said Ada Lind,".
    speaker = only_speaker(run("Post Road Ada Lind said “the pier will open soon.”"))
    assert speaker.name == "Ada Lind"


def test_a_verb_of_saying_before_a_name_still_opens_the_sentence() -> None:
    assert said_by("pier", "Said Ada Lind, a neighbour: “the pier will open soon.”") == ["Ada Lind"]


# "according to Sen. Tom Hale, D-Calif., who said" ---------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "The pier is late, according to Sen. Tom Hale, D-Calif., who said “the pier will"
        " open soon.”",
        "The pier is late, according to Tom Hale, of Ashton, who said “the pier will open soon.”",
        "The pier is late, according to Tom Hale, who said “the pier will open soon.”",
    ],
)
def test_the_name_after_according_to_is_who_the_relative_follows(paragraph: str) -> None:
    # Were 'D-Calif', 'Ashton' and "according to Tom Hale" (no name).
    assert said_by("pier will", paragraph) == ["Tom Hale"]


def test_the_source_after_according_to_is_described_without_it() -> None:
    # Was the description "according to officials".
    paragraph = "The pier is late, according to officials, who said “the pier will open soon.”"
    assert said_by("pier will", paragraph) == ["officials"]


def test_according_to_later_in_the_subject_is_left_as_it_was() -> None:
    paragraph = "According to officials, the harbour board said “the pier will open soon.”"
    assert said_by("pier will", paragraph) == ["the harbour board"]


def test_a_description_before_the_relative_still_steps_back_to_the_name() -> None:
    paragraph = (
        "The plan was backed by Ada Lind, the chair of the board, who said “the pier will"
        " open soon.”"
    )
    assert said_by("pier", paragraph) == ["Ada Lind"]


# A party and state tag ending a sentence ------------------------------------


def test_a_party_tag_ending_a_sentence_keeps_the_next_out_of_the_role() -> None:
    # Was the role "Sen., D-N.Y. The board met on Monday".
    speaker = only_speaker(
        run("“The pier will open soon,” said Sen. Tom Hale, D-N.Y. The board met on Monday.")
    )
    assert speaker.name == "Tom Hale"
    assert speaker.role is not None
    assert "board" not in speaker.role


def test_a_party_tag_set_off_mid_sentence_stays_in_the_role() -> None:
    speaker = only_speaker(run("“The pier will open soon,” Sen. Tom Hale, D-N.Y., said."))
    assert speaker.name == "Tom Hale"
    assert speaker.role == "Senator (D-N.Y.)"


# A company's suffix ending a sentence ---------------------------------------


def test_a_company_suffix_after_its_verb_ends_the_sentence() -> None:
    # Was "he": "Inc." was read as no sentence's end.
    assert said_by("pier", "He sold Acme Inc. Ada Lind said “the pier will open soon.”") == [
        "Ada Lind"
    ]


def test_a_company_suffix_opening_the_sentence_is_read_as_before() -> None:
    # The company may be hers: no sentence ends (the name as before the fix).
    speaker = only_speaker(run("Acme Inc. Ada Lind said “the pier will open soon.”"))
    assert speaker.name is not None
    assert speaker.name.endswith("Ada Lind")


# "“…” Said the harbour master, Tom Hale, …" ---------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "“The pier is late.” Said the harbour master, Tom Hale, “we will fix it.”",
        "“The pier is late.” Said the harbour master, Tom Hale.",
    ],
)
def test_an_inverted_verb_a_description_and_a_name_attribute(paragraph: str) -> None:
    # Was no speaker for the first quotation.
    assert said_by("pier", paragraph) == ["Tom Hale"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "“The pier is late.” Asked the harbour master, Tom Hale said no.",
        "“The pier is late.” Asked the harbour master, Tom Hale, she said no.",
    ],
)
def test_a_participle_whose_clause_goes_on_gives_no_one(paragraph: str) -> None:
    assert said_by("pier", paragraph) == [None]


# An imperative is no name ---------------------------------------------------


def test_an_imperative_verb_of_saying_is_no_given_name() -> None:
    # Was 'Ask Lind'.
    speaker = only_speaker(run("Ask Lind to help, the board said. “The pier is late,” he said."))
    assert speaker.name is None


def test_a_person_named_before_the_imperative_is_still_the_one_meant() -> None:
    paragraph = "Tom Hale spoke. Ask Lind to help, the board said. “The pier is late,” he said."
    assert said_by("pier", paragraph) == ["Tom Hale"]


# "Neither ... nor ..." ------------------------------------------------------


def test_no_one_spoke_after_neither_nor() -> None:
    # Was Ada Lind.
    assert said_by("pier", "Neither Tom Hale nor Ada Lind replied. “The pier is late.”") == [None]


def test_a_subject_without_nor_still_speaks_on() -> None:
    paragraph = "Tom Hale and Ada Lind met. Ada Lind spoke. “The pier is late.”"
    assert said_by("pier", paragraph) == ["Ada Lind"]


# "Jr." before a body's people -----------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Tom Hale Jr. Harbour Board officials said “the pier is late.”",
        "They met Tom Hale Jr. Harbour Board officials said “the pier is late.”",
    ],
)
def test_jr_then_a_body_and_its_people_opens_a_sentence(paragraph: str) -> None:
    # Were "Tom Hale Jr. Harbour Board officials" and "they".
    assert said_by("pier", paragraph) == ["Harbour Board officials"]


def test_jr_then_a_place_named_for_the_person_stays_one_sentence() -> None:
    paragraph = "They met Tom Hale Jr. Memorial officials said “the pier is late.”"
    assert said_by("pier", paragraph) != ["Memorial officials"]
