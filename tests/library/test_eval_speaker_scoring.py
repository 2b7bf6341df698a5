"""The strict speaker score of ``make eval`` reads a surname the way the gold
keys do: a hyphen or an apostrophe inside it keeps it one word."""

from __future__ import annotations

from evaluation.quotes import Gold, Predicted, strict_right


def gold(*keys: str) -> Gold:
    return Gold(0, 10, "direct", keys[0], None, None, "", frozenset(keys))


def said_by(name: str | None, label: str = "") -> Predicted:
    return Predicted(0, 10, name, label or (name or ""), None, None, "")


def test_hyphenated_and_apostrophe_surnames_match_their_keys() -> None:
    assert strict_right(gold("holtz-eakin"), said_by("Douglas Holtz-Eakin"))
    assert strict_right(gold("o'neill"), said_by("James O\u2019Neill"))
    assert strict_right(gold("o\u2019brien"), said_by("Timothy O'Brien"))


def test_a_pronoun_or_another_name_is_still_wrong() -> None:
    assert not strict_right(gold("holtz-eakin"), said_by(None, "he"))
    assert not strict_right(gold("holtz-eakin"), said_by("Douglas Holtz"))
    assert strict_right(gold("carper"), said_by("Tom Carper"))
