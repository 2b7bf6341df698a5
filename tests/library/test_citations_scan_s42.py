"""The cited-surname scan asks the character before a surname apart from
its pattern (s42-final-analyze3): the same places as the look-behind it
replaced, a surname inside a longer word or after an initial passed over."""

from __future__ import annotations

from quotemark.library.analyze.citations import cited_mentions


def test_a_surname_inside_a_longer_word_or_after_an_initial_is_passed_over() -> None:
    text = "McRoss, J.Ross, O\u2019Ross and Hale-Ross wrote. Ross (2019) argues that it is old."
    found = list(cited_mentions(text, frozenset({"Ross"})))
    assert found == [(text.index("Ross (2019)"), "Ross", text.index(" argues"))]
