"""Bylines set in capitals read near the lead's recasing (branch
s37-revlate): a possessive's "S", a numeral after a name, and an outlet's
name that is also a person's. Every byline here is written by the team."""

from __future__ import annotations

import pytest

from quotemark.library.extract.bylines import author_names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        # Was "Sana Lind" set as "SANA Lind": an agency's name read as initials.
        ("By SANA LIND", ("Sana Lind",)),
        ("By TOM HALE AND EFE LIND", ("Tom Hale", "Efe Lind")),
        # Was "Tom Hale Iii".
        ("By TOM HALE III", ("Tom Hale III",)),
        # Was "Mcdonald'S Staff" / "McDonald'S Staff".
        ("By MCDONALD'S STAFF", ("McDonald's Staff",)),
    ],
)
def test_a_capital_byline_is_written_as_a_citation_writes_it(
    byline: str, names: tuple[str, ...]
) -> None:
    assert author_names([byline], written=True) == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        # Initials with no vowel stay an outlet's, as the lead made them.
        ("By BBC NEWS", ("BBC News",)),
        # A name opening with a numeral's letters is a name.
        ("By XI LIND", ("Xi Lind",)),
        ("By TOM O'NEILL", ("Tom O'Neill",)),
    ],
)
def test_initials_numerals_and_apostrophes_read_as_before(
    byline: str, names: tuple[str, ...]
) -> None:
    assert author_names([byline], written=True) == names
