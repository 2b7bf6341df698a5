"""Review of stop 37's speaker rules (evaluation/README.md, "Review of stop
37's speaker rules"): near-misses of each construction, where a researcher
reads the speaker otherwise than the first form of the rule gave. The
team's own sentences."""

from __future__ import annotations

from tests.library.paragraphs import said_by

# A capital verb after a quotation whose point ended its sentence: a
# participle set off by its comma opens the next sentence ("Asked what …,
# she said"), but a name right after the verb is its inverted subject.

_LIND_FIRST = "Ada Lind spoke first."


def test_an_inverted_said_with_a_name_and_an_apposition_attributes() -> None:
    assert said_by(
        "safe", _LIND_FIRST, "\u201cThe pier is safe.\u201d Said Tom Hale, the harbour master."
    ) == ["Tom Hale"]


def test_an_inverted_says_with_an_age_attributes() -> None:
    assert said_by(
        "safe", _LIND_FIRST, "\u201cThe pier is safe.\u201d Says Tom Hale, 46, a harbour pilot."
    ) == ["Tom Hale"]


def test_a_participle_with_a_lower_case_object_still_opens_the_next_sentence() -> None:
    # Must not fire: "Asked about the boats, she said:" is no attribution of
    # the quotation before it.
    assert said_by(
        "safe",
        "Tom Hale spoke first. \u201cThe pier is safe,\u201d said Ada Lind. \u201cThe pier is "
        "safe again.\u201d Asked about the boats, she said: \u201cWe will see.\u201d",
    ) == ["Ada Lind", "Ada Lind"]
