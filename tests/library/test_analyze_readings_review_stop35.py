"""Review of the stop-35 readings (issue 16, branch s35-revleft): wrong
readings the new rules of s35-left gave on the team's own sentences, each
fixed narrowly. Every sentence here is written by the team."""

from __future__ import annotations

import pytest

from tests.library.paragraphs import run, said_by

# "quoted him as saying": a pronoun quoted is a pronoun resolved ------------


@pytest.mark.parametrize(
    ("paragraph", "who"),
    [
        (
            "Tom Hale runs the ferry. The Ashton Post quoted him as saying “the ramp is rotten.”",
            "Tom Hale",
        ),
        (
            "Ada Lind chairs the ferry board. A local paper quoted her as saying “the ramp"
            " is rotten.”",
            "Ada Lind",
        ),
    ],
)
def test_a_pronoun_quoted_as_saying_is_the_person_it_stands_for(paragraph: str, who: str) -> None:
    # s35-left took the object of "quoted ... as saying"; a pronoun object
    # ("him") then read as no speaker at all, and the quotation was lost.
    assert said_by("the ramp is rotten", paragraph) == [who]


def test_a_pronoun_quoted_as_saying_with_no_one_before_is_kept_unresolved() -> None:
    analysis = run("The Ashton Post quoted him as saying “the ramp is rotten.”")
    assert len(analysis.quotes) == 1
    speaker = analysis.quotes[0].speaker
    assert speaker is not None
    assert speaker.name is None
    assert speaker.label == "him"
    assert speaker.confidence <= 0.3
