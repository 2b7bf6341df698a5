"""Stop 44's language, transcript and reference rules read once more
(s44-final-analyze2): where they must fire and where they must not. Every
sentence here is the team's."""

from __future__ import annotations

from quotemark.library.analyze.press_languages import turkish_subject
from tests.library.paragraphs import said_by, shown

_GATE = "the gate was \u201cbroken beyond repair\u201d."


def test_an_aside_of_place_or_time_is_stepped_over_to_the_subject() -> None:
    # "in" and a determiner open a phrase of place, time or manner set off by
    # commas: no subject, whatever noun follows (s44-rev6 read only a medium's).
    opening = "Tom Hale, the harbour master, met the crew on Monday. "
    assert shown(opening + "The crew, in the harbour office, said " + _GATE)[-1] == (
        None,
        "The crew",
    )
    assert shown("The harbour board, in the early morning fog, said " + _GATE) == [
        (None, "The harbour board")
    ]
    # The medium's aside, as before.
    assert shown("The harbour board, in a letter to the minister, said " + _GATE) == [
        (None, "The harbour board")
    ]


def test_a_lower_case_word_before_a_marked_number_keeps_the_quotation() -> None:
    # A class year follows a name ("Ada Lind '26"); after "said" the mark
    # opens a quotation that starts with a number.
    said = "At the meeting Tom Hale said '24 boats a day is too many for the pier' and sat down."
    assert said_by("boats a day is too many", said) == ["Tom Hale"]


def test_a_second_voice_after_and_takes_over() -> None:
    # Only a clause of "as", "while" or "when" is an interjection: "and Ada
    # Lind replied" hands the floor to her, and the bare quotation after is hers.
    text = (
        "\u201cThe pier stays shut,\u201d Tom Hale said, and Ada Lind replied "
        "\u201cNever.\u201d \u201cWe will fight it in court.\u201d"
    )
    assert said_by("fight it in court", text) == ["Ada Lind"]


def test_a_turkish_subject_is_sought_back_a_bounded_stretch() -> None:
    # A paragraph with no full stop was read back to its start at every
    # closing mark before a Turkish verb (100,000 characters: 6.4 s).
    near = (
        "Liman ba\u015fkan\u0131 Kaya, iskelenin \u00f6n\u00fcnde, "
        "\u201c\u0130skele kapal\u0131 kalacak\u201d dedi."
    )
    assert turkish_subject(near, near.index("\u201d dedi")) == (0, near.index(","))
    far = "Kaya, " + "ve iskele " * 100 + "\u201c\u0130skele kapal\u0131 kalacak\u201d dedi."
    assert turkish_subject(far, far.index("\u201d dedi")) is None
