"""Review of stop 39's first-round rules (branch s39-rev): near misses
written against each rule, where it must not fire, and the misfires the
review mended. Every sentence here is written by the team."""

from __future__ import annotations

import pytest

from tests.library.paragraphs import said_by
from tests.library.test_analyze_definite_stop39 import _far

# --- s39-thedesc: a rank given through a link is another office ------------


@pytest.mark.parametrize(
    ("introduction", "description"),
    [
        ("Tom Hale, now a former skipper, spoke first.", "the skipper"),
        ("Tom Hale, 61, of Halifax, the former skipper, spoke first.", "the skipper"),
        ("Tom Hale, who was deputy harbour master, spoke first.", "the harbour master"),
        ("Tom Hale, now a deputy mayor, spoke first.", "the mayor"),
    ],
)
def test_a_rank_given_through_a_link_is_another_office(introduction: str, description: str) -> None:
    # Was Tom Hale: the linked match read the words before the name for the
    # rank ("former", "deputy"), not those before the noun.
    assert _far(introduction, description) == [description]


@pytest.mark.parametrize(
    ("introduction", "description"),
    [
        ("Tom Hale, now a former skipper, spoke first.", "the former skipper"),
        ("Tom Hale, who was deputy harbour master, spoke first.", "the deputy harbour master"),
        ("Tom Hale, who became skipper of the Osprey, spoke first.", "the skipper"),
        ("Tom Hale, who was a skipper, spoke first.", "the skipper"),
    ],
)
def test_a_link_still_gives_the_office_when_the_rank_agrees(
    introduction: str, description: str
) -> None:
    assert _far(introduction, description) == ["Tom Hale"]


@pytest.mark.parametrize(
    "introduction",
    [
        "Tom Hale, who became the skipper\u2019s mate, spoke first.",
        "Tom Hale, now a skipper's mate, spoke first.",
        "Tom Hale sold the Osprey, now a skipper's boat, in May.",
        "Tom Hale works as a skipper's mate.",
        "Tom Hale, who hired a skipper, spoke first.",
        "Tom Hale, who was a skipper, met Ada Lind, now a skipper too.",
    ],
)
def test_no_link_gives_the_skipper_to_hale(introduction: str) -> None:
    assert _far(introduction, "the skipper") == ["the skipper"]


# --- s39-reader: "the mayor" and "the deputy mayor" in one paragraph -------


@pytest.mark.parametrize(
    ("paragraph", "description", "name"),
    [
        # Was Ruth Ames: the subject nearby held the office at another rank.
        (
            "The mayor, Ruth Ames, and the deputy mayor, Tom Hale, spoke.",
            "the deputy mayor",
            "Tom Hale",
        ),
        (
            "The mayor, Ruth Ames, and the deputy mayor, Tom Hale, spoke.",
            "the mayor",
            "Ruth Ames",
        ),
        ("The deputy mayor, Tom Hale, spoke after the mayor, Ruth Ames.", "the mayor", "Ruth Ames"),
        # Must still fire: the rank agrees.
        ("Mayor Ruth Ames spoke first.", "the mayor", "Ruth Ames"),
        ("Deputy Mayor Tom Hale spoke first.", "the deputy mayor", "Tom Hale"),
        ("Former mayor Tom Hale spoke first.", "the former mayor", "Tom Hale"),
    ],
)
def test_the_holder_at_the_descriptions_rank_in_one_paragraph(
    paragraph: str, description: str, name: str
) -> None:
    said = said_by("stay open", f"{paragraph} \u201cIt will stay open,\u201d {description} said.")
    assert said == [name]


@pytest.mark.parametrize(
    ("paragraph", "description"),
    [
        ("Vice Mayor Tom Hale spoke first.", "the mayor"),
        ("Former mayor Tom Hale spoke first.", "the mayor"),
        ("Mayor Tom Hale spoke first.", "the former mayor"),
    ],
)
def test_the_only_holder_at_another_rank_is_not_the_description(
    paragraph: str, description: str
) -> None:
    # Was Tom Hale: the subject nearby, though given the office only at
    # another rank ("Vice Mayor" is not "the mayor").
    said = said_by("stay open", paragraph, f"\u201cIt will stay open,\u201d {description} said.")
    assert said == [description]


# --- s39-indef: who judged a document did not issue it ---------------------

_COLLISIONS = "\u201cThree collisions in ten years\u201d"


@pytest.mark.parametrize("verb", ["criticised", "rejected", "questioned", "cited", "obtained"])
def test_who_judged_or_got_a_document_did_not_issue_it(verb: str) -> None:
    # Was the Harbour Union: any "-ed" before "by" read as issuing.
    said = said_by(
        "collisions", f"{_COLLISIONS}, according to a report which was {verb} by the Harbour Union."
    )
    assert said == ["a report"]


@pytest.mark.parametrize("verb", ["released", "published", "prepared", "written", "filed"])
def test_who_issued_or_made_a_document_still_speaks_for_it(verb: str) -> None:
    said = said_by(
        "collisions", f"{_COLLISIONS}, according to a report which was {verb} by the Harbour Union."
    )
    assert said == ["Harbour Union"]


@pytest.mark.parametrize(
    "tail",
    [
        "a study of ferries run by the Harbour Board",
        "a report about the ferries run by Acme Ferries",
        "a report, based on data collected by the Harbour Board",
    ],
)
def test_a_body_the_document_is_about_is_not_its_issuer(tail: str) -> None:
    # Must not fire (held before the review): the body is the study's subject.
    assert said_by("collisions", f"{_COLLISIONS}, according to {tail}.") == [tail]


# --- s39-pron: a relative named after a possessive in object position -----

_SAFE = "\u201cThe pier is safe,\u201d she said."


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruth Ames thanked Tom Hale's wife, Ada, who runs the ferry.",
        "Ruth Ames spoke with Tom Hale's wife, Ada, who agreed.",
        "Ruth Ames, the mayor, thanked Tom Hale's wife, Ada, who runs the ferry.",
    ],
)
def test_a_relative_in_object_position_is_no_subject(sentence: str) -> None:
    # Was Ada Hale: the "who" after the set-off name counted as her verb,
    # though the possessive is the object of "thanked" / "with".
    assert said_by("pier is safe", sentence, _SAFE) == ["Ruth Ames"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Hale's wife, Ada, who runs the ferry, rebuked the crew.",
        "On Sunday, Tom Hale's wife, Ada, rebuked the crew.",
        "Union chief Tom Hale's wife, Ada, who runs the ferry, rebuked the crew.",
        "Ole Berg and Tom Hale's wife, Ada, who runs the ferry, rebuked the crew.",
    ],
)
def test_a_relative_opening_the_clause_is_still_the_subject(sentence: str) -> None:
    assert said_by("pier is safe", "Ruth Ames spoke first.", sentence, _SAFE) == ["Ada Hale"]


@pytest.mark.parametrize(
    ("sentence", "pronoun", "name"),
    [
        # Not a kin noun: no name is built ("lawyer", "friend").
        ("Tom Hale's lawyer, Ada, runs the ferry.", "she", "Ruth Ames"),
        ("Tom Hale's friend, Bill, runs the ferry.", "he", "Ole Berg"),
    ],
)
def test_no_surname_is_built_where_the_text_gives_none(
    sentence: str, pronoun: str, name: str
) -> None:
    first = (
        "Mayor Ruth Ames spoke first." if pronoun == "she" else "Union chief Ole Berg spoke first."
    )
    said = said_by("sail", first, sentence, f"\u201cWe sail,\u201d {pronoun} said.")
    assert said == [name]


@pytest.mark.parametrize(
    ("sentence", "first", "pronoun", "name"),
    [
        ("Tom Hale's wife, Ada Lind, runs the ferry.", "Mayor Ruth Ames", "she", "Ada Lind"),
        (
            "Ada Hale's husband, Bill Lind, quietly rebuked the crew.",
            "Union chief Ole Berg",
            "he",
            "Bill Lind",
        ),
    ],
)
def test_a_relative_named_in_full_is_the_subject_by_her_own_name(
    sentence: str, first: str, pronoun: str, name: str
) -> None:
    # Was the person named before: only a first name alone made the
    # relative a subject; a full name keeps its own surname (no name built).
    said = said_by(
        "sail", f"{first} spoke first.", sentence, f"\u201cWe sail,\u201d {pronoun} said."
    )
    assert said == [name]
