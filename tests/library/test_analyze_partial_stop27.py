"""Keep or drop marked spans, stop 27 (issue 16): what a reader would call a
quotation. Every sentence here is written by the team."""

from __future__ import annotations

from quotemark.library.analyze import analyze
from quotemark.library.analyze.names import is_nickname
from quotemark.library.model import Block, BlockKind


def _spans(*paragraphs: str) -> list[tuple[str, str | None]]:
    analysis = analyze([Block(BlockKind.PARAGRAPH, p) for p in paragraphs])
    return [
        (q.span.text, q.speaker.name if q.speaker else None)
        for q in analysis.quotes
        if q.parent is None
    ]


def test_a_headline_cited_with_its_byline_is_no_quotation() -> None:
    found = _spans(
        'HARBOUR NEWS—"Island ferry to stop its night crossings in June," by Ana Reyes of '
        'the Courier: "The last night ferry will leave the pier on June 30, the operator said."',
        '—"Why the old slipway still matters to the town," by Post\'s Tomas Berg.',
    )
    texts = [span for span, _speaker in found]
    assert not any("night crossings" in t for t in texts), found
    assert not any("old slipway" in t for t in texts), found
    # The excerpt after the byline is the article's words: still a quotation.
    assert any(t.startswith("The last night ferry will leave") for t in texts), found


def test_a_byline_after_words_inside_a_sentence_leaves_them_alone() -> None:
    found = _spans(
        'Okafor said the town had been promised a "full and fair hearing," by Mayor Lund '
        "and his council, and would hold them to it."
    )
    assert any("full and fair hearing" in span for span, _s in found), found


def test_a_nickname_inside_a_name_is_no_quotation() -> None:
    found = _spans(
        'The crossing was reopened by harbour master Tomas "Skip" Berg, who said it had '
        'been "a long winter for everyone on the island."'
    )
    assert not any(span == "Skip" for span, _s in found), found
    assert any("a long winter" in span for span, _s in found), found


def test_a_show_after_its_network_or_a_word_after_a_function_word_is_not_a_nickname() -> None:
    # Neither is a nickname; whether either is a quotation is left to the
    # other rules (a possessive before a one-word title keeps it in play).
    for text in (
        'On CBS\'s "Harbour" Berg said so.',
        'In "Dangerous" Berg says so.',
        'The council met on Monday. "Night Crossings," Berg said.',
    ):
        open_at = text.index('"')
        close_at = text.index('"', open_at + 1)
        assert not is_nickname(text, 0, open_at, close_at, text[open_at + 1 : close_at])


def test_a_work_named_in_apposition_is_no_quotation() -> None:
    found = _spans(
        'Tomas Berg\'s column on Friday, "The ferry must keep its night crossings," is pinned up '
        "on every boat in the harbour, and the council answered it the next day."
    )
    assert not any("night crossings" in span for span, _s in found), found


def test_a_work_s_own_words_after_its_noun_stay_a_quotation() -> None:
    found = _spans('In his memoir, "I was wrong about the ferry," Tomas Berg wrote.')
    assert [span for span, _s in found] == ["I was wrong about the ferry"], found


def test_a_line_of_marked_capitals_is_a_heading_not_a_quotation() -> None:
    found = _spans(
        "The mayor said the ferry would stop, calling the plan “slow, costly and wrong.”",
        "“SLOW, COSTLY AND WRONG”",
        "Tomas Berg said the council would vote again in June.",
        "“WE SAIL AT DAWN!”",
    )
    texts = [span for span, _s in found]
    assert "SLOW, COSTLY AND WRONG" not in texts, found
    # A shouted sentence with its own "!" is still someone's words.
    assert "WE SAIL AT DAWN!" in texts, found


def test_capitalised_words_opening_a_sentence_before_their_attribution_are_speech() -> None:
    found = _spans(
        'The council met again on Monday. "Night Crossings," Tomas Berg said, "are what '
        'keep this island alive."'
    )
    assert any(span.startswith("Night Crossings") for span, _s in found), found
    assert any(speaker == "Tomas Berg" for _span, speaker in found), found


def test_a_title_closing_an_opening_phrase_stays_a_title() -> None:
    found = _spans(
        'In his 2019 book, "Sea Lanes of the North," Tomas Berg argued for more ferries.'
    )
    assert not any("Sea Lanes" in span for span, _s in found), found


def test_a_nickname_whose_first_name_opens_a_line() -> None:
    text = 'The harbour reopened on Monday.\nTomas "Skip" Berg said so.'
    open_at = text.index('"')
    close_at = text.index('"', open_at + 1)
    line_start = text.index("\n") + 1
    assert is_nickname(text, line_start, open_at, close_at, "Skip")
