"""What the lead's screenshot of the reader showed wrong at stop 37
(branch s37-left4): a plain-text post's byline set in capitals, a curly
opener closed straight before a later quotation, and a pronoun after "In an
interview with NAME,". The post and every sentence here are the team's."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.library.extract import extract
from quotemark.library.importers import read
from quotemark.library.service import Library

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
