"""A passive verb of record before "as saying" (s44-refs): "Sam Wren is
recorded as saying that the linkspan “…”" gives the marked words to the
subject, who said them; "Sam Wren was described as “…”" still gives him
no words (someone else's about him). Every sentence here is the team's."""

from __future__ import annotations

from tests.library.paragraphs import said_by, shown

_LINKSPAN = "was never designed for the boat"


def test_recorded_as_saying_gives_the_words_to_the_subject() -> None:
    minutes = (
        "In the minutes of the September meeting, the board's engineer, Sam Wren, "
        "is recorded as saying that the linkspan \u201cwas never designed for the boat "
        "that now uses it\u201d."
    )
    assert said_by(_LINKSPAN, minutes) == ["Sam Wren"]
    plain = (
        "Ada Lind is remembered as saying that the pier \u201cwas never designed for the "
        "boat that now ties up at it\u201d."
    )
    assert said_by(_LINKSPAN, plain) == ["Ada Lind"]


def test_described_as_gives_the_subject_no_words() -> None:
    described = "In March Tom Hale was described as \u201ca man who never built a boat\u201d."
    assert shown(described) == []
