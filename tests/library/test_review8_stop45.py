"""Do stop 44's fixes carry? Five new posts of five kinds already fixed,
stop 45 (branch s45-rev8).

Stop 44 wrote ten posts of kinds researchers cite (``test_review5_stop44.py``:
fact-check, NGO report, trade press, book review, local disaster, 37 % misread
at first read; ``test_review6_stop44.py``: radio transcript, legal blog,
think-tank brief, student paper, election night, 32 %) and fixed what
generalised. Here are five new posts of five of those kinds, with new people,
new places and the kind's usual constructions, not the old posts' sentences: a
fact-check (the claim line, a group's video caption, a councillor who shared
it, a licence application quoted, experts rung, the group's reply, an update
pinned under the post); a trade-press market story (an airline's profit
warning, analysts at firms, a note to clients, ratings and a route's nickname
in marks, an unnamed fund manager with a long description); a local disaster
story (a flood: a group commander named once then "the commander", residents
by description only, a first name alone, a child's words through a parent, a
council statement); a student paper (class years, an administration email and
its words quoted back inside a student's, an unnamed sophomore, a chant and
signs, a tour guide's words inside a first-year's); and an election night (a
recount, chants, a winner and a concession in turn, a shout inside the
loser's attribution, "wrote on X"). They are kept in
``tests/fixtures/review8_stop45``. Every quotation of every post is listed
below with its kind and the speaker a careful reader would write (the name
without its titles, else the description the text gave first), written by
hand with the posts before anything was run; each one read wrong is a strict
xfail with the reason, so a fix shows as a pass to take off the list.
evaluation/README.md ("Do stop 44's fixes carry? ..., stop 45 (branch
s45-rev8)") gives the first read: 27 of 116 misread (23 %) as the gold was
written, 25 (22 %) with its two faults mended (one quotation's words held
by another too; an article, "The Environment Agency", written into a name).
Every sentence here is written by the team."""

# ruff: noqa: E501 (the reasons are long lines)

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.library.model import QuoteKind
from tests.library.paragraphs import (
    Posts,
    every_read_listed_test,
    no_quotation_test,
    review_case,
    said_by,
)

_POSTS = Posts(Path(__file__).resolve().parents[1] / "fixtures" / "review8_stop45")

INL, PAR, NES, BLK = QuoteKind.INLINE, QuoteKind.PARTIAL, QuoteKind.NESTED, QuoteKind.BLOCK

# Why each misreading is left (a key per construction; evaluation/README.md,
# "Do stop 44's fixes carry?").
_CLAIM_LINE = "'The claim: Brannock Water has “started pumping” water ...' (a fact-check's claim line) goes to the claim's subject, not to the group that posted it (stop 44's claim line, not read then, now read with the subject as speaker)"
_CAPTION = "'“…,” the caption reads' shows 'the caption', not the group whose video it captions (Esk Valley Truth, named in the sentence before)"
_CALLS_ITSELF = (
    "'The group ... calls itself “…”' (a self-description after 'calls itself') is not read"
)
_ONE_REPLY = "'One reply says the water now tastes “…”' goes to Bryony Askew, the woman quoted before: a reply (a document) brought in by 'One' is no speaker"
_DOCUMENT_DESCRIBES = "'The application describes the intake as “…” and says the water will pass through “…”' goes to Brannock Water, who applied (the issuer, defensible), not to the application the sentence makes the subject (stop 44's 'The tender calls the building “…”' again)"
_PRONOUN_CALLED = "'She called the raised chlorine “…”' is not read: a bare pronoun before a naming verb is read only after a sentence opening with the name (phrases._after_named_subject; reading it from any resolution lost check figures at stops 20, 21 and 29)"
_PINNED = (
    "'the group pinned a comment under the video: “…”' goes to Jen, quoted before, not to the group"
)
_HEADLINE = "a headline's words in marks after 'analysts warn of' or 'students say the cut' (no speaker named, the sentence a headline) are not read"
_POINTED_TO = "'It pointed to “…” fuel prices' (words in marks qualifying the noun after them, after 'pointed to') is not read (stop 44's 'It blamed “…” spot rates' again)"
_CHANT_OF = "'they broke into a chant of “…” and then “…”' reads the first as a partial quotation of the returning officer, named in the clause before, and the second not at all"
_CALLED_OUT = "'Drummond said, as a few of his supporters called out “Shame!”' reads the shout as Drummond's partial quotation"

_case = review_case


_QUOTATIONS = [
    # 01: fact-check: the claim line, a group's video caption, a councillor's share, a document, experts rung.
    _case("01-factcheck", "started pumping", PAR, "Esk Valley Truth", _CLAIM_LINE),
    _case(
        "01-factcheck",
        "They are putting chemical works water in your kettle",
        INL,
        "Esk Valley Truth",
        _CAPTION,
    ),
    _case(
        "01-factcheck", "independent news for the valley", PAR, "Esk Valley Truth", _CALLS_ITSELF
    ),
    _case("01-factcheck", "Residents deserve answers on this today.", INL, "Bryony Askew"),
    _case("01-factcheck", "not meant to endorse it", PAR, "Bryony Askew"),
    _case("01-factcheck", "like a swimming pool", PAR, "One reply", _ONE_REPLY),
    _case(
        "01-factcheck", "a drought resilience measure", PAR, "The application", _DOCUMENT_DESCRIBES
    ),
    _case(
        "01-factcheck",
        "the full treatment process at Pennock works",
        PAR,
        "The application",
        _DOCUMENT_DESCRIBES,
    ),
    _case("01-factcheck", "Not a drop of water from below the works", INL, "Gareth Lowry"),
    _case("01-factcheck", "The new intake is above the town", INL, "Gareth Lowry"),
    _case("01-factcheck", "That is routine, and it is over now.", INL, "Gareth Lowry"),
    _case("01-factcheck", "Eleven miles upstream is not close", INL, "Shirin Vaughan"),
    _case("01-factcheck", "The works could not affect that water", INL, "Shirin Vaughan"),
    _case("01-factcheck", "exactly what you would expect", PAR, "Shirin Vaughan", _PRONOUN_CALLED),
    _case("01-factcheck", "If anything, it tells you", INL, "Shirin Vaughan"),
    _case("01-factcheck", "No. Boiling is for a notice", INL, "Morwenna Tregear"),
    _case("01-factcheck", "asking questions people are entitled to ask", PAR, "Jen"),
    _case("01-factcheck", "Everyone in the valley knows", INL, "Jen"),
    _case("01-factcheck", "Company says intake is upstream.", INL, "Esk Valley Truth", _PINNED),
    _case("01-factcheck", '"putting chemical works water"', PAR, "Esk Valley Truth"),
    # 02: trade press: a headline's analysts, a company's words after 'pointed to', ratings, a note to clients, a fund manager unnamed.
    _case("02-trade", "a long winter", PAR, "analysts", _HEADLINE),
    _case("02-trade", "stubbornly high", PAR, "Skylark Air", _POINTED_TO),
    _case("02-trade", "This is the guidance cut the market feared", INL, "Farid Osei"),
    _case("02-trade", "Nine routes is not trimming", INL, "Farid Osei"),
    _case("02-trade", "still the cleanest in the sector", PAR, "Farid Osei"),
    _case("02-trade", "run out of road", PAR, "Analysts at Harrowgate Bank"),
    _case("02-trade", "within eighteen months", PAR, "Analysts at Harrowgate Bank"),
    _case("02-trade", "committed to the regions we serve", PAR, "Skylark Air"),
    _case("02-trade", "persistently loss-making", PAR, "Skylark Air"),
    _case("02-trade", "painful but overdue", PAR, "Annika Brell"),
    _case("02-trade", "We have carried some of these routes", INL, "Annika Brell"),
    _case("02-trade", "Hope is not a fuel.", INL, "Annika Brell"),
    _case("02-trade", "Our door is open.", INL, "Annika Brell"),
    _case(
        "02-trade",
        "too little about cash",
        PAR,
        "A fund manager at a Caerlow investment house that holds about 4% of the shares",
    ),
    _case(
        "02-trade",
        "They told us about routes.",
        INL,
        "A fund manager at a Caerlow investment house that holds about 4% of the shares",
    ),
    _case("02-trade", "The airline has been here before", INL, "Helena Fawcett"),
    _case("02-trade", "I'm adding at these prices.", INL, "Helena Fawcett"),
    _case("02-trade", "modestly at best", PAR, "a survey by the consultancy Meridian Aviation"),
    _case("02-trade", "Everyone is short of aircraft", INL, "Tobias Rennick"),
    _case("02-trade", "That squeeze is not going away", INL, "Tobias Rennick"),
    _case(
        "02-trade",
        "still 14% below 2019",
        PAR,
        "A report from the Regional Airports Group published last month",
    ),
    _case("02-trade", "the real problem underneath all this", PAR, "Tobias Rennick"),
    _case("02-trade", "If they come to the market before Christmas", INL, "Farid Osei"),
    # 03: local disaster: a commander named once then 'the commander', residents by description, a first name, a child through a parent.
    _case("03-disaster", "We had crews in the water", INL, "Imran Thorley"),
    _case("03-disaster", "I have been doing this for twenty-two years", INL, "Imran Thorley"),
    _case("03-disaster", "Thirty centimetres of moving water", INL, "Imran Thorley"),
    _case("03-disaster", "like someone had turned on a tap", PAR, "One woman"),
    _case("03-disaster", "By the time I found my torch", INL, "One woman"),
    _case("03-disaster", "I stood on the bed and rang my son.", INL, "One woman"),
    _case("03-disaster", "The freezers are gone", INL, "Dev"),
    _case("03-disaster", "I had insurance until March.", INL, "Dev"),
    _case("03-disaster", "the cat, my tablets and the clothes", PAR, "Another resident"),
    _case("03-disaster", "She was more excited than scared", INL, "A father of two"),
    _case("03-disaster", "She said to me, ", INL, "A father of two"),
    _case("03-disaster", "Dad, can we keep the boat?", NES, "his daughter"),
    _case("03-disaster", "I told them I'd stayed for the 1998 flood", INL, "A retired postman"),
    _case("03-disaster", "Then the water reached the second stair", INL, "A retired postman"),
    _case("03-disaster", "doing everything we can", PAR, "Esk Valley Council"),
    _case("03-disaster", "We have opened rest centres", INL, "Esk Valley Council"),
    _case("03-disaster", "Nobody who needs a bed tonight", INL, "Esk Valley Council"),
    _case("03-disaster", "Pennock has been knocked down before", INL, "Rhiannon Bellamy"),
    _case("03-disaster", "We've done four hundred bacon rolls", INL, "Alun Prothero"),
    _case("03-disaster", "People just keep walking in", INL, "Alun Prothero"),
    _case("03-disaster", "A little boy came in wearing", INL, "One volunteer"),
    _case("03-disaster", "at or near the end of their design standard", PAR, "Environment Agency"),
    _case("03-disaster", "We will review the performance", INL, "an agency spokeswoman"),
    _case("03-disaster", "too soon", PAR, "Imran Thorley"),
    _case("03-disaster", "What I can tell you is the water", INL, "Imran Thorley"),
    # 04: student paper: class years, an administration email and words of it quoted back, a sophomore unnamed, a chant, a guide inside a student's words.
    _case("04-student", "came out of nowhere", PAR, "students", _HEADLINE),
    _case("04-student", "Following a review of overnight usage", INL, "the email"),
    _case("04-student", "We encourage students to make use", INL, "the email"),
    _case("04-student", "extended evening hours", NES, "the email"),
    _case("04-student", "like that's a favor", INL, "Marcus Obi"),
    _case("04-student", "Half of us work shifts until ten", INL, "Marcus Obi"),
    _case("04-student", "If you commute, the library", INL, "Leah Sandoval"),
    _case("04-student", "I can't go back to my room", INL, "Leah Sandoval"),
    _case("04-student", "We found out at the same time", INL, "One sophomore"),
    _case("04-student", "My supervisor looked as surprised", INL, "One sophomore"),
    _case("04-student", "Nobody asked us, and we meet every month", INL, "Dmitri Halvorsen"),
    _case("04-student", "A library that closes when students", INL, "Dmitri Halvorsen"),
    _case("04-student", "We know that some students rely", INL, "Celeste Ambrose"),
    _case("04-student", "But we have to put our staff", INL, "Celeste Ambrose"),
    _case("04-student", "a quiet overnight room", PAR, "Celeste Ambrose"),
    _case("04-student", "Open all night!", INL, "Students at the sit-in"),
    _case("04-student", "treated the library like a cost", PAR, "Jonah Whitcombe"),
    _case("04-student", "We're not asking for a new building", INL, "Jonah Whitcombe"),
    _case("04-student", "We're asking them to leave the lights on", INL, "Jonah Whitcombe"),
    _case("04-student", "On my tour, the guide told us", INL, "Nadia Ferreira"),
    _case("04-student", "This floor never closes", NES, "the guide"),
    _case("04-student", "That was a big selling point", INL, "Nadia Ferreira"),
    _case("04-student", "look into the concerns raised", PAR, "Leonard Ashcombe"),
    _case("04-student", "We'll be here every night", INL, "Marcus Obi"),
    # 05: election night: chants, a winner and a concession in turn, a shout into the attribution, 'wrote on X'.
    _case("05-election", "Ada-eze! Ada-eze!", INL, "Okonkwo's supporters", _CHANT_OF),
    _case("05-election", "Save the bus!", INL, "Okonkwo's supporters", _CHANT_OF),
    _case("05-election", "This was not my win.", INL, "Adaeze Okonkwo"),
    _case("05-election", "Tonight Caerlow West said enough.", INL, "Adaeze Okonkwo"),
    _case("05-election", "at the very first meeting", PAR, "Adaeze Okonkwo"),
    _case("05-election", "I will be the councillor who answers", INL, "Adaeze Okonkwo"),
    _case("05-election", "We knew it would be close", INL, "Bernard Achterberg"),
    _case("05-election", "The recount was the longest", INL, "Bernard Achterberg"),
    _case("05-election", "I congratulate Adaeze Okonkwo", INL, "Graham Drummond"),
    _case("05-election", "Shame!", INL, "a few of his supporters", _CALLED_OUT),
    _case("05-election", "It has been the privilege of my life", INL, "Graham Drummond"),
    _case("05-election", "Twelve years is a good innings", INL, "Graham Drummond"),
    _case("05-election", "The voters will have had their reasons", INL, "Graham Drummond"),
    _case("05-election", "I've seen a lot of counts", INL, "Graham Drummond"),
    _case("05-election", "put the buses on every leaflet", PAR, "Saoirse Cullen"),
    _case("05-election", "Nobody was talking about the 14 route", INL, "Saoirse Cullen"),
    _case("05-election", "Now the new councillor has made", INL, "Saoirse Cullen"),
    _case("05-election", "She's promised the moon", INL, "Ivor Pennant"),
    _case("05-election", "Let's see it.", INL, "Ivor Pennant"),
    _case("05-election", "Congratulations to Cllr-elect Okonkwo", INL, "Mabli Rhys"),
    _case("05-election", "A single-issue campaign won", INL, "Dafydd Morgan"),
    _case("05-election", "Wait until she has to vote", INL, "Dafydd Morgan"),
    _case("05-election", "I had people queuing at the door", INL, "Glenys Howell"),
    _case("05-election", "Ask me on Monday", INL, "Adaeze Okonkwo"),
]

_NOT_QUOTATIONS = [
    pytest.param("01-factcheck", '"poison"', id="01-factcheck:poison"),
    pytest.param("02-trade", '"buy"', id="02-trade:buy"),
    pytest.param("02-trade", '"sell"', id="02-trade:sell"),
    pytest.param("02-trade", '"hold"', id="02-trade:hold"),
    pytest.param("02-trade", '"Blue Six"', id="02-trade:Blue Six"),
    pytest.param("04-student", "Finals don't close at midnight", id="04-student:sign"),
    pytest.param("04-student", "Whose library?", id="04-student:sign 2"),
]


@pytest.mark.parametrize(("post", "words", "kind", "speaker"), _QUOTATIONS)
def test_each_quotation_kind_and_speaker(
    post: str, words: str, kind: QuoteKind, speaker: str
) -> None:
    # A quotation that is the words alone is that one, not a longer one
    # holding them. A description's first letter is shown as the sentence
    # wrote it or in lower case after a pronoun: its case aside.
    found = _POSTS.reading_of(post, words)
    assert [(k, (who or "").casefold()) for k, who in found] == [(kind, speaker.casefold())]


test_words_in_marks_that_are_no_quotation = no_quotation_test(_POSTS, _NOT_QUOTATIONS, _QUOTATIONS)


_POST_NAMES = ["01-factcheck", "02-trade", "03-disaster", "04-student", "05-election"]


test_every_quotation_read_is_listed = every_read_listed_test(
    _POSTS, _POST_NAMES, _QUOTATIONS, _NOT_QUOTATIONS
)


# === The fixes: each the smallest team sentence, and one where it must not fire

L, R = "\u201c", "\u201d"


# -- "A retired postman who was carried from his home ... said": a compound
# noun of one person ("-man", "-woman", "-person") brings someone in (post 03)


def test_a_compound_noun_of_one_person_brings_in_the_speaker() -> None:
    # (Given to Tom Hale, quoted before: "fisherman" was no listed noun.)
    assert said_by(
        "I stayed",
        f"{L}It is gone,{R} said Tom Hale.",
        f"A retired fisherman who lives by the harbour said he had stayed for the last "
        f"storm. {L}I stayed,{R} he said.",
    ) == ["a retired fisherman"]


def test_a_chairwoman_of_a_body_is_one_person_too() -> None:
    assert said_by(
        "I voted",
        f"{L}It is gone,{R} said Tom Hale.",
        f"A chairwoman of the board who lives in Selby said she had voted. {L}I voted,{R} she said.",
    ) == ["a chairwoman of the board"]


def test_a_short_word_in_man_brings_no_one_in() -> None:
    # Must not fire: "human" is an adjective here and too short for the
    # ending; the report after it is no person, so "he" is still Tom Hale.
    assert said_by(
        "I stayed",
        f"{L}It is gone,{R} said Tom Hale.",
        f"A human rights report said the pier was unsafe. {L}I stayed,{R} he said.",
    ) == ["Tom Hale"]


# -- "A father of two whose house backs onto the river said": a "whose"
# clause with no commas ends the description (post 03) ----------------------


def test_a_whose_clause_with_no_commas_ends_the_description() -> None:
    # (Shown "a father of two whose house backs onto the river".)
    assert said_by(
        "He kept asking",
        f"{L}It is gone,{R} said Ada Lind.",
        f"A mother of two whose flat faces the pier said her son had watched. {L}He kept "
        f"asking,{R} she said.",
    ) == ["a mother of two"]


def test_a_person_named_after_the_whose_clause_is_nearer() -> None:
    # Must not fire: Ruth Kegan is named after the mother and is nearer.
    assert said_by(
        "The pier is gone",
        f"{L}It is gone,{R} said Ada Lind.",
        f"A mother of two whose flat faces the pier said her son had watched. Ruth Kegan, "
        f"the harbour master, came later. {L}The pier is gone,{R} she said.",
    ) == ["Ruth Kegan"]


# -- "Provost Leonard Ashcombe wrote": an academic office before the name
# (post 04) -------------------------------------------------------------------


def test_provost_before_a_name_is_the_office() -> None:
    # (Shown "Provost Leonard Ashcombe".)
    assert said_by(
        "look into it",
        f"Provost Leonard Ashcombe wrote that he would {L}look into it{R}.",
    ) == ["Leonard Ashcombe"]


def test_provost_after_a_given_name_is_a_surname() -> None:
    # Must not fire: "Ada Provost" is a Scottish name, not "Ada" with an office.
    assert said_by("We will win", f"{L}We will win,{R} said Ada Provost.") == ["Ada Provost"]


# -- "Dean of Libraries Celeste Ambrose": an office that is a given name too
# is an office before "of" and its department (post 04) ---------------------


def test_dean_of_a_department_is_the_office() -> None:
    # (Shown "Libraries Celeste Ambrose", and at a sentence's start "Dean".)
    assert said_by(
        "We know",
        f"In a statement, Dean of Libraries Celeste Ambrose said it was hard. {L}We know,{R} "
        f"Ambrose said.",
    ) == ["Celeste Ambrose"]
    assert said_by(
        "received it",
        f"Dean of Students Helen Brook wrote that she had {L}received it{R}.",
    ) == ["Helen Brook"]


def test_dean_before_a_surname_is_a_given_name() -> None:
    # Must not fire: "Dean" is no title before a name, nor a name's "of" a
    # department after it ("Dean" is not in TITLES, only before "of").
    assert said_by("We will win", f"{L}We will win,{R} said Dean Heller.") == ["Dean Heller"]
    assert said_by("We will win", f"{L}We will win,{R} said Dean Heller of Nevada.") == [
        "Dean Heller"
    ]
