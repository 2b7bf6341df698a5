"""A definite description ("the skipper said") resolved to the person the
text gave that noun earlier, in the ways news gives a person a job (stop 39,
branch s39-thedesc): an age set off before the apposition ("Tom Hale, 61, a
ferry skipper,"), a place ("Tom Hale of Halifax, a ferry skipper,"), a
relative clause ("Tom Hale, who became harbour master,"), a linking adverb
("Tom Hale, now a ferry skipper,"), a dash, or a verb of becoming or
serving ("Tom Hale has been a ferry skipper"). The person is named two
paragraphs or more before the quotation, with someone else named in
between, so only the noun can tie the description to them. Every sentence
here is written by the team."""

from __future__ import annotations

import pytest

from tests.library.paragraphs import said_by

_OTHER = "Ada Lind met the harbour board on Monday."
_STRIKE = (
    "Fares rose twice last year, and the board says it cannot pay more. "
    "Talks resumed on Tuesday at the pier."
)
_OFFER = (
    "The board's last offer was rejected by the union in March. Ferries have not sailed since then."
)


def _far(introduction: str, description: str) -> list[str | None]:
    """Who “We cannot wait” is given to when ``description`` says it three
    paragraphs after ``introduction`` (and after Ada Lind is named)."""
    return said_by(
        "cannot wait",
        _OTHER,
        introduction,
        _STRIKE,
        _OFFER,
        f"“We cannot wait,” {description} said.",
    )


@pytest.mark.parametrize(
    ("introduction", "description"),
    [
        # An age set off before the apposition.
        ("Tom Hale, 61, a ferry skipper, has not sailed since March.", "the skipper"),
        ("Tom Hale, 61, the harbour master, has not sailed since March.", "the harbour master"),
        # A place, with or without an age.
        ("Tom Hale, 61, of Halifax, a ferry skipper, spoke first.", "the skipper"),
        ("Tom Hale of Halifax, a ferry skipper, spoke first.", "the skipper"),
        # A relative clause.
        ("Tom Hale, who became harbour master in 2010, spoke first.", "the harbour master"),
        ("Tom Hale, who is a ferry skipper, spoke first.", "the skipper"),
        ("Tom Hale, who served as transport minister, spoke first.", "the minister"),
        # A linking adverb or a reflexive in the apposition.
        ("Tom Hale, now a ferry skipper, spoke first.", "the skipper"),
        ("Tom Hale, then the harbour master, spoke first.", "the harbour master"),
        ("Tom Hale, also a ferry skipper, spoke first.", "the skipper"),
        ("Tom Hale, himself a ferry skipper, spoke first.", "the skipper"),
        # A dash.
        ("Tom Hale \u2014 the harbour master \u2014 spoke first.", "the harbour master"),
        # A verb of becoming or serving.
        ("Tom Hale works as a ferry skipper.", "the skipper"),
        ("Tom Hale has been a ferry skipper for 20 years.", "the skipper"),
        ("Tom Hale became the harbour master in 2010.", "the harbour master"),
    ],
)
def test_a_description_is_the_person_the_text_gave_its_noun(
    introduction: str, description: str
) -> None:
    assert _far(introduction, description) == ["Tom Hale"]


def test_an_age_and_a_job_given_together_name_the_nurse() -> None:
    assert _far("Ada Lind, 54, a nurse, takes the ferry every day.", "the nurse") == ["Ada Lind"]


@pytest.mark.parametrize(
    ("introduction", "description"),
    [
        # Two people given the noun: no guess between them.
        (
            "Tom Hale, who is a ferry skipper, and Ada Lind, now a ferry skipper too, spoke.",
            "the skipper",
        ),
        # The noun is someone else's: the one Hale met, the master's deputy.
        ("Tom Hale, who met the harbour master, spoke first.", "the harbour master"),
        ("Tom Hale, now the harbour master\u2019s deputy, spoke first.", "the harbour master"),
        # Hale was given another noun; no one was given this one.
        ("Tom Hale, 61, the harbour master, spoke first.", "the skipper"),
    ],
)
def test_no_name_when_the_text_does_not_give_the_noun_to_one_person(
    introduction: str, description: str
) -> None:
    assert _far(introduction, description) == [description]
