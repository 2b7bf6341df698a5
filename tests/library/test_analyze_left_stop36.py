"""Readings left by earlier stops (issue 16, branch s36-left): wrong
speakers a researcher sees in the reader, each fixed by a word order or a
word class. Every sentence here is written by the team."""

from __future__ import annotations

import pytest

from tests.library.paragraphs import only_speaker, run

# A publication's name before a person's is no part of the name -------------


@pytest.mark.parametrize(
    ("paragraph", "who", "role"),
    [
        ("Sunday Times Ada Lind said “the pier is late.”", "Ada Lind", "Sunday Times"),
        ("Harbour Gazette Tom Hale said “the pier is late.”", "Tom Hale", "Harbour Gazette"),
        ("“The pier is late,” Daily Herald Ada Lind said.", "Ada Lind", "Daily Herald"),
    ],
)
def test_a_publication_before_a_full_name_is_the_role(paragraph: str, who: str, role: str) -> None:
    speaker = only_speaker(run(paragraph))
    assert speaker.name == who
    assert speaker.role == role


@pytest.mark.parametrize(
    ("paragraph", "who"),
    [
        # A surname that is an outlet word, with nothing after it, stays.
        ("Emily Post said “the pier is late.”", "Emily Post"),
        # The publication alone is the speaker, as before.
        ("The Ashton Times said “the pier is late.”", "Ashton Times"),
        # An office after the outlet word is the role, as before.
        ("Ashton Post reporter Tom Hale said “the pier is late.”", "Tom Hale"),
    ],
)
def test_an_outlet_word_with_no_full_name_after_it_stays(paragraph: str, who: str) -> None:
    assert only_speaker(run(paragraph)).name == who
