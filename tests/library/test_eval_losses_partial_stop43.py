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


def test_the_labels_never_carry_the_text() -> None:
    # Counts only (issue 16): a check half's miss is weighed by its labels,
    # so no label may hold a word of the text around it.
    lines = [
        ("Quillfeather called the plan “a zanzibar of waste.”", "“a zanzibar of waste.”"),
        ("What Quillfeather dubs “the zanzibar” stayed.", "“the zanzibar”"),
        ("Quillfeather's warning that “zanzibar fails” came late.", "“zanzibar fails”"),
        ("Quillfeather Zanzibar: “Never Again”", "“Never Again”"),
        ("Quillfeather told them: “zanzibar, zanzibar.”", "“zanzibar, zanzibar.”"),
        ("Quillfeather left. The “zanzibar” went on.", "“zanzibar”"),
    ]
    for text, span in lines:
        for label in _kinds(text, span):
            assert "quillfeather" not in label.lower(), label
            assert "zanzibar" not in label.lower(), label
