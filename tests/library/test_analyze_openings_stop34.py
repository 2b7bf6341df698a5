"""Readings the stop-34 rules met in the lead's own sentences (issue 16): a
phrase opening the sentence before the speaker, and a showing word that is
a noun. Every sentence here is written by the team."""

from __future__ import annotations

import pytest

from tests.library.paragraphs import only_speaker, run


@pytest.mark.parametrize(
    "sentence",
    [
        "Unlike Tom Hale, the mayor said: “The pier is safe.”",
        "Between Ada Lind and Tom Hale, the mayor said: “Both are right.”",
    ],
)
def test_the_object_of_an_opening_preposition_does_not_speak(sentence: str) -> None:
    # Was the name "Tom Hale" (and "Between Ada Lind and Tom Hale", read as
    # two joined names): the mayor says it, unnamed.
    speaker = only_speaker(run(sentence))
    assert speaker.name is None
    assert speaker.label == "the mayor"


def test_a_name_after_an_opening_preposition_still_speaks() -> None:
    speaker = only_speaker(run("Unlike Tom Hale, Ada Lind said: “The pier is safe.”"))
    assert speaker.name == "Ada Lind"


def test_a_headline_with_a_preposition_names_no_one() -> None:
    # Not the name "Games" after "Despite …, … Games".
    analysis = run(
        "Despite The Monthly Fee, You Still Own The Games “for now,” critics said.",
    )
    assert all(q.speaker is None or q.speaker.name != "Games" for q in analysis.quotes)


def test_a_show_is_no_showing_verb() -> None:
    # "the show" is a noun; stop 34's showing-verb reading took it for one
    # and lost the quotation.
    analysis = run("Fans who watch the show keep saying “it was better before.”")
    assert [q.span.text for q in analysis.quotes] == ["“it was better before.”"]


def test_a_showing_verb_still_gives_its_object() -> None:
    speaker = only_speaker(run("The film shows the mayor saying “we will rebuild.”"))
    assert speaker.label == "the mayor"
