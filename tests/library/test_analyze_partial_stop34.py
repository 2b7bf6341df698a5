"""Partial quotations, stop 34 (issue 16): marked words that a verb of
talking about something brings in when its subject is a name or a
description. Every sentence here is written by the team."""

from __future__ import annotations

from tests.library.paragraphs import said_by as _found


def test_a_described_subject_lamenting_a_state_says_the_marked_word() -> None:
    # Before, "sorry" was dropped as a scare quote: no verb of saying.
    found = _found(
        "sorry",
        "The ferry trust met on Monday. The harbour master lamented the “sorry” state "
        "of the old pier.",
    )
    assert found == ["The harbour master"]


def test_a_named_subject_assuring_listeners_says_the_marked_words() -> None:
    # Another person named inside the clause kept the subject reading from
    # giving the words to Lind; "assured" attributes them.
    found = _found(
        "made of tougher stuff",
        "Tomas Berg spoke at the pier on Monday. Ada Lind assured the fishermen that "
        "Tomas Berg was “made of tougher stuff” than his rivals.",
    )
    assert found == ["Ada Lind"]


def test_a_described_subject_gushing_about_marked_words_says_them() -> None:
    found = _found(
        "bright future for every boat",
        "The ferry trust met on Monday. The new harbour master gushed about a “bright "
        "future for every boat in the bay,” and left.",
    )
    assert found == ["The new harbour master"]


def test_a_statement_talking_about_marked_words_says_them() -> None:
    found = _found(
        "choose their own moorings",
        "The ferry trust met on Monday. Later, the statement talked about giving "
        "fishermen the right to “choose their own moorings.”",
    )
    assert len(found) == 1
    assert "statement" in (found[0] or "")


def test_a_pronoun_talking_about_marked_words_brings_none_in() -> None:
    # Guard: "she" could mean Lind or Hale; a wrong person costs more than
    # the words bring, so the words stay a scare quote.
    found = _found(
        "harbours that never close",
        "Ada Lind met Mary Hale at the pier. She spoke at length about Tomas Berg’s "
        "plan for “harbours that never close” and its cost.",
    )
    assert found == []


def test_a_verb_of_saying_before_a_pronoun_talking_still_gives_the_speaker() -> None:
    # Guard: "Lind said she speaks of ...": the verb of saying before the
    # pronoun's verb still attributes the words.
    found = _found(
        "the tide does not wait",
        "The ferry trust met on Monday. Ada Lind said she speaks of Tomas Berg often "
        "because “the tide does not wait for anyone.”",
    )
    assert found == ["Ada Lind"]


def test_a_long_opening_phrase_after_a_preposition_keeps_the_subject() -> None:
    # Fifteen words of where and when before the subject: still one phrase
    # set off by a comma, and the marked words are Lind's.
    found = _found(
        "a fair price for every crate",
        "The port was quiet.",
        "At the yearly meeting of the ferry trust in the old town hall on Tuesday, "
        "Ada Lind offered the fishermen “a fair price for every crate.”",
    )
    assert found == ["Ada Lind"]


def test_an_opening_participle_phrase_with_an_apposition_keeps_the_subject() -> None:
    # The commas inside set off Hale's role; Hale is no subject, Lind is.
    found = _found(
        "harbours left to rot",
        "The port was quiet.",
        "Preceded at the lectern by Tom Hale, the harbour master, Ada Lind launched "
        "into a lament about “harbours left to rot by the council.”",
    )
    assert found == ["Ada Lind"]


def test_a_long_opening_clause_after_when_is_no_opening_phrase() -> None:
    # Guard: a clause with its own subject ("the ferry trust and the harbour
    # board met") before the name is not a phrase of where or when; the
    # sentence is not plainly Lind's.
    found = _found(
        "a fair price for every crate",
        "The port was quiet.",
        "When the ferry trust and the harbour board met in the old town hall on "
        "Tuesday, Ada Lind offered the fishermen “a fair price for every crate.”",
    )
    assert found == []


def test_a_described_subject_protesting_says_the_marked_words() -> None:
    found = _found(
        "unfair to every fisherman",
        "The port was quiet.",
        "The harbour board protested that the council was being “unfair to every "
        "fisherman” and left the meeting.",
    )
    assert found == ["The harbour board"]
