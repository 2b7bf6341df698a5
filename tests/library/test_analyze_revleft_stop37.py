"""Review of stop 37's reader fixes (issue 16, branch s37-revleft): near
misses of s37-left's rules where a researcher reads the sentence otherwise,
and the narrowed rules. Every sentence here is written by the team."""

from __future__ import annotations

import pytest

from tests.library.paragraphs import only_speaker, run

# A party tag's point: not after a postal code or a territory in full --------


@pytest.mark.parametrize(
    ("paragraph", "role"),
    [
        # A postal code takes no point: the point ends the sentence.
        ("“The pier is late,” said Sen. Tom Hale, D-CA. The board met.", "Sen., D-CA"),
        # Guam is written in full, as Ohio is.
        ("“The pier is late,” said Rep. Tom Hale, R-Guam. The board met.", "Rep., R-Guam"),
    ],
)
def test_a_point_after_a_state_never_abbreviated_ends_the_sentence(
    paragraph: str, role: str
) -> None:
    assert only_speaker(run(paragraph)).role == role


def test_an_abbreviated_state_still_keeps_its_point() -> None:
    speaker = only_speaker(run("“The pier is late,” said Rep. Tom Hale, R-Ky. The board met."))
    assert speaker.role == "Rep., R-Ky."
