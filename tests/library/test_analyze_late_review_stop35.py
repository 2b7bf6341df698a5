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

