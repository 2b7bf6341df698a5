"""The wrong name, learned from PolNeAR's tune half, stop 48 (branch s48-name).

``python -m evaluation.wrong_name`` counts PolNeAR's "another name" misses by
structure; reading the tune half's largest group (a pronoun phrase after a
paragraph that names someone) showed a name set in apposition to an opening
"One ..."/"Another ..." description read as no subject, so the "he"/"she"
after it went to a person named earlier. Every sentence here is written by
the team.
"""

# ruff: noqa: E501 (the reasons are long lines)

from __future__ import annotations

import pytest

from evaluation import quotes
from evaluation.wrong_name import structure
from quotemark.library.analyze.speakers import _counted_then_name, find_people
from tests.library.paragraphs import given_to

_MAYOR = "Ada Lind, the mayor, opened the new pier on Tuesday. “It is a good day for the harbour,” she said."


def test_counted_description_then_name_and_said_is_the_subject() -> None:
    """Must fire (fails on the commit before): the "he" goes to Tom Hale, not
    to Ada Lind quoted before."""
    found = given_to(
        _MAYOR,
        "Another harbour pilot, Tom Hale of the Port Ellis Pilots Association, said his boats were "
        "busy all week. “We have never seen so many ships,” he said in an email.",
    )
    assert found[-1] == ("We have never seen so many ships", "Tom Hale")


def test_counted_description_with_an_age() -> None:
    text = "One voter, Ben Ross, 35, said he had waited since dawn."
    start = text.index("Ben")
    assert _counted_then_name(text, start, start + len("Ben Ross"))


@pytest.mark.parametrize(
    "text",
    [
        # No verb after the apposition: a list, not a subject.
        "One councillor, Mary Dunn, and the mayor walked out.",
        # A verb that is not one of saying (any verb cost polnear-train check
        # strict 3376 -> 3374 in check run 1).
        "One councillor, Mary Dunn, gave her vote to the plan.",
        # The description does not open the sentence.
        "The plan went to one councillor, Mary Dunn, said the clerk.",
    ],
)
def test_counted_description_must_not_fire(text: str) -> None:
    start = text.index("Mary")
    assert not _counted_then_name(text, start, start + len("Mary Dunn"))


def test_a_name_in_a_list_is_no_subject() -> None:
    people = find_people("One councillor, Mary Dunn, and the mayor walked out.")
    assert "Mary Dunn" not in people.names


@pytest.mark.xfail(
    strict=True,
    reason="'One councillor, Harbour Board chairwoman Mary Dunn, gave her vote ... “…,” she said': the apposition's name before a verb not of saying stays no subject (any verb cost polnear-train check strict 3376 -> 3374, check run 1), so 'she' goes to Ada Lind",
)
def test_counted_description_then_any_verb() -> None:
    found = given_to(
        _MAYOR,
        "One councillor, Harbour Board chairwoman Mary Dunn, gave her vote to the plan last week. "
        "“We need the pier open before the winter,” she said.",
    )
    assert found[-1][1] == "Mary Dunn"


def test_wrong_name_structure_counts_a_pronoun_link() -> None:
    """The counting tool's categories on a team-written miss: words only as
    closed-class values."""
    text = "Tom Hale spoke first.\n\nAda Lind came later.\n\n“We sail at dawn,” she said."
    at = text.index("“")
    end = text.index("”") + 1
    said = text.index("she")
    gold = quotes.Gold(at, end, "direct", "she", said, said + 3, text[at:end], frozenset({"hale"}))
    ours = quotes.Predicted(at, end, "Ada Lind", "Ada Lind", said, said + 3, text[at:end])
    found = structure(gold, ours, None, text)
    assert found["link"] == "a pronoun phrase"
    assert found["quotation stands"] == "opens its paragraph, a phrase in it"
    assert found["ours last before"] == "paragraph before"
    assert found["nearer"] == "ours"
