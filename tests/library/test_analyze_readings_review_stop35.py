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


# A who-clause that holds a clause of its own --------------------------------


@pytest.mark.parametrize(
    ("paragraph", "not_who"),
    [
        # The aspect verb belongs to a clause inside the who-clause, with its
        # own subject: the noun before "who" says nothing.
        (
            "Tom Hale runs the ferry. Commuters who asked him why he kept saying “the ramp"
            " is fine” got no answer.",
            "Commuters",
        ),
        (
            "Tom Hale runs the ferry. Commuters who know that he keeps saying “the ramp is"
            " fine” are tired of it.",
            "Commuters",
        ),
        # A verb of perceiving, its object and a bare "keep": the object keeps
        # saying it ("heard the skipper keep saying").
        (
            "Passengers who heard the skipper keep saying “the ramp is fine” stayed on board.",
            "Passengers",
        ),
    ],
)
def test_a_clause_inside_the_who_clause_keeps_its_own_subject(paragraph: str, not_who: str) -> None:
    assert not_who not in said_by("the ramp is fine", paragraph)


@pytest.mark.parametrize(
    ("paragraph", "who"),
    [
        (
            "Tom Hale runs the ferry. Commuters who asked him why he kept saying “the ramp"
            " is fine” got no answer.",
            "Tom Hale",
        ),
        (
            "Passengers who heard the skipper keep saying “the ramp is fine” stayed on board.",
            "the skipper",
        ),
    ],
)
def test_the_inner_clause_subject_says_the_words(paragraph: str, who: str) -> None:
    assert said_by("the ramp is fine", paragraph) == [who]


def test_a_who_clause_before_its_own_aspect_verb_still_gives_the_noun_before_who() -> None:
    # The s35-left reading, kept: "who ride the ferry" is the clause, "kept
    # saying" the sentence's verb.
    assert said_by(
        "the ramp is fine",
        "Commuters who ride the ferry kept saying “the ramp is fine.”",
    ) == ["Commuters"]


def test_a_modal_before_the_aspect_verb_gives_the_words_before_it() -> None:
    # "who say the skipper should stop saying": the skipper says it, not
    # the commuters (s35-left: "Commuters", as a name).
    assert said_by(
        "the ramp is fine",
        "Commuters who say the skipper should stop saying “the ramp is fine” met on Monday.",
    ) == ["the skipper"]


# Japanese 彼ら: a plural, never the one person named before -----------------


@pytest.mark.parametrize("pronoun", ["彼ら", "彼女ら"])
def test_karera_is_no_single_person_named_before(pronoun: str) -> None:
    # 彼ら is "they" only as a plural (no singular "they" in Japanese): the
    # group says the words, not 田中 alone (s35-left: 田中 at 0.68).
    analysis = run("田中氏は「港は安全だ」と述べた。", f"{pronoun}は「工事は続く」と話した。")
    assert [q.speaker.name if q.speaker else None for q in analysis.quotes] == ["田中", None]
    speaker = analysis.quotes[1].speaker
    assert speaker is not None
    assert speaker.role == pronoun
