"""Who speaks a quotation inside someone's quoted words, stop 41 (branch
s41-nested): the outer speaker's own words name them ("Then Tom Hale said,
‘…’", "Tom Hale told us, ‘…’", "my father would say, ‘…’", "the harbour
master said, ‘…’"), and a quotation the outer speaker gives to someone else
is never the outer speaker's. Every sentence here is written by the team."""

from __future__ import annotations

from tests.library.paragraphs import run, said_by

L, R = "\u201c", "\u201d"
_l, _r = "\u2018", "\u2019"


def _nested(*paragraphs: str) -> list[tuple[str, str | None]]:
    """Each nested quotation's words and what the Quotes panel shows for
    its speaker (the name, else the description; ``None``: no speaker)."""
    return [
        (q.span.text, q.speaker.label if q.speaker else None)
        for q in run(*paragraphs).quotes
        if q.parent is not None
    ]


def test_then_a_name_said_inside_a_quotation_is_that_person() -> None:
    # Was "we" (the words after the inner quotation): a clause's opening
    # "Then" kept the name from being read.
    assert _nested(
        f"{L}Then Tom Hale said, {_l}The pier must close,{_r} and we all went home,{R} "
        "Ada Lind said."
    ) == [("The pier must close", "Tom Hale")]


def test_then_a_name_told_us_inside_a_quotation_is_that_person() -> None:
    assert _nested(
        f"{L}Then Tom Hale told us, {_l}The pier must close.{_r} So we went home,{R} Ada Lind said."
    ) == [("The pier must close.", "Tom Hale")]


def test_a_name_said_after_i_think_is_that_person_not_the_teller() -> None:
    # Was Ada Lind: "I ... said" within five words read as her own words.
    assert _nested(
        f"{L}I think Tom Hale said, {_l}The pier must close.{_r} He was wrong,{R} Ada Lind said."
    ) == [("The pier must close.", "Tom Hale")]


def test_my_father_would_say_is_the_teller_s_father() -> None:
    # Was no speaker: the description the outer speaker gives, hers.
    assert _nested(
        f"{L}My father would say, {_l}The pier must close.{_r} He was right,{R} Ada Lind said."
    ) == [("The pier must close.", "Ada Lind\u2019s father")]


def test_the_harbour_master_said_inside_a_quotation_is_the_description() -> None:
    assert _nested(
        f"{L}The harbour master said, {_l}The pier must close.{_r} He was right,{R} Ada Lind said."
    ) == [("The pier must close.", "The harbour master")]


def test_a_caller_who_rang_said_is_the_caller() -> None:
    # Was "we", the words after the inner quotation.
    assert _nested(
        f"{L}A caller who rang the board said, {_l}The pier must close.{_r} We all went home,{R} "
        "Ada Lind said."
    ) == [("The pier must close.", "A caller")]


def test_i_met_a_name_and_said_is_the_teller() -> None:
    # Must not go to the man she met: "and said" shares her "I" (was Tom Hale).
    assert _nested(
        f"{L}I met Tom Hale on the pier and said, {_l}It must close.{_r} He laughed,{R} "
        "Ada Lind said."
    ) == [("It must close.", "Ada Lind")]


def test_he_said_of_a_man_of_unread_sex_is_never_the_teller() -> None:
    # Must not fire for the teller: "He said, ‘…’" was hers, by the "And I
    # said" after it; now no one (Ben's sex is unread). Her own "I said"
    # stays hers.
    assert _nested(
        f"{L}Ben and I were driving in, and he was laughing. He said, {_l}The pier must close."
        f"{_r} And I said, {_l}Not while I chair the board.{_r}{R} Ada Lind said."
    ) == [("The pier must close.", None), ("Not while I chair the board.", "Ada Lind")]


def test_words_before_he_wrote_are_not_his_nor_the_teller_s() -> None:
    # "He wrote," introduces the next quotation, not the one before it (the
    # first was Ada Lind's, by that "He").
    assert _nested(
        f"{L}The notice on the gate read {_l}No more ferries.{_r} He wrote, "
        f"{_l}The pier must close.{_r}{R} Ada Lind said."
    ) == [("No more ferries.", None), ("The pier must close.", None)]


def test_i_think_other_people_say_is_not_the_teller() -> None:
    # Must not fire: "I think" opens a clause whose subject is someone else.
    assert _nested(
        f"{L}I think other people look at the pier and say, {_l}What a mess.{_r} It is not,{R} "
        "Ada Lind said."
    ) == [("What a mess.", None)]


def test_they_said_and_an_organisation_said_give_no_one() -> None:
    # Must not fire: "they" names no one; "the Harbour Board" is no person
    # (and the "We" after the inner words is not its speaker).
    assert _nested(
        f"{L}They said, {_l}The pier must close.{_r} We all went home,{R} Ada Lind said."
    ) == [("The pier must close.", None)]
    assert _nested(
        f"{L}The Harbour Board said, {_l}The pier must close.{_r} We went home,{R} Ada Lind said."
    ) == [("The pier must close.", None)]


def test_i_told_a_name_stays_the_teller_s() -> None:
    # Must not fire: she said it to him (as before).
    assert _nested(
        f"{L}I told Tom Hale, {_l}The pier must close.{_r} He laughed,{R} Ada Lind said."
    ) == [("The pier must close.", "Ada Lind")]


def test_a_name_after_the_inner_words_is_still_the_speaker() -> None:
    # Must not change: "‘…,’ Tom Hale said" inside her words, as before.
    assert _nested(
        f"{L}{_l}The pier must close,{_r} Tom Hale said, and we all went home,{R} Ada Lind said."
    ) == [("The pier must close", "Tom Hale")]


# -- A first name given in a who-clause (s41-rev's police post) -----------------


def test_he_said_after_a_first_name_given_in_a_who_clause_is_that_person() -> None:
    # Was Nora Vale, the woman named before: the lone first name "Sam" in
    # "who gave only his first name, Sam, said" was no person.
    assert said_by(
        "yelling",
        f"Nora Vale, who lives opposite, saw the crash. {L}It was loud,{R} she said.",
        "Another neighbour, who gave only his first name, Sam, said he had heard shouting "
        f"before the crash. {L}Someone was yelling about the harbour board,{R} he said.",
    ) == ["Sam"]


def test_she_said_after_a_man_given_by_first_name_is_not_him() -> None:
    # Must not fire for another sex: "his first name" makes Sam a man; her
    # "she said" stays Nora Vale's.
    assert said_by(
        "yelling",
        f"Nora Vale, who lives opposite, saw the crash. {L}It was loud,{R} she said.",
        "Another neighbour, who gave only his first name, Sam, was asleep at the time. "
        f"{L}Someone was yelling about the harbour board,{R} she said.",
    ) == ["Nora Vale"]


def test_a_first_name_given_with_no_verb_after_it_is_no_subject() -> None:
    # Must not fire: "Sam, a fisherman." names no subject of a sentence.
    assert said_by(
        "yelling",
        "Tom Hale ran the harbour board for a decade.",
        "He spoke to a neighbour, who gave only his first name, Sam, a fisherman. "
        f"{L}Someone was yelling about the harbour board,{R} he said.",
    ) == ["Tom Hale"]
