"""Stop 26's cheaper people pass (``find_people``) reads the same: what a
run of capitalised words says by its own words is remembered across
articles, what the article around it says is not."""

from __future__ import annotations

from quotemark.library.model import Analysis, Speaker
from tests.library.paragraphs import run


def speaker_of(analysis: Analysis, words: str) -> str | None:
    quote = next(q for q in analysis.quotes if words in q.span.text)
    assert isinstance(quote.speaker, Speaker)
    return quote.speaker.name


def judge_article(first_name: str) -> Analysis:
    return run(
        f"{first_name} Berman has led the county court since the flood.",
        "\u201cWe will sit late until the backlog is gone,\u201d Judge Berman said.",
    )


def test_an_office_and_surname_expand_to_this_articles_person() -> None:
    # The same run ("Judge Berman") in three articles in a row: each time
    # the full name is the one its own article gave.
    assert speaker_of(judge_article("Ruth"), "backlog") == "Ruth Berman"
    assert speaker_of(judge_article("Anton"), "backlog") == "Anton Berman"
    assert speaker_of(judge_article("Ruth"), "backlog") == "Ruth Berman"


def test_role_noun_before_a_non_breaking_space_is_evidence() -> None:
    # "spokesman\u00a0Martin Saar": the space after the role noun is a
    # non-breaking one, and still the noun tells he is a man.
    analysis = run(
        "Piret Tamm, who runs the harbour, said the pier would reopen.",
        "Harbour spokesman\u00a0Martin Saar has confirmed the date.",
        "\u201cWe will not cancel a single crossing,\u201d she said.",
    )
    assert speaker_of(analysis, "single crossing") == "Piret Tamm"


def test_without_the_role_noun_she_is_the_last_person_named() -> None:
    analysis = run(
        "Piret Tamm, who runs the harbour, said the pier would reopen.",
        "Harbour worker\u00a0Martin Saar has confirmed the date.",
        "\u201cWe will not cancel a single crossing,\u201d she said.",
    )
    assert speaker_of(analysis, "single crossing") == "Martin Saar"
