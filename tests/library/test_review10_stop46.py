"""A researcher reads five posts of kinds the team had not written, stop 46
(branch s46-rev10).

A parliamentary debate record in Hansard's style ("Ada Lind (Lund North)
(Ind):", later "Ms Lind (Lund North):" and "Ada Lind:", "The Minister for
Ports (Sam Okoro):" and then the office alone, "Madam Deputy Speaker (Rhona
Quill):", "Hon. Members: Hear, hear!", "[Interruption.]", a speech over two
paragraphs, letters and reports quoted in a speech); a qualitative study's
findings (participants cited by code and role after their words, "(P3,
community nurse)", block quotations, a child's words inside a parent's, an
earlier study cited "Holm (2019)" with a page); a public inquiry's report
(numbered paragraphs, a written statement "(WS0031, para 14)", oral evidence
"[Day 12/45/3-9]", documents by reference, closing submissions, "As Mr Okoro
put it"); a week-in-quotes roundup (a line in marks signed on the line
under it "— Name, role, on the occasion", a sign, a coastguard's post, a
press office's phrase, "overheard by our reporter"); and an earnings call
transcript (a participants list, each turn under a line "Ada Lind -- Chief
Executive Officer", the operator's turns, analysts' questions). They are
kept in ``tests/fixtures/review10_stop46``. Every quotation of every post is
listed below with its kind and the speaker a careful reader would write (the
name without its titles, else the description the text gave first; a study's
participant by the code the study gives; a document whose issuer is unnamed
by its own description), written by hand with the posts before anything was
run. A labelled turn is its speaker's block quotation, each member's in a
debate and each analyst's on a call (they are on the record, not the post's
writer asking); the operator's turns are no one's quotation. Each one read
wrong is a strict xfail with the reason, so a fix shows as a pass to take
off the list. evaluation/README.md ("Five posts of kinds the team had not
written, stop 46 (branch s46-rev10)") gives the first read (64 of 91
quotations misread) and what was fixed. Every sentence here is written by
the team.

Two cells of the hand-written table were mended after the first read, and
the README says so: a partial quotation inside a labelled turn was written
NESTED, where the reader's documented rule (``transcripts.with_answers``)
keeps it PARTIAL (six rows, all read wrong on their speaker before and
after); and "Scottish Islands Workforce Review" is the review's name
without its article, read right at the first read.
"""

# ruff: noqa: E501 (the reasons are long lines)

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.library.model import QuoteKind
from tests.library.paragraphs import (
    Posts,
    given_to,
    review_case,
    review_tests,
    run,
    said_by,
    shown,
)

_POSTS = Posts(Path(__file__).resolve().parents[1] / "fixtures" / "review10_stop46")

INL, PAR, NES, BLK = QuoteKind.INLINE, QuoteKind.PARTIAL, QuoteKind.NESTED, QuoteKind.BLOCK

# Why each misreading is left (a key per construction; evaluation/README.md,
# "Five posts of kinds the team had not written, stop 46").
_CONTINUED = "a speech's second paragraph, with no label of its own, is not read as the member's turn (a debate record prints a speech over paragraphs; an interview written up as a profile puts the writer's narrative there, so unlabelled paragraphs after a turn are left)"
_APPOSITION = "'One constituent, a nurse, wrote to me: “…”' in a speech's unlabelled second paragraph shows the apposition 'a nurse', not the description the text gave first, and is not nested in the speech (the paragraph is read as no one's turn)"
_QUESTION_MARK = "words in marks that a question in a turn closes ('the board itself said the old ramp was “serviceable until 2030”?') are not read as a quotation"
_NOTE = "'I have read the engineer's note attached to it, which says the ramp “…”' gives the note's words to the member reading it out, not to the note"
_SHOUT = "'Members opposite shout “When?” I will answer that' gives the shout to the 'I' of the sentence after (the turn's speaker), not to 'Members opposite'"
_OFFICE_AS_NAME = "'the Minister' in a member's speech is taken for a name: 'his predecessor told this House that the ramp would be replaced “…”' and 'He said to me, “…”' (after 'I spoke on Saturday to a skipper who ...', a paragraph no label opens) go to 'Minister'"
_TWO_CODES = "'described the stoppage as “a second job” (P5, midwife) or “like being posted abroad” (P14, radiographer)': two participants' fragments in one sentence are one partial of 'Participants with children', and the codes are left (a partial holding two codes is not given either)"
_DAUGHTER = "'She said, ‘You're always at work.’' inside a participant's block gets no speaker; 'she' is 'My daughter', the subject two sentences before"
_AUTHOR_YEAR = "'Holm (2019) found that ferry disruption was experienced as “a slow erosion of the working week” (p. 44)' is not read: a cited author with the year in brackets as the subject of 'found'"
_DOC_SUBJECT = "an unnamed engineer's report's words ('It described the hinge assembly as “…” and recommended replacement “…”', the report the subject) are not read as quotations"
_MINUTES = "'The board's minutes … record only that the report was “noted” and that the ramp was to be “kept under review”' is not read: minutes that 'record' words"
_LONG_SIGN = "'— Dougie Fyfe, 71, winner of the heaviest-vegetable class at the Lund show, correcting a judge' is not read as a signature (its role holds 'show', read as a verb), so the words above go to Morag Innes, signed the line before"
_JUDGE = "'The judge, who asked not to be named, later told us: “…”' goes to Dougie Fyfe, named in the line before, not to 'The judge'"
_HONOURABLE = "'Honourable mention to the council's press office, which described … as “…”' shows the whole verbless phrase, not 'the council's press office'; the next paragraph's 'a passenger on the 8.15 bus, overheard by our reporter: “…”' is given the same"
_PLEASE = "the operator's 'Please go ahead.' makes 'Please' a name: the release's word in the finance chief's turn ('which we describe in the release as \"non-recurring\"') and the chief executive's 'We have told the board, in so many words, \"…\"' go to 'Please', not to the turn's speaker"
_JOINED_LIST = "the plain-text reader joins the participants list's last two lines into one paragraph ('… Brackwater Securities Sam Okoro -- Analyst, …'), so the label 'Sam Okoro' matches 'Securities Sam Okoro', a full name the label does not write, and his turns are not read; the union's words inside his question go to Ada Lind"
_BORROW = "'To borrow a line from one of our skippers, \"…\"' shows 'borrow a line from one of our skippers', not 'one of our skippers'"
_case = review_case

_QUOTATIONS = [
    # 01: a parliamentary debate record: "Ada Lind (Lund North) (Ind):", "Ms Lind (Lund North):",
    # "The Minister for Ports (Sam Okoro):", "Hon. Members:", the Deputy Speaker, words quoted in a speech.
    _case("01-hansard", "I beg to move", BLK, "Ada Lind"),
    _case("01-hansard", "For six weeks the island has had no ferry", BLK, "Ada Lind", _CONTINUED),
    _case(
        "01-hansard",
        "I have slept on a colleague's sofa four nights a week since January.",
        NES,
        "One constituent",
        _APPOSITION,
    ),
    _case("01-hansard", "a matter for the harbour board", PAR, "Government"),
    _case("01-hansard", "Will the hon. Lady give way?", BLK, "Tom Hale"),
    _case("01-hansard", "I will give way once.", BLK, "Ada Lind"),
    _case("01-hansard", "The hon. Lady knows that the board asked", BLK, "Tom Hale"),
    _case("01-hansard", "serviceable until 2030", PAR, "the board", _QUESTION_MARK),
    _case("01-hansard", "I have read that report", BLK, "Ada Lind"),
    _case(
        "01-hansard",
        "should not carry laden vehicles in a swell above one metre",
        PAR,
        "the engineer's note",
        _NOTE,
    ),
    _case("01-hansard", "Hear, hear!", BLK, "Hon. Members"),
    _case("01-hansard", "Order. There are many Members", BLK, "Rhona Quill"),
    _case("01-hansard", "I congratulate the hon. Member", BLK, "Sam Okoro"),
    _case("01-hansard", "We are one meeting away from a deal.", NES, "The chair of the board"),
    _case("01-hansard", "Will the Minister tell the House", BLK, "Ada Lind"),
    _case("01-hansard", "I told them what I will tell the House", BLK, "Sam Okoro"),
    _case("01-hansard", "When?", NES, "Members opposite", _SHOUT),
    _case("01-hansard", "I welcome that.", BLK, "Tom Hale"),
    _case("01-hansard", "It is new money", BLK, "Sam Okoro"),
    _case("01-hansard", "Order. I call Craig Dunmore.", BLK, "Rhona Quill"),
    _case("01-hansard", "My constituents will have heard", BLK, "Craig Dunmore"),
    _case(
        "01-hansard",
        "within the lifetime of this Parliament",
        PAR,
        "his predecessor",
        _OFFICE_AS_NAME,
    ),
    _case("01-hansard", "I spoke on Saturday to a skipper", BLK, "Craig Dunmore", _CONTINUED),
    _case(
        "01-hansard",
        "Tell them the sea doesn't wait for an estimate.",
        NES,
        "a skipper",
        _OFFICE_AS_NAME,
    ),
    _case("01-hansard", "I hear the hon. Gentleman.", BLK, "Sam Okoro"),
    # 02: a qualitative study's findings: participants by number and role "(P3, community nurse)",
    # block quotations, a participant's child quoted inside, a cited study and a review.
    _case("02-qualitative", "You learn the tide table before you learn your rota.", INL, "P3"),
    _case("02-qualitative", "The skipper said to us", BLK, "P11"),
    # (Read right on main after s46-rev9's "said to us, ‘…’" (a hearer after
    # the verb, set off by its comma) merged: the strict xfail had turned
    # into a pass; taken off at stop 46's second reading.)
    _case("02-qualitative", "If I tell you to hold on, you hold on.", NES, "The skipper"),
    _case(
        "02-qualitative",
        "It's the best commute in Scotland, when it's not trying to kill you",
        INL,
        "P8",
    ),
    _case("02-qualitative", "a second job", PAR, "P5", _TWO_CODES),
    _case("02-qualitative", "like being posted abroad", PAR, "P14", _TWO_CODES),
    _case("02-qualitative", "My daughter is seven.", BLK, "P2"),
    _case("02-qualitative", "You're always at work.", NES, "My daughter", _DAUGHTER),
    _case("02-qualitative", "closer than we've been in years", PAR, "P19"),
    _case("02-qualitative", "written for people who don't have to get on the boat", PAR, "P6"),
    _case("02-qualitative", "They keep saying talks are ongoing.", BLK, "P17"),
    _case("02-qualitative", "We got a leaflet", INL, "P9"),
    _case("02-qualitative", "A leaflet and a phone number that rang out.", INL, "P9"),
    _case("02-qualitative", "slow but well meant", PAR, "P21"),
    _case("02-qualitative", "a slow erosion of the working week", PAR, "Holm", _AUTHOR_YEAR),
    _case("02-qualitative", "I'll believe the ferry when I'm standing on it.", INL, "P4"),
    _case(
        "02-qualitative",
        "staff who commute by sea are the first to leave",
        PAR,
        "Scottish Islands Workforce Review",
    ),
    _case("02-qualitative", "I love the island. But I can't keep doing this", INL, "P13"),
    # 03: a public inquiry's report: numbered paragraphs, a written statement, oral evidence with
    # transcript references "[Day 12/45/3-9]", documents by reference number, closing submissions.
    _case(
        "03-inquiry",
        "showing significant fatigue cracking",
        PAR,
        "an engineer's inspection report",
        _DOC_SUBJECT,
    ),
    _case("03-inquiry", "within 24 months", PAR, "an engineer's inspection report", _DOC_SUBJECT),
    _case("03-inquiry", "I read the 2019 report and I raised it", INL, "Tom Hale"),
    _case("03-inquiry", "The chief executive. I don't remember her exact words", INL, "Tom Hale"),
    _case("03-inquiry", "I would not have put it like that.", INL, "Ada Lind"),
    _case("03-inquiry", "Waiting implies doing nothing.", INL, "Ada Lind"),
    _case("03-inquiry", "noted", PAR, "The board", _MINUTES),
    _case("03-inquiry", "kept under review", PAR, "The board", _MINUTES),
    _case("03-inquiry", "should be taken out of service for laden vehicles", PAR, "Sam Okoro"),
    _case(
        "03-inquiry",
        "I thought that sentence was about as plain as I could make it.",
        INL,
        "Sam Okoro",
    ),
    _case("03-inquiry", "Nothing, as far as I could see.", INL, "Sam Okoro"),
    _case("03-inquiry", "You could feel it go under the wheels.", INL, "Craig Dunmore"),
    _case("03-inquiry", "every winter, to anyone who'd listen", PAR, "Craig Dunmore"),
    _case(
        "03-inquiry", "reasonable in the light of the information then available", PAR, "The board"
    ),
    _case("03-inquiry", "\u201cas plain as I could make it\u201d", PAR, "Sam Okoro"),
    # 04: the week in quotes: a line in marks signed "— Name, role, context" on the line after,
    # a sign, a page's post, a press office's phrase, "overheard by our reporter".
    _case("04-weekquotes", "We are one meeting away from a deal.", BLK, "Sam Okoro"),
    _case("04-weekquotes", "One meeting away is what you say", BLK, "Craig Dunmore"),
    _case("04-weekquotes", "I have slept on a colleague's sofa", BLK, "a nurse from Skerra"),
    _case("04-weekquotes", "The board has always acted in good faith.", BLK, "Lena Voss"),
    _case("04-weekquotes", "nothing to add to that", PAR, "Lena Voss"),
    _case("04-weekquotes", "I'd like to thank the voters of Quay Ward", BLK, "Tom Hale"),
    _case("04-weekquotes", "Three votes is not a mandate", INL, "Ada Lind"),
    _case("04-weekquotes", "It's a rounding error.", INL, "Ada Lind"),
    _case("04-weekquotes", "Nobody has told the fish about the strike.", BLK, "Morag Innes"),
    _case("04-weekquotes", "It's not a turnip.", BLK, "Dougie Fyfe", _LONG_SIGN),
    _case("04-weekquotes", "He's right, to be fair.", INL, "The judge", _JUDGE),
    _case(
        "04-weekquotes", "We expect to reopen the pier café", BLK, "a sign on the pier café door"
    ),
    _case("04-weekquotes", "If you see a seal on the slipway", BLK, "Port Edda coastguard"),
    _case("04-weekquotes", "Tides, mostly.", BLK, "Rhona Quill"),
    _case(
        "04-weekquotes",
        "a temporary reconfiguration of the road surface",
        PAR,
        "the council's press office",
        _HONOURABLE,
    ),
    _case(
        "04-weekquotes",
        "I don't care who runs the ferry as long as it runs.",
        INL,
        "a passenger on the 8.15 bus",
        _HONOURABLE,
    ),
    # 05: an earnings call transcript: "Ada Lind -- Chief Executive Officer" on a line of its own
    # before each turn, "Rhona Quill -- Analyst", the operator's turns (no one's quotation).
    _case("05-earnings", "Thank you, and good morning, everyone.", BLK, "Ada Lind"),
    _case(
        "05-earnings", "We lost the sailings, but we did not lose the customers.", NES, "Ada Lind"
    ),
    _case("05-earnings", "I'll now pass to Tom for the numbers.", BLK, "Ada Lind"),
    _case("05-earnings", "Thanks, Ada. Revenue for the quarter", BLK, "Tom Hale"),
    _case("05-earnings", "non-recurring", PAR, "Tom Hale", _PLEASE),
    _case("05-earnings", "Thanks. Tom, you call the charge", BLK, "Rhona Quill"),
    _case("05-earnings", "It's a fair question.", BLK, "Tom Hale"),
    _case("05-earnings", "I'd add one thing.", BLK, "Ada Lind"),
    _case("05-earnings", "We will not sail onto that ramp in a swell.", NES, "Ada Lind", _PLEASE),
    _case("05-earnings", "Understood. Thank you.", BLK, "Rhona Quill"),
    _case("05-earnings", "Good morning. Ada, the union has called", BLK, "Sam Okoro", _JOINED_LIST),
    _case("05-earnings", "a pay cut by the back door.", PAR, "the union", _JOINED_LIST),
    _case("05-earnings", "I don't accept that description.", BLK, "Ada Lind"),
    _case(
        "05-earnings",
        "And the spare vessel, does that sit in the guidance?",
        BLK,
        "Sam Okoro",
        _JOINED_LIST,
    ),
    _case("05-earnings", "Yes, it's in the guidance.", BLK, "Tom Hale"),
    _case("05-earnings", "Thank you all.", BLK, "Ada Lind"),
    _case("05-earnings", "The sea doesn't read the guidance.", NES, "one of our skippers", _BORROW),
]

# Words that are no one's quotation: the operator's turns on the call.
_NOT_QUOTATIONS = [
    pytest.param(
        "05-earnings", "welcome to the Northsea Ferries", id="05-earnings:operator welcome"
    ),
    pytest.param("05-earnings", "Our first question comes from", id="05-earnings:operator first"),
    pytest.param("05-earnings", "Our next question comes from", id="05-earnings:operator next"),
    pytest.param("05-earnings", "There are no further questions", id="05-earnings:operator last"),
]


_POST_NAMES = ["01-hansard", "02-qualitative", "03-inquiry", "04-weekquotes", "05-earnings"]


(
    test_each_quotation_kind_and_speaker,
    test_words_that_are_no_quotation,
    test_every_quotation_read_is_listed,
) = review_tests(_POSTS, _QUOTATIONS, _NOT_QUOTATIONS, _POST_NAMES)


# === The fixes: each the smallest team sentence, and one where it must not fire

L, R = "\u201c", "\u201d"


def _kinds(*paragraphs: str) -> list[tuple[str, QuoteKind, str | None]]:
    return [
        (q.span.text, q.kind, q.speaker.label if q.speaker else None)
        for q in run(*paragraphs).quotes
    ]


# -- "Ada Lind (Lund North) (Ind):", "Ms Lind (Lund North):" (post 01) --------


def test_a_debate_record_s_labels_with_a_seat_in_brackets_are_turns() -> None:
    # (Not read: the bracket broke the label. A member's questions are on the
    # record, as a hearing's member's are, not an interviewer's.)
    assert given_to(
        "Ada Lind (Lund North) (Ind): The island has had no ferry for six weeks.",
        "Tom Hale (Port Edda) (Con): Will the hon. Lady give way?",
        "Ada Lind: I will give way once.",
        "Tom Hale: Does she accept that the ramp was safe?",
    ) == [
        ("The island has had no ferry for six weeks.", "Ada Lind"),
        ("Will the hon. Lady give way?", "Tom Hale"),
        ("I will give way once.", "Ada Lind"),
        ("Does she accept that the ramp was safe?", "Tom Hale"),
    ]


def test_a_list_of_names_with_parties_in_brackets_is_no_debate() -> None:
    # Must not fire: results by candidate, each named once, are no exchange.
    assert (
        given_to(
            "The results in Lund North were declared at 3 am.",
            "Ada Lind (Labour): 4,512 votes.",
            "Tom Hale (Conservative): 3,980 votes.",
            "Mia Roe (Green): 1,204 votes.",
        )
        == []
    )


# -- "The Minister for Ports (Sam Okoro):" then "The Minister for Ports:" -----


def test_an_office_s_label_names_its_holder_in_brackets_then_alone() -> None:
    assert given_to(
        "The Minister for Ports (Sam Okoro): The ramp will be funded.",
        "Ada Lind (Lund North): When will it be funded?",
        "The Minister for Ports: The money is in the estimate.",
        "Ada Lind: I thank the Minister.",
    ) == [
        ("The ramp will be funded.", "Sam Okoro"),
        ("When will it be funded?", "Ada Lind"),
        ("The money is in the estimate.", "Sam Okoro"),
        ("I thank the Minister.", "Ada Lind"),
    ]


def test_an_office_s_label_no_bracket_ever_names_is_no_one() -> None:
    # Must not fire: the text never says who holds the office.
    assert (
        given_to(
            "Sam Okoro is the minister. Ada Lind is the member for Lund North.",
            "The Minister for Ports: The ramp will be funded.",
            "Ada Lind: When will it be funded, and by whom?",
            "The Minister for Ports: The money is in the estimate.",
        )
        == []
    )


# -- "Hon. Members: Hear, hear!" (post 01) -----------------------------------


def test_hon_members_in_a_debate_are_a_group_s_turn() -> None:
    assert given_to(
        "Ada Lind and Tom Hale debated the ferry.",
        "Ada Lind: The island has had no ferry.",
        "Tom Hale: Will she give way?",
        "Ada Lind: I will.",
        "Hon. Members: Hear, hear!",
        "Tom Hale: It is safe.",
    )[3] == ("Hear, hear!", "Hon. Members")


def test_members_outside_a_transcript_are_no_turn() -> None:
    # Must not fire: a group's label is read only inside a transcript.
    assert given_to("The board met on Monday.", "Board members: two were absent.") == []


# -- "Ada Lind -- Chief Executive Officer" over each turn (post 05) ----------


def test_a_call_s_turns_stand_under_a_name_and_role_line() -> None:
    # (Not read: the label has no colon and stands on a line of its own.)
    assert given_to(
        "Participants: Ada Lind and Tom Hale.",
        "Ada Lind -- Chief Executive Officer",
        "Good morning. It was a hard quarter.",
        "Tom Hale -- Chief Financial Officer",
        "Revenue fell by seven per cent.",
        "Ada Lind -- Chief Executive Officer",
        "Thank you all.",
    ) == [
        ("Good morning. It was a hard quarter.", "Ada Lind"),
        ("Revenue fell by seven per cent.", "Tom Hale"),
        ("Thank you all.", "Ada Lind"),
    ]


def test_a_byline_with_a_role_over_a_story_opens_no_turn() -> None:
    # Must not fire: one person's line, no exchange.
    assert (
        given_to(
            "Ada Lind - Staff Writer",
            "The ferry to Skerra has not sailed for six weeks.",
            "The harbour board met on Monday.",
            "Ada Lind - Staff Writer",
        )
        == []
    )


# -- "As I said to staff on Monday, “…”" inside a turn (post 05) ------------


def test_a_turn_s_own_i_is_its_speaker() -> None:
    # (Shown "the author", the post's "I".)
    assert said_by(
        "We lost",
        "Ada Lind -- Chief Executive Officer",
        f"Good morning. As I said to staff on Monday, {L}We lost the sailings.{R}",
        "Tom Hale -- Chief Financial Officer",
        "Revenue fell by seven per cent.",
        "Ada Lind -- Chief Executive Officer",
        "Thank you all.",
    ) == ["Ada Lind", "Ada Lind"]


def test_the_post_s_i_outside_a_turn_stays_the_author() -> None:
    # Must not fire: no transcript, the narrative's "I" is the post's writer.
    assert said_by("We lost", f"As I said to staff on Monday, {L}We lost the sailings.{R}") == [
        "the author"
    ]


# -- "— Morag Innes, fishmonger, on why her prices are up" (post 04) --------


def test_a_dashed_sign_off_s_occasion_is_no_part_of_who() -> None:
    # (Not read: the occasion's "her" and "reply" made the line a sentence.)
    for line, who in (
        ("\u2014 Morag Innes, fishmonger, on why her prices are up", ("Morag Innes", "fishmonger")),
        ("\u2014 Craig Dunmore, Skerra's MP, in reply", ("Craig Dunmore", "Skerra's MP")),
        ("\u2014 Port Edda coastguard, on Facebook", (None, "Port Edda coastguard")),
        ("\u2014 Dougie Fyfe, 71, correcting a judge", ("Dougie Fyfe", "71")),
    ):
        assert shown(f"{L}Nobody has told the fish about the strike.{R}", line) == [who], line


def test_a_role_or_a_sentence_after_the_dash_is_kept() -> None:
    # Must not fire: "managing director" is the role (no preposition after
    # the comma, a participle with no object); a line that ends a sentence
    # is no sign-off.
    assert shown(
        f"{L}Nobody has told the fish about the strike.{R}", "\u2014 Morag Innes, managing director"
    ) == [("Morag Innes", "managing director")]
    assert shown(
        f"{L}Nobody has told the fish about the strike.{R}",
        "\u2014 Morag Innes, in a letter, said she would go.",
    ) == [(None, None)]


# -- "“…” (P3, community nurse)" (post 02) -----------------------------------


def test_a_participant_s_code_after_the_words_is_the_speaker() -> None:
    # (Shown the description, "A nurse", or inline with no one.)
    assert _kinds(
        f"A nurse put it plainly: {L}You learn the tide table first.{R} (P3, community nurse)"
    ) == [("You learn the tide table first.", INL, "P3")]
    assert _kinds(
        f"{L}The skipper told us to hold on. I held on.{R} (P11, healthcare assistant)"
    ) == [("The skipper told us to hold on. I held on.", BLK, "P11")]


def test_a_year_a_page_a_document_number_or_a_bracket_running_on_names_no_one() -> None:
    # Must not fire.
    assert (
        _kinds(
            f"The review warned that {L}staff who commute by sea are the first to leave{R} (2022, p. 12)."
        )[0][2]
        == "The review"
    )
    assert _kinds(f"Tom Hale said: {L}I read the report.{R} (WS0031, para 14)") == [
        ("I read the report.", INL, "Tom Hale")
    ]
    assert (
        _kinds(
            f"A nurse put it plainly: {L}You learn the tide table first.{R} (A1) was the road she took."
        )[0][2]
        == "A nurse"
    )
