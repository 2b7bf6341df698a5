"""Descriptions resolved by the role the text ties to a name (stop 35,
issue 16): an office given by a relative clause ("Ada Lind, who chairs the
harbour board,") and an office written with its body after it ("Ada Lind is
the chief of police"). The team's own sentences."""

from __future__ import annotations

from tests.library.paragraphs import run, spoken


def _speaker(*paragraphs: str) -> str | None:
    """The name given to the one quotation of ``paragraphs``."""
    found = spoken(run(*paragraphs))
    assert len(found) == 1
    return found[0][1]


# "who chairs / heads / leads the X": the chair, the head, the leader.


def test_who_chairs_the_board_is_the_chair() -> None:
    assert (
        _speaker(
            "Ada Lind, who chairs the harbour board, spoke. Tom Hale runs a bar.",
            "\u201cWe will fix it,\u201d the chair said.",
        )
        == "Ada Lind"
    )


def test_who_chairs_the_board_is_the_board_chair() -> None:
    assert (
        _speaker(
            "Ada Lind, who chairs the harbour board, spoke. Tom Hale runs a bar.",
            "\u201cWe will fix it,\u201d the board chair said.",
        )
        == "Ada Lind"
    )


def test_who_leads_the_union_is_the_union_leader() -> None:
    assert (
        _speaker(
            "Ada Lind, who leads the dockers' union, spoke. Tom Hale runs a bar.",
            "\u201cWe will strike,\u201d the union leader said.",
        )
        == "Ada Lind"
    )


def test_who_heads_the_authority_is_its_head() -> None:
    assert (
        _speaker(
            "Ada Lind, who heads the port authority, spoke. Tom Hale runs a bar.",
            "\u201cWe will dredge,\u201d the head of the port authority said.",
        )
        == "Ada Lind"
    )


def test_two_chairs_give_the_office_to_neither() -> None:
    # Both are given the office: the clause decides nothing.
    assert (
        _speaker(
            "Ada Lind, who chairs the harbour board, spoke. Tom Hale, who chairs "
            "the ferry board, replied.",
            "\u201cWe will fix it,\u201d the chair said.",
        )
        != "Ada Lind"
    )


def test_a_chair_of_another_body_is_not_the_holder() -> None:
    assert (
        _speaker(
            "Ada Lind, who chairs the harbour board, spoke. Tom Hale runs a bar.",
            "\u201cWe will fix it,\u201d the ferry chair said.",
        )
        != "Ada Lind"
    )


def test_heads_home_is_no_office() -> None:
    assert (
        _speaker(
            "Ada Lind, who heads home to Ashton on Friday, spoke. Tom Hale runs a bar.",
            "\u201cWe will dredge,\u201d the head said.",
        )
        != "Ada Lind"
    )


# "the chief of police" is "the police chief".


def test_chief_of_police_is_the_police_chief() -> None:
    assert (
        _speaker(
            "Ada Lind is the chief of police in Ashton. Tom Hale runs a bar.",
            "\u201cWe will patrol the pier,\u201d the police chief said.",
        )
        == "Ada Lind"
    )


def test_minister_of_health_is_the_health_minister() -> None:
    assert (
        _speaker(
            "Ada Lind was the minister of health for a decade. Tom Hale runs a clinic.",
            "\u201cWe will hire nurses,\u201d the health minister said.",
        )
        == "Ada Lind"
    )


def test_chief_of_another_service_is_not_the_police_chief() -> None:
    assert (
        _speaker(
            "Ada Lind is the chief of the fire service in Ashton. Tom Hale runs a bar.",
            "\u201cWe will patrol the pier,\u201d the police chief said.",
        )
        != "Ada Lind"
    )


def test_two_chiefs_of_police_give_the_office_to_neither() -> None:
    assert (
        _speaker(
            "Ada Lind is the chief of police in Ashton. Tom Hale is the chief of police in Brill.",
            "\u201cWe will patrol the pier,\u201d the police chief said.",
        )
        is None
    )
