"""Speaker readings of stop 46 (issue 16, branch s46-spk2): the sentence
itself names who speaks, and we gave another name. Every sentence here is
written by the team."""

from __future__ import annotations

import pytest

from tests.library.paragraphs import said_by

_BEFORE = "Ada Lind and Tom Hale met on Monday. “We will sell,” Lind said."


@pytest.mark.parametrize(
    "aside",
    [
        "wearing a cap and “Harbour Town” pins",
        "who wore a “Save the Pier” pin",
        "wearing a “Save the Pier” badge on his coat",
    ],
)
def test_a_title_in_marks_inside_the_speakers_aside_keeps_the_phrase(aside: str) -> None:
    # Was Ada Lind, quoted before: the marks of a title worn or carried by
    # the speaker ended the phrase after the quotation before its verb.
    text = f"“We have had better summers,” Joe Fenn, {aside}, said quietly."
    assert said_by("summers", _BEFORE, text) == ["Joe Fenn"]


def test_a_quotation_after_the_comma_is_still_a_quotation() -> None:
    # The marks after "said," open the speaker's next words, not a title.
    text = "“We have had better summers,” Joe Fenn said, “and worse ones.”"
    assert said_by("worse", _BEFORE, text) == ["Joe Fenn"]


@pytest.mark.parametrize(
    "text",
    [
        "The rain was so heavy that Joe Fenn said, “I need a boat.”",
        "It rained so hard that Gov. Joe Fenn said, “I need a boat.”",
        "The row grew so heated over who owned which boat that Joe Fenn said, “I need a boat.”",
        "It was such a storm that Fenn told reporters, “I need a boat.”",
    ],
)
def test_the_subject_of_a_clause_of_result_speaks(text: str) -> None:
    # Was Ada Lind (or "it"): the subject of the sentence's first clause,
    # not of the clause "that" opens after "so heavy", "such a storm".
    heard = said_by("boat", "Joe Fenn runs the harbour. " + _BEFORE, text)
    assert heard in (["Joe Fenn"], ["Fenn"])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A relative clause whose "that" is its subject: the noun before it
        # (here a report naming no one) is the subject, never the words after.
        ("The report that came out on Monday said the pier was “unsafe.”", "Ada Lind"),
        # No "so" or "such": "that" and a description open no clause of result.
        ("The storm was heavy. The mayor said that the pier was “unsafe.”", "Ada Lind"),
    ],
)
def test_no_clause_of_result_without_so_or_such(text: str, speaker: str) -> None:
    assert said_by("unsafe", _BEFORE, text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Hale’s Harbour office manager, Joe Fenn, reached out to the board, "
        "writing in an email: “We want this soon.”",
        "In early June, the harbour’s state director, Joe Fenn, reached out to the board, "
        "writing in an email: “We want this soon.”",
        "Joe Fenn, the harbour’s director, reached out to the board, "
        "telling them: “We want this soon.”",
        "Joe Fenn turned to the board, asking, “We want this soon, don’t we?”",
    ],
)
def test_the_name_set_off_before_the_clause_a_participle_of_saying_hangs_from(text: str) -> None:
    # Was "Hale’s Harbour" (the words before the colon read as a name) or
    # Ada Lind, quoted before: "writing" and "asking" were no verbs, and the
    # clause "reached out ..." has its subject set off by commas before it.
    assert said_by("soon", _BEFORE, text) == ["Joe Fenn"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The clause's own subject, not the one it reached out to.
        (
            "On Monday, the board reached out to Joe Fenn, telling him: “We want this soon.”",
            "the board",
        ),
        ("The board turned to Joe Fenn, asking, “We want this soon, don’t we?”", "The board"),
    ],
)
def test_the_participle_keeps_its_clauses_subject(text: str, speaker: str) -> None:
    assert said_by("soon", _BEFORE, text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "The ad uses footage of Joe Fenn asking, “Why is the pier empty?”",
        "The film shows Joe Fenn asking, “Why is the pier empty?”",
    ],
)
def test_the_name_before_a_participle_of_saying_after_of_or_shows(text: str) -> None:
    # Was Ada Lind, quoted before (or the ad): "asking" was no verb, and the
    # one shown asking says the words.
    assert said_by("pier empty", _BEFORE, text) == ["Joe Fenn"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "wrote to Joe Fenn asking": the writer asks, not the one written to.
        ("The harbour board wrote to Joe Fenn asking, “Why is the pier empty?”", "harbour board"),
        # A ruling is a noun after a possessive, not Harbour Court's verb.
        ("All agreed in the wake of Monday’s Harbour Court ruling: “Why is the pier empty?”", None),
    ],
)
def test_no_participle_of_the_name_after_to_or_in_a_noun_phrase(
    text: str, speaker: str | None
) -> None:
    heard = said_by("pier empty", "Joe Fenn runs the harbour.", text)
    assert heard != ["Harbour Court"]
    if speaker is not None:
        assert heard
        assert speaker in (heard[0] or "")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "His critics in the town, many of them fishermen, argue that Fenn is a "
            "“political harbour master” with an agenda.",
            "His critics in the town",
        ),
        (
            "The residents, most of them fishermen, said: “Fenn is a political harbour master.”",
            "The residents",
        ),
    ],
)
def test_a_part_of_them_aside_leaves_the_noun_phrase_before_it_the_subject(
    text: str, speaker: str
) -> None:
    # Was "many of them fishermen": the aside, not who it is a part of.
    assert said_by("political harbour master", _BEFORE, text) == [speaker]


def test_a_part_of_them_that_is_the_subject_stays_the_subject() -> None:
    # No comma closes an aside here: "many of them" is the clause's subject.
    text = "Ten residents spoke, and many of them said: “Fenn is a political harbour master.”"
    assert said_by("political harbour master", _BEFORE, text) == ["many of them"]
