"""Bylines set in capitals by the page's style (issue 16, branch s37-left):
the names in their proper case, an "AND" between them, an agency in
capitals. Every byline here is written by the team."""

from __future__ import annotations

import pytest

from quotemark.library.extract.bylines import author_names
from tests.library.test_extract_html_bylines import _authors


@pytest.mark.parametrize(
    "byline",
    ["TOM HALE AND ADA LIND", "By TOM HALE AND ADA LIND", "By TOM HALE and ADA LIND, REUTERS"],
)
def test_names_in_capitals_joined_by_and_are_two_authors(byline: str) -> None:
    # Was one author, "Tom Hale And Ada Lind".
    assert author_names([byline], written=True) == ("Tom Hale", "Ada Lind")


def test_a_byline_in_capitals_on_the_page_gives_the_names() -> None:
    assert _authors("", '<p class="byline">By TOM HALE AND ADA LIND</p>') == (
        "Tom Hale",
        "Ada Lind",
    )


def test_an_agency_in_capitals_beside_a_name_is_not_an_author() -> None:
    assert author_names(["By TOM HALE, REUTERS"], written=True) == ("Tom Hale",)


def test_an_agency_alone_in_capitals_is_written_as_the_agency() -> None:
    # Was "REUTERS", as if a person's name set in capitals.
    assert author_names(["REUTERS"], written=True) == ("Reuters",)
    # Initials stay initials: only the case changes.
    assert author_names(["AP"], written=True) == ("AP",)


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        # "And" inside a name in mixed case is not split.
        ("By Ada Lind-Anderson", ("Ada Lind-Anderson",)),
        ("By Tom Hale and Ada Lind", ("Tom Hale", "Ada Lind")),
        # An initial "E." is no Spanish "e".
        ("By E. Ada Lind", ("E. Ada Lind",)),
    ],
)
def test_mixed_case_bylines_read_as_before(byline: str, names: tuple[str, ...]) -> None:
    assert author_names([byline], written=True) == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        # Were "Bbc News" and "Ada Mchale": each word given one capital.
        ("By ADA MCHALE", ("Ada McHale",)),
        ("By TOM HALE AND ADA MCHALE", ("Tom Hale", "Ada McHale")),
        # A short surname that only starts like one stays a plain word.
        ("By TOM MCE", ("Tom Mce",)),
    ],
)
def test_a_mc_surname_in_capitals_keeps_its_second_capital(
    byline: str, names: tuple[str, ...]
) -> None:
    assert author_names([byline], written=True) == names


def test_an_outlets_initials_stay_initials_when_its_name_is_recased() -> None:
    from quotemark.library.extract.bylines import uncapitalised

    assert uncapitalised("BBC NEWS") == "BBC News"
    assert uncapitalised("CNN DIGITAL") == "CNN Digital"
    # A person's name whose word is no outlet's initials is recased as before.
    assert uncapitalised("TOM HALE") == "Tom Hale"
