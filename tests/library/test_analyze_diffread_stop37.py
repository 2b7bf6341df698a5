"""Behaviour the review of stop 37's diff (branch s37-diffread) kept while
it mended repeats and slips: each test passes before and after its mend.
Every sentence here is written by the team."""

from __future__ import annotations

import pytest

from tests.library.paragraphs import only_speaker, run


@pytest.mark.parametrize(
    ("paragraph", "role"),
    [
        ("“The pier is late,” said Sen. Tom Hale, R-Alaska.", "Senator (R-Alaska)"),
        ("“The pier is late,” said Rep. Ada Lind, D-Hawaii.", "Representative (D-Hawaii)"),
        ("“The pier is late,” said Rep. Ada Lind, D-Iowa.", "Representative (D-Iowa)"),
        ("“The pier is late,” said Sen. Tom Hale, D-Mass.", "Senator (D-Mass.)"),
    ],
)
def test_a_state_longer_than_any_abbreviation_ends_the_sentence(paragraph: str, role: str) -> None:
    # "Alaska" and "Hawaii" left the list of states written in full: their
    # length tells them, as before.
    assert only_speaker(run(paragraph)).role == role
