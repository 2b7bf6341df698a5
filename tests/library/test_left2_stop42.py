"""Characters, kin and first names, and a bare surname in academic prose
(stop 42, branch s42-left2). Every sentence here is written by the team."""

from __future__ import annotations

import pytest

from quotemark.library.analyze.names import split_speaker
from tests.library.paragraphs import shown

L, R = "\u201c", "\u201d"
_FILM = "Tom Hale directed the film. The harbour board wants to sell the boat."


# -- a kin noun and a first name; an actor in brackets ---------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        f"Her son Danny (Ben Ross) wants her to let it go. {L}It is a hull, Mum,{R} he tells her.",
        f"Her son Danny wants her to let it go. {L}It is a hull, Mum,{R} he tells her.",
    ],
)
def test_a_kin_noun_and_a_first_name_is_the_he_after_it(sentence: str) -> None:
    # Was Tom Hale, the man named in full before.
    assert shown(f"{_FILM} {sentence}") == [("Danny", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        f"Her son Danny (Ben Ross) says: {L}It is a hull, Mum.{R}",
        f"Her son Danny says: {L}It is a hull, Mum.{R}",
        f"{L}It is a hull, Mum,{R} her son Danny (Ben Ross) says.",
    ],
)
def test_her_kin_noun_and_a_name_before_says_is_the_relative(sentence: str) -> None:
    # Was Tom Hale: "Her" was read as the pronoun.
    assert shown(f"{_FILM} {sentence}") == [("Danny", "her son")]


def test_an_actor_in_brackets_is_no_part_of_the_characters_name() -> None:
    # Was "Danny Ben Ross".
    assert split_speaker("her son Danny (Ben Ross)").name == "Danny"
    assert split_speaker("Danny (Ben Ross)").name == "Danny"


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Sen. Jack Reed (D-R.I.)", "Jack Reed"),
        ("Ada Lind (the harbour master)", "Ada Lind"),
        ("the Harbour Board (HB)", None),
    ],
)
def test_other_brackets_after_a_name_are_read_as_before(phrase: str, name: str | None) -> None:
    assert split_speaker(phrase).name == name


def test_her_sons_school_is_no_relative() -> None:
    sentence = f"Her son's school wants her to let it go. {L}It is a hull, Mum,{R} he tells her."
    assert shown(f"{_FILM} {sentence}") == [("Tom Hale", None)]


def test_her_son_named_in_full_stays_the_full_name() -> None:
    sentence = f"Her son Danny Ross wants her to let it go. {L}It is a hull, Mum,{R} he tells her."
    assert shown(f"{_FILM} {sentence}") == [("Danny Ross", None)]


def test_a_kin_noun_and_a_name_with_no_verb_is_no_subject() -> None:
    sentence = f"Her son Danny in the film is quieter. {L}It is a hull, Mum,{R} he tells her."
    assert shown(f"{_FILM} {sentence}") == [("Tom Hale", None)]


# -- a bare surname in academic prose ----------------------------------------------

_CLAIM = f"{L}the pier closed because the board moved away.{R}"


def test_an_author_year_citation_is_the_author_and_the_year_no_part_of_it() -> None:
    # Was the description "Ross (2019)".
    assert shown(f"Ross (2019) argues that {_CLAIM}") == [("Ross", None)]


def test_a_cited_author_is_not_someone_of_that_surname_named_later() -> None:
    later = "Emma Ross, who chaired the board, disagrees."
    assert shown(f"Ross (2019) argues that {_CLAIM} {later}") == [("Ross", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        f"Ross is careful here; he concedes {L}the data are thin.{R}",
        f"Ross is careful here. Elsewhere he concedes that {L}the data are thin.{R}",
    ],
)
def test_a_cited_surname_as_a_subject_is_the_he_after_it(sentence: str) -> None:
    # Was Ada Lind, the one named in full before.
    opening = "Ada Lind wrote the first study of the pier (Ross 2018)."
    assert shown(f"{opening} {sentence}") == [("Ross", None)]


def test_a_surname_never_cited_is_read_as_before() -> None:
    opening = "Ada Lind wrote the first study of the pier."
    sentence = f"Ross is careful here; he concedes {L}the data are thin.{R}"
    assert shown(f"{opening} {sentence}") == [("Ada Lind", None)]


def test_a_report_named_for_its_author_and_year_stays_the_report() -> None:
    assert shown(f"The Hale (2019) report argues that {_CLAIM}") == [
        (None, "The Hale (2019) report")
    ]


def test_a_street_of_a_cited_surname_is_no_person() -> None:
    text = f"Tom Hale spoke first (Ross 2019). The office on Ross Street says that {_CLAIM}"
    assert shown(text) == [(None, "The office on Ross Street")]
