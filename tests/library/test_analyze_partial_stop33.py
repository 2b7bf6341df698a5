"""Partial quotations found, stop 33 (issue 16): marked words whose speaker
the sentence makes sure. Every sentence here is written by the team."""

from __future__ import annotations

from tests.library.paragraphs import run, spoken


def _said(*paragraphs: str) -> dict[str, str | None]:
    """Each quotation's marked words (final points aside) and its speaker."""
    return {text.strip("“”.,"): name for text, name in spoken(run(*paragraphs))}


def test_words_inside_a_clause_opened_by_in_which_are_the_subjects() -> None:
    # "in which" opens a clause about the climate, not about another person:
    # the sentence is still Lind's, and the Quotes panel gives her the words.
    said = _said(
        "The harbour board met on Tuesday. Ada Lind also bemoaned the mood in the town "
        "in which neighbours “barely speak to each other” over the ferry."
    )
    found = [name for text, name in said.items() if "barely speak to each other" in text]
    assert found == ["Ada Lind"], said


def test_a_person_who_is_someone_else_still_keeps_the_words_from_the_subject() -> None:
    # Guard: "who" opens a clause about another person, whose words they may
    # be; nothing is given to Lind.
    said = _said(
        "The harbour board met on Tuesday. Ada Lind met a fisherman who called the "
        "new pier “a gift to the gulls” and left."
    )
    assert "Ada Lind" not in [
        name for text, name in said.items() if "a gift to the gulls" in text
    ], said


def test_a_described_subject_of_a_naming_verb_says_the_words() -> None:
    # "The harbour board called the pier ...": the board names the pier in
    # its own words, and the Quotes panel lists them as the board's.
    analysis = run(
        "Tomas Berg spoke at the pier on Monday. The harbour board called the new "
        "pier “a clear waste of money” in its yearly report."
    )
    found = [
        q.speaker.label if q.speaker else None
        for q in analysis.quotes
        if "a clear waste of money" in q.span.text
    ]
    assert found == ["The harbour board"], spoken(analysis)


def test_a_doctor_calling_the_mayor_fit_is_the_doctors_words() -> None:
    analysis = run(
        "Tomas Berg spoke at the pier on Monday. Ada Lind’s doctor is calling the "
        "mayor “remarkably fit for her age.”"
    )
    found = [
        q.speaker.label if q.speaker else None
        for q in analysis.quotes
        if "remarkably fit" in q.span.text
    ]
    assert found == ["Ada Lind’s doctor"], spoken(analysis)


def test_a_thing_introduced_and_named_speaks_no_words() -> None:
    # Guards: "a band called the Gulls" names the band, which says nothing;
    # "the newest terms" is a noun, not a naming verb.
    said = _said(
        "Tomas Berg spoke at the pier on Monday. A folk band called the Gulls played "
        "“Harbour Lights” for the crowd.",
        "The newest terms in the harbour guide include “ferry lag” and “gull weather.”",
    )
    assert said.get("Harbour Lights") is None, said
    assert said.get("ferry lag") is None, said


def _labels(analysis_words: str, *paragraphs: str) -> list[str | None]:
    """The speaker labels of the quotations holding ``analysis_words``."""
    return [
        q.speaker.label if q.speaker else None
        for q in run(*paragraphs).quotes
        if analysis_words in q.span.text
    ]


def test_a_statement_issued_speaks_for_the_board_that_issued_it() -> None:
    found = _labels(
        "a clear waste of money",
        "Tomas Berg spoke at the pier. The harbour board issued a statement calling "
        "the new pier “a clear waste of money”.",
    )
    assert found == ["The harbour board"], found


def test_a_report_charging_a_firm_is_its_issuers_words_after_an_opening_phrase() -> None:
    found = _labels(
        "gross neglect",
        "Tomas Berg spoke at the pier. Following a late meeting, the Harbour Council "
        "issued a report this month charging the ferry firm with “gross neglect.”",
    )
    assert found == ["Harbour Council"], found


def test_a_letter_received_is_not_the_receivers_words() -> None:
    # Guard: the board received the letter; whose words they are is not said.
    found = _labels(
        "a clear waste of money",
        "Tomas Berg spoke at the pier. The harbour board received a letter calling "
        "the new pier “a clear waste of money”.",
    )
    assert "The harbour board" not in found, found


def test_an_ad_that_hits_the_mayor_says_its_own_words() -> None:
    # A document as the sentence's subject: the Quotes panel gives the words
    # to the ad, not to the person the article is about.
    found = _labels(
        "too much money from the port",
        "Tomas Berg spoke at the pier. The Lind ad hits Berg for taking “too much money "
        "from the port” and asks for his vote.",
    )
    assert found == ["The Lind ad"], found


def test_a_report_described_or_using_a_term_says_nothing() -> None:
    # Guards: "is “…”" describes the report; "the “harbour deal”" is a term.
    said = _said(
        "Tomas Berg spoke at the pier. The report is “a disgrace to the port” and was sent back.",
        "The report rejected the “harbour deal” outright.",
    )
    assert said.get("a disgrace to the port") is None, said
    assert said.get("harbour deal") is None, said
