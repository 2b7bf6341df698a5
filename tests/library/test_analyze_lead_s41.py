"""Stop 41, lead: a name that s41-rev2 made its sentence's subject after an
opening description of one office is not "the mayor" of a later quotation
(stop 37b's tests hold the firing case; these hold what must not change)."""

from __future__ import annotations

from tests.library.paragraphs import said_by


def test_the_same_office_still_goes_to_the_person_it_opened() -> None:
    paragraph = (
        "The board\u2019s chairman, Tom Hale, favoured option three. "
        "\u201cIt is cheaper,\u201d the chairman said."
    )
    assert said_by("cheaper", paragraph) == ["Tom Hale"]


def test_a_description_that_is_no_office_still_goes_to_the_person_named() -> None:
    paragraph = (
        "The harbour master, Ada Lind, spoke first. "
        "\u201cThe pier will open soon,\u201d the official said."
    )
    assert said_by("pier", paragraph) == ["Ada Lind"]


def test_the_office_that_opened_the_sentence_still_goes_to_its_holder() -> None:
    paragraph = (
        "The harbour master, Ada Lind, spoke first. "
        "\u201cThe pier will open soon,\u201d the harbour master said."
    )
    assert said_by("pier", paragraph) == ["Ada Lind"]
