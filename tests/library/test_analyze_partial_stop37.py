"""Stop 37 (branch s37-devfn): partial quotations found from the tune halves.

Each rule reads one construction; each has a sentence where it must not
fire (evaluation/README.md, "PolNeAR dev quote F1 from the tune halves,
stop 37").
"""

from __future__ import annotations

from tests.library.paragraphs import run, said_by, spoken


def test_an_impersonal_infinitive_leaves_the_earlier_speaker() -> None:
    # "it was too early to tell": the "it" is no one; the harbour master's
    # "said" governs the clause joined by "and" that holds the marks.
    assert said_by(
        "no evidence",
        "The harbour master said that it was too early to tell whether the storm was to "
        "blame, and there was “no evidence” yet that the wall had failed.",
    ) == ["The harbour master"]


def test_it_would_be_hard_to_say_is_impersonal_too() -> None:
    assert said_by(
        "in good shape",
        "The harbour master said it would be hard to say whether the wall was “in good shape” yet.",
    ) == ["The harbour master"]


def test_an_it_that_wants_to_tell_is_still_its_subject() -> None:
    # No copula before the infinitive: "it" is the board, which tells.
    assert said_by(
        "safe enough",
        "The harbour board said it wanted to tell residents that the pier was “safe enough” now.",
    ) == ["The harbour board"]


def test_an_impersonal_infinitive_with_no_speaker_before_gives_no_one() -> None:
    analysis = run(
        "Tom Hale spoke on Monday.",
        "It is too early to say whether the pier is “safe enough” for the ferry.",
    )
    assert analysis.quotes == ()


def test_a_named_persons_claim_gives_the_marked_words_to_them() -> None:
    assert said_by(
        "past saving",
        "Tom Hale spoke on Monday.",
        "The board rejected Hale's claim that the pier was “past saving” after the storm.",
    ) == ["Tom Hale"]


def test_a_named_persons_call_for_gives_the_marked_words_to_them() -> None:
    assert said_by(
        "fresh start",
        "Ada Lind spoke on Monday.",
        "Voters cheered Lind's call for a “fresh start” at the pier.",
    ) == ["Ada Lind"]


def test_a_places_claims_are_no_ones_words() -> None:
    # The possessor is no person the text names: the marks stay a scare quote.
    analysis = run(
        "Ada Lind spoke on Monday.",
        "Harbourton's claims that it has “a deep port” were doubted by the board.",
    )
    assert analysis.quotes == ()


def test_a_possessors_noun_that_says_nothing_gives_no_speaker() -> None:
    # "plan" is no noun of saying: the marks name the plan's label.
    analysis = run(
        "Ada Lind spoke on Monday.",
        "The board studied Lind's plan that the pier be a “quiet zone” for boats.",
    )
    assert analysis.quotes == ()


def test_a_curly_opener_closed_straight_pairs_before_straight_quotations() -> None:
    # The straight marks after the mixed pair pair among themselves: the
    # first quotation is read too, not lost to the ones after it.
    assert spoken(
        run(
            "Tom Hale spoke on Monday.",
            '“The pier is late," Hale said. "It will be mended by June."',
        )
    ) == [("The pier is late", "Tom Hale"), ("It will be mended by June.", "Tom Hale")]


def test_a_curly_closer_later_keeps_the_straight_marks_nested() -> None:
    # A curly closer after the straight marks: they are nested in the
    # curly quotation, which runs to its own closer as before.
    assert spoken(
        run(
            "Tom Hale spoke on Monday.",
            '“The pier is late," and the "ferry" too,” Hale said.',
        )
    ) == [('The pier is late," and the "ferry" too', "Tom Hale")]
