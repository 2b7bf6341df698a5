"""What s43-rev3's posts left, by construction (stop 43, branch s43-left3).

Every sentence here is written by the team."""

# ruff: noqa: E501 (the marks are the subject here)

from __future__ import annotations

from pathlib import Path

from quotemark.library.extract.text import extract_text
from quotemark.library.model import BlockKind, QuoteKind, RawDocument, SourceFormat
from quotemark.library.pipeline import process

_NEWS = "The harbour board met on Tuesday to set the summer moorings fees, which rise by four per cent from May. The board said the rise covers the new pontoon lights."
_CHAPEL = "The Reverend Ada Lind asks us to tell readers that the harvest service at the pier chapel will begin at 10am, an hour later than usual, because of the ferry times. “We can't move the ferry,” she said, “so we're moving the service.” Tea follows in the hall."


def _blocks(text: str) -> list[tuple[BlockKind, str]]:
    doc = RawDocument("post.txt", SourceFormat.TEXT, text.encode(), text=text)
    return [(block.kind, block.text) for block in extract_text(doc).blocks]


def test_a_heading_in_sentence_case_is_a_heading_and_takes_no_quotation(tmp_path: Path) -> None:
    post = tmp_path / "post.txt"
    post.write_text(
        f"Harbour news for April\n\n{_NEWS}\n\nChapel notes\n\n{_CHAPEL}\n", encoding="utf-8"
    )
    result = process(post)
    assert (BlockKind.HEADING, "Chapel notes") in [(b.kind, b.text) for b in result.article.blocks]
    speakers = {q.speaker.name if q.speaker else None for q in result.analysis.quotes}
    assert speakers == {"Ada Lind"}


def test_a_name_or_a_short_line_under_a_paragraph_stays_a_paragraph() -> None:
    # A name with its role, a line over a paragraph too short to be a
    # section, a line finishing the clause above: none is a heading.
    for line, under in (
        ("Tom Hale, harbour master", _CHAPEL),
        ("See you on the pier", "Bring a coat."),
        ("The tide was out", "Bring a coat, a flask and a torch."),
    ):
        blocks = _blocks(f"Harbour news for April\n\n{_NEWS}\n\n{line}\n\n{under}\n")
        assert (BlockKind.HEADING, line) not in blocks, line
        assert any(line in text for _kind, text in blocks), line
    blocks = _blocks(
        f"Harbour news for April\n\nThe board's answer to the sailing club was short:\n\nNot this year\n\n{_CHAPEL}\n"
    )
    assert (BlockKind.HEADING, "Not this year") not in blocks


_FERRY = "“We can't move the ferry. The tide sets the times and the times set the service, and nobody on this board can move either of them.”"


def test_a_sentence_naming_someone_over_a_quotation_stays_a_paragraph(tmp_path: Path) -> None:
    # Must not fire (s43-final-analyze2): a one-line sentence with its stop
    # left off, naming who speaks in the quotation that opens the paragraph
    # under it, brings that quotation in; read as a heading, the quotation
    # lost its speaker.
    post = tmp_path / "post.txt"
    post.write_text(
        f"Harbour news for April\n\n{_NEWS}\n\nAda Lind put it simply\n\n{_FERRY}\n",
        encoding="utf-8",
    )
    result = process(post)
    assert (BlockKind.HEADING, "Ada Lind put it simply") not in [
        (b.kind, b.text) for b in result.article.blocks
    ]
    assert [q.speaker.name if q.speaker else None for q in result.analysis.quotes] == ["Ada Lind"]
    # A sentence-case title over the same quotation is still a heading.
    blocks = _blocks(f"Harbour news for April\n\n{_NEWS}\n\nChapel notes\n\n{_FERRY}\n")
    assert (BlockKind.HEADING, "Chapel notes") in blocks


_RULING = "The inquiry gave its ruling yesterday on the collapse of the old jetty. Mrs Justice Amber found for the harbour board and adjourned the rest."
_HALE = "[8] The first witness for the board was Mr Tom Hale, the harbour master. He said the jetty had been checked “every week without fail”."
_AMES = "[8] The first witness for the board was Mrs Ruth Ames, the harbour master. She said the jetty had been checked “every week without fail”."
_LIND = "[9] The board also called Ms Ada Lind, an engineer retained by the board. Her report concludes that the piles were “sound and dry”. She conceded that one pile showed “some rot at the base”."


def _speakers(tmp_path: Path, *paragraphs: str) -> dict[str, str | None]:
    post = tmp_path / "post.txt"
    post.write_text(
        "Jetty inquiry: the ruling\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8"
    )
    return {
        q.span.text: (q.speaker.name if q.speaker else None) for q in process(post).analysis.quotes
    }


def test_a_woman_the_paragraph_called_is_her_and_she_not_the_judge_before(tmp_path: Path) -> None:
    speakers = _speakers(tmp_path, _RULING, _HALE, _LIND)
    assert [who for text, who in speakers.items() if "piles" in text or "rot" in text] == [
        "Ada Lind",
        "Ada Lind",
    ]


def test_a_woman_called_gives_way_to_a_woman_who_speaks_after_her(tmp_path: Path) -> None:
    # Ruth Ames is the subject after the woman called: the "she" is hers.
    chair = "[9] The board also called Ms Ada Lind, an engineer. Mrs Ruth Ames, its chair, said the report was late. She added that the board had “waited a month for it”."
    speakers = _speakers(tmp_path, _RULING, _HALE, chair)
    assert [who for text, who in speakers.items() if "month" in text] == ["Ruth Ames"]


_CITED = "[10] Both sides cited Hale v Ames [2011] EWHC 414. I do not think the difference matters."


def test_the_judge_of_an_earlier_case_is_no_one_named_here(tmp_path: Path) -> None:
    for words in (
        "As the judge said in that case, “a limit binds both sides.”",
        "In the earlier case, the judge said: “a limit binds both sides.”",
    ):
        speakers = _speakers(tmp_path, _RULING, _HALE, f"{_CITED} {words}")
        assert [who for text, who in speakers.items() if "binds" in text] == [None], words
        quotes = process(tmp_path / "post.txt").analysis.quotes
        assert [q.speaker.label for q in quotes if "binds" in q.span.text and q.speaker] == [
            "the judge"
        ]


def test_the_judge_of_this_case_is_still_the_one_named(tmp_path: Path) -> None:
    # No earlier case is named with the description: the judge is this one.
    ruling = "The inquiry gave its ruling yesterday. Mr Justice Ross found for the harbour board."
    words = "As the judge said at the hearing, “a limit binds both sides.”"
    speakers = _speakers(tmp_path, ruling, f"{_CITED} {words}")
    assert [who for text, who in speakers.items() if "binds" in text] == ["Ross"]


def test_those_told_to_do_something_are_not_its_speaker(tmp_path: Path) -> None:
    told = "[20] The haulier's owner, Mr Ben Ross, was called on the last day. He said that his crews were told to “keep to every limit on every jetty” and that he had had no complaint."
    speakers = _speakers(tmp_path, _RULING, told)
    assert [who for text, who in speakers.items() if "every limit" in text] == ["Ben Ross"]


def test_a_crew_that_told_someone_is_still_the_speaker(tmp_path: Path) -> None:
    # Not a passive: the crews told the board, and their words follow.
    told = "[20] The board heard from the crews on the last day. The crews told the board that the jetty was “never safe at high tide”."
    _speakers(tmp_path, _RULING, told)
    quotes = process(tmp_path / "post.txt").analysis.quotes
    assert [q.speaker.label for q in quotes if "high tide" in q.span.text and q.speaker] == [
        "The crews"
    ]


def test_which_he_described_as_is_his_after_an_aside(tmp_path: Path) -> None:
    words = "[20] Mr Ben Ross gave evidence on the last day. He accepted, however, that the rota allowed nine minutes for the run, which he described as “short but fine”."
    speakers = _speakers(tmp_path, _RULING, words)
    assert [who for text, who in speakers.items() if "short but fine" in text] == ["Ben Ross"]


def test_a_which_clause_with_no_verb_of_saying_leaves_the_speaker(tmp_path: Path) -> None:
    # "which he drew up" says nothing: the words are Ada Lind's.
    words = "[20] Mr Ben Ross gave evidence on the last day. The rota, which he drew up himself, was “a squeeze”, Ms Ada Lind said."
    speakers = _speakers(tmp_path, _RULING, words)
    assert [who for text, who in speakers.items() if "squeeze" in text] == ["Ada Lind"]


def test_a_sentence_interrupted_by_he_said_goes_on_in_a_partial(tmp_path: Path) -> None:
    post = tmp_path / "post.txt"
    post.write_text(
        "Jetty inquiry\n\nMr Tom Hale, the harbour master, gave evidence first. He told the court he had seen the van arrive. The driver, he said, “waved at me and kept going.” Later, he said, “we shut the gate.” A word, he added, “Stop!” was all he shouted.\n",
        encoding="utf-8",
    )
    kinds = {q.span.text.strip("“”."): q.kind for q in process(post).analysis.quotes}
    assert kinds["waved at me and kept going"] is QuoteKind.PARTIAL
    # One word before the aside ("Later") is as often an adverb, and a
    # capital opening the marks begins words said whole: not partials.
    assert kinds["we shut the gate"] is QuoteKind.INLINE
    assert [kind for text, kind in kinds.items() if "Stop" in text] == [QuoteKind.INLINE]
