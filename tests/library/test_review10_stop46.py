"""A researcher reads five posts of kinds the team had not written, stop 46
(branch s46-rev10).

Draft."""

# ruff: noqa: E501 (the reasons are long lines)

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from quotemark.library.model import QuoteKind
from tests.library.paragraphs import Posts, review_case, run, shown

_POSTS = Posts(Path(__file__).resolve().parents[1] / "fixtures" / "review10_stop46")

INL, PAR, NES, BLK = QuoteKind.INLINE, QuoteKind.PARTIAL, QuoteKind.NESTED, QuoteKind.BLOCK

_case = review_case

_QUOTATIONS = [
    # 01: a parliamentary debate record: "Ada Lind (Lund North) (Ind):", "Ms Lind (Lund North):",
    # "The Minister for Ports (Sam Okoro):", "Hon. Members:", the Deputy Speaker, words quoted in a speech.
    _case("01-hansard", "I beg to move", BLK, "Ada Lind"),
    _case("01-hansard", "For six weeks the island has had no ferry", BLK, "Ada Lind"),
    _case("01-hansard", "I have slept on a colleague's sofa four nights a week since January.", NES, "One constituent"),
    _case("01-hansard", "a matter for the harbour board", NES, "The Government"),
    _case("01-hansard", "Will the hon. Lady give way?", BLK, "Tom Hale"),
    _case("01-hansard", "I will give way once.", BLK, "Ada Lind"),
    _case("01-hansard", "The hon. Lady knows that the board asked", BLK, "Tom Hale"),
    _case("01-hansard", "serviceable until 2030", NES, "the board"),
    _case("01-hansard", "I have read that report", BLK, "Ada Lind"),
    _case("01-hansard", "should not carry laden vehicles in a swell above one metre", NES, "the engineer's note"),
    _case("01-hansard", "Hear, hear!", BLK, "Hon. Members"),
    _case("01-hansard", "Order. There are many Members", BLK, "Rhona Quill"),
    _case("01-hansard", "I congratulate the hon. Member", BLK, "Sam Okoro"),
    _case("01-hansard", "We are one meeting away from a deal.", NES, "The chair of the board"),
    _case("01-hansard", "Will the Minister tell the House", BLK, "Ada Lind"),
    _case("01-hansard", "I told them what I will tell the House", BLK, "Sam Okoro"),
    _case("01-hansard", "When?", NES, "Members opposite"),
    _case("01-hansard", "I welcome that.", BLK, "Tom Hale"),
    _case("01-hansard", "It is new money", BLK, "Sam Okoro"),
    _case("01-hansard", "Order. I call Craig Dunmore.", BLK, "Rhona Quill"),
    _case("01-hansard", "My constituents will have heard", BLK, "Craig Dunmore"),
    _case("01-hansard", "within the lifetime of this Parliament", NES, "his predecessor"),
    _case("01-hansard", "I spoke on Saturday to a skipper", BLK, "Craig Dunmore"),
    _case("01-hansard", "Tell them the sea doesn't wait for an estimate.", NES, "a skipper"),
    _case("01-hansard", "I hear the hon. Gentleman.", BLK, "Sam Okoro"),
    # 02: a qualitative study's findings: participants by number and role "(P3, community nurse)",
    # block quotations, a participant's child quoted inside, a cited study and a review.
    _case("02-qualitative", "You learn the tide table before you learn your rota.", INL, "P3"),
    _case("02-qualitative", "The skipper said to us", BLK, "P11"),
    _case("02-qualitative", "If I tell you to hold on, you hold on.", NES, "The skipper"),
    _case("02-qualitative", "It's the best commute in Scotland, when it's not trying to kill you", INL, "P8"),
    _case("02-qualitative", "a second job", PAR, "P5"),
    _case("02-qualitative", "like being posted abroad", PAR, "P14"),
    _case("02-qualitative", "My daughter is seven.", BLK, "P2"),
    _case("02-qualitative", "You're always at work.", NES, "My daughter"),
    _case("02-qualitative", "closer than we've been in years", PAR, "P19"),
    _case("02-qualitative", "written for people who don't have to get on the boat", PAR, "P6"),
    _case("02-qualitative", "They keep saying talks are ongoing.", BLK, "P17"),
    _case("02-qualitative", "We got a leaflet,", INL, "P9"),
    _case("02-qualitative", "A leaflet and a phone number that rang out.", INL, "P9"),
    _case("02-qualitative", "slow but well meant", PAR, "P21"),
    _case("02-qualitative", "a slow erosion of the working week", PAR, "Holm"),
    _case("02-qualitative", "I'll believe the ferry when I'm standing on it.", INL, "P4"),
    _case("02-qualitative", "staff who commute by sea are the first to leave", PAR, "The Scottish Islands Workforce Review"),
    _case("02-qualitative", "I love the island. But I can't keep doing this", INL, "P13"),
    # 03: a public inquiry's report: numbered paragraphs, a written statement, oral evidence with
    # transcript references "[Day 12/45/3-9]", documents by reference number, closing submissions.
    _case("03-inquiry", "showing significant fatigue cracking", PAR, "an engineer's inspection report"),
    _case("03-inquiry", "within 24 months", PAR, "an engineer's inspection report"),
    _case("03-inquiry", "I read the 2019 report and I raised it", INL, "Tom Hale"),
    _case("03-inquiry", "The chief executive. I don't remember her exact words", INL, "Tom Hale"),
    _case("03-inquiry", "I would not have put it like that.", INL, "Ada Lind"),
    _case("03-inquiry", "Waiting implies doing nothing.", INL, "Ada Lind"),
    _case("03-inquiry", "noted", PAR, "The board"),
    _case("03-inquiry", "kept under review", PAR, "The board"),
    _case("03-inquiry", "should be taken out of service for laden vehicles", PAR, "Sam Okoro"),
    _case("03-inquiry", "I thought that sentence was about as plain as I could make it.", INL, "Sam Okoro"),
    _case("03-inquiry", "Nothing, as far as I could see.", INL, "Sam Okoro"),
    _case("03-inquiry", "You could feel it go under the wheels.", INL, "Craig Dunmore"),
    _case("03-inquiry", "every winter, to anyone who'd listen", PAR, "Craig Dunmore"),
    _case("03-inquiry", "reasonable in the light of the information then available", PAR, "The board"),
    _case("03-inquiry", "as plain as I could make it", PAR, "Sam Okoro"),
    # 04: the week in quotes: a line in marks signed "— Name, role, context" on the line after,
    # a sign, a page's post, a press office's phrase, "overheard by our reporter".
    _case("04-weekquotes", "We are one meeting away from a deal.", BLK, "Sam Okoro"),
    _case("04-weekquotes", "One meeting away is what you say", BLK, "Craig Dunmore"),
    _case("04-weekquotes", "I have slept on a colleague's sofa", BLK, "a nurse from Skerra"),
    _case("04-weekquotes", "The board has always acted in good faith.", BLK, "Lena Voss"),
    _case("04-weekquotes", "nothing to add to that", PAR, "Lena Voss"),
    _case("04-weekquotes", "I'd like to thank the voters of Quay Ward", BLK, "Tom Hale"),
    _case("04-weekquotes", "Three votes is not a mandate,", INL, "Ada Lind"),
    _case("04-weekquotes", "It's a rounding error.", INL, "Ada Lind"),
    _case("04-weekquotes", "Nobody has told the fish about the strike.", BLK, "Morag Innes"),
    _case("04-weekquotes", "It's not a turnip.", BLK, "Dougie Fyfe"),
    _case("04-weekquotes", "He's right, to be fair.", INL, "The judge"),
    _case("04-weekquotes", "We expect to reopen the pier café", BLK, "a sign on the pier café door"),
    _case("04-weekquotes", "If you see a seal on the slipway", BLK, "Port Edda coastguard"),
    _case("04-weekquotes", "Tides, mostly.", BLK, "Rhona Quill"),
    _case("04-weekquotes", "a temporary reconfiguration of the road surface", PAR, "the council's press office"),
    _case("04-weekquotes", "I don't care who runs the ferry as long as it runs.", INL, "a passenger on the 8.15 bus"),
    # 05: an earnings call transcript: "Ada Lind -- Chief Executive Officer" on a line of its own
    # before each turn, "Rhona Quill -- Analyst", the operator's turns (no one's quotation).
    _case("05-earnings", "Thank you, and good morning, everyone.", BLK, "Ada Lind"),
    _case("05-earnings", "We lost the sailings, but we did not lose the customers.", NES, "Ada Lind"),
    _case("05-earnings", "I'll now pass to Tom for the numbers.", BLK, "Ada Lind"),
    _case("05-earnings", "Thanks, Ada. Revenue for the quarter", BLK, "Tom Hale"),
    _case("05-earnings", "non-recurring", NES, "Tom Hale"),
    _case("05-earnings", "Thanks. Tom, you call the charge", BLK, "Rhona Quill"),
    _case("05-earnings", "It's a fair question.", BLK, "Tom Hale"),
    _case("05-earnings", "I'd add one thing.", BLK, "Ada Lind"),
    _case("05-earnings", "We will not sail onto that ramp in a swell.", NES, "Ada Lind"),
    _case("05-earnings", "Understood. Thank you.", BLK, "Rhona Quill"),
    _case("05-earnings", "Good morning. Ada, the union has called", BLK, "Sam Okoro"),
    _case("05-earnings", "a pay cut by the back door.", NES, "the union"),
    _case("05-earnings", "I don't accept that description.", BLK, "Ada Lind"),
    _case("05-earnings", "And the spare vessel, does that sit in the guidance?", BLK, "Sam Okoro"),
    _case("05-earnings", "Yes, it's in the guidance.", BLK, "Tom Hale"),
    _case("05-earnings", "Thank you all.", BLK, "Ada Lind"),
    _case("05-earnings", "The sea doesn't read the guidance.", NES, "one of our skippers"),
]

# Words that are no one's quotation: the operator's turns on the call.
_NOT_QUOTATIONS = [
    pytest.param("05-earnings", "welcome to the Northsea Ferries", id="05-earnings:operator welcome"),
    pytest.param("05-earnings", "Our first question comes from", id="05-earnings:operator first"),
    pytest.param("05-earnings", "Our next question comes from", id="05-earnings:operator next"),
    pytest.param("05-earnings", "There are no further questions", id="05-earnings:operator last"),
]


@pytest.mark.parametrize(("post", "words", "kind", "speaker"), _QUOTATIONS)
def test_each_quotation_kind_and_speaker(
    post: str, words: str, kind: QuoteKind, speaker: str
) -> None:
    # A quotation that is the words alone is that one, not a longer one
    # holding them.
    assert _POSTS.reading_of(post, words) == [(kind, speaker)]


def _listed(post: str, *tables: list[Any]) -> list[str]:
    """The words each row of ``tables`` lists for ``post``."""
    return [p.values[1] for table in tables for p in table if p.values[0] == post]


@pytest.mark.parametrize(("post", "words"), _NOT_QUOTATIONS)
def test_words_that_are_no_quotation(post: str, words: str) -> None:
    assert not _POSTS.holds_unlisted(post, words, _listed(post, _QUOTATIONS))


_POST_NAMES = ["01-hansard", "02-qualitative", "03-inquiry", "04-weekquotes", "05-earnings"]


@pytest.mark.parametrize("post", _POST_NAMES)
def test_every_quotation_read_is_listed(post: str) -> None:
    # The tables above list every quotation a careful reader finds (and the
    # words left as no quotation), so a new reading shows here.
    assert _POSTS.unlisted(post, _listed(post, _QUOTATIONS, _NOT_QUOTATIONS)) == []
