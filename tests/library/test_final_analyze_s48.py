"""Stop 48's analysis rules read a second time, as a reviewer trying to
break them (branch s48-final-analyze): s48-rev15 (a time stamp before a
turn's label, a phone-in caller named in the label's bracket, an interview
"conducted by" someone, a he/she inside a turn after the speaker's own
kin), s48-name (a name set off after "One/Another …" then a verb of saying
is the subject) and s48-html7 (an abstract set as a block quote quotes no
one).

For each rule the team's near misses (where it must not fire) beside a
sentence where it must. First read, before any fix: 11 of the 20 cases
read wrong (rev15 8 of 15: stamps 0 of 3; callers 2 of 3, a party and a
sex in the bracket; "conducted by" 2 of 4, a survey's and a review's; kin
4 of 5, three possessions and a person the kin called; name 1 of 2, "said
nothing"; html7 2 of 3, a dash-line paragraph and an inverted "So wrote"
under the quote). 7 mended, each with a "Mended" comment; the 4 left are
strict xfails with their reasons. Every sentence is written by the team."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotemark.library.analyze import _opens_as_the_text, analyze
from quotemark.library.analyze.attribution import _before_relative_aside, tokens_between
from quotemark.library.analyze.speakers import _counted_then_name
from quotemark.library.analyze.transcripts import _INTERVIEWED_BY, _STAMP
from quotemark.library.model import Block, BlockKind, QuoteKind
from tests.library.paragraphs import given_to, said_by
from tests.library.test_analyze_bad_input import assert_valid

L, R = "\u201c", "\u201d"

# -- "[00:12] LABEL:" a stamp before a label (s48-rev15) ----------------------


def test_a_story_quoting_stamped_bulletin_lines_opens_no_turns() -> None:
    # Must not fire: a role that names no one, quoted line by line in a story.
    assert (
        given_to(
            "The recording of the bulletin, which Rosa Fenn read, shows the error.",
            "[00:12] NEWSREADER: The minister has resigned, sources say.",
            "[00:31] NEWSREADER: More on that story as we get it.",
            "[00:48] NEWSREADER: Now the weather.",
            "The minister had not resigned, and the station apologised on Tuesday.",
        )
        == []
    )


def test_a_stamp_inside_a_line_or_glued_to_the_label_opens_no_turn() -> None:
    # Must not fire: the stamp opens no line, or no space follows it.
    assert (
        given_to(
            "Rosa Fenn talks to Omar Quayle about the ferry.",
            "At [00:12] ROSA FENN: said hello to the listeners.",
            "[00:00:12]OMAR QUAYLE: no space after the stamp here.",
        )
        == []
    )


def test_minutes_and_seconds_stamps_open_turns() -> None:
    # Must fire: a stamp of minutes and seconds, as well as of hours.
    assert said_by(
        "diesel",
        "Rosa Fenn talks to Omar Quayle about the ferry.",
        "[00:05] ROSA FENN: Welcome back. Who pays for it?",
        "[00:12] OMAR QUAYLE: The fares pay for the diesel, and little else.",
        "[00:20] ROSA FENN: And the crew?",
        "[00:31] OMAR QUAYLE: The council pays the crew.",
        "[00:40] ROSA FENN: And next year?",
        "[1:02:40] OMAR QUAYLE: Next year nobody knows.",
    ) == ["Omar Quayle"]


# -- "CALLER (Sue, Gillingham):" a caller's first name (s48-rev15) ------------

_PHONE_IN = (
    "The following is a transcript of Tuesday's phone-in.",
    "PRESENTER (Jo Kendrick): Good morning. Our first caller wants to stay anonymous.",
)


def test_an_anonymous_caller_is_no_one_called_anonymous() -> None:
    # Must not fire: no first name and town in the bracket.
    said = said_by(
        "madness",
        *_PHONE_IN,
        "CALLER (anonymous): I think the plan is madness. I work five days a week.",
        "PRESENTER: A fair point. Next line.",
        "CALLER (Dev, Rochester): I'm a teacher, and we're losing staff every term.",
        "PRESENTER: Dev, what would you say to that?",
        "CALLER (Dev, Rochester): I'd say a school with no maths teacher is worse.",
    )
    assert "anonymous" not in said
    assert "Dev" not in said
    assert said_by(
        "losing staff",
        *_PHONE_IN,
        "CALLER (anonymous): I think the plan is madness. I work five days a week.",
        "PRESENTER: A fair point. Next line.",
        "CALLER (Dev, Rochester): I'm a teacher, and we're losing staff every term.",
        "PRESENTER: Dev, what would you say to that?",
        "CALLER (Dev, Rochester): I'd say a school with no maths teacher is worse.",
    ) == ["Dev"]


@pytest.mark.xfail(
    strict=True,
    reason="a party or a sex in a role's bracket has the first name's shape "
    "('Conservative, Gillingham'); the given-name table lacks first names a caller "
    "may have ('Bea', 'Dev'), so it cannot tell them apart",
)
@pytest.mark.parametrize(
    ("label", "first", "second"),
    [
        ("COUNCILLOR", "Conservative, Gillingham", "Labour, Rochester"),
        ("WITNESS", "Female, Leeds", "Male, Bradford"),
    ],
)
def test_a_party_or_a_sex_in_a_role_s_bracket_is_no_first_name(
    label: str, first: str, second: str
) -> None:
    said = said_by(
        "madness",
        "Transcript of the committee's hearing, as read into the record.",
        "CHAIR (Jo Kendrick): Good evening. We take the four-day week first.",
        f"{label} ({first}): I think it's madness. Parents work five days.",
        "CHAIR: Thank you. Next.",
        f"{label} ({second}): We're losing staff every term. I'm for it.",
        "CHAIR: Any reply?",
        f"{label} ({first}): A school with no Friday is no school.",
    )
    assert said == [None] or said == [], said


# -- "Interview with X, conducted by Y" (s48-rev15) ---------------------------


def test_a_survey_conducted_by_a_firm_names_no_interviewer() -> None:
    # Mended: "conducted by" in the interview's sentence but of another
    # noun ("whose survey was conducted by Ipsos Mori") made the firm the
    # interviewer, and its own turn no quotation.
    assert said_by(
        "1,000 adults",
        "Interview with Ana Ruiz, whose survey was conducted by Ipsos Mori in June.",
        "IPSOS MORI: The poll covered 1,000 adults. We weighted it by region.",
        "ANA RUIZ: The figures show support falling. People are tired of the plan.",
        "Q: What happens next?",
        "ANA RUIZ: The council votes in March. I expect it to pass.",
        "Q: And if it fails?",
        "ANA RUIZ: Then we start again.",
    ) == ["Ipsos Mori"]


def test_a_review_conducted_by_a_speaker_leaves_his_turns_his() -> None:
    # Mended: "the review conducted by Tom Hale" made him the interviewer,
    # and every turn of his was dropped.
    assert said_by(
        "every year since 2010",
        "Interview about the review conducted by Tom Hale, with Ana Ruiz and Tom Hale.",
        "ANA RUIZ: The review found the ferry lost money for years.",
        "TOM HALE: That is right. We found it lost money every year since 2010.",
        "ANA RUIZ: And the council knew.",
        "TOM HALE: The council knew by 2015 at the latest. I wrote to them.",
        "ANA RUIZ: What did they say?",
        "TOM HALE: Nothing for a year.",
    ) == ["Tom Hale"]


@pytest.mark.parametrize(
    "heading",
    [
        "Interview with Dorothy Mensah, conducted by Ian Whitfield at the centre in May.",
        "Recorded interview conducted by Ian Whitfield with Dorothy Mensah in May.",
    ],
)
def test_an_interview_conducted_by_someone_is_asked_by_them(heading: str) -> None:
    # Must fire: the participle set off after the interview, or right after it.
    assert given_to(
        heading,
        "IAN WHITFIELD: When did you come to Leeds?",
        "DOROTHY MENSAH: In 1962, on a cold morning. I had one coat.",
        "IAN WHITFIELD: Tell me about the work. What did you do?",
        "DOROTHY MENSAH: I worked at the mill for thirty years.",
        "IAN WHITFIELD: Thank you, Dorothy.",
        "DOROTHY MENSAH: I liked the work. The people were kind.",
    ) == [
        ("In 1962, on a cold morning. I had one coat.", "Dorothy Mensah"),
        ("I worked at the mill for thirty years.", "Dorothy Mensah"),
        ("I liked the work. The people were kind.", "Dorothy Mensah"),
    ]


# -- "My dad … He used to say" the speaker's kin inside a turn (s48-rev15) ----

_TALK = ("Rosa Fenn talks to Omar Quayle about the farm.", "ROSA FENN: Who ran it?")
_AFTER = ("ROSA FENN: And after him?", "OMAR QUAYLE: Nobody, for a while.", "ROSA FENN: Thanks.")


@pytest.mark.parametrize(
    ("turn", "kin"),
    [
        (
            f"My dad's lawyer came in 1979 to read the will. He said, {L}Sell the field.{R}",
            "My dad",
        ),
        (
            f"My uncle\u2019s skipper ran it for years. He used to say, {L}Sell the field.{R}",
            "My uncle",
        ),
        (f"My mum's doctor came every week. She said, {L}Sell the field.{R}", "My mum"),
    ],
)
def test_the_one_the_kin_has_is_not_the_kin(turn: str, kin: str) -> None:
    # Mended: "My dad's lawyer … He said" gave the lawyer's words to "My
    # dad": a kin noun with a possessive names whose the person is.
    said = said_by("the field", *_TALK, f"OMAR QUAYLE: {turn}", *_AFTER)
    assert kin not in said, said


@pytest.mark.xfail(
    strict=True,
    reason="a person the kin meets, a bare 'the <noun>' subject between the kin and the "
    "pronoun, is not looked for: no noun list says which nouns are people",
)
def test_the_one_the_kin_called_who_then_speaks_is_not_the_kin() -> None:
    turn = (
        "OMAR QUAYLE: My dad called the vet, and the vet came at midnight. "
        f"He said, {L}She won't last the night.{R}"
    )
    assert "My dad" not in said_by("last the night", *_TALK, turn, *_AFTER)


def test_the_kin_who_is_subject_is_the_pronoun() -> None:
    # Must fire: "My dad milked till he was eighty. He used to say".
    turn = (
        "OMAR QUAYLE: My dad milked till he was eighty. "
        f"He used to say, {L}Cows keep no Sundays.{R}"
    )
    assert said_by("Sundays", *_TALK, turn, *_AFTER) == ["Omar Quayle", "My dad"]


# -- "Another pollster, David Woodard of Clemson University, said" (s48-name) -


@pytest.mark.parametrize(
    ("verb", "speaker"),
    [
        # Mended: "said nothing" made Woodard the one in focus, and the next
        # "he said" his.
        ("said nothing about the margin", "Tom Hale"),
        ("said the margin was wide", "David Woodard"),  # must fire
    ],
)
def test_one_of_a_kind_takes_the_next_he_said_if_he_said_something(verb: str, speaker: str) -> None:
    assert given_to(
        "Tom Hale, a pollster in Columbia, said the race was close.",
        f"Another pollster, David Woodard of Clemson University, {verb}.",
        f"{L}It is close,{R} he said.",
    ) == [("It is close", speaker)]


# -- an abstract set as a block quote (s48-html7) -----------------------------

_STATEMENT = (
    "We will not reopen the ferry this year or next. The service lost four million pounds "
    "since 2010, and the council cannot carry that loss while schools and care homes wait "
    "for money. We are sorry for the people of the island."
)


def _blocks(*blocks: tuple[BlockKind, str]) -> list[tuple[QuoteKind, str | None]]:
    got = analyze([Block(kind, text) for kind, text in blocks]).quotes
    return [(q.kind, q.speaker.name if q.speaker else None) for q in got]


def test_a_block_quote_over_its_dash_line_paragraph_is_a_quotation() -> None:
    # Mended: a statement over a short paragraph, its dash line, read as
    # the page's own text, quoting no one.
    got = _blocks(
        (BlockKind.BLOCKQUOTE, _STATEMENT),
        (BlockKind.PARAGRAPH, "\u2014 Ana Ruiz, council leader"),
        (BlockKind.PARAGRAPH, "Posted on Monday."),
    )
    assert [kind for kind, _ in got] == [QuoteKind.BLOCK], got


def test_a_block_quote_the_next_paragraph_attributes_is_a_quotation() -> None:
    # Read right since s48-final-extract's narrowing met this file at the merge:
    # the abstract rule asks every paragraph after the quote to be a field line.
    got = _blocks(
        (BlockKind.BLOCKQUOTE, _STATEMENT),
        (BlockKind.PARAGRAPH, "So wrote the council leader, Ana Ruiz, on Monday."),
    )
    assert [kind for kind, _ in got] == [QuoteKind.BLOCK], got


def test_an_abstract_over_its_field_line_quotes_no_one() -> None:
    # Must fire (s48-html7's own case, in other words).
    abstract = (
        "Abstract: We count the ferries of three islands over a century and compare the "
        "counts with the printed timetables of the same companies, year by year."
    )
    got = _blocks((BlockKind.BLOCKQUOTE, abstract), (BlockKind.PARAGRAPH, "Subjects: Transport"))
    assert got == []


# -- a relative aside and "<Office> of the <body> <noun> Name" (s48-one) ------

_NAMED = (
    "Transport Minister Ada Lind visited the harbour on Monday. Tom Hale, who runs a shop, "
    "said trade was slow."
)
_OPEN = "\u201cWe will keep the harbour open,\u201d"


def _last(sentence: str) -> str | None:
    return given_to(_NAMED, sentence)[-1][1]


def test_a_restrictive_relative_clause_is_not_cut_from_the_subject() -> None:
    # Must not fire: no commas set the clause off, it says which nurse.
    for words in ("a nurse who has worked there for years,", "the one nurse who had stayed,"):
        subject = tokens_between(words, 0, len(words))
        assert _before_relative_aside(subject) == len(subject)


@pytest.mark.xfail(
    strict=True,
    reason="a restrictive relative clause with its own auxiliary ('a nurse who has worked "
    "there for years said') still makes the whole subject read as a clause: the quotation "
    "goes to the person named last (so on 5f93d6cf too; the aside rule needs its commas)",
)
def test_a_subject_with_a_restrictive_relative_clause_speaks() -> None:
    assert _last(f"{_OPEN} a nurse who has worked there for years said.") == "a nurse"


def test_two_subjects_each_with_an_aside_are_not_the_first_alone() -> None:
    # Must not fire: the first comma closes the nurse's aside, not the subject.
    assert _last(f"{_OPEN} a nurse, who has worked there, and a porter, who has not, said.") != (
        "a nurse"
    )


def test_a_plural_subject_with_an_aside_speaks() -> None:
    # Must fire.
    assert _last(f"{_OPEN} the nurses, who have worked there for years, said.") == "the nurses"


@pytest.mark.xfail(
    strict=True,
    reason="'a friend of Ben Cole, who has been charged, said' is shown as 'a friend of Ben "
    "Cole, who' (so on 5f93d6cf too): with a name in the head words the aside is not cut",
)
def test_an_aside_after_a_name_in_the_head_words_is_cut() -> None:
    assert _last(f"{_OPEN} a friend of Ben Cole, who has been charged, said.") == (
        "a friend of Ben Cole"
    )


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # Must fire.
        (f"{_OPEN} Head of the trust's legal team Ana Ruiz said.", "Ana Ruiz"),
        (f"{_OPEN} Head of the school's science department Mr Ben Cole said.", "Mr Ben Cole"),
    ],
)
def test_an_office_of_a_body_then_a_name_is_the_name(sentence: str, speaker: str) -> None:
    assert _last(sentence) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        f"{_OPEN} Head of the family Ana Ruiz's brother said.",
        f"{_OPEN} Head of the family firm Ana Ruiz's lawyer said.",
    ],
)
def test_a_name_s_possession_after_an_office_of_a_body_is_not_the_name(sentence: str) -> None:
    # Must not fire: the name owns the one who speaks.
    assert _last(sentence) != "Ana Ruiz"


@pytest.mark.xfail(
    strict=True,
    reason="'Friends of the harbour trust chairman Ana Ruiz said': the friends speak, but "
    "the name closing the phrase is read as the speaker (so on 5f93d6cf too; the plural "
    "head is not told from an office)",
)
def test_a_plural_group_of_a_body_s_officer_is_not_the_officer() -> None:
    assert _last(f"{_OPEN} Friends of the harbour trust chairman Ana Ruiz said.") != "Ana Ruiz"


@pytest.mark.xfail(
    strict=True,
    reason="'Head of State Ana Ruiz': an office of one capitalised word has five tokens, "
    "under the rule's six, and reads as a person called 'Head' (so on 5f93d6cf too)",
)
def test_an_office_of_one_capitalised_word_then_a_name_is_the_name() -> None:
    assert _last(f"{_OPEN} Head of State Ana Ruiz said.") == "Ana Ruiz"


# -- a bare "the <noun>" bound to its one holder far back (s48-far) -----------

_LAWYER = "Ada Lind, the lawyer for the families, asked the court on Monday to reopen the case."
_OTHERS = (
    "Tom Hale, the harbour master, said the pier had been closed since March.",
    "Ben Cole, a skipper, said trade had fallen by half.",
    "Mia Rowe, who runs the cafe by the slipway, said she had lost most of her customers.",
)
_COUNCIL = "Sam Okoro, a councillor, said the council would meet on Friday."
_APPEAL = "\u201cWe will appeal,\u201d"


def _far(*between: str, last: str) -> str | None:
    return given_to(_LAWYER, *_OTHERS, *between, _COUNCIL, last)[-1][1]


def test_the_noun_s_one_holder_far_back_is_the_description() -> None:
    # Must fire.
    assert _far(last=f"{_APPEAL} the lawyer said.") == "Ada Lind"


@pytest.mark.parametrize(
    "between",
    [
        "Dan Shaw, also a lawyer, said he would appeal.",
        "Dan Shaw, a lawyer for the council, said he would appeal.",
        "The council's lawyer Dan Shaw said he would appeal.",
        "Dan Shaw, the council's lawyer, said he would appeal.",
    ],
)
def test_a_second_holder_of_the_noun_binds_neither(between: str) -> None:
    # Must not fire: two people hold the noun.
    assert _far(between, last=f"{_APPEAL} the lawyer said.") != "Ada Lind"


def test_a_newcomer_with_the_noun_after_the_holder_s_sentence_is_not_the_holder() -> None:
    # Mended: "The families hired a new lawyer" after the sentence giving
    # Lind the noun; the guard read from Lind's mention, and her own "the
    # lawyer for the families" counted as the noun given by name since.
    between = "The families hired a new lawyer last week."
    assert _far(between, last=f"{_APPEAL} the new lawyer said.") != "Ada Lind"


@pytest.mark.parametrize(
    "last",
    [
        f"{_APPEAL} the lawyers said.",
        f"{_APPEAL} the families' lawyer said.",
        f"{_APPEAL} the other lawyer said.",
    ],
)
def test_a_plural_possessed_or_other_noun_is_not_the_holder(last: str) -> None:
    # Must not fire.
    assert _far(last=last) != "Ada Lind"


@pytest.mark.xfail(
    strict=True,
    reason="a pronoun of the other sex in the description's own sentence ('the lawyer said, "
    "adding that he would appeal') is not read against the far holder's sex",
)
def test_a_far_holder_of_the_other_sex_than_the_sentence_s_pronoun_is_not_bound() -> None:
    assert _far(last=f"{_APPEAL} the lawyer said, adding that he would appeal.") != "Ada Lind"


# -- the new pieces on empty, marks-only and built text -----------------------


def test_the_new_pieces_on_empty_and_marks_only_text() -> None:
    assert not _opens_as_the_text(())
    assert not _opens_as_the_text((Block(BlockKind.BLOCKQUOTE, ""),))
    assert not _opens_as_the_text(
        (Block(BlockKind.BLOCKQUOTE, "\u201c\u201d"), Block(BlockKind.PARAGRAPH, "\u2014"))
    )
    assert not _counted_then_name("", 0, 0)
    assert not _counted_then_name(", , , said", 0, 1)
    for text in ("", "[", "[]", "[00:00]", "[00:00] ", "\u201c\u201d:,.", "My dad's"):
        blocks = [Block(BlockKind.PARAGRAPH, text)] if text else []
        assert_valid(blocks, analyze(blocks))
    assert _STAMP.match("[00:00] ") is None
    assert _INTERVIEWED_BY.search("interview, conducted by") is None


_PIECES = [
    *"abc XYZ.,:;!?",
    "\u201c",
    "\u201d",
    "\u2014 ",
    "[00:12] ",
    "[1:02:40]",
    "CALLER ",
    "(Sue, Gillingham)",
    "(anonymous)",
    ": ",
    "ROSA FENN",
    "Rosa Fenn",
    "Interview with ",
    ", conducted by ",
    "My dad",
    "'s ",
    " He said, ",
    " she ",
    "One pilot, ",
    "Another ",
    "Tom Hale of Kerrow University",
    ", said ",
    "nothing ",
    "Ada Lind, the lawyer for the families, ",
    " the lawyer",
    " a new lawyer ",
    "Head of the trust's legal team ",
    ", who has worked there, ",
]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)
_KINDS = st.sampled_from([BlockKind.PARAGRAPH, BlockKind.BLOCKQUOTE])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_KINDS, _TEXT), min_size=0, max_size=8))
def test_never_raises_on_the_new_rules_pieces(paragraphs: list[tuple[BlockKind, str]]) -> None:
    blocks = [Block(kind, text) for kind, text in paragraphs]
    assert_valid(blocks, analyze(blocks))
    for _kind, text in paragraphs:
        for at in range(0, len(text), 7):
            _counted_then_name(text, at, min(len(text), at + 9))  # (no raise at any place)


@pytest.mark.xfail(
    strict=True,
    reason="found by the fuzz test above, on main before this branch too: a quotation "
    "whose marks stand on two lines of one block ('\u201ca\\n\u201c') gets a span whose "
    "text is not the block's text it covers; no stop-48 rule is involved",
)
def test_a_quotation_across_a_line_break_in_a_block_covers_its_text() -> None:
    blocks = [Block(BlockKind.PARAGRAPH, "\u201ca\n\u201c")]
    assert_valid(blocks, analyze(blocks))
