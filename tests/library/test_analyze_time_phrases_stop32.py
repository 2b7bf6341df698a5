"""A time phrase between a speaker's name and the verb, and the span of a
partial quotation after a party tag or a time phrase, stop 32 (issue 16).
Every sentence here is written by the team."""

from __future__ import annotations

import pytest

from tests.library.paragraphs import run, spoken

_SAID = "Ada Lind {when} said: “The ferry ramp is a hazard to every cyclist.”"
_WORDS = "The ferry ramp is a hazard to every cyclist."


@pytest.mark.parametrize(
    "when",
    [
        "last week",
        "last weekend",
        "earlier this month",
        "later that week",
        "this past spring",
        "two days ago",
        "on March 3",
    ],
)
def test_a_time_phrase_before_the_verb_keeps_the_speaker(when: str) -> None:
    # The Quotes panel names Ada Lind, and her name carries no time phrase.
    analysis = run(_SAID.format(when=when))
    assert spoken(analysis) == [(_WORDS, "Ada Lind")]
    speaker = analysis.quotes[0].speaker
    assert speaker is not None
    assert speaker.label == "Ada Lind"


def test_a_time_phrase_before_a_reported_clause_keeps_the_speaker() -> None:
    analysis = run("Ada Lind earlier this month said the ferry ramp was “a hazard to cyclists.”")
    assert [name for _words, name in spoken(analysis)] == ["Ada Lind"]


def test_a_titled_name_and_tag_before_a_time_phrase_keeps_the_speaker() -> None:
    analysis = run("Sen. Ada Lind (D-Ore.) last week said the ferry ramp was “a hazard.”")
    assert [name for _words, name in spoken(analysis)] == ["Ada Lind"]
    speaker = analysis.quotes[0].speaker
    assert speaker is not None
    assert "week" not in speaker.label


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Lind called the ferry ramp “a hazard.”",
        "Sen. Ada Lind (D-Ore.) called the ferry ramp “a hazard.”",
        "Ada Lind last week called the ferry ramp “a hazard.”",
        "Sen. Ada Lind (D-Ore.) last week called the ferry ramp “a hazard.”",
    ],
)
def test_a_partial_quotation_span_starts_after_the_naming_verb(sentence: str) -> None:
    # The highlight covers what was called what, not the verb or the time.
    assert spoken(run(sentence)) == [("the ferry ramp “a hazard.”", "Ada Lind")]


@pytest.mark.parametrize("when", ["last week", "two days ago"])
def test_a_time_phrase_after_a_name_that_follows_the_verb_is_no_part_of_it(when: str) -> None:
    # "…,” said Ada Lind last week.": the name, not "Ada Lind last week".
    analysis = run(f"“The ferry ramp is a hazard,” said Ada Lind {when}.")
    assert spoken(analysis) == [("The ferry ramp is a hazard", "Ada Lind")]
    speaker = analysis.quotes[0].speaker
    assert speaker is not None
    assert speaker.label == "Ada Lind"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Lind invited the council to look for thousands of “missing” ferry tickets.",
        "Ada Lind last week invited the council to look for thousands of “missing” ferry tickets.",
        "Sen. Ada Lind (D-Ore.) invited the council to look for thousands of “missing” ferry "
        "tickets.",
    ],
)
def test_the_subjects_partial_quotation_starts_after_the_verb(sentence: str) -> None:
    # No verb of saying: the sentence is plainly Lind's; the highlight starts
    # after her verb, not at the time phrase or the party tag.
    assert spoken(run(sentence)) == [
        ("the council to look for thousands of “missing” ferry tickets", "Ada Lind")
    ]
