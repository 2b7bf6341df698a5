"""Speakers that a description stands for: a document speaks for whoever
the text says issued it (issue 16, stop 21)."""

from __future__ import annotations

from quotemark.library.model import Analysis
from tests.library.paragraphs import run


def names(analysis: Analysis) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in analysis.quotes]


def test_a_report_speaks_for_who_the_text_says_issued_it() -> None:
    analysis = run(
        "A study by the Lund Harbour Institute looked at nine ferry routes in the sound.",
        "\u201cThree of the routes carry fewer than forty passengers a day,\u201d the report said.",
    )
    assert names(analysis) == ["Lund Harbour Institute"]
    assert analysis.quotes[0].speaker is not None
    assert analysis.quotes[0].speaker.role == "the report"


def test_a_report_with_no_issuer_named_stays_the_report() -> None:
    # No "by"/"from": the report keeps speaking as a description, never the
    # person named last ("Ada Lind" only commented on it).
    analysis = run(
        "Ada Lind, who runs the ferry line, welcomed a new study of the routes.",
        "\u201cThree of the routes carry fewer than forty passengers a day,\u201d the report said.",
    )
    assert names(analysis) == [None]
    assert analysis.quotes[0].speaker is not None
    assert analysis.quotes[0].speaker.role == "the report"


def test_a_zero_width_space_does_not_glue_a_name_to_its_verb() -> None:
    # Pages copied from the web leave U+200B between words: "Berg\u200b said"
    # once made no subject, so the later "he said" went to the owners.
    analysis = run(
        "Union president Tomas Berg spoke on Friday.",
        "Owners Ada Lind and Eva Holm said they respected the vote.",
        "Berg\u200b said he expects the union to help with scheduling.",
        "\u201cNobody minds paying a dollar more for a fair wage,\u201d he said.",
    )
    assert names(analysis) == ["Tomas Berg"]


def test_a_quotation_opening_a_sentence_that_ends_with_said_and_a_name() -> None:
    # `“…” that the line will reopen, said Tom Hale.`: the attribution closes
    # the sentence the quotation opens; it once went to the person named
    # before (Ada Lind).
    analysis = run(
        "Ada Lind, the mayor, spoke on Monday about the ferry.",
        "\u201cIt can be done, but it seems very unlikely\u201d that the line will reopen"
        " this year, said Tom Hale, a planner at the harbour office.",
        "\u201cMany would call that a failure\u201d if the line stayed shut past May, said"
        " Eva Holm, an analyst at the Lund Institute.",
    )
    assert names(analysis) == ["Tom Hale", "Eva Holm"]


def test_a_trailing_phrase_that_names_nobody_is_no_speaker() -> None:
    # The subject search stops in "in a follow-up interview": no name, so the
    # quotation is not given that phrase as its speaker.
    analysis = run(
        "Tom Hale runs the kiosk on the quay.",
        "\u201cNobody rides the late boat\u201d was printed on the tickets, said in a"
        " follow-up interview.",
    )
    speaker = analysis.quotes[0].speaker
    assert speaker is None or speaker.role != "in a follow-up interview"


def test_typed_apostrophes_closing_a_nested_and_its_outer_quotation_together() -> None:
    # `winter,''' said Hale`: the inner single mark and the outer doubled one
    # close together; the doubled pair once closed first, leaving a stray
    # mark between the quotation and "said", so the speaker was missed.
    analysis = run(
        "Ada Lind runs the kiosk.",
        "''The sign said 'closed for the winter,''' said Tom Hale, who owns the ferry line.",
    )
    assert names(analysis) == ["Tom Hale"]
    assert analysis.quotes[0].span.text.startswith("The sign said 'closed for the winter")


def test_a_plural_noun_like_a_speech_verb_inside_an_apposition() -> None:
    # "one of the states suing the LFC": "states" after "the" is a noun; it
    # was read as a second verb, and the speaker became "suing the LFC".
    analysis = run(
        "Tom Hale runs the kiosk.",
        "\u201cIt is an invasion of the town\u2019s domain,\u201d Ada Lind, the attorney"
        " general of Lund, one of the states suing the LFC, said at a harbour event.",
    )
    assert names(analysis) == ["Ada Lind"]


def test_a_name_after_the_closing_mark_when_the_verb_has_no_subject_after_it() -> None:
    # `“…,” Ada Lind, assistant secretary for ports, ferries, and harbours,
    # said on the same call.`: "on the same call" was taken for the speaker.
    analysis = run(
        "Tom Hale runs the kiosk.",
        "The new plans \u201cwill not solve this, but are steps in the right direction,\u201d"
        " Ada Lind, assistant secretary of state for ports, ferries, and harbours, said"
        " on the same call.",
    )
    assert names(analysis) == ["Ada Lind"]


def test_a_document_speaks_for_who_said_something_in_it() -> None:
    # "Ada Lind, a researcher at the institute, stated in the institute's blog
    # post that ..." then, a paragraph later, "the post read": Lind's post.
    analysis = run(
        "Ada Lind, a researcher at the Harbour Institute, stated in the institute\u2019s"
        " blog post that the late ferries were the busiest.",
        "The ferry company has not answered.",
        "\u201cThe last boat at night carries more people than the first one,\u201d the post read.",
    )
    assert names(analysis) == ["Ada Lind"]


def test_a_statement_is_not_taken_for_another_kind_of_document() -> None:
    analysis = run(
        "Ada Lind stated in a blog post that the late ferries were the busiest.",
        "\u201cThe last boat carries more people than the first,\u201d the report said.",
    )
    assert names(analysis) == [None]


def test_a_name_after_an_adjective_taking_a_clause_is_talked_about() -> None:
    # "he's optimistic Lund Harbour is making strides": the place is the
    # subject of the clause he is optimistic about, not a person in focus
    # whom the next unattributed quotation would be given.
    analysis = run(
        "\u201cWe see more patients every winter,\u201d Ada Lind said.",
        "She struggled at first, and she\u2019s optimistic Lund Harbour is making strides"
        " in that area.",
        "But early on, she lost patients. \u201cWhen somebody dies, you remember that.\u201d",
    )
    assert names(analysis) == ["Ada Lind", "Ada Lind"]


def test_a_person_introduced_with_an_office_is_in_focus() -> None:
    # "... something that worries Tom Hale, president of the Lund Ferry
    # Union.": the narrative introduces him (the office after his comma), so
    # the next "he said" is his, not the subject of the "While" clause.
    analysis = run(
        "While Ivar Dahl had a wide following among the crews, that is something"
        " that worries Tom Hale, president of the Lund Ferry Union.",
        "\u201cNobody is writing songs for the new boats,\u201d he said.",
    )
    assert names(analysis) == ["Tom Hale"]


def test_one_name_before_a_participle_phrase_set_off_by_commas() -> None:
    # "Lind, speaking to the crews, said, “…”": the speaker was the phrase
    # "speaking to the crews" (no name), so the quotation went to Dahl.
    analysis = run(
        "\u201cWe will not wait,\u201d Ivar Dahl said. Lind, speaking to the crews, said,"
        " \u201cLast time I looked, you had not voted yet.\u201d",
    )
    assert names(analysis) == ["Ivar Dahl", "Lind"]


def test_a_verb_of_striking_with_back_is_a_reply() -> None:
    analysis = run(
        "Ada Lind runs the kiosk.",
        "When Ivar Dahl criticised the timetable during a debate, Eva Holm shot back,"
        " \u201cI suppose I could have stayed home.\u201d",
        "Asked about the lawsuit, Tom Hale fired back forcefully: \u201cIf they sue us,"
        " they will lose.\u201d",
    )
    assert names(analysis) == ["Eva Holm", "Tom Hale"]


def test_an_age_epithet_is_the_person_given_that_age() -> None:
    # "said the 46-year-old": the person the text gave that age, not the
    # last person named (Tom Hale).
    analysis = run(
        "Mrs. Eva Holm, 46, took the stage after Tom Hale introduced her.",
        "The harbour-born former skipper gave a warm defence of the crews.",
        "Tom Hale left early.",
        "\u201cThe crews have always been the best in the sound,\u201d said the 46-year-old.",
    )
    assert names(analysis) == ["Eva Holm"]


def test_an_aside_between_the_subject_and_its_verb_is_not_the_speaker() -> None:
    # "Lund Harbour's union, for example, said it would “…”": the speaker
    # was "for example".
    analysis = run(
        "Ada Lind runs the kiosk.",
        "Some skippers backed the plan. The Lund Harbour Union, for example, said it would"
        " \u201csupport the timetable\u201d but not the fares.",
    )
    speaker = analysis.quotes[0].speaker
    assert speaker is not None
    assert speaker.name == "Lund Harbour Union"
