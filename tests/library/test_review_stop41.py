"""A researcher reads five team posts of new kinds, stop 41 (branch s41-rev).

Five posts of kinds the stop 40 reviews did not write (a health study story
with its lead author, "the paper says" and an unnamed outside expert; a
business story with a company statement, a spokeswoman, an analyst's note
and a chief executive on an earnings call; a police report with an unnamed
officer, witnesses and a charge sheet; a council meeting with councillors by
title and surname, the mayor, residents in public comment and a motion's
words; a magazine profile whose subject is "she" for pages, with her sister,
an unnamed old colleague and her book) are kept in
``tests/fixtures/review_stop41``. Every quotation of every post is listed
below with its kind and the speaker a careful reader would write (the name,
else the description when no name is given); each one read wrong is a
strict xfail with the reason, so a fix shows as a pass to take off the
list. evaluation/README.md ("A researcher reads five posts, stop 41") groups
them by construction. Every sentence here is written by the team."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from quotemark.library.model import QuoteKind
from tests.library.paragraphs import Posts, nested_said, run, said_by

_POSTS = Posts(Path(__file__).resolve().parents[1] / "fixtures" / "review_stop41")
L, R = "\u201c", "\u201d"

INL, PAR, NES = QuoteKind.INLINE, QuoteKind.PARTIAL, QuoteKind.NESTED

# Why each misreading is left (a key per construction; evaluation/README.md,
# "A researcher reads five posts of new kinds, stop 41").
_IT_ALSO_SAYS = (
    "'But it also says ... \"...\"' after 'The paper ... says': not read at all (a rule"
    " reading 'it' as the document opening the sentence before lost a polnear-train check"
    " strict figure: dropped)"
)


def _case(post: str, words: str, kind: QuoteKind, speaker: str, left: str = "") -> Any:
    """One quotation: its post, words it holds, kind and speaker; ``left``
    the reason when it is read wrong (a strict xfail)."""
    marks = [pytest.mark.xfail(reason=left, strict=True)] if left else []
    return pytest.param(post, words, kind, speaker, id=f"{post}:{words[:24]}", marks=marks)


_QUOTATIONS = [
    # 01: a health study: lead author, "the paper says", an unnamed expert.
    _case("01-health", "surprised by how large", INL, "Ada Lind"),
    _case("01-health", "drop of almost forty", INL, "Ada Lind"),
    _case("01-health", "no less likely to smoke", PAR, "The paper"),
    _case("01-health", "cannot establish cause", PAR, "The paper", _IT_ALSO_SAYS),
    _case("01-health", "We asked about walking", INL, "Ada Lind"),
    _case("01-health", "barely moved", INL, "Ada Lind"),
    _case(
        "01-health",
        "a long way from proof",
        PAR,
        "An immunologist at a London teaching hospital",
    ),
    _case(
        "01-health",
        "Diaries are only as good",
        INL,
        "an immunologist at a London teaching hospital",
    ),
    _case(
        "01-health",
        "felt rotten on Tuesday",
        INL,
        "an immunologist at a London teaching hospital",
    ),
    _case(
        "01-health",
        "not a cold in a laboratory",
        INL,
        "an immunologist at a London teaching hospital",
    ),
    _case("01-health", "proper cold in six years", INL, "Tom Hale"),
    _case("01-health", "My wife thinks I'm mad", INL, "Tom Hale"),
    _case("01-health", "ninety-year-old jump", INL, "Ada Lind"),
    _case("01-health", "promising piece of work", INL, "Ben Ross"),
    _case("01-health", "the sea is dangerous", INL, "Ben Ross"),
    _case("01-health", "winter pressures", INL, "Ada Lind"),
    _case("01-health", "pair of goggles", INL, "Ada Lind"),
    # 02: business: a statement, a spokeswoman, an earnings call, analysts.
    _case("02-business", "We let our customers down", INL, "the company"),
    _case("02-business", "Every passenger who was unable", INL, "the company"),
    _case("02-business", "no evidence whatsoever", PAR, "A spokeswoman for Northquay"),
    _case("02-business", "too dependent on a single", PAR, "Clara Voss"),
    _case("02-business", "That is on me", INL, "Clara Voss"),
    _case("02-business", "We have grown the app", INL, "Clara Voss"),
    _case("02-business", "not a week for looking", INL, "Clara Voss"),
    _case("02-business", "running slightly ahead", PAR, "Peter Quinn"),
    _case("02-business", "The demand is there", INL, "Peter Quinn"),
    _case("02-business", "never demand", INL, "Peter Quinn"),
    _case("02-business", "raises awkward questions", PAR, "Maria Holt"),
    _case("02-business", "Investors will forgive", INL, "Maria Holt"),
    _case("02-business", "not forgive two", INL, "Maria Holt"),
    _case("02-business", "optimistic but not absurd", PAR, "Another analyst"),
    _case(
        "02-business",
        "a full account of what went wrong",
        PAR,
        "Maritime Passenger Authority",
    ),
    _case("02-business", "Nobody at the pier could", INL, "Mark Easton"),
    _case("02-business", "four hundred loaves", INL, "Mark Easton"),
    _case("02-business", "doesn't pay for the bread", INL, "Mark Easton"),
    _case("02-business", "but it's a start", INL, "Mark Easton"),
    # 03: police: an unnamed officer, a charge sheet, witnesses, a detective.
    _case("03-police", "frankly a miracle", INL, "one officer"),
    _case("03-police", "the last bus would", INL, "one officer"),
    _case("03-police", "without lawful excuse", PAR, "a charge sheet read out in court"),
    _case("03-police", "failed to stop when required", PAR, "The document"),
    _case("03-police", "struggling for some time", PAR, "Helen Marr"),
    _case("03-police", "a ship had hit the quay", INL, "Nora Vale"),
    _case("03-police", "like a drawer", INL, "Nora Vale"),
    _case("03-police", "didn't look back once", INL, "Nora Vale"),
    _case("03-police", "walked off as if", INL, "Nora Vale"),
    _case("03-police", "Someone was yelling", INL, "Sam"),
    _case("03-police", "make out the words", INL, "Sam"),
    _case("03-police", "frightening weekend", INL, "Ruth Keel"),
    _case("03-police", "isolated incident", INL, "Ruth Keel"),
    _case("03-police", "shocked but relieved", PAR, "Tom Hale"),
    _case("03-police", "Buildings can be mended", INL, "Tom Hale"),
    _case("03-police", "We are grateful", INL, "Tom Hale"),
    # 04: a council meeting: councillors by title, the mayor, residents, a motion.
    _case("04-council", "prohibit vehicles over", PAR, "The motion"),
    _case("04-council", "The surface is breaking up", INL, "Ada Lind"),
    _case("04-council", "Every week we wait", INL, "Ada Lind"),
    _case("04-council", "asked to vote on this", INL, "Ben Ross"),
    _case("04-council", "how this council should work", INL, "Ben Ross"),
    _case("04-council", "members of the public shouting", INL, "Tom Hale"),
    _case("04-council", "engines running all night", INL, "Clara Voss"),
    _case("04-council", "My grandchildren", INL, "Clara Voss"),
    _case("04-council", "that car park for twenty", INL, "Peter Quinn"),
    _case("04-council", "Into the sea", INL, "Peter Quinn"),
    _case("04-council", "it is flat, it is lit", INL, "Maria Holt"),
    _case("04-council", "a field of potholes", PAR, "Ben Ross"),
    _case("04-council", "clear about that", INL, "Mark Easton"),
    _case("04-council", "touch my own shop", INL, "Mark Easton"),
    _case("04-council", "Nobody in this chamber", INL, "Ada Lind"),
    _case("04-council", "report back within three months", PAR, "The motion"),
    _case("04-council", "People feel strongly", INL, "Tom Hale"),
    _case("04-council", "make it work", INL, "Tom Hale"),
    # 05: a profile: "she" for pages, her sister, an unnamed colleague, her book.
    _case("05-profile", "That one", INL, "Helen Marr"),
    _case("05-profile", "on the list since 1998", INL, "Helen Marr"),
    _case("05-profile", "noise of the gulls", INL, "Helen Marr"),
    _case("05-profile", "argued with the teachers", INL, "Emma Marr"),
    _case("05-profile", "apologised for her", INL, "Emma Marr"),
    _case("05-profile", "shouting in public places", INL, "Helen Marr"),
    _case(
        "05-profile",
        "She read every page",
        INL,
        "a former colleague from the council's planning department",
    ),
    _case(
        "05-profile",
        "Every single page",
        INL,
        "a former colleague from the council's planning department",
    ),
    # (the whole of its words: the colleague's quotation holds them too)
    _case(
        "05-profile",
        "On page 312 of your own report, you say the opposite.",
        NES,
        "Helen Marr",
    ),
    _case(
        "05-profile",
        "hated losing to her",
        INL,
        "a former colleague from the council's planning department",
    ),
    _case("05-profile", "never set out to save", INL, "Helen Marr"),
    _case("05-profile", "best of my forties", INL, "Helen Marr"),
    _case("05-profile", "some of them back", INL, "Helen Marr"),
    _case("05-profile", "She says that now", INL, "Emma Marr"),
    _case("05-profile", "didn't say it at the time", INL, "Emma Marr"),
    _case("05-profile", "anything here to reopen", PAR, "Tom Hale"),
    _case("05-profile", "about nostalgia", INL, "Helen Marr"),
    _case("05-profile", "still works because", INL, "Helen Marr"),
    _case("05-profile", "Right", INL, "Helen Marr"),
    _case("05-profile", "Tea.", INL, "Helen Marr"),
]


@pytest.mark.parametrize(("post", "words", "kind", "speaker"), _QUOTATIONS)
def test_each_quotation_kind_and_speaker(
    post: str, words: str, kind: QuoteKind, speaker: str
) -> None:
    # A quotation that is the words alone ("That one") is that one, not a
    # longer one holding them.
    found = _POSTS.readings(post)
    exact = [(k, who) for text, k, who in found if text.rstrip(".,") == words.rstrip(".,")]
    assert (exact or [(k, who) for text, k, who in found if words in text]) == [(kind, speaker)]


@pytest.mark.parametrize(
    "post", ["01-health", "02-business", "03-police", "04-council", "05-profile"]
)
def test_every_quotation_read_is_listed(post: str) -> None:
    # The table above lists every quotation a careful reader finds, so a new
    # reading (a scare quote, a title in marks) shows here, not silently.
    listed = [p.values[1] for p in _QUOTATIONS if p.values[0] == post]
    for text, _kind, _who in _POSTS.readings(post):
        assert any(words in text for words in listed), text


# === The fixes: each the smallest team sentence, and one where it must not fire


def _shown(*paragraphs: str) -> list[tuple[str | None, str | None]]:
    """The name and role shown for each quotation of ``paragraphs``."""
    return [
        (q.speaker.name, q.speaker.role) if q.speaker else (None, None)
        for q in run(*paragraphs).quotes
    ]


# -- "Cllr" before a name is a title (post 04) ---------------------------------


def test_cllr_before_a_name_is_the_councillor_s_title() -> None:
    assert _shown(f"{L}The pier is breaking up,{R} said Cllr Ada Lind.") == [
        ("Ada Lind", "Councillor")
    ]


def test_cllr_and_a_surname_is_the_councillor_named_before() -> None:
    assert _shown(
        f"Councillor Ada Lind moved the motion. {L}The pier is breaking up,{R} said Cllr Lind."
    ) == [("Ada Lind", "Councillor")]


def test_a_councillor_after_the_name_stays_the_role() -> None:
    # Must not fire: an office after the name is the role as before.
    assert _shown(f"{L}The pier is breaking up,{R} said Ada Lind, a councillor.") == [
        ("Ada Lind", "a councillor")
    ]


# -- "she said" after an unnamed expert with a "who" aside (post 01) ------------

_LEAD = "Ada Lind spoke at the pier on Monday."


def test_she_said_after_an_unnamed_engineer_with_a_who_aside_is_the_engineer() -> None:
    assert said_by(
        "alarm",
        _LEAD,
        "An engineer at the harbour board, who asked not to be named, said the pier was "
        f"{L}unsafe.{R} {L}Every crane now has an alarm,{R} she said.",
    ) == ["an engineer at the harbour board"]


def test_she_said_after_an_unnamed_immunologist_is_the_immunologist() -> None:
    # A noun of a profession by its ending ("-ologist"), not listed.
    assert said_by(
        "diaries",
        _LEAD,
        f"An immunologist said the findings were {L}interesting.{R}",
        f"{L}Nobody trusts diaries,{R} she said.",
    ) == ["an immunologist"]


def test_she_said_after_a_checklist_said_is_the_woman_named_before() -> None:
    # Must not fire: a "-list" after a consonant is a list, no person.
    assert said_by(
        "alarm",
        _LEAD,
        f"A checklist from the harbour board said the pier was {L}unsafe.{R} {L}Every crane "
        f"now has an alarm,{R} she said.",
    ) == ["Ada Lind"]


def test_she_said_after_a_named_engineer_in_apposition_is_that_engineer() -> None:
    # Must not fire: an aside that is a name, not a "who" clause, names the
    # one who speaks.
    assert said_by(
        "alarm",
        _LEAD,
        f"An engineer at the harbour board, Ben Ross, said the pier was {L}unsafe.{R} "
        f"{L}Every crane now has an alarm,{R} he said.",
    ) == ["Ben Ross"]


# -- "he said" after "the mayor said", the mayor named before (post 04) ---------

_MAYOR = "The mayor, Tom Hale, chaired the meeting."
_EASTON = f"Councillor Ben Ross said he would abstain. {L}I own a shop,{R} he said."


def test_he_said_after_the_mayor_said_is_the_mayor_named_before() -> None:
    assert said_by(
        "feel strongly",
        _MAYOR,
        _EASTON,
        f"After the vote, the mayor said he hoped the town could move on. {L}People feel "
        f"strongly,{R} he said.",
    ) == ["Tom Hale"]


def test_he_said_after_the_mayor_said_with_no_mayor_named_is_the_man_before() -> None:
    # Must not fire: no one was given the office by name; the man named
    # before stays, as before.
    assert said_by(
        "feel strongly",
        "Tom Hale chaired the meeting.",
        _EASTON,
        f"After the vote, the mayor said he hoped the town could move on. {L}People feel "
        f"strongly,{R} he said.",
    ) == ["Ben Ross"]


def test_he_said_after_a_named_man_said_is_that_man() -> None:
    # Must not fire: the sentence before opens with a name, not the office.
    assert said_by(
        "feel strongly",
        _MAYOR,
        f"After the vote, Ben Ross said he hoped the town could move on. {L}People feel "
        f"strongly,{R} he said.",
    ) == ["Ben Ross"]


# -- "The body said it had asked ... for “…”" (post 02) --------------------------


def test_a_body_said_it_had_asked_for_is_the_body_s() -> None:
    # The phrase was "The harbour board said it".
    assert said_by(
        "full account",
        f"The harbour board said it had asked the ferry company for {L}a full account.{R}",
    ) == ["The harbour board"]


def test_a_man_said_he_had_asked_for_is_still_his() -> None:
    # Must not fire differently: "he" after a name, as on s40.
    assert said_by(
        "full account",
        f"Tom Hale said he had asked the ferry company for {L}a full account.{R}",
    ) == ["Tom Hale"]


# -- "Name of Firm cut her price and wrote that “…”" (post 02) -------------------

_HALE = "Tom Hale spoke first."


def test_a_name_cut_her_price_and_wrote_is_the_name_s() -> None:
    # "cut" has no ending to know it as a verb by: the word between the
    # name and "her" is.
    assert said_by(
        "awkward",
        _HALE,
        f"Ada Lind of Eastgate Securities cut her target price and wrote that the outage "
        f"{L}raises awkward questions.{R}",
    ) == ["Ada Lind"]


def test_a_name_of_the_firm_is_no_verb() -> None:
    # Must not fire: "of" before "the" is no verb; the subject reaches on to
    # the verb after it, as before.
    assert said_by(
        "awkward",
        _HALE,
        f"Ada Lind of the securities firm stood up and said the outage "
        f"{L}raises awkward questions.{R}",
    ) == ["Ada Lind"]


# -- "Her younger sister, Emma Marr,": a word between the possessive and the
# kin noun (post 05) -------------------------------------------------------------


def test_he_says_after_his_younger_sister_is_named_is_not_the_sister() -> None:
    # The kin noun states her sex though "younger" stands between; "he"
    # is not hers (was Emma Hale, the nearest name of no known sex).
    assert said_by(
        "never stops",
        "Tom Hale runs the bait shop.",
        "His younger sister, Emma Hale, lives nearby.",
        f"{L}She never stops,{R} he says.",
    ) == ["Tom Hale"]


def test_she_says_after_her_late_husband_is_named_is_not_the_husband() -> None:
    assert said_by(
        "never stopped",
        "Ada Lind runs the bait shop.",
        "Her late husband, Tom Hale, built it.",
        f"{L}He never stopped,{R} she says.",
    ) == ["Ada Lind"]


# -- "The paper, published in the Journal of ..., says" (post 01) -----------------

_STUDY = "Ada Lind led the study."


def test_the_paper_published_in_a_journal_says_is_the_paper_s() -> None:
    # A name after "in" in the participle's aside is a journal, no speaker.
    assert said_by(
        "no younger",
        _STUDY,
        f"The paper, published in the Journal of Coastal Medicine, says the swimmers "
        f"{L}were no younger{R} than the rest.",
    ) == ["The paper"]


def test_the_paper_written_with_a_name_says_is_not_the_paper_s() -> None:
    # Must not fire: a name after "with" may be the one who speaks.
    assert said_by(
        "no younger",
        _STUDY,
        f"The paper, written with Tom Hale, says the swimmers {L}were no younger{R} than the rest.",
    ) != ["The paper"]


# -- "A former colleague ..., who ..., remembers her as ... “…,” he says" (05) ----


def test_he_says_after_an_unnamed_colleague_remembers_is_the_colleague() -> None:
    assert said_by(
        "every page",
        "Ada Lind chaired the pier trust.",
        "A former colleague from the harbour board, who worked with her for years, remembers "
        f"her as stubborn. {L}She read every page,{R} he says.",
    ) == ["a former colleague from the harbour board"]


def test_he_says_after_an_unnamed_friend_who_was_there_is_the_man_named_before() -> None:
    # Must not fire: "was" says nothing; the one brought in does not speak.
    assert said_by(
        "every page",
        "Tom Hale chaired the pier trust.",
        f"A friend of the family was at the pier. {L}She read every page,{R} he says.",
    ) == ["Tom Hale"]


# -- "The motion, moved by Councillor Ada Lind, calls on the council to “…”" (04) --


def test_the_motion_calls_on_the_council_to_is_the_motion_s() -> None:
    assert said_by(
        "prohibit lorries",
        _HALE,
        f"The motion calls on the council to {L}prohibit lorries.{R}",
    ) == ["The motion"]


def test_the_motion_moved_by_a_councillor_calls_on_is_the_motion_s() -> None:
    # "moved by" names who put the motion, as "commissioned by" who ordered
    # a survey: the document's words stay the document's.
    assert said_by(
        "prohibit lorries",
        _HALE,
        f"The motion, moved by Councillor Ada Lind, calls on the council to "
        f"{L}prohibit lorries.{R}",
    ) == ["The motion"]


def test_her_calls_on_the_radio_are_no_verb_of_saying() -> None:
    # Must not fire: "calls" after a possessive is a noun.
    assert (
        said_by(
            "save the pier",
            _HALE,
            f"Her calls on the radio to {L}save the pier{R} went unanswered.",
        )
        == []
    )


# -- A profile's narrative "she" once her sister's turn has ended (post 05) ------

_ADA = f"Ada Lind has run the pier trust for forty years. {L}It is my life,{R} she says."
_SISTER = f"Her younger sister, Emma Lind, lives on the harbour. {L}She never stops,{R} Emma says."


def test_she_admits_after_her_sister_s_paragraph_is_the_woman_the_profile_follows() -> None:
    # "Her younger sister" is the relative of the one "her" means; in a
    # later paragraph opening with the narrative, "she" is that woman again
    # (was the sister, the nearest woman named).
    assert said_by(
        "shouted a great deal",
        _ADA,
        _SISTER,
        f"In 1986 she founded the trust and, she admits, {L}shouted a great deal.{R}",
    ) == ["Ada Lind"]


def test_in_her_book_she_writes_after_her_sister_s_paragraph_is_the_subject_s() -> None:
    assert said_by(
        "being stupid",
        _ADA,
        _SISTER,
        f"She does not like the word campaigner. In her book she writes: "
        f"{L}I set out to stop people being stupid.{R}",
    ) == ["Ada Lind"]


def test_a_newly_named_woman_keeps_the_next_she_said() -> None:
    # Must not fire: a woman the text names in her own right (no relative
    # of the subject) takes the "she" after her, a paragraph on or not.
    assert said_by(
        "never asked",
        _ADA,
        "Emma Hale, a resident, spoke against the plan.",
        f"At the meeting she stood up. {L}We were never asked,{R} she said.",
    ) == ["Emma Hale"]


def test_the_sister_s_quotation_continued_in_the_next_paragraph_stays_hers() -> None:
    # Must not fire: a paragraph opening with a quotation right after hers
    # continues her turn.
    assert said_by(
        "never did",
        _ADA,
        _SISTER,
        f"{L}She never did,{R} she says.",
    ) == ["Emma Lind"]


def test_she_in_the_sister_s_own_paragraph_stays_hers() -> None:
    # Must not fire: her turn has not ended.
    assert said_by(
        "never did",
        _ADA,
        f"Her sister, Emma Lind, lives nearby. She laughs. {L}She never did,{R} she says.",
    ) == ["Emma Lind"]


def test_his_sister_is_no_lesser_she() -> None:
    # Must not fire: "His sister" is a man's relative; the "she" after her
    # is hers (the two women are the subject's sister and no one else).
    assert said_by(
        "never did",
        "Tom Hale has run the pier trust for forty years.",
        f"His sister, Emma Hale, lives nearby. {L}He never stops,{R} Emma says.",
        f"At the meeting she stood up. {L}He never did,{R} she says.",
    ) == ["Emma Hale"]


# -- ... and once the turn of a man of unread sex who "calls her" has ended (05)


def test_she_says_after_a_man_who_calls_her_is_the_woman_the_profile_follows() -> None:
    # "calls her" speaks of someone else as "her"; the text never says what
    # Tom Hale is, so a "she says" a paragraph of narrative later is the
    # subject's (was Tom Hale's, the one quoted last).
    assert said_by(
        "nostalgia",
        _ADA,
        f"Tom Hale, who chairs the board, calls her {L}the reason the pier stands.{R}",
        "She walks on along the pier.",
        f"{L}People think it is nostalgia,{R} she says.",
    ) == ["Ada Lind"]


def test_her_own_plan_is_no_sign_of_someone_else() -> None:
    # Must not fire: "her" before its noun may be the speaker's own.
    assert said_by(
        "long shot",
        _ADA,
        f"Emma Hale, who chairs the board, calls her own plan {L}a gamble.{R}",
        "She walks on along the pier.",
        f"{L}It is a long shot,{R} she says.",
    ) == ["Emma Hale"]


# -- "... and she'd say, ‘…’" inside a quotation (post 05) -----------------------

_l, _r = "\u2018", "\u2019"
_ADA_TWICE = f"{_ADA} {L}All of it,{R} she adds."


_nested = nested_said


def test_she_d_say_inside_a_colleague_s_words_is_the_woman_they_speak_of() -> None:
    # The teller's "she" is someone else (the teller would say "I"): the
    # woman last named whom the text shows a woman (was no speaker).
    assert _nested(
        _ADA_TWICE,
        f"A former colleague remembers her well. {L}At the end of every meeting she'd say, "
        f"{_l}Read page 312.{_r} She was always right,{R} he says.",
    ) == [("Read page 312.", "Ada Lind")]


def test_she_said_inside_a_woman_s_words_is_not_the_teller() -> None:
    assert _nested(
        _ADA_TWICE,
        f"{L}Every week she'd say, {_l}Read the report,{_r}{R} said Emma Hale, her deputy.",
    ) == [("Read the report", "Ada Lind")]


def test_he_d_say_of_a_man_the_text_gives_no_sex_has_no_speaker() -> None:
    # Must not fire: the text never says what Tom Hale is; no guess.
    assert _nested(
        "Tom Hale ran the board for a decade.",
        f"{L}Every week he'd say, {_l}Read the report,{_r}{R} Ben Ross said.",
    ) == [("Read the report", None)]


def test_i_said_inside_a_quotation_stays_the_teller_s() -> None:
    # Must not fire: "I said" is the teller quoting themself, as before.
    assert _nested(_ADA_TWICE, f"{L}And I said, {_l}Read the report,{_r}{R} she says.") == [
        ("Read the report", "Ada Lind")
    ]
