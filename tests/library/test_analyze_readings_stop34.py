"""Readings a researcher saw wrong and earlier stops left, stop 34 (issue
16): each is read from a construction (a word order, a word class). Every
sentence here is written by the team."""

from __future__ import annotations

import pytest

from quotemark.library.model import Analysis, Speaker
from tests.library.paragraphs import run


def _only_speaker(analysis: Analysis) -> Speaker:
    assert len(analysis.quotes) == 1
    speaker = analysis.quotes[0].speaker
    assert speaker is not None
    return speaker


# 1. A time phrase after a description before the verb ---------------------


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The mayor last week said: “We will rebuild the pier.”", "The mayor"),
        ("The harbour master on Tuesday said: “The pier is unsafe.”", "The harbour master"),
        ("A council spokesman earlier this month said: “We have no money.”", "A council spokesman"),
        ("The mayor two days ago told reporters: “We will rebuild the pier.”", "The mayor"),
    ],
)
def test_a_time_phrase_after_a_description_is_no_part_of_its_label(
    sentence: str, label: str
) -> None:
    # The legend reads "The mayor", not "The mayor last week".
    speaker = _only_speaker(run(sentence))
    assert speaker.name is None
    assert speaker.label == label


def test_a_participle_keeps_its_time_phrase() -> None:
    # "issued earlier this year" says which report: the label keeps it.
    speaker = _only_speaker(run("A report issued earlier this year said: “The pier is unsafe.”"))
    assert speaker.label == "A report issued earlier this year"
