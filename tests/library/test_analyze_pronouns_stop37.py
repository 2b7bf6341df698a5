"""Pronoun speakers, stop 37 (evaluation/README.md, "PolNeAR's pronoun keys
measured, stop 37").

A surname followed by "put", the past tense that looks like its present
("Lind put her trust in the board"), is the subject of its sentence, as
"Lind placed" is: a "she said" after it means her, not a person named a
paragraph before. The pronoun's sex still decides over a subject that does
not fit it.
"""

from __future__ import annotations

from tests.library.paragraphs import run, spoken

_RACE = (
    "Ada Lind and Tom Hale met in the harbour race. Tom Hale ran a loud campaign; his "
    "message proved popular, but he will face questions from Lind about the pier."
)


def test_a_surname_before_put_is_the_subject_a_pronoun_means() -> None:
    got = spoken(
        run(
            _RACE,
            "Lind put her trust in the harbour board. “We felt relief at the numbers,” she said.",
        )
    )
    assert got == [("We felt relief at the numbers", "Ada Lind")]


def test_a_subject_before_put_of_the_other_sex_is_passed_over() -> None:
    got = spoken(
        run(
            "“The pier will hold,” said Ada Lind, who chairs the harbour board.",
            "Mr. Hale put the boats in the bay first. “We felt relief at the numbers,” she said.",
        )
    )
    assert got == [
        ("The pier will hold", "Ada Lind"),
        ("We felt relief at the numbers", "Ada Lind"),
    ]
