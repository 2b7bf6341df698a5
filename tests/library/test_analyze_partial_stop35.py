"""Stop 35 (branch s35-devf1): where missed quotations are lost.

No new partial-quotation rule was kept this stop (evaluation/README.md, "PolNeAR
dev quote F1, stop 35"). What is kept is the analysis's record of every
paired span it drops, with the test that dropped it, which
``python -m evaluation.losses`` counts by stage; and the readings the
measured rules would have changed stay as they were.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from quotemark.library.analyze import quotes as found
from tests.library.paragraphs import run, spoken


@pytest.fixture
def record() -> Iterator[list[tuple[int, int, str]]]:
    """The drops recorded while a test runs (the hook reset afterwards)."""
    found.DROPPED = []
    try:
        yield found.DROPPED
    finally:
        found.DROPPED = None


def _reasons(drops: list[tuple[int, int, str]]) -> list[str]:
    return [reason for _open, _close, reason in drops]


def test_nothing_is_recorded_by_default() -> None:
    run("The ferry was a “floating ruin” by the end of the season.")
    assert found.DROPPED is None


def test_a_scare_quote_is_recorded_with_no_speaker_phrase(
    record: list[tuple[int, int, str]],
) -> None:
    text = "The ferry was a “floating ruin” by the end of the season."
    analysis = run(text)
    assert analysis.quotes == ()
    assert _reasons(record) == ["partial: no speaker phrase"]
    opening, closing, _reason = record[0]
    assert text[opening] == "“"
    assert text[closing] == "”"


def test_a_title_is_recorded_by_the_title_test(record: list[tuple[int, int, str]]) -> None:
    run("She spent the winter reading “The Harbour at Dusk” on the night ferry.")
    assert _reasons(record) == ["title test: title"]


def test_a_word_or_two_is_recorded(record: list[tuple[int, int, str]]) -> None:
    run("The pier, “temporary” since May, was closed.")
    assert _reasons(record) == ["a word or two, no speaker phrase"]


def test_recording_changes_no_quotation(record: list[tuple[int, int, str]]) -> None:
    paragraphs = (
        "Harbour master Ada Lind spoke on Monday.",
        "Lind called the timetable “a shambles” and said the ferry was “a floating ruin.”",
        "The “express” left late. “We will fix it,” she said.",
    )
    with_record = spoken(run(*paragraphs))
    found.DROPPED = None
    assert spoken(run(*paragraphs)) == with_record
    assert ("We will fix it", "Ada Lind") in with_record


def test_a_quotation_kept_is_not_recorded(record: list[tuple[int, int, str]]) -> None:
    analysis = run("Ada Lind said the pier was “past saving” after the storm.")
    assert len(analysis.quotes) == 1
    assert record == []


@pytest.mark.parametrize(
    "paragraphs",
    [
        # A naming verb whose subject is a bare pronoun: measured this stop
        # (pronoun resolved, and the named object ruled out) and not kept,
        # as at stops 31, 33 and 34: on PolNeAR train check half of the
        # added speakers were wrong.
        ("Ada Lind spoke in Ohio on Monday.", "She called him a “pathological liar” at once."),
        # Marked words after a copula with no verb of saying: a term.
        ("Tom Hale spoke in Ohio on Monday.", "His guilty pleasure is “Harbour Nights.”"),
    ],
)
def test_measured_readings_stay_unsaid(paragraphs: tuple[str, ...]) -> None:
    assert run(*paragraphs).quotes == ()
