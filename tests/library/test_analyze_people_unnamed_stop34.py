"""Unnamed people as a sentence's subject (stop 34, issue 16): a lower-case
plural of people after an opening phrase or a showing verb ("On Friday,
residents said", "The video shows residents saying") speaks for itself; it
is not stray words to be replaced by the last person named. Every sentence
here is written by the team."""

from __future__ import annotations

import pytest

from tests.library.paragraphs import run


def _speaker(*paragraphs: str) -> tuple[str | None, str | None]:
    quote = run(*paragraphs).quotes[-1]
    assert quote.speaker is not None
    return quote.speaker.name, quote.speaker.label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("On Friday, residents said: “We are tired of waiting for the ferry.”", "residents"),
        (
            "At the quay, local fishermen told reporters: “We are tired of waiting.”",
            "local fishermen",
        ),
        ("The video shows residents saying “we are tired of waiting.”", "residents"),
        ("After the vote, officials said: “The pier will open in May.”", "officials"),
    ],
)
def test_unnamed_people_are_not_the_person_named_before(sentence: str, label: str) -> None:
    name, shown = _speaker("Tom Berg chaired the harbour meeting.", sentence)
    assert name is None
    assert shown == label


def test_words_the_search_stopped_in_still_go_to_the_person_named() -> None:
    # "protests" names no people: the quotation stays with the person the
    # text is about, as before.
    name, _ = _speaker(
        "Tom Berg chaired the harbour meeting.",
        "Amid the protests, he said: “We are tired of waiting.”",
    )
    assert name == "Tom Berg"
