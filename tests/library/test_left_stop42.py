"""What stop 42's English reviews left (branch s42-left): a text post's own
header and speakers. Every sentence here is written by the team."""

from __future__ import annotations

import pytest

from quotemark.library.analyze import analyze
from quotemark.library.extract.text import extract_text
from quotemark.library.model import Article
from tests.library.paragraphs import said_by
from tests.library.test_extract_text import text_doc

L, R = "\u201c", "\u201d"

_BODY = (
    "The pier opened in May after two years of work on its old timbers, and the "
    "harbour board met to mark the day."
)


def _text(text: str) -> Article:
    return extract_text(text_doc(text))


def _post(*head: str, body: str = _BODY) -> Article:
    return _text("\n\n".join(head) + "\n\n" + body + "\n")


# -- a text post's header ------------------------------------------------------


@pytest.mark.parametrize(
    "line", ["Posted by Ada Lind, 14 February 2026", "posted by: Ada Lind, February 14, 2026"]
)
def test_posted_by_a_name_comma_a_date_is_the_byline_and_the_date(line: str) -> None:
    # Was body text: no author, no date.
    article = _post("Notes from the pier", line)
    assert article.metadata.authors == ("Ada Lind",)
    assert article.metadata.published == "2026-02-14"
    assert all("Posted" not in block.text for block in article.blocks)


def test_posted_by_a_name_comma_a_clause_is_text() -> None:
    sentence = "Posted by Tom Hale, the photo of the pier drew three hundred replies."
    article = _post("Notes from the pier", body=sentence)
    assert article.metadata.authors == ()
    assert [block.text for block in article.blocks] == [sentence]


@pytest.mark.parametrize(
    "title",
    [
        "'Low Tide' review: Tom Hale's harbour drama finds its voice late",
        "\u201cThe Last Keeper\u201d is the best book about the pier in years",
        '"Harbour Lights" at the Pier Theatre: a revival worth the wait',
    ],
)
def test_a_headline_opened_by_a_works_title_in_marks_is_the_title(title: str) -> None:
    # Was passed over for the file's name ("post").
    assert _post(title, "By Ruth Ames").metadata.title == title


@pytest.mark.parametrize(
    "first",
    [
        "'You don't sell a boat,' she told her son on the pier",
        "\u201cNot today, not ever\u201d was all the harbour master would say",
        "'not today' is what the board said",
    ],
)
def test_a_first_line_opening_with_someones_words_is_no_title(first: str) -> None:
    assert _post(first).metadata.title != first


# -- a mail signature's motto ------------------------------------------------------

_MESSAGE = (
    "I rang the harbour office this morning. Peter Quinn said the survey was "
    '"a matter of weeks" and no more.'
)


def _motto_speakers(text: str) -> list[str | None]:
    analysis = analyze(_text(text).blocks)
    return [
        q.speaker.name if q.speaker else None
        for q in analysis.quotes
        if "following sea" in q.span.text
    ]


@pytest.mark.parametrize("delimiter", ["--", "-- "])
@pytest.mark.parametrize("owner", ["Ben Ross", "Ben Ross | Secretary, Kellport Sailing Club"])
def test_a_signatures_motto_is_its_owners(delimiter: str, owner: str) -> None:
    # Was Peter Quinn's: the "-- " line was dropped as a separator, so
    # nothing told the motto stood in Ben Ross's signature.
    text = (
        f"Winter moorings\n\n{_MESSAGE}\n\nBen\n\n{delimiter}\n{owner}\n"
        'Kestrel, east pier berth 14\n"Fair winds and a following sea"\n'
    )
    assert _motto_speakers(text) == ["Ben Ross"]
    assert "--" in [block.text for block in _text(text).blocks]


def test_a_dash_line_over_no_name_is_still_dropped() -> None:
    # Not a signature: the separator stays out of the body, and the
    # quotation after it is read as before.
    text = f'Winter moorings\n\n{_MESSAGE}\n\n--\n"Fair winds and a following sea," he added.\n'
    assert "--" not in [block.text for block in _text(text).blocks]
    assert _motto_speakers(text) == ["Peter Quinn"]


# -- "It reads: …" after a letter its writer is named with -----------------------------

_LETTER = f"{L}Dear harbour board, please keep the east pier open for one more winter.{R}"


@pytest.mark.parametrize(
    ("before", "writer"),
    [
        ("Tom Hale wrote a letter to the board in May. It says: ", "Tom Hale"),
        (
            "Ada Lind keeps a letter she wrote to the board. She let me copy it. It reads: ",
            "Ada Lind",
        ),
        ("Ada Lind keeps a note that Tom Hale wrote in 1988. It reads in part: ", "Tom Hale"),
    ],
)
def test_a_letter_its_writer_is_named_with_is_the_writers(before: str, writer: str) -> None:
    # Was given to "it".
    assert said_by("one more winter", "The pier was closed in April.", before + _LETTER) == [writer]


def test_a_letter_in_its_own_paragraph_after_it_reads_is_the_writers() -> None:
    assert said_by(
        "one more winter",
        "Ada Lind keeps a letter she wrote to the board in 1988. It reads in part:",
        _LETTER,
    ) == ["Ada Lind"]


def test_a_description_wrote_letters_is_the_writer() -> None:
    paragraph = (
        "Ada Lind: My class wrote letters to the board. I am going to read you one. "
        f"It says: {_LETTER} That is the whole letter."
    )
    assert said_by("one more winter", paragraph) == ["My class"]


@pytest.mark.parametrize(
    ("before", "shown"),
    [
        # A document named after the letter: "it" is the sign (its board).
        (
            "Tom Hale wrote a letter to the board. The board put up a sign on the gate. It says: ",
            "the board",
        ),
        # No writer named: the body that sent it, as before.
        ("The board sent a letter to every mooring holder. It says: ", "the board"),
        # Not a verb a document speaks by.
        ("Tom Hale wrote a letter to the board. It was short: ", "it"),
    ],
)
def test_it_with_no_writer_just_before_is_left(before: str, shown: str) -> None:
    assert said_by("one more winter", before + _LETTER) == [shown]


# -- a chant a noun of chanting introduces ----------------------------------------

_TURN = "Ada Lind: Thank you all for coming down to the promenade today."
_CHANTED = '"Keep the pier! Keep the pier!"'


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        (f"14:19 The crowd has started another chant: {_CHANTED} It is hard to hear.", "The crowd"),
        (f"The rally ended with a last chant from the crowd: {_CHANTED} Lind left.", "the crowd"),
        (f"The fans struck up a new song: {_CHANTED} Nobody sat down.", "The fans"),
    ],
)
def test_a_chant_is_the_crowds_that_raises_it(sentence: str, shown: str) -> None:
    # Was the last speaker's (Ada Lind), or nobody's.
    assert said_by("Keep the pier", _TURN, sentence) == [shown]


def test_a_chant_noun_with_no_colon_before_the_marks_is_left() -> None:
    # No colon: the noun of chanting introduces nothing; read as before.
    sentence = f"Ada Lind began the chant and said {_CHANTED} to the crowd."
    assert said_by("Keep the pier", "The rally opened at noon.", sentence) == ["Ada Lind"]


@pytest.mark.parametrize(
    "sentence",
    [
        # The chant in the sentence before; a person's verb of saying now.
        f"The crowd has started another chant. Tom Hale shouted over it: {_CHANTED} It stuck.",
        # A chant named, but no crowd raising it: the sentence's speaker.
        f"Tom Hale, who wrote the song, says of the crowd's chant: {_CHANTED} It stuck.",
    ],
)
def test_a_speaker_before_a_chant_noun_keeps_the_words(sentence: str) -> None:
    assert said_by("Keep the pier", _TURN, sentence) == ["Tom Hale"]
