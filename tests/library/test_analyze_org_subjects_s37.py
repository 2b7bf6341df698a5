"""``organisations._speaking_subjects`` (stop 37's speed cut) against the
scan it replaced: every match of the organisation subject pattern over the
whole text, kept when its word is a verb of saying. The same matches, in the
same order, on generated texts built to make the two part: name runs longer
than the pattern takes, link words, verbs and other words after a run,
characters no run holds, runs across a line break, "al-" names, digits,
initials and verbs that are not all lower-case ASCII."""

from __future__ import annotations

import random
import re

from quotemark.library.analyze import organisations
from quotemark.library.analyze.lexicon import SPEECH_VERBS
from quotemark.library.analyze.names import particles_before_capital


def _whole_scan(text: str) -> list[re.Match[str]]:
    pattern = organisations._subject_led("al" in particles_before_capital(text))
    return [m for m in pattern.finditer(text) if m.group(2) in SPEECH_VERBS]


def _key(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], ...]]:
    return [(m.span(), m.span(1), m.span(2)) for m in matches]


_WORDS = [
    "Harbour", "Board", "Pier", "Trust", "Tom", "Hale", "Ada", "Lind", "BC", "Hydro",
    "U.S.", "A.", "McDonald", "Hale\u2019s", "O'Neill", "al-Qaeda", "1990", "12\u00b0",
    "\u0661\u0662", "AT&T", "Co-op", "of", "the", "and", "for", "de", "/", "on",
    "said", "says", "told", "added", "noted", "reveal", "met", "sued", "will", "Said",
    "indic\u00f3", "saidX", "said-run", "could", "nothing", "adding", "go", "a", "al", "it",
    "he", "x",
]  # fmt: skip
_BREAKS = [
    " ", " ", " ", " ", "  ", "\t", "\u00a0", ", ", ". ", "\n", "\u201c", "\u201d",
    '"', " (", ") ", ": ", "-", "\u2014", "'", "",
]  # fmt: skip


def _text(chooser: random.Random) -> str:
    parts = []
    for _ in range(chooser.randrange(1, 30)):
        parts.append(chooser.choice(_WORDS))
        parts.append(chooser.choice(_BREAKS))
    return "".join(parts)


def test_the_verbs_lead_to_the_matches_the_whole_scan_kept() -> None:
    chooser = random.Random(37)
    for _ in range(6000):
        text = _text(chooser)
        assert _key(list(organisations._speaking_subjects(text))) == _key(_whole_scan(text)), text


def test_a_run_longer_than_the_pattern_takes() -> None:
    # Twelve capitalised words: the whole scan takes "... of" at the first
    # and finds the later speaker from the words it stopped at.
    text = "A B C D E F G of H I J K said on Friday, and Harbour Board said"
    assert _key(list(organisations._speaking_subjects(text))) == _key(_whole_scan(text))
    assert [m.group(1) for m in organisations._speaking_subjects(text)] == [
        "H I J K",
        "Harbour Board",
    ]


def test_the_board_speaks_and_a_quoted_board_does_not() -> None:
    text = (
        "The Harbour Board said the pier would close. "
        "\u201cThe Pier Trust said nothing to us,\u201d Tom Hale said."
    )
    quoted = [(text.index("The Pier"), text.index(",\u201d") + 1)]
    found = organisations.find_organisations(text, quoted, {"Tom Hale"})
    assert found.names == ["Harbour Board"]
