"""Review of stop 37's speaker rules (evaluation/README.md, "Review of stop
37's speaker rules"): near-misses of each construction, where a researcher
reads the speaker otherwise than the first form of the rule gave. The
team's own sentences."""

from __future__ import annotations

from tests.library.paragraphs import said_by

# A capital verb after a quotation whose point ended its sentence: a
# participle set off by its comma opens the next sentence ("Asked what …,
# she said"), but a name right after the verb is its inverted subject.

_LIND_FIRST = "Ada Lind spoke first."


def test_an_inverted_said_with_a_name_and_an_apposition_attributes() -> None:
    assert said_by(
        "safe", _LIND_FIRST, "\u201cThe pier is safe.\u201d Said Tom Hale, the harbour master."
    ) == ["Tom Hale"]


def test_an_inverted_says_with_an_age_attributes() -> None:
    assert said_by(
        "safe", _LIND_FIRST, "\u201cThe pier is safe.\u201d Says Tom Hale, 46, a harbour pilot."
    ) == ["Tom Hale"]


def test_a_participle_with_a_lower_case_object_still_opens_the_next_sentence() -> None:
    # Must not fire: "Asked about the boats, she said:" is no attribution of
    # the quotation before it.
    assert said_by(
        "safe",
        "Tom Hale spoke first. \u201cThe pier is safe,\u201d said Ada Lind. \u201cThe pier is "
        "safe again.\u201d Asked about the boats, she said: \u201cWe will see.\u201d",
    ) == ["Ada Lind", "Ada Lind"]


def test_a_participle_with_a_name_before_a_clause_of_saying_is_no_attribution() -> None:
    # Must not fire: "Asked Tom Hale about the boats, she said:" opens the
    # next sentence; Tom Hale is who was asked.
    assert said_by(
        "safe",
        "Ada Lind spoke first. \u201cThe pier is safe.\u201d Asked Tom Hale about the boats, "
        "she said: \u201cWe will see.\u201d",
    ) == ["Ada Lind"]


# "said the 46-year-old": the words between the age and a name are the
# person's part, never a verb of which the name is the object.

_AGED_SAID = "\u201cWe will fix the pier,\u201d said the 46-year-old."
_LIND_AGED = "Ada Lind, 46, chairs the harbour board."


def test_a_present_tense_after_the_age_makes_no_part() -> None:
    assert said_by(
        "pier", f"{_LIND_AGED} The 46-year-old blames Tom Hale for the storm.", _AGED_SAID
    ) == ["Ada Lind"]


def test_a_contest_after_the_age_makes_no_part() -> None:
    assert said_by(
        "pier", f"{_LIND_AGED} The 46-year-old won against Tom Hale in March.", _AGED_SAID
    ) == ["Ada Lind"]


def test_a_relative_after_the_age_makes_no_part() -> None:
    assert said_by(
        "pier",
        f"{_LIND_AGED} The 46-year-old pilot whom Tom Hale hired sailed at dawn.",
        _AGED_SAID,
    ) == ["Ada Lind"]


def test_a_part_whose_first_word_ends_in_s_is_still_a_part() -> None:
    # Must still fire: "bus driver" is the part, only its last word counts.
    assert said_by(
        "pier",
        "Ada Lind, 52, chairs the harbour board.",
        "The 46-year-old bus driver Tom Hale spoke. Ada Lind listened.",
        _AGED_SAID,
    ) == ["Tom Hale"]


# "the MP said": the office given in an apposition, not a possessive of it
# ("Tom Hale, the MP’s spokesman," speaks for the MP; he is not the MP).

_LATER = "The pier has stood for a century. Storms hit it in March."


def test_the_spokesman_of_the_mp_is_not_the_mp() -> None:
    assert said_by(
        "fix",
        "Tom Hale, the MP\u2019s spokesman, spoke on Monday.",
        _LATER,
        "\u201cWe will fix it,\u201d the MP said.",
    ) == ["the MP"]


def test_the_spokesman_of_the_senator_is_not_the_senator() -> None:
    assert said_by(
        "fix",
        "Tom Hale, the senator's spokesman, spoke on Monday.",
        _LATER,
        "\u201cWe will fix it,\u201d the senator said.",
    ) == ["the senator"]


def test_the_mp_in_an_apposition_is_still_the_mp() -> None:
    # Must still fire: the office itself, then a comma.
    assert said_by(
        "fix",
        "Tom Hale, the MP for Ashton, spoke on Monday.",
        _LATER,
        "\u201cWe will fix it,\u201d the MP said.",
    ) == ["Tom Hale"]


# An unattributed quotation after an unnamed speaker's: a person named as a
# subject since speaks next, but not the one the speaker's own description
# names ("a spokeswoman for Tom Hale"): she goes on speaking for him.

_NEXT = "\u201cAshton, remember who voted to close the pier.\u201d"


def test_the_person_a_spokeswoman_speaks_for_does_not_take_over() -> None:
    assert said_by(
        "Ashton",
        "\u201cWe stand together,\u201d a spokeswoman for Tom Hale said. Hale has denied the "
        f"claims. {_NEXT}",
    ) == ["a spokeswoman for Tom Hale"]


def test_the_person_named_in_a_possessive_description_does_not_take_over() -> None:
    assert said_by(
        "Ashton",
        "\u201cWe stand together,\u201d Tom Hale\u2019s lawyer said. Hale was charged in March. "
        f"{_NEXT}",
    ) == ["Tom Hale\u2019s lawyer"]


def test_another_person_named_as_a_subject_still_takes_over() -> None:
    # Must still fire: Ada Lind is no one the spokeswoman speaks for.
    assert said_by(
        "Ashton",
        "\u201cWe stand together,\u201d a spokeswoman for Tom Hale said. Ada Lind replied on "
        f"Monday. {_NEXT}",
    ) == ["Ada Lind"]


# Nor the person named since who would not speak ("Tom Hale declined to
# comment."): the one heard before goes on, named or not.


def test_a_person_who_declined_to_comment_does_not_take_over_from_a_body() -> None:
    assert said_by(
        "Ashton",
        "\u201cWe stand together,\u201d the company tweeted. Tom Hale declined to comment. "
        f"{_NEXT}",
    ) == ["the company"]


def test_a_person_who_did_not_respond_does_not_take_over_from_a_named_speaker() -> None:
    assert said_by(
        "Ashton",
        "\u201cWe stand together,\u201d Ada Lind said. Tom Hale did not respond to a request "
        f"for comment. {_NEXT}",
    ) == ["Ada Lind"]


def test_a_refusal_in_a_clause_about_the_person_is_no_refusal_of_the_words() -> None:
    # Must still fire: Hale, who declined to comment, replied.
    assert said_by(
        "Ashton",
        "\u201cWe stand together,\u201d the company tweeted. Tom Hale, who declined to comment "
        f"on Monday, replied in a letter. {_NEXT}",
    ) == ["Tom Hale"]


def test_a_person_who_declined_to_comment_does_not_take_over_from_an_organisation() -> None:
    assert said_by(
        "Ashton",
        "\u201cWe stand together,\u201d the Harbour Trust said in a statement. Tom Hale has "
        f"declined to comment. {_NEXT}",
    ) == ["Harbour Trust"]


# A full name given only in a possessive is remembered for a later bare
# surname, but not over the relative set off after it with the same
# surname ("Tom Hale’s daughter, Ada Hale,"): "Hale said" is hers.


def test_a_relative_with_the_surname_after_the_possessive_is_the_bare_surname() -> None:
    assert said_by(
        "pier",
        "Tom Hale\u2019s daughter, Ada Hale, chairs the harbour board. \u201cWe will fix the "
        "pier,\u201d Hale said.",
    ) == ["Ada Hale"]


def test_a_widow_named_after_the_possessive_is_the_bare_surname() -> None:
    assert said_by(
        "pier",
        "Tom Hale\u2019s widow, Ada Hale, spoke on Monday. \u201cWe will fix the pier,\u201d "
        "Hale said.",
    ) == ["Ada Hale"]


def test_a_relative_with_another_surname_leaves_the_possessive_remembered() -> None:
    # Must still fire: "Daniel Lind" is no Hale.
    assert said_by(
        "pier",
        "Ada Lind spoke. Tom Hale\u2019s son, Daniel Lind, was lost. \u201cWe will fix the "
        "pier,\u201d Hale said.",
    ) == ["Tom Hale"]
