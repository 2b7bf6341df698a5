"""Stop 38 (branch s38-devf1): partial quotations found from the tune halves.

Each rule reads one construction; each has a sentence where it must not
fire (evaluation/README.md, "PolNeAR dev quote F1 margin, stop 38").
"""

from __future__ import annotations

from tests.library.paragraphs import run, said_by


def test_a_pronoun_that_called_for_the_marked_words_says_them() -> None:
    # "called for" is a demand spoken, as "urged" is: the pronoun's person.
    assert said_by(
        "flexibility",
        "Ada Lind spoke at the pier on Monday.",
        "She also called for more “flexibility” for the ferry crews.",
    ) == ["Ada Lind"]


def test_a_pronoun_with_an_auxiliary_before_called_for() -> None:
    assert said_by(
        "shadow ferries",
        "Tom Hale spoke at the pier on Monday.",
        "He has called for tighter rules on the “shadow ferries” that sail at night.",
    ) == ["Tom Hale"]


def test_a_wake_up_call_for_is_a_noun_and_says_nothing() -> None:
    # "call" after "wake-up" is a noun: the marked words stay no one's.
    analysis = run(
        "Tom Hale spoke at the pier on Monday.",
        "The storm was a wake-up call for the town and its “sleepy harbour.”",
    )
    assert analysis.quotes == ()


def test_a_participle_calling_for_gives_no_speaker_phrase() -> None:
    # Only "called for": "softer words calling for" has no subject that speaks.
    analysis = run(
        "Tom Hale spoke at the pier on Monday.",
        "The board replaced the plan with softer words calling for “more care.”",
    )
    assert analysis.quotes == ()
