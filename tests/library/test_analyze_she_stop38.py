"""A capital "She said" after a quotation's point, stop 38 (branch s38-she).

"Ada Lind rejected Tom Hale's claim that the pier was “past saving.” She
said the yard needed “a fresh start.”": the second sentence reports its own
marked words; it is no inverted attribution of the quotation before it,
whose owner is the claim's ("Tom Hale's claim"). A "She said" that reports
nothing of its own ("She said it twice.") and the plain "“…,” she said"
read as before. The team's own sentences (issue 16).

(The first names tried on this branch, to keep "She" off Tom Hale, did not
hold on the check half and were reverted: evaluation/README.md.)"""

from __future__ import annotations

from tests.library.paragraphs import run, said_by, spoken

_CLAIM = "Ada Lind rejected Tom Hale\u2019s claim that the pier was \u201cpast saving.\u201d"


def test_a_next_sentence_reporting_its_own_words_does_not_take_the_claim() -> None:
    # Before: the whole first sentence was the quotation, given to Ada Lind
    # by "She said" in the next sentence.
    found = spoken(run(f"{_CLAIM} She said the yard needed \u201ca fresh start.\u201d"))
    claim = [(words, who) for words, who in found if "past saving" in words]
    assert claim == [("that the pier was \u201cpast saving.\u201d", "Tom Hale")]


def test_the_next_sentence_keeps_its_own_quotation() -> None:
    found = spoken(run(f"{_CLAIM} She said the yard needed \u201ca fresh start.\u201d"))
    assert [words for words, _who in found if "fresh start" in words] == [
        "the yard needed \u201ca fresh start.\u201d"
    ]


def test_a_capital_she_said_with_no_words_of_its_own_still_attributes() -> None:
    # Must not fire: "She said it twice." reports nothing marked after it.
    text = "Ada Lind met Tom Hale at the pier. \u201cWe are done.\u201d She said it twice."
    assert said_by("We are done", text) == ["Ada Lind"]


def test_the_plain_inverted_attribution_is_unchanged() -> None:
    text = "Ada Lind met Tom Hale at the pier. \u201cWe are done,\u201d she said."
    assert said_by("We are done", text) == ["Ada Lind"]


def test_without_an_owner_in_its_own_sentence_the_reading_stays() -> None:
    # Must not fire: no one's claim holds the marked words, so the speaker
    # of the next sentence is still the best reading there is.
    text = (
        "Tom Hale spoke at the pier. The pier was \u201cpast saving.\u201d "
        "He said the yard needed \u201ca fresh start.\u201d"
    )
    assert said_by("past saving", text) == ["Tom Hale"]
