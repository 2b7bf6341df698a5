"""Plain-text heads a researcher still saw wrong at the end of stop 37
(branch s38-left). Every post here is written by the team."""

from __future__ import annotations

import pytest

from quotemark.library.extract.text import extract_text
from quotemark.library.model import Article, RawDocument, SourceFormat

_BODY = (
    "The pier opened in May after two years of work on its old timbers, and the "
    "harbour board met to mark the day."
)


def _post(*head: str) -> Article:
    text = "\n".join(head) + "\n\n" + _BODY + "\n"
    return extract_text(
        RawDocument(
            path="post.txt",
            format=SourceFormat.TEXT,
            original=text.encode(),
            text=text,
            encoding="utf-8",
        )
    )


@pytest.mark.parametrize("title", ["BY THE SEA", "By the Sea", "BY A QUIET HARBOUR"])
def test_a_title_beginning_by_is_the_title_not_a_byline(title: str) -> None:
    # Was a byline ("The Sea") and no title.
    article = _post(title)
    assert article.metadata.title == title
    assert article.metadata.authors == ()


@pytest.mark.parametrize(
    ("line", "author"),
    [("BY TOM HALE", "Tom Hale"), ("By The Associated Press", "The Associated Press")],
)
def test_a_byline_under_a_title_stays_a_byline(line: str, author: str) -> None:
    article = _post("The Pier Opens", line)
    assert article.metadata.title == "The Pier Opens"
    assert article.metadata.authors == (author,)
