"""Review of s35-left2's and s35-roles' readings (stop 35): the team's own
sentences, each a wrong reading the review found."""

from __future__ import annotations

from tests.library.paragraphs import only_speaker, run


def test_the_object_of_a_named_subject_is_someone_else() -> None:
    # The mayor kept saying the words; Tom Hale only thanked him.
    speaker = only_speaker(
        run("Tom Hale thanked the mayor who kept saying “The port will reopen.”")
    )
    assert speaker.name is None
    assert speaker.role == "the mayor"


def test_a_named_subject_after_a_clause_that_names_her_keeps_the_office() -> None:
    # A copula gives the office to the name: the minister is Ada Lind.
    speaker = only_speaker(run("Ada Lind was the minister who kept saying “The port will reopen.”"))
    assert speaker.name == "Ada Lind"


def test_a_programme_named_with_a_time_word_keeps_its_possessive() -> None:
    # "Tonight" opens the programme's name, not the time she spoke.
    speaker = only_speaker(run("Tonight Show's Ada Lind said “The show goes on.”"))
    assert speaker.name == "Ada Lind"
    assert speaker.role == "Tonight Show's"


def test_an_opening_time_word_is_still_no_role() -> None:
    speaker = only_speaker(run("Yesterday Ada Lind said “The show goes on.”"))
    assert speaker.name == "Ada Lind"
    assert speaker.role is None


def test_an_office_of_a_body_before_the_name_gives_her_the_office() -> None:
    # "Minister of Health Ada Lind" holds the office; the nurse named after
    # her does not.
    speaker = only_speaker(
        run(
            "Minister of Health Ada Lind spoke. Tom Hale, a nurse, also spoke.",
            "“We will win,” the minister said.",
        )
    )
    assert speaker.name == "Ada Lind"
