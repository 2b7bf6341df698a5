"""A quotation with no attribution of its own after an unnamed speaker's
quotation (stop 37, issue 16): a person named as a subject after the
attribution's sentence speaks next ("“…,” the company tweeted. Tom Hale
tweeted a warning. “…”"), as after a named speaker. The team's own
sentences."""

from __future__ import annotations

from tests.library.paragraphs import said_by

_BEFORE = "\u201cWe stand together,\u201d the company tweeted."
_NEXT = "\u201cAshton, remember who voted to close the pier.\u201d"


def test_a_person_named_after_an_unnamed_speaker_speaks_next() -> None:
    assert said_by("Ashton", f"{_BEFORE} Tom Hale tweeted a warning. {_NEXT}") == ["Tom Hale"]


def test_a_person_who_replied_after_a_body_speaks_next() -> None:
    assert said_by("Ashton", f"{_BEFORE} Sen. Tom Hale replied. {_NEXT}") == ["Tom Hale"]


def test_a_person_named_in_the_attribution_sentence_is_not_the_next_speaker() -> None:
    # "a spokesman for Tom Hale": Hale is part of the description.
    assert said_by(
        "Ashton",
        f"\u201cWe stand together,\u201d a spokesman for Tom Hale said on Monday. {_NEXT}",
    ) == ["a spokesman for Tom Hale"]


def test_a_person_named_as_an_object_is_not_the_next_speaker() -> None:
    assert said_by(
        "Ashton", f"{_BEFORE} The statement was sent to Tom Hale on Monday. {_NEXT}"
    ) == ["the company"]


def test_a_pronoun_subject_keeps_the_unnamed_speaker() -> None:
    assert said_by(
        "Ashton",
        f"\u201cWe stand together,\u201d a spokesman said. He added that Tom Hale had not "
        f"called. {_NEXT}",
    ) == ["a spokesman"]


# Offices written as capital letters ("MP", "MPP", "MLA"): role nouns.

_LATER = "The pier has stood for a century."


def test_the_mp_is_the_one_person_given_the_office() -> None:
    assert said_by(
        "pier",
        "Liberal MP Tom Hale spoke on Monday. Ada Lind, a teacher, listened.",
        "\u201cWe will fix the pier,\u201d the MP said.",
    ) == ["Tom Hale"]


def test_the_mpp_far_back_is_the_one_person_given_the_office() -> None:
    assert said_by(
        "fix",
        "Tom Hale, the MPP for Ashton, spoke on Monday.",
        _LATER,
        "Storms hit it in March.",
        "\u201cWe will fix it,\u201d the MPP said.",
    ) == ["Tom Hale"]


def test_the_mp_given_to_two_people_is_neither() -> None:
    assert said_by(
        "fix",
        "Liberal MP Tom Hale and Conservative MP Ada Lind spoke on Monday.",
        _LATER,
        "Storms hit it in March.",
        "\u201cWe will fix it,\u201d the MP said.",
    ) == ["the MP"]


def test_a_camp_is_no_mp() -> None:
    # The letters inside a word are no office.
    assert said_by(
        "fix",
        "Tom Hale ran the summer camp on the pier.",
        _LATER,
        "Storms hit it in March.",
        "\u201cWe will fix it,\u201d the MP said.",
    ) == ["the MP"]


# A capital verb after a quotation whose point ended its sentence opens the
# next sentence; it attributes nothing before it.

_LIND = (
    "Ada Lind offered a preview of the board\u2019s thinking. \u201cIf the pier closes, we "
    "will fight,\u201d she said. \u201cIf it stays open, we will keep working, because nobody "
    "else will.\u201d "
)


def test_a_participle_opening_the_next_sentence_is_no_attribution() -> None:
    assert said_by(
        "stays open", _LIND + "Asked what that might look like, she said: \u201cWe will see.\u201d"
    ) == ["Ada Lind"]


def test_an_inverted_verb_in_the_same_sentence_still_attributes() -> None:
    assert said_by(
        "stays open",
        "Ada Lind spoke first. \u201cIf it stays open, we will keep working,\u201d said Tom Hale.",
    ) == ["Tom Hale"]


# "said the 46-year-old": the person the text gave that age, with the
# person's part between ("the 46-year-old pilot Tom Hale", "Tom Hale, a
# 46-year-old pilot,").

_AGED_SAID = "\u201cWe will fix the pier,\u201d said the 46-year-old."
_LIND_LISTENED = "Ada Lind, a teacher, listened."


def test_an_age_before_a_part_and_a_name_is_that_person() -> None:
    assert said_by(
        "pier", f"The 46-year-old harbour pilot Tom Hale spoke. {_LIND_LISTENED}", _AGED_SAID
    ) == ["Tom Hale"]


def test_an_age_in_an_apposition_with_an_article_is_that_person() -> None:
    assert said_by(
        "pier", f"Tom Hale, a 46-year-old pilot, spoke. {_LIND_LISTENED}", _AGED_SAID
    ) == ["Tom Hale"]


def test_an_age_before_a_verb_gives_no_one_that_age() -> None:
    # "the 46-year-old told Tom Hale": Hale is who was told, not the age's.
    assert said_by(
        "pier", "The 46-year-old told Tom Hale about the storm on Monday.", _AGED_SAID
    ) != ["Tom Hale"]


def test_an_imperative_credit_after_a_quotation_is_read_as_before() -> None:
    # "Read our review.": no comma, no participle; the review credits it.
    assert said_by(
        "best pier",
        "\u201cThe Ashton pier is the best pier on the coast.\u201d Read our Ashton pier review.",
    ) == ["our Ashton pier review"]
