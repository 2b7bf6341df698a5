"""Partial quotations, stop 31 (issue 16, branch s31-naming): "one" before a
noun opens a description ("one pilot", "One deckhand"), not the pronoun, so
the marked words are that person's and not the person named earlier. Every
sentence here is written by the team."""

from __future__ import annotations

from quotemark.library.analyze import analyze
from quotemark.library.model import Block, BlockKind, QuoteKind

_OPENING = "Ada Lind opened the new ferry terminal on Monday. "


def _partials(*paragraphs: str) -> list[tuple[str | None, str | None, tuple[str, ...]]]:
    """(speaker name, speaker role, marked words) of each partial quotation."""
    analysis = analyze([Block(BlockKind.PARAGRAPH, p) for p in paragraphs])
    return [
        (
            q.speaker.name if q.speaker else None,
            q.speaker.role if q.speaker else None,
            tuple(m.text for m in q.marked),
        )
        for q in analysis.quotes
        if q.kind is QuoteKind.PARTIAL
    ]


def test_one_and_a_noun_after_the_marks_is_the_speaker() -> None:
    # "one pilot remarked": a pilot's words, not a scare quote.
    found = _partials(
        _OPENING + "The crossing will be better than the old one “in every season,” one "
        "pilot remarked."
    )
    assert len(found) == 1, found
    name, role, marked = found[0]
    assert marked == ("in every season",), found
    assert name is None, found
    assert role is not None, found
    assert role.endswith("pilot"), found


def test_one_and_a_noun_before_the_verb_is_not_the_person_in_focus() -> None:
    # The deckhand says it; Ada Lind, named earlier, does not.
    found = _partials(
        _OPENING + "One deckhand, who asked not to be named, said the message was that "
        "“the timetable will not hold.”"
    )
    assert len(found) == 1, found
    name, role, marked = found[0]
    assert marked == ("the timetable will not hold.",), found
    assert name != "Ada Lind", found
    assert role is not None, found
    assert "deckhand" in role, found


def test_one_of_a_group_stays_as_it_was() -> None:
    # "one of the pilots" is no noun after "one": the rule leaves it alone.
    analysis = analyze(
        [Block(BlockKind.PARAGRAPH, _OPENING + "“We waited ten years,” one of the pilots said.")]
    )
    assert len(analysis.quotes) == 1, analysis.quotes
