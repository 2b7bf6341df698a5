"""Description speakers, stop 33 (issue 16): "the school said" is a body,
never the person named nearest; "the company said" is the company the text
named as one ("Harbourline Inc."), "the group said" the body it declared a
group; "one P&G deckhand" counts someone unnamed."""

from __future__ import annotations

from tests.library.paragraphs import run, spoken

Q = "\u201c{}\u201d"


def _speakers(*paragraphs: str) -> list[str | None]:
    return [name for _words, name in spoken(run(*paragraphs))]


def test_a_body_description_is_not_the_person_named_nearest() -> None:
    # "the school" was taken for the person in focus: the parent named in
    # the paragraph before.
    assert _speakers(
        "The storm closed the coast road early on Monday.",
        "Tom Hale, a parent, said the buses had turned back.",
        Q.format("Safety comes first,") + " the school said.",
    ) == [None]


def test_a_person_description_still_finds_the_person() -> None:
    # Guard: "the pilot" is a person, read as before.
    assert _speakers(
        "Tom Hale, a pilot, said the buses had turned back.",
        Q.format("Safety comes first,") + " the pilot said.",
    ) == ["Tom Hale"]


def test_the_company_is_the_company_named_with_inc() -> None:
    assert _speakers(
        "Harbourline Inc. cut three crossings on Tuesday, citing fuel costs.",
        "Tom Hale, who runs the pier cafe, said trade was down.",
        Q.format("We regret the change,") + " the company said in a statement.",
    ) == ["Harbourline Inc."]


def test_a_plural_noun_opening_the_sentence_is_no_part_of_the_company() -> None:
    assert _speakers(
        "Shares of Ashton Ferries Corp. fell after it cut three crossings.",
        Q.format("We regret the change,") + " the company said.",
    ) == ["Ashton Ferries Corp."]


def test_an_office_after_the_company_noun_declares_no_company() -> None:
    # Guard: "company President Ada Lind" is an office and its holder.
    assert _speakers(
        "The company President Ada Lind opened the new pier on Monday.",
        Q.format("We are ready,") + " the company said.",
    ) == [None]


def test_the_group_is_the_body_declared_a_group() -> None:
    assert _speakers(
        "Friends of the Harbour, an environmental group, sued the board on Monday.",
        "Tom Hale, a pilot, said the ferries were safe.",
        Q.format("The board broke the law,") + " the group said.",
    ) == ["Friends of the Harbour"]
    assert _speakers(
        "The environmental group Friends of the Harbour sued the board on Monday.",
        Q.format("The board broke the law,") + " the group said.",
    ) == ["Friends of the Harbour"]


def test_a_group_of_another_kind_is_not_the_one_declared() -> None:
    # Guard: a security firm is no group.
    assert _speakers(
        "Greyhaven, a security firm, found the flaw last week.",
        Q.format("The board broke the law,") + " the group said.",
    ) == [None]


def test_the_school_is_the_school_named_with_the_noun() -> None:
    assert _speakers(
        "Ashton High School closed early on Monday after the storm.",
        "Tom Hale, a parent, said the roads were icy.",
        Q.format("Safety comes first,") + " the school said.",
    ) == ["Ashton High School"]
    assert _speakers(
        "The University of Ashton opened a harbour lab on Monday.",
        "Tom Hale, a pilot, said the ferries were safe.",
        Q.format("The lab is open to all,") + " the university said.",
    ) == ["University of Ashton"]


def test_one_before_a_name_and_a_noun_counts_someone_unnamed() -> None:
    # "one" was read as the pronoun and given Ada Lind.
    assert _speakers(
        "Ada Lind spoke to the crews first.",
        Q.format("The crossing is safe,") + " one P&G deckhand told Harbour Radio.",
    ) == [None]
    assert _speakers(
        "Ada Lind spoke to the crews first.",
        Q.format("The crossing is safe,") + " one U.S. official told Harbour Radio.",
    ) == [None]


def test_the_report_is_the_issuer_named_before_its_noun() -> None:
    # "the report" stayed unnamed: only "a report by ..." named its issuer.
    assert _speakers(
        "The Harbour Institute's report, out Monday, looks at ferry delays.",
        "Tom Hale, a pilot, said the ferries were late.",
        Q.format("Delays doubled in a year,") + " the report said.",
    ) == ["Harbour Institute"]
    assert _speakers(
        "A 2014 Harbour Institute report found the ferries were late.",
        Q.format("Delays doubled in a year,") + " the report said.",
    ) == ["Harbour Institute"]


def test_an_issuer_of_another_document_is_not_the_reports() -> None:
    # Guard: the institute's survey is no report.
    assert _speakers(
        "The Harbour Institute's survey, out Monday, looks at ferry delays.",
        Q.format("Delays doubled in a year,") + " the report said.",
    ) == [None]


def test_the_family_is_the_speaker_not_the_word_the() -> None:
    # "family" ends in -ly and was dropped as an adverb: the speaker was "the".
    for paragraphs in (
        ("Tom Hale was hurt in the crash.", Q.format("We love him,") + " the family said."),
        ("Tom Hale was hurt in the crash. The family said " + Q.format("We love him."),),
    ):
        speakers = [q.speaker for q in run(*paragraphs).quotes]
        assert [(s.name, s.label.lower()) for s in speakers if s] == [(None, "the family")]


def test_an_adverb_after_a_name_is_still_no_part_of_it() -> None:
    # Guard: "Ada Lind quickly said" is Ada Lind.
    assert _speakers(Q.format("No,") + " Ada Lind quickly said.") == ["Ada Lind"]


def test_the_ceo_is_the_person_named_chief_executive() -> None:
    # "the CEO" went to the commuter named nearest.
    assert _speakers(
        "Harbourline chief executive Ada Lind said fares would rise.",
        "Tom Hale, a commuter, said he would drive instead.",
        Q.format("Fuel costs have doubled,") + " the CEO said.",
    ) == ["Ada Lind"]
    assert _speakers(
        "Ada Lind, the CEO of Harbourline, said fares would rise.",
        "Tom Hale, a commuter, said he would drive instead.",
        Q.format("Fuel costs have doubled,") + " the chief executive said.",
    ) == ["Ada Lind"]


def test_another_said_is_someone_else_not_the_one_quoted_before() -> None:
    # "another said" read "said" as a noun after a determiner: no speaker
    # after the quotation, and the pilot quoted before was given it.
    analysis = run(
        "Pilots on the sound were split over the night crossing.",
        Q.format("The crossing is safe,") + " one pilot said.",
        Q.format("It is not,") + " another said.",
    )
    # (Stop 34: "another" counts one more of the pilots, "another pilot".)
    assert [q.speaker.label if q.speaker else None for q in analysis.quotes] == [
        "one pilot",
        "another pilot",
    ]


def test_a_determiner_before_a_noun_of_saying_keeps_the_noun() -> None:
    # Guard: "another report said" is a report, not "another" speaking.
    analysis = run(Q.format("Delays doubled,") + " another report said.")
    assert [q.speaker.label if q.speaker else None for q in analysis.quotes] == ["another report"]


def test_a_body_known_by_its_capitals_speaks_itself() -> None:
    # "the HPA" was taken for the person named nearest.
    assert _speakers(
        "Ada Lind runs the harbour office in Ashton.",
        Q.format("The crossing is safe,") + " the HPA said.",
    ) == ["HPA"]
    assert _speakers(
        "Ada Lind runs the harbour office in Ashton.",
        "The HPA said " + Q.format("The crossing is safe."),
    ) == ["HPA"]


def test_the_crown_and_the_couple_are_no_one_person() -> None:
    # "the Crown said" went to the witness named nearest.
    assert _speakers(
        "Tom Hale, a deckhand, told the court he saw the crash.",
        Q.format("The evidence is clear,") + " the Crown said.",
    ) == [None]
    assert _speakers(
        "Ada Lind bought the old ferry in May.",
        Q.format("We love it,") + " the couple said.",
    ) == [None]


def test_a_ruling_or_a_bill_is_a_document_not_the_person_named_nearest() -> None:
    # "the decision said" went to the pilot named in the paragraph before.
    for noun in ("decision", "bill", "audit", "agreement"):
        assert _speakers(
            "Tom Hale, a pilot, said he would appeal the levy.",
            Q.format("The levy stands,") + f" the {noun} said.",
        ) == [None], noun


def test_the_statement_is_who_said_it_in_a_statement_with_a_modifier() -> None:
    # Guard: a document word before the noun ("a policy statement") keeps
    # the statement's issuer.
    assert _speakers(
        "Tom Hale, a pilot, spoke first.",
        "Harbourline said in a policy statement that fares would rise.",
        Q.format("We regret it,") + " the statement said.",
    ) == ["Harbourline"]


def test_the_firm_writing_in_its_statement_is_who_spoke_in_a_statement() -> None:
    # "the security firm" stayed unnamed: the unit that spoke in the
    # statement is a name and then lower-case nouns, no subject run.
    assert _speakers(
        "Harbourline\u2019s Greyhaven security unit said in a statement on Friday that the"
        " flaw was old.",
        "Tom Hale, a pilot, said the ferries were safe.",
        Q.format("The flaw is serious,") + " the security firm wrote in its statement.",
    ) == ["Harbourline\u2019s Greyhaven"]


def test_a_statement_of_its_own_needs_one_said_before() -> None:
    # Guard: nobody spoke in a statement before: the company stays unnamed.
    assert _speakers(
        "Tom Hale said the flaw was old.",
        Q.format("The flaw is serious,") + " the company said in its statement.",
    ) == [None]


def test_someone_who_asked_not_to_be_named_is_not_the_person_named_before() -> None:
    # The relative clause ("who asked not to be named") left no subject, and
    # the pilot named before was given the quotation.
    assert _speakers(
        "Tom Hale, a pilot, spoke to the board first.",
        "A board member who asked not to be named said " + Q.format("The crossing is safe."),
    ) == [None]


def test_the_league_is_the_body_named_with_the_noun() -> None:
    assert _speakers(
        "The Harbour Defence League (HDL) sued the board on Monday.",
        "Tom Hale, a pilot, said the ferries were safe.",
        Q.format("The board broke the law,") + " the league said.",
    ) == ["Harbour Defence League"]
