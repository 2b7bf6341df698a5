"""Stop 45's English speaker and quotation rules read a second time (branch
s45-final-analyze): s45-rev7, s45-left, s45-spk, s45-rev8 and s45-left7.

For each rule the team's near misses (where it must not fire) beside a
sentence where it must; the misfires found are mended, each with its test
here. Every sentence is written by the team."""

from __future__ import annotations

import pytest

from tests.library.paragraphs import run, shown

L, R = "\u201c", "\u201d"


# -- s45-left: a body's short form shown as the text last wrote its name in
# full ("As the Fund put it" -> "Regional Development Fund") --


def test_short_form_with_one_body_named_in_full_is_that_body() -> None:
    assert shown(
        "The Regional Development Fund warned of cuts.",
        f"As the Fund put it, {L}the money is gone{R}.",
    ) == [("Regional Development Fund", None)]


@pytest.mark.xfail(
    strict=True,
    reason=(
        "left: the short form is shown as the last body written in full that "
        "ends in it, even with two such bodies named; keeping the short form "
        "when two differ cost PolNeAR train check reported 2454 -> 2453/2950 "
        "(tune unchanged), so the mend was taken out"
    ),
)
def test_short_form_with_two_bodies_named_is_neither() -> None:
    # (Is "Harbour Fund", the last one written: two Funds, the short form
    # may mean either.)
    assert shown(
        "The Regional Development Fund warned of cuts. The Harbour Fund said nothing.",
        f"As the Fund put it, {L}the money is gone{R}.",
    ) == [("Fund", None)]


def test_short_form_with_one_body_written_twice_is_that_body() -> None:
    # The same full name twice is one body, not two.
    assert shown(
        "The Washington Post ran an editorial. Critics wrote to The Washington Post.",
        f"{L}We stand by it,{R} the Post said.",
    ) == [("Washington Post", None)]


def test_a_day_or_a_sentence_lead_is_no_word_of_the_name() -> None:
    # (Were "On Monday Bank" and "Last Friday Council".)
    assert shown(f"On Monday Bank officials met. {L}Inflation is high,{R} the Bank said.") == [
        ("Bank", None)
    ]
    assert shown(
        "Harbour Council met in March. Last Friday Council members voted.",
        f"{L}No,{R} the Council said.",
    ) == [("Harbour Council", None)]


# -- s45-rev7: a document owned by "his"/"her" speaks for the one meant --


def test_his_message_is_his() -> None:
    assert shown(
        "Tom Hale left the group. He was tired.", f"His last message read: {L}I am done.{R}"
    ) == [("Tom Hale", "his last message")]


def test_his_agents_statement_is_not_his() -> None:
    # (Was Tom Hale: the statement is his agent's, someone acting for him.)
    assert shown(
        f"Tom Hale left the club. He was tired. {L}He needs rest,{R} his agent's statement said."
    ) == [(None, "his agent's statement")]


# -- s45-rev7: words after an aside naming whose they are --


def test_words_after_as_she_put_it_hold_only_the_marks() -> None:
    assert [
        (q.span.text, q.kind.value)
        for q in run(
            f"Ada Lind lost. The vote failed because, as she put it, {L}nobody cared.{R}"
        ).quotes
    ] == [(f"{L}nobody cared.{R}", "partial")]


def test_words_after_in_her_words_hold_only_the_marks() -> None:
    # (Was "The vote failed and, in her words, “nobody cared." as her
    # words: the writer's sentence shown as hers, the closing mark lost.)
    analysis = run(f"Ada Lind lost. The vote failed and, in her words, {L}nobody cared.{R}")
    assert [(q.span.text, q.speaker.name if q.speaker else None) for q in analysis.quotes] == [
        (f"{L}nobody cared.{R}", "Ada Lind")
    ]


# -- s45-rev7: an "as told to" piece's "I" is its teller --


def test_as_told_to_standfirst_makes_the_teller_the_i() -> None:
    assert shown(
        "Ruth Kerrigan, 74, has lived on Quay Row for fifty years. "
        "She told her story to Daniel Obi.",
        f"{L}I will not move,{R} I said.",
    ) == [("Ruth Kerrigan", None)]


def test_a_news_sentence_about_telling_a_story_is_no_standfirst() -> None:
    # (Were Tom Hale: a story told to an outlet, or a sentence of the
    # report about him, does not make him the writer's "I".)
    assert shown(
        "Tom Hale, a fisherman, told his story to The Courier in 2019. I went to see him.",
        f"{L}Why now?{R} I said.",
    ) == [(None, "the author")]
    assert shown(
        "Tom Hale, a fisherman, lost his boat in 2019. He told his story to The Courier then.",
        f"{L}Why now?{R} I said.",
    ) == [(None, "the author")]


# -- s45-rev8: "-man"/"-woman"/"-person" nouns bring in one person --


def test_a_fisherman_is_the_next_he() -> None:
    assert shown(
        "Tom Hale runs the harbour. He is tired.",
        f"A fisherman on the quay said nothing. {L}We agree,{R} he said.",
    ) == [(None, "a fisherman on the quay")]


def test_a_talisman_or_a_caiman_is_no_one() -> None:
    # (Were "a talisman on the wall", "a caiman in the river": a thing and
    # a beast ending "-man" taken for a person the next "he" means.)
    assert shown(
        "Tom Hale runs the harbour. He is tired.",
        f"A talisman on the wall said nothing. {L}We agree,{R} he said.",
    ) == [("Tom Hale", None)]
    assert shown(
        "Tom Hale runs the harbour. He is tired.",
        f"A caiman in the river said nothing. {L}We agree,{R} he said.",
    ) == [("Tom Hale", None)]


def test_a_surname_ending_man_is_the_person() -> None:
    assert shown("Tom Freeman runs the harbour.", f"{L}The water is rising,{R} Freeman said.") == [
        ("Tom Freeman", None)
    ]


# -- holders._UNNAMED_SUBJECT, resolved by hand at the merge: s45-rev8's
# "whose" and s45-left7's "and" both hold --


def test_whose_clause_after_a_body_phrase_stays_the_speakers() -> None:
    assert shown(
        "Tom Hale runs the harbour. He is tired.",
        f"A man from the harbour whose boat sank said {L}nobody came{R}.",
    ) == [(None, "A man from the harbour whose boat sank")]


def test_and_after_a_body_phrase_is_no_word_of_the_body() -> None:
    assert shown(
        "Tom Hale runs the harbour. He is tired.",
        "A woman from the inquiry rang last week and asked for him.",
        f"{L}The file is lost,{R} she said.",
    ) == [(None, "a woman from the inquiry")]
    # A body whose name holds "and" keeps it.
    assert shown(
        "Tom Hale runs the harbour. He is tired.",
        f"A woman from Smith and Jones said {L}the file is lost{R}.",
    ) == [(None, "A woman from Smith and Jones")]


# -- s45-rev8: "Dean of" an office, "Dean" a given name --


def test_dean_is_a_given_name_unless_before_of() -> None:
    assert shown(f"{L}It was a good night,{R} Dean Martin said.") == [("Dean Martin", None)]
    assert shown(f"{L}We will cut hours,{R} said Dean of Libraries Celeste Ambrose.") == [
        ("Celeste Ambrose", "Dean of Libraries")
    ]


# -- s45-left7: "My husband, Frank," the next "he"; "Mr. Harlow" a subject --


def test_my_husband_frank_is_the_next_he_but_not_without_a_verb() -> None:
    assert shown(
        "I live on Quay Row. Tom Hale is my neighbour. He is tired.",
        f"My husband, Frank, was in the garden. He came in and said, {L}The river is up.{R}",
    ) == [("Frank", None)]
    assert shown(
        "I live on Quay Row. Tom Hale is my neighbour. He is tired.",
        f"My husband, Frank, a pilot. He came in and said, {L}The river is up.{R}",
    ) == [("Tom Hale", None)]


def test_a_titled_surname_of_the_other_sex_is_not_the_next_he() -> None:
    assert shown(
        "Tom Hale chairs the board. He is tired.",
        f"Mrs. Harlow was asleep in her chair. {L}Leave it,{R} he said.",
    ) == [("Tom Hale", None)]


# -- s45-left: a report found in the past tense ("It found") speaks --


_REVIEW_FOUND = (
    "A 2023 review by the National Audit Office looked at the port.",
    f"It found the berths {L}poorly kept{R}.",
)


def test_a_report_it_found_speaks() -> None:
    analysis = run(*_REVIEW_FOUND)
    assert [q.speaker.label if q.speaker else None for q in analysis.quotes] == [
        "A 2023 review by the National Audit Office"
    ]


@pytest.mark.xfail(
    strict=True,
    reason=(
        "left: a partial quotation whose speaker phrase stands in the sentence "
        "before (report_it_source, 'It finds' before stop 45 as well) ends its "
        "clause before the closing mark; ending it at the mark moved 5 corpus "
        "articles' output and one extracted page (clauses._clause's fallback "
        "branch), to be measured on both halves, not done in this stop's time"
    ),
)
def test_a_report_it_found_clause_keeps_the_closing_mark() -> None:
    # (The clause is "It found the berths “poorly kept": the closing mark lost.)
    analysis = run(*_REVIEW_FOUND)
    assert [(q.span.text, q.speaker.label if q.speaker else None) for q in analysis.quotes] == [
        (f"It found the berths {L}poorly kept{R}", "A 2023 review by the National Audit Office")
    ]


def test_it_found_after_no_document_is_no_report() -> None:
    # "It found" after a sentence that opens with no document: no one's
    # finding (a document two sentences back is not "it").
    assert (
        run(
            "The book review by the Harbour Times was harsh. Ada Lind wrote it. She is a critic.",
            f"It found the plot {L}thin{R}.",
        ).quotes
        == ()
    )
