"""Speakers, stop 29 (issue 16): an organisation's description resolved to
the organisation the narrative has just made act."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from quotemark.library.analyze import organisations
from tests.library.paragraphs import run, spoken


def test_the_agency_is_the_public_body_opening_the_sentence_before() -> None:
    # "The Harbour Transport Department closed ... / “…,” the agency said":
    # the description stayed unnamed, though the body it means had just
    # acted (no verb of saying, so it was never "heard from") and its name
    # says it is a public body.
    analysis = run(
        "The Harbour Transport Department closed the east pier on Monday and "
        "cancelled the night crossings until the storm passes.",
        "\u201cNo crew should be at sea in winds like these,\u201d the agency said in a statement.",
    )
    assert [name for _text, name in spoken(analysis)] == ["Harbour Transport Department"]


def test_the_agency_stays_unnamed_when_a_company_opened_the_sentence_before() -> None:
    # Guard: a company acting before does not make "the agency".
    analysis = run(
        "Nordic Ferries Inc. cancelled the night crossings on Monday.",
        "\u201cNo crew should be at sea in winds like these,\u201d the agency said in a statement.",
    )
    assert [name for _text, name in spoken(analysis)] == [None]


def test_the_agency_stays_unnamed_when_a_person_spoke_in_between() -> None:
    # Guard: the public body must open the sentence right before the words;
    # a sentence about someone else in between breaks the link.
    analysis = run(
        "The Harbour Transport Department closed the east pier on Monday. "
        "Captain Ada Lind refused to dock her boat anywhere else.",
        "\u201cNo crew should be at sea in winds like these,\u201d the agency said.",
    )
    assert [name for _text, name in spoken(analysis)] == [None]


_LETTER = (
    "The Lind family received a letter this week from Harbour Safety and Transport "
    "Canada saying their ferry licence was under review.",
    "In a statement, HSTC did not name the inspectors, but said \u201cevery licence is "
    "reviewed after a complaint.\u201d",
    "The department added that \u201cmost reviews close within a month.\u201d",
)


def test_the_department_is_the_body_an_acronym_opening_the_sentence_before_stands_for() -> None:
    # "In a statement, HSTC did not ..., but said ... / The department
    # added": the body the acronym spells out, named earlier in full.
    analysis = run(*_LETTER)
    assert spoken(analysis)[-1][1] == "Harbour Safety and Transport Canada"


def test_an_acronym_never_spelled_out_stays_as_written() -> None:
    # An acronym's name says no kind, so it may be any organisation the
    # description means; with no name whose capitals spell it, it is named
    # as written.
    analysis = run(_LETTER[1].replace("HSTC", "HSTA"), _LETTER[2])
    assert spoken(analysis)[-1][1] == "HSTA"


def test_the_board_is_the_board_of_something_named_before() -> None:
    # "the Harbour Board of Appeals ... the board said": the noun may open
    # the name ("Board of ...", "Department of ..."), not only end it.
    analysis = run(
        "Ferry owners took their case to the Harbour Board of Appeals in March. "
        "Captain Ada Lind refused to dock her boat until it ruled.",
        "\u201cThe licence stands,\u201d the board said on Monday.",
    )
    assert [name for _text, name in spoken(analysis)] == ["Harbour Board of Appeals"]


def test_a_date_joined_to_an_organisation_is_no_part_of_its_name() -> None:
    # "The Harbour Gazette on Saturday reported ... it added": the run ran
    # on through "on Saturday", and "it" was given "Harbour Gazette on
    # Saturday".
    analysis = run(
        "The Harbour Gazette on Saturday reported that the east pier would close.",
        "\u201cThe crossing will move to the west pier until May,\u201d it added.",
    )
    assert [name for _text, name in spoken(analysis)] == ["Harbour Gazette"]


def test_a_body_named_by_its_noun_first_ends_before_an_office_or_a_date() -> None:
    # "Department of Harbour Safety Secretary Ada Lind ...": the run of
    # capitals goes on into the office and the person, and "the department
    # said" was given "Department of Harbour Safety Secretary Ada Lind";
    # "by the Department of Ferries on Friday" kept the day.
    analysis = run(
        "Department of Harbour Safety Secretary Ada Lind visited the east pier.",
        "\u201cThe checks will go on all winter,\u201d the department said in a statement.",
        "The night crossing was cancelled by the Department of Ferries on Friday.",
        "\u201cNo crew should sail in this wind,\u201d the department said.",
    )
    assert [name for _text, name in spoken(analysis)] == [
        "Department of Harbour Safety",
        "Department of Ferries",
    ]


_BRIEFING = (
    "At a briefing in the port office, the harbour master also said the west pier was "
    "\u201csafe for now.\u201d",
    "\u201cWe will rebuild the slipway before summer,\u201d the harbour master said.",
)


def test_an_epithet_is_the_speaker_just_quoted_who_spoke_further_back() -> None:
    # "Harbour master Ada Lind said ... / ..., the harbour master also said
    # “…” / “…,” the harbour master said": nobody is named in the last two
    # paragraphs, so the second "the harbour master" stayed unnamed, though
    # it goes on from the speaker just quoted, who spoke in the narrative.
    analysis = run(
        "Harbour master Ada Lind said on Monday that the east pier would stay closed.",
        *_BRIEFING,
    )
    assert [name for _text, name in spoken(analysis)] == ["Ada Lind", "Ada Lind"]


def test_an_epithet_stays_unnamed_when_the_person_never_spoke_in_the_narrative() -> None:
    # Guard: "Ada Lind closed the pier" makes her a subject, not a speaker;
    # further back than the paragraph before, the epithet stays as it is.
    # (Stop 30: not "Harbour master Ada Lind closed": the text then gives her
    # the epithet's noun by name, and "the harbour master" is hers.)
    analysis = run("Ada Lind closed the east pier on Monday.", *_BRIEFING)
    assert [name for _text, name in spoken(analysis)][-1] is None


def test_one_long_paragraph_is_not_read_from_its_start_at_each_description(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A page extracted as one paragraph: each "the agency said" looked for
    # the sentence before by reading the paragraph from its start, so the
    # time grew with the square of its length (45 quotations in 1,700 words:
    # 12 ms of the analysis). The sentence before is near; the reading is
    # bounded as the other look-backs are.
    read: list[int] = []
    quoted = organisations._QUOTED

    class Spy:
        def sub(self, repl: Callable[[re.Match[str]], str], text: str) -> str:
            read.append(len(text))
            return quoted.sub(repl, text)

    monkeypatch.setattr(organisations, "_QUOTED", Spy())
    filler = "The crews waited at the pier while the wind turned and the boats stayed in."
    paragraph = " ".join(
        f"{filler} The Harbour Transport Department closed the east pier on day {i}. "
        f"\u201cNo crew should be at sea in winds like these,\u201d the agency said."
        for i in range(45)
    )
    analysis = run(paragraph)
    assert {name for _text, name in spoken(analysis)} == {"Harbour Transport Department"}
    assert read
    assert max(read) <= 2500, max(read)
