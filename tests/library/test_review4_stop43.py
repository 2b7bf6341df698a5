"""A researcher reads five posts from the English-language press outside the
US and UK, stop 43 (branch s43-rev4).

Five posts in the house styles of other presses, each as a journalist of that
press would write it: an Indian daily ("said he", "opined", "informed that",
"he told this newspaper", "Shri", "Smt.", "Dr.", names with initials "K. R.
Menon", "the official, who did not wish to be named, said"); a Nigerian story
("while speaking with journalists", "according to him", "the Commissioner, who
spoke through his spokesman, said", "HRH Eze", "Alhaji", "Hon."); a Philippine
story (Filipino words in marks that are no speech, "Sen.", "Rep.", "said in a
mix of English and Filipino"); an Irish story (single marks with double
inside, "says" throughout, "the Minister", "Taoiseach", "TD"); and a Canadian
wire story (French inside English, «…» inside “…”, "premier", "MP", a
translation in brackets after the quotation). They are kept in
``tests/fixtures/review4_stop43``. Every quotation of every post is listed
below with its kind and the speaker a careful reader would write (the name
without its titles, else the description the text gave first); each one read
wrong is a strict xfail with the reason, so a fix shows as a pass to take off
the list. evaluation/README.md ("Five posts from the English-language press
outside the US and UK, stop 43") groups them by construction. Every sentence
here is written by the team."""

# ruff: noqa: E501 (the reasons are long lines)

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.library.model import QuoteKind
from tests.library.paragraphs import Posts, each_quotation_test, review_case, said_by, shown

_POSTS = Posts(Path(__file__).resolve().parents[1] / "fixtures" / "review4_stop43")

INL, PAR, NES = QuoteKind.INLINE, QuoteKind.PARTIAL, QuoteKind.NESTED

# Why each misreading is left (a key per construction; evaluation/README.md,
# "Five posts from the English-language press outside the US and UK, stop 43").
_SP_TOLD = "'Superintendent of Police R. Balachandran told The Herald that ...' brings no one in: his quotation goes to the man named before"
_INITIALS = "one initial opening a name ('P. Suresh Kumar') is dropped from the name shown (a person run opening with initials lost a polnear-train check reported figure, 2451/2952 to 2448/2950: dropped)"
_THROUGH_SPOKESMAN = "'The Commissioner, ..., who spoke through his spokesman, Mr. Tunde Bakare, said' and 'the Commissioner said' give the spokesman, not the Commissioner"
_STATEMENT_SHE = "'SP Adaeze Okonkwo, confirmed the incident in a statement' then '“…,” the statement read': the statement is hers since s44-left, but 'SP' (Superintendent of Police) is no title the analysis knows, so the name shown holds it"
_MA_ABBREVIATION = (
    "'Rep. Jose Ma. Buenaventura' is shown 'Buenaventura' (the abbreviation 'Ma.' cuts the name)"
)
_OFFICE_APPOSITION = "'The Minister for Rural and Community Development, Niamh Corrigan,' then 'she told residents': 'she' goes to the woman quoted in the paragraph before, the text never giving Niamh Corrigan a pronoun before it (the office's last words, 'Community Development', shown as the name before s44-left)"
_MY_MOTHER = "'My mother used to say, \"…\"' inside her words: the nested quotation's speaker is shown 'Nóra Ní Cheallaigh’s mother', not the description as written (the single marks holding it are read since s44-left)"


_case = review_case


_QUOTATIONS = [
    # 01: Indian daily: "said he", "opined", "informed that", Shri/Smt./Dr., initials.
    # (s43-rev4: a name opening with initials; "Shri" a form of address.)
    _case("01-indian", "We are not going to take", INL, "V. S. Raghavan"),
    _case("01-indian", "The other two will be", INL, "Anitha Pillai"),
    _case("01-indian", "I have been coming to this", INL, "P. Suresh Kumar", _INITIALS),
    # (s43-rev4: "opined" a verb of saying, its subject's name with initials.)
    _case("01-indian", "a man-made disaster", PAR, "T. M. Abdul Rahiman"),
    _case("01-indian", "The officials are sitting", INL, "T. M. Abdul Rahiman"),
    _case(
        "01-indian",
        "The file has been moving",
        INL,
        "An official of the Port Trust",
    ),
    # (s43-rev4: "Smt." an honorific.)
    _case("01-indian", "The government stands with", INL, "Lalitha Devarajan"),
    _case("01-indian", "an eyewash", PAR, "M. Gopinathan"),
    _case("01-indian", "A report submitted by", INL, "M. Gopinathan"),
    _case("01-indian", "If there is a report", INL, "V. S. Raghavan"),
    _case("01-indian", "We are examining the records", INL, "R. Balachandran", _SP_TOLD),
    _case("01-indian", "Each trip will now cost", INL, "K. Ramachandran"),
    # 02: Nigerian: "according to him", "who spoke through his spokesman", titles.
    _case("02-nigerian", "We cannot continue to lose", INL, "Ifeanyi Nwosu"),
    _case("02-nigerian", "Rescue operations are still", INL, "Emeka Uzor", _THROUGH_SPOKESMAN),
    _case("02-nigerian", "a very sad day for our people", PAR, "Obinna Chukwu"),
    _case("02-nigerian", "We have told them again", INL, "Obinna Chukwu"),
    _case("02-nigerian", "When we told him the boat", INL, "Ngozi Eze"),
    # (s43-rev4: "Alhaji" a form of address.)
    _case("02-nigerian", "There is no jetty at Oguta", INL, "Musa Danjuma"),
    _case("02-nigerian", "This is not the first time", INL, "Chidi Okeke"),
    _case("02-nigerian", "The Commissioner of Police has", INL, "Adaeze Okonkwo", _STATEMENT_SHE),
    _case("02-nigerian", "Nobody has told us anything", INL, "Kelechi Obi"),
    _case("02-nigerian", "Safety first", INL, "Ifeanyi Nwosu"),
    # 03: Philippine: Filipino words in marks, "Sen.", "Rep.", a mix of English and Filipino.
    _case("03-philippine", "A bridge that costs that", INL, "Ramon Villanueva"),
    _case("03-philippine", "Hindi ito aksidente", INL, "Luisa Katigbak"),
    _case("03-philippine", "Sinabi ko na sa kanila", INL, "Rosa Manalo"),
    _case("03-philippine", "We did our part", INL, "Efren Dizon"),
    _case("03-philippine", "until the investigation is", PAR, "Arnel Tolentino"),
    _case(
        "03-philippine", "Our people deserve better", INL, "Jose Ma. Buenaventura", _MA_ABBREVIATION
    ),
    _case("03-philippine", "Libre ito", INL, "Teresita Ocampo"),
    _case("03-philippine", "Madaling araw kami", INL, "Danilo Reyes"),
    _case("03-philippine", "The children are scared", INL, "Gloria Mendoza"),
    _case("03-philippine", "We will invite the contractor", INL, "Ramon Villanueva"),
    # 04: Irish: single marks, double inside, "says", the Minister, the Taoiseach, TD.
    _case("04-irish", "the last straw", PAR, "Pádraig Ó Flaithearta"),
    _case("04-irish", "We've been patient", INL, "Pádraig Ó Flaithearta"),
    _case("04-irish", "People are asking whether", INL, "Pádraig Ó Flaithearta"),
    _case("04-irish", "When the weather turns", INL, "Máire Breathnach"),
    _case("04-irish", "Last week one of my teachers", INL, "Máire Breathnach"),
    _case("04-irish", "a priority", PAR, "Niamh Corrigan", _OFFICE_APPOSITION),
    _case(
        "04-irish",
        "The Minister is very conscious",
        INL,
        "a spokeswoman for the Minister",
    ),
    _case(
        "04-irish",
        "The Department has made",
        INL,
        "a spokeswoman for the Minister",
    ),
    _case("04-irish", "will proceed as soon as", PAR, "A council spokesman"),
    # (s43-rev4: "TD" an office in capitals.)
    _case("04-irish", "I've raised this with", INL, "Eamon Gallagher"),
    _case("04-irish", "I told him, ", INL, "Eamon Gallagher"),
    # (s44-left: single marks holding double ones are the outer quotation; the
    # words of the inner one in full, as the outer one holds them too.)
    _case(
        "04-irish",
        "If this was a pier in south Dublin it would have been fixed in a fortnight",
        NES,
        "Eamon Gallagher",
    ),
    _case("04-irish", "It's not ideal", INL, "Ciarán Mac Giolla"),
    _case("04-irish", "Everything comes over on", INL, "Nóra Ní Cheallaigh"),
    _case("04-irish", "My mother used to say", INL, "Nóra Ní Cheallaigh"),
    _case("04-irish", "The pier is the island", NES, "My mother", _MY_MOTHER),
    _case("04-irish", "The money is there", INL, "Dónal Keane"),
    _case("04-irish", "We've been here for hundreds", INL, "Pádraig Ó Flaithearta"),
    _case("04-irish", "We'll be here long after", INL, "Pádraig Ó Flaithearta"),
    # 05: Canadian wire: French in English, «…» inside “…”, bracketed translations.
    _case("05-canadian", "This wharf belongs to", INL, "Luc Gagnon"),
    _case("05-canadian", "Les pêcheurs d'ici", INL, "Luc Gagnon"),
    _case("05-canadian", "working closely", PAR, "Karen Whitfield"),
    _case("05-canadian", "We understand how important", INL, "Karen Whitfield"),
    _case("05-canadian", "We will have more to say", INL, "Karen Whitfield"),
    _case("05-canadian", "It's an hour each way", INL, "Martin Bélanger"),
    _case("05-canadian", "If the wharf is not rebuilt", INL, "Martin Bélanger"),
    _case("05-canadian", "People here are proud", INL, "Martin Bélanger"),
    _case("05-canadian", "On veut juste notre quai", INL, "Martin Bélanger"),
    _case("05-canadian", "In 2019, a federal report", INL, "Sophie Lavoie"),
    _case("05-canadian", "Ottawa cannot now pretend", INL, "Sophie Lavoie"),
    _case("05-canadian", "On n'est pas des pions", INL, "Denis Arsenault"),
    _case("05-canadian", "We are not pawns", INL, "Denis Arsenault"),
    _case("05-canadian", "I said the same thing", INL, "Denis Arsenault"),
    _case("05-canadian", "What happened in Saint-Anselme", INL, "Claire Dufour"),
    _case("05-canadian", "The question is not whether", INL, "Claire Dufour"),
    _case("05-canadian", "negotiate in public", PAR, "Luc Gagnon"),
    _case("05-canadian", "Ottawa knows what it has", INL, "Luc Gagnon"),
]

# Words in marks that are no one's speech: a Filipino word for a thing, a
# name people give a quarrel. Each must not be read as a quotation.

_NOT_QUOTATIONS = [
    pytest.param("03-philippine", "kakanin", id="03-philippine:kakanin"),
    pytest.param("03-philippine", "fiesta", id="03-philippine:fiesta"),
    pytest.param("03-philippine", "bangka", id="03-philippine:bangka"),
    pytest.param("05-canadian", "la guerre du quai", id="05-canadian:la guerre du quai"),
]


test_each_quotation_kind_and_speaker = each_quotation_test(_POSTS, _QUOTATIONS)


@pytest.mark.parametrize(("post", "words"), _NOT_QUOTATIONS)
def test_words_in_marks_that_are_no_quotation(post: str, words: str) -> None:
    assert not any(
        words in text and not any(p.values[1] in text for p in _QUOTATIONS if p.values[0] == post)
        for text, _kind, _who in _POSTS.readings(post)
    )


_POST_NAMES = ["01-indian", "02-nigerian", "03-philippine", "04-irish", "05-canadian"]


@pytest.mark.parametrize("post", _POST_NAMES)
def test_every_quotation_read_is_listed(post: str) -> None:
    # The tables above list every quotation a careful reader finds (and the
    # words in marks left as false quotations), so a new reading shows here.
    listed = [p.values[1] for p in (*_QUOTATIONS, *_NOT_QUOTATIONS) if p.values[0] == post]
    for text, _kind, _who in _POSTS.readings(post):
        assert any(words in text for words in listed), text


# === The fixes: each the smallest team sentence, and one where it must not fire


_shown = shown


L, R = "\u201c", "\u201d"


# -- "Smt.", "Shri", "Alhaji": forms of address before a name (posts 01, 02) --


def test_an_abbreviated_honorific_is_no_name() -> None:
    # (The honorific "Smt" was shown as the Minister's name.)
    assert _shown(
        f"Harbour Minister Smt. Ada Lind opened the pier on Monday. {L}The pier is "
        f"safe,{R} the Minister said."
    ) == [("Ada Lind", "the Minister")]


def test_shri_and_alhaji_are_forms_of_address_not_the_role() -> None:
    # (Shown in the name: "Shri Hale", "Alhaji Tom Hale".)
    assert _shown(
        f"Board chairman Shri Tom Hale spoke at the pier. {L}The pier is safe,{R} said he."
    ) == [("Tom Hale", None)]
    assert _shown(
        f"The chairman, Alhaji Tom Hale, spoke at the pier. {L}The pier is safe,{R} Hale said."
    ) == [("Tom Hale", None)]


def test_an_office_before_the_form_of_address_stays_the_role() -> None:
    # Must not fire on the office: only the form of address leaves the role.
    assert _shown(f"Mayor Alhaji Tom Hale spoke at the pier. {L}The pier is safe,{R} he said.") == [
        ("Tom Hale", "Mayor")
    ]


# -- "NAME opined that ... “…”": a verb of saying in Indian copy (post 01) ----


def test_opined_that_brings_in_the_speaker_of_a_partial() -> None:
    # (Read only when the learned gate kept it: lost once the name's
    # initials were read.)
    assert said_by(
        "a rotten plank",
        'T. M. Hale opined that the pier was "a rotten plank" and asked for a survey.',
    ) == ["T. M. Hale"]


def test_opined_on_is_no_quotation_of_a_name_in_marks() -> None:
    # Must not fire: an inn's name in marks after "opined on" is no speech.
    assert (
        _shown('Tom Hale, who opined on everything, walked to the "Harbour Inn" for lunch.') == []
    )


# -- "Shri V. S. Raghavan": initials read with the word after them (post 01)


def test_initials_after_a_long_office_are_kept_with_the_name() -> None:
    # (A run of six words ended on the initials: "V. S." was shown.)
    assert _shown(
        f"Port Trust Chairman Shri V. S. Hale said the audit was done. {L}We are "
        f"ready,{R} said he.",
        f"When contacted, Shri Hale said no. {L}We are not,{R} he said.",
    ) == [("V. S. Hale", "Port Trust Chairman"), ("V. S. Hale", "Port Trust Chairman")]


def test_a_letter_ending_a_sentence_opens_no_name() -> None:
    # Must not fire across a sentence's end: "option B." is no initial of
    # the name after it.
    assert _shown(
        f"The board chose option B. Tom Hale, the harbour master, agreed. {L}It is the "
        f"safer plan,{R} he said."
    ) == [("Tom Hale", "the harbour master")]


# -- "Local TD Eamon Gallagher": the Irish office in capitals (post 04) ------


def test_td_is_an_office_before_or_after_the_name() -> None:
    # (Shown in the name: "Local TD Tom Hale", "Tom Hale TD".)
    assert _shown(
        f"Local TD Tom Hale says the pier must be fixed. {L}I have raised it,{R} he says."
    ) == [("Tom Hale", "Local TD")]
    assert _shown(f"{L}I have raised it,{R} says Tom Hale TD.") == [("Tom Hale", "TD")]


def test_td_opening_a_bank_s_name_is_no_office() -> None:
    # Must not fire (s43-final-analyze2): the letters open a body's name
    # ("TD Bank", a word of a body last), shown whole as before s43-rev4;
    # "Local TD Hale" before a surname alone is still the office.
    assert _shown(f"{L}The branch will stay open,{R} TD Bank said.") == [("TD Bank", None)]
    assert _shown(f"{L}The branch will stay open,{R} Local TD Hale said.") == [("Hale", "Local TD")]


def test_td_inside_a_firm_s_name_is_no_office() -> None:
    # Must not fire on the letters inside a word ("Ltd").
    assert _shown(
        f"Harbour Works Ltd says the pier is safe. {L}We checked it,{R} the firm says."
    ) == [("Harbour Works Ltd", "the firm")]
