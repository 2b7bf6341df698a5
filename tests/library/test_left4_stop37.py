"""What the lead's screenshot of the reader showed wrong at stop 37
(branch s37-left4): a plain-text post's byline set in capitals, a curly
opener closed straight before a later quotation, and a pronoun after "In an
interview with NAME,". The post and every sentence here are the team's."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation import polnear
from quotemark.library.extract import extract
from quotemark.library.importers import read
from quotemark.library.pipeline import process
from quotemark.library.service import Library
from tests.library.paragraphs import run, said_by, spoken

POST = Path(__file__).resolve().parent.parent / "fixtures" / "screenshot" / "post-s37.txt"


# A plain-text byline set in capitals ----------------------------------------


def test_a_capital_byline_in_a_text_file_stores_two_authors_as_a_citation_writes_them(
    tmp_path: Path,
) -> None:
    # Was one author, "TOM HALE AND ADA LIND", in the reader and in exports.
    path = tmp_path / "pier.txt"
    path.write_bytes(POST.read_bytes())
    with Library.open() as library:
        (post_id,) = library.import_paths([path]).change.posts_added
        assert library.post(post_id).metadata.authors == ("Tom Hale", "Ada Lind")
        bibtex = library.export("bibtex", posts_only=True)
    assert "author = {Hale, Tom and Lind, Ada}" in bibtex


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # Initials and mixed case are written as the page wrote them.
        ("By AP", ("AP",)),
        ("By Tom McHale and Ada Lind", ("Tom McHale", "Ada Lind")),
        ("By TOM HALE", ("Tom Hale",)),
        # A capital "AND" splits only a byline set in capitals throughout.
        ("By Tom Hale AND Ada Lind", ("Tom Hale AND Ada Lind",)),
    ],
)
def test_a_text_byline_keeps_initials_and_mixed_case(
    byline: str, authors: tuple[str, ...], tmp_path: Path
) -> None:
    path = tmp_path / "pier.txt"
    lead = f"Harbour Board Delays the Pier Vote\n\n{byline}\n\n"
    path.write_text(lead + "The board met on Monday and put the vote off again.\n")
    assert extract(read(path)).metadata.authors == authors


# A curly opener closed straight, with another quotation later in the paragraph


def test_a_mixed_pair_holds_when_a_later_sentence_opens_another_quotation() -> None:
    # Was only the second quotation: the later curly pair stopped the first.
    paragraph = (
        '“The pier is late," Tom Hale said. His wife, Ada Hale, runs the ferry. '
        "“We lose passengers every week,” she said."
    )
    assert spoken(run(paragraph)) == [
        ("The pier is late", "Tom Hale"),
        ("We lose passengers every week", "Ada Hale"),
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        # A later straight mark with no partner may be the real closer: no
        # mixed pair.
        '“The pier is late," Tom Hale said. He added: "The ferry is late.',
        # A curly quotation in the same sentence (s37-left2's test): as before.
        '“The pier is late," he wrote, “and the ferry too,” Tom Hale said.',
    ],
)
def test_a_mixed_pair_still_waits_for_a_later_straight_mark_or_a_same_sentence_one(
    paragraph: str,
) -> None:
    assert ("The pier is late", "Tom Hale") not in spoken(run(paragraph))


def test_a_mixed_pair_holds_before_straight_quotations_that_pair_among_themselves() -> None:
    # s37-devfn: the straight marks after the mixed closer pair with each
    # other, so neither is the first quotation's closer.
    paragraph = '“The pier is late," Tom Hale said. He added: "The ferry is late."'
    assert ("The pier is late", "Tom Hale") in spoken(run(paragraph))


def test_the_gold_pairs_a_mixed_pair_before_a_later_sentences_quotation() -> None:
    line = (
        '“The pier is late," Tom Hale said. His wife runs the ferry. '
        "“We lose passengers,” she said."
    )
    assert [m.group() for m in polnear.QUOTED.finditer(line)] == [
        '“The pier is late,"',
        "“We lose passengers,”",
    ]


# "In an interview with NAME," then a pronoun's attribution ---------------------

_BEFORE = "“Fix it or we leave,” Nora Vance said."
_AMES = "Ames later said the board owes the town an answer."


@pytest.mark.parametrize(
    "interview",
    [
        "In an interview with Ruth Ames, “We will vote in March,” she promised.",
        "In an interview with Ruth Ames, she said “we will vote in March.”",
    ],
)
def test_the_pronoun_after_an_interview_frame_is_the_one_interviewed(interview: str) -> None:
    # Was Nora Vance, the woman who spoke last.
    assert said_by("vote in March", _BEFORE, interview, _AMES) == ["Ruth Ames"]


@pytest.mark.parametrize(
    ("interview", "not_said_by"),
    [
        # A subject that is no pronoun says the words.
        ("In an interview with Ruth Ames, the mayor said “we will vote in March.”", "Ruth Ames"),
        # An outlet after "with" is the one asking.
        ("In an interview with the Gazette, “We will vote in March,” she said.", "the Gazette"),
    ],
)
def test_an_interview_frame_does_not_take_a_subject_or_name_an_outlet(
    interview: str, not_said_by: str
) -> None:
    assert said_by("vote in March", _BEFORE, interview, _AMES) != [not_said_by]


def test_a_pronoun_of_the_other_sex_is_not_the_one_interviewed() -> None:
    paragraphs = (
        "Tom Hale runs the ferry.",
        "Ruth Ames said she would chair the board.",
        "In an interview with Ruth Ames, he said “we will vote in March.”",
        _AMES,
    )
    assert said_by("vote in March", *paragraphs) != ["Ruth Ames"]


# The screenshot's post, end to end ------------------------------------------


def test_the_screenshot_post_reads_as_a_reader_reads_it() -> None:
    done = process(POST)
    assert done.article.metadata.authors == ("Tom Hale", "Ada Lind")
    readings = spoken(done.analysis)
    for reading in [
        ("The pier is late", "Tom Hale"),
        ("We lose passengers every week", "Ada Hale"),
        ("Fix it or we leave", "Nora Vance"),
        ("We will vote in March", "Ruth Ames"),
    ]:
        assert reading in readings
