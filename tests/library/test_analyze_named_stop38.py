"""Speakers the text names, stop 38 (issue 16): the team's own sentences.

A name with its body after the quotation ("Ada Lind of the Institute for
Safety and Engineering wrote"): one subject, however long the body's name
and whatever "and" stands inside it. A person's saying noun round the
marked words ("Ada Lind's claim that …", "Ada Lind's “…” comment"): hers."""

from __future__ import annotations

from tests.library.paragraphs import run, said_by, spoken

_SAID = "\u201cThe pier will not hold the weight of the new cranes,\u201d"


def test_a_name_with_a_long_body_after_the_quotation_speaks() -> None:
    # Ten words before the verb: before stop 38 read as a clause, no speaker.
    assert said_by(
        "pier", f"{_SAID} Ada Lind of the James Martin Center for Harbour Studies wrote in May."
    ) == ["Ada Lind"]


def test_and_inside_the_body_joins_no_clause() -> None:
    # Before stop 38: "Engineering", the words after the "and", as a speaker.
    assert said_by(
        "pier", f"{_SAID} Ada Lind of the Institute for Safety and Engineering wrote in May."
    ) == ["Ada Lind"]


def test_two_named_experts_of_one_body_speak_together() -> None:
    speakers = said_by(
        "pier",
        f"The board met on Monday. {_SAID} harbour experts Tom Hale and Ada Lind of "
        "Leith's Institute for Science and Marine Engineering wrote in May.",
    )
    assert speakers == ["Tom Hale and Ada Lind"]


def test_a_second_person_after_the_body_is_not_part_of_it() -> None:
    # "the Harbour Board and Tom Hale": the body's name ended at "Board";
    # Tom Hale is a second speaker, not the end of Ada Lind's body.
    assert said_by(
        "pier", f"{_SAID} Ada Lind of the Leith Harbour Board and Tom Hale wrote in May."
    ) != ["Ada Lind"]


def test_a_clause_after_the_name_is_no_body() -> None:
    # A lowercase word ("meeting") ends the body's name: the rule leaves the
    # long run alone, and "Ada Lind" is not given the words.
    assert said_by(
        "pier",
        f"{_SAID} Tom Hale at the Harbour Board meeting in Leith and Ada Lind wrote.",
    ) not in (["Tom Hale"], ["Ada Lind"])


# A person's saying noun holds the marked words (`Ada Lind's claim that …
# “…”`, `Ada Lind's “…” comment`): hers, not the sentence's subject's.

_HALE_SPOKE = "Tom Hale spoke for an hour."


def test_a_claim_s_words_are_its_owner_s_before_a_gerund_of_the_subject() -> None:
    # Before stop 38: the gerund after the words gave them to Tom Hale.
    assert said_by(
        "closed the pier",
        "Tom Hale on Thursday blamed the board for making an issue out of Ada Lind\u2019s "
        "claim that the mayor \u201cclosed the pier,\u201d saying they were wrong.",
    ) == ["Ada Lind"]


def test_a_gerund_with_no_owner_of_the_words_leaves_them_to_the_subject() -> None:
    assert said_by(
        "closed the pier",
        "Tom Hale on Thursday blamed the board for making an issue out of the claim "
        "that the mayor \u201cclosed the pier,\u201d saying they were wrong.",
    ) == ["Tom Hale"]


def test_words_between_a_possessive_and_a_saying_noun_are_the_possessor_s() -> None:
    analysis = run(
        _HALE_SPOKE,
        "Ada Lind\u2019s \u201c47 percent\u201d comment was nearly as dismissive as his speech.",
    )
    assert spoken(analysis) == [("\u201c47 percent\u201d", "Ada Lind")]


def test_a_place_s_saying_noun_gives_no_speaker() -> None:
    # "Leith's": no person the text names. Before stop 38 "was nearly",
    # read after an inverted verb "comment", was shown as the speaker.
    assert said_by(
        "pier first",
        _HALE_SPOKE,
        "Leith\u2019s \u201cpier first\u201d comment was nearly as dismissive as his speech.",
    ) in ([], [None])
