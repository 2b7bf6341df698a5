"""Speakers, stop 24 (issue 16): kinds of speaker phrase resolved by what the
text says about them, each rule with the sentences it was written for."""

from __future__ import annotations

from quotemark.library.model import Analysis
from tests.library.paragraphs import run


def speakers(analysis: Analysis) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker.name, q.speaker.label) if q.speaker else (None, None) for q in analysis.quotes
    ]


def test_the_moderator_is_not_the_candidate_in_focus() -> None:
    # "the moderator said" went to the candidate named just before, a person
    # the text never calls a moderator.
    analysis = run(
        "Mayor Tom Hale spent most of the ferry debate defending his budget.",
        "\u201cWhy did the crossing close in March?\u201d the moderator asked.",
    )
    assert speakers(analysis) == [(None, "the moderator")]


def test_the_moderator_the_text_named_as_one() -> None:
    analysis = run(
        "Moderator Ada Lind opened the debate in the harbour hall.",
        "Mayor Tom Hale spent most of the evening defending his budget.",
        "\u201cWhy did the crossing close in March?\u201d the moderator asked.",
    )
    assert [name for name, _label in speakers(analysis)] == ["Ada Lind"]


def lawyer_then(opening: str) -> Analysis:
    return run(
        "Tom Hale, the ferry company\u2019s lawyer, argued for a settlement.",
        "\u201cJudge,\u201d Hale said, \u201cI have never seen a board refuse a settlement "
        f"like this one in thirty years.\u201d {opening}, Hale said he would accept it.",
    )


def test_an_adverb_opening_the_sentence_is_no_name() -> None:
    # "…” Reluctantly, Brafman said he had come to ...": the second
    # quotation's speaker was "Reluctantly".
    assert [name for name, _label in speakers(lawyer_then("Reluctantly"))] == ["Tom Hale"] * 2


def test_a_connective_opening_the_sentence_is_no_name() -> None:
    assert [name for name, _label in speakers(lawyer_then("Nevertheless"))] == ["Tom Hale"] * 2


def test_words_quoted_in_a_who_clause_are_its_names() -> None:
    # "Doug Purdy, who lost 16 lbs. “and two belt loops” between May and
    # October, says": the speaker was "between May and October".
    analysis = run(
        "Kim Lund runs the ferry clinic on the quay.",
        "Retired pilot Ole Berg, who lost 7 kg. \u201cand a whole belt size\u201d between "
        "March and June, says the walks changed his life.",
    )
    assert [name for name, _label in speakers(analysis)] == ["Ole Berg"]


def test_a_who_clause_in_the_sentence_before_is_not_the_speaker() -> None:
    # (A first form looked a sentence back and took "the 39-year-old
    # founder" for the text before it.)
    analysis = run(
        "I am talking about Ole Berg, who was born in Bergen and came to the coast in 1990. "
        "\u201cWe dedicate ourselves to the walks,\u201d says the 39-year-old founder "
        "of the clinic.",
    )
    assert [(q.speaker.name, q.speaker.role) for q in analysis.quotes if q.speaker] == [
        ("Ole Berg", "the 39-year-old founder of the clinic")
    ]


def test_a_conjunction_opening_the_sentence_is_not_part_of_the_name() -> None:
    # "Though Delaware ...", "Although Trump ...": the run took the
    # conjunction in, and every later "he said" named "Although Tom Hale".
    analysis = run(
        "Although Tom Hale lost the ferry vote, he won the harbour seat on Tuesday.",
        "\u201cWe will lose the spring season,\u201d he said.",
    )
    assert [name for name, _label in speakers(analysis)] == ["Tom Hale"]


def test_a_participle_phrase_opening_the_sentence_is_no_name() -> None:
    # "Appearing on CBS' Face the Nation, the GOP front-runner said Clinton
    # “caused tremendous death”": the speaker was "Appearing".
    analysis = run(
        "As usual, the ferry chief drew most of the attention. Appearing on Harbour Radio, "
        "the ferry chief said Mayor Lind had \u201cwrecked the crossing\u201d as head of "
        "the board.",
    )
    assert [name for name, _label in speakers(analysis)] == [None]
    assert "ferry chief" in (analysis.quotes[0].speaker.label or "")
