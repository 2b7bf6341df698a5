"""A body's description resolved to the body named before (stop 34, issue
16): "Transport Ashton grounded the ferry, the third grounding in Ashton. /
“…,” the department said" is that body speaking, not an unnamed department, when it is the one
body the text made a subject just before. Two bodies, a place, a person, or
someone named after it leave the description unnamed (never a guess). Every
sentence here is written by the team; each test holds a sentence the rule
names, so each fails on the commit before it."""

from __future__ import annotations

import pytest

from tests.library.paragraphs import run

_GROUNDED = "Transport Ashton grounded the ferry on Monday, the third grounding in Ashton."
_QUOTE = "\u201cSafety comes first,\u201d the department said."


def _named(*paragraphs: str) -> str | None:
    """The name given to the last quotation's speaker."""
    quote = run(*paragraphs).quotes[-1]
    assert quote.speaker is not None
    return quote.speaker.name


@pytest.mark.parametrize(
    ("paragraphs", "name"),
    [
        (
            (
                _GROUNDED,
                _QUOTE,
            ),
            "Transport Ashton",
        ),
        (
            (
                "On Tuesday, Weather Ashton issued a warning for every harbour in Ashton.",
                "\u201cStay off the water,\u201d the agency said.",
            ),
            "Weather Ashton",
        ),
        (
            (
                "Ashton Air cancelled the morning flight from the island across Ashton.",
                "Passengers waited four hours at the gate.",
                "\u201cWe regret the delay,\u201d the airline said.",
            ),
            "Ashton Air",
        ),
    ],
)
def test_the_body_made_a_subject_before_speaks(paragraphs: tuple[str, ...], name: str) -> None:
    assert _named(*paragraphs) == name


def test_an_acronym_after_the_name_keeps_the_joined_name_whole() -> None:
    # The commas and "and" inside a name closed by its acronym are one body.
    assert (
        _named(
            "Harbours, Ferries and Sounds Ashton (HFSA) refused the permit in March.",
            "\u201cWe cannot comment on one case,\u201d the department said in a statement.",
        )
        == "Harbours, Ferries and Sounds Ashton"
    )


def test_two_bodies_leave_the_description_unnamed() -> None:
    one = (
        _GROUNDED,
        _QUOTE,
    )
    two = (
        _GROUNDED + " Weather Ashton issued a warning for the sound.",
        _QUOTE,
    )
    joined = (
        "Transport Ashton and Weather Ashton issued a warning for ferries in Ashton.",
        _QUOTE,
    )
    assert _named(*one) == "Transport Ashton"
    assert _named(*two) is None
    assert _named(*joined) is None


def test_a_place_is_no_department() -> None:
    assert _named("Ashton cut the ferry budget on Monday.", _QUOTE) is None
    assert (
        _named("Fishing is banned in North Sound. North Sound closed its wharf on Monday.", _QUOTE)
        is None
    )
    assert _named("Ashton Harbours closed its wharf in Ashton on Monday.", _QUOTE) == (
        "Ashton Harbours"
    )


def test_a_person_is_no_department() -> None:
    titled = ("Captain Ada Lind grounded the ferry on Monday.", _QUOTE)
    given_a_role = ("Ada Lind, the harbour master, grounded the ferry on Monday.", _QUOTE)
    bare = ("Tom Hale grounded the ferry on Monday.", _QUOTE)  # no sign of a body
    by_surname = (
        "Ada Lind grounded the ferry in Lind on Monday. Lind had warned of the storm.",
        _QUOTE,
    )
    assert _named(*titled) is None
    assert _named(*given_a_role) is None
    assert _named(*by_surname) is None
    assert _named(*bare) is None
    assert _named(
        _GROUNDED,
        _QUOTE,
    ) == ("Transport Ashton")


def test_someone_named_after_the_body_leaves_it_unnamed() -> None:
    # The deckhand may have been speaking for a department of his own.
    assert (
        _named(
            _GROUNDED,
            "Tom Hale, a deckhand, said the crew was surprised.",
            _QUOTE,
        )
        is None
    )
    assert (
        _named(
            _GROUNDED,
            "The crew was surprised.",
            _QUOTE,
        )
        == "Transport Ashton"
    )


def test_a_group_is_not_resolved_this_way() -> None:
    # "the group" is as often a group of people: only bodies of other kinds.
    assert (
        _named(
            "Friends of the Sound issued a statement on Monday.",
            "\u201cWe will keep watching,\u201d the group said.",
        )
        is None
    )
    assert (
        _named(
            "Ashton Ferries cancelled three crossings in Ashton on Monday.",
            "\u201cWe had no choice,\u201d the company said.",
        )
        == "Ashton Ferries"
    )


def test_the_actor_of_a_sentence_is_a_body_named_before() -> None:
    assert (
        _named(
            "The ferry was grounded by Transport Ashton on Monday, the third grounding in Ashton.",
            _QUOTE,
        )
        == "Transport Ashton"
    )
    assert (
        _named(
            "According to Transport Ashton, the ferry in Ashton was unsafe.",
            _QUOTE,
        )
        == "Transport Ashton"
    )
    # The subject and the actor are two bodies: no guess.
    assert (
        _named(
            "Weather Ashton was warned by Transport Ashton about the ferries in Ashton.",
            _QUOTE,
        )
        is None
    )


def test_the_carrier_and_the_regulator_are_bodies_of_a_kind() -> None:
    flight = "Ashton Air cancelled the morning flight from the island across Ashton."
    assert _named(flight, "\u201cWe regret the delay,\u201d the carrier said.") == "Ashton Air"
    assert (
        _named(
            "Weather Ashton, a regulator, ordered the ferries in Ashton to stay in port.",
            "Ashton Air cancelled the morning flight.",
            "\u201cSafety comes first,\u201d the regulator said.",
        )
        == "Weather Ashton"  # the one the text calls a regulator
    )
    assert (
        _named(
            "Weather Ashton ordered the ferries in Ashton to stay in port.",
            "Ashton Air cancelled the morning flight.",
            "\u201cSafety comes first,\u201d the regulator said.",
        )
        is None  # two bodies before, neither called a regulator: no guess
    )
    assert (
        _named(
            "Harbour Safety Ashton ordered the ferries in Ashton to stay in port.",
            "\u201cSafety comes first,\u201d the regulator said.",
        )
        == "Harbour Safety Ashton"
    )
