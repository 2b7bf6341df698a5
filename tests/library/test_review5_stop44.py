"""A researcher reads five posts of kinds researchers cite and the team had
not written, stop 44 (branch s44-rev5).

Five English posts, each as a writer of that kind would write it: a
fact-check ("The claim:", a social post quoted with the page that posted it,
"Our ruling", the experts the checker rang, a claim quoted that nobody said
aloud); an excerpt of an NGO's human-rights report (witnesses by age and
trade or by a letter, "whose name we withheld, told us", footnote numbers, a
ministry's written reply); a trade-press market story (analysts "at" a
firm, "in a note to clients", a company statement, ratings and route codes
in marks that are no speech); a book review (an epigraph, the characters'
dialogue, "as the narrator puts it", the author from an interview, the
reviewer's scare quotes); and a local disaster story (residents by
description only, a first name alone, a fire chief named once then "the
chief", a council statement, a child quoted through a parent). They are kept
in ``tests/fixtures/review5_stop44``. Every quotation of every post is
listed below with its kind and the speaker a careful reader would write (the
name without its titles, else the description the text gave first; a
document's words go to who issued it); each one read wrong is a strict
xfail with the reason, so a fix shows as a pass to take off the list.
evaluation/README.md ("Five posts of new kinds, stop 44") has the counts.
Every sentence here is written by the team."""

# ruff: noqa: E501 (the reasons are long lines)

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.library.model import QuoteKind
from tests.library.paragraphs import Posts, each_quotation_test, review_case, said_by

_POSTS = Posts(Path(__file__).resolve().parents[1] / "fixtures" / "review5_stop44")

INL, PAR, NES, BLK = QuoteKind.INLINE, QuoteKind.PARTIAL, QuoteKind.NESTED, QuoteKind.BLOCK

# Why each misreading is left (a key per construction).
_CLAIM_LINE = "'The claim: The board has “secretly sold” the pier' (a fact-check's claim line, no verb of saying) is not read"
_COMMENTS_REFER = "'Several comments beneath it refer to a “…”, and one user wrote that ...' goes to the next clause's speaker ('one user'), its closing mark left out"
_DOCUMENT_CALLS = "'The tender calls the building “…” and says the lessee must keep “…”' (a document's words after 'calls' and 'says') is not read"
_NOTICE_READ = "a notice's words a witness reports ('the only notice was a sheet of paper ..., which read “…”') go to the witness"
_NESTED_SCARE = "'they told us the matter was ‘under review’' inside a quotation is not read as a nested quotation"
_NESTED_THEY = "'They said, ‘…’' inside a witness's words: 'they' (the district office he went to) left with no speaker"
_BLAMED = "'It blamed “softer than anticipated” spot rates' is not read"
_NARRATOR_PUTS_IT = "'The town, as the narrator puts it, “…”' is an inline quotation of 'the narrator', not a partial one of the narrator named before (Elsie Marrow)"
_FAMILY_SURNAME = "'His widow, Ida,' is shown 'Ida Marrow': a family's surname joined to a first name the text never joins to it"
_FIRST_NAME_APPOSITION = "'Ida's sister, Maud, who runs the net loft, gets the best lines in the book: “…,” she says' goes to the author named at the top"
_WHEN_CLAUSE_NAME = "'When the board's chairman, Gideon Vane, finally comes to Elsie's desk, ... He asks her to “…”' goes to the man quoted before (Lorne Tate)"


_case = review_case


_QUOTATIONS = [
    # 01: fact-check: the claim line, a social post and the page that posted it, experts rung.
    _case("01-factcheck", 'has "secretly sold"', PAR, "Kerrow Watch", _CLAIM_LINE),
    _case("01-factcheck", "BREAKING: Kerrow harbour board", INL, "Kerrow Watch"),
    _case("01-factcheck", "a voice for the people of the bay", PAR, "Kerrow Watch"),
    _case("01-factcheck", "If this is true, heads must roll", INL, "Ned Ashby"),
    _case("01-factcheck", "Dutch consortium", PAR, "Several comments", _COMMENTS_REFER),
    _case("01-factcheck", "worth millions", PAR, "one user"),
    _case("01-factcheck", "surplus to operational needs", PAR, "The tender", _DOCUMENT_CALLS),
    _case("01-factcheck", "Nobody has sold anything", INL, "Tom Hale"),
    _case("01-factcheck", "We are trying to find a tenant", INL, "Tom Hale"),
    _case("01-factcheck", "They go on the fish store", INL, "Tom Hale"),
    _case(
        "01-factcheck", "disposal of a leasehold interest", PAR, "The board's minutes for October"
    ),
    _case("01-factcheck", "In property law a lease", INL, "Priya Nandi"),
    _case("01-factcheck", "The public body keeps the land", INL, "Priya Nandi"),
    _case("01-factcheck", "pretty ordinary", PAR, "Priya Nandi"),
    _case("01-factcheck", "No tenant will spend money", INL, "Priya Nandi"),
    _case("01-factcheck", "Not without a change to the by-laws", INL, "Ruth Kegan"),
    _case("01-factcheck", "You cannot quietly close", INL, "Ruth Kegan"),
    _case("01-factcheck", "a question, not a claim", PAR, "Gil"),
    _case("01-factcheck", "People don't read the small print", INL, "Gil"),
    _case("01-factcheck", "Update: board says lease", INL, "Kerrow Watch"),
    _case("01-factcheck", 'harbour board "secretly sold"', PAR, "Kerrow Watch"),
    # 02: NGO report: witnesses by age and trade or a letter, a ministry's written reply.
    _case(
        "02-ngo",
        "They took the boats first",
        INL,
        "A 34-year-old teacher from Kerrow",
    ),
    _case("02-ngo", "I asked what it was", INL, "Witness C"),
    _case("02-ngo", "It is for your own protection", NES, "The officer"),
    _case("02-ngo", "The machines came at eight", INL, "a woman of 52"),
    _case("02-ngo", "My granddaughter asked me", INL, "a woman of 52"),
    _case("02-ngo", "Where will the cat sleep?", NES, "My granddaughter"),
    _case("02-ngo", "Area to be cleared for public works", INL, "a sheet of paper", _NOTICE_READ),
    _case("02-ngo", "Each time they told us", INL, "Amos Derry"),
    _case("02-ngo", "under review", NES, "the district office", _NESTED_SCARE),
    _case("02-ngo", "was carried out lawfully", PAR, "Ministry of Coastal Development"),
    _case(
        "02-ngo",
        "adequate notice was provided",
        PAR,
        "Ministry of Coastal Development",
    ),
    _case("02-ngo", "removed for safekeeping", PAR, "Ministry of Coastal Development"),
    _case("02-ngo", "The paper was under the rubble", INL, "A 45-year-old boat owner"),
    _case("02-ngo", "No paper, no boat.", NES, "the district office", _NESTED_THEY),
    _case(
        "02-ngo",
        "the permanent or temporary removal",
        PAR,
        "the UN Committee on Economic, Social and Cultural Rights",
    ),
    _case("02-ngo", "If notice was given, where is it?", INL, "Nell Farrant"),
    _case("02-ngo", "The state has every record", INL, "Nell Farrant"),
    # 03: trade press: analysts at firms, a note to clients, a statement, ratings in marks.
    _case("03-trade", "softer than anticipated", PAR, "Harbour Freight", _BLAMED),
    _case("03-trade", "The market had priced in a trim", INL, "Ada Lind"),
    _case("03-trade", "What worries me more", INL, "Ada Lind"),
    _case("03-trade", "among the oldest in the peer group", PAR, "Analysts at Westmoor Securities"),
    _case("03-trade", "confident in the long-term", PAR, "Harbour Freight"),
    _case("03-trade", "prudent", PAR, "Tom Hale"),
    _case("03-trade", "We have assumed that rates", INL, "Tom Hale"),
    _case("03-trade", "We are not in the business", INL, "Tom Hale"),
    _case("03-trade", "We look at everything", INL, "Tom Hale"),
    _case(
        "03-trade", "defensive", PAR, "One portfolio manager at a Selby fund that owns the shares"
    ),
    _case(
        "03-trade",
        "They had the numbers three weeks ago",
        INL,
        "one portfolio manager at a Selby fund that owns the shares",
    ),
    _case("03-trade", "At these levels you are paying", INL, "Ruth Kegan"),
    _case("03-trade", "I'd rather buy when everyone", INL, "Ruth Kegan"),
    _case("03-trade", "flat to slightly lower", PAR, "a survey by the shipbrokers Ashby & Finch"),
    _case("03-trade", "Iron ore is the whole story", INL, "Nils Orr"),
    _case("03-trade", "Until the mills start buying", INL, "Nils Orr"),
    _case(
        "03-trade",
        "20-year low",
        PAR,
        "A report from the Coastal Shipping Council published last week",
    ),
    _case("03-trade", "the one bright spot", PAR, "Nils Orr"),
    _case("03-trade", "If they sell more than two ships", INL, "Ada Lind"),
    _case("03-trade", "If they buy, they're braver", INL, "Ada Lind"),
    # 04: book review: an epigraph, the characters' dialogue, the author interviewed.
    _case("04-bookreview", "Every town keeps two books", BLK, "The Salt Ledger"),
    _case("04-bookreview", "ran on credit and silence", PAR, "Elsie Marrow", _NARRATOR_PUTS_IT),
    _case("04-bookreview", "He went out in weather", INL, "Ida", _FAMILY_SURNAME),
    _case("04-bookreview", "That's all there is to it", INL, "Ida", _FAMILY_SURNAME),
    _case("04-bookreview", "There are sums in that book", INL, "Lorne Tate"),
    _case("04-bookreview", "Take one out and the whole column", INL, "Lorne Tate"),
    _case("04-bookreview", "A man will tell you his debts", INL, "Maud", _FIRST_NAME_APPOSITION),
    _case("04-bookreview", "and neither time is he telling", INL, "Maud", _FIRST_NAME_APPOSITION),
    _case("04-bookreview", "The tide came in", PAR, "Wren Calloway"),
    _case("04-bookreview", "help us tidy up", PAR, "Gideon Vane", _WHEN_CLAUSE_NAME),
    _case("04-bookreview", "She wrote down every penny", INL, "Wren Calloway"),
    _case("04-bookreview", "I spent a year wondering", INL, "Wren Calloway"),
    _case("04-bookreview", "I wanted to write about complicity", INL, "Wren Calloway"),
    _case("04-bookreview", "Because clerks see everything", INL, "Wren Calloway"),
    _case("04-bookreview", "I had thought I was reading", INL, "Elsie Marrow"),
    _case("04-bookreview", "I was in it.", INL, "Elsie Marrow"),
    _case("04-bookreview", "Write it all down", INL, "Elsie Marrow"),
    _case("04-bookreview", "Not because anyone will read it", INL, "Elsie Marrow"),
    # 05: local disaster: residents by description, a first name, the chief, a child through a parent.
    _case("05-disaster", "The roofs on that row are joined", INL, "Rhona Blaise"),
    _case("05-disaster", "My crews did extraordinary work", INL, "Rhona Blaise"),
    _case("05-disaster", "Some of those walls", INL, "Rhona Blaise"),
    _case("05-disaster", "I just started banging on doors", INL, "one resident"),
    _case("05-disaster", "I didn't even put my shoes on", INL, "one resident"),
    _case("05-disaster", "Everything I own was in that house", INL, "Maeve"),
    _case("05-disaster", "They're saying we were lucky", INL, "Maeve"),
    _case("05-disaster", "the dogs and my phone", PAR, "Another man"),
    _case(
        "05-disaster",
        "He kept asking if the fire engines",
        INL,
        "a mother of three",
    ),
    _case("05-disaster", "He told me, ", INL, "a mother of three"),
    # (the nested words whole: a part of them is held by the mother's
    # quotation too; s46-left)
    _case("05-disaster", "The firemen are like superheroes but wetter.", NES, "her youngest son"),
    _case("05-disaster", "Somebody was shouting my name", INL, "an older resident"),
    _case("05-disaster", "I've no idea how he got up", INL, "an older resident"),
    _case("05-disaster", "working urgently", PAR, "Kerrow Council"),
    _case("05-disaster", "Our thoughts are with everyone", INL, "Kerrow Council"),
    _case("05-disaster", "We have opened a rest centre", INL, "Kerrow Council"),
    _case("05-disaster", "This town looks after its own", INL, "Ned Ashby"),
    _case("05-disaster", "We've had to start turning", INL, "Sam Oakes"),
    _case("05-disaster", "People just kept coming", INL, "Sam Oakes"),
    _case("05-disaster", "One little girl came in", INL, "a volunteer"),
    _case("05-disaster", "We will look at all of the", INL, "a council spokesman"),
    _case("05-disaster", "too early", PAR, "Rhona Blaise"),
    _case("05-disaster", "What I can say is that", INL, "Rhona Blaise"),
]

# Words in marks that are no one's speech: a word talked about, a rating, a
# route's code, a book's title, the reviewer's scare quotes. None must be
# read as a quotation.
_WORD_TALKED_ABOUT = "'Asked why it began with the word “BREAKING”, he said:' (a word talked about) is read as a partial quotation"
_RATINGS = "'downgraded the shares to “underweight” from “neutral”' (ratings in marks) is read as a partial quotation of 'the note'"
_SCARE_QUOTE = "'Readers who want the “whodunnit” answered in full' (the reviewer's scare quotes) is read as a partial quotation, the clause after it as its speaker"

_NOT_QUOTATIONS = [
    pytest.param(
        "01-factcheck",
        'word "BREAKING',
        id="01-factcheck:BREAKING",
        marks=pytest.mark.xfail(reason=_WORD_TALKED_ABOUT, strict=True),
    ),
    pytest.param("01-factcheck", '"sold"', id="01-factcheck:sold"),
    pytest.param("03-trade", '"hold"', id="03-trade:hold"),
    pytest.param(
        "03-trade",
        '"underweight"',
        id="03-trade:underweight",
        marks=pytest.mark.xfail(reason=_RATINGS, strict=True),
    ),
    pytest.param("03-trade", '"KB3"', id="03-trade:KB3"),
    pytest.param("04-bookreview", '"The Salt Ledger"', id="04-bookreview:title"),
    pytest.param("04-bookreview", '"reconciliation"', id="04-bookreview:reconciliation"),
    pytest.param("04-bookreview", '"accidental"', id="04-bookreview:accidental"),
    pytest.param(
        "04-bookreview",
        '"whodunnit',
        id="04-bookreview:whodunnit",
        marks=pytest.mark.xfail(reason=_SCARE_QUOTE, strict=True),
    ),
]


test_each_quotation_kind_and_speaker = each_quotation_test(_POSTS, _QUOTATIONS)


@pytest.mark.parametrize(("post", "words"), _NOT_QUOTATIONS)
def test_words_in_marks_that_are_no_quotation(post: str, words: str) -> None:
    assert not any(
        words in text and not any(p.values[1] in text for p in _QUOTATIONS if p.values[0] == post)
        for text, _kind, _who in _POSTS.readings(post)
    )


_POST_NAMES = ["01-factcheck", "02-ngo", "03-trade", "04-bookreview", "05-disaster"]


@pytest.mark.parametrize("post", _POST_NAMES)
def test_every_quotation_read_is_listed(post: str) -> None:
    # The tables above list every quotation a careful reader finds (and the
    # words in marks left as false quotations), so a new reading shows here.
    listed = [p.values[1] for p in (*_QUOTATIONS, *_NOT_QUOTATIONS) if p.values[0] == post]
    for text, _kind, _who in _POSTS.readings(post):
        assert any(words in text for words in listed), text


# === The fixes: each the smallest team sentence, and one where it must not fire

L, R = "\u201c", "\u201d"


# -- "One resident", "A mother of three who lives ...": someone brought in
# unnamed as the subject saying something, then "she said" (post 05) -------


def test_one_resident_brings_in_the_speaker_of_she_said() -> None:
    # (Shown "she": "One" brought no one in as "A" does.)
    assert said_by(
        "I just ran",
        f"The fire spread fast. One resident, who lives near the pier, said she smelled "
        f"smoke. {L}I just ran,{R} she said.",
    ) == ["one resident"]


def test_a_mother_with_a_relative_clause_brings_in_the_speaker() -> None:
    # (Given to Ada Lind, quoted before: "mother" was no person's noun, and a
    # relative clause with no commas hid the verb.)
    assert said_by(
        "He kept asking",
        f"{L}It is gone,{R} said Ada Lind.",
        f"A mother of three who lives on the row said her son had watched from the car. "
        f"{L}He kept asking about his bike,{R} she said.",
    ) == ["a mother of three"]


def test_a_participle_aside_keeps_the_one_brought_in() -> None:
    assert said_by(
        "We lost the boat",
        f"{L}It is gone,{R} said Tom Hale.",
        f"Another woman, standing by the pier, said the storm came at night. {L}We lost "
        f"the boat,{R} she said.",
    ) == ["another woman"]


def test_a_named_speaker_since_the_description_still_speaks() -> None:
    # Must not fire: Ada Lind is named after the mother, and she is nearer.
    assert said_by(
        "The pier is gone",
        f"A mother who lives on the row said her son had watched. Ada Lind, the harbour "
        f"master, came later. {L}The pier is gone,{R} she said.",
    ) == ["Ada Lind"]


def test_one_of_a_thing_brings_no_one_in() -> None:
    # Must not fire: "One report" is no person.
    assert said_by(
        "It was a storm",
        f"Ada Lind spoke at the pier. One report, published on Monday, said the pier was "
        f"safe. {L}It was a storm,{R} she said.",
    ) == ["Ada Lind"]


# -- "A teacher, whose name we withheld, told us": a "whose" aside (post 02) --


def test_a_whose_aside_keeps_the_one_brought_in() -> None:
    # (Shown "she": only a "who" aside was read.)
    assert said_by(
        "They took the boats",
        "We met people evicted from the village.",
        f"A teacher, whose name we withheld, told us that police came to the beach. "
        f"{L}They took the boats first,{R} she said.",
    ) == ["a teacher"]


# -- "the fishing settlement of Lower Kerrow": a place, no person (post 02) ---


def test_a_place_after_the_village_of_is_no_speaker() -> None:
    # (Shown "Lower Kerrow": the place was the one "she" meant.)
    assert said_by(
        "They came at eight",
        "We met people from the fishing settlement of Lower Kerrow.",
        f"The day began early. {L}They came at eight,{R} she said.",
    ) == ["she"]


def test_a_person_after_the_daughter_of_is_still_one() -> None:
    # Must not fire: "the daughter of" is no place.
    assert said_by(
        "They came at eight",
        "We met Ada Lind, the daughter of Tom Hale, at the pier.",
        f"{L}They came at eight,{R} Hale said.",
    ) == ["Tom Hale"]


# -- "One portfolio manager at a Selby fund that owns the shares": a body's
# phrase of seven words after the noun (post 03) ----------------------------


def test_a_long_phrase_of_the_body_keeps_the_one_brought_in() -> None:
    # (Given to Tom Hale, quoted before: the phrase ran one word too long.)
    assert said_by(
        "They knew",
        f"{L}It is fine,{R} said Tom Hale.",
        f"One manager at a Selby fund that owns the shares, who asked not to be named, "
        f"said the call had been {L}defensive{R}. {L}They knew,{R} he said.",
    ) == ["one manager at a Selby fund that owns the shares"]


# -- "We also asked Ruth Kegan, ..., whether ...": the one asked answers
# (post 01) ------------------------------------------------------------------


def test_the_one_asked_answers_she_said() -> None:
    # (Given to Ada Lind, the woman quoted before.)
    assert said_by(
        "Not without a hearing",
        f"{L}It is ordinary,{R} Ada Lind said.",
        f"We also asked Ruth Kegan, a former harbour master, whether a lease could close "
        f"the pier. {L}Not without a hearing,{R} she said.",
    ) == ["Ruth Kegan"]


def test_the_one_asked_of_the_other_sex_does_not_answer() -> None:
    # Must not fire: "she" cannot mean Tom Hale.
    assert said_by(
        "Not without a hearing",
        f"{L}It is ordinary,{R} Ada Lind said.",
        f"We asked Mr Tom Hale, who chairs the board, whether a lease could close the "
        f"pier. {L}Not without a hearing,{R} she said.",
    ) == ["Ada Lind"]


def test_a_body_asked_is_no_person() -> None:
    # Must not fire: the board asked is no person; "she" is still Ada Lind.
    assert said_by(
        "Not without a hearing",
        f"{L}It is ordinary,{R} Ada Lind said.",
        f"We asked Harbour Board whether a lease could close the pier. {L}Not without a "
        f"hearing,{R} she said.",
    ) == ["Ada Lind"]


# -- "— from The Salt Ledger": an epigraph signed with its work (post 04) ----


def test_an_epigraph_signed_from_a_work_is_the_work_s() -> None:
    # (No speaker: "from" opened no name.)
    assert said_by(
        "Every pier",
        "A review of a harbour novel",
        f"{L}Every pier remembers the boats.{R}",
        "\u2014 from The Harbour Ledger",
        "Wren Calloway wrote the novel in a year.",
    ) == ["The Harbour Ledger"]


def test_from_before_lower_case_words_signs_nothing() -> None:
    # Must not fire: "— from the harbour board" names no work or person.
    assert said_by(
        "Every pier",
        "A review of a harbour novel",
        f"{L}Every pier remembers the boats.{R}",
        "\u2014 from the harbour board",
        "Wren Calloway wrote the novel in a year.",
    ) == [None]


# -- "Analysts at Westmoor Securities were more negative": a group's name
# before a copula (post 03) --------------------------------------------------


def test_a_group_s_body_before_were_is_kept_in_its_label() -> None:
    # (Shown "Analysts": only a past form or a speech verb closed the name.)
    assert said_by(
        "among the oldest",
        f"Analysts at Harbour Securities were more negative. In a note, they said the "
        f"fleet was {L}among the oldest{R}.",
    ) == ["Analysts at Harbour Securities"]


def test_a_lower_case_phrase_after_the_group_is_still_left_off() -> None:
    # Must not fire: "Critics of the plan were" keeps "Critics".
    assert said_by(
        "It is old",
        f"Critics of the pier plan were angry. {L}It is old,{R} they said.",
    ) == ["Critics"]


# -- "Another man, standing by the tape, said he had ...": a participle's
# aside after a description (post 05) ----------------------------------------


def test_a_participle_aside_after_a_description_keeps_its_subject() -> None:
    # (Given to Ada Lind, quoted before: the aside was read as the subject.)
    assert said_by(
        "the dog and my phone",
        f"{L}It is gone,{R} said Ada Lind.",
        f"Another man, standing by the tape, said he had got out with {L}the dog and my phone{R}.",
    ) == ["Another man"]


def test_a_participle_clause_running_on_to_the_verb_is_no_aside() -> None:
    # Must not fire: "leading ... to counter" is no aside set off before
    # the verb; the post opening the sentence is no speaker.
    assert said_by(
        "every cent",
        f"His harbour post was shared 300 times, leading aides like Tom Hale to counter "
        f"that {L}every cent went to the pier{R}.",
    ) != ["His harbour post"]
