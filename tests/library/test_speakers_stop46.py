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
