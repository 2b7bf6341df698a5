"""The constructions `evaluation.losses` gives a gold span dropped as
"partial: no speaker phrase" (stop 43, branch s43-train): labels only,
never the text. Team-written lines."""

from __future__ import annotations

from evaluation.losses import partial_kinds
from evaluation.quotes import Gold


def _kinds(text: str, span: str) -> list[str]:
    start = text.index(span)
    gold = Gold(start, start + len(span), "direct", "", None, None, span)
    return partial_kinds(text, gold)


def test_a_naming_verb_and_its_pronoun_subject() -> None:
    text = "Tom Hale spoke at the pier. He called the plan “a slow leak of money.”"
    kinds = _kinds(text, "“a slow leak of money.”")
    assert kinds[0] == "a naming verb just before, its subject a pronoun"
    assert "3-5 words" in kinds
    assert "a verb of saying in the sentence before (its paragraph)" in kinds


def test_what_someone_calls_and_a_headline() -> None:
    text = "The harbour board fought what Ada Lind calls “the pier tax” for a year."
    assert _kinds(text, "“the pier tax”")[0] == "what/which someone calls"
    headline = "Ada Lind Says The Pier Is “Past Saving”"
    assert _kinds(headline, "“Past Saving”")[0] == "a headline's line (title case)"


def test_a_term_after_an_article_with_no_verb() -> None:
    text = "The harbour board met on Tuesday.\nThe “pier tax” was left for another day."
    kinds = _kinds(text, "“pier tax”")
    assert kinds[0] == "a term after an article or possessive, no verb of saying"
    assert "opens its paragraph" in kinds
    assert "1-2 words" in kinds


def test_a_possessed_noun_of_saying_and_a_fragment_before() -> None:
    text = "Tom Hale kept his promise to be “neutral” and “fair” at the harbour board."
    kinds = _kinds(text, "“fair”")
    assert kinds[0] == "a possessed noun of saying (his claim that ...)"
    assert "another marked fragment earlier in its sentence" in kinds
