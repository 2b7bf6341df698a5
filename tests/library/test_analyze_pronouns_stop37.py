"""Pronoun speakers, stop 37 (evaluation/README.md, "PolNeAR's pronoun keys
measured, stop 37").

A surname followed by "put", the past tense that looks like its present
("Lind put her trust in the board"), is the subject of its sentence, as
"Lind placed" is: a "she said" after it means her, not a person named a
paragraph before. The pronoun's sex still decides over a subject that does
not fit it. A full name given only in a possessive ("Tom Hale\u2019s son")
is the one a later bare surname expands to; it makes no subject by itself.
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


_WIDOW = "Ada Lind founded the harbour board with her husband. Ada Lind died last year."


def test_a_bare_surname_after_a_possessive_full_name_is_that_person() -> None:
    # "Tom Hale’s son" names Tom Hale, though not as a subject: the later
    # "Hale now helps" and "Hale says" are his, and so is the "he" after them.
    got = spoken(
        run(
            _WIDOW,
            "Tom Hale\u2019s son, Daniel, was one of the sailors lost. Hale now helps lead "
            "a group called Safe Harbour.",
            "In the years since, Hale says, far too many boats have been lost. He says that "
            "\u201cas a town, we have to do better.\u201d",
        )
    )
    assert got == [("\u201cas a town, we have to do better.\u201d", "Tom Hale")]


def test_a_possessive_full_name_alone_is_no_subject() -> None:
    # Only the possessive names Tom Hale: he is no subject, so the pronoun
    # keeps the person the rules chose before.
    got = spoken(
        run(
            "\u201cThe pier will hold,\u201d said Ada Lind, who chairs the harbour board.",
            "Tom Hale\u2019s boat, the Gull, sank in May.",
            "\u201cWe will rebuild the pier,\u201d she said.",
        )
    )
    assert got == [("The pier will hold", "Ada Lind"), ("We will rebuild the pier", "Ada Lind")]
