"""Stop 47's English speaker and quotation rules read a second time (branch
s47-final-analyze): s47-other (a concessive clause's subject), s47-label (a
resolved description registers its person, modified and indefinite offices,
a surname after a lower-case job noun), s47-rev13 (a call's turns under a
name alone, unlabelled Q&A questions, unmarked participant paragraphs closed
by a code, fronted phrases, sign-off relative clauses, relatives' sex, "Fr")
and s47-tidy (``common.word_starts``, participants' codes read once).

For each rule the team's near misses (where it must not fire) beside a
sentence where it must. The misfires found are mended, each with its test
here ("mended" in the comment says what it read before); what is left is a
strict xfail with its reason. Every sentence is written by the team."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotemark.library.analyze import analyze
from quotemark.library.analyze.common import word_starts
from quotemark.library.analyze.participants import _codes_cited, _of_a_scheme
from quotemark.library.model import Block, BlockKind, QuoteKind
from tests.library.paragraphs import given_to, shown
from tests.library.test_analyze_bad_input import assert_valid

L, R = "\u201c", "\u201d"
BLK = QuoteKind.BLOCK


# -- participants: an unmarked paragraph closed by a code (s47-rev13) --------


def test_a_coded_paragraph_with_no_role_of_a_scheme_is_a_block() -> None:
    # Mended: raised AttributeError on main (s47-rev13's coded_blocks passed
    # the text where s47-tidy's _of_a_scheme takes the codes read once).
    paragraphs = (
        "We interviewed twelve carers (P1 to P12).",
        "Others described a single moment:",
        "The nurse handed me a bag of tablets and left me there for an hour. (P3)",
        f"{L}It was fine,{R} said another (P4).",
    )
    assert given_to(*paragraphs, kind=BLK)[0] == (
        "The nurse handed me a bag of tablets and left me there for an hour.",
        "P3",
    )


def test_a_lone_code_of_no_scheme_after_a_colon_is_no_block() -> None:
    # Must not fire (and no longer raises): "(M4)" is a road's name.
    assert given_to("The council wrote:", "The road will be closed from Monday. (M4)") == []


def test_a_figure_reference_closing_a_paragraph_is_no_participant() -> None:
    # Mended: "(F2)" was a participant's code ("(F3)" cited too): with no
    # role, the scheme must sign a quotation somewhere in the text.
    assert (
        given_to(
            "Results are summarised as follows:",
            "The survey found most households cut heating in winter. (F2)",
            "The regional split is in the second chart (F3).",
        )
        == []
    )


def test_codes_cited_and_of_a_scheme_on_empty_and_odd_text() -> None:
    assert _codes_cited("") == {}
    assert not _of_a_scheme(_codes_cited(""), "P3")
    codes = _codes_cited("(P3) (P3) (P11, nurse) (FG-2) (2019) (M4)")
    assert codes == {"P": {"P3", "P11"}, "FG": {"FG-2"}, "M": {"M4"}}
    assert _of_a_scheme(codes, "P3")
    assert _of_a_scheme(codes, "P7")
    assert not _of_a_scheme(codes, "M4")
    assert not _of_a_scheme(codes, "FG-2")


# -- transcripts: an interview's questions with no labels (s47-rev13) --------

_STORY = (
    "Ada Lind, the harbour master, closed the pier on Monday after a storm.",
    "The storm lifted three planks and cracked a pile near the ferry steps.",
    f"{L}We could not take the risk,{R} Lind said.",
    "Engineers will survey the pier this week. Readers wrote in with questions, and we put "
    "them to the council.",
)
_BOX = (
    "Can you still park on the front?",
    "Yes, the car park stays open until the works begin in March.",
    "Will your ferry ticket still be valid?",
    "Tickets bought before Monday will be refunded in full.",
    "Do you need to book the shuttle bus?",
    "No. It runs every twenty minutes from the station.",
)


def test_a_story_s_box_of_readers_questions_opens_no_answers() -> None:
    # Mended: the box's three answers were given to Ada Lind, the person the
    # story named first (its "standfirst"), as an interview's are.
    assert given_to(*_STORY, *_BOX, kind=BLK) == []


def test_an_interview_s_unlabelled_questions_after_a_standfirst_still_open_answers() -> None:
    # Must fire: the questions open the text after its standfirst.
    found = given_to(
        "Ada Lind has written nine novels. She spoke to us about her tenth.",
        "Why did you wait so long?",
        "I had nothing to say until the pier closed.",
        "Does the town mind being in your books?",
        "Some do. Most have stopped reading them.",
        "What are you writing now?",
        "A book about a swan.",
        kind=BLK,
    )
    assert [who for _, who in found] == ["Ada Lind"] * 3


@pytest.mark.xfail(
    strict=True,
    reason="a box of readers' questions right under a story's first paragraph stands where an "
    "interview's first question does: its answers go to the person that paragraph names",
)
def test_a_box_right_under_a_story_s_first_paragraph_opens_no_answers() -> None:
    assert given_to(_STORY[0], *_BOX, kind=BLK) == []


# -- transcripts: a call's turns under a name alone (s47-rev13) --------------

_LIST = ("Ada Lind - Chief Executive Officer", "Tom Hale - Chief Financial Officer")


def test_a_name_alone_heading_a_profile_that_names_its_person_opens_no_turn() -> None:
    # Mended: each profile under its name line was read as that person's turn.
    assert (
        given_to(
            "Speakers at the conference:",
            *_LIST,
            "Ada Lind",
            "Lind opened the day with a talk on the pier.",
            "Tom Hale",
            "Hale spoke after lunch about the budget.",
            "Ada Lind",
            "Lind closed the day with the prizes.",
        )
        == []
    )


def test_a_call_s_turns_under_names_alone_are_theirs() -> None:
    # Must fire: the participants list, then each turn under the name alone.
    found = given_to(
        *_LIST,
        "Ada Lind",
        "Thank you. We had a good quarter and the fleet grew.",
        "Tom Hale",
        "Revenue rose by a tenth to 40 million.",
        "Ada Lind",
        "We expect the same next year.",
        kind=BLK,
    )
    assert [who for _, who in found] == ["Ada Lind", "Tom Hale", "Ada Lind"]


def test_a_list_of_names_with_roles_and_no_turns_is_no_call() -> None:
    # Must not fire: a panel listed "Name - Role", then a story.
    assert given_to(
        "The panel that judged the prize:",
        *_LIST,
        "Ben Ross - Novelist",
        f"The judges met in March. {L}It was a hard year to choose,{R} Hale said.",
    ) == [("It was a hard year to choose", "Tom Hale")]


# -- concessive: "Although Hale has said ..., the letters ..." (s47-other) --

_HALE = "Board chairman Tom Hale said the vote was close."
_CLAUSE = (
    "Although Hale has said the pier will pay for itself, the letters should not be read as a "
    f"vote. {L}Most of them asked about parking,{R} he said."
)


def test_the_one_before_a_concessive_clause_speaks_when_said_to_speak() -> None:
    # Must fire (s47-other's sentence).
    assert shown(
        _HALE, f"Port spokesman Ben Tully said the board had received 3,000 letters. {_CLAUSE}"
    ) == [("Ben Tully", None)]


def test_the_one_before_a_concessive_clause_not_said_to_speak_is_passed_over() -> None:
    # Mended: was Ben Tully, who only counted the letters.
    assert shown(_HALE, f"Port spokesman Ben Tully counted 3,000 letters on Monday. {_CLAUSE}") == [
        ("Tom Hale", None)
    ]


@pytest.mark.xfail(
    strict=True,
    reason="'Although Hale has said the pier will pay, the critics are not convinced. “It will "
    "pay within a decade,” he said': the words go on with the clause's own claim, so they are "
    "Hale's; by construction the sentence is s47-other's, whose words are Tully's",
)
def test_a_concessive_clause_s_subject_quoted_on_his_own_claim_keeps_it() -> None:
    assert shown(
        _HALE,
        "Port spokesman Ben Tully said the board had received 3,000 letters. Although Hale has "
        "said the pier will pay for itself, the critics are not convinced. "
        f"{L}It will pay for itself within a decade,{R} he said.",
    ) == [("Tom Hale", None)]


def test_a_concessive_clause_s_subject_named_again_keeps_the_quotation() -> None:
    # Must not fire: Hale named as the speaker, then "he added".
    assert shown(
        _HALE,
        "Port spokesman Ben Tully said the letters would be answered. Although Hale has said "
        f"the pier will pay, the council wants proof. {L}I have the figures,{R} Hale said. "
        f"{L}They are public,{R} he added.",
    ) == [("Tom Hale", None), ("Tom Hale", None)]


# -- holders: modified and indefinite offices (s47-label) --------------------


def test_an_adjective_run_before_an_office_with_one_holder_is_the_holder() -> None:
    # Must fire.
    assert shown(
        "Transport Minister Ada Lind announced the fares on Monday.",
        f"A visibly tired transport minister told reporters: {L}We will not raise them.{R}",
    ) == [("Ada Lind", "a visibly tired transport minister")]


def test_an_adjective_run_before_an_office_two_people_hold_is_neither() -> None:
    # Must not fire: two transport ministers named.
    assert shown(
        "Transport Minister Ada Lind met Transport Minister Tom Hale of the next state.",
        f"A visibly tired transport minister told reporters: {L}We will not raise them.{R}",
    ) == [(None, "A visibly tired transport minister")]


def test_an_indefinite_office_with_no_remark_is_no_one_named() -> None:
    # Must not fire: "a transport minister" may be anyone's.
    assert shown(
        "Transport Minister Ada Lind announced the fares on Monday.",
        f"A transport minister told reporters: {L}We will not raise them.{R}",
    ) == [(None, "A transport minister")]


def test_the_minister_with_two_ministers_named_is_not_the_other_office() -> None:
    # Must not fire on the other office: "the tired finance minister" is
    # Hale's office, not Lind's, whatever the remark.
    assert shown(
        "Health Minister Ada Lind and Finance Minister Tom Hale met on Monday.",
        f"{L}We agreed on nothing,{R} the tired finance minister said.",
    ) == [("Tom Hale", "the tired finance minister")]


# -- holders: a surname alone after a lower-case job noun (s47-label) --------


def test_a_lone_surname_after_a_job_noun_is_the_holder() -> None:
    # Must fire.
    assert shown(
        "Harbour City won, and defensive coordinator Hale spent the quarter on his knees.",
        f"{L}We got lucky,{R} the coordinator said.",
    ) == [("Hale", "the coordinator")]


def test_two_lone_surnames_after_the_job_noun_make_neither_the_holder() -> None:
    # Must not fire: two coordinators ("Harbour City" is stop 46's old
    # reading of the pair, not this rule's).
    found = shown(
        "Harbour City won, and defensive coordinator Hale spent the quarter on his knees. "
        "Offensive coordinator Ross was calm.",
        f"{L}We got lucky,{R} the coordinator said.",
    )
    assert found[0][0] not in ("Hale", "Ross")


# -- fronted phrases, a name set off, "Fr", relatives (s47-rev13) ----------


def test_a_fronted_place_phrase_is_cut_from_the_description() -> None:
    # Must fire.
    assert shown(f"In Leeds on Friday a young father said to me, {L}We cannot wait.{R}") == [
        (None, "a young father")
    ]


def test_a_fronted_phrase_holding_a_verb_is_not_cut() -> None:
    # Must not fire: a verb ("held") inside the phrase ends it.
    assert shown(f"During the hearing held on Friday the judge said {L}enough{R}.") == [
        (None, "During the hearing held on Friday the judge")
    ]


def test_a_name_set_off_after_an_indefinite_description_is_the_subject() -> None:
    # Must fire.
    assert shown(
        "A shopper, Eileen Pascoe, was walking to her car.", f"{L}There was a noise,{R} she said."
    ) == [("Eileen Pascoe", None)]


def test_a_name_set_off_as_an_object_is_not_the_subject() -> None:
    # Must not fire: "a shopper, Eileen Pascoe," is Hale's object.
    assert shown(
        "Tom Hale met a shopper, Eileen Pascoe, on Friday.", f"{L}There was a noise,{R} he said."
    ) == [("Tom Hale", None)]


def test_fr_before_a_name_is_a_title() -> None:
    assert shown(f"Her nephew, Fr Declan Doone, gave the homily. {L}She was kind,{R} he said.") == [
        ("Declan Doone", "Father")
    ]


@pytest.mark.xfail(
    strict=True,
    reason="'— Margaret Keele, 77, whose pond was taken, and Tom Hale, 80, who saw it': the "
    "relative clause is cut at the first name's and the line signed by her alone (the cut is "
    "in attribution._verbless, which s47-phrase is changing this stop)",
)
def test_a_sign_off_of_two_people_with_relative_clauses_is_no_one_s() -> None:
    assert shown(
        f"{L}I did not ask for the swan.{R}",
        "\u2014 Margaret Keele, 77, whose pond was taken, and Tom Hale, 80, who saw it",
    ) == [(None, None)]


# -- common.word_starts (s47-tidy) ------------------------------------------


_WORDY = st.text(alphabet="ab s-\u00e9A1", max_size=40)


def _whole_words(text: str, word: str, plural: bool) -> list[int]:
    """Where ``word`` stands as a word of its own, read one place at a time."""
    out = []
    for at in range(len(text)):
        end = at + len(word)
        if not text.startswith(word, at) or (at and text[at - 1].isalpha()):
            continue
        if out and at < out[-1] + len(word):
            continue  # (overlapping the last one found)
        rest = text[end : end + 2]
        if not rest[:1].isalpha() or (plural and rest[:1] == "s" and not rest[1:].isalpha()):
            out.append(at)
    return out


@settings(max_examples=300, deadline=None)
@given(_WORDY, st.sampled_from(["a", "ab", "s", "a-b", "\u00e9"]), st.booleans())
def test_word_starts_is_a_whole_word_read_place_by_place(
    text: str, word: str, plural: bool
) -> None:
    assert list(word_starts(text, word, plural=plural)) == _whole_words(text, word, plural)


def test_word_starts_on_empty_and_bounded_text() -> None:
    assert list(word_starts("", "mayor")) == []
    # Mended: an empty word was found at the same place for ever.
    assert list(word_starts("mayor", "")) == []
    text = "the mayors and the mayor, mayoral"
    assert list(word_starts(text, "mayor")) == [19]
    assert list(word_starts(text, "mayor", plural=True)) == [4, 19]
    assert list(word_starts(text, "mayor", 20)) == []  # (the letters before are read)


# -- the whole analysis on text built from the new rules' pieces -------------

_PIECES = [
    *"abc XYZ.,:;!?",
    "\u201c",
    "\u201d",
    "\u2014 ",
    "(P3)",
    "(P4)",
    "(C12, daughter)",
    "(2019)",
    ":",
    "?",
    " you ",
    "Ada Lind",
    "Ada Lind - Chief Executive Officer",
    "Although ",
    "Hale",
    " said ",
    " he ",
    " coordinator ",
    "A ",
    " minister ",
    "Fr ",
    "In ",
    " the ",
    ", 77, who ",
]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXT, min_size=0, max_size=8))
def test_never_raises_on_the_new_rules_pieces(paragraphs: list[str]) -> None:
    blocks = [Block(BlockKind.PARAGRAPH, p) for p in paragraphs]
    assert_valid(blocks, analyze(blocks))
