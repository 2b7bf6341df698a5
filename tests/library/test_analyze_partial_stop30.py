"""Partial quotations, stop 30 (issue 16): the last marked fragment of a
reported clause that ends a sentence. Every sentence here is written by the
team."""

from __future__ import annotations

from quotemark.library.analyze import analyze
from quotemark.library.model import Block, BlockKind


def _quotes(*paragraphs: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    analysis = analyze([Block(BlockKind.PARAGRAPH, p) for p in paragraphs])
    return [
        (
            q.span.text,
            q.speaker.name if q.speaker else None,
            tuple(m.text for m in q.marked),
        )
        for q in analysis.quotes
        if q.parent is None
    ]


def test_the_last_fragment_of_a_clause_is_marked_with_the_first() -> None:
    # The clause stops at the full stop inside the last marks; the reader
    # still highlights both fragments as the speaker's own words.
    found = _quotes(
        "At the harbour meeting, Ana Reyes described the ferry as “slow” with a "
        "“rusty heart.” The board did not reply."
    )
    marked = {m: speaker for _span, speaker, words in found for m in words}
    assert marked.get("slow") == "Ana Reyes", found
    assert marked.get("rusty heart") == "Ana Reyes", found


def test_a_second_that_clause_keeps_its_marked_words() -> None:
    found = _quotes(
        "Mayor Tomas Berg told the island paper that the council was not “ready to "
        "listen” and that its engineers were “asleep at the pier.” The council met "
        "on Friday."
    )
    marked = {m: speaker for _span, speaker, words in found for m in words}
    assert marked.get("ready to listen") == "Tomas Berg", found
    assert marked.get("asleep at the pier") == "Tomas Berg", found


def test_a_lone_fragment_and_a_following_sentence_stay_apart() -> None:
    # One pair of marks in the clause: nothing from the next sentence joins it.
    found = _quotes("Ana Reyes said the timetable was “a mess.” The ferry left at “noon” anyway.")
    marked = [m for _span, _speaker, words in found for m in words]
    assert len(marked) == 1, found
    assert marked[0].startswith("a mess"), found


def test_the_last_fragment_before_said_and_a_name_is_marked() -> None:
    # The clause stops at the comma inside its last marks, and the
    # attribution follows them.
    found = _quotes(
        "The board's plan was “not ready” and at best a “quiet improvement,” said "
        "Ana Reyes, the ferry operator."
    )
    marked = {m: speaker for _span, speaker, words in found for m in words}
    assert marked.get("not ready") == "Ana Reyes", found
    assert marked.get("quiet improvement") == "Ana Reyes", found


def test_a_title_ending_its_sentence_after_a_book_is_no_quotation() -> None:
    found = _quotes(
        "The ferry has run since 1952, Mayor Tomas Berg wrote in his 2019 book, "
        "“Sea Lanes and Harbours.” He still takes it every day."
    )
    texts = [span for span, _speaker, _words in found]
    marked = [m for _span, _speaker, words in found for m in words]
    assert not any("Sea Lanes" in t for t in texts + marked), found


def test_a_sentence_ending_in_capitals_after_said_stays_a_quotation() -> None:
    # No noun for a work before the marks: the speaker's own words.
    found = _quotes("At the pier on Monday, Ana Reyes said: “We Are Not Moving.”")
    texts = [span for span, _speaker, _words in found]
    assert any("We Are Not Moving" in t for t in texts), found
