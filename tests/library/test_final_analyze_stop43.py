"""Stop 43's analysis read once more (s43-final-analyze): the must-not-fire
side of two of its rules. Every sentence here is written by the team."""

from __future__ import annotations

from quotemark.library.model import QuoteKind
from tests.library.paragraphs import run, shown

L, R = "\u201c", "\u201d"


def test_known_to_describe_a_thing_as_is_the_person_s_own_words() -> None:
    # Must not fire: "known to describe the pier as “…”" is what Tom Hale
    # does with words, not a name he goes by (s43-rev3's nickname test
    # dropped the marks).
    found = shown(
        f"Ada Lind spoke first. Tom Hale, long known to describe the pier as {L}a rotten "
        f"plank{R}, said he would vote against it."
    )
    assert [name for name, _role in found] == ["Tom Hale"], found


def test_known_to_the_fans_as_is_still_a_nickname() -> None:
    # The nickname it was written for stays dropped.
    assert shown(f"Jonny Marsh, known to the fans as {L}the Postman{R}, said he would stay.") == []


def test_a_form_submitted_is_no_whole_sentence_of_the_submitter() -> None:
    # Must not fire: "submitted “Form 27B”" names a thing handed in; the
    # marks hold no sentence of Tom Hale's (it was read as his whole words).
    quotes = run(f"Tom Hale submitted {L}Form 27B{R} to the harbour board on Monday.").quotes
    assert all(q.kind is not QuoteKind.INLINE for q in quotes), quotes


def test_a_sentence_said_is_still_whole_words() -> None:
    # The other verbs of saying keep a capitalised quotation whole.
    quotes = run(f"Tom Hale said {L}We will open the pier{R} on Monday.").quotes
    assert [q.kind for q in quotes] == [QuoteKind.INLINE]


def test_a_numbered_quotation_with_its_point_outside_is_still_read() -> None:
    # Must not fire: a list of quotations punctuated the British way (the
    # point after the marks) goes on with a sentence, not a publication;
    # both were dropped as reference entries.
    assert shown(
        "Tom Hale gave the board three reasons.",
        f"1. {L}The pier is unsafe in a storm{R}. He said it twice.",
        f"2. {L}The lights are out{R}. He said that too.",
    ) == [("Tom Hale", None), ("Tom Hale", None)]


def test_a_reference_entry_with_its_date_is_still_no_quotation() -> None:
    # The entry it was written for: a publication and a date after the title.
    assert (
        shown(
            "Tom Hale lives on the island.",
            f"2. {L}Pier to close{R}. Journal of the Harbour Trust, 4 April 2024. Retrieved 5 May.",
        )
        == []
    )


def test_a_crowd_that_sings_in_the_present_is_read_as_one_that_sang() -> None:
    # "sings" is one of the verbs of singing, but the look at the characters
    # before the marks let only "-ng " through: the chant was lost.
    assert shown(
        f"Every week the crowd sings {L}Tommy Hale, he scores when he wants{R} at the pier end."
    ) == [(None, "the crowd")]
