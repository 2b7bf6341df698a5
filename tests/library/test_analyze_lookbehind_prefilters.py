"""The people finder asks its look-behind patterns ("said Alan Abramowitz",
"believes Mr. Hale", "like Montalban", "according to ...") only when the
last tokens before a name end in one of the patterns' words (for speed: see
benchmarks/README.md, "Stop 28, round 2"). The word tests must never turn
away a window the pattern matches, and the readings must stay the same."""

from __future__ import annotations

import itertools
import random
import re

import pytest

from quotemark.library.analyze import speakers
from quotemark.library.analyze.speakers import find_people


def _alternation_words(pattern: re.Pattern[str]) -> list[str]:
    """Every word the pattern's first ``(?:a|b|c?)`` group spells out,
    with an optional last letter taken both ways."""
    group = re.search(r"\(\?:([^()]*)\)", pattern.pattern)
    assert group is not None
    out: list[str] = []
    for alternative in group.group(1).split("|"):
        for case in (
            re.sub(r"\[(\w)(\w)\]", r"\1", alternative),
            re.sub(r"\[(\w)(\w)\]", r"\2", alternative),
        ):
            if case.endswith("?"):
                out += [case[:-2], case[:-1]]
            else:
                out.append(case)
    return out


@pytest.mark.parametrize(
    ("pattern", "ends"),
    [
        (speakers._THOUGHT, speakers._THOUGHT_ENDS),
        (speakers._REPORTED, speakers._REPORTED_ENDS),
        (speakers._COMPARED, speakers._COMPARED_ENDS),
        (speakers._INVERTED, speakers._INVERTED_ENDS),
        (speakers._INVERTED_DESCRIBED, speakers._INVERTED_ENDS),
        (speakers._THE_BEFORE, speakers._THE_ENDS),
    ],
)
def test_every_word_of_a_pattern_has_its_ending(
    pattern: re.Pattern[str], ends: dict[str, tuple[str, ...]]
) -> None:
    # (The endings by their last letter since stop 49: a word is tried only
    # against those that end in its own last letter.)
    words = _alternation_words(pattern)
    assert len(words) >= 2
    for word in words:
        assert word.endswith(ends.get(word[-1], ())), word


# (pattern, window, how many of the last tokens the finder looks at, endings)
CASES = [
    (speakers._THOUGHT, 30, 2, speakers._THOUGHT_ENDS),
    (speakers._REPORTED, 30, 2, speakers._REPORTED_ENDS),
    (speakers._COMPARED, 20, 2, speakers._COMPARED_ENDS),
    (speakers._INVERTED, 16, 4, speakers._INVERTED_ENDS),
    (speakers._INVERTED_DESCRIBED, 60, 4, speakers._INVERTED_ENDS),
    (speakers._THE_BEFORE, 10, 1, speakers._THE_ENDS),
]

PIECES = [
    "said",
    "says",
    "insists",
    "believes",
    "thought",
    "that",
    "if",
    "sure",
    "like",
    "Unlike",
    "the",
    "The",
    "so-called",
    "according to",
    "Mr.",
    "Hale",
    "director",
    "16-year-old",
    "MaRS",
    "(",
    ")",
    ",",
    "\u2014",
    "it",
    "and",
]
SPACES = [" ", "  ", "\u00a0", "\t", "\n", ""]


def _made_up_texts(count: int) -> list[str]:
    rng = random.Random(28)
    texts = []
    for _ in range(count):
        parts = [rng.choice(PIECES) + rng.choice(SPACES) for _ in range(rng.randint(1, 9))]
        texts.append("".join(parts) + "Alan Abramowitz")
    return texts


def test_the_word_tests_never_turn_away_a_match() -> None:
    matched = 0
    for text, (pattern, window, count, ends) in itertools.product(_made_up_texts(3000), CASES):
        for start in range(len(text) + 1):
            if pattern.search(text, max(0, start - window), start) is None:
                continue
            matched += 1
            last = text[max(0, start - 60) : start].split()[-count:]
            assert speakers._ends_before(last, ends), (pattern.pattern, text[:start])
    assert matched > 3000  # the made-up texts do reach every pattern


def test_people_named_after_the_look_behind_words_read_as_before() -> None:
    text = (
        "The council met on Monday. \u201cWe are ready,\u201d said Alan Abramowitz, a "
        "demographer. Most of them thought Barack Obama had no chance. The mayor, who "
        "like Jane Roe was born here, stayed. The so-called Kihnu Star left. According "
        "to former governor David Dodge, the plan works. \u201cIt is late,\u201d he said."
    )
    people = find_people(text)
    # Who spoke ("said Alan Abramowitz") or is introduced as a source.
    assert people.names == ["Alan Abramowitz", "David Dodge"]
    # Talked about, compared with, or a ship: mentioned, never a subject.
    assert people.mentioned == ["Alan Abramowitz", "Barack Obama", "Jane Roe", "David Dodge"]
