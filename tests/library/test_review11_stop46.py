"""News of the kind ggt-dev holds, written new, stop 46 (branch s46-rev11).

ggt-dev is Canadian and international wire and broadcaster news; the one
goal of issue 16 still unmet is its check half's strict speakers. Five posts
of that kind the team wrote: a federal department's policy story (the
department named once in full with its acronym, then "the department", "In
a statement, the department said", a spokesperson, a minister and the
opposition critic); a court story (a judge, the Crown and the defence
lawyers, the accused on the stand, victims named and unnamed); a business
story (a chief executive, analysts "at" a bank, a union's president, "the
company"); a health story (a doctor, a patient who "told CBC News", a
researcher, "the agency" and its report); a community story (a mayor, a
councillor, residents named, by first name only and unnamed). Each is
written in the wire's shapes: a quotation paragraph that opens with the
words and ends "she said"; "said X, the Y at Z"; a speaker named in full,
then by surname, then "he"/"she"; a second speaker between; a quotation
after a paragraph of paraphrase with no verb of saying; "according to".
They are kept in ``tests/fixtures/review11_stop46``. Every quotation is
listed with its kind and the speaker a careful reader writes (the name
without its titles; a body by its name in full with the short form the text
gives it; else the description the text gave first), written by hand before
anything was run. Each one read wrong is a strict xfail with the reason.
evaluation/README.md ("News of the kind ggt-dev holds, written new, stop
46") gives the first read (6 of 99 quotations misread, every kind right, no
false quotation) and what was fixed. Every sentence here is written by the
team.
"""

# ruff: noqa: E501 (the reasons are long lines)

from __future__ import annotations

from pathlib import Path

from quotemark.library.model import QuoteKind
from tests.library.paragraphs import (
    Posts,
    each_quotation_test,
    every_read_listed_test,
    given_to,
    review_case,
)

_POSTS = Posts(Path(__file__).resolve().parents[1] / "fixtures" / "review11_stop46")

INL = QuoteKind.INLINE
PAR = QuoteKind.PARTIAL
NES = QuoteKind.NESTED

# Why each misreading is left (a key per construction).
_SEX_UNREAD = "'Defence lawyer Marc-André Gagnon said his client ...' then 'The judge rejected that argument ... “…,” she said': the text's only signs of either person's sex are possessives in their own clauses ('her decision', 'his client'), which the reader does not take as evidence (a 'her' there may be another woman's), so 'she' goes to the man quoted last; and 'the judge' is not tied back to 'Justice Helen Marchand' (titled people far from their title: s46-title's ground)"
_SOMEBODY = "'Then somebody said, ‘Well, who's going first?’': the words of an indefinite pronoun inside a quotation are given no one; 'somebody' is shown as no description"
_FAR_REPORT = "'according to a new report by the Canadian Health Data Agency' nine paragraphs before '“…,” the report said': an issuer is looked for in the paragraph and the two before only; reading the text's one report by its issuer at any distance (also with no second report brought in between) was tried and cost PolNeAR train check reported 2457 -> 2456/2950, so it is not kept"
_CALLED_OUT = "'“…?” one man called from the back of the hall': 'called' is read as naming ('called the plan “…”'), never as a verb of saying, and an unlisted past verb after the words is read only after a capitalised name ('“Go back,” Trump barked'), so the words go to the mayor quoted before"

_case = review_case

_QUOTATIONS = [
    # 01: a federal department's policy story: the department named once in
    # full with its acronym, then "the department"; "In a statement, the
    # department said"; "A spokesperson for the department, Julie Tremblay,";
    # a minister by title, surname, "he"; the opposition critic, "The critic
    # said" then "she said"; "said X, the Y at Z"; "told CBC News"; an
    # unnamed student.
    _case("01-department", "The student program was never designed", INL, "Daniel Okafor"),
    _case(
        "01-department", "We are bringing it back to what it was meant to be", INL, "Daniel Okafor"
    ),
    _case("01-department", "We have seen students who work 40 hours", INL, "Daniel Okafor"),
    _case("01-department", "That is not a student experience", INL, "Daniel Okafor"),
    _case(
        "01-department",
        "Students with valid permits do not need",
        INL,
        "Immigration, Refugees and Settlement Canada (IRSC)",
    ),
    _case(
        "01-department",
        "Their conditions will not change",
        INL,
        "Immigration, Refugees and Settlement Canada (IRSC)",
    ),
    _case("01-department", "We will be able to see the hours", INL, "Julie Tremblay"),
    _case("01-department", "Where the numbers do not match", INL, "Julie Tremblay"),
    _case("01-department", "It is a small team for a large program", INL, "Julie Tremblay"),
    _case("01-department", "a policy written on the back of a napkin", PAR, "Sandra Whitfield"),
    _case("01-department", "The minister had two years", INL, "Sandra Whitfield"),
    _case("01-department", "Colleges have already sent", INL, "Sandra Whitfield"),
    _case("01-department", "Nobody in Queen's Park", INL, "Sandra Whitfield"),
    _case("01-department", "We are looking at a drop", INL, "Raj Mehta"),
    _case("01-department", "Some programs will close", INL, "Raj Mehta"),
    _case("01-department", "When a program closes in Timmins", INL, "Raj Mehta"),
    _case("01-department", "If I can only work 20 hours", INL, "Anjali Rao"),
    _case("01-department", "My parents cannot send more", INL, "Anjali Rao"),
    _case("01-department", "Some of my classmates are never in class", INL, "another student"),
    _case("01-department", "They came to work, not to study", INL, "another student"),
    _case("01-department", "If the evidence shows we got the number wrong", INL, "Daniel Okafor"),
    _case("01-department", "That is a promise", INL, "Daniel Okafor"),
    # 02: a court story: a judge by title and name, then "the judge" and
    # "she"; the accused by surname on the stand; the Crown and the defence
    # lawyers; two victims of one surname; an unnamed victim.
    _case("02-court", "The accused took money from people", INL, "Helen Marchand"),
    _case("02-court", "He knew the work would not be done", INL, "Helen Marchand"),
    _case("02-court", "There is no innocent explanation", INL, "Helen Marchand"),
    _case("02-court", "A man who cannot buy lumber", INL, "Helen Marchand"),
    _case("02-court", "I was drowning too", INL, "Gordon Pelletier"),
    _case("02-court", "Every week I thought the next job", INL, "Gordon Pelletier"),
    _case("02-court", "These were people who lost their basements", INL, "Alicia Boateng"),
    _case("02-court", "Some of them are still living", INL, "Alicia Boateng"),
    _case("02-court", "The court has recognized", INL, "Alicia Boateng"),
    _case("02-court", "We will ask for a sentence", INL, "Alicia Boateng"),
    _case("02-court", "Mr. Pelletier ran a business that failed", INL, "Marc-André Gagnon"),
    _case("02-court", "We will read the decision carefully", INL, "Marc-André Gagnon"),
    _case("02-court", "The shortage was real", INL, "Helen Marchand", _SEX_UNREAD),
    _case("02-court", "I waited by the window", INL, "Doris Klassen"),
    _case("02-court", "Nobody ever came", INL, "Doris Klassen"),
    _case("02-court", "My mother gave that man her trust", INL, "Peter Klassen"),
    _case("02-court", "Today, at least, somebody said so", INL, "Peter Klassen"),
    # (The gold wrote "another victim"; the reader's documented rule shows the
    # apposition, "Another witness, a woman of 52, ... she said" (s44-left5):
    # the cell mended after the first read, which gave Doris Klassen.)
    _case("02-court", "It doesn't give me my money back", INL, "a retired teacher"),
    _case("02-court", "But I can stop wondering", INL, "a retired teacher"),
    _case("02-court", "He will be a first offender", INL, "Marc-André Gagnon"),
    _case("02-court", "That matters", INL, "Marc-André Gagnon"),
    # 03: a business story: "the company said" and "In a statement, the
    # company said"; the CEO by role and name then surname and "she"; "said
    # X, a transportation analyst at Y Bank"; "Another analyst, X of Y,";
    # the union's president; a mayor; a worker and a nested "somebody".
    _case("03-business", "This is the hardest decision I have made", INL, "Louise Bergeron"),
    _case("03-business", "We moved less grain", INL, "Louise Bergeron"),
    _case("03-business", "We have more capacity than we have freight", INL, "Louise Bergeron"),
    _case("03-business", "We cannot keep paying", INL, "Louise Bergeron"),
    _case("03-business", "Every employee affected will hear", INL, "Northern Rail Corp."),
    _case("03-business", "Investors have been asking", INL, "Michael Chen"),
    _case("03-business", "The volumes were not coming back", INL, "Michael Chen"),
    _case("03-business", "It's a cost story more than a demand story", INL, "Michael Chen"),
    _case("03-business", "The grain will come back", INL, "Michael Chen"),
    _case("03-business", "You cut 1,200 people", INL, "Sophie Lamarre"),
    _case("03-business", "We saw it in 2016", INL, "Sophie Lamarre"),
    _case("03-business", "We learned about this from a press release", INL, "Denis Ouellet"),
    _case("03-business", "That tells you how much this company", INL, "Denis Ouellet"),
    _case("03-business", "They signed that agreement", INL, "Denis Ouellet"),
    _case("03-business", "Three hundred jobs in a city our size", INL, "Carole Dumont"),
    _case("03-business", "We will not accept a phone call", INL, "Carole Dumont"),
    _case("03-business", "Nobody said anything for a long time", INL, "Marcel Tessier"),
    _case("03-business", "Then somebody said", INL, "Marcel Tessier"),
    _case("03-business", "Well, who's going first?", NES, "somebody", _SOMEBODY),
    _case("03-business", "We are not shrinking our future", INL, "Louise Bergeron"),
    _case("03-business", "We are paying for it", INL, "Louise Bergeron"),
    # 04: a health story: "according to a new report by the X Agency", "the
    # agency said in its report", "the report said"; a doctor by title, then
    # surname and "she"; a patient with age and town, "told CBC News"; a
    # researcher "said Dr. X, a health economist at Y who led the study";
    # "A spokesperson for X, Name,".
    _case(
        "04-health",
        "The backlog from the pandemic has not cleared",
        INL,
        "Canadian Health Data Agency",
    ),
    _case("04-health", "We have the surgeons", INL, "Farah Siddiqui"),
    _case("04-health", "What we don't have is the anesthesia nurses", INL, "Farah Siddiqui"),
    _case("04-health", "It's a conversation I hate having", INL, "Farah Siddiqui"),
    _case("04-health", "People come in using a cane", INL, "Farah Siddiqui"),
    _case("04-health", "I used to walk five kilometres a day", INL, "Gerald Fontaine"),
    _case("04-health", "Now I plan my day around the stairs", INL, "Gerald Fontaine"),
    _case("04-health", "Each time they call me the night before", INL, "Gerald Fontaine"),
    _case("04-health", "Each time I've already packed my bag", INL, "Gerald Fontaine"),
    _case("04-health", "Waiting isn't neutral", INL, "Owen MacLeod"),
    _case("04-health", "Then their recovery takes longer too", INL, "Owen MacLeod"),
    _case("04-health", "It's not glamorous, but a single list works", INL, "Owen MacLeod"),
    _case(
        "04-health",
        "Patients should be able to see",
        INL,
        "Canadian Health Data Agency",
        _FAR_REPORT,
    ),
    _case("04-health", "You can pay for a surgery", INL, "Amélie Roy"),
    _case("04-health", "If we keep them, we'll be in a better place", INL, "Farah Siddiqui"),
    _case("04-health", "That's a big if", INL, "Farah Siddiqui"),
    # 05: a community story: "Mayor X told the crowd", then surname and "he";
    # an unnamed man calling out; "Coun. X, who represents the area," then
    # "The councillor said" with a nested "I said"; residents named with age,
    # by first name only, "His neighbour disagreed. ... said X, who lives
    # on ..."; an unnamed woman; "X called that “…”".
    _case("05-community", "I know this park matters", INL, "Andrew Pictou"),
    _case("05-community", "But we need the buses", INL, "Andrew Pictou"),
    _case("05-community", "You grew up here and you want to pave it?", INL, "one man", _CALLED_OUT),
    _case("05-community", "This neighbourhood was bulldozed once already", INL, "Tasha Williams"),
    _case("05-community", "We are not going to let it happen a second time", INL, "Tasha Williams"),
    _case("05-community", "They told me Burnside adds six minutes", INL, "Tasha Williams"),
    _case("05-community", "Then add six minutes", NES, "Tasha Williams"),
    _case("05-community", "This is where our kids learned to swim", INL, "Evelyn Borden"),
    _case("05-community", "You can't put that on a truck", INL, "Evelyn Borden"),
    _case("05-community", "There's nowhere else to go", INL, "Kiara"),
    _case("05-community", "Which is funny, I guess", INL, "Kiara"),
    _case("05-community", "People here need work", INL, "Frank Doucette"),
    _case("05-community", "I'd rather see 150 drivers", INL, "Frank Doucette"),
    _case("05-community", "Frank sells coffee. I have asthma", INL, "Linda Marsh"),
    _case("05-community", "Let him breathe the buses", INL, "Linda Marsh"),
    _case(
        "05-community",
        "They said the highway would be quiet too",
        INL,
        "a woman who lives in the housing co-op next to the park",
    ),
    _case("05-community", "I am not going to pretend tonight", INL, "Andrew Pictou"),
    _case("05-community", "We will take another look at Burnside", INL, "Andrew Pictou"),
    _case("05-community", "a start, not an answer", PAR, "Tasha Williams"),
]


test_each_quotation_kind_and_speaker = each_quotation_test(_POSTS, _QUOTATIONS)


_POST_NAMES = ["01-department", "02-court", "03-business", "04-health", "05-community"]


test_every_quotation_read_is_listed = every_read_listed_test(_POSTS, _POST_NAMES, _QUOTATIONS)


def test_the_quotation_count() -> None:
    # 99 quotations, 6 read wrong at the first read (main a0f072eb).
    assert len(_QUOTATIONS) == 99


# === The fix: an unnamed subject whose apposition names a person

L, R = "\u201c", "\u201d"


def _she_after(subject_sentence: str, words: str) -> str | None:
    """Who "“words,” she said" is given to after Ruth Ames is quoted and
    ``subject_sentence`` brings someone in (or no one)."""
    given = given_to(
        "Ruth Ames, 79, paid the firm in 2022.",
        f"{L}I waited by the window,{R} Ames said.",
        subject_sentence,
        f"{L}{words},{R} she said.",
    )
    assert given[0] == ("I waited by the window", "Ruth Ames")
    return dict(given)[words]


def test_an_apposition_naming_a_person_brings_the_subject_in_for_she() -> None:
    # "victim" is no listed noun of one person; its apposition "a retired
    # teacher" says it is one, so "she said" is hers, not the woman quoted
    # before (s46-rev11).
    said = "Another victim, a retired teacher, said the verdict was a relief."
    assert _she_after(said, "It does not give me my money back") == "a retired teacher"


def test_an_apposition_with_a_who_clause_names_a_person_too() -> None:
    said = "One tenant, a nurse who asked that her name not be used, said the repairs never came."
    assert _she_after(said, "We bought buckets for the rain") == "a nurse"


def test_an_apposition_naming_a_thing_brings_no_one_in() -> None:
    # "A second filing, a motion from March, said ...": a document and its
    # apposition, no person; "she said" stays the woman quoted before.
    said = "A second filing, a motion from March, said the landlord had been warned."
    assert _she_after(said, "They knew about the roof") == "Ruth Ames"


def test_an_apposition_of_the_other_sex_brings_no_one_in() -> None:
    said = "Another victim, a retired fisherman, said the verdict was a relief."
    assert _she_after(said, "It does not give me my money back") == "Ruth Ames"
