"""Review of the stop-33 speaker rules (evaluation/README.md, "Review of the
stop-33 speaker rules"): wrong speakers the description and pronoun rules
gave, each in the team's own sentences, and the guards that keep what the
rules gained."""

from __future__ import annotations

from tests.library.paragraphs import run, spoken

Q = "\u201c{}\u201d"


def _speakers(*paragraphs: str) -> list[str | None]:
    return [name for _words, name in spoken(run(*paragraphs))]


def test_an_office_in_capitals_is_no_body() -> None:
    # "the PM said", "the DA said" were shown as a body named "PM", "DA".
    for office in ("PM", "DA", "GM", "AG", "VP", "CTO"):
        analysis = run(
            "Ada Lind runs the harbour office in Ashton.",
            Q.format("The crossing is safe,") + f" the {office} said.",
        )
        names = [q.speaker.name if q.speaker else None for q in analysis.quotes]
        assert names != [office], office


def test_a_body_in_capitals_still_speaks_itself() -> None:
    # Guard: "the HPA said", "the RCMP said" are bodies, as the rule gained.
    for body in ("HPA", "RCMP"):
        assert _speakers(
            "Ada Lind runs the harbour office in Ashton.",
            Q.format("The crossing is safe,") + f" the {body} said.",
        ) == [body], body


def test_the_company_is_the_one_that_spoke_not_the_one_it_buys() -> None:
    # The last company named took "the company said": the one bought.
    assert _speakers(
        "Harbourline Inc. said on Monday it would buy Ashton Ferries Ltd. for $2 million.",
        Q.format("We are pleased,") + " the company said.",
    ) == ["Harbourline Inc."]
    assert _speakers(
        "Harbourline Inc. bought Ashton Ferries Ltd. on Monday.",
        Q.format("We regret the change,") + " the company said.",
    ) == ["Harbourline Inc."]


def test_the_company_of_the_latest_sentence_still_speaks() -> None:
    # Guard: a company named in a later sentence is the one heard from last.
    assert _speakers(
        "Harbourline Inc. cut three crossings on Tuesday.",
        "Ashton Ferries Ltd. added two crossings on Wednesday.",
        Q.format("We saw the demand,") + " the company said.",
    ) == ["Ashton Ferries Ltd."]


def test_said_with_a_subject_before_it_reports_the_name_after_it() -> None:
    # "Hale said Lind, who runs the board, was wrong": Lind is what Hale
    # said, no speaker; the rule registered her and gave her Hale's "he said".
    assert _speakers(
        "Tom Hale runs the ferry. Mary Lind runs the board.",
        "Hale said Lind, who runs the board, was wrong. "
        + Q.format("She never came,")
        + " he said.",
    ) == ["Tom Hale"]


def test_an_inverted_said_after_a_comma_still_speaks() -> None:
    # Guard: "And the pier, said Lind, is not safe" is Lind speaking.
    assert _speakers(
        "Ada Lind ran the harbour office for a decade before the storm.",
        "Tom Berg, a ferry pilot who worked beside her, said the office was always busy.",
        "And the pier, said Lind, is not safe. "
        + Q.format("If a storm comes, it will go,")
        + " she said.",
    ) == ["Ada Lind"]


def test_a_person_the_quotation_talks_about_is_not_its_speaker() -> None:
    # The newcomer of the paragraph before is who the quotation is about
    # ("She never came"): "he" is still the pilot quoted before.
    assert _speakers(
        "Tom Hale runs the ferry. " + Q.format("The pier is fine,") + " said Hale.",
        "The report concerns Mary Lind, head of the board.",
        Q.format("She never came to the pier,") + " he said.",
    ) == ["Tom Hale", "Tom Hale"]
    assert _speakers(
        "Tom Hale runs the ferry. " + Q.format("The pier is fine,") + " said Hale.",
        "The report concerns Sam Berg, head of the board.",
        Q.format("He never came to the pier,") + " he said.",
    ) == ["Tom Hale", "Tom Hale"]


def test_a_newcomer_speaking_of_we_still_speaks() -> None:
    # Guard: the introduced person's own words ("we") are still theirs.
    assert _speakers(
        "Tom Hale runs the ferry. " + Q.format("The pier is fine,") + " said Hale.",
        "The report concerns Sam Berg, head of the board.",
        Q.format("We will have to rebuild the pier,") + " he said.",
    ) == ["Tom Hale", "Sam Berg"]


def test_its_statement_is_no_persons_statement() -> None:
    # "the company said in its statement" went to the person who had said
    # something in a statement before: a person ("Ms.") is no company.
    assert _speakers(
        "Ms. Ada Lind said in a statement that fares would rise.",
        Q.format("It is serious,") + " the company said in its statement.",
    ) == [None]


def test_its_statement_is_still_the_body_that_made_one() -> None:
    # Guard: a body that spoke in a statement still speaks for "its statement".
    assert _speakers(
        "Greyhaven Security said in a statement that the flaw was old.",
        "Tom Hale, a pilot, said the ferries were safe.",
        Q.format("The flaw is serious,") + " the firm wrote in its statement.",
    ) == ["Greyhaven Security"]


def test_both_after_the_speakers_is_no_part_of_their_names() -> None:
    # Since "both said" reads "said" as the verb, the label was "Ada Lind
    # and Tom Hale both", and "The pilots both said" went to Ada Lind.
    def labels(*paragraphs: str) -> list[str | None]:
        return [q.speaker.label if q.speaker else None for q in run(*paragraphs).quotes]

    said = Q.format("The crossing is safe.")
    assert labels("Ada Lind and Tom Hale both said " + said) == labels(
        "Ada Lind and Tom Hale said " + said
    )
    assert labels("Ada Lind spoke. The pilots both said " + said) == ["The pilots"]


def test_both_standing_alone_is_still_the_speaker() -> None:
    # Guard: "“…,” both said" keeps "both" as the speaker's label.
    analysis = run("Ada Lind and Tom Hale spoke.", Q.format("It is safe,") + " both said.")
    assert [q.speaker.label if q.speaker else None for q in analysis.quotes] == ["both"]


def test_the_group_is_the_one_the_sentence_opens_with() -> None:
    # Two groups in one sentence: "the group said" went to the band the
    # environmental group had hired, the last one named.
    assert _speakers(
        "Friends of the Harbour, an environmental group, held a rally on Monday with the"
        " folk group Harbour Lights.",
        Q.format("The board broke the law,") + " the group said.",
    ) == ["Friends of the Harbour"]


def test_the_group_of_the_latest_sentence_still_speaks() -> None:
    # Guard: a group declared in a later sentence is the one heard from last.
    assert _speakers(
        "Friends of the Harbour, an environmental group, held a rally on Monday.",
        "The folk group Harbour Lights played at it.",
        Q.format("We sang for free,") + " the group said.",
    ) == ["Harbour Lights"]
