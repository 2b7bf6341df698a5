"""Two authors cited together ("Lind and Hale (2021) found that “…”"): the
words are both authors', and a "they" after them is the pair (stop 43,
branch s43-left). Sentences written by the team."""

from __future__ import annotations

from tests.library.paragraphs import said_by

_PAIR = (
    "Some small ports close early.",
    "Lind and Hale (2021) surveyed twenty harbours and found that silting was"
    " “the main cost of an open pier.” They are careful: the link, they write,"
    " “may run the other way.”",
)


def test_a_citation_of_two_authors_is_both() -> None:
    assert said_by("main cost", *_PAIR) == ["Lind and Hale"]


def test_they_after_two_cited_authors_is_the_pair() -> None:
    assert said_by("other way", *_PAIR) == ["Lind and Hale"]


def test_one_author_then_and_a_verb_is_no_pair() -> None:
    # ("Tom Hale and his crew walked ...": no citation after "and"; the
    # pairing of names reads as before.)
    assert said_by(
        "sorry state",
        "Tom Hale and Ada Lind walked the pier and said it was “in a sorry state.”",
    ) == ["Tom Hale and Ada Lind"]
