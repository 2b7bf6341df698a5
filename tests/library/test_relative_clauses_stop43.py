"""Relative clauses that say who speaks (stop 43, branch s43-left): a ",
which said" clause after "from" or "was" is the body it follows; a
description with its own "who" clause is no one named before. Sentences
written by the team."""

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


def test_a_description_with_its_own_who_clause_is_no_one_named_before() -> None:
    # "The man who answered": someone the clause picks out, not Tom Hale.
    assert said_by(
        "next spring",
        "Tom Hale rang the harbour office on Monday. The man who answered said the repairs"
        " would wait until “next spring at the earliest.”",
    ) == ["The man"]


def test_a_who_clause_set_off_by_commas_leaves_the_description_resolved() -> None:
    # ("The skipper, who had seen it all before, said": the clause says
    # more about someone already there; the skipper is Tom Hale.)
    assert said_by(
        "next spring",
        "Tom Hale, the skipper, was at the pier at dawn. The skipper, who had seen it all"
        " before, said the repairs would wait until “next spring at the earliest.”",
    ) == ["Tom Hale"]


def test_a_who_clause_after_the_verb_describes_the_one_named() -> None:
    # "“…,” said the man who built the pier": Tom Hale, described again.
    assert said_by(
        "nothing like it",
        "Tom Hale built the pier in 1990.",
        "“There is nothing like it on this coast,” said the man who built it.",
    ) == ["Tom Hale"]


def test_a_description_with_a_clause_and_no_who_is_the_speaker() -> None:
    # "The clerk we dealt with told us": the clerk, not Tom Hale named
    # before, and "with" no joiner of a second verb.
    assert said_by(
        "out of our hands",
        "Tom Hale rang the harbour office on Monday. The clerk we dealt with told us the"
        " dredging was “out of our hands.”",
    ) == ["The clerk"]


def test_to_before_a_second_verb_still_joins_it() -> None:
    # ("Tom Hale went to the pier to say": "to" joins the second verb; the
    # subject of the first says it.)
    assert said_by(
        "we are open",
        "Ada Lind spoke first. Tom Hale went down to the pier to say “we are open.”",
    ) == ["Tom Hale"]


def test_an_inverted_clause_before_whose_is_its_noun() -> None:
    # "So did the harbour trust itself, whose survey warned": the trust,
    # not "did the harbour trust itself".
    assert said_by(
        "pier failing",
        "The council spoke first.",
        "So did the harbour trust itself, whose own survey in 2021 warned of “a real risk of"
        " the pier failing.”",
    ) == ["the harbour trust"]


def test_so_with_no_inverted_verb_is_left_alone() -> None:
    # ("So the harbour trust, whose survey warned": no "did"; as before.)
    assert said_by(
        "pier failing",
        "The council spoke first.",
        "The harbour trust, whose own survey in 2021 warned of “a real risk of the pier"
        " failing,” did not reply.",
    ) == ["The harbour trust"]


def test_a_description_a_copula_gives_to_a_name_is_that_person() -> None:
    # "Ada Lind became the harbour master who ...": the copula says who the
    # harbour master is; the clause brings in no one new (it did, for a
    # while this stop, and gave the bare description).
    assert said_by(
        "The tide waits.",
        "Ben Ross ran the yard. Ada Lind became the harbour master who kept saying"
        " “The tide waits.”",
    ) == ["Ada Lind"]
    assert said_by(
        "The tide waits.",
        "Tom Hale is the skipper who keeps telling the crew “The tide waits.”",
    ) == ["Tom Hale"]
