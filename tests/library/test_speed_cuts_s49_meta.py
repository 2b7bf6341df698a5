"""Stop 49's metadata speed branch (s49-meta): a class string is asked for
a word of the parts about other posts (``page_clues._ELSEWHERE_WORD``)
before the case-blind pattern itself. Output identical (evaluation.same);
these tests hold that the answer is the pattern's, for strings that name
such a part and strings that do not, in ASCII and beyond it."""

from __future__ import annotations

import random

import pytest

from quotemark.library.extract import page_clues
from quotemark.library.extract.page_clues import _ELSEWHERE, _builder_kinds, _names_elsewhere


def _pattern(names: str) -> bool:
    # The answer as the pattern alone gave it before the pre-test.
    if "elementor-widget" in names:
        names = _builder_kinds(names)
    return _ELSEWHERE.search(names) is not None


@pytest.mark.parametrize(
    "names",
    [
        # Named for another part of the page: the pattern's answer, yes.
        "comments-area",
        "Related-Posts widget",
        "col-md-4 SIDEBAR",
        "site-footer",
        "newsletter-signup",
        "more-stories",
        "ReadNext",
        "story-card",
        "wp-block-archives also-read",
        "reply-thread",
        "elementor-widget elementor-widget-posts",
        # Beyond ASCII: left to the pattern (a long s, U+017F, is an "s" to a case-blind match).
        "\u017fidebar",
        "café-sidebar",
    ],
)
def test_a_class_naming_another_part_is_elsewhere(names: str) -> None:
    assert _names_elsewhere(names) is True
    assert _names_elsewhere(names) == _pattern(names)


@pytest.mark.parametrize(
    "names",
    [
        # The post's own wrappers: no word of the pattern, or one its
        # look-arounds refuse.
        "entry-content col-md-8",
        "post-footer",
        "article-footer meta",
        "newsletter-post",
        "scorecard",
        "elementor-widget elementor-widget-post-info",
        "story-body café",
        "",
    ],
)
def test_a_class_of_the_post_is_not_elsewhere(names: str) -> None:
    assert _names_elsewhere(names) is False
    assert _names_elsewhere(names) == _pattern(names)


def test_the_pre_test_agrees_with_the_pattern_on_mixed_strings() -> None:
    pieces = [
        "comment", "Related", "wIdget", "post-footer", "entry-footer", "footer",
        "recommend", "promo", "Popular", "trending", "newsletter-issue", "newsletter",
        "more-stories", "read-next", "teaser", "suggest", "card", "xcard", "1card",
        "archive", "also", "reply", "replies", "col", "main", "hero", "\u017f", "\u212a", "İ",
        "elementor-widget", "elementor-widget-loop-grid", "-", "_", " ",
    ]  # fmt: skip
    rng = random.Random(49)
    for _ in range(3000):
        names = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        assert _names_elsewhere(names) == _pattern(names), names


def test_every_word_of_the_pattern_is_a_word_of_the_pre_test() -> None:
    # Each choice of _ELSEWHERE, as it is written, holds a word the pre-test
    # looks for: a word added to the pattern must be added there too.
    choices: list[str] = [""]
    depth = 0
    for char in _ELSEWHERE.pattern:  # (parted at the "|" outside any group)
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            choices.append("")
        else:
            choices[-1] += char
    assert len(choices) > 15
    for choice in choices:
        letters = "".join(char for char in choice.lower() if char.isalpha())
        assert page_clues._ELSEWHERE_WORD.search(letters), choice
