"""Speakers, stop 26 (issue 16): an organisation described by its kind ("the
security firm", "the agency") is the one the text declared of that kind."""

from __future__ import annotations

from quotemark.library.model import Analysis
from tests.library.paragraphs import run


def names(analysis: Analysis) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in analysis.quotes]


def test_the_firm_the_text_declared_a_firm() -> None:
    # "the security firm" was left a description although the text had
    # said which firm it was.
    analysis = run(
        "Harbour Shield, a small security firm in Halifax, traced the ferry "
        "outage to a forged update.",
        "Port staff restored the timetables by noon.",
        "\u201cThe update was signed with a stolen key,\u201d the firm wrote in a report.",
    )
    assert names(analysis) == ["Harbour Shield"]


def test_a_kind_written_before_the_name() -> None:
    analysis = run(
        "Maritime software company Lindqvist Systems shipped the patch on Friday.",
        "\u201cEvery terminal had it by Saturday,\u201d the company said.",
    )
    assert names(analysis) == ["Lindqvist Systems"]


def test_a_public_body_set_off_with_its_acronym() -> None:
    analysis = run(
        "The couple received a letter from the federal department, Harbours, "
        "Ferries and Coastal Transport (HFCT), about the licence.",
        "\u201cA decision has not yet been made,\u201d the agency said.",
    )
    assert names(analysis) == ["Harbours, Ferries and Coastal Transport"]


def test_a_description_of_another_kind_stays_a_description() -> None:
    # A company is not "the agency"; with no public body declared the
    # description is left as it is.
    analysis = run(
        "Harbour Shield, a small security firm in Halifax, traced the outage.",
        "\u201cWe are reviewing the findings,\u201d the agency said.",
    )
    assert [q.speaker.label if q.speaker else None for q in analysis.quotes] == ["the agency"]
    assert names(analysis) == [None]


def test_one_name_speaking_once_then_she_said() -> None:
    # "McLenney said ..." named nobody: one name that speaks once may be a
    # capital or a company, but this one is a "she".
    analysis = run(
        "Two commuters, Ada Lind and Tom Hale, waited at the ferry terminal.",
        "Lindqvist said the mayor does not keep her promises on the crossing.",
        "\u201cIt only comes up when the ferry breaks down,\u201d she said.",
    )
    assert names(analysis) == ["Lindqvist"]


def test_one_name_speaking_once_then_it_said_is_no_person() -> None:
    analysis = run(
        "Ferry traffic fell by a third in the spring.",
        "Halifax said the crossing would reopen in June.",
        "\u201cThe new terminal is nearly finished,\u201d it said.",
    )
    assert "Halifax" not in names(analysis)


def test_a_bare_verb_after_a_capital_is_no_subject() -> None:
    analysis = run(
        "The mayor has never changed his mind on the ferry. Just ask him.",
        "\u201cWhy would I change?\u201d he said on Tuesday.",
    )
    assert "Just" not in names(analysis)


def test_an_interjection_before_a_colon_names_no_one() -> None:
    # "Wait, it gets better:" gave the quotation to a speaker called "Wait".
    analysis = run(
        "The ferry timetable was rewritten twice in one week.",
        "Wait, it gets better:",
        "\u201cThe harbour office will publish a third version on Monday.\u201d",
    )
    assert [q.speaker for q in analysis.quotes if q.speaker is not None] == []


def test_a_name_before_a_chain_of_descriptions() -> None:
    # The description nearest the verb was taken for the speaker ("the
    # harbour's licensing arm"), or the organisation named inside the
    # first one; the name the descriptions follow says it.
    analysis = run(
        "The ferry licences were renewed on Friday.",
        "Marta Lindgren, chair of the board of the Harbour Trust, the port's "
        "licensing arm, said the renewals would be \u201cthe last under the old rules.\u201d",
        "Tomas Berg, treasurer of the Norra Pilots PAC, a union fund, said the "
        "crews were \u201cready for the change.\u201d",
    )
    assert names(analysis) == ["Marta Lindgren", "Tomas Berg"]


def test_a_name_with_its_party_or_set_off_by_dashes() -> None:
    analysis = run(
        "Councillor Ann Holt (Green), a critic of the plan, praised the "
        "pilots for what she called \u201ca calm month.\u201d",
        "Per Ekman \u2014 a deckhand from Vaxholm \u2014 says the new rota was "
        "\u201ca relief.\u201d",
    )
    assert names(analysis) == ["Ann Holt", "Per Ekman"]


def test_a_pronoun_or_a_predicate_between_commas_is_no_description() -> None:
    # "Lund, the harbour master, issued a statement after Berg told ...":
    # the clause before the verb is a predicate, so the one told about
    # speaks; "Safety, she added, ...": the pronoun is the subject.
    analysis = run(
        "Lund, the harbour master, issued a statement after pilot Tomas Berg "
        "told reporters that the rota was \u201cunworkable.\u201d",
        "Ann Holt spoke next. Safety, she added, was \u201cnot for sale.\u201d",
    )
    assert names(analysis) == ["Tomas Berg", "Ann Holt"]


def test_a_name_after_an_opening_phrase_before_an_aside() -> None:
    # "noting ..." and a time phrase before the name were each taken for
    # the end of the chain: the aside became the speaker, or the name went
    # to the person quoted before.
    analysis = run(
        "\u201cThe rota works,\u201d said Eva Kask, the pilots' spokeswoman.",
        "But Councillor Ann Holt (Green), noting the size of the backlog, "
        "said, \u201cWe have a month, not a year.\u201d",
        "Just last week, Per Ekman, treasurer of the Harbour Trust, a charity "
        "for retired pilots, wrote, \u201cThe fund is empty.\u201d",
    )
    assert names(analysis) == ["Eva Kask", "Ann Holt", "Per Ekman"]


def test_as_someone_put_it() -> None:
    # "put it" was no verb of saying: the quotation had no speaker, or
    # the last capitalised words ("Harbour Trust") before the mark.
    analysis = run(
        "The ferries were late all week.",
        "As Ann Holt, the head of the Harbour Trust, put it, "
        "\u201cthe timetable is a wish list.\u201d",
        "\u201cWe sail when the wind lets us,\u201d as Per Ekman put it.",
    )
    assert names(analysis) == ["Ann Holt", "Per Ekman"]


def test_an_attribution_set_off_inside_the_sentence() -> None:
    # "..., says NAME, description, is that ...": the words before the
    # verb ("The trouble with the rota") were taken for the speaker.
    analysis = run(
        "The pilots met on Monday.",
        "The trouble with the rota, says Ann Holt, the harbour master, is "
        "that it was \u201cwritten for a calmer sea.\u201d",
    )
    assert names(analysis) == ["Ann Holt"]
