"""A second reading of stop 42's late analysis rules (branch
s42-final-analyze2): where they must not fire. Every sentence here is
written by the team."""

from __future__ import annotations

import pytest

from quotemark.library.analyze.names import split_speaker
from tests.library.paragraphs import said_by

L, R = "\u201c", "\u201d"
_WORDS = f"{L}We will keep the pier open all winter.{R}"


@pytest.mark.parametrize(
    "sentence",
    [
        f"Ada Lind let out a cry of joy: {_WORDS}",
        f"Ada Lind sang a song of hope: {_WORDS}",
    ],
)
def test_a_cry_of_a_feeling_is_no_one_raising_it(sentence: str) -> None:
    # Was given to "joy" / "hope" (the chant rule read the feeling as who
    # raised the cry), then to the speaker before; the subject says them.
    assert said_by("keep the pier", "Tom Hale spoke to the crowd.", sentence) == ["Ada Lind"]


def test_a_russian_name_in_capitals_is_not_read_as_acronyms() -> None:
    # Was "ИВАНОВ" with the role "ВИКТОР РЯБОВ": every word in capitals
    # was taken for a body's acronym.
    split = split_speaker("ГЛАВА РАЙОНА ИГОРЬ СОМОВ")  # noqa: RUF001
    assert (split.name, split.role) == ("ИГОРЬ СОМОВ", "ГЛАВА РАЙОНА")  # noqa: RUF001
