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
