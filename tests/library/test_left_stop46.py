"""What stop 45's held-out posts left, written as constructions, stop 46
(branch s46-left).

Stop 45 measured that a fix written as a count fitted to one example does not
carry: a description cut at fourteen words met one of fifteen ("A fund
manager at a Caerlow investment house that holds about 4% of the shares, who
asked not to be named, said"), and the "he said" after it found no one
because the description's body was allowed seven words. Here a description
is ended by its syntax: the comma, the "who" or the verb after it. Each rule
has a sentence where it must fire and one where it must not. Every sentence
here is written by the team."""

from __future__ import annotations

from tests.library.paragraphs import given_to, nested_said, shown

_ENGINEER = (
    "A ferry engineer at a yard on the east side of the river that repairs most of the island boats"
)


def test_a_long_description_opening_its_sentence_is_shown_whole() -> None:
    # Nineteen words, no comma: one noun phrase that the verb ends, not its
    # last fourteen words ("yard on the east side ...").
    found = shown(
        f"Trading was thin. {_ENGINEER} said the order book was "
        "\u201cthinner than in any year I remember\u201d."
    )
    assert found == [(None, _ENGINEER)]


def test_a_description_ended_by_its_who_clause_is_shown_whole() -> None:
    found = shown(
        f"Trading was thin. {_ENGINEER}, who would not give his name because the yard "
        "is still talking to its bank, said the order book was \u201cthinner than ever\u201d."
    )
    assert found == [(None, _ENGINEER)]


def test_a_clause_before_the_verb_is_still_cut_to_its_subject() -> None:
    # Must not: a whole clause ("The dispute centers on ... because they
    # did not ...") is no noun phrase; it is not shown as the speaker.
    found = shown(
        "The quarrel turns on the removal of perhaps hundreds of moorings from the "
        "harbour lists because their owners did not answer letters, in what the "
        "council calls a \u201cuse it or lose it\u201d rule."
    )
    assert all(role is None or not role.startswith("The quarrel") for _n, role in found)


def test_he_after_a_long_unnamed_description_goes_to_it() -> None:
    # The pronoun's sentence before opens with the description, however
    # many words its body runs to.
    found = given_to(
        f"Trading was thin. {_ENGINEER} said the order book was thin.",
        "\u201cWe are laying people off,\u201d he said.",
    )
    assert found == [("We are laying people off", _ENGINEER[:1].lower() + _ENGINEER[1:])]


def test_a_percent_sign_is_part_of_the_body() -> None:
    found = given_to(
        "A fund manager at a bank that holds 3% of the stock said little. "
        "\u201cWe are waiting,\u201d she said."
    )
    assert found == [("We are waiting", "a fund manager at a bank that holds 3% of the stock")]


def test_he_after_a_long_description_of_a_woman_does_not_go_to_it() -> None:
    # Must not: the description's noun is of the other sex.
    found = given_to(
        "Trading was thin. A spokeswoman for the yard on the east side of the river "
        "that repairs most of the island boats said the order book was thin.",
        "\u201cWe are laying people off,\u201d he said.",
    )
    assert [w for w, _who in found] == ["We are laying people off"]
    assert all("spokeswoman" not in (who or "") for _w, who in found)


def test_a_man_named_since_the_long_description_is_nearer() -> None:
    # Must not: someone named after the description is the one "he" means.
    found = given_to(
        f"Trading was thin. {_ENGINEER} said the order book was thin. "
        "Colm Dwyer, who owns the yard, disagreed.",
        "\u201cWe are hiring,\u201d he said.",
    )
    assert found == [("We are hiring", "Colm Dwyer")]


def test_the_one_asked_by_surname_is_nearer_than_the_one_asking() -> None:
    # "He replied" after "A fund manager asked Dwyer ...": Dwyer, named by
    # his surname since the sentence opened, not the unnamed one asking.
    found = given_to(
        "Colm Dwyer owns the yard.",
        "A fund manager asked Dwyer how the yard was doing. He replied: \u201cWe are hiring.\u201d",
    )
    assert found == [("We are hiring.", "Colm Dwyer")]


def test_a_surname_inside_a_longer_word_names_no_one() -> None:
    # Must not: "Dwyers" (another family) is not Dwyer named again; the
    # unnamed fund manager still speaks.
    found = given_to(
        "Colm Dwyer owns the yard.",
        "A fund manager asked the Dwyers about the yard. He said: \u201cWe are hiring.\u201d",
    )
    assert found == [("We are hiring.", "a fund manager")]


def test_a_who_aside_ending_on_the_name_the_person_gave_names_them() -> None:
    # The aside may end with the name, set off by its own comma; the words
    # after the sentence it opens are that person's, by that name.
    found = given_to(
        "Tom Brae wrote from the harbour. \u201cThe ramp floods every spring.\u201d",
        "A teacher on Skerra, who asked us to use only her first name, Mairi, described "
        "a school run that now begins with a tide table.",
        "\u201cHalf my class lives on the north side.\u201d",
    )
    assert found == [
        ("The ramp floods every spring.", "Tom Brae"),
        ("Half my class lives on the north side.", "Mairi"),
    ]


def test_a_who_aside_that_gives_no_name_names_no_one() -> None:
    # Must not: "who would not give his name, said" gives no name.
    found = given_to(
        "A fisherman on Skerra, who would not give his name, said the ramp was "
        "\u201ca disgrace\u201d."
    )
    assert found == [("the ramp was \u201ca disgrace\u201d", "A fisherman on Skerra")]


def test_an_aside_whose_last_commas_hold_other_people_brings_in_no_one() -> None:
    # Must not: the aside's comma-set words are his pupils, not a name he
    # gave; the letter after it goes on with the one who wrote before.
    found = given_to(
        "Tom Brae wrote from the harbour. \u201cThe ramp floods every spring.\u201d",
        "A teacher on Skerra, who taught his first class, Ada and Tom, described a school run.",
        "\u201cHalf my class lives on the north side.\u201d",
    )
    assert [who for _w, who in found] == ["Tom Brae", "Tom Brae"]


def test_words_a_verb_and_comma_introduce_are_not_the_next_sentences() -> None:
    # "Lind said, “….” He wrote that down.": the words end their sentence;
    # the next sentence's verb of saying is its own.
    found = given_to(
        "Ada Lind runs the ferry office.",
        "Tom Hale came in at nine. Lind said, \u201cThe boat is late again.\u201d "
        "He wrote that down in the log.",
    )
    assert found == [("The boat is late again.", "Ada Lind")]


def test_words_nothing_introduces_still_go_to_the_sentence_after() -> None:
    # Must not: with no verb and comma before the marks, the sentence after
    # them still says whose they are.
    found = given_to(
        "Ada Lind runs the ferry office.",
        "Tom Hale came in at nine. \u201cThe boat is late again.\u201d "
        "He wrote that down in the log.",
    )
    assert found == [("The boat is late again.", "Tom Hale")]


def test_she_inside_a_fathers_words_is_the_daughter_he_brought_in() -> None:
    # "She said to me, ‘…’" inside the father's words: the relative of her
    # sex his paragraph brought in, not the father, not no one.
    found = nested_said(
        "A ferryman whose cottage faces the slip said his granddaughter had watched the "
        "lifeboat launch. \u201cShe said to me, \u2018Grandad, is that our boat?\u2019 "
        "I told her it was everybody's,\u201d he said."
    )
    assert found == [("Grandad, is that our boat?", "his granddaughter")]


def test_he_inside_a_mothers_words_is_not_her_daughter() -> None:
    # Must not: the relative her paragraph brought in is of the other sex.
    found = nested_said(
        "A nurse who lives above the chemist said her daughter had slept through it. "
        "\u201cHe told me, \u2018The roof is fine.\u2019 I did not believe him,\u201d she said."
    )
    assert all(who != "her daughter" for _w, who in found)
