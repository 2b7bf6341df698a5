"""A label whose head stands near the name, stop 47 (branch s47-label).

ggt-dev's check half misses, counted by ``evaluation.speaker_misses``'s
"nk:" rows (structure only): a description given where the gold speaker is
a name whose mention stands within 60 characters of the same head word.
The counts pointed at: a lower-case job noun before a lone surname, named
once ("defensive coordinator Hale"); an indefinite label with words before
a title the person was given by name ("Transport Minister Ada Lind" ... "a
... minister"); "the <title>" many paragraphs after "title of X Name" or
"the judge hearing the case, Justice Ada Lind,", with eight or more other
capitalised names between. Four news posts the team wrote in those shapes
(a football game, a ferry strike, a water agency's fine, a court's ruling;
kept in ``tests/fixtures/review_label_stop47``), every quotation listed
with the speaker a careful reader writes; each one read wrong is a strict
xfail with the reason. evaluation/README.md ("A label whose head stands
near the name, stop 47") has the first read and what was fixed. Every
sentence here is written by the team."""

# ruff: noqa: E501 (the reasons are long lines)

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.library.analyze.holders import given_near, owns_noun
from quotemark.library.model import QuoteKind
from tests.library.paragraphs import (
    Posts,
    each_quotation_test,
    every_read_listed_test,
    given_to,
    review_case,
)

_POSTS = Posts(Path(__file__).resolve().parents[1] / "fixtures" / "review_label_stop47")

INL = QuoteKind.INLINE

_case = review_case

_QUOTATIONS = [
    # (s47-label (E), the four of Hale: a lone surname after a lower-case
    # job noun, "defensive coordinator Hale".)
    _case("01-coordinator", "We gave them too much room on the outside", INL, "Hale"),
    _case("01-coordinator", "A win is a win", INL, "Frank Ivers"),
    _case("01-coordinator", "I saw the ball leave his hand", INL, "Priya Nair"),
    _case("01-coordinator", "My ears are still ringing", INL, "Owen Price"),
    _case("01-coordinator", "We missed tackles", INL, "Hale"),
    _case("01-coordinator", "When the defence is tired", INL, "Dan Webb"),
    _case("01-coordinator", "We have six days to fix it", INL, "Hale"),
    _case("01-coordinator", "Northgate will not be the last team", INL, "Hale"),
    _case("01-coordinator", "Nobody in that room is going anywhere", INL, "Frank Ivers"),
    _case("02-minister", "We are not asking for the moon", INL, "Tom Hale"),
    _case("02-minister", "We are asking to see our children", INL, "Tom Hale"),
    _case("02-minister", "Nobody wants the ferries to stop", INL, "Ada Lind"),
    _case("02-minister", "It is a fair offer", INL, "Ruth Ames"),
    _case("02-minister", "Four per cent after five years", INL, "Karl Berg"),
    _case("02-minister", "The minister found the harbour only", INL, "Helen Brook"),
    _case(
        "02-minister",
        "I am not here to take sides",
        INL,
        "Ada Lind",
        "an indefinite office with a remark ('A visibly tired transport minister told reporters') is read as the one holder only when the holder is named in this paragraph or the two before (s47-label (D)); here Ada Lind was last named five paragraphs back, and further back 'a tired transport minister' may be someone else's",
    ),
    _case("02-minister", "If the boats stop", INL, "Priya Nair"),
    _case("02-minister", "We will find a way", INL, "Ada Lind"),
    _case("03-director", "We failed the people who swim", INL, "Ada Lind"),
    _case("03-director", "Nobody wants to rent a boat", INL, "Owen Price"),
    _case("03-director", "It will take two or three seasons", INL, "Carla Mendes"),
    _case("03-director", "We will come back when the tests", INL, "Simon Carver"),
    _case("03-director", "This was not bad luck", INL, "Margaret Doyle"),
    _case("03-director", "It was a known fault", INL, "Margaret Doyle"),
    _case("03-director", "Owning up counts for something", INL, "Frank Ivers"),
    _case("03-director", "It is less than the agency spends", INL, "Karl Berg"),
    _case("03-director", "People need to see the numbers", INL, "Jo Caron"),
    _case("03-director", "The new pumps are in", INL, "Ada Lind"),
    _case("03-director", "We will not send the bill", INL, "Ada Lind"),
    _case("04-judge", "A rule the city wrote for itself", INL, "Ada Lind"),
    _case("04-judge", "We are not acting out of spite", INL, "Tom Hale"),
    _case("04-judge", "Where do they go?", INL, "Priya Nair"),
    _case("04-judge", "We respect the court", INL, "Owen Price"),
    _case("04-judge", "I have a job", INL, "Ruth Ames"),
    _case("04-judge", "Every call is a risk", INL, "Karl Berg"),
    _case("04-judge", "We have been told by a court", INL, "Helen Brook"),
    _case("04-judge", "I would rather the parties settle", INL, "Ada Lind"),
    # (s47-label (A): the second "the judge" in a row.)
    _case("04-judge", "Come back with a plan", INL, "Ada Lind"),
]


test_each_quotation_kind_and_speaker = each_quotation_test(_POSTS, _QUOTATIONS)


_POST_NAMES = ["01-coordinator", "02-minister", "03-director", "04-judge"]


test_every_quotation_read_is_listed = every_read_listed_test(_POSTS, _POST_NAMES, _QUOTATIONS)


def test_the_quotation_count() -> None:
    # 38 quotations, 6 read wrong at the first read (main 306afd3c).
    assert len(_QUOTATIONS) == 38


L, R = "\u201c", "\u201d"

_BETWEEN = [
    f"Tom Hale, a deckhand, said crews worked double shifts. {L}We are not asking for the moon,{R} Hale said.",
    f"Priya Nair, who runs a shop on the quay, said deliveries were late. {L}My shelves are empty,{R} Nair said.",
]
"""People named between, none of them holding the office (a deckhand, a
shopkeeper)."""


# -- (A) a description resolved to a name registers the name there --------


def test_a_second_description_in_a_row_is_the_same_person() -> None:
    said = given_to(
        f"The judge hearing the case, Justice Ada Lind of the Superior Court, ruled on Friday. {L}A rule is a rule,{R} Lind said.",
        f"The city's lawyer, Tom Hale, argued the camp was a risk. {L}People could die,{R} Hale said.",
        "Lind also asked the two sides to meet.",
        f"{L}I would rather the parties settle,{R} the judge said.",
        f"{L}Come back with a plan,{R} the judge told the lawyers.",
    )
    assert said[-2:] == [
        ("I would rather the parties settle", "Ada Lind"),
        ("Come back with a plan", "Ada Lind"),
    ]


def test_a_pronoun_after_a_resolved_description_is_that_person() -> None:
    # (Hale is named after Lind; "the judge" resolved to Lind is nearer.)
    said = given_to(
        f"Judge Ada Lind ruled on Friday. The city's lawyer, Tom Hale, argued the camp was a risk. {L}People could die,{R} Hale said.",
        f"{L}A rule is a rule,{R} the judge said.",
        f"{L}Come back with a plan,{R} she told the lawyers.",
    )
    assert said[-1] == ("Come back with a plan", "Ada Lind")


def test_a_description_in_a_bracketed_note_is_not_built_on() -> None:
    # "[The interpreter added that she “liked the harbour”.]": the note is
    # an aside, so the interpreter it resolves to is not registered for the
    # words after it (stop 43's translated interview); the two tests above
    # are the ones that must fire, outside a note.
    said = given_to(
        "Ruth Ames runs the yard in Vigo. She spoke through an interpreter, Tom Hale.",
        f"She has never seen the island. [The interpreter added that she {L}liked the harbour{R}.] She laughs at this.",
        f"{L}It is a fine harbour. Old, but good.{R}",
    )
    assert said == [
        (f"that she {L}liked the harbour{R}", "Tom Hale"),
        ("It is a fine harbour. Old, but good.", "Ruth Ames"),
    ]


@pytest.mark.parametrize(
    ("text", "owns"),
    [
        ("Hale's spokesman said the prime minister stood by his comments. ", True),
        ("Hale\u2019s press spokesman said the prime minister stood by his comments. ", True),
        # Hale is the spokesman here, no owner.
        ("Tom Hale, the spokesman, said the minister stood by her comments. ", False),
        ("Hale's office said the spokesman would call back. ", False),
    ],
)
def test_an_owner_of_the_noun_is_not_registered(text: str, owns: bool) -> None:
    # "Cameron's spokesman said ... / “…,” the spokesman said": a reading of
    # "the spokesman" as Hale is a guess about someone else, so (A) does not
    # register Hale there for the next description or pronoun to build on.
    assert owns_noun(text, len(text), "Tom Hale", "the spokesman") is owns


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("The judge hearing the case, Justice Ada Lind of the Superior Court, ruled. ", True),
        ("Harbour City won, and defensive coordinator Lind spent the game on her knees. ", True),
        # The person in focus, never given the noun: not registered (stop
        # 29's guard: "Ada Lind closed the east pier ... the harbour master
        # said ... / “…,” the harbour master said" leaves the second unnamed).
        ("Ada Lind closed the east pier on Monday, and the ferry was late again that day. ", False),
        # The noun given to her as its owner: someone else's.
        ("Lind's judge said the hearing would resume in a week. ", False),
    ],
)
def test_a_description_registers_the_name_it_was_given_near(text: str, given: bool) -> None:
    assert (
        given_near(
            text, len(text), "Ada Lind", "the judge" if "judge" in text else "the coordinator"
        )
        is given
    )


# -- (C) remarks before the office's own words, definite ------------------


def test_remarks_before_the_holders_words_keep_the_holder() -> None:
    said = given_to(
        "Transport Minister Ada Lind said on Tuesday she would meet the union.",
        *_BETWEEN,
        f"The visibly tired transport minister told reporters: {L}I am not here to take sides.{R}",
    )
    assert said[-1] == ("I am not here to take sides.", "Ada Lind")


def test_a_word_after_the_holders_words_is_another_office() -> None:
    # "transport safety": a word the holder lacks after one she carries.
    said = given_to(
        "Transport Minister Ada Lind said on Tuesday she would meet the union.",
        *_BETWEEN,
        f"The tired transport safety minister told reporters: {L}I am not here to take sides.{R}",
    )
    assert said[-1][1] != "Ada Lind"


# -- (D) an indefinite office with a remark -------------------------------


@pytest.mark.parametrize(
    "phrase",
    ["A visibly tired transport minister told reporters:", "A weary transport minister said:"],
)
def test_an_indefinite_office_with_a_remark_is_the_holder(phrase: str) -> None:
    said = given_to(
        "Transport Minister Ada Lind said on Tuesday she would meet the union.",
        _BETWEEN[0],
        f"{phrase} {L}I am not here to take sides.{R}",
    )
    assert said[-1] == ("I am not here to take sides.", "Ada Lind")


def test_an_indefinite_office_with_a_place_after_a_remark() -> None:
    said = given_to(
        "Premier Doug Ford said the plan would pass.",
        _BETWEEN[0],
        f"A defiant Ontario premier told reporters: {L}We will not back down.{R}",
    )
    assert said[-1] == ("We will not back down.", "Doug Ford")


@pytest.mark.parametrize(
    ("first", "phrase"),
    [
        # No remark: anyone holding such an office.
        (
            "Transport Minister Ada Lind said she would meet the union.",
            "A transport minister told reporters:",
        ),
        # A remark, but the holder was given none of the office's words.
        (
            "Transport Minister Ada Lind said she would meet the union.",
            "A visibly tired health minister told reporters:",
        ),
        # A rank: someone who held it before.
        (
            "Transport Minister Ada Lind said she would meet the union.",
            "A former transport minister told reporters:",
        ),
        # Another place's premier.
        (
            "Ontario Premier Doug Ford said the plan would pass.",
            "A defiant Quebec premier told reporters:",
        ),
        # No remark before the place.
        ("Premier Doug Ford said the plan would pass.", "An Ontario premier told reporters:"),
    ],
)
def test_an_indefinite_office_that_is_someone_else(first: str, phrase: str) -> None:
    said = given_to(first, _BETWEEN[0], f"{phrase} {L}We will not back down.{R}")
    assert said[-1][1] not in ("Ada Lind", "Doug Ford")


def test_an_indefinite_office_whose_holder_is_named_far_back() -> None:
    said = given_to(
        "Transport Minister Ada Lind said on Tuesday she would meet the union.",
        *_BETWEEN,
        "Island residents rely on the ferries for school and work.",
        f"A visibly tired transport minister told reporters: {L}I am not here to take sides.{R}",
    )
    assert said[-1][1] != "Ada Lind"


# -- (E) a lone surname after a lower-case job noun -----------------------


@pytest.mark.parametrize("noun", ["defensive coordinator", "coach", "the team's director"])
def test_a_lone_surname_after_the_noun_holds_it(noun: str) -> None:
    head = noun.split()[-1]
    said = given_to(
        f"Harbour City won on Saturday, and {noun} Hale spent the fourth quarter on his knees. Quarterback Dan Webb threw two touchdowns.",
        f"Jo Caron, who kicked a field goal, said the crowd helped. {L}It was loud,{R} Caron said.",
        f"{L}We gave them too much room,{R} the {head} said.",
    )
    assert said[-1] == ("We gave them too much room", "Hale")


@pytest.mark.parametrize(
    "first",
    [
        # Two surnames given the noun: no one.
        "Harbour City won, and coordinators Hale and Berg spent the quarter on their knees. Coordinator Ross was away.",
        # The noun capitalised before the name is a title the name reader
        # reads; "coordinator Tom Hale" is read by the holder patterns: not
        # this rule (both still Tom Hale, see below).
        # A day after the noun is no one.
        "Harbour City named a new coordinator Saturday, and the fans cheered.",
        # No person noun: "the river Thames".
        "Harbour City trained by the river Thames on Saturday.",
    ],
)
def test_no_lone_surname_holder(first: str) -> None:
    said = given_to(
        first,
        f"Jo Caron, who kicked a field goal, said the crowd helped. {L}It was loud,{R} Caron said.",
        f"{L}We gave them too much room,{R} the coordinator said.",
    )
    assert said[-1][1] not in ("Hale", "Saturday", "Thames", "Ross")


def test_a_full_name_after_the_noun_is_read_as_before() -> None:
    said = given_to(
        "Harbour City won on Saturday, and defensive coordinator Tom Hale spent the fourth quarter on his knees.",
        f"Jo Caron, who kicked a field goal, said the crowd helped. {L}It was loud,{R} Caron said.",
        f"{L}We gave them too much room,{R} the coordinator said.",
    )
    assert said[-1] == ("We gave them too much room", "Tom Hale")
