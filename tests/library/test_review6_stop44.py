"""A researcher reads five posts of kinds the team had not written, stop 44
(branch s44-rev6).

A radio interview transcript ("HOST:" and "LIND:" turns, "(LAUGHTER)",
"[CROSSTALK]", an answer cut off and taken up again, the host reading a
board's statement and listeners' messages aloud); a legal blog on a ruling
(case names, "the court wrote", a statute quoted, "Justice Hale wrote in
dissent", the blogger's aside in brackets); a think-tank policy brief
(reports and bodies quoted, "as the Fund put it", a table caption, numbered
recommendations, a minister quoted from a speech a year before); a student
newspaper story (class years after names, "said Ada Lind '26, a sophomore",
a professor, an administration email, a student "who asked not to be named
for fear of reprisal"); and an election-night report (candidates quoted in
turn, chants, a concession speech, "told supporters", "wrote on X"). They
are kept in ``tests/fixtures/review6_stop44``. Every quotation of every
post is listed below with its kind and the speaker a careful reader would
write (the name without its titles, else the description the text gave
first); each one read wrong is a strict xfail with the reason, so a fix
shows as a pass to take off the list. evaluation/README.md ("Five posts of
new kinds, stop 44 (branch s44-rev6)") groups them by construction. Every
sentence here is written by the team."""

# ruff: noqa: E501 (the reasons are long lines)

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.library.model import QuoteKind
from tests.library.paragraphs import Posts, each_quotation_test, review_case, said_by, shown

_POSTS = Posts(Path(__file__).resolve().parents[1] / "fixtures" / "review6_stop44")

INL, PAR, NES, BLK = QuoteKind.INLINE, QuoteKind.PARTIAL, QuoteKind.NESTED, QuoteKind.BLOCK

# Why each misreading is left (a key per construction; evaluation/README.md,
# "Five posts of new kinds, stop 44").
_READ_ALOUD = "a message or statement the host reads aloud ('This is from Maria in Dunmore. She writes: \"…\"', 'a man who signs himself only as Pete') goes to the guest of the transcript"
_NOBODY_NEXT = "'One of our older deckhands, Callum Reid, put it better than I can. He told the board in June, \"…\"' inside the guest's turn gives 'He' to Ada Lind, the guest the host's first turn brings in (alone, the paragraph gives Callum Reid; 'Nobody answered him' after it, once shown as the speaker, no longer is)"
_LABEL_CAPITALS = "'It says, and I'm reading from my phone here, \"…\"' (the email) shows the turn's label 'LIND' in capitals as the speaker"
_IN_HER_WORDS = "'the strike was, in her words, \"a gamble …\"' (a noun phrase in marks ending the sentence) is read as a whole sentence (inline, nested in the host's turn), not a partial"
_LEASE_STATUTE = "a document's words after 'The lease allowed service \"…\"' or 'Section 14(2) of the Harbours Act provides that \"…\"' are not read"

_case = review_case


_QUOTATIONS = [
    # 01: radio transcript: HOST:/LIND: turns, laughter, crosstalk, messages read aloud.
    _case("01-radio", "Good evening and welcome to Harbour Hour", BLK, "Tom Hale"),
    _case("01-radio", "Thanks for having me, Tom.", BLK, "Ada Lind"),
    _case("01-radio", "start with the obvious question", BLK, "Tom Hale"),
    _case("01-radio", "Because the boat they've been using", BLK, "Ada Lind"),
    _case(
        "01-radio",
        "I'm not asking for more money. I'm asking for a ramp that doesn't move when you stand on it.",
        NES,
        "Callum Reid",
        _NOBODY_NEXT,
    ),
    _case("01-radio", "says the ramp was inspected in August", BLK, "Tom Hale"),
    _case("01-radio", "It was inspected, yes.", BLK, "Ada Lind"),
    _case(
        "01-radio",
        'the hinge is "at the end of its service life."',
        PAR,
        "the inspector's own report",
    ),
    _case("01-radio", "I should say we asked the harbour board", BLK, "Tom Hale"),
    _case(
        "01-radio",
        "The board has offered the union an independent survey of the ramp within fourteen days. We regret that the union has chosen to strike rather than accept it.",
        NES,
        "Martin Fell",
        _READ_ALOUD,
    ),
    _case("01-radio", "Fourteen days. (LAUGHTER)", BLK, "Ada Lind"),
    _case("01-radio", "But they're offering it now.", BLK, "Tom Hale"),
    _case("01-radio", "we'd be sitting here talking", BLK, "Ada Lind"),
    _case("01-radio", "Fair enough. We've had a lot of messages", BLK, "Tom Hale"),
    _case(
        "01-radio",
        "My mother is eighty-one and lives on Skerra. She has a hospital appointment on Friday. Who is going to take her?",
        NES,
        "Maria",
        _READ_ALOUD,
    ),
    _case("01-radio", "I'd say to Maria, first", BLK, "Ada Lind"),
    _case("01-radio", "offer came too late to arrange", BLK, "Tom Hale"),
    _case("01-radio", "That's not —", BLK, "Ada Lind"),
    _case("01-radio", "Let me just finish the point", BLK, "Tom Hale"),
    _case("01-radio", "That's not true, and they know", BLK, "Ada Lind"),
    _case("01-radio", "only heard about the medical offer", BLK, "Tom Hale"),
    _case("01-radio", "We emailed it at seven", BLK, "Ada Lind"),
    _case(
        "01-radio",
        "The union will provide a full crew for any urgent medical crossing for the duration of the action.",
        NES,
        "the email",
        _LABEL_CAPITALS,
    ),
    _case("01-radio", "All right. Another message", BLK, "Tom Hale"),
    _case(
        "01-radio",
        "I've supported the union all my life but this is hurting the wrong people.",
        NES,
        "Pete",
        _READ_ALOUD,
    ),
    _case("01-radio", "I understand it. I really do.", BLK, "Ada Lind"),
    _case("01-radio", "The council leader, Grace Whitfield, said", BLK, "Tom Hale"),
    _case("01-radio", "a gamble with other people's lives.", PAR, "Grace Whitfield", _IN_HER_WORDS),
    _case("01-radio", "She's wrong about whose gamble", BLK, "Ada Lind"),
    _case("01-radio", "Have you?", BLK, "Tom Hale"),
    _case("01-radio", "Every week for nine years.", BLK, "Ada Lind"),
    _case("01-radio", "Before you go, when does it end?", BLK, "Tom Hale"),
    _case("01-radio", "It ends when there's a date", BLK, "Ada Lind"),
    _case("01-radio", "No date, no boat.", NES, "Our members"),
    _case("01-radio", "Ada Lind, thank you.", BLK, "Tom Hale"),
    _case("01-radio", "Thanks, Tom.", BLK, "Ada Lind"),
    _case("01-radio", "After the break, the weather", BLK, "Tom Hale"),
    _case("01-radio", 'he has "never seen the harbour this quiet."', PAR, "Simon Carver"),
    # 02: legal blog: the court wrote, a statute, a dissent, the blogger's aside.
    _case(
        "02-legal",
        "by any means the Board may from time to time adopt",
        PAR,
        "The lease",
        _LEASE_STATUTE,
    ),
    _case("02-legal", "a commercial bargain between parties", PAR, "Carver"),
    _case("02-legal", "could have checked the website", PAR, "Carver"),
    _case(
        "02-legal",
        "no lease of harbour land shall be determined",
        PAR,
        "Section 14(2) of the Harbours Act",
        _LEASE_STATUTE,
    ),
    _case("02-legal", "Notice is a thing that is given", INL, "Court of Appeal"),
    _case("02-legal", "A notice that is placed where", INL, "Court of Appeal"),
    _case("02-legal", "the modern equivalent of the empty shed", PAR, "Lind"),
    _case("02-legal", "Parties may agree on the means", INL, "Lind"),
    _case("02-legal", "but they cannot agree that the statute", INL, "Lind"),
    _case("02-legal", "The tenant agreed to service", INL, "Hale"),
    _case("02-legal", "It is not for this court", INL, "Hale"),
    _case("02-legal", "would make every electronic notice", PAR, "Hale"),
    _case("02-legal", "An email to an address the lessee", INL, "Court of Appeal"),
    _case("02-legal", "controls the only deep-water berths", PAR, "Lind"),
    _case("02-legal", "cannot simply take its business", PAR, "Lind"),
    _case("02-legal", "considering its options", PAR, "Grace Whitfield"),
    _case("02-legal", "We are glad the court has recognised", INL, "Callum Reid"),
    # 03: think-tank brief: reports and bodies, "as the Fund put it", a minister's speech.
    _case("03-brief", "the grant is now sufficient", INL, "Coastal Works Agency"),
    _case("03-brief", "poses a growing risk", PAR, "Regional Development Fund"),
    # (s45-left: a body's short form shown as the text wrote its name in full.)
    _case("03-brief", "deferred maintenance is not a saving", INL, "Regional Development Fund"),
    _case("03-brief", "the front door of every island", PAR, "Martin Fell"),
    _case("03-brief", "We will not let those doors", INL, "Martin Fell"),
    _case("03-brief", "at an advanced stage", PAR, "Martin Fell"),
    _case("03-brief", "in due course", PAR, "A spokesperson for the department"),
    _case(
        "03-brief",
        "rewards the boards with the most time",
        PAR,
        "Federation of Island Councils",
    ),
    _case("03-brief", "a lottery in which the prize", PAR, "Grace Whitfield"),
    # (s45-left: "It found that" a document's findings, in the past too.)
    _case(
        "03-brief",
        "the allocation of harbour grants bears little relation",
        PAR,
        "A 2023 review by the National Audit Office",
    ),
    _case("03-brief", "Every winter we patch it and pray.", INL, "one harbour master we spoke to"),
    # 04: student newspaper: class years, a professor, an email, an anonymous student.
    _case("04-student", "After a careful review of ridership", INL, "the email"),
    _case("04-student", "Students with evening commitments", INL, "the email"),
    _case("04-student", "Plan our schedules accordingly?", INL, "Ada Lind"),
    _case("04-student", "I have a required lab", INL, "Ada Lind"),
    _case("04-student", "If you have a car", INL, "Callum Reid"),
    _case("04-student", "you're sleeping in the lab", INL, "Callum Reid"),
    _case("04-student", "I was told by a staff member", INL, "one junior"),
    _case("04-student", "Nobody wants to complain", INL, "one junior"),
    _case("04-student", "I found out from the same email", INL, "Grace Whitfield"),
    _case("04-student", "half my lab sections end after ten", INL, "Grace Whitfield"),
    _case("04-student", "This is an academic question", INL, "Grace Whitfield"),
    _case("04-student", "We understand that this change", INL, "Martin Fell"),
    _case("04-student", "But we have a responsibility", INL, "Martin Fell"),
    _case("04-student", "a limited number of emergency overnight rooms", PAR, "Martin Fell"),
    _case("04-student", "Keep the boat!", INL, "Students at the rally"),
    _case("04-student", "made a decision about students", PAR, "Nina Okafor"),
    _case("04-student", "We're not asking for anything new", INL, "Nina Okafor"),
    _case("04-student", "not to take away something that works", INL, "Nina Okafor"),
    _case("04-student", "They showed us the boat on the tour", INL, "Tom Hale"),
    _case("04-student", "They didn't mention it would be gone", INL, "Tom Hale"),
    _case("04-student", "received the petition and will share", PAR, "Helen Brook"),
    _case("04-student", "We'll keep coming back", INL, "Ada Lind"),
    # 05: election night: candidates in turn, chants, a concession, "wrote on X".
    _case("05-election", "Grace! Grace! Grace!", INL, "the crowd"),
    _case("05-election", "Fix the pier!", INL, "the crowd"),
    _case("05-election", "You did this", INL, "Grace Whitfield"),
    _case("05-election", "You knocked on the doors", INL, "Grace Whitfield"),
    _case("05-election", "within my first hundred days", PAR, "Grace Whitfield"),
    _case("05-election", "No more secrets about the pier", INL, "Grace Whitfield"),
    _case("05-election", "We thought we'd win", INL, "Peter Lang"),
    _case("05-election", "People were angry about the ferry", INL, "Peter Lang"),
    _case("05-election", "A few minutes ago I called", INL, "Martin Fell"),
    _case("05-election", "No!", INL, "some in the room"),
    _case("05-election", "The people of Lund have made", INL, "Martin Fell"),
    _case("05-election", "When I became mayor", INL, "Martin Fell"),
    _case("05-election", "I hope the next administration", INL, "Martin Fell"),
    _case("05-election", "It didn't help", INL, "Martin Fell"),
    _case("05-election", "The polls have been wrong", INL, "Martin Fell"),
    _case("05-election", "I'll wait for the votes.", INL, "Martin Fell"),
    _case("05-election", "put the ramp on the ballot", PAR, "Callum Reid"),
    _case("05-election", "Six months ago nobody", INL, "Callum Reid"),
    _case("05-election", "Now the new mayor has promised", INL, "Callum Reid"),
    _case("05-election", "a politician like the rest", INL, "Tom Hale"),
    _case("05-election", "We'll see.", INL, "Tom Hale"),
    _case("05-election", "Congratulations to Mayor-elect", INL, "Nina Okafor"),
    _case("05-election", "She's promised a lot", INL, "Owen Marsh"),
    _case("05-election", "I hope she has a plan", INL, "Owen Marsh"),
    _case("05-election", "We had queues at some stations", INL, "Agnes Moyle"),
    _case("05-election", "I haven't seen that in twenty", INL, "Agnes Moyle"),
    _case("05-election", "a message to the harbour board", PAR, "Ada Lind"),
    _case("05-election", "Hundred days! Hundred days!", INL, "supporters"),
    _case("05-election", "Ask me on day ninety-nine", INL, "Grace Whitfield"),
]

# Words in marks that are no one's speech: a term the ruling turns on, a web
# page's name, ratings, signs. Each must not be read as a quotation.
_RATINGS_PROMISED = "'3. Publish the long-term plan the minister promised in March 2025, ... rated \"poor\" or \"unsafe.\"' reads the ratings as a partial quotation, 'promised' as its verb and the recommendation as its speaker"

_NOT_QUOTATIONS = [
    pytest.param("02-legal", "reasonable notice", id="02-legal:reasonable notice"),
    pytest.param("02-legal", "notices", id="02-legal:notices"),
    pytest.param("02-legal", "to the lessee", id="02-legal:to the lessee"),
    pytest.param("02-legal", "equal standing", id="02-legal:equal standing"),
    pytest.param("03-brief", "Table 1", id="03-brief:table caption"),
    pytest.param(
        "03-brief",
        "costed targets",
        id="03-brief:poor or unsafe (recommendation)",
        marks=pytest.mark.xfail(reason=_RATINGS_PROMISED, strict=True),
    ),
    pytest.param("04-student", "Science doesn't stop at 10", id="04-student:sign"),
    pytest.param("04-student", "Don't strand us", id="04-student:sign 2"),
]


test_each_quotation_kind_and_speaker = each_quotation_test(_POSTS, _QUOTATIONS)


@pytest.mark.parametrize(("post", "words"), _NOT_QUOTATIONS)
def test_words_in_marks_that_are_no_quotation(post: str, words: str) -> None:
    assert not any(
        words in text and not any(p.values[1] in text for p in _QUOTATIONS if p.values[0] == post)
        for text, _kind, _who in _POSTS.readings(post)
    )


_POST_NAMES = ["01-radio", "02-legal", "03-brief", "04-student", "05-election"]


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


# -- "Ada Lind '26, a sophomore": a class year after a name (post 04) ------


def test_a_class_year_is_no_word_of_the_name() -> None:
    # (Shown "Ada Lind '26, a sophomore majoring in marine biology", and
    # "SGA President Nina Okafor '26" with the year in the name.)
    assert _shown(
        f"{L}The pier is shut,{R} said Ada Lind '26, a sophomore majoring in history.",
        f"Board member Tom Hale \u201928 said the pier was {L}a disgrace{R} to the college.",
    ) == [("Ada Lind", "a sophomore majoring in history"), ("Tom Hale", "Board member")]


def test_a_name_with_its_class_year_brings_in_the_speaker_of_he_said() -> None:
    # (The quotation after went to Ada Lind, named before.)
    assert _shown(
        f"{L}We walked,{R} said Ada Lind.",
        f"Tom Hale '28, a first-year student, said he missed the boat. {L}It left "
        f"early,{R} he said.",
    ) == [("Ada Lind", None), ("Tom Hale", "a first-year student")]


def test_a_year_after_a_lower_case_word_is_left_as_it_stands() -> None:
    # Must not fire: "since '08" and "the '90s" are years, no one's class,
    # and the single marks around a title still pair.
    assert _shown(
        f"The pier has leaked since '08, and in the '90s it shut. {L}It is a "
        f"relic,{R} Tom Hale said of 'Harbour Lights', the board's old ferry."
    ) == [("Tom Hale", None)]


# -- "HOST:" turns: the presenter the text names (post 01) ------------------


def _radio(standfirst: str, host_last: str = "Is it safe now?") -> list[tuple[str, str | None]]:
    from tests.library.paragraphs import run

    return [
        (q.span.text, q.speaker.name if q.speaker else None)
        for q in run(
            standfirst,
            "HOST: Welcome back. The pier has been shut since Monday.",
            "LIND: Thanks, Tom. It has, and it should stay shut.",
            f"HOST: {host_last}",
            "LIND: Not until the hinge is mended.",
            "HOST: We will leave it there.",
            "LIND: Thank you.",
        ).quotes
    ]


def test_a_host_s_turns_are_the_named_presenter_s() -> None:
    # (The "HOST:" turns were not read: the label names no surname.)
    said = _radio("Harbour Hour is presented by Tom Hale. His guest is Ada Lind.")
    assert [who for _text, who in said] == ["Tom Hale", "Ada Lind"] * 3
    assert said[0][0] == "Welcome back. The pier has been shut since Monday."


def test_a_host_label_with_no_presenter_named_is_no_one() -> None:
    # Must not fire: the text names no presenter, so "HOST:" names no one.
    said = _radio("Ada Lind joined the programme from the pier.")
    assert [who for _text, who in said] == ["Ada Lind"] * 3


def test_a_host_who_only_asks_is_still_the_one_asking() -> None:
    # Must not fire: a presenter whose every turn is a question asks, as an
    # interviewer's label does; only the guest's answers are quotations.
    from tests.library.paragraphs import run

    said = run(
        "Harbour Hour is presented by Tom Hale. His guest is Ada Lind.",
        "HOST: Is the pier shut?",
        "LIND: It is, and it should stay shut.",
        "HOST: Until when?",
        "LIND: Not until the hinge is mended.",
        "HOST: Will it be this year?",
        "LIND: I doubt it.",
    ).quotes
    assert [q.speaker.name if q.speaker else None for q in said] == ["Ada Lind"] * 3


# -- "The Federation ..., in a submission to the committee, said": (post 03)


def test_an_aside_naming_the_medium_is_stepped_over_to_the_body() -> None:
    # (The aside was shown as the speaker: "in a submission to the committee".)
    assert said_by(
        "reward the wrong boards",
        "The board met on Monday.",
        f"The Federation of Harbour Users, in a submission to the committee, said that "
        f"the grants {L}reward the wrong boards.{R}",
    ) == ["Federation of Harbour Users"]


def test_a_possessive_subject_before_the_medium_stays_the_person() -> None:
    # Must not fire past a possessive: "His office, in a letter to the
    # council," is Tom Hale's, the person in focus.
    assert said_by(
        "reward the wrong boards",
        "Tom Hale runs the board.",
        f"His office, in a letter to the council, said the grants {L}reward the wrong boards.{R}",
    ) == ["Tom Hale"]


# -- "“…” Nobody answered him.": a negative subject names no speaker (post 01)


def test_nobody_after_the_marks_is_no_speaker() -> None:
    # (Shown "Nobody": the sentence after the marks was read as the attribution.)
    assert _shown(
        f"Ada Lind is here. Callum Reid spoke up. He told the board in June, {L}I want a "
        f"ramp.{R} Nobody answered him."
    ) == [("Callum Reid", None)]


def test_everyone_or_someone_after_the_marks_still_speaks() -> None:
    # Must not fire: "everyone" and "someone" shout the words; only a
    # negative subject names no one.
    assert _shown(f"Callum Reid spoke up. {L}Fix the ramp!{R} everyone shouted.") == [
        (None, "everyone")
    ]
    assert _shown(f"Callum Reid spoke up. {L}Fix the ramp!{R} someone shouted.") == [
        (None, "someone")
    ]


# -- "One junior, who asked not to be named, said she ...": (post 04) ------


def test_one_and_a_noun_brings_in_an_unnamed_speaker_for_the_pronoun() -> None:
    # (The "he"/"she" after it went to Ada Lind, named before: "One" was
    # no indefinite subject, and "junior" no person.)
    assert _shown(
        f"{L}We walked,{R} said Ada Lind.",
        f"One deckhand, who asked not to be named, said the ramp moved. {L}It moves every "
        f"day,{R} he said.",
    ) == [("Ada Lind", None), (None, "one deckhand")]
    assert _shown(
        f"{L}We walked,{R} said Ada Lind.",
        f"One junior said she had slept in the lab. {L}There was nowhere else,{R} she said.",
    ) == [("Ada Lind", None), (None, "one junior")]


def test_one_morning_brings_in_no_one() -> None:
    # Must not fire: "One morning" is a time; "she" is still Ada Lind.
    assert _shown(
        f"{L}We walked,{R} said Ada Lind.",
        f"One morning she said the ramp moved. {L}It moves every day,{R} she said.",
    ) == [("Ada Lind", None), ("Ada Lind", None)]


# -- "In the words of one harbour master, who asked not to be named, “…”" (post 03)


def test_a_relative_clause_after_in_the_words_of_keeps_its_source() -> None:
    # (The "asked" in the source's relative clause was read as the verb,
    # and the quotation went to Ada Lind, named before.)
    assert _shown(
        f"Ada Lind spoke. In the words of one pilot, who asked not to be named, {L}We "
        f"patch it and pray.{R}"
    ) == [(None, "one pilot")]


def test_a_name_s_relative_clause_before_said_is_left_alone() -> None:
    # Must not fire outside a source phrase: the subject with its clause speaks.
    assert _shown(
        f"Ada Lind spoke. Tom Hale, who asked the board for money, said {L}We patch it and pray.{R}"
    ) == [("Tom Hale", None)]


# -- "“…,” Fell said, as some in the room shouted “No!” “…”" (post 05) ------


def test_words_shouted_into_an_attribution_do_not_take_over() -> None:
    # (The bare quotation after the crowd's "No!" went to the crowd.)
    assert _shown(
        f"{L}I called her,{R} Tom Hale said, as some in the room shouted {L}No!{R} {L}The "
        f"people have made their choice.{R}"
    ) == [("Tom Hale", None), (None, "some in the room"), ("Tom Hale", None)]


def test_a_new_speaker_after_and_still_goes_on() -> None:
    # Must not fire without the clause of time: "and Ada Lind replied" is a
    # reply, and the bare quotation after it is hers.
    assert _shown(
        f"{L}I called her,{R} Tom Hale said, and Ada Lind replied, {L}No!{R} {L}He has lost.{R}"
    ) == [("Tom Hale", None), ("Ada Lind", None), ("Ada Lind", None)]
