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
from tests.library.paragraphs import Posts, review_case, shown

_POSTS = Posts(Path(__file__).resolve().parents[1] / "fixtures" / "review_title_stop46")

INL = QuoteKind.INLINE

# Why each misreading is left (a key per construction).
_OTHER_RANK = "'Finance Minister Tom Hale ... Former finance minister Frank Ivers ... “…,” the finance minister said' gives the former holder, the nearest"
_TITLE_NOT_OFFICE = "'Nurse Ruth Ames ... (eight paragraphs, other people) ... “…,” the nurse said' gives the nearest person: 'nurse' is no office noun, and the holder is named further back than two paragraphs"
_SHORT_TITLE = "'Dr. Owen Price' / 'Prof. Helen Brook' then 'the doctor' / 'the professor': the title written short is not read as the noun, so the nearest person is given"

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
    _case("04-hospital", "It is planned, and it is counted", INL, "Tom Hale", _OTHER_RANK),
    _case("04-hospital", "Sixty students is two years away from", INL, "Ruth Ames", _TITLE_NOT_OFFICE),
    _case("04-hospital", "Put the names of the jobs next", INL, "Helen Brook", _SHORT_TITLE),
    _case("04-hospital", "The budget is a start, and I", INL, "Owen Price", _SHORT_TITLE),
    _case("04-hospital", "But they ask me for a date", INL, "Owen Price", _SHORT_TITLE),
    _case("04-hospital", "I will bring a cake for whoever", INL, "Margaret Doyle"),
]


@pytest.mark.parametrize(("post", "words", "kind", "speaker"), _QUOTATIONS)
def test_each_quotation_kind_and_speaker(
    post: str, words: str, kind: QuoteKind, speaker: str
) -> None:
    assert _POSTS.reading_of(post, words) == [(kind, speaker)]


_POST_NAMES = ["01-clinics", "02-derby", "03-wildfire", "04-hospital"]


@pytest.mark.parametrize("post", _POST_NAMES)
def test_every_quotation_read_is_listed(post: str) -> None:
    # The table above lists every quotation a careful reader finds, so a new
    # reading shows here.
    listed = [p.values[1] for p in _QUOTATIONS if p.values[0] == post]
    for text, _kind, _who in _POSTS.readings(post):
        assert any(words in text for words in listed), text


def test_the_quotation_count() -> None:
    # 64 quotations, 5 read wrong at the first read (main 1bda4392), all in 04.
    assert len(_QUOTATIONS) == 64


_shown = shown
L, R = "\u201c", "\u201d"
