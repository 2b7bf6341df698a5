"""A ", which said" clause after "from" or "was": the words are the body's
the clause follows, not the sentence's subject's nor a name before (stop 43,
branch s43-left). Sentences written by the team."""

from __future__ import annotations

from tests.library.paragraphs import said_by


def test_a_letter_from_a_body_which_wrote_is_the_bodys() -> None:
    assert said_by(
        "paid for",
        "Ada Lind opened the meeting.",
        "Tom Hale read out a letter from the harbour board, which had told him that"
        " “the works on the pier are done and paid for.”",
    ) == ["the harbour board"]


def test_was_a_body_which_added_is_the_bodys() -> None:
    assert said_by(
        "look at it again",
        "Ada Lind spoke first.",
        "Among those who answered her was the pier trust, which added: “We will look at it"
        " again in the spring.”",
    ) == ["the pier trust"]


def test_a_passive_which_clause_is_not_the_things() -> None:
    # "the closure, which was called “…”": the thing spoken of; the words
    # stay with the one who speaks in the sentence.
    assert said_by(
        "a disgrace",
        "Tom Hale wrote about the closure of the pier, which was called “a disgrace” at the"
        " meeting.",
    ) != ["the pier"]


def test_which_after_another_preposition_is_not_narrowed() -> None:
    # (Only "from" and "was": "a request by the trust, which argued" keeps
    # the whole clause as before; PolNeAR keys such a "which" elsewhere.)
    assert said_by(
        "too late",
        "The vote followed a request by the pier trust, which argued that the repairs had"
        " come “far too late for the summer.”",
    ) != ["the pier trust"]
