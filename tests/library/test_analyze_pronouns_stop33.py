"""Pronoun speakers, stop 33 (evaluation/README.md, "Pronoun speakers, stop 33").

A person the paragraph before a quotation introduces, with an apposition that
ends its sentence, is the one a "he/she said" after the quotation means, over
a subject named further back; a person named there before, or a clause after
the name that is no apposition, leaves the rules' choice. A bare surname after
an inverted "said" and set off by a comma ("And the pier, said Lind, is not
safe") has spoken, as a full name there has; "said Lind will" still reports. The learned chooser
over the pronoun's candidates is measured with the new features and stays off.
"""

from __future__ import annotations

from quotemark.library.analyze import pron_rank
from tests.library.paragraphs import run, spoken

_FERRY = "Mr. Tom Hale runs the ferry across the sound. “The pier is fine,” said Mr. Hale."


def test_a_person_introduced_with_an_apposition_speaks_the_next_quotation() -> None:
    got = spoken(
        run(
            _FERRY,
            "The new timetable is something that worries Sam Berg, president of the harbour board.",
            "“We will have to rebuild the pier,” he said.",
        )
    )
    # Not Mr. Hale, quoted just before: the newcomer the paragraph ends on.
    assert got == [
        ("The pier is fine", "Tom Hale"),
        ("We will have to rebuild the pier", "Sam Berg"),
    ]


def test_the_introduced_person_also_after_of_and_a_described_role() -> None:
    got = spoken(
        run(
            _FERRY,
            "The protest got a voice, courtesy of Sam Berg, a pilot from the island "
            "who painted the banners.",
            "“I thought somebody had to say it out loud,” he said.",
        )
    )
    assert got[1] == ("I thought somebody had to say it out loud", "Sam Berg")


def test_a_person_named_before_is_no_newcomer() -> None:
    got = spoken(
        run(
            "Mr. Tom Hale runs the ferry across the sound. He met Sam Berg on Monday. "
            "“The pier is fine,” said Mr. Hale.",
            "The new timetable is something that worries Sam Berg, president of the harbour board.",
            "“We will manage,” he said.",
        )
    )
    assert got[1] == ("We will manage", "Tom Hale")


def test_a_clause_after_the_name_is_no_apposition() -> None:
    got = spoken(
        run(
            _FERRY,
            "A fund set up by the late Sam Berg, gave the island a new slipway.",
            "“We will manage,” he said.",
        )
    )
    assert got[1] == ("We will manage", "Tom Hale")


def test_a_sentence_between_keeps_the_rules_choice() -> None:
    got = spoken(
        run(
            _FERRY,
            "The new timetable is something that worries Sam Berg, president of the harbour board.",
            "Mr. Hale disagreed.",
            "“We will manage,” he said.",
        )
    )
    assert got[1] == ("We will manage", "Tom Hale")


def test_the_new_candidate_features_are_listed_for_the_chooser() -> None:
    seen: list[pron_rank.Asked] = []
    pron_rank.RECORD = seen.append
    try:
        run(
            "Ada Lind runs the ferry office on the island.",
            "“The engines are old,” said Ada Lind. Tom Hale inspected the boats on Monday. "
            "“They are ready for the winter,” she said.",
        )
    finally:
        pron_rank.RECORD = None
    assert seen
    for name in ("no_sentence_between", "spoke_a_quotation", "subject_opens_sentence"):
        assert name in pron_rank.FEATURES
    by_name = {
        o.name: dict(zip(pron_rank.FEATURES, o.features, strict=True)) for o in seen[0].options
    }
    # Lind spoke the quotation before; Hale opens the sentence just before the pronoun.
    assert by_name["Ada Lind"]["spoke_a_quotation"] == 1.0
    assert by_name["Tom Hale"]["subject_opens_sentence"] == 1.0
    assert by_name["Tom Hale"]["spoke_a_quotation"] == 0.0
    assert pron_rank.shipped() is None


_OFFICE = "Ada Lind ran the harbour office for a decade before the storm."


def test_an_inverted_bare_surname_set_off_by_a_comma_has_spoken() -> None:
    got = spoken(
        run(
            _OFFICE,
            "Tom Berg, a ferry pilot who worked beside her, said the office was always busy.",
            "And the pier, said Lind, is not safe. “If a storm comes, it will go,” she said.",
        )
    )
    # "said Lind," is Lind speaking: her "she said" is hers, not Berg's.
    assert got == [("If a storm comes, it will go", "Ada Lind")]


def test_an_inverted_surname_with_a_who_clause_has_spoken() -> None:
    got = spoken(
        run(
            _OFFICE,
            "Tom Berg, a ferry pilot who worked beside her, said the office was always busy.",
            "And the pier, said Lind, who still walks it every morning, is not safe. "
            "“If a storm comes, it will go,” she said.",
        )
    )
    assert got[-1] == ("If a storm comes, it will go", "Ada Lind")


def test_a_surname_after_said_that_opens_a_reported_clause_stays_talked_about() -> None:
    got = spoken(
        run(
            _OFFICE + " Tom Berg, a ferry pilot, said the office was always busy.",
            "Berg said Lind will retire next year. “We will miss her,” he said.",
        )
    )
    assert got == [("We will miss her", "Tom Berg")]
