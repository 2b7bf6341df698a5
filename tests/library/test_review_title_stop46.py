"""A titled person named early, "the <title>" paragraphs later, stop 46
(branch s46-title).

Four news posts the team wrote (rural clinics kept open, a cup derby, a
wildfire review, a hospital budget), each naming a titled person early
("Health Minister Ada Lind", "Coach Tom Hale", "Premier Helen Brook", "Fire
Chief Simon Carver", "Nurse Ruth Ames", "Dr. Owen Price", "Prof. Helen
Brook"), several other people in between (other titled people among them:
a deputy minister, a former premier, a finance minister beside a health
minister, a former finance minister), and "the <title>" paragraphs later:
"the minister said", "the coach added", "“…,” the premier told reporters",
"According to the chief", at the start of a paragraph and after a
quotation. They are kept in ``tests/fixtures/review_title_stop46``. Every
quotation is listed with the speaker a careful reader writes (the name
without its titles); each one read wrong is a strict xfail with the
reason. evaluation/README.md ("A title named early, 'the <title>' later,
stop 46") has the first read and what was fixed. Every sentence here is
written by the team."""

# ruff: noqa: E501 (the reasons are long lines)

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.library.model import QuoteKind
from tests.library.paragraphs import (
    Posts,
    each_quotation_test,
    every_read_listed_test,
    review_case,
    shown,
)

_POSTS = Posts(Path(__file__).resolve().parents[1] / "fixtures" / "review_title_stop46")

INL = QuoteKind.INLINE

_case = review_case

_QUOTATIONS = [
    _case("01-clinics", "We listened to the people who use", INL, "Ada Lind"),
    _case("01-clinics", "I will believe it when the rota", INL, "Margaret Doyle"),
    _case("01-clinics", "We have heard promises in this hall", INL, "Margaret Doyle"),
    _case("01-clinics", "We can keep the doors open, but", INL, "Owen Price"),
    _case("01-clinics", "Right now that somebody is me, most", INL, "Owen Price"),
    _case("01-clinics", "People took other jobs because they thought", INL, "Carla Mendes"),
    _case("01-clinics", "There is no new borrowing involved", INL, "Karl Berg"),
    _case("01-clinics", "The savings will come from administration", INL, "Karl Berg"),
    _case("01-clinics", "This was a bad plan from the", INL, "Jo Caron"),
    _case("01-clinics", "I want to hear from the nurses", INL, "Ada Lind"),
    _case("01-clinics", "We will publish the weekend rota for", INL, "Ada Lind"),
    _case("01-clinics", "If a clinic cannot be staffed, I", INL, "Ada Lind"),
    _case("01-clinics", "Not while I hold this job", INL, "Ada Lind"),
    _case("01-clinics", "We have her words on the record", INL, "Margaret Doyle"),
    _case("01-clinics", "A rota is a piece of paper", INL, "Owen Price"),
    _case("01-clinics", "Doctors are people, and we need more", INL, "Owen Price"),
    _case("02-derby", "We knew Rovers would tire if we", INL, "Tom Hale"),
    _case("02-derby", "The plan was to wait, and the", INL, "Tom Hale"),
    _case("02-derby", "It was a good goal, but I", INL, "Dan Webb"),
    _case("02-derby", "We stopped playing after half-time", INL, "Dan Webb"),
    _case("02-derby", "I just aimed for the near post", INL, "Priya Nair"),
    _case("02-derby", "Jamie did the hard part", INL, "Priya Nair"),
    _case("02-derby", "We work on set pieces every Thursday", INL, "Jamie Okafor"),
    _case("02-derby", "There was a foul on our centre-back", INL, "Frank Ivers"),
    _case("02-derby", "I will be talking to the league", INL, "Frank Ivers"),
    _case("02-derby", "That is the best atmosphere I have", INL, "Simon Carver"),
    _case("02-derby", "We had four players out, and the", INL, "Tom Hale"),
    _case("02-derby", "Ruth has been patient all season", INL, "Tom Hale"),
    _case("02-derby", "She deserved that moment more than anyone", INL, "Tom Hale"),
    _case("02-derby", "The music was on before the boots", INL, "Lee Moss"),
    _case("02-derby", "They have earned the rest, and I", INL, "Tom Hale"),
    _case("02-derby", "We will be back, and we will", INL, "Frank Ivers"),
    _case("03-wildfire", "Every family that lost a home deserves", INL, "Helen Brook"),
    _case("03-wildfire", "My crews worked eighteen-hour shifts for weeks", INL, "Simon Carver"),
    _case("03-wildfire", "I will welcome any review that looks", INL, "Simon Carver"),
    _case("03-wildfire", "The government waited until the smoke cleared", INL, "Frank Ivers"),
    _case("03-wildfire", "We cannot spend another summer watching the", INL, "Priya Nair"),
    _case("03-wildfire", "We had twenty minutes to leave, and", INL, "Owen Price"),
    _case("03-wildfire", "Two water bombers will be in service", INL, "Karl Berg"),
    _case("03-wildfire", "I want it done before the next", INL, "Helen Brook"),
    _case("03-wildfire", "Nothing will be kept from the review", INL, "Helen Brook"),
    _case("03-wildfire", "We start training new recruits in March", INL, "Simon Carver"),
    _case("03-wildfire", "We lost homes, but we did not", INL, "Simon Carver"),
    _case("03-wildfire", "That is what I am proudest of", INL, "Simon Carver"),
    _case("03-wildfire", "Six months is fine, if it is", INL, "Priya Nair"),
    _case("03-wildfire", "We are stretched across too much country", INL, "Simon Carver"),
    _case("03-wildfire", "Reviews are what governments order when they", INL, "Frank Ivers"),
    _case("04-hospital", "A ward is walls and beds", INL, "Ruth Ames"),
    _case("04-hospital", "It is not care until somebody is", INL, "Ruth Ames"),
    _case("04-hospital", "Every one of those people is in", INL, "Owen Price"),
    _case("04-hospital", "The pattern is always the same: a", INL, "Helen Brook"),
    _case("04-hospital", "I could not walk to the shops", INL, "Margaret Doyle"),
    _case("04-hospital", "People here give because they have been", INL, "Karl Berg"),
    _case("04-hospital", "This is the largest capital investment in", INL, "Tom Hale"),
    _case("04-hospital", "Nobody can call it small", INL, "Tom Hale"),
    _case("04-hospital", "You can borrow for a building, but", INL, "Frank Ivers"),
    _case("04-hospital", "We will hire as the ward is", INL, "Ada Lind"),
    _case("04-hospital", "There are 60 nursing places at Vale", INL, "Ada Lind"),
    # (s46-title: of two ministers, the one whose office carries 'finance'.)
    _case("04-hospital", "It is planned, and it is counted", INL, "Tom Hale"),
    # (s46-title: 'The nurse was not convinced.' opens with the title Ruth Ames holds.)
    _case("04-hospital", "Sixty students is two years away from", INL, "Ruth Ames"),
    # (s46-title, these three: 'Dr.' / 'Prof.' written short hold 'the
    # doctor' / 'the professor'.)
    _case("04-hospital", "Put the names of the jobs next", INL, "Helen Brook"),
    _case("04-hospital", "The budget is a start, and I", INL, "Owen Price"),
    _case("04-hospital", "But they ask me for a date", INL, "Owen Price"),
    _case("04-hospital", "I will bring a cake for whoever", INL, "Margaret Doyle"),
]


test_each_quotation_kind_and_speaker = each_quotation_test(_POSTS, _QUOTATIONS)


_POST_NAMES = ["01-clinics", "02-derby", "03-wildfire", "04-hospital"]


test_every_quotation_read_is_listed = every_read_listed_test(_POSTS, _POST_NAMES, _QUOTATIONS)


def test_the_quotation_count() -> None:
    # 64 quotations, 5 read wrong at the first read (main 1bda4392), all in 04.
    assert len(_QUOTATIONS) == 64


_shown = shown
L, R = "\u201c", "\u201d"


_BETWEEN = [
    f"Jo Caron, who runs a bakery, said prices had risen. {L}Flour costs twice what it did,{R} Caron said.",
    f"Owen Price, a farmer, agreed. {L}Diesel is the killer,{R} he said.",
    f"Margaret Doyle of the chamber of commerce said the town was struggling. {L}Shops are closing,{R} Doyle said.",
]
"""People named between the titled person and "the <title>", none of them
holding the title (a bakery owner, a farmer, a chamber's member)."""


# -- "Dr. Ada Lind" ... "the doctor": a title written short is the noun --


@pytest.mark.parametrize(
    ("title", "noun"),
    [("Dr.", "doctor"), ("Prof.", "professor"), ("Rev.", "reverend"), ("Gen.", "general")],
)
def test_a_title_written_short_holds_its_noun_over_people_named_since(title: str, noun: str) -> None:
    # (Gave Margaret Doyle, the person named last: the short title was not
    # read as the noun.)
    assert _shown(
        f"{title} Ada Lind spoke first at the hearing.",
        *_BETWEEN,
        f"{L}The numbers are clear,{R} the {noun} said.",
    )[-1] == ("Ada Lind", f"the {noun}")


def test_two_people_with_the_short_title_leave_the_nearest() -> None:
    # Must not fire: "Dr. Ada Lind" and "Dr. Tom Hale" both hold "the
    # doctor", so neither is chosen over the rules' own reading.
    assert _shown(
        "Dr. Ada Lind and Dr. Tom Hale spoke first at the hearing.",
        *_BETWEEN,
        f"{L}The numbers are clear,{R} the doctor said.",
    )[-1] != ("Ada Lind", "the doctor")


# -- "Nurse Ruth Ames" ... "the nurse": a title before a name, no office --


def test_a_title_before_a_name_holds_its_noun_further_back_than_two_paragraphs() -> None:
    # (Gave Margaret Doyle: "nurse" is no office noun, and Ruth Ames was named
    # three paragraphs back.)
    assert _shown(
        "Nurse Ruth Ames runs the night shift on the surgical floor.",
        *_BETWEEN,
        f"{L}We are short every night,{R} the nurse said.",
    )[-1] == ("Ruth Ames", "the nurse")


def test_a_noun_written_lower_case_before_a_name_is_no_title() -> None:
    # Must not fire: "the nurse Ruth Ames" is no title written before a name
    # (lower case, as in running text), and "the nurse" far on is not hers.
    assert _shown(
        "The ward was run by the nurse that year; Ruth Ames took over in June.",
        *_BETWEEN,
        f"{L}We are short every night,{R} the nurse said.",
    )[-1] != ("Ruth Ames", "the nurse")


# -- "Health Minister ... Finance Minister ...": the modifier chooses --


def test_of_two_ministers_the_one_whose_office_the_description_names() -> None:
    # (Gave Tom Hale, the minister named last, for "the health minister".)
    paragraphs = [
        "Health Minister Ada Lind said the clinics would stay open.",
        *_BETWEEN[:2],
        f"Finance Minister Tom Hale said the money was there. {L}It is budgeted,{R} Hale said.",
    ]
    assert _shown(*paragraphs, f"{L}We will publish the rota,{R} the health minister said.")[-1] == (
        "Ada Lind",
        "the health minister",
    )
    assert _shown(*paragraphs, f"{L}We will find it,{R} the finance minister said.")[-1] == (
        "Tom Hale",
        "the finance minister",
    )


def test_a_pronoun_after_the_finance_minister_opens_a_sentence() -> None:
    # (Gave Frank Ivers, the former finance minister named last: the two
    # current ministers made "the finance minister" no one's.)
    assert _shown(
        "Finance Minister Tom Hale and Health Minister Ada Lind presented the budget.",
        f"Former finance minister Frank Ivers said it did not add up. {L}You cannot borrow for a salary,{R} Ivers said.",
        f"The finance minister said the money would come next year. {L}It is planned,{R} he said.",
    )[-1] == ("Tom Hale", None)


def test_a_modifier_no_minister_carries_chooses_no_one() -> None:
    # Must not fire: "the transport minister" is not Lind's office, so the
    # minister named further back is not chosen for it (the rules' own
    # reading, the person named last, stands).
    assert _shown(
        "Health Minister Ada Lind said the clinics would stay open.",
        *_BETWEEN[:2],
        f"Finance Minister Tom Hale said the money was there. {L}It is budgeted,{R} Hale said.",
        f"{L}The buses will run,{R} the transport minister said.",
    )[-1][0] != "Ada Lind"


# -- "The premier was asked ... “…,” he said": an office opening the sentence --


def test_a_pronoun_after_a_sentence_the_office_opens_without_saying() -> None:
    # (Gave Margaret Doyle: only a verb of saying after "the premier" made
    # it the sentence's subject for the "he" that follows.)
    assert _shown(
        "Premier Doug Ford announced the plan on Monday.",
        *_BETWEEN,
        f"The premier was asked about the cost. {L}We will build it,{R} he said.",
    )[-1][0] == "Doug Ford"


def test_a_pronoun_of_the_other_sex_is_not_the_office_holder() -> None:
    # Must not fire: the premier is a woman the text named, "he" is not her.
    assert _shown(
        f"Premier Ada Lind announced the plan on Monday. {L}It will be built,{R} she said.",
        *_BETWEEN,
        f"The premier was asked about the cost. {L}We will build it,{R} he said.",
    )[-1][0] != "Ada Lind"


# -- "Ontario Premier Doug Ford ... (far on) ... Ontario's premier" --


@pytest.mark.parametrize(
    ("first", "description", "holder"),
    [
        ("Ontario Premier Doug Ford spoke on Monday.", "Ontario's premier", "Doug Ford"),
        ("Premier François Legault spoke on Monday.", "Quebec's premier", "François Legault"),
        ("Toronto Police Chief Mark Saunders spoke on Monday.", "Toronto's police chief", "Mark Saunders"),
    ],
)
def test_a_place_s_office_is_its_one_holder_however_far_back(
    first: str, description: str, holder: str
) -> None:
    # (A label: the holder was named more than two paragraphs back.)
    assert _shown(first, *_BETWEEN, f"{L}We are ready,{R} {description} said.")[-1] == (
        holder,
        description,
    )


def test_an_office_another_owner_s_word_opens_is_not_the_place_s() -> None:
    # Must not fire: "Microsoft CEO Satya Nadella" is not "Google's CEO",
    # and two premiers leave "Quebec's premier" no one's.
    assert _shown(
        "Microsoft CEO Satya Nadella spoke on Monday.",
        *_BETWEEN,
        f"{L}We are ready,{R} Google's CEO said.",
    )[-1][0] != "Satya Nadella"
    assert _shown(
        "Premier François Legault and Premier Doug Ford spoke on Monday.",
        *_BETWEEN,
        f"{L}We are ready,{R} Quebec's premier said.",
    )[-1][0] not in ("François Legault", "Doug Ford")


# -- "Asked about the deficit, the finance minister said ... “…,” he said" --


def test_an_office_after_a_participle_s_phrase_is_the_sentence_s_subject() -> None:
    # (Gave Margaret Doyle: "Asked" was read as the first word of a name.)
    assert _shown(
        "Finance Minister Bill Morneau spoke on Monday.",
        *_BETWEEN,
        f"Asked about the deficit, the finance minister said it would shrink. {L}We are ready,{R} he said.",
    )[-1][0] == "Bill Morneau"


def test_a_name_ending_in_ed_opens_no_phrase() -> None:
    # Must not fire: "Mohammed Ali, the mayor said" opens with a name (an
    # upper-case word after it), so the sentence's office is not the "he".
    assert _shown(
        "Mayor Tom Hale spoke on Monday.",
        *_BETWEEN,
        f"Mohammed Ali, the mayor said, would chair the board. {L}We are ready,{R} he said.",
    )[-1][0] != "Tom Hale"


# -- Left: forms the team found read wrong and did not fix (strict xfails) --


@pytest.mark.xfail(
    strict=True,
    reason="'Premier Doug Ford's government ... “…,” the premier said': the possessive ends the capitalised run before the surname, so 'Doug' is read as a surname after the title and no one holds the office by name; reading the full name (as a mention or as a possessor) moved two PolNeAR train check reported quotations and dropped that share (0.8319 -> 0.8316), so it was taken back",
)
def test_a_titled_name_in_a_possessive_holds_the_office() -> None:
    assert _shown(
        "Premier Doug Ford's government announced the plan on Monday.",
        f"{L}We will build it,{R} the premier said.",
    ) == [("Doug Ford", "the premier")]


def test_a_place_word_the_holder_was_not_given_names_the_one_holder() -> None:
    # (Gave Owen Price, the man named last: "ontario" was no word of Ford's
    # title, so the one premier named was not chosen.)
    assert _shown(
        "Premier Doug Ford spoke on Monday.",
        *_BETWEEN,
        f"{L}We will build it,{R} the Ontario premier said.",
    )[-1] == ("Doug Ford", "the Ontario premier")


def test_another_place_s_premier_or_a_lower_case_word_is_not_the_holder() -> None:
    # Must not fire: "Quebec Premier François Legault" is not "the Ontario
    # premier", and "the new premier" is not the premier named before.
    assert _shown(
        "Quebec Premier François Legault spoke on Monday.",
        *_BETWEEN,
        f"{L}We will build it,{R} the Ontario premier said.",
    )[-1][0] != "François Legault"
    assert _shown(
        "Premier Doug Ford spoke on Monday.",
        *_BETWEEN,
        f"{L}We will build it,{R} the new premier said.",
    )[-1][0] != "Doug Ford"


def test_an_office_of_a_two_word_body() -> None:
    # (A strict xfail until stop 48: s48-far's "Title of Cap Cap Name" shape,
    # far_holders._far_pattern, reads the body of two words.)
    assert _shown(
        "Minister of Foreign Affairs Chrystia Freeland spoke on Monday.",
        *_BETWEEN,
        f"{L}We are ready,{R} the foreign affairs minister said.",
    )[-1] == ("Chrystia Freeland", "the foreign affairs minister")


# -- "Chief Tom Hale and Deputy Chief Ada Lind": a deputy holds another office --


def test_a_deputy_is_passed_over_for_the_office_itself() -> None:
    # (Gave Owen Price, the man named last: two holders of "chief".)
    assert _shown(
        "Chief Tom Hale and Deputy Chief Ada Lind spoke on Monday.",
        *_BETWEEN,
        f"{L}We were ready,{R} the chief said.",
    )[-1] == ("Tom Hale", "the chief")


def test_a_former_holder_leaves_the_office_no_one_s() -> None:
    # Must not fire: "former chief Ada Lind" held this office, so with two
    # holders neither is chosen over the rules' own reading.
    assert _shown(
        "Chief Tom Hale and former chief Ada Lind spoke on Monday.",
        *_BETWEEN,
        f"{L}We were ready,{R} the chief said.",
    )[-1][0] not in ("Tom Hale", "Ada Lind")
