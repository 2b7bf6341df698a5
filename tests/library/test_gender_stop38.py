"""Gender read from the whole text before pronouns are resolved (stop 38).

A quotation's "he" or "she" is given to a person the text does not show to
be of the other sex. What the text shows is read once, over the whole text,
before any quotation is attributed: a reflexive in the person's own clause,
the "He"/"She" that opens the sentence after one the person opens alone.
The pronoun a quotation was given to a person for is only a guess and gives
way to what the text shows, even later.
"""

from __future__ import annotations

from quotemark.library.model import Analysis
from tests.library.paragraphs import run


def names(analysis: Analysis) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in analysis.quotes]


def test_a_woman_shown_by_the_next_sentence_is_not_given_he() -> None:
    # The text shows Lind a woman only by the "She" after her own sentence,
    # and names her last before the "he": the words are Hale's.
    analysis = run(
        "Ada Lind met Tom Hale on the pier in June. Lind knew the harbour"
        " well. She had worked the night ferries for years.",
        "When Lind first told Hale about the storm, he fell silent."
        " \u201cI never saw the water so high,\u201d he said.",
    )
    assert names(analysis) == ["Tom Hale"]


def test_a_mans_own_reflexive_keeps_she_from_him() -> None:
    # "Hale found himself": the "she" after it is not his.
    analysis = run(
        "Ada Lind runs the kiosk on the quay.",
        "Tom Hale found himself without a boat after the storm.",
        "\u201cThe water came up to the kiosk door,\u201d she said.",
    )
    assert names(analysis) == ["Ada Lind"]


def test_a_wrong_guess_gives_way_to_what_the_text_shows_later() -> None:
    # The first "he" is given to Lind (the speaker just quoted), a guess;
    # the text then shows her a woman ("Lind found herself"), so her own
    # "she said" after it is hers, not Hale's.
    analysis = run(
        "\u201cThe pier is closed,\u201d said Ada Lind. \u201cWe will open it"
        " in May,\u201d he said.",
        "Tom Hale runs the ferry. Lind found herself at the harbour board"
        " on Monday. \u201cThe board has the money now,\u201d she said.",
    )
    assert names(analysis)[-1] == "Ada Lind"


def test_a_reflexive_after_to_is_not_the_subjects() -> None:
    # Must not fire: "asked the pilot to see herself out" says nothing of
    # Hale, so the "he" after it stays his.
    analysis = run(
        "Nils Berg ran the ferry for years.",
        "Tom Hale asked the new pilot to see herself out.",
        "\u201cThe channel is too narrow for her boat,\u201d he said.",
    )
    assert names(analysis) == ["Tom Hale"]


def test_a_next_sentence_pronoun_says_nothing_when_another_is_named() -> None:
    # Must not fire: "Hale met Ada Lind. She ..." may mean either, so Hale
    # is not ruled out for the "he".
    analysis = run(
        "Nils Berg ran the ferry for years.",
        "Tom Hale met Ada Lind on the quay. She had come from the city.",
        "\u201cThe city has no harbour like this one,\u201d he said.",
    )
    assert names(analysis) == ["Tom Hale"]


def test_a_next_sentence_pronoun_says_nothing_beside_the_other_sexs_pronoun() -> None:
    # Must not fire: "Hale thanked her crew. She ..." has a woman in the
    # sentence; the "She" may be hers.
    analysis = run(
        "Nils Berg ran the ferry for years.",
        "Tom Hale thanked her crew for the night. She had been at sea for a week.",
        "\u201cThe crew worked without sleep,\u201d he said.",
    )
    assert names(analysis) == ["Tom Hale"]
