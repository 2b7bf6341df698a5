"""The kin-and-first-name scan asks the sentence opening apart (stop 42).

s42-left2's pattern opened with a look-behind for the sentence's start, so
the regex engine tried it at every character of every text; the lead's
speed read found it the costliest new scan of the stop. The scan now finds
"His"/"Her" first and asks what stands before. These tests hold the new
scan to the old pattern's matches, kept here, and to what a reader sees.
"""

from __future__ import annotations

import random
import re

from quotemark.library.analyze import analyze
from quotemark.library.analyze.choices import word_choice
from quotemark.library.analyze.lexicon import KIN_WORDS
from quotemark.library.analyze.speakers import _kin_first_bare_matches
from quotemark.library.model import Block, BlockKind

_OLD = re.compile(
    rf"(?:^|(?<=[.!?\u201d\"\n\u2028])[ \u00a0]*)H(?:is|er)[ \u00a0]+"
    rf"(?:(?:young|younger|older|elder|eldest|youngest|little|teenage)[ \u00a0]+)?"
    rf"({word_choice(KIN_WORDS)})[ \u00a0]+([A-Z][a-z]+)"
    r"(?:[ \u00a0]+\([A-Z][\w\u2019'-]*(?:[ \u00a0]+[A-Z][\w\u2019'-]*){0,2}\))?"
    r"[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?([a-z\u2019']+)\b",
    re.MULTILINE,
)
"""s42-left2's pattern, as it was merged."""

_PIECES = [
    "Her",
    "His",
    "her",
    "son",
    "sister",
    "Danny",
    "Maria",
    "(Ben Ross)",
    "says",
    "quietly",
    "wants",
    ".",
    "!",
    "?",
    "\u201d",
    '"',
    "\n",
    "\u2028",
    " ",
    "  ",
    "\u00a0",
    "Hale",
    "H",
    "Tom",
    "the",
    "younger",
    "Hers",
    "His son Danny",
    "Her sister Maria says",
]


def _groups(matches: object) -> list[tuple[tuple[str | None, ...], tuple[int, int]]]:
    return [(m.groups(), m.span(2)) for m in matches]  # type: ignore[attr-defined]


def test_the_scan_finds_what_the_old_pattern_found_on_generated_texts() -> None:
    rng = random.Random(42)
    found = 0
    for _ in range(6000):
        pieces = range(rng.randint(1, 30))
        text = "".join(rng.choice(_PIECES) + rng.choice(["", " ", " ", "\u00a0"]) for _ in pieces)
        old = _groups(_OLD.finditer(text))
        assert _groups(_kin_first_bare_matches(text)) == old, text
        found += len(old)
    assert found > 500  # (the generator makes many matches, not only misses)


def test_a_relative_opening_a_sentence_is_still_read() -> None:
    text = (
        "Tom Hale runs the ferry. Her son Danny (Ben Ross) wants her to let it go. "
        "\u201cYou can\u2019t save a pier,\u201d he tells her."
    )
    quote = analyze([Block(BlockKind.PARAGRAPH, text)]).quotes[0]
    assert quote.speaker is not None
    assert quote.speaker.name == "Danny"


def test_his_or_her_inside_a_sentence_opens_nothing() -> None:
    text = "Tom Hale met her son Danny wants nothing. And then His son Danny says so."
    assert list(_kin_first_bare_matches(text)) == []
