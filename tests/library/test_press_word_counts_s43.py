"""The small words counted to tell a text's language: one split at the
spaces counts them as sixty ``str.count`` scans did (stop 43, s43-speed2)."""

from __future__ import annotations

import random

from quotemark.library.analyze.press_languages import (
    _PRESS_WORDS,
    _press_word_counts,
    counted_language,
)

_PIECES = [w[1:-1] for _, ws in _PRESS_WORDS for w in ws] + ["Tom", "Hale", "pier", ".", "\n"]
_SEPARATORS = [" ", " ", " ", "  ", "", "\n", "\u00a0", "\t"]


def _by_count(text: str) -> list[tuple[int, str]]:
    return [(sum(text.count(w) for w in ws), lang) for lang, ws in _PRESS_WORDS]


def test_the_split_counts_as_str_count_does() -> None:
    # Words written twice in a row (" w w ": str.count takes one), at the
    # text's edges, after a line break or a no-break space: the same sums.
    rng = random.Random(4343)
    for _ in range(20000):
        text = "".join(
            rng.choice(_PIECES) + rng.choice(_SEPARATORS) for _ in range(rng.randint(0, 30))
        )
        if rng.random() < 0.5:
            text = " " + text
        assert _press_word_counts(text) == _by_count(text), repr(text)


def test_a_word_written_twice_in_a_row_counts_once() -> None:
    assert dict((lang, n) for n, lang in _press_word_counts("Tom Hale w w w pier"))["pl"] == 2


def test_the_language_of_a_team_written_text() -> None:
    italian = "Tom Hale ha deciso che il molo della città è chiuso, e che gli operai sono " * 3
    assert counted_language(italian) == "it"
    # (Four " the " in the first 3,000 characters is English at once: None.)
    english = "Tom Hale said the pier and a ferry is to go in the town."
    assert counted_language(english) == "en"
