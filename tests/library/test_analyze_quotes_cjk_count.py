"""A quotation's words are counted with each two CJK characters as one
word; the CJK characters are found by the regex engine instead of a step
through every quoted character (for speed: see benchmarks/README.md, "Stop
31: the analysis's cost"), and must count as they did."""

from __future__ import annotations

import random
import re

from quotemark.library.analyze.quotes import _count_words


def _counted_by_step(content: str) -> int:
    """The count as it was written before: every character compared."""
    words = len(re.findall(r"\w+", content))
    cjk = sum(1 for ch in content if "\u2e80" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af")
    return words + cjk // 2


def test_cjk_characters_count_as_they_did() -> None:
    rng = random.Random(31)
    alphabet = [
        "a", "Z", " ", ".", "\u00e9", "\u2e7f", "\u2e80", "\u4e00", "\u9fff", "\ua000",
        "\uabff", "\uac00", "\ud7af", "\ud7b0", "\u3002", "\U00020000", "7",
    ]  # fmt: skip
    for _ in range(3000):
        content = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        assert _count_words(content) == _counted_by_step(content), content
    # (the run is one \\w word too, as it was)
    assert _count_words("\u6211\u4eec\u660e\u5929\u51fa\u53d1") == 1 + 3
