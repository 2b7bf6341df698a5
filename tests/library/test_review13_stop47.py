"""A researcher reads ten new posts, stop 47 (branch s47-rev13): do the
fixes of stops 45-46 carry to new text, and how do kinds no stop has
written read?

Posts 01-05 are new text of s46-rev10's five kinds (s46-rev12 wrote the
first new text of them): a parliamentary debate record on rural buses
("Iris Fenwick (Stallbridge East) (Lab):", then "Iris Fenwick:", "The
Minister for Rural Affairs (Daniel Ashworth):" then the office alone,
"Madam Deputy Speaker (Nora Blythe):", "Hon. Members: No!", a speech over
two paragraphs); a qualitative study of dementia carers (codes "(C7,
wife)" after the words, a block quotation with the code on its own after
it, a focus group's "P2:" lines, a code as a sentence's subject, an
author-year citation, a support group's submission); a public inquiry's
report on a car park's collapse (numbered paragraphs, a survey and a
letter, written statements "(WS0112, para 9)", oral evidence "[Day
4/17/2-8]", an email, a log); a week in quotes (lines in marks over "—
Name, role, occasion", a policing team's post, "Cllr", a role before the
name, a relative clause after the age, "Deputy mayor Sanjay Mistry: “…”");
and a trading update call laid out with each speaker's name alone on the
line over the turn (the participants listed above with " - ").

Posts 06-10 are kinds no stop had written: a football match report
(managers and players, "said Harriers manager Gary Pell", "Pell smiled:");
an obituary (relatives by "Her daughter, Siobhan,", the dead woman's own
words, a nephew's homily split by "he said"); a science story (the lead
author, a co-author, an outside expert "who was not involved", the paper
and a funder); a court sentencing report (the judge, counsel by
"Prosecuting,"/"Defending,", a victim's mother's statement, a detective, a
regulator's spokesperson); and a Q&A interview (questions on lines of
their own, answers under them, with no labels).

They are kept in ``tests/fixtures/review13_stop47``. Every quotation of
every post is listed below with its kind and the speaker a careful reader
would write, by the conventions of test_review12_stop46 (the name without
its titles, else the description the text gave first without its
relative clause; a participant by code; a labelled turn its speaker's
block quotation; a partial inside a turn stays PARTIAL; the operator's
turns and an interviewer's questions no one's quotation), written by hand
with the posts and committed before anything was run. Each one read wrong
is a strict xfail with the reason. evaluation/README.md ("Do the fixes
carry? New English posts, held out, stop 47 (branch s47-rev13)") gives
the first reads. Every sentence here is written by the team.
"""

# ruff: noqa: E501 (the reasons are long lines)

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.library.model import QuoteKind
from tests.library.paragraphs import Posts, given_to, review_case, review_tests, shown

_POSTS = Posts(Path(__file__).resolve().parents[1] / "fixtures" / "review13_stop47")

INL, PAR, NES, BLK = QuoteKind.INLINE, QuoteKind.PARTIAL, QuoteKind.NESTED, QuoteKind.BLOCK

# Why each misreading is left (a key per construction; evaluation/README.md,
# "Do the fixes carry? New English posts, held out, stop 47 (branch s47-rev13)").
_CONTINUED = "a speech's second paragraph, with no label of its own, is not read as the member's turn (s46-rev10's and s46-rev12's _CONTINUED, a third time: an interview written up as a profile puts the writer's narrative there)"
_FOCUS_GROUP = "a focus group's turns under a participant's code alone ('P2: I set alarms ...', 'P5: And one for yourself?') are not read: a label of one capital and a digit names no one the text names in full"
_RUNNING_PARTIAL = "a fragment after a comma with its code ('… work with no end, “a night shift that never finishes” (C4, son).') is read INLINE with the code, not PARTIAL: the words are no sentence"
_CODE_INSIDE = "'said one participant (C18, husband), whose wife …': a code followed by a relative clause, so not ending its sentence, is not read; the words go to 'one participant'"
_TWO_CODES = "two participants' fragments in one sentence, each with its code ('was “lovely but always leaving” (C2, daughter-in-law), and the memory clinic “a letter every six months” (C11, wife)'), are not read (s46-rev10's and s46-rev12's _TWO_CODES, a third time)"
_GERUND = "'Caring was described as work …': a gerund opening a sentence is taken for a one-word name, and a later 'she' (and a nested quotation's 'she said') goes to 'Caring'"
_AUTHOR_YEAR = "'Our findings extend the work of Marsh (2020), who described … as “…”': an author-year citation as the object of a phrase is shown as the whole clause (s46-rev10's and s46-rev12's _AUTHOR_YEAR, a third time)"
_STATEMENT_SHE = "'The survey and the letter went to … Gwen Tolley. In her written statement she said:': a name ending the sentence before, as an object, is not the 'she' of the next; it goes to the firm quoted before (Hallam Bright Associates)"
_EMAILED = "'Mr Kinnear emailed Ms Tolley: \"…\"': 'emailed' with an object before the colon is not read as a verb of saying; the words go to Gwen Tolley, the speaker before"
_LOG = "'The team's log records it as \"noted - no action\".': a document as the subject of 'records … as' is not read as a quotation (s46-rev10's _DOC_SUBJECT, again)"
_COUNSEL = "'Counsel to the Inquiry put it to her that …': the office's name is cut to 'Counsel'"
_APOSTROPHE = "'the Marrow Street Traders' Association said': the name is read (since the fronted-phrase fix) but shown without the plural possessive's apostrophe ('Marrow Street Traders Association'); strict scoring takes it"
_ROLE_OPENING = "'Librarian Joan Ferris was less sure.': a role noun opening the sentence before the name is shown as part of the name ('Librarian Joan Ferris'); strict scoring takes it"
_WHO_VISITED = "'An RSPCA officer who visited said': a relative clause with no comma is shown as part of the description (s46-rev12's _RELATIVE, another construction of it); strict scoring takes it"
_LOWER_ROLE_SIGN = "'— comedian Dara Whelan, at the Corn Exchange': a sign-off opening with a role in lower case before the name is not read, and the words go to the speaker before"
_JOINED_SIGN = "the plain-text reader joins the long sign-off line ('— Ellie Stroud, 14, who started the petition …') to the quotation's paragraph, so the quotation is INLINE (its speaker right)"
_TURN_ME = "inside a call's turn a description whose words the turn's speaker was sent or told ('One of our depot managers … sent me a photo … with the message, \"…\"', 'I met a graduate …, Kayleigh Moss, who said, \"…\"') is given to the turn's speaker (s46-rev10's turn's-own-'I' rule takes 'me' and 'I met')"
_LIKES_TO_SAY = "'As our head of pricing likes to say, \"…\"': 'likes to' before the verb of saying is not read as 'used to' is; the words go to 'Please', the operator's 'Please go ahead.' read as a name (s46-rev10's _PLEASE, again)"
_FRONTED_ASKED = "'Asked about Doyle's future, Pell smiled: “…”': after a fronted participle clause a surname and a verb of no saying before a colon is not read; the words go to the speaker before"
_KIN_SURNAME = "'Her daughter, Siobhan,': a relative's first name is given the surname of the woman 'her' is taken to be (Siobhan Doone, right here but not written; 'Her son, Kieran,' after a nurse is named is Kieran Bunting); strict scoring takes the first"
_HOLROYD_PARTIAL = "'The father, a shepherd named Eric Holroyd, later wrote to the local paper that she had been “…”': 'wrote to … that' with 'a shepherd named' is not read as a partial quotation"
_SHE_OF_THE_DEAD = "'She never married. Asked once why, she told a reporter …': the obituary's subject as 'she' is given to Alan Holroyd, the man quoted just before (no sex is known for him: first names are not read for it)"
_LAST_WORDS = "'said her aunt's last words to the family were typical: “Don't fuss.”': the words are the aunt's, quoted by the niece; shown as the clause"
_QUEEN_MARY = "'Professor Owen Grady, a co-author at Queen Mary, said …': 'Queen Mary' (a university) in the apposition is read as a woman, and Owen Grady is not the 'he' after; the words go to 'Current Biology'"
_POSTNOMINAL = (
    "'Rebecca Aldane KC said': the post-nominal 'KC' stays in the name; strict scoring takes it"
)
_QA_HEADLINE = "a Q&A's headline in single marks over the interviewee's words (‘I still write every word by hand’: novelist Ruth Okonkwo …) is not read (s46-rev9's teller's headline is read only in an 'as told to' piece)"
_TOLD_ME = "'My editor, Sam Whitlock, told me early on, “…,” and I said': 'told me' gives the words to the answer's 'I' (the interviewee), not the editor"
_CALL_ME = "'The neighbours here call me “the writer”': a naming verb's fragment inside an answer is not read"
_MOTHER_RANG = "'my mother rang me and said, “…”': the nested words go to 'Critics', named in the question before"

_case = review_case

# Posts 01-05: new text of stop 46's five kinds.
_QUOTATIONS = [
    # 01: a debate record.
    _case(
        "01-debate",
        "I beg to move, That this House has considered bus services",
        BLK,
        "Iris Fenwick",
    ),
    _case("01-debate", "I have lived here seventy years", NES, "a pensioner in Coldharbour"),
    _case("01-debate", "lean but resilient", PAR, "The county's own transport plan"),
    _case("01-debate", "Will the hon. Lady give way?", BLK, "Tobias Quarrie"),
    _case("01-debate", "I will.", BLK, "Iris Fenwick"),
    _case("01-debate", "Does she agree that it was the operator", BLK, "Tobias Quarrie"),
    _case("01-debate", "The operator withdrew it because", BLK, "Iris Fenwick"),
    _case(
        "01-debate", "simply not viable without support", PAR, "The operator's managing director"
    ),
    _case("01-debate", "My constituent Shona Petrie, who is seventeen", BLK, "Marcus Eddowes"),
    _case("01-debate", "I turned down a college place", NES, "Shona Petrie"),
    _case("01-debate", "No!", BLK, "Hon. Members"),
    _case("01-debate", "Order. Interventions must be brief.", BLK, "Nora Blythe"),
    _case("01-debate", "I am grateful to my hon. Friend.", BLK, "Iris Fenwick"),
    _case(
        "01-debate", "I congratulate the hon. Member for Stallbridge East", BLK, "Daniel Ashworth"
    ),
    _case("01-debate", "a lifeline", PAR, "The county's cabinet member for transport"),
    _case(
        "01-debate", "I want to be clear: no route should close", BLK, "Daniel Ashworth", _CONTINUED
    ),
    _case("01-debate", "Will the Minister meet me", BLK, "Iris Fenwick"),
    _case("01-debate", "I will happily meet the hon. Lady", BLK, "Daniel Ashworth"),
    _case("01-debate", "The Minister says he will bring the bus.", BLK, "Tobias Quarrie"),
    _case(
        "01-debate",
        "We have buses. We have not got anyone to drive them.",
        NES,
        "The depot manager in Pendleford",
    ),
    _case("01-debate", "Order. I call the Minister to respond briefly.", BLK, "Nora Blythe"),
    _case("01-debate", "We are funding driver training", BLK, "Daniel Ashworth"),
    # 02: a qualitative study's findings.
    _case("02-qualitative", "It crept up on me.", INL, "C7"),
    _case("02-qualitative", "The nurse handed me a carrier bag", BLK, "C12"),
    _case("02-qualitative", "You'll be fine, you're family.", NES, "The nurse"),
    _case("02-qualitative", "Consent didn't come into it", INL, "C9"),
    _case("02-qualitative", "a night shift that never finishes", PAR, "C4", _RUNNING_PARTIAL),
    _case("02-qualitative", "I set alarms for everything.", BLK, "P2", _FOCUS_GROUP),
    _case("02-qualitative", "And one for yourself?", BLK, "P5", _FOCUS_GROUP),
    _case("02-qualitative", "There isn't one for me.", BLK, "P2", _FOCUS_GROUP),
    _case("02-qualitative", "I have spent more hours on hold", INL, "C18", _CODE_INSIDE),
    _case("02-qualitative", "lovely but always leaving", PAR, "C2", _TWO_CODES),
    _case("02-qualitative", "a letter every six months", PAR, "C11", _TWO_CODES),
    _case("02-qualitative", "like a prison, but for me", PAR, "C16"),
    _case("02-qualitative", "I framed it.", INL, "C20", _GERUND),
    _case("02-qualitative", "When the district nurse came she said", BLK, "C14"),
    _case("02-qualitative", "Who's looking after you?", NES, "the district nurse", _GERUND),
    _case("02-qualitative", "I'm tired", INL, "C1"),
    _case("02-qualitative", "professional worriers", PAR, "Marsh", _AUTHOR_YEAR),
    _case("02-qualitative", "designed for people with time", PAR, "A carers' support group"),
    # 03: a public inquiry's report.
    _case("03-inquiry", "advanced", PAR, "Hallam Bright Associates"),
    _case("03-inquiry", "the upper two levels be closed", PAR, "Hallam Bright Associates"),
    _case("03-inquiry", "We would be failing in our duty", INL, "Hallam Bright Associates"),
    _case("03-inquiry", "I read the summary page.", INL, "Gwen Tolley", _STATEMENT_SHE),
    _case("03-inquiry", "There was a budget meeting that month.", INL, "Gwen Tolley"),
    _case("03-inquiry", "The director. Mr Kinnear.", INL, "Gwen Tolley"),
    _case("03-inquiry", "I never told anyone to leave", INL, "Alan Kinnear"),
    _case("03-inquiry", "Can we do props instead of closing?", INL, "Alan Kinnear", _EMAILED),
    _case("03-inquiry", "It reads badly.", INL, "Alan Kinnear"),
    _case("03-inquiry", "a stopgap measured in months, not years", PAR, "Denholm Steel"),
    _case("03-inquiry", "pouring through the ceiling", PAR, "Rashid Omar"),
    _case("03-inquiry", "hear the concrete cracking at night", PAR, "Rashid Omar"),
    _case("03-inquiry", "noted - no action", PAR, "The team's log", _LOG),
    _case("03-inquiry", "There was a noise like a train", INL, "Eileen Pascoe"),
    _case("03-inquiry", "The people of this town were let down", INL, "Ruth Abara"),
    _case("03-inquiry", "too comfortable with risk", PAR, "Ruth Abara"),
    _case("03-inquiry", "chosen income over safety", PAR, "Counsel to the Inquiry", _COUNSEL),
    _case("03-inquiry", "I cannot disagree with that.", INL, "Ruth Abara"),
    _case("03-inquiry", "lucky, not safe", PAR, "Marrow Street Traders' Association", _APOSTROPHE),
    # 04: the week in quotes.
    _case("04-weekquotes", "We are not closing the library.", BLK, "Clive Harrowby"),
    _case(
        "04-weekquotes",
        "Have you ever tried to read next to a squash court?",
        INL,
        "Joan Ferris",
        _ROLE_OPENING,
    ),
    _case("04-weekquotes", "I have been asked to say nothing", BLK, "Beatrice Oyelaran"),
    _case("04-weekquotes", "Ninety-one. And still faster than the council.", BLK, "Len Abbott"),
    _case("04-weekquotes", "Some of the potholes on Mill Road", BLK, "Aisha Bello"),
    _case("04-weekquotes", "scheduled for resurfacing", PAR, "The council's highways department"),
    _case("04-weekquotes", "Which one?", BLK, "Aisha Bello"),
    _case(
        "04-weekquotes",
        "Police were called after reports",
        BLK,
        "Pellworth Neighbourhood Policing Team",
    ),
    _case("04-weekquotes", "Worth the sunburn", INL, "Kev"),
    _case("04-weekquotes", "It's not a traffic jam, it's a community.", BLK, "Rob Ellery"),
    _case("04-weekquotes", "The band will play on.", BLK, "Hugh Tennant"),
    _case(
        "04-weekquotes", "It's a euphonium at seven in the morning.", INL, "A resident of the flats"
    ),
    _case("04-weekquotes", "I didn't ask for the swan.", BLK, "Margaret Keele"),
    _case(
        "04-weekquotes",
        "in excellent health and in no hurry",
        PAR,
        "An RSPCA officer",
        _WHO_VISITED,
    ),
    _case("04-weekquotes", "We had 400 people and one toilet.", BLK, "Fiona Lusk"),
    _case("04-weekquotes", "I've been told I can't comment.", INL, "Sanjay Mistry"),
    _case(
        "04-weekquotes", "Pellworth is the only town I know", BLK, "Dara Whelan", _LOWER_ROLE_SIGN
    ),
    _case("04-weekquotes", "My grandad planted that tree.", BLK, "Ellie Stroud", _JOINED_SIGN),
    _case("04-weekquotes", "pause and reflect", PAR, "The council"),
    # 05: a trading update call, each turn under the speaker's name alone.
    _case(
        "05-earnings", "Thank you, and good morning. It has been a quarter", BLK, "Marta Lindqvist"
    ),
    _case(
        "05-earnings", "Good problem to have?", NES, "One of our depot managers in Leeds", _TURN_ME
    ),
    _case("05-earnings", "Still a problem.", NES, "Marta Lindqvist"),
    _case(
        "05-earnings",
        "We have also agreed terms to acquire Fenmore Freight",
        BLK,
        "Marta Lindqvist",
    ),
    _case("05-earnings", "Look after the drivers", NES, "David Fenmore"),
    _case("05-earnings", "Thanks, Marta. Revenue for the quarter", BLK, "Obi Nwankwo"),
    _case("05-earnings", "cautiously positive", PAR, "the board"),
    _case("05-earnings", "Good morning. Two from me.", BLK, "Hannah Reyes"),
    _case("05-earnings", "On the multiple, about seven times earnings", BLK, "Marta Lindqvist"),
    _case(
        "05-earnings",
        "a strong peak, possibly stronger than last year",
        PAR,
        "Our largest customer",
    ),
    _case("05-earnings", "Thank you.", BLK, "Hannah Reyes"),
    _case("05-earnings", "Hi, morning all.", BLK, "Tom Vickery"),
    _case("05-earnings", "About 80 % within a quarter", BLK, "Obi Nwankwo"),
    _case("05-earnings", "Every penny we absorb", NES, "our head of pricing", _LIKES_TO_SAY),
    _case("05-earnings", "And the driver shortage?", BLK, "Tom Vickery"),
    _case("05-earnings", "the worst it has been since 2021", PAR, "Your competitor"),
    _case("05-earnings", "We have 140 vacancies", BLK, "Marta Lindqvist"),
    _case(
        "05-earnings", "I never thought I'd drive anything bigger", NES, "Kayleigh Moss", _TURN_ME
    ),
    _case("05-earnings", "Thank you all.", BLK, "Marta Lindqvist"),
]

# Posts 06-10: kinds no stop had written.
_NEW_KINDS = [
    # 06: a football match report.
    _case("06-match", "I told the lads at half-time", INL, "Gary Pell"),
    _case("06-match", "They listened, for once.", INL, "Gary Pell"),
    _case("06-match", "We switched off.", INL, "Gary Pell"),
    _case("06-match", "the best goal I've ever scored, until the second one", PAR, "Jamie Doyle"),
    _case("06-match", "I just shut my eyes and hit it.", INL, "Jamie Doyle"),
    _case("06-match", "Two-one up with ten minutes left", INL, "Mick Haldane"),
    _case("06-match", "I've seen it back.", INL, "Mick Haldane"),
    _case("06-match", "Personally, I'm happy", INL, "Kwame Asante"),
    _case("06-match", "massive for the club and the town", PAR, "Liam Stott"),
    _case("06-match", "the best afternoon at Mill Lane for years", PAR, "Dennis Rowe"),
    _case("06-match", "He's staying. I've hidden his phone.", INL, "Gary Pell", _FRONTED_ASKED),
    # 07: an obituary.
    _case("07-obituary", "Mum kept her bag by the front door.", INL, "Siobhan", _KIN_SURNAME),
    _case(
        "07-obituary",
        "calmer than the sheep and twice as capable",
        PAR,
        "Eric Holroyd",
        _HOLROYD_PARTIAL,
    ),
    _case("07-obituary", "She came to my 50th birthday", INL, "Alan Holroyd"),
    _case("07-obituary", "I've had 3,000 children.", INL, "Mary Doone", _SHE_OF_THE_DEAD),
    _case("07-obituary", "warm hands and a cold head", PAR, "Mary Doone", _SHE_OF_THE_DEAD),
    _case("07-obituary", "If Mary said a baby was coming", INL, "Rajiv Menon"),
    _case("07-obituary", "the hat lady", PAR, "Claire Bunting"),
    _case("07-obituary", "a way of making you feel", PAR, "Kieran", _KIN_SURNAME),
    _case("07-obituary", "She brought more people into this world", INL, "Declan Doone"),
    _case(
        "07-obituary",
        "and she made sure every one of them arrived with a hat.",
        INL,
        "Declan Doone",
    ),
    _case("07-obituary", "Don't fuss.", INL, "Mary Doone", _LAST_WORDS),
    # 08: a science story.
    _case("08-science", "We were surprised by how consistent they were", INL, "Helen Marchetti"),
    _case("08-science", "A bee that had emptied six flowers", INL, "Helen Marchetti"),
    _case("08-science", "a simple running tally", PAR, "The team"),
    _case(
        "08-science",
        "They're doing something that looks a lot like counting",
        INL,
        "Owen Grady",
        _QUEEN_MARY,
    ),
    _case("08-science", "Six flowers take a bee", INL, "Nadia Ferreira"),
    _case("08-science", "We varied the distance between flowers", INL, "Helen Marchetti"),
    _case("08-science", "a good control, but not the last word", PAR, "Nadia Ferreira"),
    _case("08-science", "If bees leave after a fixed number", INL, "Tom Ashby"),
    _case(
        "08-science",
        "exactly the kind of curiosity-driven research",
        PAR,
        "Biotechnology and Biological Sciences Research Council",
    ),
    _case("08-science", "Lab bees are a bit spoiled", INL, "Helen Marchetti"),
    _case("08-science", "Wild bees might be less patient.", INL, "Helen Marchetti"),
    # 09: a court sentencing report.
    _case("09-sentencing", "You were warned, in writing and in person", INL, "Alison Merriweather"),
    _case("09-sentencing", "not a momentary lapse", PAR, "Alison Merriweather"),
    _case("09-sentencing", "an accident waiting to happen", PAR, "Gordon Tate"),
    _case(
        "09-sentencing",
        "The defendant's response to that warning",
        INL,
        "Rebecca Aldane",
        _POSTNOMINAL,
    ),
    _case("09-sentencing", "Ethan was so proud to be learning a trade.", INL, "Joanne Walsh"),
    _case("09-sentencing", "I don't want anyone else to get the phone call", INL, "Joanne Walsh"),
    _case("09-sentencing", "Six years is nothing.", INL, "Paul Walsh"),
    _case("09-sentencing", "genuinely remorseful", PAR, "Marcus Ibbotson"),
    _case("09-sentencing", "thought of little else", PAR, "Marcus Ibbotson"),
    _case("09-sentencing", "This was a death that should never have happened.", INL, "Lorna Fisk"),
    _case(
        "09-sentencing",
        "cutting corners on scaffolding costs lives",
        PAR,
        "A spokesperson for the Health and Safety Executive",
    ),
    # 10: a Q&A interview, questions on lines of their own.
    _case("10-qa", "I still write every word by hand", INL, "Ruth Okonkwo", _QA_HEADLINE),
    _case("10-qa", "My grandmother grew up in a lighthouse", BLK, "Ruth Okonkwo"),
    _case("10-qa", "The sea gives you a clock", NES, "My grandmother"),
    _case("10-qa", "Because it's a house that has a job.", BLK, "Ruth Okonkwo"),
    _case("10-qa", "Nobody wants 400 pages about a lamp", NES, "Sam Whitlock", _TOLD_ME),
    _case("10-qa", "Watch me.", NES, "Ruth Okonkwo"),
    _case("10-qa", "Every word, in pencil", BLK, "Ruth Okonkwo"),
    _case("10-qa", "Very. That's the point.", BLK, "Ruth Okonkwo"),
    _case("10-qa", "Nothing dramatic.", BLK, "Ruth Okonkwo"),
    _case("10-qa", "the writer", PAR, "The neighbours", _CALL_ME),
    _case("10-qa", "quiet", PAR, "Critics"),
    _case("10-qa", "It used to.", BLK, "Ruth Okonkwo"),
    _case("10-qa", "Well, he's never been to Hexham", NES, "my mother", _MOTHER_RANG),
    _case("10-qa", "Penelope Fitzgerald, again.", BLK, "Ruth Okonkwo"),
    _case("10-qa", "A short story collection, and a long walk.", BLK, "Ruth Okonkwo"),
]

# Words that are no one's quotation: the debate's record of the question,
# the call's operator, the interviewer's questions.
_NOT_QUOTATIONS = [
    pytest.param("01-debate", "Question put and agreed to.", id="01-debate:question put"),
    pytest.param("01-debate", "Resolved, That this House", id="01-debate:resolved"),
    pytest.param(
        "05-earnings", "Good morning, ladies and gentlemen", id="05-earnings:operator welcome"
    ),
    pytest.param(
        "05-earnings",
        "We will now begin the question-and-answer",
        id="05-earnings:operator q and a",
    ),
    pytest.param(
        "05-earnings", "Our next question comes from Tom Vickery", id="05-earnings:operator next"
    ),
    pytest.param("05-earnings", "There are no further questions.", id="05-earnings:operator last"),
    pytest.param("05-earnings", "This concludes today's call.", id="05-earnings:operator close"),
    pytest.param(
        "10-qa", "You've said this is your most personal book.", id="10-qa:first question"
    ),
    pytest.param("10-qa", "Why a lighthouse?", id="10-qa:second question"),
    pytest.param("10-qa", "Isn't that slow?", id="10-qa:fourth question"),
    pytest.param("10-qa", "What's next?", id="10-qa:last question"),
]


_POST_NAMES = [
    "01-debate",
    "02-qualitative",
    "03-inquiry",
    "04-weekquotes",
    "05-earnings",
    "06-match",
    "07-obituary",
    "08-science",
    "09-sentencing",
    "10-qa",
]


# Each quotation is asked as the innermost quotation holding its words.
(
    test_each_quotation_kind_and_speaker,
    test_words_that_are_no_quotation,
    test_every_quotation_read_is_listed,
) = review_tests(_POSTS, _QUOTATIONS + _NEW_KINDS, _NOT_QUOTATIONS, _POST_NAMES, innermost=True)


# === The fixes: each the smallest team sentence, and one where it must not fire

L, R = "\u201c", "\u201d"


# -- a call's turns under the speaker's name alone (post 05) -----------------


def test_a_call_s_turns_stand_under_the_name_its_participants_list_gave() -> None:
    # (Not read: s46-rev10's dashed label needs the role on the turn's line;
    # a call transcript that lists "Name - Role" once prints the name alone.)
    assert given_to(
        "Company Participants",
        "Ada Lind - Chief Executive Officer",
        "Tom Hale - Analyst, Carrow Bank",
        "Operator",
        "Ada Lind",
        "Good morning. It was a hard quarter.",
        "Tom Hale",
        "What about costs?",
        "Ada Lind",
        "Costs fell by a tenth.",
    ) == [
        ("Good morning. It was a hard quarter.", "Ada Lind"),
        ("What about costs?", "Tom Hale"),
        ("Costs fell by a tenth.", "Ada Lind"),
    ]


def test_a_name_alone_no_list_gave_or_one_person_s_line_opens_no_turn() -> None:
    # Must not fire: no "Name - Role" line names the person, or only one
    # person's (a byline), so a name on a line of its own is a heading.
    assert (
        given_to(
            "Ada Lind",
            "The ferry to Skerra has not sailed for six weeks.",
            "Tom Hale",
            "The harbour board met on Monday.",
            "Ada Lind",
            "The board will meet again.",
        )
        == []
    )
    assert (
        given_to(
            "Ada Lind - Staff Writer",
            "The ferry to Skerra has not sailed for six weeks.",
            "Ada Lind",
            "The harbour board met on Monday.",
        )
        == []
    )


# -- "A shopper, Eileen Pascoe, was walking to her car." (post 03) -------------


def test_a_name_after_an_indefinite_or_fronted_description_is_the_subject() -> None:
    # (Shown the speaker quoted before, Tom Hale: s41-rev2's opening
    # description took "The ..." only, at the sentence's start.)
    before = f"A porter, Tom Hale, reported water {L}pouring in{R}."
    for opening in (
        "A shopper, Ada Lind, was walking to her car.",
        "In oral evidence the council's chief executive, Dr Ada Lind, apologised.",
        "4.13 In oral evidence the council's chief executive, Ada Lind, apologised.",
    ):
        assert given_to(before, f"{opening} {L}There was a noise,{R} she said.")[1] == (
            "There was a noise",
            "Ada Lind",
        ), opening


def test_a_name_set_off_inside_the_sentence_or_before_no_verb_is_no_subject() -> None:
    # Must not fire: the description and name stand after the sentence's
    # subject, or no verb follows the name's comma.
    assert given_to(
        f"Tom Hale met a shopper, Ada Lind, walking to her car. {L}There was a noise,{R} he said."
    ) == [("There was a noise", "Tom Hale")]
    assert given_to(
        f"A porter, Tom Hale, reported water {L}pouring in{R}.",
        f"A week later, Ada Lind, the manager, and her deputy visited. {L}It is safe,{R} he said.",
    )[1] == ("It is safe", "Tom Hale")


# -- an interview's questions on lines of their own, no labels (post 10) -----


def test_an_interview_s_answers_under_unlabelled_questions_are_the_interviewee_s() -> None:
    # (Not read: only "Q:"/"A:" or a name's label opened a turn.)
    assert given_to(
        "The novelist Ada Lind spoke to Tom Hale about her new book.",
        "Where did you write it?",
        "In a shed by the harbour.",
        "Why a shed?",
        "Because nobody rings a shed.",
        "Do you still write by hand?",
        "Every word, in pencil.",
        "The book is published in March.",
    ) == [
        ("In a shed by the harbour.", "Ada Lind"),
        ("Because nobody rings a shed.", "Ada Lind"),
        ("Every word, in pencil.", "Ada Lind"),
    ]


def test_a_labelled_transcript_s_short_questions_open_no_unlabelled_turns() -> None:
    # Must not fire: the paragraphs stand under labels ("HOST:", "LIND:"),
    # so a labelled question ending in "?" is no unlabelled question and the
    # standfirst's first name (the programme's) gets no answers (s47-fix1:
    # post 01-radio of review 6 gave every answer to "Harbour Hour" too).
    assert given_to(
        "Harbour Hour, with the union organiser Ada Lind, presented by Tom Hale.",
        "HOST: Welcome to Harbour Hour. Ada, why do you strike now?",
        "LIND: Because the boat is not safe.",
        "HOST: Will you talk to the board?",
        "LIND: We have asked them every week.",
        "HOST: And if they say no to you?",
        "LIND: Then we go on asking.",
        kind=BLK,
    ) == [
        ("Because the boat is not safe.", "Ada Lind"),
        ("We have asked them every week.", "Ada Lind"),
        ("Then we go on asking.", "Ada Lind"),
    ]


def test_an_explainer_s_own_questions_open_no_answers() -> None:
    # Must not fire: the questions address no one ("you"), as an
    # explainer's headings do, so the paragraphs stay the writer's.
    assert (
        given_to(
            "The harbour master Ada Lind closed the pier on Monday.",
            "What happened?",
            "A crack was found in the pier's deck.",
            "Why does it matter?",
            "The ferry to Skerra docks there.",
            "What happens next?",
            "Engineers will survey it this week.",
        )
        == []
    )


# -- a participant's paragraph with no marks, the code after it (post 02) ----


def test_a_participant_s_unmarked_paragraph_closed_by_the_code_is_a_block() -> None:
    # (Not read: s46-rev10's block was the marked words and the code alone;
    # the nurse's words inside were read as an inline quotation.)
    paragraphs = (
        "Others described a single moment:",
        f"The nurse handed me a bag of tablets and said, {L}You will be fine.{R} "
        "I sat in the car for an hour. (C12, daughter)",
    )
    assert given_to(*paragraphs, kind=BLK) == [
        (
            f"The nurse handed me a bag of tablets and said, {L}You will be fine.{R} "
            "I sat in the car for an hour.",
            "C12",
        )
    ]
    assert given_to(*paragraphs, kind=NES) == [("You will be fine.", "The nurse")]


def test_a_paragraph_no_colon_introduces_or_closed_by_no_code_is_no_block() -> None:
    # Must not fire: no introduction ending in a colon, or the bracket a
    # year or a lone road's name of no scheme.
    assert (
        given_to(
            "Others described a single moment.",
            "The nurse handed me a bag of tablets. I sat in the car for an hour. (C12, daughter)",
        )
        == []
    )
    for bracket in ("(2019)", "(M4)"):
        assert (
            given_to(
                "The council wrote:",
                f"The road will be closed from Monday. {bracket}",
            )
            == []
        ), bracket


# -- "— Margaret Keele, 77, whose garden pond has been occupied since August" (post 04)


def test_a_relative_clause_after_a_sign_off_s_name_and_age_is_cut() -> None:
    # (Not read as a sign-off: the line was taken for a sentence, and the
    # words went to the person quoted before.)
    line = f"{L}I did not ask for the swan.{R}"
    assert shown(
        line, "\u2014 Margaret Keele, 77, whose garden pond has been occupied since August"
    ) == [("Margaret Keele", "77")]
    assert shown(
        line, "\u2014 Ellie Stroud, 14, who started the petition to save the Bridge Street oak"
    ) == [("Ellie Stroud", "14")]


def test_a_relative_clause_with_no_age_or_a_line_ending_a_sentence_is_no_sign_off() -> None:
    # Must not fire: s46-rev12's line with no age, and a sentence.
    line = f"{L}I did not ask for the swan.{R}"
    assert shown(line, "\u2014 Tom Hale, who was asked by the Courier") == [(None, None)]
    assert shown(line, "\u2014 Tom Hale, 77, who lives on the pier, said the swan was his.") == [
        (None, None)
    ]


# -- "Her nephew, Fr Declan Doone, gave the homily." (post 07) ---------------


def test_a_nephew_set_off_after_her_is_a_man_and_fr_is_his_title() -> None:
    # (Shown Kieran Doone, the son named before: "nephew" stated no sex, as
    # "brother" did; and "Fr" stayed in the name.)
    assert given_to(
        "Mary Doone, who has died aged 94, delivered babies.",
        f"Her son, Kieran, said she had {L}a way with people{R}.",
        f"Her nephew, Declan Doone, gave the homily. {L}She brought people,{R} he said.",
    )[1] == ("She brought people", "Declan Doone")
    assert shown(f"{L}She brought people,{R} said Fr Declan Doone.") == [("Declan Doone", "Father")]


def test_a_nephew_is_no_she_and_a_name_opening_fr_keeps_its_letters() -> None:
    # Must not fire: a "she" after the nephew stays the woman named before,
    # and "Fran" is a first name, no title.
    assert given_to(
        "Mary Doone, who has died aged 94, delivered babies.",
        f"Her son, Kieran, said she had {L}a way with people{R}.",
        f"Her nephew, Declan Doone, gave the homily. {L}She was kind,{R} she said.",
    )[1] == ("She was kind", "Mary Doone")
    assert shown(f"{L}She brought people,{R} said Fran Doone.") == [("Fran Doone", None)]


# -- "In closing submissions the Marrow Street Traders' Association said" (post 03)


def test_a_fronted_phrase_of_place_or_occasion_is_no_part_of_the_description() -> None:
    # (Shown whole, "In closing submissions the harbour board", as s46-rev12
    # showed "In my surgery on Friday a young father".)
    assert given_to(
        f"In closing submissions the harbour board said that the town had been {L}lucky, not safe{R}."
    ) == [(f"that the town had been {L}lucky, not safe{R}", "the harbour board")]
    assert given_to(
        f"In my surgery on Friday a young father said to me, {L}Tell the Minister.{R}"
    ) == [("Tell the Minister.", "a young father")]
    assert given_to(
        f"In evidence to the inquiry the harbour board said the town had been {L}lucky{R}."
    ) == [(f"the town had been {L}lucky{R}", "the harbour board")]


def test_an_article_after_a_preposition_inside_the_description_is_kept() -> None:
    # Must not fire: "of the harbour board" belongs to the chairman; a comma
    # after the phrase was read before.
    assert given_to(
        f"In a statement, the chairman of the harbour board said the town had been {L}lucky{R}."
    ) == [(f"the town had been {L}lucky{R}", "the chairman of the harbour board")]
    assert given_to(
        f"In a statement the chairman of the harbour board said the town had been {L}lucky{R}."
    ) == [(f"the town had been {L}lucky{R}", "the chairman of the harbour board")]
