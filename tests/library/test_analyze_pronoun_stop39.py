"""Pronoun speakers, stop 39 (issue 16): a relative a possessive names by
first name alone ("Tom Hale's husband, Bill, ...") is the subject a later
"he said" / "she said" may mean."""

from __future__ import annotations

from quotemark.library.model import Analysis
from tests.library.paragraphs import run


def names(analysis: Analysis) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in analysis.quotes]


def test_a_husband_named_by_first_name_after_his_wife() -> None:
    # Before: the relative was no subject, so the "he said" went back past
    # him to the union chief named earlier.
    analysis = run(
        "Ada Hale chairs the harbour board.",
        "Union chief Ole Berg answered the board on Friday.",
        "Hale's husband, Bill, quietly rebuked the pier crew on Sunday.",
        "The former captain was calmer on Monday.",
        "\u201cI said too much,\u201d he said.",
    )
    assert names(analysis) == ["Bill Hale"]


def test_a_wife_named_by_first_name_after_her_husband() -> None:
    analysis = run(
        "Mayor Ruth Ames spoke first.",
        "Tom Hale\u2019s wife, Ada, runs the ferry.",
        "\u201cWe sail at dawn,\u201d she said.",
    )
    assert names(analysis) == ["Ada Hale"]


def test_not_a_relative_of_the_other_sex() -> None:
    # "she" cannot mean a son: the woman named before keeps the quotation.
    analysis = run(
        "Mayor Ruth Ames spoke first.",
        "Tom Hale\u2019s son, Daniel, runs the ferry.",
        "\u201cWe sail at dawn,\u201d she said.",
    )
    assert names(analysis) == ["Ruth Ames"]


def test_not_a_relative_with_no_verb_of_their_own() -> None:
    # "Tom Hale's wife, Ada, a pilot." is an apposition in a sentence whose
    # subject is someone else: the harbour master said it.
    analysis = run(
        "Harbour master Ruth Ames met Tom Hale\u2019s wife, Ada, a pilot, on the pier.",
        "\u201cWe sail at dawn,\u201d she said.",
    )
    assert names(analysis) == ["Ruth Ames"]


def test_a_bare_surname_is_still_the_person_named_in_full() -> None:
    # (stop 37) the son named by first name does not take over "Hale".
    analysis = run(
        "Ruth Ames spoke first.",
        "Tom Hale\u2019s son, Daniel, was lost at sea.",
        "Hale now helps the rescue crews.",
        "\u201cWe search every night,\u201d he said.",
    )
    assert names(analysis) == ["Tom Hale"]


def test_not_an_owner_the_text_never_names_in_full() -> None:
    # "Harbour's" owns nothing a person: the relative is no one's, and the
    # quotation stays with the man the text named.
    analysis = run(
        "Tom Hale spoke first.",
        "The Harbour\u2019s son, Daniel, sailed home.",
        "\u201cWe sail at dawn,\u201d he said.",
    )
    assert names(analysis) == ["Tom Hale"]
